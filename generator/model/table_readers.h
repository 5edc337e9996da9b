// Stage 3a — read the rows of one recognized table into the model, by the layout its
// TableSpec names. Takes: the logical rows of a TableRegion. Gives: a Table whose values are
// aligned with the spec's columns, plus an `unparsed` check for every numeric cell that could
// not be placed (so that nothing printed is silently dropped).
#pragma once

#include <vector>

#include "ingest/source_text.h"
#include "model/disclosure.h"
#include "recognize/document_map.h"
#include "recognize/rows.h"

namespace budgetsite {

Table read_table(const SourceText& text, const TableRegion& region, std::vector<Check>& checks);

// Places the numeric cells of one row into `column_count` columns. Positional cells (from a
// tab layout) keep their positions; otherwise the placement that satisfies the spec's column
// sums and best follows the cell positions wins. Blank cells become 0 and dash cells
// (——, not applicable) nullopt. Cells that fit nowhere are returned in `leftovers`.
std::vector<Amount> place_values(const std::vector<Cell>& cells, size_t column_count, bool positional,
                                 const std::vector<ColumnSum>& sums, std::vector<Cell>* leftovers);

}  // namespace budgetsite
