// Stage 2 — the cells of a cell export's lines, and how printed numbers are read.
// Takes: a line range of a SourceText. Gives: logical rows of cells. Tab-separated lines give
// positional cells (a blank cell is ""); single-space-separated lines are first re-joined where
// the export wrapped a label or its values onto further lines, then split on single spaces (a
// blank cell for each further space). recognize/cell_text lays these rows out on its grid, and
// the performance forms are read from them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/source_text.h"
#include "ingest/source_text.h"

namespace budgetsite {

struct Cell {
  std::string text;  // trimmed; "" for a blank cell
  int line = 0;
};

struct LogicalRow {
  int line = 0;       // first source line
  int last_line = 0;  // last source line it spans
  bool positional = true;
  int indent = 0;     // leading U+3000 / spaces of the first cell (project tables nest by it)
  std::vector<Cell> cells;
  int width = 0;      // cells as printed, blank cells at the end included

  bool has_text() const;
};

// The rows of lines begin..end. With `join_wrapped` false every non-blank line is one row
// (forms, whose rows are lines of text rather than cells of figures).
// `row_labels` are labels that always open a row (the template's row names).
std::vector<LogicalRow> rows_in_range(const SourceText& text, int begin, int end,
                                      const std::vector<int>& skip_lines = {}, bool join_wrapped = true,
                                      const std::vector<std::string>& row_labels = {});

// Numbers as printed in the tables: "17464.07", "6,184.34", "-3.5", "1.9", "2".
std::optional<double> parse_number(const std::string& cell);
// A cell that marks "no value": "", "—", "——", "-", "/" and the like.
bool is_blank_value(const std::string& cell);
// A decimal number at the very start of a token glued to the following text
// ("1222.75一、一般公共服务支出"): returns the length of the number, or 0.
size_t glued_number_length(const std::string& token);

}  // namespace budgetsite
