// The model of a document laid out by position (pdftotext -layout text, or a PDF): any
// region's template. Tables are found by their titles (recognize/layout_map), read from their
// headers (model/layout_tables), the family decides which tables are expected.
#include <algorithm>
#include <cmath>
#include <map>

#include "common/text.h"
#include "model/layout_tables.h"
#include "model/table_lookup.h"
#include "recognize/cell_text.h"
#include "recognize/outline.h"
#include "model/parse.h"
#include "recognize/families.h"
#include "recognize/layout_map.h"
#include "recognize/vocabulary.h"

namespace budgetsite {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }


// Marks that only name the scope or the summary level: "（本级）", "（汇总）", "[部门]".
std::string normalize_name(std::string n) {
  for (const char* mark : {"[部门]", "（部门）", "(部门)", "【部门】", "（本级）", "(本级)", "（汇总）", "(汇总)", "本级"}) {
    std::string m = mark;
    size_t p;
    while ((p = n.find(m)) != std::string::npos) n.erase(p, m.size());
  }
  return strip_blanks(n);
}

bool organization_like(const std::string& n) {
  if (n.empty() || length_cp(n) > 40 || length_cp(n) < 3) return false;
  for (const char* bad : {"，", "。", "预算", "决算", "单位：", "万元", "目录", "年度"})
    if (contains(n, bad)) return false;
  std::u32string name = to_u32(normalize_name(n));
  // A second name in brackets after the first ("…事务中心（上海市财政科学研究所）"): the first ends it.
  if (!name.empty() && (name.back() == U'）' || name.back() == U')')) {
    size_t open = name.find_last_of(U"（(");
    if (open != std::u32string::npos && open > 0) name.resize(open);
  }
  return !name.empty() && entity_name_endings().find(name.back()) != std::u32string::npos;
}

// "单位名称：广州市统计局      单位：万元" → "广州市统计局".
std::string labelled_name(const std::string& line) {
  std::string t = trim(line);
  for (const auto& label : entity_labels()) {
    for (const char* colon : {"：", ":"}) {
      std::string key = label + colon;
      if (!starts_with(t, key)) continue;
      std::string rest = trim(t.substr(key.size()));
      size_t gap = rest.find("  ");
      if (gap != std::string::npos) rest = rest.substr(0, gap);
      if (size_t u = rest.find("单位："); u != std::string::npos) rest = rest.substr(0, u);
      if (auto y = year_in(rest)) rest = rest.substr(0, rest.find(std::to_string(*y)));
      return trim(rest);
    }
  }
  return "";
}

// The areas a name starts with (省, 市, 县, 区, 旗, 盟, 自治州), each up to 12 characters
// ("阿坝藏族羌族自治州"); the rest is the department.
std::string region_of(const std::string& name, std::string* department_type) {
  std::u32string n = to_u32(name);
  size_t pos = 0;
  const std::u32string ends = U"省市县区旗盟";
  // Words that end like an area but name a department's field ("南京市城市管理局").
  static const std::vector<std::u32string> not_areas = {U"城市", U"社区", U"园区", U"景区", U"校区", U"小区", U"片区", U"辖区"};
  while (pos < n.size()) {
    size_t end = std::u32string::npos;
    for (size_t k = pos + 1; k < std::min(n.size(), pos + 12); ++k) {
      bool autonomous_prefecture = n[k] == U'州' && k >= 2 && n.compare(k - 2, 2, U"自治") == 0;
      if (ends.find(n[k]) != std::u32string::npos || autonomous_prefecture) { end = k; break; }
    }
    if (end == std::u32string::npos || n.size() - end - 1 < 2) break;
    // "中共…区委" and "人民政府" are not areas: the area ends before them.
    std::u32string area = n.substr(pos, end - pos + 1);
    if (area.find(U"人民") != std::u32string::npos || area.find(U"委") != std::u32string::npos) break;
    if (std::find(not_areas.begin(), not_areas.end(), area) != not_areas.end()) break;
    pos = end + 1;
  }
  *department_type = to_utf8(n.substr(pos));
  return to_utf8(n.substr(0, pos));
}

