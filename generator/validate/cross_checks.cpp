// Across tables: the same figure wherever it appears, and the figures bounded by others.
#include <algorithm>
#include <cmath>
#include <tuple>
#include <map>

#include "common/text.h"
#include "validate/checks.h"
#include "validate/tolerance.h"

namespace budgetsite {

namespace {

bool on_side(const Row& r, const std::string& side) { return side.empty() || r.side == side; }

bool names_contain(const Row& r, const std::string& label) {
  return contains(strip_blanks(r.name), label) || contains(strip_blanks(r.name2), label);
}

// The tables of the terms and the lines read, as a wording (check.term*).
nlohmann::json describe(const Disclosure& d, const std::vector<Term>& terms, const std::vector<int>& lines) {
  std::vector<std::string> titles;
  for (const auto& t : terms) {
    std::string title = table_title(d, t.table);
    if (std::find(titles.begin(), titles.end(), title) == titles.end()) titles.push_back(title);
  }
  return nested_wording(lines.empty() ? "check.term_unlined" : "check.term",
                        {{"tables", word_list(titles, "list.separator", "list.quote")}, {"lines", lines}});
}

// `value` printed in any column of the rows at `lines` of the terms' tables.
bool figure_in_rows(const Disclosure& d, const std::vector<Term>& terms, const std::vector<int>& lines, double value) {
  for (const auto& term : terms) {
    const Table* t = d.table(term.table);
    if (!t) continue;
    for (const auto& r : t->rows) {
      if (std::find(lines.begin(), lines.end(), r.line) == lines.end()) continue;
      for (const auto& v : r.values)
        if (v && std::fabs(*v - value) < 0.005) return true;
    }
  }
  return false;
}

}  // namespace

std::optional<TermValue> resolve(const Disclosure& d, const Term& term) {
  const Table* t = d.table(term.table);
  if (!t || !t->present) return std::nullopt;
  TermValue v;
  if (t->no_data) return v;
  if (t->rows.empty()) return std::nullopt;  // unread: its figures are unknown, not 0
  // A table with figures the reading could not place: its figures are not sure.
  for (const auto& c : d.checks)
    if (c.id == "unparsed" && c.table == term.table) return std::nullopt;
  int col = -1;
  // "amount": the side's one figure column, whatever its heading calls it (金额, 预算数 …).
  if (term.column.empty() || (term.column == "amount" && t->column_index("amount", term.side) < 0)) {
    for (size_t i = 0; i < t->columns.size() && col < 0; ++i)
      if (term.side.empty() || t->columns[i].side == term.side) col = static_cast<int>(i);
  } else {
    col = t->column_index(term.column, term.side);
  }
  if (col < 0) return std::nullopt;
  bool sure = true;  // every row taken was read surely
  // A table set out in blocks side by side (a 决算 基本支出明细表): a row's figure is in its own
  // block's column.
  auto column_for = [&](const Row& r) {
    if (!term.side.empty() || r.side.empty() || !(term.column.empty() || term.column == "amount")) return col;
    for (size_t i = 0; i < t->columns.size(); ++i)
      if (t->columns[i].side == r.side) return static_cast<int>(i);
    return col;
  };
  auto take = [&](const Row& r) {
    sure &= r.complete;
    double x = cell(*t, r, column_for(r));
    v.value += x;
    if (x != 0) ++v.parts;
    v.lines.push_back(r.line);
  };
  const std::string& sel = term.selector;
  auto arg = [&](const char* prefix) { return sel.substr(std::string(prefix).size()); };
  bool single = sel == "total" || sel == "first" || sel.starts_with("label:");
  for (const auto& r : t->rows) {
    if (!on_side(r, term.side)) continue;
    bool hit = sel == "total"               ? (r.is_total && r.level == 0)
               : sel == "first"             ? true
               : sel.starts_with("label:")  ? names_contain(r, arg("label:"))
               : sel.starts_with("labels:") ? names_contain(r, arg("labels:"))
               : sel.starts_with("code:")   ? r.code == arg("code:")
               : sel.starts_with("group:")  ? (r.group == arg("group:") && r.level >= 1)
                                            : false;
    if (!hit) continue;
    take(r);
    if (single) return sure ? std::optional<TermValue>(v) : std::nullopt;
  }
  if (single || !sure) return std::nullopt;
  return v;
}

void check_across_tables(const Disclosure& d, std::vector<Check>& out) {
  auto applies = [&](const std::vector<std::string>& families, Kind kind) {
    return kind == d.kind && (families.empty() ||
                              std::find(families.begin(), families.end(), d.template_id) != families.end());
  };
  for (const auto& rule : cross_rules()) {
    if (!applies(rule.families, rule.kind)) continue;
    TermValue lhs, rhs;
    bool complete = true;
    for (auto [terms, into] : {std::pair{&rule.lhs, &lhs}, std::pair{&rule.rhs, &rhs}}) {
      for (const auto& term : *terms) {
        auto v = resolve(d, term);
        if (!v) { complete = false; break; }
        into->value += v->value;
        into->parts += std::max(v->parts, 1);
        into->lines.insert(into->lines.end(), v->lines.begin(), v->lines.end());
      }
    }
    if (!complete) continue;
    double half_units = 0.005 * (lhs.parts + rhs.parts);
    Verdict verdict;
    if (rule.relation == Relation::equal) {
      verdict = compare(lhs.value, rhs.value, half_units);
    } else {
      double excess = lhs.value - rhs.value;
      verdict = excess < 0.0005 ? Verdict::equal : excess <= half_units + 1e-9 ? Verdict::rounding : Verdict::mismatch;
    }
    Finding f;
    f.id = rule.relation == Relation::equal ? "cross-table-mismatch" : "bound-exceeded";
    f.table = rule.lhs.front().table;
    f.lines = lhs.lines;
    f.lines.insert(f.lines.end(), rhs.lines.begin(), rhs.lines.end());
    f.expected = rhs.value;
    f.actual = lhs.value;
    f.wording = {{rule.relation == Relation::equal ? "check.cross_equal" : "check.cross_at_most",
                  {{"rule", rule.what}, {"lhs", describe(d, rule.lhs, lhs.lines)}, {"actual", figure(lhs.value)},
                   {"rhs", describe(d, rule.rhs, rhs.lines)}, {"expected", figure(rhs.value)}}}};
    // A blank on one side where the other side's figure stands in another column of the same
    // row: more likely a column misread (or misaligned by the file) than the department's error.
    bool misplaced = false;
    if (rule.relation == Relation::equal && (lhs.value == 0) != (rhs.value == 0)) {
      const auto& [blank_terms, blank, other] =
          lhs.value == 0 ? std::tuple{&rule.lhs, &lhs, rhs.value} : std::tuple{&rule.rhs, &rhs, lhs.value};
      misplaced = figure_in_rows(d, *blank_terms, blank->lines, other);
    }
    if (misplaced && verdict == Verdict::mismatch) {
      f.wording.insert(f.wording.begin(), Wording{"check.unsure_reading"});
      f.wording.push_back({"check.figure_in_other_column"});
      report(out, verdict, f, "warning");
    } else {
      report(out, verdict, f);
    }
  }

  for (const auto& rule : class_rules()) {
    if (!applies(rule.families, rule.kind)) continue;
    const Table* a = d.table(rule.a.table);
    const Table* b = d.table(rule.b.table);
    if (!a || !b || !a->present || !b->present) continue;
    int ca = a->column_index(rule.a.column, rule.a.side);
    int cb = b->column_index(rule.b.column, rule.b.side);
    if (ca < 0 || cb < 0) continue;
    // A 类 row by its code, or by its name where the table prints none ("一、一般公共服务支出").
    auto class_of = [](const Row& r) -> std::string {
      if (r.code.size() == 3) return r.code;
      if (!r.code.empty()) return "";
      const FunctionClass* fc = function_class_by_label(r.name);
      return fc ? fc->code : "";
    };
    std::map<std::string, std::pair<const Row*, const Row*>> classes;
    for (const auto& r : a->rows)
      if (on_side(r, rule.a.side) && !class_of(r).empty()) classes[class_of(r)].first = &r;
    for (const auto& r : b->rows)
      if (on_side(r, rule.b.side) && !class_of(r).empty()) classes[class_of(r)].second = &r;
    for (const auto& [code, pair] : classes) {
      // A class only one table's reading found, or a row not read surely, is not compared:
      // not read is never 0.
      if (!pair.first || !pair.second || !pair.first->complete || !pair.second->complete) continue;
      if (!pair.first->values[ca] && !pair.second->values[cb]) continue;
      double va = cell(*a, *pair.first, ca);
      double vb = cell(*b, *pair.second, cb);
      if (va == 0 && vb == 0) continue;
      const Row* named = pair.first ? pair.first : pair.second;
      Finding f;
      f.id = "cross-table-mismatch";
      f.table = a->id;
      if (pair.first) f.lines.push_back(pair.first->line);
      if (pair.second) f.lines.push_back(pair.second->line);
      f.expected = vb;
      f.actual = va;
      f.wording = {{"check.class_across",
                    {{"rule", rule.what}, {"code", code}, {"name", strip_blanks(named->name)}, {"table_a", a->title},
                     {"line_a", pair.first->line}, {"actual", figure(va)}, {"table_b", b->title},
                     {"line_b", pair.second->line}, {"expected", figure(vb)}}}};
      report(out, compare(va, vb, 0.01), f);
    }
  }
}

}  // namespace budgetsite
