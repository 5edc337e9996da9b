#include "render/i18n.h"
#include "render/charts.h"

#include "recognize/vocabulary.h"

#include <algorithm>
#include <map>

#include "recognize/catalog.h"
#include "render/format.h"

namespace budgetsite {

namespace {

View number_or_null(std::optional<double> v) { return v ? View(*v) : View(nullptr); }

std::string amount_text(std::optional<double> v, const std::string& unit) {
  if (!v) return "—";
  return unit == "%" ? format_percent(*v, 1) : format_amount(*v) + (unit.empty() ? "" : " " + unit);
}

// "A 1.00 万元（10.0%），B …" for the largest parts first, at most five.
std::string parts_summary(const std::string& title, std::vector<NamedValue> parts, const std::string& unit) {
  double total = 0;
  for (const auto& p : parts) total += p.value.value_or(0);
  std::stable_sort(parts.begin(), parts.end(),
                   [](const NamedValue& a, const NamedValue& b) { return a.value.value_or(0) > b.value.value_or(0); });
  const Catalog& w = words();
  std::string text = title + w.text("punct.colon");
  for (size_t i = 0; i < parts.size() && i < 5; ++i) {
    if (i) text += w.text("punct.comma");
    text += parts[i].name + " " + amount_text(parts[i].value, unit);
    if (total > 0 && unit != "%") text += w.text("punct.open") + format_percent(share_percent(parts[i].value, total)) + w.text("punct.close");
  }
  if (parts.size() > 5) text += w.text("punct.comma") + w.format("chart.more", {{"count", std::to_string(parts.size())}});
  return text + w.text("punct.stop");
}

}  // namespace

std::optional<Chart> function_tree_chart(const std::string& id, const std::string& title, const Table& table,
                                         const std::string& column) {
  const int col = table.column_index(column);
  if (col < 0) return std::nullopt;
  struct Node {
    std::string label;
    double value = 0;
    std::vector<size_t> children;
  };
  std::vector<Node> nodes;
  std::vector<size_t> roots;
  std::map<std::string, size_t> by_code;
  for (const auto& row : table.rows) {
    if (row.code.empty() || row.is_total) continue;
    const size_t n = row.code.size();
    if (n != 3 && n != 5 && n != 7) continue;
    // Charts speak 万元, whatever unit the table is printed in.
    const double value =
        (row.values.size() > static_cast<size_t>(col) ? row.values[col].value_or(0) : 0) * unit_in_wan(table.unit);
    if (value == 0) continue;
    nodes.push_back({row.code + " " + (n == 3 ? class_name(row.code, row.name) : row.name), value, {}});
    const size_t index = nodes.size() - 1;
    by_code[row.code] = index;
    const std::string parent = n == 3 ? "" : row.code.substr(0, n - 2);
    if (auto it = by_code.find(parent); !parent.empty() && it != by_code.end()) nodes[it->second].children.push_back(index);
    else roots.push_back(index);
  }
  // A tree needs its 类 at the root and something to open: a table of 项 codes alone (several
  // units' rows, crossed with economic classes) is not drawn as one.
  if (roots.empty()) return std::nullopt;
  bool drillable = false;
  for (size_t r : roots) {
    if (nodes[r].label.find(' ') != 3) return std::nullopt;
    drillable |= !nodes[r].children.empty();
  }
  if (!drillable) return std::nullopt;
  const auto to_view = [&](auto&& self, size_t index) -> View {
    View node{{"name", nodes[index].label}, {"value", nodes[index].value}};
    if (!nodes[index].children.empty()) {
      View children = View::array();
      for (size_t c : nodes[index].children) children.push_back(self(self, c));
      node["children"] = children;
    }
    return node;
  };
  Chart chart;
  chart.id = id;
  chart.title = title;
  chart.spec = {{"type", "tree"}, {"unit", unit_name("万元")}, {"data", View::array()}};
  std::vector<NamedValue> top;
  for (size_t r : roots) {
    chart.spec["data"].push_back(to_view(to_view, r));
    top.push_back({nodes[r].label, nodes[r].value});
  }
  chart.summary = parts_summary(title, top, unit_name("万元"));
  chart.table_headers = {words().text("execution.item"), words().format("chart.amount_in", {{"unit", unit_name("万元")}})};
  const auto add_rows = [&](auto&& self, size_t index, int depth) -> void {
    chart.table_rows.push_back({std::string(depth * 2, ' ') + nodes[index].label, format_amount(nodes[index].value)});
    for (size_t c : nodes[index].children) self(self, c, depth + 1);
  };
  for (size_t r : roots) add_rows(add_rows, r, 0);
  return chart;
}

std::optional<Chart> pie_chart(const std::string& id, const std::string& title, const std::vector<NamedValue>& parts,
                               const std::string& unit) {
  std::vector<NamedValue> kept;
  for (const auto& p : parts)
    if (p.value && *p.value != 0) kept.push_back(p);
  if (kept.size() < 2) return std::nullopt;  // one slice says nothing a card does not
  Chart chart;
  chart.id = id;
  chart.title = title;
  chart.spec = {{"type", "pie"}, {"unit", unit}, {"data", View::array()}};
  double total = 0;
  for (const auto& p : kept) total += *p.value;
  chart.table_headers = {words().text("chart.item"), words().format("chart.amount_in", {{"unit", unit}}), words().text("chart.share")};
  for (const auto& p : kept) {
    chart.spec["data"].push_back({{"name", p.name}, {"value", *p.value}});
    chart.table_rows.push_back({p.name, format_amount(p.value), format_percent(share_percent(p.value, total))});
  }
  chart.summary = parts_summary(title, kept, unit);
  return chart;
}

namespace {
Chart series_chart(const char* type, const std::string& id, const std::string& title,
                   const std::vector<std::string>& categories, const std::vector<Series>& series, const std::string& unit) {
  Chart chart;
  chart.id = id;
  chart.title = title;
  chart.spec = {{"type", type}, {"unit", unit}, {"categories", categories}, {"series", View::array()}};
  for (const auto& s : series) {
    View values = View::array();
    for (const auto& v : s.values) values.push_back(number_or_null(v));
    chart.spec["series"].push_back({{"name", s.name}, {"values", values}});
  }
  chart.table_headers.push_back("");
  for (const auto& s : series) chart.table_headers.push_back(s.name + words().text("punct.open") + unit + words().text("punct.close"));
  for (size_t c = 0; c < categories.size(); ++c) {
    std::vector<std::string> row{categories[c]};
    for (const auto& s : series) {
      const auto v = c < s.values.size() ? s.values[c] : std::nullopt;
      row.push_back(unit == "%" ? (v ? format_amount(*v, 1) : "—") : format_amount(v));
    }
    chart.table_rows.push_back(row);
  }
  const Catalog& w = words();
  std::string summary = title + w.text("punct.colon");
  for (size_t c = 0; c < categories.size() && c < 6; ++c) {
    if (c) summary += w.text("punct.semicolon");
    summary += categories[c];
    for (size_t s = 0; s < series.size() && s < 3; ++s)
      summary += (s ? w.text("punct.comma") : " ") + (series.size() > 1 ? series[s].name + " " : "") +
                 amount_text(c < series[s].values.size() ? series[s].values[c] : std::nullopt, unit);
  }
  if (categories.size() > 6) summary += w.text("punct.semicolon") + w.format("chart.more", {{"count", std::to_string(categories.size())}});
  chart.summary = summary + w.text("punct.stop");
  return chart;
}

bool any_figure(const std::vector<Series>& series) {
  for (const auto& s : series)
    for (const auto& v : s.values)
      if (v && *v != 0) return true;
  return false;
}
}  // namespace

std::optional<Chart> bar_chart(const std::string& id, const std::string& title, const std::vector<std::string>& categories,
                               const std::vector<Series>& series, const std::string& unit, bool stack, bool percent,
                               bool horizontal) {
  if (categories.empty() || !any_figure(series)) return std::nullopt;
  Chart chart = series_chart("bar", id, title, categories, series, unit);
  chart.spec["stack"] = stack;
  chart.spec["percent"] = percent;
  chart.spec["horizontal"] = horizontal;
  return chart;
}

std::optional<Chart> ranking_chart(const std::string& id, const std::string& title,
                                   const std::vector<std::string>& members,
                                   const std::vector<std::optional<double>>& values, const std::string& unit) {
  std::vector<size_t> order;
  for (size_t i = 0; i < members.size() && i < values.size(); ++i)
    if (values[i]) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return *values[a] > *values[b]; });
  std::vector<std::string> all_names;
  Series all{title, {}};
  for (size_t i : order) {
    all_names.push_back(members[i]);
    all.values.push_back(values[i]);
  }
  std::vector<std::string> shown_names = all_names;
  Series shown = all;
  std::string shown_title = title;
  if (order.size() > kRankingShownWhole) {
    shown_names.erase(shown_names.begin() + 10, shown_names.end() - 10);
    shown.values.erase(shown.values.begin() + 10, shown.values.end() - 10);
    shown_title += words().format("chart.top_bottom", {{"count", std::to_string(order.size())}});
  }
  auto chart = bar_chart(id, shown_title, shown_names, {shown}, unit, false, false, shown_names.size() > 6);
  if (!chart) return std::nullopt;
  if (shown_names.size() != all_names.size()) {
    // The table below the chart lists every member, in the same order.
    const Chart whole = series_chart("bar", id, title, all_names, {all}, unit);
    chart->table_rows = whole.table_rows;
    chart->summary = whole.summary;
  }
  return chart;
}

std::optional<Chart> line_chart(const std::string& id, const std::string& title, const std::vector<std::string>& categories,
                                const std::vector<Series>& series, const std::string& unit) {
  if (categories.size() < 2 || !any_figure(series)) return std::nullopt;
  return series_chart("line", id, title, categories, series, unit);
}

View chart_view(const Chart& chart) {
  View rows = View::array();
  for (const auto& r : chart.table_rows) {
    View cells = View::array();
    for (size_t i = 1; i < r.size(); ++i) cells.push_back(r[i]);
    rows.push_back({{"label", r.empty() ? "" : r[0]}, {"cells", cells}});
  }
  return {{"id", chart.id},
          {"data_id", chart.id + "-data"},
          {"title", chart.title},
          {"summary", chart.summary},
          {"spec", script_safe_json(chart.spec)},
          {"label_header", chart.table_headers.empty() ? "" : chart.table_headers.front()},
          {"value_headers", chart.table_headers.empty() ? View::array()
                                                         : View(std::vector<std::string>(chart.table_headers.begin() + 1,
                                                                                         chart.table_headers.end()))},
          {"rows", rows}};
}

}  // namespace budgetsite