// A party organ ("中共上海市普陀区委社会工作部"): the area after 中共, the organ with its 区委.
std::string region_of_entity(const std::string& name, std::string* department_type) {
  if (!starts_with(name, "中共")) return region_of(name, department_type);
  std::string region = region_of(name.substr(6), department_type);
  std::u32string r = to_u32(region);
  if (!r.empty() && starts_with(*department_type, "委")) *department_type = to_utf8(r.substr(r.size() - 1)) + *department_type;
  return region;
}

Entity layout_entity(const SourceText& text) {
  std::map<std::string, int> votes;
  std::map<std::string, int> first;
  for (int i = 1; i <= text.line_count(); ++i) {
    std::string n = labelled_name(text.line(i));
    if (!organization_like(n)) continue;
    if (!votes.count(n)) first[n] = i;
    ++votes[n];
  }
  std::string best;
  for (auto& [n, c] : votes)
    if (best.empty() || c > votes[best] || (c == votes[best] && first[n] < first[best])) best = n;
  // The cover: the lines before the first "…预算"/"…决算" title line, joined (a wrapped title).
  std::string cover;
  if (best.empty()) {
    std::string joined;
    for (int i = 1; i <= std::min(text.line_count(), 30); ++i) {
      std::string t = strip_blanks(text.line(i));
      if (t.empty()) { if (!joined.empty() && organization_like(joined)) break; continue; }
      if (contains(t, "目录")) break;
      joined += t;
      // A year printed above the name ("2026 年度" / "福州市医疗保障局" / "部门预算").
      if (auto y = year_in(joined); y && starts_with(joined, std::to_string(*y))) {
        size_t at = joined.find("年") + 3;
        if (joined.compare(at, 3, "度") == 0) at += 3;
        joined = joined.substr(at);
      }
      for (const char* cut : {"20", "部门预算", "单位预算", "部门决算", "单位决算", "预算公开", "决算公开"}) {
        size_t p = joined.find(cut);
        if (p != std::string::npos && p > 0) {
          std::string name = joined.substr(0, p);
          if (organization_like(name)) { cover = name; break; }
        }
      }
      if (!cover.empty()) break;
      if (length_cp(joined) > 60) joined.clear();
    }
    if (cover.empty() && organization_like(joined)) cover = joined;
  }
  Entity e;
  e.raw_name = best.empty() ? cover : best;
  e.name = normalize_name(e.raw_name);
  e.region = region_of_entity(e.name, &e.department_type);
  // The type is the first name's: "统计和大数据研究院（上海市统计数据管理中心）" → 统计和大数据研究院.
  if (ends_with(e.department_type, "）"))
    if (size_t open = e.department_type.rfind("（"); open != std::string::npos && open > 0)
      e.department_type.resize(open);
  // Central departments: the type without "国家" (国家信访局 is the 信访局 of the centre).
  for (const char* central : {"中华人民共和国", "国家", "国务院", "中共中央"})
    if (e.region.empty() && starts_with(e.name, central)) {
      e.region = "中央";
      std::string type = e.name.substr(std::string(central).size());
      if (std::string(central) == "国家" && length_cp(type) >= 2) e.department_type = type;
    }
  int dept = 0, unit = 0;
  for (int i = 1; i <= text.line_count(); ++i) {
    std::string s = strip_blanks(text.line(i));
    if (s.size() > 150) continue;
    for (const char* w : {"部门预算", "部门决算", "部门收支", "部门收入", "部门支出"}) dept += contains(s, w);
    for (const char* w : {"单位预算", "单位决算", "单位收支", "单位财务", "预算单位财务", "单位收入", "单位支出"}) unit += contains(s, w);
  }
  e.scope = unit > dept ? "unit" : "department";
  return e;
}

