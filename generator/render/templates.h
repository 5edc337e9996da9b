// Stage 7 — the Mustache templates of a site (kainjow mustache). A TemplateSet is loaded once
// from an ordered list of folders (the site's `templates/` first, then the theme's), so a site
// overrides any template of its theme by giving a file of the same name. Files under
// `partials/` are available to every template as `{{> name}}`. Rendering takes a JSON view
// model and never formats numbers itself; every `{{value}}` is HTML-escaped (quotes too), and
// `{{{value}}}` is reserved for HTML the generator already made safe. Immutable after load,
// so render() may run on many threads.
#pragma once

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace budgetsite {

class Catalog;

struct TemplateError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class TemplateSet {
 public:
  // Throws TemplateError naming the folder when none of `folders` holds templates.
  // With a catalog (render/i18n.h), each of its entries is also a partial, `{{> t.<key>}}`.
  static TemplateSet load(const std::vector<std::filesystem::path>& folders, const Catalog* catalog = nullptr);

  bool has(const std::string& name) const;
  // Renders template `name` (e.g. "disclosure" for disclosure.mustache). Throws TemplateError
  // naming the template file and Mustache's message on a template error.
  std::string render(const std::string& name, const nlohmann::ordered_json& view) const;

 private:
  std::map<std::string, std::string> pages_;          // name → template text
  std::map<std::string, std::filesystem::path> files_;  // name → file it came from
  std::map<std::string, std::string> partials_;
};

}  // namespace budgetsite
