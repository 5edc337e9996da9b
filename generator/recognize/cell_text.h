// Stage 2 — a cell export laid out as positioned text, so that one reader (layout_map and
// model/layout_tables) reads it like any pdftotext -layout page.
// Takes: a SourceText. Gives: the same text where it is a cell export, and nothing else
// changed: every line that holds cells is rewritten with cell k starting at column
// k × kCellWidth (or just after a longer cell before it); a row that the export wrapped over
// several lines is joined onto its first line and its other lines left blank, so line numbers
// (and pages) stay those of the source.
// Two exports are recognized (docs/templates-of-disclosures.md):
//   - tab-separated cells: any line holding a tab; a blank cell is an empty field;
//   - single-space-joined cells (one space between cells, one more for each blank cell, a
//     figure sometimes glued to the label after it), recognized over the whole document when
//     most lines of figures have no run of two blanks between their first and last figure.
#pragma once

#include "ingest/source_text.h"

namespace budgetsite {

inline constexpr int kCellWidth = 32;

enum class CellExport { none, tabs, single_spaces };

CellExport cell_export_of(const SourceText& text);
// `text` laid out on the cell grid (a copy); `text` itself when it is no cell export.
SourceText lay_out_cells(const SourceText& text);
// The same for a text whose export form is already known (cell_export_of scans every line).
SourceText lay_out_cells(const SourceText& text, CellExport form);

}  // namespace budgetsite
