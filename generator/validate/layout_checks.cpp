// The checks of documents read from their layout (every template but the Shanxi county one):
// column sums, 类/款/项 hierarchy, the two sides of a 收支总表, and the 收支总表 against the
// 支出总表. The rules are data (layout_rules()); a rule runs only where the table has exactly
// the columns it names, so a column the reader could not name never produces an error.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "common/text.h"
#include "recognize/vocabulary.h"
#include "validate/checks.h"

namespace budgetsite {

namespace {

struct ColumnRule {
  std::vector<std::string> tables;
  std::string total;
  std::vector<std::string> parts;
  // Parts some templates count in the total and others print beside it ("“三公”经费及会议费、
  // 培训费" tables: a 合计 of all five, or a “三公” 小计 of three): the row's total is compared
  // with the sum that includes them when that sum is the one it equals.
  std::vector<std::string> optional_parts = {};
};

const std::vector<ColumnRule>& column_rules() {
  static const std::vector<ColumnRule> rules = {
      {{"expenditure", "general_budget_expenditure", "fiscal_expenditure", "gov_fund_expenditure", "basic_expenditure",
        "state_capital"},
       "total",
       {"basic", "project"}},
      {{"basic_by_economic", "fiscal_basic"}, "total", {"personnel", "public_funds"}},
      {{"three_public"}, "total", {"overseas", "reception", "vehicles_total"}, {"meeting", "training"}},
      {{"three_public"}, "vehicles_total", {"vehicle_purchase", "vehicle_operation"}},
  };
  return rules;
}

// Tables whose 类/款/项 rows must add up.
const std::set<std::string>& hierarchy_tables() {
  static const std::set<std::string> ids = {"income", "expenditure", "general_budget_expenditure", "fiscal_expenditure",
                                            "gov_fund_expenditure"};
  return ids;
}

// Half a unit of the table's last printed digit: 0.5 where it prints whole numbers only (the
// 元 tables of Shanghai: each part may carry half a 元 of rounding), else 0.005.
double half_unit_of(const Table& t) {
  for (const auto& r : t.rows)
    for (const auto& v : r.values)
      if (v && std::fabs(*v - std::round(*v)) > 1e-9) return 0.005;
  return 0.5;
}

// `half`: half_unit_of(t), worked out once per table.
void report(std::vector<Check>& out, const Table& t, double half, const std::string& what, std::vector<int> lines,
            double expected, double actual, int parts) {
  double tolerance = half * (parts + 1) + 1e-9;
  double diff = std::fabs(expected - actual);
  if (diff < 1e-9) return;
  Check c;
  c.table = t.id;
  c.line = lines.empty() ? 0 : lines.front();
  c.lines = std::move(lines);
  c.expected = expected;
  c.actual = actual;
  if (diff <= tolerance) {
    c.id = "rounding";
    c.severity = "info";
  } else {
    c.id = "sum-mismatch";
    c.severity = "error";
  }
  c.message = "表“" + t.title + "”第" + std::to_string(c.line) + "行：" + what + "为 " + format_fixed(actual, 2) +
              "，其各项之和为 " + format_fixed(expected, 2) + (c.id == "rounding" ? "（差额在四舍五入范围内）" : "") +
              "（" + t.unit + "）";
  out.push_back(std::move(c));
}

// A heading that carries the words of two columns ("基本支出人员经费", a group heading joined
// with its column) cannot be trusted to name either: no rule runs on it.
bool names_one_column(const Column& c) {
  std::set<std::string> keys;
  std::string label = strip_blanks(c.label);
  for (const auto& w : header_words_by_key())
    if (!w.exact && w.key != "label" && contains(label, w.word)) keys.insert(w.key);
  return keys.size() <= 1;
}

void check_columns(const Table& t, std::vector<Check>& out) {
  const double half = half_unit_of(t);
  for (const auto& rule : column_rules()) {
    if (std::find(rule.tables.begin(), rule.tables.end(), t.id) == rule.tables.end()) continue;
    int total = t.column_index(rule.total);
    std::vector<int> parts;
    for (const auto& p : rule.parts) parts.push_back(t.column_index(p));
    if (total < 0 || std::find(parts.begin(), parts.end(), -1) != parts.end()) continue;
    std::vector<int> optional;
    for (const auto& p : rule.optional_parts)
      if (int c = t.column_index(p); c >= 0) optional.push_back(c);
    bool trusted = names_one_column(t.columns[total]);
    for (int p : parts) trusted &= names_one_column(t.columns[p]);
    if (!trusted) continue;
    for (const auto& r : t.rows) {
      if (!r.values[total] || !r.complete) continue;
      double sum = 0, more = 0;
      for (int p : parts) sum += r.values[p].value_or(0);
      for (int p : optional) more += r.values[p].value_or(0);
      const int n = static_cast<int>(parts.size() + optional.size());
      if (!optional.empty() && std::fabs(sum + more - *r.values[total]) <= half * (n + 1) + 1e-9) {
        report(out, t, half, "“" + t.columns[total].label + "”", {r.line}, sum + more, *r.values[total], n);
        continue;
      }
      report(out, t, half, "“" + t.columns[total].label + "”", {r.line}, sum, *r.values[total], static_cast<int>(parts.size()));
    }
  }
}

void check_hierarchy(const Table& t, std::vector<Check>& out) {
  if (!hierarchy_tables().count(t.id)) return;
  const double half = half_unit_of(t);
  std::map<std::string, const Row*> by_code;
  for (const auto& r : t.rows) {
    if (r.code.empty() || r.group == "unit") continue;
    if (by_code.count(r.code) || !r.complete) return;  // several units' rows, or a row not read surely  // several units' rows one after another: no single hierarchy
    by_code[r.code] = &r;
  }
  for (size_t col = 0; col < t.columns.size(); ++col) {
    if (t.columns[col].key == "row_number" || t.columns[col].key == "change_percent") continue;
    for (const auto& [code, parent] : by_code) {
      if (code.size() != 3 && code.size() != 5) continue;
      double sum = 0;
      int children = 0;
      std::vector<int> lines = {parent->line};
      for (const auto& [c, child] : by_code)
        if (c.size() == code.size() + 2 && starts_with(c, code)) {
          sum += child->values[col].value_or(0);
          ++children;
          lines.push_back(child->line);
        }
      if (children == 0 || !parent->values[col]) continue;
      report(out, t, half, parent->code + " " + parent->name + "的“" + t.columns[col].label + "”", lines, sum,
             *parent->values[col], children);
    }
  }
}

void check_sides(const Table& t, std::vector<Check>& out) {
  if (t.id != "overview" && t.id != "fiscal_overview") return;
  const Row *in = nullptr, *outside = nullptr;
  int in_col = -1, out_col = -1;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (t.columns[i].side == "income" && in_col < 0) in_col = static_cast<int>(i);
    if (t.columns[i].side == "expenditure" && out_col < 0) out_col = static_cast<int>(i);
  }
  if (in_col < 0 || out_col < 0) return;
  for (const auto& r : t.rows) {
    std::string n = strip_blanks(r.name);
    if (r.side == "income" && (n == "收入总计" || n == "总计") && !in) in = &r;
    if (r.side == "expenditure" && (n == "支出总计" || n == "总计") && !outside) outside = &r;
  }
  if (!in || !outside || !in->complete || !outside->complete || !in->values[in_col] || !outside->values[out_col]) return;
  double a = *in->values[in_col], b = *outside->values[out_col];
  if (std::fabs(a - b) < 0.005) return;
  Check c;
  c.id = "sum-mismatch";
  c.severity = "error";
  c.table = t.id;
  c.line = in->line;
  c.lines = {in->line, outside->line};
  c.expected = a;
  c.actual = b;
  c.message = "表“" + t.title + "”：收入总计 " + format_fixed(a, 2) + " 与支出总计 " + format_fixed(b, 2) + " 不等（" +
              t.unit + "）";
  out.push_back(std::move(c));
}

}  // namespace

void check_layout_tables(const Disclosure& d, std::vector<Check>& out) {
  for (const auto& t : d.tables) {
    if (!t.present) continue;
    check_columns(t, out);
    check_hierarchy(t, out);
    check_sides(t, out);
  }
}

}  // namespace budgetsite
