// Stage 3 — read one table of a physical-layout document into the model, from its header.
// Takes: the lines of a LayoutRegion. Gives: a Table whose columns are the header's figure
// columns, named from the header words (vocabulary.h), grouped into sides where the header
// repeats its label column (收入 | 支出, or four blocks side by side), and whose rows keep their
// code (类/款/项 columns merged into one code), label, side, line and page. A 行次 index, a code
// or a year is never taken for an amount; a figure that fits no column is reported `unparsed`.
#pragma once

#include <vector>

#include "ingest/source_text.h"
#include "model/disclosure.h"
#include "recognize/layout_map.h"

namespace budgetsite {

// The slack the reader allows a page's layout, in one place (like pdfplumber's TableSettings).
// Distances are in character columns of the laid-out line; counts are lines or figures.
struct LayoutSettings {
  // place(): the cost of shifting a whole row against its columns, per column of shift (wide
  // glyphs push figures along, so a shift is cheap but not free).
  double shift_cost = 0.6;
  // A figure of a row with blanks that could move to another column for less than this much
  // more distance (in columns) is not surely placed (Row::placement_unsure).
  double ambiguity_margin = 4;
  // A number within this distance of a 行次/序号 heading's center is the row's number.
  double row_number_slack = 3;
  // A 序号 printed before its label: at most this many blanks between them.
  int row_number_gap = 8;
  // A second label this many blanks after the first opens the table's next side.
  int side_gap = 4;
  // 栏次 under a figure column: within this distance of it (half a cell on a cell grid).
  double column_number_slack = 6;
  // A heading fragment of up to this many characters under one heading is its wrapped end.
  size_t wrapped_heading_chars = 6;
  // A text longer than this with a "，" or "。" is prose: the table has ended.
  size_t prose_chars = 12;
  // A part heading among a table's rows: rows must follow within this many lines.
  int rows_after_heading = 8;
  // Lines of a row of figures printed as a staircase: at most this far apart.
  int staircase_lines = 2;
  // A column of small whole numbers counting up is a 行次 when at least this many rows print
  // one, four in five of them rising, within this spread of columns.
  size_t row_number_rows = 5;
  double row_number_spread = 6;
  // A block's total is the sum of its other columns when at least this many full rows show it
  // and no more than one in ten contradicts it.
  int total_is_sum_rows = 2;
  // Sparse rows are placed by that sum only in blocks of at most this many columns.
  size_t sum_placement_columns = 12;
};
inline constexpr LayoutSettings kLayout{};

Table read_layout_table(const SourceText& text, const LayoutRegion& region, std::vector<Check>& checks);

}  // namespace budgetsite