// A filled-in table: some figure other than zero (a blank template prints none).
bool has_figures(const Table& t) { return t.printed_figures > 0; }

// A 情况说明 (statement) that speaks of a 预算/决算 in 万元 figures.
bool states_budget_figures(const SourceText& text) {
  int titles = 0, amounts = 0;
  for (int i = 1; i <= text.line_count(); ++i) {
    std::string s = strip_blanks(text.line(i));
    for (const char* w : {"部门预算", "单位预算", "部门决算", "单位决算", "预算公开", "决算公开", "预算情况说明"})
      titles += contains(s, w);
    for (size_t p = s.find("万元"); p != std::string::npos; p = s.find("万元", p + 1))
      if (p > 0 && is_digit(s[p - 1])) ++amounts;
  }
  return titles > 0 && amounts >= 3;
}

void add_check(Disclosure& d, const char* id, const char* severity, Wording wording, const std::string& table = "",
               int line = 0) {
  Check c;
  c.id = id;
  c.severity = severity;
  c.wording = {std::move(wording)};
  c.message = Catalog::built_in().word(c.wording);
  c.table = table;
  c.line = line;
  if (line) c.lines = {line};
  d.checks.push_back(std::move(c));
}

// The projects of the 项目支出 tables: every row but the totals and the units' rows (the
// department's own name, a name like an organization's over another unit or whose figures are
// the sum of the rows under it), with the unit it stands under; amounts in 万元.
std::vector<Project> read_projects(const Disclosure& d) {
  std::vector<Project> out;
  for (const char* id : {"projects_current", "projects_carryover"}) {
    const Table* t = d.table(id);
    if (!t || !t->present) continue;
    int total = t->column_index("total");
    if (total < 0) continue;
    auto unit_row = [&](size_t k) {
      const Row& r = t->rows[k];
      bool own_name = normalize_name(r.name) == d.entity.name;
      if (!organization_like(r.name) && !own_name) return false;
      if (own_name || (k + 1 < t->rows.size() && organization_like(t->rows[k + 1].name))) return true;
      double under = 0;
      for (size_t j = k + 1; j < t->rows.size() && !organization_like(t->rows[j].name); ++j)
        under += t->rows[j].values[total].value_or(0);
      return std::fabs(under - r.values[total].value_or(0)) <= 0.01 * static_cast<double>(t->rows.size());
    };
    std::string unit;
    for (size_t k = 0; k < t->rows.size(); ++k) {
      const Row& r = t->rows[k];
      if (r.is_total || r.name.empty() || !r.values[total]) continue;
      if (unit_row(k)) { unit = normalize_name(r.name); continue; }
      Project p;
      p.table = id;
      p.name = r.name;
      p.unit = unit;
      p.line = r.line;
      for (size_t c = 0; c < t->columns.size(); ++c) p.amounts.emplace_back(t->columns[c].key, in_wan(*t, r.values[c]));
      out.push_back(std::move(p));
    }
  }
  return out;
}

}  // namespace

