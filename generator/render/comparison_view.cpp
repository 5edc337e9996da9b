// Comparison pages: overview, one page per group, one per execution pair.
#include <algorithm>
#include <map>

#include "aggregate/metrics.h"
#include "common/text.h"
#include "render/i18n.h"
#include "render/charts.h"
#include "render/format.h"
#include "render/views.h"

namespace budgetsite {

namespace {

std::string type_label(GroupType type) {
  switch (type) {
    case GroupType::same_year: return words().text("group_type.same_year");
    case GroupType::latest: return words().text("group_type.latest");
    case GroupType::trend: return words().text("group_type.trend");
    case GroupType::entity_trend: return words().text("group_type.entity_trend");
    case GroupType::custom: return words().text("group_type.custom");
  }
  return "";
}

// A metric's label and definition as the interface words them (catalog metric.<key>.*), else
// as the comparison data gives them.
std::string metric_word(const Metric& metric, const char* what, const std::string& otherwise) {
  const std::string text = words().text("metric." + metric.key + "." + what);
  return text.empty() ? otherwise : text;
}

std::string metric_text(std::optional<double> value, const std::string& unit) {
  if (!value) return "—";
  if (unit == "%") return format_percent(*value, 1);
  if (unit == "辆") return format_amount(*value, 0);
  return format_amount(*value);
}

// Where a member's department page is, or "" when the site does not publish it.
std::string department_path(const SiteData& site, const std::string& disclosure_id) {
  // site.disclosures is sorted by id.
  const auto it = std::lower_bound(site.disclosures.begin(), site.disclosures.end(), disclosure_id,
                                   [](const PublishedDisclosure& p, const std::string& id) { return p.id < id; });
  if (it == site.disclosures.end() || it->id != disclosure_id) return "";
  return paths::department(site.links->department_of(static_cast<size_t>(it - site.disclosures.begin())).slug);
}

View caveats_view(const std::vector<Caveat>& caveats) {
  View list = View::array();
  for (const auto& c : caveats) list.push_back({{"code", c.code}, {"message", said(c.wording, c.message)}});
  return list;
}

std::string member_label(const GroupMember& m, bool with_year) {
  return m.entity.region +
         (with_year ? words().text("punct.open") + std::to_string(m.year) + words().text("punct.close") : "");
}

}  // namespace

View comparison_links(const ComparisonSet& set) {
  View list = View::array();
  for (const auto& g : set.groups) {
    if (!g.same_members_as.empty()) continue;
    View entities = View::array();
    for (const auto& m : g.members) entities.push_back(m.entity.name);
    list.push_back({{"title", said(g.title_wording, g.title)},
                    {"path", paths::comparison(g.id)},
                    {"note", words().format("comparison.list_note", {{"type", type_label(g.type)}, {"count", std::to_string(g.members.size())}}) +
                                 (g.ranked ? "" : words().text("comparisons.unranked"))},
                    {"entities", entities}});
  }
  for (const auto& e : set.executions)
    list.push_back({{"title", said(e.title_wording, e.title)}, {"path", paths::comparison(e.id)}, {"note", words().text("comparison.execution")}, {"entities", {e.entity.name}}});
  return list;
}

View comparisons_index_page(const SiteData& site, const ComparisonSet& set) {
  const std::string path = paths::comparisons;
  View view = page_frame(site.info, path, words().text("home.comparisons"), words().text("comparisons.description"),
                         "page-comparisons", {{words().text("nav.home"), paths::home}, {words().text("home.comparisons"), ""}}, false);
  std::map<GroupType, View> by_type;
  for (const auto& g : set.groups) {
    if (!g.same_members_as.empty()) continue;
    View members = View::array();
    for (const auto& m : g.members) members.push_back(member_label(m, g.type != GroupType::same_year));
    by_type[g.type].push_back({{"title", said(g.title_wording, g.title)},
                               {"href", relative_link(path, paths::comparison(g.id))},
                               {"kind", kind_id(g.kind)}, {"kind_label", kind_name(g.kind)},
                               {"members", members},
                               {"count", g.members.size()},
                               {"ranked", g.ranked},
                               {"has_caveats", !g.caveats.empty()}});
  }
  View sections = View::array();
  for (auto& [type, groups] : by_type) sections.push_back({{"title", type_label(type)}, {"groups", groups}});
  view["sections"] = sections;
  View executions = View::array();
  for (const auto& e : set.executions)
    executions.push_back({{"title", said(e.title_wording, e.title)}, {"href", relative_link(path, paths::comparison(e.id))}});
  view["executions"] = executions;
  view["has_executions"] = !executions.empty();
  view["has_groups"] = !sections.empty();
  view["downloads"] = {{{"href", "comparisons.json"}, {"label", words().text("download.comparisons")}}};
  return view;
}

View comparison_page(const SiteData& site, const ComparisonGroup& group) {
  const std::string path = paths::comparison(group.id);
  const bool with_year = group.type != GroupType::same_year;
  const auto& metrics = metric_table();
  std::vector<std::string> categories;
  for (const auto& m : group.members) categories.push_back(member_label(m, with_year));

  std::vector<Chart> charts;
  for (size_t k = 0; k < metrics.size(); ++k) {
    std::vector<std::optional<double>> values;
    for (const auto& m : group.members) values.push_back(m.values[k]);
    if (auto c = ranking_chart("chart-" + metrics[k].key, metric_word(metrics[k], "label", metrics[k].label), categories, values,
                                 metrics[k].unit == "%" ? metrics[k].unit : unit_name(metrics[k].unit)))
      charts.push_back(*c);
  }
  // Composition: each 类's share of the member's spending, 100% stacked.
  std::vector<Series> composition;
  for (size_t f = 0; f < group.function_classes.size(); ++f) {
    Series s{group.function_classes[f].code + " " + class_name(group.function_classes[f].code, group.function_classes[f].name), {}};
    for (const auto& m : group.members)
      s.values.push_back(f < m.composition.size() ? m.composition[f].share.value_or(0) : 0);
    composition.push_back(s);
  }
  std::optional<Chart> composition_chart =
      bar_chart("chart-composition", words().text("chart.composition"), categories, composition, "%", true,
                true, true);

  const std::string title = said(group.title_wording, group.title);
  std::vector<Crumb> crumbs{{words().text("nav.home"), paths::home}, {words().text("home.comparisons"), paths::comparisons}, {title, ""}};
  View view = page_frame(site.info, path, title,
                         words().format("comparison.description", {{"title", title}}),
                         "page-comparison", crumbs, !charts.empty() || composition_chart.has_value());

  View headers = View::array();
  for (const auto& metric : metrics)
    headers.push_back({{"label", metric_word(metric, "label", metric.label)},
                       {"unit", metric.unit == "%" ? metric.unit : unit_name(metric.unit)},
                       {"definition", metric_word(metric, "definition", metric.definition)},
                       {"key", metric.key}});
  View rows = View::array();
  bool any_per_capita = false;
  // Ranked groups list their members by the first figure, largest first (no figure last); a
  // long list shows its first and last ten until "show all" (site.js; all rows without JS).
  std::vector<const GroupMember*> members;
  for (const auto& m : group.members) members.push_back(&m);
  if (group.ranked && !metrics.empty())
    std::stable_sort(members.begin(), members.end(), [](const GroupMember* a, const GroupMember* b) {
      // Ranked members first, by the first metric; those whose figure is not proven after them.
      const bool ra = !a->ranks.empty() && a->ranks[0], rb = !b->ranks.empty() && b->ranks[0];
      if (ra != rb) return ra;
      const auto& x = a->values.empty() ? std::nullopt : a->values[0];
      const auto& y = b->values.empty() ? std::nullopt : b->values[0];
      return x && (!y || *x > *y);
    });
  const bool long_ranking = members.size() > kRankingShownWhole;
  for (size_t i = 0; i < members.size(); ++i) {
    const GroupMember& m = *members[i];
    View cells = View::array();
    for (size_t k = 0; k < metrics.size(); ++k) {
      std::optional<int> rank;
      std::optional<double> per_capita;
      if (k < m.ranks.size()) rank = m.ranks[k];
      if (k < m.per_capita.size()) per_capita = m.per_capita[k];
      any_per_capita |= per_capita.has_value();
      cells.push_back({{"text", metric_text(m.values[k], metrics[k].unit)},
                       {"value", m.values[k] ? format_fixed(*m.values[k], 4) : std::string()},
                       {"rank", rank ? std::to_string(*rank) : std::string()},
                       {"unverified", k < m.unverified.size() && m.unverified[k]},
                       {"per_capita", per_capita ? words().format("comparison.per_capita", {{"amount", format_amount(*per_capita)}}) : std::string()}});
    }
    const std::string department = department_path(site, m.id);
    rows.push_back({{"label", member_label(m, with_year)},
                    {"entity", m.entity.name},
                    {"year", std::to_string(m.year)},
                    {"href", department.empty() ? "" : relative_link(path, department)},
                    {"disclosure_href", relative_link(path, paths::disclosure(m.id))},
                    {"errors", m.errors},
                    {"has_errors", m.errors > 0},
                    {"middle", long_ranking && i >= 10 && i + 10 < members.size()},
                    {"cells", cells}});
  }
  View composition_rows = View::array();
  for (size_t f = 0; f < group.function_classes.size(); ++f) {
    View cells = View::array();
    for (const auto& m : group.members) {
      const CompositionCell cell = f < m.composition.size() ? m.composition[f] : CompositionCell{};
      cells.push_back({{"amount", format_amount(cell.amount)}, {"share", format_percent(cell.share)}});
    }
    composition_rows.push_back({{"code", group.function_classes[f].code},
                                {"name", class_name(group.function_classes[f].code, group.function_classes[f].name)},
                                {"cells", cells}});
  }
  View chart_views = View::array();
  if (composition_chart) chart_views.push_back(chart_view(*composition_chart));
  for (const auto& c : charts) chart_views.push_back(chart_view(c));
  view["group"] = {{"id", group.id},
                   {"title", title},
                   {"type_label", type_label(group.type)},
                   {"kind", kind_id(group.kind)}, {"kind_label", kind_name(group.kind)},
                   {"year", group.year ? std::to_string(*group.year) : ""},
                   {"ranked", group.ranked},
                   {"single", group.members.size() == 1},
                   {"caveats", caveats_view(group.caveats)},
                   {"has_caveats", !group.caveats.empty()},
                   {"headers", headers},
                   {"rows", rows},
                   {"long_ranking", long_ranking},
                   {"member_count", group.members.size()},
                   {"any_per_capita", any_per_capita},
                   {"member_labels", categories},
                   {"composition", composition_rows},
                   {"has_composition", !composition_rows.empty()}};
  view["charts"] = chart_views;
  view["downloads"] = {{{"href", "comparison.csv"}, {"label", words().text("download.comparison_csv")}},
                       {{"href", "comparison.json"}, {"label", words().text("download.comparison_json")}}};
  return view;
}

View execution_page(const SiteData& site, const ExecutionPair& pair) {
  const std::string path = paths::comparison(pair.id);
  // A class by its name in the interface's language; the total and the “三公” parts by their key.
  const auto line_name = [](const ExecutionLine& l) {
    if (l.code.size() == 3) return class_name(l.code, l.name);
    const std::string named = words().text("execution.line." + (l.code.empty() ? std::string("expenditure_total") : l.code));
    return named.empty() ? l.name : named;
  };
  const auto line_view = [&line_name](const ExecutionLine& l) {
    return View{{"code", l.code}, {"name", line_name(l)}, {"budget", format_amount(l.budget)}, {"actual", format_amount(l.actual)},
                {"difference", format_amount(l.difference)}, {"rate", format_percent(l.rate)}};
  };
  std::vector<std::string> categories;
  Series budget{words().text("execution.budget_col"), {}}, actual{words().text("execution.actual_col"), {}};
  View functions = View::array();
  for (const auto& l : pair.by_function) {
    functions.push_back(line_view(l));
    categories.push_back(l.code + " " + line_name(l));
    budget.values.push_back(l.budget);
    actual.values.push_back(l.actual);
  }
  const auto chart = bar_chart("chart-execution", words().text("chart.execution"), categories, {budget, actual},
                               unit_name("万元"), false, false, true);
  const std::string title = said(pair.title_wording, pair.title);
  View view = page_frame(site.info, path, title, words().format("execution.description", {{"title", title}}),
                         "page-comparison", {{words().text("nav.home"), paths::home}, {words().text("home.comparisons"), paths::comparisons}, {title, ""}},
                         chart.has_value());
  View three = View::array();
  for (const auto& l : pair.three_public) three.push_back(line_view(l));
  view["execution"] = {{"title", title},
                       {"entity", pair.entity.name},
                       {"year", std::to_string(pair.year)},
                       {"budget_href", relative_link(path, paths::disclosure(pair.budget_id))},
                       {"final_href", relative_link(path, paths::disclosure(pair.final_id))},
                       {"total", line_view(pair.expenditure_total)},
                       {"functions", functions},
                       {"three_public", three},
                       {"caveats", caveats_view(pair.caveats)},
                       {"has_caveats", !pair.caveats.empty()}};
  View charts = View::array();
  if (chart) charts.push_back(chart_view(*chart));
  view["charts"] = charts;
  view["downloads"] = {{{"href", "comparison.csv"}, {"label", words().text("download.execution_csv")}},
                       {{"href", "comparison.json"}, {"label", words().text("download.execution_json")}}};
  return view;
}

}  // namespace budgetsite
