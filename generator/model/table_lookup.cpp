#include "model/table_lookup.h"

#include <algorithm>

#include "common/text.h"
#include "recognize/rows.h"
#include "recognize/vocabulary.h"

namespace budgetsite {

Amount in_wan(const Table& t, Amount v) {
  if (!v) return v;
  return *v * unit_in_wan(t.unit);
}

namespace {

const RowLabels* labels_for(const std::string& figure) {
  for (const auto& l : headline_row_labels())
    if (l.figure == figure) return &l;
  return nullptr;
}

}  // namespace


bool is_previous_or_change(const std::string& heading) {
  return contains(heading, "上年") || contains(heading, "增减") || contains(heading, "变化") || contains(heading, "变动");
}

int first_column(const Table& t, const std::string& side) {
  int first = -1, latest_year = 0;
  for (const auto& c : t.columns)
    if (side.empty() || c.side == side) latest_year = std::max(latest_year, year_in(strip_blanks(c.label + c.group)).value_or(0));
  for (size_t i = 0; i < t.columns.size(); ++i) {
    if (!side.empty() && t.columns[i].side != side) continue;
    const std::string label = strip_blanks(t.columns[i].label);
    const int year = year_in(strip_blanks(t.columns[i].label + t.columns[i].group)).value_or(0);
    bool previous = contains(label, "上年") || is_previous_or_change(t.columns[i].group) || contains(label, "执行数") || t.columns[i].key == "previous_executed" ||
                    (year > 0 && year < latest_year);
    if (first < 0) first = static_cast<int>(i);
    if (!previous) return static_cast<int>(i);
  }
  return first;
}

const Row* side_row(const Table& t, const std::string& side, const std::string& figure, int* column) {
  const RowLabels* labels = labels_for(figure);
  int col = first_column(t, side);
  if (!labels || col < 0) return nullptr;
  // Every expenditure block (by function, by use, by economic class) belongs to the
  // expenditure side: a total printed under any of them is the side's total.
  auto on_side = [&](const Row& r) { return side.empty() || r.side.empty() || starts_with(r.side, side); };
  auto found = [&](const Row& r) {
    int c = col;
    if (r.side != side)  // the first column of the row's own block
      for (size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i].side == r.side) { c = static_cast<int>(i); break; }
    *column = c;
    return &r;
  };
  for (const auto& e : labels->exact)
    for (const auto& r : t.rows)
      if (on_side(r) && (bare_label(r.name) == e || strip_blanks(r.name) == e)) return found(r);
  for (const auto& c : labels->contains)
    for (const auto& r : t.rows)
      if (on_side(r) && contains(strip_blanks(r.name), c)) return found(r);
  return nullptr;
}

Amount side_figure(const Table& t, const std::string& side, const std::string& figure) {
  int col = -1;
  const Row* r = side_row(t, side, figure, &col);
  return r ? in_wan(t, r->values[col]) : std::nullopt;
}

// The 合计 row; a table of one unlabelled row of figures is its own total, and so is the row of
// the department itself where rows are keyed by 预算单位 ("深圳市统计局（本级）").
const Row* total_row(const Table& t, const std::string& entity) {
  for (const auto& r : t.rows)
    if (r.is_total && r.side.empty()) return &r;
  if (!entity.empty())
    for (const auto& r : t.rows) {
      std::string n = strip_blanks(r.name);
      for (const char* mark : {"（本级）", "(本级)", "（汇总）", "(汇总)"})
        if (size_t p = n.find(mark); p != std::string::npos) n.erase(p, std::string(mark).size());
      if (n == entity && r.code.empty()) return &r;
    }
  const Row* only = nullptr;
  for (const auto& r : t.rows) {
    bool figures = false;
    for (const auto& v : r.values) figures |= v && *v != 0;
    if (!figures) continue;
    if (only || !r.name.empty() || !r.code.empty()) return nullptr;
    only = &r;
  }
  return only;
}

Amount column_total(const Table& t, const std::string& key, const std::string& entity) {
  int col = t.column_index(key);
  if (col < 0) return std::nullopt;
  if (const Row* r = total_row(t, entity)) return in_wan(t, r->values[col]);
  return std::nullopt;
}

// "人员经费 7263.35 万元", "公用经费为578.91万元": the keyword, then only filler words, then an
// amount in 万元 (or 元; `unit` 辆 for a count). A figure further away may be any other
// figure of the sentence.
Amount stated_amount(const std::string& prose, const std::string& keyword, const std::string& unit,
                     bool starts_word) {
  static const std::vector<std::string> fillers = {" ", "为", "预算", "支出", "安排", "：", ":", "共计", "合计", "总计", "总额", "共"};
  for (size_t p = prose.find(keyword); p != std::string::npos; p = prose.find(keyword, p + 1)) {
    if (starts_word && p >= 3) {
      std::u32string before = to_u32(prose.substr(p - 3, 3));
      if (before.size() == 1 && before[0] >= 0x4E00 && before[0] <= 0x9FFF) continue;
    }
    size_t i = p + keyword.size();
    for (bool moved = true; moved;) {
      moved = false;
      for (const auto& f : fillers)
        if (prose.compare(i, f.size(), f) == 0) { i += f.size(); moved = true; }
      // A short note in brackets: "机关运行经费（公用经费）预算总额为1703.46万元".
      for (const char* open : {"（", "("}) {
        if (prose.compare(i, std::string(open).size(), open) != 0) continue;
        size_t close = prose.find(std::string(open) == "（" ? "）" : ")", i);
        if (close != std::string::npos && close - i <= 30) {
          i = close + (std::string(open) == "（" ? 3 : 1);
          moved = true;
        }
      }
      // The year it is for: "机关运行经费2026年预算为12.34万元".
      if (i + 7 <= prose.size() && std::all_of(prose.begin() + i, prose.begin() + i + 4, [](char c) { return isdigit(static_cast<unsigned char>(c)); }) &&
          prose.compare(i + 4, 3, "年") == 0) {
        i += 7;
        if (prose.compare(i, 3, "度") == 0) i += 3;
        moved = true;
      }
    }
    size_t j = i;
    while (j < prose.size() && (isdigit(static_cast<unsigned char>(prose[j])) || prose[j] == ',' || prose[j] == '.')) ++j;
    if (j == i) continue;
    auto v = parse_number(prose.substr(i, j - i));
    while (j < prose.size() && prose[j] == ' ') ++j;
    if (unit != "万元") {
      if (v && prose.compare(j, unit.size(), unit) == 0) return v;
      continue;
    }
    if (v && prose.compare(j, 6, "万元") == 0) return v;
    if (v && prose.compare(j, 3, "元") == 0) return *v / 10000;
  }
  return std::nullopt;
}

}  // namespace budgetsite
