#include "common/message_catalog.h"

#include <yaml-cpp/yaml.h>


#include "common/files.h"

namespace budgetsite {

namespace fs = std::filesystem;

namespace {

void flatten(const YAML::Node& node, const std::string& prefix, const fs::path& file,
             std::map<std::string, std::string>& into) {
  for (const auto& item : node) {
    const std::string key = prefix + item.first.as<std::string>();
    const YAML::Node& value = item.second;
    if (value.IsMap()) flatten(value, key + ".", file, into);
    else if (value.IsScalar()) into.emplace(key, value.as<std::string>());  // the first file's entry stays
    else
      throw CatalogError(file.string() + ":" + std::to_string(value.Mark().line + 1) + ": " + key +
                          ": expected a text or a map of texts");
  }
}

}  // namespace

Catalog Catalog::load(const std::vector<fs::path>& folders, const std::string& language) {
  std::vector<std::string> names{language + ".yaml"};
  if (const size_t dash = language.find('-'); dash != std::string::npos) names.push_back(language.substr(0, dash) + ".yaml");
  Catalog catalog;
  std::error_code ec;
  for (const auto& folder : folders)
    for (const auto& name : names) {
      const fs::path file = folder / name;
      if (!fs::is_regular_file(file, ec)) continue;
      std::string why;
      const std::optional<std::string> bytes = read_input_file(file, kMaxPageBytes, "a message catalog", &why);
      if (!bytes) throw CatalogError(file.string() + ": " + why);
      const std::string& text = *bytes;
      YAML::Node root;
      try {
        root = YAML::Load(text);
      } catch (const YAML::Exception& e) {
        throw CatalogError(file.string() + ":" + std::to_string(e.mark.line + 1) + ": invalid YAML: " + e.msg);
      }
      if (!root.IsMap()) throw CatalogError(file.string() + ": expected a map of keys to texts");
      flatten(root, "", file, catalog.entries_);
      catalog.files_.push_back(file);
      break;  // zh-CN.yaml found: zh.yaml of the same folder is not merged
    }
  if (catalog.files_.empty()) {
    std::string looked;
    for (const auto& f : folders) looked += (looked.empty() ? "" : ", ") + f.string();
    throw CatalogError("no message catalog for language '" + language + "' (" + names.front() + ") in " + looked);
  }
  return catalog;
}

Catalog Catalog::parse(const std::string& text, const fs::path& origin) {
  Catalog catalog;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw CatalogError(origin.string() + ":" + std::to_string(e.mark.line + 1) + ": invalid YAML: " + e.msg);
  }
  if (!root.IsMap()) throw CatalogError(origin.string() + ": expected a map of keys to texts");
  flatten(root, "", origin, catalog.entries_);
  catalog.files_.push_back(origin);
  return catalog;
}

std::string Catalog::format(const std::string& key,
                            std::initializer_list<std::pair<std::string_view, std::string>> values) const {
  std::string out = text(key);
  for (const auto& [name, value] : values) {
    const std::string tag = "{{" + std::string(name) + "}}";
    for (size_t at = 0; (at = out.find(tag, at)) != std::string::npos; at += value.size()) out.replace(at, tag.size(), value);
  }
  return out;
}

namespace {
#include "i18n_zh.inc"  // kBuiltInZh: i18n/zh.yaml, made by CMake (generator/CMakeLists.txt)
}  // namespace

const Catalog& Catalog::built_in() {
  static const Catalog catalog = parse(kBuiltInZh, "i18n/zh.yaml (built in)");
  return catalog;
}

std::string Catalog::text(const std::string& key) const {
  auto it = entries_.find(key);
  return it == entries_.end() ? std::string() : it->second;
}

namespace {

std::string argument(const Catalog& catalog, const nlohmann::json& value);

// Items joined by the entry `separator`, each worded by the entry `each` ({{item}}) where given;
// a list of numbers (lines) shows its first six, then `list.more`.
std::string list(const Catalog& catalog, const nlohmann::json& items, const std::string& separator, const std::string& each) {
  const std::string between = catalog.text(separator);
  std::string out;
  size_t shown = 0;
  for (const auto& item : items) {
    if (item.is_number_integer() && shown == 6) return out + catalog.text("list.more");
    if (shown++) out += between;
    out += each.empty() || !item.is_string() ? argument(catalog, item) : catalog.format(each, {{"item", item.get<std::string>()}});
  }
  return out;
}

std::string argument(const Catalog& catalog, const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) return value.dump();
  if (value.is_array()) return list(catalog, value, "list.separator", "");
  if (!value.is_object()) return "";
  if (value.contains("key") && value["key"].is_string()) {
    const std::string key = value["key"].get<std::string>();
    // A name a catalog may give (a department type in English), else the one printed.
    if (value.contains("else") && value["else"].is_string() && catalog.text(key).empty()) return value["else"].get<std::string>();
    return catalog.word(Wording{key, value.value("args", nlohmann::json::object())});
  }
  if (value.contains("items") && value["items"].is_array())
    return list(catalog, value["items"], value.value("separator", std::string("list.separator")), value.value("each", std::string()));
  return "";
}

}  // namespace

nlohmann::json nested_wording(const std::string& key, nlohmann::json args) {
  return {{"key", key}, {"args", std::move(args)}};
}

nlohmann::json word_list(nlohmann::json items, const std::string& separator, const std::string& each) {
  nlohmann::json list = {{"items", std::move(items)}, {"separator", separator}};
  if (!each.empty()) list["each"] = each;
  return list;
}

std::string Catalog::word(const Wording& wording) const {
  auto it = entries_.find(wording.key);
  if (it == entries_.end()) return wording.key;
  std::string out = it->second;
  for (size_t at = 0; (at = out.find("{{", at)) != std::string::npos;) {
    const size_t end = out.find("}}", at);
    if (end == std::string::npos) break;
    const std::string name = out.substr(at + 2, end - at - 2);
    const auto arg = wording.args.find(name);
    const std::string value = arg == wording.args.end() ? std::string() : argument(*this, *arg);
    out.replace(at, end + 2 - at, value);
    at += value.size();
  }
  return out;
}

std::string Catalog::word(const std::vector<Wording>& wordings) const {
  std::string out;
  for (const auto& w : wordings) out += word(w);
  return out;
}

}  // namespace budgetsite
