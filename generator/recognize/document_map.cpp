#include "recognize/document_map.h"

#include <algorithm>
#include <map>

#include "common/text.h"

namespace budgetsite {

const TableRegion* DocumentMap::table(const std::string& id) const {
  for (const auto& t : tables)
    if (t.spec->id == id) return &t;
  return nullptr;
}

const PartRegion* DocumentMap::part(int number) const {
  for (const auto& p : parts)
    if (p.number == number) return &p;
  return nullptr;
}

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

bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

// The official numbering label a line carries ("预算公开表1", "部门公开表9", "公开01表", "公开02"),
// or "" when the line is not such a label.
std::string numbering_label(const std::string& line) {
  std::string s = strip_blanks(line);
  for (const char* prefix : {"预算公开表", "部门公开表", "单位公开表", "公开表"}) {
    if (starts_with(s, prefix)) {
      std::string rest = s.substr(std::string(prefix).size());
      if (!rest.empty() && std::all_of(rest.begin(), rest.end(), is_digit)) return s;
    }
  }
  if (starts_with(s, "公开")) {
    std::string rest = s.substr(6);
    if (ends_with(rest, "表")) rest = rest.substr(0, rest.size() - 3);
    if (!rest.empty() && rest.size() <= 3 && std::all_of(rest.begin(), rest.end(), is_digit)) return s;
  }
  return "";
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

// The title with numbering, year and TOC decoration removed.
std::string title_core(const std::string& line) {
  std::string s = line;
  if (size_t tab = s.find('\t'); tab != std::string::npos) s = s.substr(0, tab);
  s = strip_blanks(s);
  if (size_t dots = s.find(".."); dots != std::string::npos) s = s.substr(0, dots);
  if (size_t dots = s.find("…"); dots != std::string::npos) s = s.substr(0, dots);
  for (const char* prefix : {"预算公开表", "部门公开表", "单位公开表", "附表"}) {
    if (starts_with(s, prefix)) {
      size_t i = std::string(prefix).size();
      while (i < s.size() && is_digit(s[i])) ++i;
      s = s.substr(i);
    }
  }
  if (starts_with(s, "表")) {
    size_t n = chinese_numeral_prefix(s.substr(3));
    if (n > 0) s = s.substr(3 + n);
    else {
      size_t i = 3;
      while (i < s.size() && is_digit(s[i])) ++i;
      if (i > 3) s = s.substr(i);
    }
  } else if (size_t n = chinese_numeral_prefix(s); n > 0 && s.substr(n, 3) == "、") {
    s = s.substr(n + 3);
  }
  if (s.size() >= 7 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3])) {
    if (s.substr(4, 6) == "年度") s = s.substr(10);
    else if (s.substr(4, 3) == "年") s = s.substr(7);
  }
  return s;
}

bool prefix_allowed(const std::string& prefix) {
  if (prefix.empty()) return true;
  // Only a name or a year may precede a title: no figures.
  std::string without_year = prefix;
  for (const char* y : {"年度", "年"})
    if (ends_with(without_year, y)) {
      without_year = without_year.substr(0, without_year.size() - std::string(y).size());
      size_t d = without_year.size();
      while (d > 0 && isdigit(static_cast<unsigned char>(without_year[d - 1]))) --d;
      if (without_year.size() - d == 4) without_year = without_year.substr(0, d);
      break;
    }
  if (std::any_of(without_year.begin(), without_year.end(), [](char c) { return isdigit(static_cast<unsigned char>(c)) || c == '.'; }))
    return false;
  if (without_year.empty()) return true;
  if (ends_with(prefix, "年") || ends_with(prefix, "年度") || ends_with(prefix, "部门") ||
      ends_with(prefix, "单位"))
    return true;
  for (const auto& suffix : organization_suffixes())
    if (ends_with(prefix, suffix)) return true;
  return false;
}

bool rest_allowed(const std::string& rest, const TableSpec& spec) {
  if (!spec.qualifier.empty() && !contains(rest, spec.qualifier)) return false;
  if (rest.empty()) return true;
  if (starts_with(rest, "（") || starts_with(rest, "(")) return true;
  return !numbering_label(rest).empty();
}

