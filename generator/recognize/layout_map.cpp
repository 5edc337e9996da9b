#include "recognize/layout_map.h"

#include <algorithm>

#include "common/text.h"
#include "recognize/layout.h"
#include "recognize/vocabulary.h"

namespace budgetsite {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

const std::string kNumerals = "一二三四五六七八九十";

size_t numeral_run(const std::string& s, size_t at) {
  size_t i = at;
  while (i + 3 <= s.size() && kNumerals.find(s.substr(i, 3)) != std::string::npos) i += 3;
  return i - at;
}
size_t digit_run(const std::string& s, size_t at) {
  size_t i = at;
  while (i < s.size() && is_digit(s[i])) ++i;
  return i - at;
}

// Removes a numbering prefix ("表1", "表一", "公开01表", "公开表1", "部门公开表1", "预算01表",
// "一、", "（一）", "1.", "1．") from `s` (blanks already removed); returns the label or "".
std::string take_numbering(std::string& s) {
  std::string label;
  for (const char* prefix : {"部门公开表", "单位公开表", "预算公开表", "公开表", "附表", "表"}) {
    std::string p = prefix;
    if (!starts_with(s, p)) continue;
    size_t n = digit_run(s, p.size());
    if (n == 0) n = numeral_run(s, p.size());
    if (n == 0) continue;
    size_t end = p.size() + n;
    if (s.compare(end, 1, "-") == 0 || s.compare(end, 1, ":") == 0 || s.compare(end, 1, ".") == 0) ++end;
    else if (s.compare(end, 3, "：") == 0 || s.compare(end, 3, "、") == 0 || s.compare(end, 3, "．") == 0) end += 3;
    label = s.substr(0, p.size() + n);
    s = s.substr(end);
    return label;
  }
  for (const char* prefix : {"公开", "预算"}) {
    std::string p = prefix;
    if (!starts_with(s, p)) continue;
    size_t n = digit_run(s, p.size());
    if (n == 0 || s.compare(p.size() + n, 3, "表") != 0) continue;
    label = s.substr(0, p.size() + n + 3);
    s = s.substr(p.size() + n + 3);
    return label;
  }
  if (size_t n = numeral_run(s, 0); n > 0 && s.compare(n, 3, "、") == 0) {
    label = s.substr(0, n);
    s = s.substr(n + 3);
    return label;
  }
  if (starts_with(s, "（") || starts_with(s, "(")) {
    size_t open = starts_with(s, "（") ? 3 : 1;
    size_t n = numeral_run(s, open);
    if (n > 0) {
      size_t close = open + n;
      if (s.compare(close, 3, "）") == 0 || s.compare(close, 1, ")") == 0) {
        label = s.substr(open, n);
        s = s.substr(close + (s.compare(close, 3, "）") == 0 ? 3 : 1));
        return label;
      }
    }
  }
  if (size_t n = digit_run(s, 0); n > 0 && n <= 2) {
    if (s.compare(n, 1, ".") == 0 || s.compare(n, 1, "、") == 0) {
      label = s.substr(0, n);
      s = s.substr(n + 1);
    } else if (s.compare(n, 3, "．") == 0 || s.compare(n, 3, "、") == 0) {
      label = s.substr(0, n);
      s = s.substr(n + 3);
    }
  }
  return label;
}

// "（预算表1）", "(公开01表)" or a bare numbering label at the end of a title.
std::string take_trailing_label(std::string& s) {
  for (const char* open : {"（", "("}) {
    size_t p = s.rfind(open);
    if (p == std::string::npos || p == 0) continue;
    std::string inner = s.substr(p + std::string(open).size());
    if (ends_with(inner, "）")) inner.resize(inner.size() - 3);
    else if (ends_with(inner, ")")) inner.resize(inner.size() - 1);
    else continue;
    std::string probe = inner;
    std::string label = take_numbering(probe);
    if (!label.empty() && probe.empty()) {
      s = s.substr(0, p);
      return label;
    }
    // Any other parenthesis after the title ("（按支出经济分类科目）") qualifies it: its words
    // stay for the title patterns, after the 表.
    if (ends_with(s.substr(0, p), "表")) {
      s = s.substr(0, p) + "|" + inner;
      return "";
    }
  }
  for (const char* label : {"公开表", "公开", "预算表", "预算"}) {
    size_t p = s.rfind(label);
    if (p == std::string::npos || p == 0) continue;
    std::string tail = s.substr(p);
    std::string probe = tail;
    std::string l = take_numbering(probe);
    if (!l.empty() && probe.empty()) {
      s = s.substr(0, p);
      return l;
    }
  }
  return "";
}

bool looks_like_prose(const std::string& s) {
  for (const char* mark : {"，", "。", "；", "：", ":", "……", "..."})
    if (contains(s, mark)) return true;
  return false;
}

}  // namespace

bool is_numbering_label(const std::string& line) {
  std::string s = strip_blanks(line);
  std::string label = take_numbering(s);
  return !label.empty() && s.empty();
}

