// Table recognition on small hand-made inputs: titles, numbers, wrapped space layouts and
// the placement of values into columns.
#include <gtest/gtest.h>

#include "model/table_readers.h"
#include "recognize/document_map.h"
#include "recognize/rows.h"

using namespace budgetsite;

TEST(Numbers, ParsesPrintedAmounts) {
  EXPECT_DOUBLE_EQ(*parse_number("17464.07"), 17464.07);
  EXPECT_DOUBLE_EQ(*parse_number("6,184.34"), 6184.34);
  EXPECT_DOUBLE_EQ(*parse_number("-3.5"), -3.5);
  EXPECT_FALSE(parse_number("1,23.4"));
  EXPECT_FALSE(parse_number("2024年"));
  EXPECT_FALSE(parse_number("1."));
  EXPECT_TRUE(is_blank_value("——"));
  EXPECT_TRUE(is_blank_value("———"));
  EXPECT_FALSE(is_blank_value("0"));
  EXPECT_EQ(glued_number_length("1222.75一、一般公共服务支出"), 7u);
  EXPECT_EQ(glued_number_length("2015年"), 0u);
}

TEST(Titles, MatchesOfficialTitlesWhateverTheNumbering) {
  EXPECT_EQ(match_table_title("2024年预算收支总表", Kind::budget)->id, "overview");
  EXPECT_EQ(match_table_title(" 表一2024年预算收支总表", Kind::budget)->id, "overview");
  EXPECT_EQ(match_table_title("2024年财政拨款收支总表", Kind::budget)->id, "fiscal_overview");
  EXPECT_EQ(match_table_title("2024年项目支出预算表（上年结转）", Kind::budget)->id, "projects_carryover");
  EXPECT_EQ(match_table_title("2024年项目支出预算表（本年预算）", Kind::budget)->id, "projects_current");
  EXPECT_EQ(match_table_title("财政拨款收入支出决算总表", Kind::final_accounts)->id, "fiscal_overview");
  EXPECT_EQ(match_table_title("收入支出决算总表", Kind::final_accounts)->id, "overview");
  EXPECT_EQ(match_table_title("某某县商务局2025年部门收支总表", Kind::budget)->id, "overview");
  // Prose and figures are never titles.
  EXPECT_EQ(match_table_title("收入总计 1222.75支出总计 1222.75表二2024年预算收入总表", Kind::budget), nullptr);
  EXPECT_EQ(match_table_title("本表反映部门本年度收支总表的情况，详见下文。", Kind::budget), nullptr);
  EXPECT_EQ(chinese_numeral("二十九"), 29);
  EXPECT_EQ(chinese_numeral("十三"), 13);
}

TEST(SpaceLayout, RejoinsWrappedLabelsAndSplitsGluedValues) {
  SourceText t = ingest_bytes(
      "  \n七、文化旅游体育与传媒支\n出\n\n   \n\n  八、社会保障和就业支出 393.41 393.41  \n"
      "一、一般公共预算 1222.75一、一般公共服务支出    \n",
      "wrapped.txt");
  auto rows = rows_in_range(t, 1, t.line_count());
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells.back().text, "七、文化旅游体育与传媒支出");
  EXPECT_EQ(rows[0].line, 1);
  EXPECT_EQ(rows[1].cells[2].text, "八、社会保障和就业支出");
  EXPECT_EQ(rows[2].cells[1].text, "1222.75");
  EXPECT_EQ(rows[2].cells[2].text, "一、一般公共服务支出");
}

TEST(Placement, PositionalCellsKeepTheirColumns) {
  std::vector<Cell> cells = {{"5.49", 1}, {"", 1}, {"5.49", 1}};
  std::vector<Cell> left;
  auto v = place_values(cells, 3, true, {{0, {1, 2}}}, &left);
  EXPECT_DOUBLE_EQ(*v[0], 5.49);
  EXPECT_DOUBLE_EQ(*v[1], 0);
  EXPECT_DOUBLE_EQ(*v[2], 5.49);
  EXPECT_TRUE(left.empty());
}

TEST(Placement, SpacedCellsFollowArithmeticThenGaps) {
  std::vector<Cell> left;
  // 合计 = 基本 + 项目 rules out 9.00 | 5.49 | blank.
  auto v = place_values({{"14.49", 1}, {"9.00", 1}, {"5.49", 1}}, 3, false, {{0, {1, 2}}}, &left);
  EXPECT_DOUBLE_EQ(*v[2], 5.49);
  // Equal total and part: the wider gap says the part is the second column.
  v = place_values({{"5.49", 1}, {"", 1}, {"", 1}, {"5.49", 1}}, 3, false, {{0, {1, 2}}}, &left);
  EXPECT_DOUBLE_EQ(*v[1], 0);
  EXPECT_DOUBLE_EQ(*v[2], 5.49);
  v = place_values({{"387.92", 1}, {"387.92", 1}, {"", 1}}, 3, false, {{0, {1, 2}}}, &left);
  EXPECT_DOUBLE_EQ(*v[1], 387.92);
  EXPECT_DOUBLE_EQ(*v[2], 0);
  // Dashes mean "not applicable".
  v = place_values({{"——", 1}}, 1, true, {}, &left);
  EXPECT_FALSE(v[0].has_value());
  // More numbers than columns: the extra one is reported, not dropped.
  v = place_values({{"1.00", 7}, {"2.00", 7}}, 1, false, {}, &left);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].text, "2.00");
}
