// Within each table: the arithmetic the template guarantees for its rows and columns.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "common/text.h"
#include "recognize/vocabulary.h"
#include "validate/checks.h"
#include "validate/tolerance.h"

namespace budgetsite {

double cell(const Table& t, const Row& r, int column) {
  if (column < 0 || column >= static_cast<int>(r.values.size())) return 0;
  return r.values[column].value_or(0);
}

std::string table_title(const Disclosure& d, const std::string& id) {
  const Table* t = d.table(id);
  return t ? t->title : id;
}

namespace {

std::string row_label(const Row& r) {
  std::string name = strip_blanks(r.name);
  return r.code.empty() ? name : r.code + " " + name;
}

// The rows a total sums, named in the catalog (check.parts.*).
nlohmann::json parts_word(const char* which) {
  return nested_wording(std::string("check.parts.") + which);
}

struct TableContext {
  const Disclosure& d;
  const Table& t;
  std::vector<Check>& out;
  double half;  // half a unit of the table's last printed digit (half_unit_of)
};

// 0.5 where the table prints whole numbers only (the 元 tables of Shanghai: each part may carry
// half a 元 of rounding), else 0.005.
double half_unit_of(const Table& t) {
  for (const auto& r : t.rows)
    for (const auto& v : r.values)
      if (v && std::fabs(*v - std::round(*v)) > 1e-9) return 0.005;
  return 0.5;
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

// total row's column `col` against the sum of `parts` in that column.
void sum_check(const TableContext& c, const Row& total, const std::vector<const Row*>& parts, int col,
               const nlohmann::json& parts_name) {
  if (col < 0 || !total.values[col]) return;
  // Only rows read surely are compared: a figure placed by its position alone may stand in
  // the wrong column, and a misreading is never an accusation.
  if (!total.complete) return;
  for (const Row* p : parts)
    if (!p->complete) return;
  double sum = 0;
  int printed = 0;
  Finding f;
  f.id = "sum-mismatch";
  f.table = c.t.id;
  f.lines.push_back(total.line);
  for (const Row* p : parts) {
    double v = cell(c.t, *p, col);
    sum += v;
    if (v != 0) ++printed;
    f.lines.push_back(p->line);
  }
  f.expected = sum;
  f.actual = *total.values[col];
  f.wording = {{"check.row_sum",
                {{"table", c.t.title}, {"line", total.line}, {"row", row_label(total)}, {"column", c.t.columns[col].label},
                 {"parts", parts_name}, {"expected", figure(sum)}, {"actual", figure(f.actual)},
                 {"difference", figure(f.actual - sum)}}}};
  report(c.out, compare(f.actual, sum, 0.005 * (printed + 1)), f);
}

std::vector<int> side_columns(const Table& t, const std::string& side) {
  std::vector<int> cols;
  for (size_t i = 0; i < t.columns.size(); ++i)
    if ((side.empty() || t.columns[i].side.empty() || t.columns[i].side == side) && t.columns[i].key != "row_number" &&
        t.columns[i].key != "change_percent")
      cols.push_back(static_cast<int>(i));
  return cols;
}

// Each row's total column against its parts (column_sum_rules), side by side.
void check_column_sums(const TableContext& c) {
  const Table& t = c.t;
  for (const auto& rule : column_sum_rules()) {
    if (std::find(rule.tables.begin(), rule.tables.end(), t.id) == rule.tables.end()) continue;
    for (const char* side : {"", "income", "expenditure"}) {
      int total = t.column_index(rule.total, side);
      if (total < 0 || t.columns[total].side != side) continue;
      std::vector<int> parts;
      for (const auto& p : rule.parts) parts.push_back(t.column_index(p, side));
      if (std::find(parts.begin(), parts.end(), -1) != parts.end()) continue;
      std::vector<int> optional;
      for (const auto& p : rule.optional_parts)
        if (int k = t.column_index(p, side); k >= 0) optional.push_back(k);
      bool trusted = names_one_column(t.columns[total]);
      for (int p : parts) trusted &= names_one_column(t.columns[p]);
      if (!trusted) continue;
      for (const auto& r : t.rows) {
        if (r.side != side || !r.values[total] || !r.complete) continue;
        double sum = 0, more = 0;
        int printed = 0;
        std::string names;
        for (int p : parts) {
          sum += r.values[p].value_or(0);
          printed += r.values[p].value_or(0) != 0;
          names += (names.empty() ? "" : "+") + t.columns[p].label;
        }
        for (int p : optional) more += r.values[p].value_or(0);
        const int n = static_cast<int>(parts.size() + optional.size());
        if (!optional.empty() && std::fabs(sum + more - *r.values[total]) <= c.half * (n + 1) + 1e-9) {
          sum += more;
          printed = n;
          for (int p : optional) names += "+" + t.columns[p].label;
        }
        Finding f;
        f.id = "sum-mismatch";
        f.table = t.id;
        f.lines = {r.line};
        f.expected = sum;
        f.actual = *r.values[total];
        f.wording = {{"check.column_sum",
                      {{"table", t.title}, {"line", r.line}, {"row", row_label(r)}, {"column", t.columns[total].label},
                       {"parts", names}, {"expected", figure(sum)}, {"actual", figure(f.actual)},
                       {"difference", figure(f.actual - sum)}}}};
        report(c.out, compare(f.actual, sum, c.half * (printed + 1)), f);
      }
    }
  }
}

std::vector<const Row*> rows_of_side(const Table& t, const std::string& side) {
  std::vector<const Row*> rows;
  for (const auto& r : t.rows)
    if (side.empty() || r.side == side) rows.push_back(&r);
  return rows;
}

// 类 = Σ 款, 款 = Σ 项 by code prefix; and, when with_total, the total row = Σ 类.
void check_codes(const TableContext& c, const std::string& side, bool with_total) {
  auto rows = rows_of_side(c.t, side);
  std::map<std::string, const Row*> by_code;
  std::map<std::string, std::vector<const Row*>> children;
  std::vector<const Row*> classes;
  const Row* total = nullptr;
  std::set<std::string> seen;
  for (const Row* r : rows) {
    if (r->group == "unit") continue;
    // A code printed twice: the rows of several units one after another, no single hierarchy.
    if (!r->code.empty() && !seen.insert(r->code).second) return;
  }
  for (const Row* r : rows) {
    if (r->group == "unit") continue;
    if (!total && r->is_total && r->level == 0) total = r;
    size_t n = r->code.size();
    if (n == 3) classes.push_back(r);
    if (n == 3 || n == 5) by_code.emplace(r->code, r);
    if (n == 5 || n == 7) children[r->code.substr(0, n - 2)].push_back(r);
  }
  for (int col : side_columns(c.t, side)) {
    if (with_total && total && !classes.empty()) sum_check(c, *total, classes, col, parts_word("classes"));
    for (const auto& [code, kids] : children) {
      auto parent = by_code.find(code);
      if (parent == by_code.end()) continue;
      sum_check(c, *parent->second, kids, col, parts_word(code.size() == 3 ? "items_of_class" : "items_of_item"));
    }
  }
}

void check_nesting(const TableContext& c) {
  // Levels the reading could not tell apart (no row below level 1): nothing to compare.
  if (std::none_of(c.t.rows.begin(), c.t.rows.end(), [](const Row& r) { return r.level == 2; })) return;
  const Row* total = nullptr;
  std::vector<const Row*> level1;
  std::vector<std::pair<const Row*, std::vector<const Row*>>> groups;
  for (const auto& r : c.t.rows) {
    if (r.level == 0 && r.is_total) { if (!total) total = &r; continue; }
    if (r.level == 1) { level1.push_back(&r); groups.push_back({&r, {}}); }
    else if (r.level == 2 && !groups.empty()) groups.back().second.push_back(&r);
  }
  for (int col : side_columns(c.t, "")) {
    if (total && !level1.empty()) sum_check(c, *total, level1, col, parts_word("level_1_rows"));
    for (const auto& [parent, kids] : groups)
      if (!kids.empty()) sum_check(c, *parent, kids, col, parts_word("child_rows"));
  }
}

void check_groups(const TableContext& c) {
  std::vector<std::string> order;
  std::map<std::string, const Row*> totals;
  std::map<std::string, std::vector<const Row*>> parts;
  for (const auto& r : c.t.rows) {
    if (r.group.empty()) continue;
    if (!totals.count(r.group) && !parts.count(r.group)) order.push_back(r.group);
    if (r.is_total) totals.emplace(r.group, &r);
    else if (r.level == 1) parts[r.group].push_back(&r);
  }
  for (const auto& g : order) {
    auto t = totals.find(g);
    if (t == totals.end() || parts[g].empty()) continue;
    for (int col : side_columns(c.t, "")) sum_check(c, *t->second, parts[g], col, parts_word("group_rows"));
  }
  check_codes(c, "", false);
}

bool is_detail_label(const std::string& name) {
  for (const auto& l : two_sided_detail_labels())
    if (contains(name, l)) return true;
  return false;
}

// The list numbering a row's label opens with: 1 for "一、", 2 for "（一）", "1." or "1、", 0 for none.
int list_level(const std::string& name) {
  std::u32string n = to_u32(strip_blanks(name));
  static const std::u32string numerals = U"一二三四五六七八九十";
  size_t k = 0;
  while (k < n.size() && numerals.find(n[k]) != std::u32string::npos) ++k;
  if (k > 0 && k < n.size() && n[k] == U'、') return 1;
  if (!n.empty() && (n[0] == U'（' || n[0] == U'(')) return 2;
  k = 0;
  while (k < n.size() && n[k] >= U'0' && n[k] <= U'9') ++k;
  if (k > 0 && k < n.size() && (n[k] == U'.' || n[k] == U'、' || n[k] == U'．')) return 2;
  return 0;
}

// 收支总表: per side, 本年合计 = Σ items, 总计 = 本年合计 + the rows between; then 收入总计 = 支出总计.
// Where the items are numbered "一、", only those count: rows under them ("1.一般公共预算拨款",
// a 款 or 项 by name) detail them; where rows numbered "1." stand under unnumbered ones
// ("财政拨款" / "1.一般公共预算拨款"), only the unnumbered ones count.
void check_two_sided(const TableContext& c) {
  const Row* grand[2] = {nullptr, nullptr};
  bool grand_failed = false;
  const char* sides[2] = {"income", "expenditure"};
  for (int s = 0; s < 2; ++s) {
    auto rows = rows_of_side(c.t, sides[s]);
    const Row* current = nullptr;
    std::vector<const Row*> items, between;
    for (const Row* r : rows) {
      // 本年收入合计 / 本年支出合计 (or a bare 合计) closes the items; 收入总计 / 支出总计 / 总计
      // is the grand total.
      std::string name = bare_label(r->name);
      bool grand_total = ends_with(name, "总计");
      bool current_total = !grand_total && (r->is_total || ends_with(name, "合计"));
      if (grand_total && current) { grand[s] = r; continue; }
      if (current_total && !current) { current = r; continue; }
      if (grand_total || current_total) continue;
      if (strip_blanks(r->name).empty()) continue;
      if (!current) items.push_back(r);
      else if (!is_detail_label(strip_blanks(r->name))) between.push_back(r);
    }
    if (!current) continue;
    auto has_level = [&](int level) {
      return std::any_of(items.begin(), items.end(), [&](const Row* r) { return list_level(r->name) == level; });
    };
    if (has_level(1)) std::erase_if(items, [](const Row* r) { return list_level(r->name) != 1; });
    else if (has_level(2) && has_level(0)) std::erase_if(items, [](const Row* r) { return list_level(r->name) != 0; });
    std::erase_if(between, [](const Row* r) { return list_level(r->name) == 2; });
    std::vector<const Row*> with_current = between;
    with_current.insert(with_current.begin(), current);
    for (int col : side_columns(c.t, sides[s])) {
      if (!items.empty()) sum_check(c, *current, items, col, parts_word(s == 0 ? "income_items" : "expenditure_classes"));
      if (grand[s]) {
        size_t before = c.out.size();
        sum_check(c, *grand[s], with_current, col, parts_word(s == 0 ? "income_total_rows" : "expenditure_total_rows"));
        for (size_t k = before; k < c.out.size(); ++k) grand_failed |= c.out[k].severity == "error";
      }
    }
  }
  // One inconsistency, one finding: a side whose 总计 is not its own rows' sum already says
  // why the two 总计 differ.
  if (grand[0] && grand[1] && !grand_failed) {
    auto icols = side_columns(c.t, "income");
    auto ecols = side_columns(c.t, "expenditure");
    if (icols.empty() || ecols.empty()) return;
    // Each side's total column (the first of the side where none is called so).
    int ci = c.t.column_index("total", "income") >= 0 ? c.t.column_index("total", "income") : icols.front();
    int ce = c.t.column_index("total", "expenditure") >= 0 ? c.t.column_index("total", "expenditure") : ecols.front();
    if (!grand[0]->values[ci] || !grand[1]->values[ce] || !grand[0]->complete || !grand[1]->complete) return;
    Finding f;
    f.id = "sum-mismatch";
    f.table = c.t.id;
    f.lines = {grand[1]->line, grand[0]->line};
    f.expected = *grand[0]->values[ci];
    f.actual = *grand[1]->values[ce];
    f.wording = {{"check.two_sided_total",
                  {{"table", c.t.title}, {"line", grand[1]->line}, {"expenditure_row", strip_blanks(grand[1]->name)},
                   {"actual", figure(f.actual)}, {"income_row", strip_blanks(grand[0]->name)},
                   {"expected", figure(f.expected)}}}};
    report(c.out, compare(f.actual, f.expected, 0.01), f);
  }
}

const Row* row_containing(const Table& t, const std::string& label) {
  for (const auto& r : t.rows)
    if (contains(strip_blanks(r.name), label)) return &r;
  return nullptr;
}

void check_label_sums(const TableContext& c) {
  for (const auto& rule : row_sum_rules()) {
    if (rule.kind != c.d.kind || rule.table != c.t.id) continue;
    const Row* total = row_containing(c.t, rule.total);
    if (!total) continue;
    std::vector<const Row*> parts;
    std::string names;
    for (const auto& p : rule.parts) {
      const Row* r = row_containing(c.t, p);
      if (!r) { parts.clear(); break; }
      parts.push_back(r);
    }
    if (parts.empty()) continue;
    for (const Row* p : parts) names += (names.empty() ? "" : "+") + strip_blanks(p->name);
    for (int col : side_columns(c.t, "")) sum_check(c, *total, parts, col, names);
  }
}

}  // namespace

void check_tables(const Disclosure& d, std::vector<Check>& out) {
  for (const auto& t : d.tables) {
    if (!t.present || t.rows.empty()) continue;
    TableContext c{d, t, out, half_unit_of(t)};
    check_column_sums(c);
    switch (row_structure(d.kind, t.id)) {
      case RowStructure::codes:
        for (const char* side : {"", "income", "expenditure"}) {
          if (std::string(side).empty() != t.rows.front().side.empty()) continue;
          check_codes(c, side, true);
        }
        break;
      case RowStructure::nesting: check_nesting(c); break;
      case RowStructure::groups: check_groups(c); break;
      case RowStructure::two_sided: check_two_sided(c); break;
      case RowStructure::labels: break;
    }
    check_label_sums(c);
  }
}

}  // namespace budgetsite