std::string layout_title_id(const std::string& line, Kind kind, std::string* number_label) {
  // Every title names a 表; most lines of a document do not (checked before any copy).
  if (line.find("表") == std::string::npos || line.size() > 400) return "";
  std::string s = strip_blanks(line);
  if (s.empty() || length_cp(s) > 48) return "";
  // A 目录 entry ends in a page number after its dots.
  if (contains(s, "..") || contains(s, "…") || contains(s, "·")) return "";
  // The numbering first: its colon ("表1：…") is no sentence's.
  std::string label = take_numbering(s);
  if (looks_like_prose(s)) return "";
  // A figure is never part of a title ("收入总计 1222.75…表二…": a row run into the next title).
  for (size_t i = 1; i + 1 < s.size(); ++i)
    if (s[i] == '.' && is_digit(s[i - 1]) && is_digit(s[i + 1])) return "";
  std::string trailing = take_trailing_label(s);
  if (label.empty()) label = trailing;
  std::string qualifier;
  if (size_t bar = s.find('|'); bar != std::string::npos) {
    qualifier = s.substr(bar + 1);
    s = s.substr(0, bar);
  }
  if (!ends_with(s, "表")) return "";
  // Year and entity before the title: keep what follows "年"/"年度" when a year is printed.
  for (size_t i = 0; i + 4 < s.size(); ++i)
    if (is_digit(s[i]) && digit_run(s, i) == 4 && s.compare(i + 4, 3, "年") == 0) {
      s = s.substr(i + 7);
      if (starts_with(s, "度")) s = s.substr(3);
      break;
    }
  if (length_cp(s) < 3) return "";
  s += qualifier;
  for (const auto& p : title_patterns()) {
    if (p.kind != kind) continue;
    bool ok = true;
    for (const auto& w : p.all) ok &= contains(s, w);
    for (const auto& w : p.none) ok &= !contains(s, w);
    if (!ok) continue;
    if (number_label) *number_label = label;
    return p.id;
  }
  return "";
}

Kind layout_kind(const SourceText& text, bool* known) {
  int budget = 0, final_accounts = 0;
  for (int i = 1; i <= text.line_count(); ++i) {
    const std::string& l = text.line(i);
    if (l.size() > 200) continue;
    std::string s = strip_blanks(l);
    if (!layout_title_id(l, Kind::final_accounts).empty() && contains(s, "决算")) ++final_accounts;
    if (!layout_title_id(l, Kind::budget).empty() && !contains(s, "决算")) ++budget;
  }
  *known = budget + final_accounts > 0;
  return final_accounts > budget ? Kind::final_accounts : Kind::budget;
}

std::vector<LayoutRegion> find_layout_tables(const SourceText& text, Kind kind) {
  const int n = text.line_count();
  std::vector<LayoutRegion> found;
  for (int i = 1; i <= n; ++i) {
    std::string label;
    std::string id = layout_title_id(text.line(i), kind, &label);
    if (id.empty()) continue;
    // The numbering may stand on its own line just above the title ("公开 01 表", "表1").
    if (label.empty())
      for (int k = i - 1; k >= std::max(1, i - 3); --k) {
        std::string above = strip_blanks(text.line(k));
        if (above.empty()) continue;
        std::string probe = above;
        std::string l = take_numbering(probe);
        if (!l.empty() && probe.empty()) label = above;
        break;
      }
    LayoutRegion r;
    r.id = id;
    r.title = trim(text.line(i));
    r.number_label = label;
    r.title_line = i;
    r.begin = i + 1;
    found.push_back(r);
  }
  for (size_t k = 0; k < found.size(); ++k) found[k].end = k + 1 < found.size() ? found[k + 1].title_line - 1 : n;

  // A title repeated on the next page continues the same table.
  std::vector<LayoutRegion> merged;
  for (auto& r : found) {
    if (!merged.empty() && merged.back().id == r.id) {
      merged.back().skip_lines.push_back(r.title_line);
      merged.back().end = r.end;
      continue;
    }
    merged.push_back(r);
  }
  // Units: declared between the title and the header (or on the title line).
  for (auto& r : merged) {
    for (int i = r.title_line; i <= std::min(r.end, r.title_line + 6); ++i) {
      std::string u = declared_unit(text.line(i));
      if (!u.empty()) { r.unit = u; break; }
    }
  }
  // The same table named twice (目录, or a summary page): keep the one with a table's body (a
  // unit declared under its title, or the note that it has no data), then the one with the most
  // lines that hold figures. A 目录 line has no body, but the prose after the last one can hold
  // figures, and a table printed empty has none.
  auto figures = [&](const LayoutRegion& r) {
    int count = 0;
    for (int i = r.begin; i <= r.end; ++i)
      for (const auto& t : layout_tokens(text.line(i)))
        if (t.is_figure()) { ++count; break; }
    return count;
  };
  auto has_body = [&](const LayoutRegion& r) {
    if (!r.unit.empty()) return true;
    for (int i = r.begin; i <= std::min(r.end, r.begin + 25); ++i)
      if (contains(strip_blanks(text.line(i)), "无数据")) return true;
    return false;
  };
  std::vector<LayoutRegion> out;
  for (auto& r : merged) {
    auto same = std::find_if(out.begin(), out.end(), [&](const LayoutRegion& o) { return o.id == r.id; });
    if (same == out.end()) {
      out.push_back(r);
    } else if (const bool a = has_body(r), b = has_body(*same); a != b ? a : figures(r) > figures(*same)) {
      *same = r;
    }
  }
  std::sort(out.begin(), out.end(), [](const LayoutRegion& a, const LayoutRegion& b) { return a.title_line < b.title_line; });
  return out;
}

}  // namespace budgetsite
