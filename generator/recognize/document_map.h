// Stage 2a — recognize the document's structure.
// Takes: a SourceText. Gives: a DocumentMap — the kind and year, the 目录 entries, the parts
// (第一部分 …), and the line range of every official table and performance form found, each
// matched to its TableSpec in the catalog. Nothing here reads cell values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/source_text.h"
#include "recognize/catalog.h"

namespace budgetsite {

struct TocEntry {
  int line = 0;
  std::string text;         // as printed, dot leaders and page number removed
  std::string table_id;     // the official table it names, or ""
};

struct PartRegion {
  int number = 0;           // 1 for 第一部分
  std::string heading;      // "第二部分 2024年部门预算报表"
  int line = 0;
  int end_line = 0;         // last line of the part (inclusive)
};

// The lines of one official table. Invariant: title_line < body_begin <= body_end + 1.
struct TableRegion {
  const TableSpec* spec = nullptr;
  std::string title;        // the title as printed (wrapped parts joined)
  std::string number_label; // "预算公开表1", "公开01表" (joined when split over lines), or ""
  int title_line = 0;
  int body_begin = 0;       // first line after the title
  int body_end = 0;         // last line of the region (inclusive)
  bool no_data = false;     // the table says 本表无数据
  std::vector<int> noise_lines;  // page headers and labels repeated inside the body
};

struct PerformanceRegion {
  std::string type;         // "target" | "self_evaluation" | "overall_target"
  std::string title;
  int title_line = 0;
  int begin = 0;            // first line of the form (the title)
  int end = 0;              // last line (inclusive)
};

struct DocumentMap {
  Kind kind = Kind::budget;
  bool kind_known = false;
  std::optional<int> year;
  std::vector<TocEntry> toc;
  int toc_end_line = 0;     // last line of the 目录 (0 when there is none)
  std::vector<PartRegion> parts;
  std::vector<TableRegion> tables;
  std::vector<PerformanceRegion> performance;

  const TableRegion* table(const std::string& id) const;
  const PartRegion* part(int number) const;
};

// Throws InputError when the text shows none of the official tables nor a 预算/决算公开 cover.
DocumentMap map_document(const SourceText& text);

// Exposed for tests: the catalog table a (title-like) line names, or nullptr.
const TableSpec* match_table_title(const std::string& line, Kind kind);
// 一 → 1, 十三 → 13, 二十九 → 29; 0 when the text is not a Chinese numeral.
int chinese_numeral(const std::string& text);

}  // namespace budgetsite
