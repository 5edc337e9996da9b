#include "render/templates.h"

#include <fstream>
#include <sstream>

#include <kainjow/mustache.hpp>

#include "common/files.h"
#include "render/i18n.h"

namespace budgetsite {

namespace fs = std::filesystem;
using kainjow::mustache::data;
using kainjow::mustache::mustache;

namespace {

std::string number_text(const nlohmann::ordered_json& value) {
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  return value.dump();
}

data to_mustache(const nlohmann::ordered_json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      data object{data::type::object};
      for (const auto& [key, item] : value.items()) object.set(key, to_mustache(item));
      return object;
    }
    case nlohmann::json::value_t::array: {
      data list{data::type::list};
      for (const auto& item : value) list.push_back(to_mustache(item));
      return list;
    }
    // An empty text is false, so `{{#field}}…{{/field}}` shows only when there is something.
    case nlohmann::json::value_t::string:
      return value.get_ref<const std::string&>().empty() ? data(false) : data(value.get<std::string>());
    case nlohmann::json::value_t::boolean: return data(value.get<bool>());
    case nlohmann::json::value_t::null: return data(false);
    default: return data(number_text(value));
  }
}

}  // namespace

TemplateSet TemplateSet::load(const std::vector<fs::path>& folders, const Catalog* catalog) {
  TemplateSet set;
  // Later folders only fill what earlier ones lack: the first folder wins.
  for (const auto& folder : folders) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(folder, ec); it != fs::recursive_directory_iterator(); ++it)
      if (it->is_regular_file() && it->path().extension() == ".mustache") files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      const fs::path relative = fs::relative(file, folder);
      const std::string name = relative.stem().string();
      const bool partial = relative.has_parent_path() && relative.begin()->string() == "partials";
      auto& target = partial ? set.partials_ : set.pages_;
      if (target.count(name)) continue;
      target[name] = read_file(file);
      if (!partial) set.files_[name] = file;
    }
  }
  if (set.pages_.empty()) {
    std::string where;
    for (const auto& f : folders) where += (where.empty() ? "" : ", ") + f.string();
    throw TemplateError("no templates (*.mustache) found in " + where);
  }
  if (catalog)
    for (const auto& [key, text] : catalog->entries()) set.partials_["t." + key] = text;
  return set;
}

bool TemplateSet::has(const std::string& name) const { return pages_.count(name) > 0; }

std::string TemplateSet::render(const std::string& name, const nlohmann::ordered_json& view) const {
  auto it = pages_.find(name);
  if (it == pages_.end()) throw TemplateError("template '" + name + ".mustache' not found");
  // Mustache looks partials up through the whole context stack: a view field (at any depth)
  // named like a partial would shadow it, or be rendered as a template. Refuse it plainly.
  const auto clash = [&](auto&& self, const nlohmann::ordered_json& value) -> void {
    if (value.is_object()) {
      for (const auto& [key, item] : value.items()) {
        if (partials_.count(key))
          throw TemplateError("partials/" + key + ".mustache has the name of a field of the '" + name +
                              "' view; rename the partial or the field");
        self(self, item);
      }
    } else if (value.is_array()) {
      for (const auto& item : value) self(self, item);
    }
  };
  clash(clash, view);
  data context = to_mustache(view);
  for (const auto& [partial_name, text] : partials_) {
    const std::string* partial_text = &text;
    context.set(partial_name, data(kainjow::mustache::partial([partial_text] { return *partial_text; })));
  }
  mustache page(it->second);
  if (!page.is_valid())
    throw TemplateError(files_.at(name).string() + ": " + page.error_message());
  std::string html = page.render(context);
  if (!page.is_valid())
    throw TemplateError(files_.at(name).string() + ": " + page.error_message());
  return html;
}

}  // namespace budgetsite
