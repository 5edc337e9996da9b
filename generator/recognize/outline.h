// Stage 2 — the outline of a document outside its tables: its 目录, its parts (第一部分 …) and
// its performance forms (绩效目标表, 绩效自评表).
// Takes: a SourceText. Gives: a DocumentOutline. Nothing here reads a table or a figure; the
// tables are found by recognize/layout_map and read by model/layout_tables.
#pragma once

#include <string>
#include <vector>

#include "ingest/source_text.h"

namespace budgetsite {

struct PartRegion {
  int number = 0;           // 1 for 第一部分
  std::string heading;      // "第二部分 2024年部门预算报表"
  int line = 0;
  int end_line = 0;         // last line of the part (inclusive)
};

struct PerformanceRegion {
  std::string type;         // "target" | "self_evaluation" | "overall_target"
  std::string title;
  int title_line = 0;
  int begin = 0;            // first line of the form (the title, or its first row)
  int end = 0;              // last line (inclusive)
};

// The lines of one table, as the narrative leaves them out. Invariant: title_line <=
// body_begin - 1 <= body_end.
struct TableSpan {
  int title_line = 0;
  int body_begin = 0;
  int body_end = 0;
};

struct DocumentOutline {
  int toc_end_line = 0;     // last line of the 目录 (0 when there is none)
  // Parts in increasing number; a heading repeating a part (a page header) is none.
  std::vector<PartRegion> parts;
  std::vector<PerformanceRegion> performance;
  std::vector<TableSpan> tables;  // filled by the caller from the table map
};

DocumentOutline outline_document(const SourceText& text);

// 一 → 1, 十三 → 13, 二十九 → 29; 0 when the text is not a Chinese numeral.
int chinese_numeral(const std::string& text);

}  // namespace budgetsite
