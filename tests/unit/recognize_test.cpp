// Table recognition on small hand-made inputs: titles, numbers, wrapped space layouts and
// the placement of values into columns.
#include <gtest/gtest.h>

#include "model/parse.h"
#include "recognize/cell_text.h"
#include "recognize/layout_map.h"
#include "recognize/outline.h"
#include "recognize/layout.h"
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
  EXPECT_EQ(layout_title_id("2024年预算收支总表", Kind::budget), "overview");
  EXPECT_EQ(layout_title_id(" 表一2024年预算收支总表", Kind::budget), "overview");
  EXPECT_EQ(layout_title_id("2024年财政拨款收支总表", Kind::budget), "fiscal_overview");
  EXPECT_EQ(layout_title_id("2024年项目支出预算表（上年结转）", Kind::budget), "projects_carryover");
  EXPECT_EQ(layout_title_id("2024年项目支出预算表（本年预算）", Kind::budget), "projects_current");
  EXPECT_EQ(layout_title_id("财政拨款收入支出决算总表", Kind::final_accounts), "fiscal_overview");
  EXPECT_EQ(layout_title_id("收入支出决算总表", Kind::final_accounts), "overview");
  EXPECT_EQ(layout_title_id("某某县商务局2025年部门收支总表", Kind::budget), "overview");
  // Prose and figures are never titles.
  EXPECT_EQ(layout_title_id("收入总计 1222.75支出总计 1222.75表二2024年预算收入总表", Kind::budget), "");
  EXPECT_EQ(layout_title_id("本表反映部门本年度收支总表的情况，详见下文。", Kind::budget), "");
  EXPECT_EQ(chinese_numeral("二十九"), 29);
  EXPECT_EQ(chinese_numeral("十三"), 13);
}

// A single-space cell export: inside a table, a row wrapped over lines (its blank cells, its
// label in two pieces, its figures) is joined onto its first line and the others left blank; a
// figure glued to the label after it is a cell of its own; the headings stand on the grid.
TEST(CellText, JoinsARowWrappedOverLines) {
  std::string doc = "某县某局2024年部门预算\n表一2024年预算收支总表\n单位名称：某县某局 单位：万元\n"
                    "项目 2024年 项目 2024年合计 当年预算安排 上年结转安排\n"
                    "一、一般公共预算 1222.75一、一般公共服务支出    \n";
  for (int i = 0; i < 24; ++i) doc += "  八、社会保障和就业支出 393.41 393.41  \n";
  doc += "  \n七、文化旅游体育与传媒支\n出\n702.44 702.44  \n收入总计 1222.75 支出总计 1222.75 1222.75  \n";
  SourceText t = ingest_bytes(doc, "wrapped.txt");
  ASSERT_EQ(cell_export_of(t), CellExport::single_spaces);
  SourceText laid = lay_out_cells(t);
  ASSERT_EQ(laid.line_count(), t.line_count());
  EXPECT_TRUE(laid.cell_grid);
  EXPECT_FALSE(laid.cells_exact);
  // Headings: one a cell.
  auto heads = layout_tokens(laid.line(4));
  ASSERT_EQ(heads.size(), 6u);
  EXPECT_EQ(heads[5].text, "上年结转安排");
  EXPECT_EQ(heads[5].begin, 5 * kCellWidth);
  // The glued figure.
  auto first = layout_tokens(laid.line(5));
  ASSERT_EQ(first.size(), 3u);
  EXPECT_EQ(first[1].text, "1222.75");
  EXPECT_EQ(first[1].begin, kCellWidth);
  EXPECT_EQ(first[2].text, "一、一般公共服务支出");
  EXPECT_EQ(first[2].begin, 2 * kCellWidth);
  // The wrapped row, on its first line (30), its other lines blank.
  auto row = layout_tokens(laid.line(30));
  ASSERT_EQ(row.size(), 3u);
  EXPECT_EQ(row[0].text, "七、文化旅游体育与传媒支出");
  EXPECT_EQ(row[0].begin, 2 * kCellWidth);
  EXPECT_EQ(row[1].text, "702.44");
  EXPECT_EQ(row[1].begin, 3 * kCellWidth);
  EXPECT_EQ(row[2].begin, 4 * kCellWidth);
  for (int blank : {31, 32, 33}) EXPECT_TRUE(laid.line(blank).empty()) << blank;
  // The reader then reads the wrapped row on its side and column.
  Disclosure d = build_disclosure(t);
  const Table* overview = d.table("overview");
  ASSERT_TRUE(overview);
  const Row* culture = overview->find_row("七、文化旅游体育与传媒支出", "expenditure");
  ASSERT_TRUE(culture);
  EXPECT_EQ(culture->line, 30);
  EXPECT_EQ(overview->value(*culture, "total"), 702.44);
}

// Tab-separated cells keep their column whatever their width; a heading wrapped inside its
// cell is one heading.
TEST(CellText, TabCellsStandOnTheGrid) {
  std::string doc = "项目\t2024年预算数\t\t\n\t合计\t公务用车 运行维护 费\t\n公务接待费\t0.20\t\t0.20\n";
  SourceText laid = lay_out_cells(ingest_bytes(doc, "tabs.txt"));
  EXPECT_TRUE(laid.cell_grid);
  auto heads = layout_tokens(laid.line(2));
  ASSERT_EQ(heads.size(), 2u);
  EXPECT_EQ(heads[0].begin, kCellWidth);
  EXPECT_EQ(heads[1].text, "公务用车运行维护费");
  auto row = layout_tokens(laid.line(3));
  ASSERT_EQ(row.size(), 3u);
  EXPECT_EQ(row[1].begin, kCellWidth);
  EXPECT_EQ(row[2].begin, 3 * kCellWidth);
  // Text laid out by position is no cell export and is left as it is.
  SourceText plain = ingest_bytes("收入总计      1,222.75      支出总计      1,222.75\n", "plain.txt");
  EXPECT_EQ(cell_export_of(plain), CellExport::none);
  EXPECT_FALSE(lay_out_cells(plain).cell_grid);
}
