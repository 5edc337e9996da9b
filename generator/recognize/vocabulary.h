// The words of the official templates, as data: how every region titles its tables, names its
// columns and labels its rows. Readers look words up here; they never spell them out.
// A table is recognized by what its title says (收支总表, 支出总表, “三公”经费 …), not by its number,
// so a template nobody has seen yet is still read as long as it uses the national vocabulary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "recognize/catalog.h"

namespace budgetsite {

// A title names table `id` when it contains every word of `all` and none of `none`.
struct TitlePattern {
  Kind kind;
  std::string id;
  std::vector<std::string> all;
  std::vector<std::string> none;
};
// In priority order: the first pattern a title matches decides.
const std::vector<TitlePattern>& title_patterns();

// A column header names column `key` when it contains `word` (first match wins).
// `key` "label" marks a label column (项目, 科目名称 …), "row_number" a 行次 index.
struct HeaderWord {
  std::string word;
  std::string key;
  bool exact = false;  // the header must be exactly the word ("项目", not "项目支出")
};
const std::vector<HeaderWord>& header_words_by_key();
// Header words that name the whole table's first figure column (合计, 预算数, 金额 …).
const std::vector<std::string>& total_column_words();
// Group headings that set one set of figures beside another with the same columns ("预算数" |
// "决算数" over the items of a final account's “三公” table); a heading with a year ("2025年"
// | "2026年预算数") is one as well.
const std::vector<std::string>& figure_set_headings();

// Column sets whose first column is by definition the sum of the others (合计 = 人员经费 +
// 公用经费): a block of exactly these keys places a row with blanks so that it adds up.
const std::vector<std::vector<std::string>>& summed_column_sets();

// Row labels of the headline figures, compared without blanks or list numbering.
struct RowLabels {
  std::string figure;                 // summary key
  std::vector<std::string> exact;     // the label equals one of these
  std::vector<std::string> contains;  // or contains one of these
};
const std::vector<RowLabels>& headline_row_labels();

// Phrases of the 情况说明 that state a headline figure ("政府采购预算总额 4,308.39 万元"): the
// figure follows the phrase after filler words only (为, 共计, 预算 …). First phrase that
// states it wins.
struct StatedFigure {
  std::string figure;                // procurement.total, procurement.goods, …, vehicles
  std::vector<std::string> phrases;
  // The phrase must open a word: "在职人员经费" is a part of 人员经费, not the whole.
  bool starts_word = false;
};
const std::vector<StatedFigure>& stated_figures();

// Labelled lines that carry the entity's name (部门名称：, 编制单位： …).
const std::vector<std::string>& entity_labels();
// Last characters of the name of a department or unit (局, 厅, 委员会 → 会, 中心 → 心 …).
const std::u32string& entity_name_endings();
// Units a table may declare (元, 万元, 千元, 亿元) and their size in 万元.
double unit_in_wan(const std::string& unit);
// The unit a line declares ("单位：元", "金额单位：万元", "单位:万元"), or "".
std::string declared_unit(const std::string& line);

}  // namespace budgetsite
