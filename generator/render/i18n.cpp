#include "render/i18n.h"

#include <yaml-cpp/yaml.h>

#include <atomic>
#include <memory>
#include <mutex>

#include "common/files.h"
#include "render/templates.h"

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
      throw TemplateError(file.string() + ":" + std::to_string(value.Mark().line + 1) + ": " + key +
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
      if (!bytes) throw TemplateError(file.string() + ": " + why);
      const std::string& text = *bytes;
      YAML::Node root;
      try {
        root = YAML::Load(text);
      } catch (const YAML::Exception& e) {
        throw TemplateError(file.string() + ":" + std::to_string(e.mark.line + 1) + ": invalid YAML: " + e.msg);
      }
      if (!root.IsMap()) throw TemplateError(file.string() + ": expected a map of keys to texts");
      flatten(root, "", file, catalog.entries_);
      catalog.files_.push_back(file);
      break;  // zh-CN.yaml found: zh.yaml of the same folder is not merged
    }
  if (catalog.files_.empty()) {
    std::string looked;
    for (const auto& f : folders) looked += (looked.empty() ? "" : ", ") + f.string();
    throw TemplateError("no message catalog for language '" + language + "' (" + names.front() + ") in " + looked);
  }
  return catalog;
}

Catalog Catalog::parse(const std::string& text, const fs::path& origin) {
  Catalog catalog;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    throw TemplateError(origin.string() + ":" + std::to_string(e.mark.line + 1) + ": invalid YAML: " + e.msg);
  }
  if (!root.IsMap()) throw TemplateError(origin.string() + ": expected a map of keys to texts");
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
#include "i18n_zh.inc"  // kBuiltInZh: i18n/zh.yaml, made by CMake (generator/render/CMakeLists.txt)
std::atomic<const Catalog*> current{nullptr};
}  // namespace

const Catalog& Catalog::built_in() {
  static const Catalog catalog = parse(kBuiltInZh, "i18n/zh.yaml (built in)");
  return catalog;
}

void set_interface_words(Catalog catalog) {
  // Each build sets its words once; the previous ones stay valid for pages still being made by
  // an earlier build in this process (serve), so they are kept, not freed.
  static std::mutex mutex;
  static std::vector<std::unique_ptr<Catalog>> kept;
  std::lock_guard lock(mutex);
  kept.push_back(std::make_unique<Catalog>(std::move(catalog)));
  current.store(kept.back().get());
}

const Catalog& words() {
  const Catalog* set = current.load();
  return set ? *set : Catalog::built_in();
}

std::string Catalog::text(const std::string& key) const {
  auto it = entries_.find(key);
  return it == entries_.end() ? std::string() : it->second;
}

std::vector<fs::path> catalog_folders(const fs::path& site_root, const std::vector<fs::path>& shared_roots) {
  std::vector<fs::path> folders{site_root / "i18n"};
  for (const auto& root : shared_roots)
    if (root != site_root) folders.push_back(root / "i18n");
  return folders;
}

}  // namespace budgetsite
