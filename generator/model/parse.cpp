#include "model/parse.h"

#include <cstdlib>
#include "common/text.h"
#include "model/proof.h"
#include "model/table_readers.h"
#include "recognize/cell_text.h"

namespace budgetsite {

int Table::column_index(const std::string& key, const std::string& side) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].key == key && (side.empty() || columns[i].side == side)) return static_cast<int>(i);
  return -1;
}

const Row* Table::find_row(const std::string& name_or_code, const std::string& side) const {
  for (const auto& r : rows)
    if ((side.empty() || r.side == side) && (r.code == name_or_code || strip_blanks(r.name) == name_or_code)) return &r;
  return nullptr;
}

Amount Table::value(const Row& row, const std::string& key) const {
  int i = column_index(key, row.side);
  return i < 0 ? std::nullopt : row.values[i];
}

const Table* Disclosure::table(const std::string& id) const {
  for (const auto& t : tables)
    if (t.id == id) return &t;
  return nullptr;
}

namespace {

// Text whose cells are separated by tabs (an export of the tables) rather than laid out by
// position: read with the Shanxi template's readers.
// Also the Shanxi county template, whose readers know its every table, in any extraction.
bool tab_laid(const SourceText& text) {
  int tabs = 0;
  bool shanxi = false;
  for (const auto& l : text.lines) {
    tabs += l.find('\t') != std::string::npos;
    shanxi |= l.find("山西") != std::string::npos;
  }
  if (tabs * 20 > text.line_count()) return true;
  if (!shanxi) return false;
  try {
    return map_document(text).tables.size() >= 6;
  } catch (const InputError&) {
    return false;
  }
}

Disclosure build_tab_disclosure(const SourceText& text);

}  // namespace

Disclosure build_disclosure(const SourceText& text) {
  Disclosure d = (getenv("BS_LAYOUT") == nullptr && tab_laid(text)) ? build_tab_disclosure(text) : build_layout_disclosure(lay_out_cells(text));
  for (auto& t : d.tables) {
    if (!t.page) t.page = text.page_of(t.line);
    for (auto& r : t.rows)
      if (!r.page) r.page = text.page_of(r.line);
  }
  d.proof = prove(d);
  return d;
}

namespace {

Disclosure build_tab_disclosure(const SourceText& text) {
  DocumentMap map = map_document(text);
  Disclosure d;
  d.source = {text.file, text.sha256, text.encoding, text.format, text.line_count(), text.page_count};
  d.kind = map.kind;
  d.year = map.year;
  d.entity = read_entity(text, map);

  // Every official table, in the order of the set; absent ones are reported.
  for (const TableSpec* spec : official_tables(map.kind)) {
    const TableRegion* region = map.table(spec->id);
    if (region) {
      Table t = read_table(text, *region, d.checks);
      bool has_body = !t.rows.empty() || t.no_data;
      if (!has_body) {
        t.present = false;
        Check c;
        c.id = "missing-table";
        c.severity = "error";
        c.table = spec->id;
        c.line = region->title_line;
        c.lines = {region->title_line};
        c.message = "表“" + region->title + "”（第" + std::to_string(region->title_line) +
                    "行）只有标题，没有表体：表中数字全部缺失";
        d.checks.push_back(c);
      }
      d.tables.push_back(std::move(t));
      continue;
    }
    Table t;
    t.id = spec->id;
    t.title = spec->titles.front();
    t.number_in_set = spec->number;
    t.present = false;
    for (const auto& c : spec->columns) t.columns.push_back({c.key, c.label, c.side, std::nullopt, ""});
    Check c;
    c.id = "missing-table";
    c.severity = "error";
    c.table = spec->id;
    std::string listed;
    for (const auto& entry : map.toc)
      if (entry.table_id == spec->id) { c.line = entry.line; listed = "（目录第" + std::to_string(entry.line) + "行列出）"; }
    if (c.line) c.lines = {c.line};
    c.message = std::string("缺少") + (map.kind == Kind::budget ? "预算" : "决算") + "公开表" +
                std::to_string(spec->number) + "“" + spec->titles.front() + "”" + listed;
    d.checks.push_back(c);
    d.tables.push_back(std::move(t));
  }

  d.sections = read_sections(text, map);
  d.glossary = read_glossary(d.sections);
  for (const auto& region : map.performance) d.performance.push_back(read_performance(text, region));

  for (const char* id : {"projects_current", "projects_carryover"}) {
    const Table* t = d.table(id);
    if (!t || !t->present) continue;
    for (const auto& r : t->rows) {
      if (r.level != 2) continue;
      Project p;
      p.table = id;
      p.name = r.name;
      p.unit = r.group;
      p.line = r.line;
      for (size_t i = 0; i < t->columns.size(); ++i) p.amounts.emplace_back(t->columns[i].key, r.values[i]);
      d.projects.push_back(std::move(p));
    }
  }
  d.summary = summarize(d);
  d.template_id = map.kind == Kind::budget ? "shanxi-county" : "shanxi-county-final";
  d.source.format = text.format;
  d.source.pages = text.page_count;
  return d;
}

}  // namespace

Disclosure parse_disclosure_file(const std::string& path) { return build_disclosure(ingest_file(path)); }

}  // namespace budgetsite
