// Finding a figure in a table or in the prose: the lookups the summary and the proof share, so
// a figure is looked for the same way where it is read and where it is confirmed.
// Tables hold figures in their own unit; every Amount returned here is in 万元.
#pragma once

#include <string>

#include "model/disclosure.h"

namespace budgetsite {

// v in 万元 (t.unit is the unit it is printed in).
Amount in_wan(const Table& t, Amount v);

// A heading over last year's figures or the change since ("上年", "增减变化情况"): its columns
// are never the document's figures.
bool is_previous_or_change(const std::string& heading);

// The figure column of a side ("" for a one-sided table): its first column, unless that one
// holds last year's figures and a later one this year's. -1 when the side has no column.
int first_column(const Table& t, const std::string& side);

// The row of `side` that carries the headline figure `figure` (recognize/vocabulary.h:
// headline_row_labels), and in *column the column its figure is in; nullptr when none.
const Row* side_row(const Table& t, const std::string& side, const std::string& figure, int* column);
Amount side_figure(const Table& t, const std::string& side, const std::string& figure);

// The table's 合计 row (or the entity's own row where rows are keyed by unit, or the one row
// of figures of an unlabelled table); nullptr when there is none.
const Row* total_row(const Table& t, const std::string& entity = "");
Amount column_total(const Table& t, const std::string& key, const std::string& entity = "");

// The amount (万元; 元 converted) stated right after `keyword` in `prose`, only filler words
// between ("人员经费为 7263.35 万元"); `unit` 辆 reads a count. nullopt when none is.
Amount stated_amount(const std::string& prose, const std::string& keyword, const std::string& unit = "万元",
                     bool starts_word = false);

}  // namespace budgetsite
