// Across tables: the same figure wherever it appears, and the figures bounded by others.
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

std::string lines_text(const std::vector<int>& lines) {
  if (lines.empty()) return "";
  std::string s = "第";
  for (size_t i = 0; i < lines.size() && i < 6; ++i) s += (i ? "、" : "") + std::to_string(lines[i]);
  if (lines.size() > 6) s += "等";
  return s + "行";
}

std::string describe(const Disclosure& d, const std::vector<Term>& terms, const std::vector<int>& lines) {
  std::string s;
  for (const auto& t : terms) {
    std::string title = "“" + table_title(d, t.table) + "”";
    if (!contains(s, title)) s += (s.empty() ? "" : "、") + title;
  }
  return "表" + s + lines_text(lines);
}

}  // namespace

std::optional<TermValue> resolve(const Disclosure& d, const Term& term) {
  const Table* t = d.table(term.table);
  if (!t || !t->present) return std::nullopt;
  TermValue v;
  if (t->no_data) return v;
  if (t->rows.empty()) return std::nullopt;  // unread: its figures are unknown, not 0
  int col = -1;
  if (term.column.empty()) {
    for (size_t i = 0; i < t->columns.size() && col < 0; ++i)
      if (term.side.empty() || t->columns[i].side == term.side) col = static_cast<int>(i);
  } else {
    col = t->column_index(term.column, term.side);
  }
  if (col < 0) return std::nullopt;
  auto take = [&](const Row& r) {
    double x = cell(*t, r, col);
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
    if (single) return v;
  }
  if (single) return std::nullopt;
  return v;
}

void check_across_tables(const Disclosure& d, std::vector<Check>& out) {
  for (const auto& rule : cross_rules()) {
    if (rule.kind != d.kind) continue;
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
    f.message = rule.what + "：" + describe(d, rule.lhs, lhs.lines) + "为" + figure(lhs.value) + "，" +
                describe(d, rule.rhs, rhs.lines) + "为" + figure(rhs.value) +
                (rule.relation == Relation::equal ? "，两者应相等" : "，前者不应超过后者");
    report(out, verdict, f);
  }

  for (const auto& rule : class_rules()) {
    if (rule.kind != d.kind) continue;
    const Table* a = d.table(rule.a.table);
    const Table* b = d.table(rule.b.table);
    if (!a || !b || !a->present || !b->present) continue;
    int ca = a->column_index(rule.a.column, rule.a.side);
    int cb = b->column_index(rule.b.column, rule.b.side);
    if (ca < 0 || cb < 0) continue;
    std::map<std::string, std::pair<const Row*, const Row*>> classes;
    for (const auto& r : a->rows)
      if (on_side(r, rule.a.side) && r.code.size() == 3) classes[r.code].first = &r;
    for (const auto& r : b->rows)
      if (on_side(r, rule.b.side) && r.code.size() == 3) classes[r.code].second = &r;
    for (const auto& [code, pair] : classes) {
      double va = pair.first ? cell(*a, *pair.first, ca) : 0;
      double vb = pair.second ? cell(*b, *pair.second, cb) : 0;
      if (va == 0 && vb == 0) continue;
      const Row* named = pair.first ? pair.first : pair.second;
      Finding f;
      f.id = "cross-table-mismatch";
      f.table = a->id;
      if (pair.first) f.lines.push_back(pair.first->line);
      if (pair.second) f.lines.push_back(pair.second->line);
      f.expected = vb;
      f.actual = va;
      f.message = rule.what + "：" + code + " " + strip_blanks(named->name) + "在表“" + a->title + "”" +
                  (pair.first ? "第" + std::to_string(pair.first->line) + "行" : "（未列）") + "为" + figure(va) +
                  "，在表“" + b->title + "”" + (pair.second ? "第" + std::to_string(pair.second->line) + "行" : "（未列）") +
                  "为" + figure(vb);
      report(out, compare(va, vb, 0.01), f);
    }
  }
}

}  // namespace budgetsite
