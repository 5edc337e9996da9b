// Stage 7 — one model table as a page shows it and as a download gives it. The HTML view
// splits a two-sided table into its income and expenditure parts, shows the label columns
// the table has (科目编码, 科目名称, 经济科目) and gives every row an anchor "L<line>" (its
// source line) the first time that line appears on the page, so checks can link to it.
#pragma once

#include <set>
#include <string>

#include "model/disclosure.h"
#include "render/page.h"

namespace budgetsite {

// `anchors` collects the ids used on the page (no id is given twice).
View table_view(const Table& table, std::set<std::string>& anchors);

// RFC 4180 CSV of a table: UTF-8 with a BOM (so spreadsheet programs read the Chinese),
// CRLF line ends, one header line, one line per row with its source line; amounts as printed
// (two decimals), empty for no figure.
std::string table_csv(const Table& table);

}  // namespace budgetsite
