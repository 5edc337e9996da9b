#include "recognize/outline.h"

#include <algorithm>
#include <map>

#include "common/text.h"
#include "recognize/catalog.h"

namespace budgetsite {

int chinese_numeral(const std::string& text) {
  static const std::map<std::string, int> digits = {{"一", 1}, {"二", 2}, {"三", 3}, {"四", 4}, {"五", 5},
                                                    {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}};
  std::u32string s = to_u32(text);
  if (s.empty()) return 0;
  int value = 0, pending = 0;
  for (char32_t c : s) {
    std::string ch = to_utf8(std::u32string(1, c));
    if (ch == "十") {
      value += (pending == 0 ? 1 : pending) * 10;
      pending = 0;
    } else if (auto it = digits.find(ch); it != digits.end()) {
      pending = it->second;
    } else {
      return 0;
    }
  }
  return value + pending;
}

namespace {

// Removes a leading run of Chinese numerals; returns the count of bytes removed (0 if none).
size_t chinese_numeral_prefix(const std::string& s) {
  size_t i = 0;
  while (i + 3 <= s.size()) {
    std::string ch = s.substr(i, 3);
    static const std::string numerals = "一二三四五六七八九十";
    if (numerals.find(ch) == std::string::npos) break;
    i += 3;
  }
  return i;
}

bool is_part_heading(const std::string& trimmed, int* number) {
  if (!starts_with(trimmed, "第")) return false;
  size_t p = trimmed.find("部分");
  if (p == std::string::npos || p > 15) return false;
  int n = chinese_numeral(trimmed.substr(3, p - 3));
  if (n == 0) return false;
  *number = n;
  return true;
}

bool looks_like_prose(const std::string& line) {
  if (length_cp(line) > 70) return true;
  for (const char* mark : {"，", "。", "；", "：", ":"})
    if (contains(line, mark)) return true;
  return false;
}

}  // namespace

DocumentOutline outline_document(const SourceText& text) {
  DocumentOutline out;
  const int n = text.line_count();

  // 目录: from its heading to the repeat of the first part heading.
  int toc_start = 0;
  for (int i = 1; i <= std::min(n, 80); ++i)
    if (strip_blanks(text.line(i)) == "目录") { toc_start = i; break; }
  int first_body = 1;
  if (toc_start) {
    std::map<int, int> seen_parts;
    int end = toc_start;
    for (int i = toc_start + 1; i <= n; ++i) {
      int number;
      if (is_part_heading(trim(text.line(i)), &number)) {
        if (seen_parts.count(number)) break;
        seen_parts[number] = i;
      }
      end = i;
    }
    out.toc_end_line = end;
    first_body = end + 1;
  }

  // Parts: strictly increasing numbers; a repeated or lower number is a page header.
  for (int i = first_body; i <= n; ++i) {
    std::string t = trim(text.line(i));
    int number;
    if (!is_part_heading(t, &number) || looks_like_prose(t)) continue;
    if (!out.parts.empty() && number <= out.parts.back().number) continue;
    if (!out.parts.empty()) out.parts.back().end_line = i - 1;
    out.parts.push_back({number, t, i, n});
  }

  // Performance forms: each opens with its title (…绩效目标表 / …绩效自评表); a form whose
  // title was lost is found by its 主管部门 row.
  auto is_form_title = [](const std::string& s) {
    return (contains(s, "绩效") && contains(s, "表")) || (contains(s, "项目支出") && !looks_like_prose(s));
  };
  std::vector<int> anchors, titles;
  for (int i = first_body; i <= n; ++i) {
    std::string s = strip_blanks(text.line(i));
    if (starts_with(s, "主管部门") || starts_with(s, "项目代码") || starts_with(s, "部门（单位）名称") ||
        starts_with(s, "部门(单位)名称"))
      anchors.push_back(i);
    bool marked = false;
    for (const auto& spec : performance_specs()) marked |= contains(s, spec.marker);
    if (marked && length_cp(s) < 60 && !contains(s, "见附件") && !contains(s, "公开情况") && !contains(s, "。"))
      titles.push_back(i);
  }
  std::vector<int> begins;
  for (int t : titles) begins.push_back(t);
  for (int a : anchors) {
    bool covered = false;
    for (int t : titles) covered |= t <= a && a - t <= 10;
    if (covered) continue;
    int begin = a;
    for (int i = a - 1; i >= std::max(first_body, a - 8); --i) {
      std::string s = strip_blanks(text.line(i));
      if (s.empty()) continue;
      if (is_form_title(s) && !contains(s, "公开情况")) { begin = i; break; }
      if (starts_with(s, "(20") || starts_with(s, "（20")) continue;
      if (begin == a) begin = i;  // the project name line, or the 项目名称 row
    }
    begins.push_back(begin);
  }
  std::sort(begins.begin(), begins.end());
  begins.erase(std::unique(begins.begin(), begins.end()), begins.end());
  // A title must be followed by a form: its 主管部门 row (or 项目名称) within a few lines.
  for (int begin : begins) {
    bool has_form = false;
    for (int a : anchors) has_form |= a >= begin && a - begin <= 12;
    for (int i = begin; i <= std::min(n, begin + 12) && !has_form; ++i) {
      std::string s = strip_blanks(text.line(i));
      has_form |= starts_with(s, "项目名称") || contains(s, "实施单位") || contains(s, "预算单位") || contains(s, "项目资金");
    }
    if (!has_form) continue;
    PerformanceRegion region;
    region.title = is_form_title(strip_blanks(text.line(begin))) ? trim(text.line(begin)) : "";
    region.title_line = region.title.empty() ? 0 : begin;
    region.begin = begin;
    region.end = n;
    out.performance.push_back(region);
  }
  // Each region's anchor: its first 主管部门 row (or its first line).
  std::vector<int> region_anchor;
  for (const auto& r : out.performance) {
    int anchor = r.begin;
    for (int a : anchors)
      if (a >= r.begin) { anchor = a; break; }
    region_anchor.push_back(anchor);
  }
  for (size_t k = 0; k < out.performance.size(); ++k) {
    auto& region = out.performance[k];
    int limit = k + 1 < out.performance.size() ? out.performance[k + 1].begin - 1 : n;
    for (const auto& part : out.parts)
      if (part.line > region.begin && part.line - 1 < limit) limit = part.line - 1;
    for (int i = std::max(region_anchor[k], region.begin) + 1; i <= limit; ++i) {
      std::string t = trim(text.line(i));
      if (t.find('\t') != std::string::npos || t.empty()) continue;
      size_t numeral = chinese_numeral_prefix(t);
      if (numeral > 0 && t.substr(numeral, 3) == "、" && length_cp(t) < 40) { limit = i - 1; break; }
    }
    region.end = limit;
    std::string body;
    for (int i = region.begin; i <= region.end; ++i) body += text.line(i);
    region.type = "target";
    for (const auto& spec : performance_specs())
      if (contains(region.title, spec.marker)) region.type = spec.type;
    if (region.type == "target" && (contains(body, "全年执行数") || contains(body, "实际完成值")))
      region.type = "self_evaluation";
    if (region.type == "target" && contains(body, "整体支出")) region.type = "overall_target";
  }
  return out;
}

}  // namespace budgetsite
