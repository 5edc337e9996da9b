#include "render/i18n.h"
#include "render/page.h"

#include "render/links.h"

namespace budgetsite {

View page_frame(const SiteInfo& site, const std::string& path, const std::string& title,
                const std::string& description, const std::string& page_class,
                const std::vector<Crumb>& crumbs, bool has_charts) {
  const std::string root = root_prefix(path);
  View frame;
  frame["lang"] = site.language;
  // The theme script's words (the catalog's js.* entries), embedded as JSON for it to read.
  View script_words = View::object();
  for (const auto& [key, text] : words().entries())
    if (key.starts_with("js.")) script_words[key.substr(3)] = text;
  frame["script_words"] = script_safe_json(script_words);
  frame["root"] = root;
  frame["site_title"] = site.title;
  frame["site_description"] = site.description;
  frame["home_href"] = root + paths::home;
  frame["search_href"] = root + paths::search;
  frame["title"] = title;
  frame["full_title"] = title == site.title ? title : title + " · " + site.title;
  frame["description"] = description.empty() ? site.description : description;
  frame["page_class"] = page_class;
  View nav = View::array();
  for (const auto& item : site.nav) {
    // A section is current when the page lies in it (its folder), or is the page itself.
    const auto folder = item.path.substr(0, item.path.rfind('/') + 1);
    const bool current = item.path == path || (!folder.empty() && path.starts_with(folder));
    nav.push_back({{"label", item.label}, {"href", root + item.path}, {"current", current}});
  }
  frame["nav"] = nav;
  View breadcrumb = View::array();
  for (const auto& crumb : crumbs)
    breadcrumb.push_back({{"label", crumb.label}, {"href", crumb.path.empty() ? "" : root + crumb.path},
                          {"current", crumb.path.empty()}});
  frame["breadcrumb"] = breadcrumb;
  frame["has_breadcrumb"] = crumbs.size() > 1;
  frame["canonical"] = site.base_url.empty() ? "" : site.base_url + (path == paths::home ? "" : path);
  frame["has_charts"] = has_charts;
  frame["generator"] = site.generator;
  return frame;
}

std::string script_safe_json(const nlohmann::ordered_json& value) {
  const std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size() + 16);
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else out += c;
  }
  return out;
}

std::string kind_name(Kind kind) { return words().text(std::string("kind.") + kind_id(kind)); }

std::string scope_name(const std::string& scope) { return words().text(scope == "unit" ? "scope.unit" : "scope.department"); }

std::string disclosure_title(const Disclosure& d) {
  return words().format("disclosure.title", {{"name", d.entity.name},
                          {"year", d.year ? words().format("disclosure.title_year", {{"year", std::to_string(*d.year)}}) : ""},
                          {"scope", words().text(d.entity.scope == "unit" ? "scope.unit_short" : "scope.department_short")},
                          {"kind", kind_name(d.kind)}});
}

}  // namespace budgetsite
