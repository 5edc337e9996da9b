// The pages that list disclosures: home, department, region, search, 404 and content pages.
#include <algorithm>
#include <map>
#include <set>

#include "render/i18n.h"
#include "common/text.h"
#include "model/proof.h"
#include "render/charts.h"
#include "render/format.h"
#include "render/views.h"

namespace budgetsite {

namespace {

std::string year_text(const Disclosure& d) { return d.year ? std::to_string(*d.year) : ""; }

// One line of a disclosure list, linked from the page at `from`.
View disclosure_item(const SiteData& site, size_t index, const std::string& from) {
  const PublishedDisclosure& p = site.disclosures[index];
  const Disclosure& d = p.model;
  int errors = 0;
  for (const auto& c : d.checks) errors += c.severity == "error";
  const auto income = readable_amount(d.summary.income_total);
  const auto spending = readable_amount(d.summary.expenditure_current);
  return {{"href", relative_link(from, paths::disclosure(p.id))},
          {"title", disclosure_title(d)},
          {"entity", d.entity.name},
          {"region", d.entity.region},
          {"year", year_text(d)},
          {"kind", kind_id(d.kind)},
          {"kind_label", kind_name(d.kind)},
          {"income", trim(income.number + " " + income.unit)},
          {"spending", trim(spending.number + " " + spending.unit)},
          {"income_unverified", d.summary.income_total && !is_proven(d, "income_total")},
          {"spending_unverified", d.summary.expenditure_current && !is_proven(d, "expenditure_current")},
          {"errors", errors},
          {"has_errors", errors > 0}};
}

View headline_table(const SiteData& site, const std::vector<size_t>& members, const std::string& from) {
  View rows = View::array();
  for (size_t i : members) {
    const Disclosure& d = site.disclosures[i].model;
    const Summary& s = d.summary;
    View cells = View::array();
    const std::pair<const char*, Amount> figures[] = {
        {"income_total", s.income_total}, {"expenditure_current", s.expenditure_current}, {"basic", s.basic},
        {"project", s.project}, {"personnel", s.personnel}, {"public_funds", s.public_funds},
        {"three_public.total", s.three_public ? s.three_public->total : Amount{}}, {"admin_operating", s.admin_operating}};
    for (const auto& [path, a] : figures)
      cells.push_back({{"text", format_amount(a)},
                       {"value", a ? format_fixed(*a) : std::string()},
                       {"unverified", a.has_value() && !is_proven(d, path)}});
    rows.push_back({{"label", words().format("listing.year_kind", {{"year", year_text(d)}, {"kind", kind_name(d.kind)}})},
                    {"href", relative_link(from, paths::disclosure(site.disclosures[i].id))},
                    {"cells", cells}});
  }
  return {{"headers", {words().text("figure.income_total"), words().text("figure.expenditure_current_short"), words().text("term.basic_title"), words().text("term.project_title"), words().text("figure.personnel"), words().text("figure.public_funds"), words().text("term.three_public"), words().text("figure.admin_operating")}},
          {"rows", rows}};
}

}  // namespace

View department_page(const SiteData& site, size_t department_index) {
  const DepartmentEntry& department = site.links->departments().at(department_index);
  const RegionEntry& region = site.links->region_of_department(department_index);
  const std::string path = paths::department(department.slug);
  // Timeline of headline figures, oldest first, once there is more than one disclosure.
  std::vector<std::string> categories;
  Series income{words().text("figure.income_total"), {}}, spending{words().text("figure.expenditure_current_short"), {}},
      basic{words().text("term.basic_title"), {}}, project{words().text("term.project_title"), {}};
  for (size_t i : department.disclosures) {
    const Disclosure& d = site.disclosures[i].model;
    categories.push_back(words().format("listing.year_kind_short", {{"year", year_text(d)}, {"kind", kind_name(d.kind)}}));
    income.values.push_back(d.summary.income_total);
    spending.values.push_back(d.summary.expenditure_current);
    basic.values.push_back(d.summary.basic);
    project.values.push_back(d.summary.project);
  }
  const auto timeline = line_chart("chart-timeline", words().text("department.timeline_chart"), categories, {income, spending, basic, project});
  View view = page_frame(site.info, path, department.entity.name,
                         words().format("department.description", {{"name", department.entity.name}}), "page-department",
                         {{words().text("nav.home"), paths::home}, {region.name, paths::region(region.slug)}, {department.entity.name, ""}},
                         timeline.has_value());
  View items = View::array();
  for (auto it = department.disclosures.rbegin(); it != department.disclosures.rend(); ++it)
    items.push_back(disclosure_item(site, *it, path));
  const Disclosure& latest = site.disclosures[department.disclosures.back()].model;
  view["department"] = {{"name", department.entity.name},
                        {"region", region.name},
                        {"region_href", relative_link(path, paths::region(region.slug))},
                        {"department_type", department.entity.department_type},
                        {"scope_label", scope_name(department.entity.scope)},
                        {"latest_title", disclosure_title(latest)},
                        {"latest_href", relative_link(path, paths::disclosure(site.disclosures[department.disclosures.back()].id))}};
  view["cards"] = summary_cards(latest);
  view["disclosures"] = items;
  view["headlines"] = headline_table(site, department.disclosures, path);
  View charts = View::array();
  if (timeline) charts.push_back(chart_view(*timeline));
  view["charts"] = charts;
  view["has_timeline"] = timeline.has_value();
  View comparisons = View::array();
  for (const auto& c : site.comparisons)
    if (c.contains("entities") && std::find(c["entities"].begin(), c["entities"].end(), department.entity.name) != c["entities"].end())
      comparisons.push_back({{"title", c["title"]}, {"href", relative_link(path, c["path"].get<std::string>())}});
  view["comparisons"] = comparisons;
  view["has_comparisons"] = !comparisons.empty();
  return view;
}

View region_page(const SiteData& site, size_t region_index) {
  const RegionEntry& region = site.links->regions().at(region_index);
  const std::string path = paths::region(region.slug);
  View view = page_frame(site.info, path, region.name, words().format("region.description", {{"name", region.name}}), "page-region",
                         {{words().text("nav.home"), paths::home}, {region.name, ""}}, false);
  View departments = View::array();
  for (size_t dep : region.departments) {
    const DepartmentEntry& entry = site.links->departments()[dep];
    View items = View::array();
    for (auto it = entry.disclosures.rbegin(); it != entry.disclosures.rend(); ++it)
      items.push_back(disclosure_item(site, *it, path));
    departments.push_back({{"name", entry.entity.name},
                           {"href", relative_link(path, paths::department(entry.slug))},
                           {"disclosures", items}});
  }
  view["region"] = {{"name", region.name}, {"departments", departments}, {"count", departments.size()}};
  return view;
}

View home_page(const SiteData& site) {
  const std::string path = paths::home;
  View view = page_frame(site.info, path, site.info.title, site.info.description, "page-home", {{words().text("nav.home"), ""}}, false);
  std::set<std::string> regions, years, kinds;
  std::map<std::string, std::pair<double, int>> spending_by_year_kind;
  View items = View::array();
  View findings = View::array();
  int errors = 0;
  for (size_t i = 0; i < site.disclosures.size(); ++i) {
    const Disclosure& d = site.disclosures[i].model;
    regions.insert(d.entity.region);
    if (d.year) years.insert(std::to_string(*d.year));
    kinds.insert(kind_id(d.kind));
    items.push_back(disclosure_item(site, i, path));
    for (const auto& c : d.checks) {
      if (c.severity != "error") continue;
      ++errors;
      const std::string anchor = c.line ? "#L" + std::to_string(c.line) : "#checks";
      findings.push_back({{"title", disclosure_title(d)},
                          {"message", finding_text(c)},
                          {"href", relative_link(path, paths::disclosure(site.disclosures[i].id)) + anchor}});
    }
  }
  // Newest years first, then region and kind (the list order).
  std::stable_sort(items.begin(), items.end(), [](const View& a, const View& b) {
    if (a["year"] != b["year"]) return a["year"].get<std::string>() > b["year"].get<std::string>();
    return a["title"].get<std::string>() < b["title"].get<std::string>();
  });
  const auto options = [](const std::set<std::string>& values, bool descending, auto label) {
    View list = View::array();
    std::vector<std::string> sorted(values.begin(), values.end());
    if (descending) std::reverse(sorted.begin(), sorted.end());
    for (const auto& v : sorted) list.push_back({{"value", v}, {"label", label(v)}});
    return list;
  };
  view["filters"] = {
      {"regions", options(regions, false, [](const std::string& v) { return v; })},
      {"years", options(years, true, [](const std::string& v) { return words().format("home.year_option", {{"year", v}}); })},
      {"kinds", options(kinds, false, [](const std::string& v) { return words().text("kind." + v); })}};
  view["disclosures"] = items;
  view["coverage"] = {{"disclosures", site.disclosures.size()},
                      {"departments", site.links->departments().size()},
                      {"regions", regions.size()},
                      {"years", years.empty() ? "" : *years.begin() + (years.size() > 1 ? "–" + *years.rbegin() : "")},
                      {"errors", errors}};
  View region_links = View::array();
  for (const auto& r : site.links->regions())
    region_links.push_back({{"name", r.name}, {"href", relative_link(path, paths::region(r.slug))}});
  view["regions"] = region_links;
  if (findings.size() > 10) findings.erase(findings.begin() + 10, findings.end());
  view["findings"] = findings;
  view["has_findings"] = !findings.empty();
  View comparisons = View::array();
  for (const auto& c : site.comparisons)
    comparisons.push_back({{"title", c["title"]}, {"href", relative_link(path, c["path"].get<std::string>())},
                           {"note", c.value("note", "")}});
  view["comparisons"] = comparisons;
  view["has_comparisons"] = !comparisons.empty();
  view["comparisons_href"] = relative_link(path, paths::comparisons);
  return view;
}

View search_page(const SiteData& site) {
  return page_frame(site.info, paths::search, words().text("search.title"), words().text("search.description"), "page-search",
                    {{words().text("nav.home"), paths::home}, {words().text("search.title"), ""}}, false);
}

View not_found_page(const SiteData& site) {
  // 404.html is served for any missing path, so its links cannot be relative to one place:
  // they are made absolute from base_url when it is known. Otherwise they are relative to the
  // root, and a small script in the page (page-start.mustache, `locate_root`) finds the root
  // at a deeper path: the nearest folder above the address that holds the site's favicon, which
  // it then makes the page's <base> before loading the style sheet and site.js from it.
  View view = page_frame(site.info, paths::not_found, words().text("not_found.title"), "", "page-404",
                         {{words().text("nav.home"), paths::home}, {words().text("not_found.title"), ""}}, false);
  view["locate_root"] = site.info.base_url.empty();
  if (!site.info.base_url.empty()) {
    view["root"] = site.info.base_url;
    view["home_href"] = site.info.base_url + paths::home;
    view["search_href"] = site.info.base_url + paths::search;
    for (size_t i = 0; i < view["nav"].size(); ++i)
      view["nav"][i]["href"] = site.info.base_url + site.info.nav[i].path;
    for (auto& crumb : view["breadcrumb"])
      if (!crumb["href"].get<std::string>().empty()) crumb["href"] = site.info.base_url + paths::home;
  }
  return view;
}

View content_page(const SiteData& site, const ContentPage& page, const std::string& html) {
  const std::string path = paths::content_page(page.slug);
  View view = page_frame(site.info, path, page.title, page.description, "page-content", {{words().text("nav.home"), paths::home}, {page.title, ""}}, false);
  view["content"] = {{"title", page.title}, {"html", html}};
  return view;
}

}  // namespace budgetsite
