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

Table read_layout_table(const SourceText& text, const LayoutRegion& region, std::vector<Check>& checks);

}  // namespace budgetsite
