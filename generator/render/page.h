// Stage 7 — what every page shares: the site's identity, the navigation, the breadcrumb and
// the page's place (its path, from which every relative link is made). A page's view model
// is its frame (page_frame) plus the fields of its own template.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/disclosure.h"

namespace budgetsite {

using View = nlohmann::ordered_json;

struct NavItem {
  std::string label;
  std::string path;   // relative to the site root
};

// The site-wide facts pages show (filled from the site configuration).
struct SiteInfo {
  std::string title;
  std::string description;
  std::string language = "zh-CN";
  std::string base_url;            // "" or absolute, ending in '/'
  std::vector<NavItem> nav;
  std::string generator = "budgetsite";
};

struct Crumb {
  std::string label;
  std::string path;   // "" for the current page
};

// The frame of a page at `path`: root prefix, titles, navigation with the current entry
// marked, breadcrumb, canonical URL when base_url is known, and which scripts it needs.
View page_frame(const SiteInfo& site, const std::string& path, const std::string& title,
                const std::string& description, const std::string& page_class,
                const std::vector<Crumb>& crumbs, bool has_charts);

// JSON text safe inside <script type="application/json">: '<', '>', '&', U+2028 and U+2029
// are written as \u escapes, so no content can close the script element or break parsing.
std::string script_safe_json(const nlohmann::ordered_json& value);

// A document's kind and an entity's scope as the interface names them (catalog kind.*, scope.*).
std::string kind_name(Kind kind);
std::string scope_name(const std::string& scope);  // "部门（含所属单位）" | "单位"

// The page title of a disclosure ("2024年部门预算"); kind_label (recognize/catalog.h) names its kind.
std::string disclosure_title(const Disclosure& d);

}  // namespace budgetsite
