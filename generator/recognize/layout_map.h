// Stage 2 — find the tables of a physical-layout document (any region's template).
// Takes: a SourceText. Gives: the kind, and one LayoutRegion per table title found — its table
// id from the title vocabulary (vocabulary.h), its line range and its declared unit. A title
// repeated at the top of each page continues its table; a title listed in the 目录 (no body)
// is dropped in favour of the one with rows.
#pragma once

#include <string>
#include <vector>

#include "ingest/source_text.h"
#include "recognize/catalog.h"

namespace budgetsite {

struct LayoutRegion {
  std::string id;            // table id (vocabulary.cpp)
  std::string title;         // as printed, numbering included
  std::string number_label;  // "表1", "公开01表", "部门公开表 1", "预算表 1", "一", … or ""
  int title_line = 0;
  int begin = 0;             // first body line
  int end = 0;               // last body line (inclusive)
  std::string unit;          // declared by the table ("元", "万元"), or ""
  std::vector<int> skip_lines;  // repeated titles and page furniture inside the body
};

// The table id a line titles, or "" (also fills the bare title and numbering label).
std::string layout_title_id(const std::string& line, Kind kind, std::string* number_label = nullptr);
// A line that is only a table's numbering ("部门公开表 2", "公开 01 表", "表1").
bool is_numbering_label(const std::string& line);
// Kind by the titles: 决算 titles against 预算 titles; `known` is false when neither occurs.
Kind layout_kind(const SourceText& text, bool* known);
std::vector<LayoutRegion> find_layout_tables(const SourceText& text, Kind kind);

}  // namespace budgetsite
