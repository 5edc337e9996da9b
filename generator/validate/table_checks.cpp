// Within each table: the arithmetic the template guarantees for its rows and columns.
#include <map>

#include "common/text.h"
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

struct TableContext {
  const Disclosure& d;
  const Table& t;
  std::vector<Check>& out;
};

// total row's column `col` against the sum of `parts` in that column.
void sum_check(const TableContext& c, const Row& total, const std::vector<const Row*>& parts, int col,
               const std::string& parts_name) {
  if (col < 0 || !total.values[col]) return;
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
  f.message = "表“" + c.t.title + "”第" + std::to_string(total.line) + "行“" + row_label(total) + "”" +
              c.t.columns[col].label + "：应等于" + parts_name + "之和" + figure(sum) + "，表中为" +
              figure(f.actual) + "（差" + figure(f.actual - sum) + "）";
  report(c.out, compare(f.actual, sum, 0.005 * (printed + 1)), f);
}

std::vector<int> side_columns(const Table& t, const std::string& side) {
  std::vector<int> cols;
  for (size_t i = 0; i < t.columns.size(); ++i)
    if (side.empty() || t.columns[i].side.empty() || t.columns[i].side == side) cols.push_back(static_cast<int>(i));
  return cols;
}

void check_column_sums(const TableContext& c) {
  const TableSpec* spec = find_table_spec(c.t.id, c.d.kind);
  if (!spec) return;
  for (const auto& row : c.t.rows) {
    for (const auto& rule : spec->column_sums) {
      if (rule.total >= static_cast<int>(c.t.columns.size())) continue;
      const auto& total_col = c.t.columns[rule.total];
      if (!row.side.empty() && !total_col.side.empty() && total_col.side != row.side) continue;
      if (!row.values[rule.total]) continue;
      double sum = 0;
      int printed = 0;
      std::string names;
      for (int p : rule.parts) {
        double v = cell(c.t, row, p);
        sum += v;
        if (v != 0) ++printed;
        if (!names.empty()) names += "+";
        names += c.t.columns[p].label;
      }
      Finding f;
      f.id = "sum-mismatch";
      f.table = c.t.id;
      f.lines = {row.line};
      f.expected = sum;
      f.actual = *row.values[rule.total];
      f.message = "表“" + c.t.title + "”第" + std::to_string(row.line) + "行“" + row_label(row) + "”：" +
                  total_col.label + "应等于" + names + "=" + figure(sum) + "，表中为" + figure(f.actual) +
                  "（差" + figure(f.actual - sum) + "）";
      report(c.out, compare(f.actual, sum, 0.005 * (printed + 1)), f);
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
  for (const Row* r : rows) {
    if (!total && r->is_total && r->level == 0) total = r;
    size_t n = r->code.size();
    if (n == 3) classes.push_back(r);
    if (n == 3 || n == 5) by_code.emplace(r->code, r);
    if (n == 5 || n == 7) children[r->code.substr(0, n - 2)].push_back(r);
  }
  for (int col : side_columns(c.t, side)) {
    if (with_total && total && !classes.empty()) sum_check(c, *total, classes, col, "各类");
    for (const auto& [code, kids] : children) {
      auto parent = by_code.find(code);
      if (parent == by_code.end()) continue;
      sum_check(c, *parent->second, kids, col, code.size() == 3 ? "所属各款" : "所属各项");
    }
  }
}

void check_nesting(const TableContext& c) {
  const Row* total = nullptr;
  std::vector<const Row*> level1;
  std::vector<std::pair<const Row*, std::vector<const Row*>>> groups;
  for (const auto& r : c.t.rows) {
    if (r.level == 0 && r.is_total) { if (!total) total = &r; continue; }
    if (r.level == 1) { level1.push_back(&r); groups.push_back({&r, {}}); }
    else if (r.level == 2 && !groups.empty()) groups.back().second.push_back(&r);
  }
  for (int col : side_columns(c.t, "")) {
    if (total && !level1.empty()) sum_check(c, *total, level1, col, "下级各行");
    for (const auto& [parent, kids] : groups)
      if (!kids.empty()) sum_check(c, *parent, kids, col, "所属各行");
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
    for (int col : side_columns(c.t, "")) sum_check(c, *t->second, parts[g], col, "本组各行");
  }
  check_codes(c, "", false);
}

bool is_detail_label(const std::string& name) {
  for (const auto& l : two_sided_detail_labels())
    if (contains(name, l)) return true;
  return false;
}

// 收支总表: per side, 本年合计 = Σ items, 总计 = 本年合计 + the rows between; then 收入总计 = 支出总计.
void check_two_sided(const TableContext& c) {
  const Row* grand[2] = {nullptr, nullptr};
  const char* sides[2] = {"income", "expenditure"};
  for (int s = 0; s < 2; ++s) {
    auto rows = rows_of_side(c.t, sides[s]);
    const Row* current = nullptr;
    std::vector<const Row*> items, between;
    for (const Row* r : rows) {
      if (r->is_total) {
        if (!current) current = r;
        else grand[s] = r;
        continue;
      }
      if (strip_blanks(r->name).empty()) continue;
      if (!current) items.push_back(r);
      else if (!is_detail_label(strip_blanks(r->name))) between.push_back(r);
    }
    if (!current) continue;
    std::vector<const Row*> with_current = between;
    with_current.insert(with_current.begin(), current);
    for (int col : side_columns(c.t, sides[s])) {
      if (!items.empty()) sum_check(c, *current, items, col, s == 0 ? "各项收入" : "各类支出");
      if (grand[s]) sum_check(c, *grand[s], with_current, col, s == 0 ? "本年收入合计与结转等各行" : "本年支出合计与结转等各行");
    }
  }
  if (grand[0] && grand[1]) {
    auto icols = side_columns(c.t, "income");
    auto ecols = side_columns(c.t, "expenditure");
    if (icols.empty() || ecols.empty()) return;
    int ci = icols.front();
    if (!grand[0]->values[ci] || !grand[1]->values[ecols.front()]) return;
    Finding f;
    f.id = "sum-mismatch";
    f.table = c.t.id;
    f.lines = {grand[1]->line, grand[0]->line};
    f.expected = *grand[0]->values[ci];
    f.actual = *grand[1]->values[ecols.front()];
    f.message = "表“" + c.t.title + "”第" + std::to_string(grand[1]->line) + "行：支出方“" +
                strip_blanks(grand[1]->name) + "”" + figure(f.actual) + "应等于收入方“" +
                strip_blanks(grand[0]->name) + "”" + figure(f.expected);
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
    TableContext c{d, t, out};
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
