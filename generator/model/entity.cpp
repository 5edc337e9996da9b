#include <map>

#include "common/text.h"
#include "model/parse.h"

namespace budgetsite {

namespace {

const char* kDepartmentMarks[] = {"[部门]", "（部门）", "(部门)", "【部门】"};

std::string without_department_mark(std::string name) {
  for (const char* mark : kDepartmentMarks)
    if (size_t p = name.find(mark); p != std::string::npos) name.erase(p, std::string(mark).size());
  return trim(name);
}

bool looks_like_organization(const std::string& s) {
  std::string n = without_department_mark(strip_blanks(s));
  if (n.empty() || length_cp(n) > 30) return false;
  for (const auto& suffix : organization_suffixes())
    if (ends_with(n, suffix)) return true;
  return false;
}

// The value of a "部门名称：X" / "单位名称：X" meta line, cut before what shares its line.
std::string meta_name(const std::string& line) {
  std::string s = trim(line);
  for (const char* key : {"部门名称：", "单位名称：", "部门名称:", "单位名称:", "单位：", "部门："}) {
    size_t p = s.find(key);
    if (p != 0) continue;
    std::string rest = s.substr(std::string(key).size());
    for (const char* stop : {" ", "\t", "\xE3\x80\x80", "单位：", "单位:", "金额单位"}) {
      size_t q = rest.find(stop);
      if (q != std::string::npos) rest = rest.substr(0, q);
    }
    // "…局2024年度" on one line: cut the year.
    for (size_t i = 0; i + 4 < rest.size(); ++i)
      if (rest[i] == '2' && rest[i + 1] == '0' && isdigit(static_cast<unsigned char>(rest[i + 2])) &&
          isdigit(static_cast<unsigned char>(rest[i + 3]))) {
        rest = rest.substr(0, i);
        break;
      }
    return trim(rest);
  }
  return "";
}

}  // namespace

Entity read_entity(const SourceText& text, const DocumentMap& map) {
  Entity e;
  std::map<std::string, int> votes;
  std::map<std::string, int> first_seen;
  for (int i = 1; i <= text.line_count(); ++i) {
    std::string name = meta_name(text.line(i));
    if (name.empty() || !looks_like_organization(name)) continue;
    if (!votes.count(name)) first_seen[name] = i;
    ++votes[name];
  }
  // The cover: an organization name alone on one of the first lines.
  std::string cover;
  for (int i = 1; i <= std::min(text.line_count(), 8); ++i) {
    std::string t = trim(text.line(i));
    if (!t.empty() && looks_like_organization(t) && !contains(t, "：")) { cover = t; break; }
  }
  std::string best;
  int best_votes = 0;
  for (auto& [name, count] : votes)
    if (count > best_votes || (count == best_votes && first_seen[name] < first_seen[best])) {
      best = name;
      best_votes = count;
    }
  if (!cover.empty() && (best.empty() || without_department_mark(cover) == without_department_mark(best) ||
                         best_votes < 2))
    e.raw_name = cover;
  else
    e.raw_name = best;
  // Prefer the spelling that carries the [部门] mark when both appear.
  for (auto& [name, count] : votes)
    if (without_department_mark(name) == without_department_mark(e.raw_name) && name.size() > e.raw_name.size())
      e.raw_name = name;
  e.name = without_department_mark(e.raw_name);

  // Region: leading administrative areas (…省 …市 …县 …区 …旗 …州 …盟).
  std::u32string n = to_u32(e.name);
  size_t pos = 0;
  const std::u32string suffixes = U"省市县区旗州盟";
  while (pos < n.size()) {
    // 州 ends an area only where no 市/县/区 does (朔州市 is one area, 甘孜州 another).
    size_t end = std::u32string::npos;
    for (const std::u32string& ends : {std::u32string(U"省市县区旗盟"), std::u32string(U"州")}) {
      for (size_t k = pos + 1; k < std::min(n.size(), pos + 8); ++k)
        if (ends.find(n[k]) != std::u32string::npos && suffixes.find(n[pos]) == std::u32string::npos) { end = k; break; }
      if (end != std::u32string::npos) break;
    }
    if (end == std::u32string::npos || n.size() - end - 1 < 2) break;
    pos = end + 1;
  }
  e.region = to_utf8(n.substr(0, pos));
  e.department_type = to_utf8(n.substr(pos));

  // Scope: a department (with subordinate units) or a single unit.
  bool marked = e.raw_name != e.name;
  int dept = 0, unit = 0;
  for (int i = 1; i <= text.line_count(); ++i) {
    std::string s = strip_blanks(text.line(i));
    if (s.size() > 120) continue;
    for (const char* w : {"部门预算", "部门决算"}) dept += contains(s, w);
    for (const char* w : {"单位预算", "单位决算"}) unit += contains(s, w);
  }
  (void)map;
  e.scope = (marked || dept >= unit) ? "department" : "unit";
  return e;
}

}  // namespace budgetsite
