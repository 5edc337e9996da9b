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

class Glossary;
// `anchors` collects the ids used on the page (no id is given twice). With a glossary, column
// headings and row labels that name a term the document defines link to its definition.
View table_view(const Table& table, std::set<std::string>& anchors, const Glossary* glossary = nullptr);

// RFC 4180 CSV of a table: UTF-8 with a BOM (so spreadsheet programs read the Chinese),
// CRLF line ends, one header line, one line per row. Each row stands alone: the department,
// region, year, kind, scope, table and unit, then its source line, labels and the columns as
// the table prints them; amounts with the table's printed decimals, empty for no figure.
std::string table_csv(const Disclosure& d, const Table& table);

}  // namespace budgetsite