// The lines between a title and its header that name the entity, the unit and the year.
bool is_meta_line(const std::string& trimmed) {
  std::string s = strip_blanks(trimmed);
  for (const char* key : {"部门名称", "单位名称：", "单位名称:", "单位：", "单位:", "金额单位", "编制单位", "填报单位"})
    if (starts_with(s, key)) return true;
  if (s == "万元" || s == "元" || s == "表") return true;
  // "2023年度" alone; "(2024年度)".
  std::string y = s;
  if (starts_with(y, "(") || starts_with(y, "（")) y = y.substr(starts_with(y, "(") ? 1 : 3);
  return y.size() >= 10 && y.size() <= 14 && isdigit(static_cast<unsigned char>(y[0])) && y.substr(4, 6) == "年度";
}

bool names_tables_part(const std::string& heading) {
  return contains(heading, "报表") || contains(heading, "预算表") || contains(heading, "决算表");
}

bool looks_like_prose(const std::string& line) {
  if (length_cp(line) > 70) return true;
  for (const char* mark : {"，", "。", "；", "：", ":"})
    if (contains(line, mark)) return true;
  return false;
}

Kind guess_kind_from_cover(const SourceText& text, bool* known) {
  int budget = 0, final_accounts = 0;
  for (int i = 1; i <= text.line_count(); ++i) {
    std::string s = strip_blanks(text.line(i));
    if (s.size() > 90) continue;
    for (const char* w : {"预算公开", "部门预算", "单位预算", "预算报表"})
      if (contains(s, w)) ++budget;
    for (const char* w : {"决算公开", "部门决算", "单位决算", "决算表"})
      if (contains(s, w)) ++final_accounts;
  }
  *known = budget + final_accounts > 0;
  return final_accounts > budget ? Kind::final_accounts : Kind::budget;
}

std::optional<int> year_of(const std::string& line) {
  std::string s = strip_blanks(line);
  for (size_t i = 0; i + 4 < s.size(); ++i) {
    if (s[i] == '2' && s[i + 1] == '0' && is_digit(s[i + 2]) && is_digit(s[i + 3]) &&
        s.substr(i + 4, 3) == "年" && (i == 0 || !is_digit(s[i - 1])))
      return std::stoi(s.substr(i, 4));
  }
  return std::nullopt;
}

// A line that may be the first half of a wrapped title: it starts like one of the titles.
bool begins_title(const std::string& line, Kind kind) {
  std::string core = title_core(line);
  if (core.size() < 12) return false;
  for (const auto& spec : table_catalog()) {
    if (spec.kind != kind) continue;
    for (const auto& alias : spec.titles)
      if (starts_with(core, alias.substr(0, std::min(alias.size(), core.size()))) || starts_with(core, alias)) return true;
  }
  return false;
}

}  // namespace

const TableSpec* match_table_title(const std::string& line, Kind kind) {
  // Where every title of the catalog names a 表, a line without one is no title (checked
  // before any copy: most lines of a long document are prose).
  static const bool titles_name_a_table = [] {
    for (const auto& spec : table_catalog())
      for (const auto& alias : spec.titles)
        if (alias.find("表") == std::string::npos) return false;
    return true;
  }();
  if (titles_name_a_table && line.find("表") == std::string::npos) return nullptr;
  std::string core = title_core(line);
  if (core.empty() || looks_like_prose(core)) return nullptr;
  const TableSpec* best = nullptr;
  size_t best_len = 0;
  for (const auto& spec : table_catalog()) {
    if (spec.kind != kind) continue;
    for (const auto& alias : spec.titles) {
      size_t p = core.find(alias);
      if (p == std::string::npos || alias.size() <= best_len) continue;
      if (!prefix_allowed(core.substr(0, p))) continue;
      if (!rest_allowed(core.substr(p + alias.size()), spec)) continue;
      best = &spec;
      best_len = alias.size();
    }
  }
  return best;
}