Disclosure build_layout_disclosure(const SourceText& source) {
  // Tables, kind, year, entity and family are read from the cell grid of a cell export; the
  // prose and the performance forms from the text as it is.
  SourceText laid;
  const CellExport form = cell_export_of(source);
  const SourceText& text = form == CellExport::none ? source : (laid = lay_out_cells(source, form));
  bool kind_known = false;
  Kind kind = layout_kind(text, &kind_known);
  Disclosure d;
  d.source = {text.file, text.sha256, text.encoding, text.format, text.line_count(), text.page_count};
  d.kind = kind;

  std::vector<LayoutRegion> regions = find_layout_tables(text, kind);
  std::map<std::string, int> units;
  for (const auto& r : regions)
    if (!r.unit.empty()) ++units[r.unit];
  std::string document_unit = "万元";
  int most = 0;
  for (auto& [u, c] : units)
    if (c > most) { most = c; document_unit = u; }

  bool any_figures = false;
  for (const auto& r : regions) {
    LayoutRegion region = r;
    if (region.unit.empty()) region.unit = document_unit;
    Table t = read_layout_table(text, region, d.checks);
    t.page = text.page_of(r.title_line);
    any_figures |= has_figures(t);
    d.tables.push_back(std::move(t));
  }
  if (!any_figures && !states_budget_figures(text))
    throw InputError(text.file, 0,
                     regions.empty() ? "not a budget or final-accounts disclosure: no table of a 预算/决算 and no "
                                       "statement of its figures"
                                     : "not a budget or final-accounts disclosure: its tables hold no figures (a "
                                       "blank template)");

  // Year: table titles first, then the cover.
  std::map<int, int> years;
  for (const auto& t : d.tables)
    if (auto y = year_in(strip_blanks(t.title))) years[*y] += 2;
  for (int i = 1; i <= std::min(text.line_count(), 40); ++i)
    if (auto y = year_in(strip_blanks(text.line(i)))) ++years[*y];
  int best = 0;
  for (auto& [y, c] : years)
    if (c > best) { best = c; d.year = y; }

  d.entity = layout_entity(text);
  if (d.entity.name.empty())
    add_check(d, "missing-entity", "warning", {"check.missing_entity"});

  // The template family: its place and numbering style in the document's head and titles.
  std::string head;
  for (int i = 1; i <= std::min(text.line_count(), 60); ++i) head += strip_blanks(text.line(i));
  // A table's number is often printed on a line of its own above or below the title ("公开01表").
  for (const auto& t : d.tables) {
    head += strip_blanks(t.title) + strip_blanks(t.number);
    for (int near = std::max(1, t.line - 2); near <= std::min(text.line_count(), t.line + 2); ++near)
      if (near != t.line) head += strip_blanks(text.line(near));
  }
  head += d.entity.name;
  // A table's number: its place in the family's official set, else in the document.
  for (size_t k = 0; k < d.tables.size(); ++k) d.tables[k].number_in_set = static_cast<int>(k) + 1;
  if (const TemplateFamily* family = match_family(head, kind)) {
    d.template_id = family->id;
    for (auto& t : d.tables) {
      auto at = std::find(family->tables.begin(), family->tables.end(), t.id);
      t.number_in_set = at == family->tables.end() ? 0 : static_cast<int>(at - family->tables.begin()) + 1;
    }
    for (const auto& id : family->tables) {
      // A table whose body is nowhere (named only in a list of titles) is missing too.
      if (const Table* t = d.table(id); t && t->present) continue;
      add_check(d, "missing-table", "warning",
                {"check.missing_table", {{"template", family->description}, {"table", id}}}, id);
    }
  } else {
    d.template_id = "generic";
    add_check(d, "unknown-template", "warning", {"check.unknown_template"});
  }

  // The narrative: the whole document outside the tables, in parts where it has 第X部分.
  DocumentOutline outline = outline_document(source);
  if (outline.parts.empty()) outline.parts.push_back({1, "", 1, text.line_count()});
  // A table's lines end where its rows end: the prose after the last table is narrative.
  for (size_t k = 0; k < regions.size(); ++k) {
    int last = d.tables[k].line;
    for (const auto& row : d.tables[k].rows) last = std::max(last, row.line);
    outline.tables.push_back({regions[k].title_line, regions[k].begin, std::min(regions[k].end, last)});
  }
  d.sections = read_sections(source, outline);
  d.glossary = read_glossary(d.sections);
  for (const auto& region : outline.performance) d.performance.push_back(read_performance(source, region));
  for (auto& c : d.checks)
    if (c.line) c.page = text.page_of(c.line);
  d.projects = read_projects(d);
  d.summary = summarize_layout(d);
  return d;
}

}  // namespace budgetsite