DocumentMap map_document(const SourceText& text) {
  DocumentMap map;
  const int n = text.line_count();

  // Kind: the official titles decide; the cover wording breaks ties.
  int title_hits[2] = {0, 0};
  for (int i = 1; i <= n; ++i) {
    const std::string& l = text.line(i);
    if (l.size() > 160) continue;
    if (match_table_title(l, Kind::budget)) ++title_hits[0];
    if (match_table_title(l, Kind::final_accounts)) ++title_hits[1];
  }
  bool cover_known = false;
  Kind cover_kind = guess_kind_from_cover(text, &cover_known);
  if (title_hits[0] == 0 && title_hits[1] == 0 && !cover_known)
    throw InputError(text.file, 0,
                     "not a budget or final-accounts disclosure: no table of the official 预算公开/决算公开 set and no "
                     "预算/决算 title found");
  map.kind_known = true;
  if (title_hits[0] != title_hits[1])
    map.kind = title_hits[1] > title_hits[0] ? Kind::final_accounts : Kind::budget;
  else
    map.kind = cover_kind;

  // 目录: from its heading to the repeat of the first part heading.
  int toc_start = 0;
  for (int i = 1; i <= std::min(n, 80); ++i)
    if (strip_blanks(text.line(i)) == "目录") { toc_start = i; break; }
  int first_body = 1;
  if (toc_start) {
    std::map<int, int> seen_parts;
    int end = toc_start;
    for (int i = toc_start + 1; i <= n; ++i) {
      std::string t = trim(text.line(i));
      int number;
      if (is_part_heading(t, &number)) {
        if (seen_parts.count(number)) break;
        seen_parts[number] = i;
      }
      end = i;
      if (t.empty()) continue;
      TocEntry entry;
      entry.line = i;
      entry.text = t;
      if (size_t tab = entry.text.find('\t'); tab != std::string::npos) entry.text = entry.text.substr(0, tab);
      if (size_t dots = entry.text.find(".."); dots != std::string::npos) entry.text = trim(entry.text.substr(0, dots));
      if (const TableSpec* spec = match_table_title(t, map.kind)) entry.table_id = spec->id;
      map.toc.push_back(entry);
    }
    map.toc_end_line = end;
    first_body = end + 1;
  }

  // Parts: strictly increasing numbers; a repeated or lower number is a page header.
  std::vector<int> noise;  // lines inside the body that only repeat a heading
  for (int i = first_body; i <= n; ++i) {
    std::string t = trim(text.line(i));
    int number;
    if (!is_part_heading(t, &number) || looks_like_prose(t)) continue;
    if (!map.parts.empty() && number <= map.parts.back().number) {
      noise.push_back(i);
      continue;
    }
    if (!map.parts.empty()) map.parts.back().end_line = i - 1;
    map.parts.push_back({number, t, i, n});
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
    map.performance.push_back(region);
  }
  // Each region's anchor: its first 主管部门 row (or its first line).
  std::vector<int> region_anchor;
  for (const auto& r : map.performance) {
    int anchor = r.begin;
    for (int a : anchors)
      if (a >= r.begin) { anchor = a; break; }
    region_anchor.push_back(anchor);
  }
  for (size_t k = 0; k < map.performance.size(); ++k) {
    auto& region = map.performance[k];
    int limit = k + 1 < map.performance.size() ? map.performance[k + 1].begin - 1 : n;
    for (const auto& part : map.parts)
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
  auto in_form = [&](int line) {
    for (const auto& r : map.performance)
      if (line >= r.begin && line <= r.end) return true;
    return false;
  };

  // Tables: the first title of each official table after the 目录 opens its region; a
  // repeat of the same title (a page header) is noise inside it.
  for (int i = first_body; i <= n; ++i) {
    const std::string& raw = text.line(i);
    if (raw.size() > 200 || in_form(i)) continue;
    const TableSpec* spec = match_table_title(raw, map.kind);
    std::string title = trim(raw);
    // A title wrapped onto the next line ("…分经济科目表（不含上年" / "结转）").
    if (!spec && i < n && length_cp(title) < 40 && !looks_like_prose(title) && begins_title(title, map.kind)) {
      std::string joined = title + trim(text.line(i + 1));
      if ((spec = match_table_title(joined, map.kind))) title = joined;
    }
    if (!spec) continue;
    if (!map.tables.empty() && map.tables.back().spec == spec) {
      auto& open = map.tables.back();
      // A page header repeats the title just before the real one: the later line is the title.
      if (i - open.title_line <= 6) {
        open.noise_lines.push_back(open.title_line);
        open.title = title;
        open.title_line = i;
        open.body_begin = i + 1;
      } else {
        open.noise_lines.push_back(i);
      }
      continue;
    }
    bool seen = false;
    for (const auto& t : map.tables) seen |= t.spec == spec;
    if (seen) { noise.push_back(i); continue; }
    TableRegion region;
    region.spec = spec;
    region.title = title;
    region.title_line = i;
    region.body_begin = i + 1;
    map.tables.push_back(region);
  }
  // Region ends: the next table, part heading or performance form.
  for (size_t k = 0; k < map.tables.size(); ++k) {
    auto& region = map.tables[k];
    int limit = k + 1 < map.tables.size() ? map.tables[k + 1].title_line - 1 : n;
    // The heading of the tables part itself can fall inside a table (a page header).
    for (const auto& part : map.parts)
      if (part.line > region.title_line && part.line - 1 < limit && !names_tables_part(part.heading))
        limit = part.line - 1;
    for (const auto& form : map.performance)
      if (form.begin > region.title_line && form.begin - 1 < limit) limit = form.begin - 1;
    region.body_end = limit;
    // The next table's numbering label and page header may precede its title.
    while (region.body_end >= region.body_begin) {
      std::string t = trim(text.line(region.body_end));
      if (t.empty() || !numbering_label(t).empty() || match_table_title(t, map.kind)) {
        if (!t.empty()) region.noise_lines.push_back(region.body_end);
        --region.body_end;
        continue;
      }
      break;
    }
    // Own numbering label: nearest to the title, after it first (决算) then before (预算).
    for (int d : {1, 2, 3, 4, -1, -2, -3}) {
      int i = region.title_line + d;
      if (i < 1 || i > n) continue;
      std::string label = numbering_label(text.line(i));
      if (label.empty()) continue;
      if (i + 1 <= n && strip_blanks(text.line(i + 1)) == "表" && !ends_with(label, "表")) label += "表";
      else if (i + 2 <= n && strip_blanks(text.line(i + 1)).empty() && strip_blanks(text.line(i + 2)) == "表" &&
               !ends_with(label, "表"))
        label += "表";
      region.number_label = label;
      break;
    }
    for (int i = region.body_begin; i <= region.body_end; ++i) {
      const std::string& l = text.line(i);
      if (contains(l, "本表无数据")) region.no_data = true;
      std::string t = trim(l);
      int number;
      if (!numbering_label(t).empty() || (is_part_heading(t, &number) && !looks_like_prose(t)) || is_meta_line(t))
        region.noise_lines.push_back(i);
    }
    for (int line : noise)
      if (line >= region.body_begin && line <= region.body_end) region.noise_lines.push_back(line);
    std::sort(region.noise_lines.begin(), region.noise_lines.end());
    region.noise_lines.erase(std::unique(region.noise_lines.begin(), region.noise_lines.end()),
                             region.noise_lines.end());
  }

  // Year: the most common year in the table titles and the cover.
  std::map<int, int> years;
  for (const auto& t : map.tables)
    if (auto y = year_of(t.title)) ++years[*y];
  for (int i = 1; i <= std::min(n, 12); ++i)
    if (auto y = year_of(text.line(i))) years[*y] += 2;
  for (const auto& p : map.parts)
    if (auto y = year_of(p.heading)) ++years[*y];
  if (years.empty())
    for (int i = 1; i <= n; ++i) {
      std::string s = strip_blanks(text.line(i));
      if (s.size() <= 24 && (ends_with(s, "年度")))
        if (auto y = year_of(s)) ++years[*y];
    }
  int best = 0;
  for (auto& [y, count] : years)
    if (count > best) { best = count; map.year = y; }
  return map;
}

}  // namespace budgetsite
