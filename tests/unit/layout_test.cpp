// The general parser on small hand-made documents, one edge case each: the layouts seen across
// regions, written out by hand (figures chosen so that every sum holds unless a test says not).
#include <gtest/gtest.h>

#include "ingest/source_text.h"
#include "model/parse.h"
#include "recognize/layout.h"
#include "recognize/layout_map.h"
#include "test_support.h"
#include "validate/validate.h"

namespace budgetsite {
namespace {

Disclosure parse_text(const std::string& text) {
  Disclosure d = build_disclosure(ingest_bytes(text, "fixture.txt"));
  validate(d);
  return d;
}

int errors(const Disclosure& d) {
  int n = 0;
  for (const auto& c : d.checks) n += c.severity == "error";
  return n;
}

const Row* row_named(const Table& t, const std::string& name) {
  for (const auto& r : t.rows)
    if (r.name == name) return &r;
  return nullptr;
}

TEST(LayoutTokens, NumbersGluedToLabelsAndSpacedOutHeadingsAndYears) {
  auto t = layout_tokens("一、一般公共预算拨款收入              4,651.67 一、一般公共服务支出         2,906.63");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1].kind, TokenKind::amount);
  EXPECT_DOUBLE_EQ(*t[1].value, 4651.67);
  EXPECT_EQ(t[2].text, "一、一般公共服务支出");
  auto h = layout_tokens("          项       目               2026 年预算数");
  ASSERT_EQ(h.size(), 2u);
  EXPECT_EQ(h[0].text, "项目");
  EXPECT_EQ(h[1].text, "2026年预算数");  // a year is never an amount
  EXPECT_EQ(h[1].kind, TokenKind::text);
  auto c = layout_tokens("201   13   01   行政运行                 9,389,913.00");
  ASSERT_EQ(c.size(), 5u);
  EXPECT_TRUE(c[0].is_integer());
  EXPECT_EQ(layout_tokens("类     款    项").size(), 3u);  // code column heads stay apart
}

TEST(LayoutTitles, NumberingStylesOfManyRegions) {
  const Kind B = Kind::budget;
  for (const char* title : {"表1  2026年部门收支总表", "公开01表 收支总表", "部门收支总体情况表（预算表 1）",
                            "一、收支预算总表", "1. 2025年部门财务收支预算总表", "2019年部门综合预算收支总表",
                            "（一）收支总表"})
    EXPECT_EQ(layout_title_id(title, B), "overview") << title;
  EXPECT_EQ(layout_title_id("2026年财政拨款收支总体情况表", B), "fiscal_overview");
  EXPECT_EQ(layout_title_id("本年一般公共预算“三公”经费支出表", B), "three_public");
  EXPECT_EQ(layout_title_id("一般公共预算基本支出明细表（按支出经济分类科目）", B), "basic_by_economic");
  EXPECT_EQ(layout_title_id("一般公共预算基本支出明细表（按支出功能分类科目）", B), "basic_by_function");
  EXPECT_EQ(layout_title_id("一、收支预算总表........................8", B), "");  // a 目录 entry
  EXPECT_EQ(layout_title_id("按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。", B), "");
  EXPECT_EQ(layout_title_id("收入支出决算总表", Kind::final_accounts), "overview");
  EXPECT_TRUE(is_numbering_label("部门公开表 2"));
  EXPECT_TRUE(is_numbering_label("公开 01 表"));
}

// Codes split over 类/款/项 columns that print only the new part, and the 合计 row first.
TEST(LayoutTables, SplitCodesPrintingOnlyTheNewPartAndTotalFirst) {
  Disclosure d = parse_text(
      "甲市审计局2026年部门预算\n"
      "                  支出总体情况表\n"
      "部门（单位）：甲市审计局                          单位：万元\n"
      "      科目编码\n"
      "                      科目名称       合   计       基本支出      项目支出\n"
      "类      款     项\n"
      "                  合    计           300.00       200.00       100.00\n"
      "201               一般公共服务支出      250.00       150.00       100.00\n"
      "       08             审计事务      250.00       150.00       100.00\n"
      "              01        行政运行      150.00       150.00\n"
      "              02    一般行政管理事务      100.00                  100.00\n"
      "221               住房保障支出           50.00        50.00\n"
      "       02             住房改革支出       50.00        50.00\n"
      "              01        住房公积金       50.00        50.00\n");
  const Table* t = d.table("expenditure");
  ASSERT_TRUE(t);
  std::vector<std::string> codes;
  for (const auto& r : t->rows) codes.push_back(r.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"", "201", "20108", "2010801", "2010802", "221", "22102", "2210201"}));
  const Row* item = row_named(*t, "一般行政管理事务");
  ASSERT_TRUE(item);
  EXPECT_EQ(t->value(*item, "total"), 100.0);
  EXPECT_EQ(t->value(*item, "basic"), 0.0);   // blank cell of a present table
  EXPECT_EQ(t->value(*item, "project"), 100.0);
  EXPECT_EQ(d.summary.basic, 200.0);
  EXPECT_EQ(d.summary.project, 100.0);
  ASSERT_EQ(d.summary.by_function.size(), 2u);
  EXPECT_EQ(d.summary.by_function[1].code, "221");
  EXPECT_EQ(d.entity.name, "甲市审计局");
  EXPECT_EQ(errors(d), 0);
}

// Codes glued to their names ("2010301行政运行", "2010801-行政运行") are still codes, so the
// hierarchy adds up and no row is lost from it.
TEST(LayoutTables, CodesGluedToNames) {
  Disclosure d = parse_text(
      "庚县财政局2026年部门预算\n"
      "                  支出总表\n"
      "部门：庚县财政局                                单位：万元\n"
      "     科目编码            科目名称        合计        基本支出      项目支出\n"
      "201一般公共服务支出                        80.00        50.00       30.00\n"
      "20106财政事务                              80.00        50.00       30.00\n"
      "2010601-行政运行                           50.00        50.00\n"
      "2010602-一般行政管理事务                   30.00                    30.00\n"
      "         合计                             80.00        50.00       30.00\n");
  const Table* t = d.table("expenditure");
  ASSERT_TRUE(t);
  std::vector<std::string> codes;
  for (const auto& r : t->rows) codes.push_back(r.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"201", "20106", "2010601", "2010602", ""}));
  EXPECT_EQ(t->rows[2].name, "行政运行");
  ASSERT_EQ(d.summary.by_function.size(), 1u);
  EXPECT_EQ(d.summary.by_function[0].name, "一般公共服务支出");
  EXPECT_EQ(errors(d), 0);
}

// Last year's column beside this year's: the headline figure is this year's.
TEST(LayoutTables, ThisYearsColumnBesideLastYears) {
  Disclosure d = parse_text(
      "辛市审计局\n"
      "                       2026年部门收支总表\n"
      "部门：辛市审计局                                             单位：万元\n"
      "          项目        2025年预算数   2026年预算数          项目        2025年预算数   2026年预算数\n"
      "一、一般公共预算拨款收入   90.00        100.00    一、一般公共服务支出     90.00        100.00\n"
      "      本年收入合计        90.00        100.00        本年支出合计       90.00        100.00\n"
      "       收入总计           90.00        100.00          支出总计         90.00        100.00\n");
  EXPECT_EQ(d.summary.income_total, 100.0);
  EXPECT_EQ(d.summary.income_current, 100.0);
  EXPECT_EQ(d.summary.general_public_budget, 100.0);
  EXPECT_EQ(d.summary.expenditure_current, 100.0);
  EXPECT_EQ(errors(d), 0);
}

// A 行次 index beside each label is never an amount.
TEST(LayoutTables, RowNumbersAreNotAmounts) {
  Disclosure d = parse_text(
      "乙县财政局2024年度部门决算\n"
      "                         收入支出决算总表\n"
      "编制部门：乙县财政局                                  金额单位：万元\n"
      "           收入                                 支出\n"
      "      项目        行次      金额             项目        行次      金额\n"
      "一、一般公共预算财政拨款收入   1      100.00  一、一般公共服务支出    31     90.00\n"
      "                                          二、住房保障支出       32     10.00\n"
      "     本年收入合计        27      100.00       本年支出合计        57    100.00\n"
      "年初结转和结余              29        5.00    年末结转和结余         59      5.00\n"
      "         总计            30      105.00          总计           60    105.00\n");
  EXPECT_EQ(d.kind, Kind::final_accounts);
  EXPECT_EQ(d.summary.income_current, 100.0);
  EXPECT_EQ(d.summary.carryover_in, 5.0);
  EXPECT_EQ(d.summary.income_total, 105.0);
  EXPECT_EQ(d.summary.expenditure_current, 100.0);
  EXPECT_EQ(d.summary.carryover_out, 5.0);
  const Table* t = d.table("overview");
  ASSERT_TRUE(t);
  const Row* total = row_named(*t, "总计");
  ASSERT_TRUE(total);
  EXPECT_EQ(total->row_number, 30);
  EXPECT_EQ(errors(d), 0);
}

// A 收支总表 of four blocks whose headings sit on staggered lines (each block's 预算数 one line
// below its label heading); the classes named without codes or the word 支出; the expenditure
// side by use naming 基本/项目 in its own words.
TEST(LayoutTables, StaggeredHeadingsOfFourBlocks) {
  Disclosure d = parse_text(
      "丙市应急管理局\n"
      "                          2019年部门综合预算收支总表\n"
      "                                                                                 单位：万元\n"
      "    项   目       预算数 支出功能分类科目     部门预算支出经济分类科目\n"
      "                                   预算数                       政府预算支出经济分类科目\n"
      "                                                              预算数                       预算数\n"
      " 1、财政拨款        300.00 1、一般公共服务        1、人员经费和公用经费支出   200.00 1、机关工资福利支出   150.00\n"
      "                          2、社会保障和就业   120.00 2、专项业务经费支出     100.00 2、机关商品和服务支出 150.00\n"
      "                          3、灾害防治及应急管理 180.00\n"
      "本年收入合计        300.00 本年支出合计      300.00 本年支出合计           300.00 本年支出合计       300.00\n"
      "收入总计           300.00 支出总计         300.00 支出总计              300.00 支出总计          300.00\n");
  const Table* t = d.table("overview");
  ASSERT_TRUE(t);
  ASSERT_EQ(t->columns.size(), 4u);
  EXPECT_EQ(d.summary.income_total, 300.0);
  EXPECT_EQ(d.summary.expenditure_current, 300.0);
  EXPECT_EQ(d.summary.basic, 200.0);
  EXPECT_EQ(d.summary.project, 100.0);
  ASSERT_EQ(d.summary.by_function.size(), 2u);
  EXPECT_EQ(d.summary.by_function[0].code, "208");
  EXPECT_EQ(d.summary.by_function[0].total, 120.0);
  EXPECT_EQ(d.summary.by_function[1].code, "224");
  EXPECT_EQ(d.summary.by_function[1].total, 180.0);
  EXPECT_EQ(errors(d), 0);
}

// A “三公” table whose 合计 also counts 会议费 and 培训费: the “三公” total is the 小计 beside it;
// a narrow heading wrapped over three lines ("因公出" / "国（境）" / "费") names its column.
TEST(LayoutTables, ThreePublicSubtotalAndAHeadingWrappedOverThreeLines) {
  Disclosure d = parse_text(
      "丁省法院\n"
      "公开 09 表\n"
      "              “三公”经费、会议费、培训费支出预算表\n"
      "部门名称：丁省法院                                                   单位：万元\n"
      "                                   “三公”经费\n"
      "                                   公务用车购置及运行维护费\n"
      "  合计                   因公出                                           会议费       培训费\n"
      "                                                             公务接\n"
      "              小计       国（境）               公务用车购   公务用车运\n"
      "                                 小计                           待费\n"
      "                        费                  置费     行维护费\n"
      "\n"
      "     60.00     35.00     10.00     20.00               20.00    5.00     15.00     10.00\n");
  ASSERT_TRUE(d.summary.three_public);
  EXPECT_EQ(d.summary.three_public->total, 35.0);
  EXPECT_EQ(d.summary.three_public->overseas, 10.0);
  EXPECT_EQ(d.summary.three_public->vehicles_total, 20.0);
  EXPECT_EQ(d.summary.three_public->vehicle_purchase, 0.0);
  EXPECT_EQ(d.summary.three_public->vehicle_operation, 20.0);
  EXPECT_EQ(d.summary.three_public->reception, 5.0);
}

// A “三公” table with a line that cannot be placed: its items are unknown, never zero.
TEST(LayoutTables, AnUnreadThreePublicTableGivesNoZeros) {
  Disclosure d = parse_text(
      "戊县审计局\n"
      "                       2026年部门收支总表\n"
      "部门：戊县审计局                                             单位：万元\n"
      "          项目            预算数             项目            预算数\n"
      "一、一般公共预算拨款收入      100.00    一、一般公共服务支出       100.00\n"
      "       收入总计           100.00          支出总计          100.00\n"
      "                     一般公共预算“三公”经费支出预算表\n"
      "部门：戊县审计局                                       单位：万元\n"
      "     单位名称          合计       会议费\n"
      "     戊县审计局        9.00   1.00   2.00   3.00   3.00\n");
  EXPECT_FALSE(d.summary.three_public);
}

// A coded row's name wrapped onto the next line (苏州 公开03表 line 288–289: 2080505
// 机关事业单位基本养老保险缴费 / 支出) is one row, not a row "支出" of zeros.
TEST(LayoutTables, ACodedRowsNameWrappedOntoTheNextLine) {
  Disclosure d = parse_text(
      "庚县审计局\n"
      "                                   支出总表\n"
      "部门：庚县审计局                                                   单位：万元\n"
      "  科目编码                  科目名称     合计            基本支出         项目支出\n"
      "                  合计              740.81       740.81\n"
      "208             社会保障和就业支出          740.81       740.81\n"
      "  20805         行政事业单位养老支出         740.81       740.81\n"
      "      2080505   机关事业单位基本养老保险缴费        597.44       597.44\n"
      "                支出\n"
      "      2080506   机关事业单位职业年金缴费支出        143.37       143.37\n");
  const Table* t = d.table("expenditure");
  ASSERT_TRUE(t);
  ASSERT_EQ(t->rows.size(), 5u);
  EXPECT_EQ(t->rows[3].code, "2080505");
  EXPECT_EQ(t->rows[3].name, "机关事业单位基本养老保险缴费支出");
  EXPECT_EQ(t->rows[4].code, "2080506");
  EXPECT_EQ(errors(d), 0);
}

// A table named in the 目录 and printed later, printed empty (only its header and 合计) or marked
// 本表无数据 under its header: present with no data, not "not found" at its 目录 line. (A body
// whose figures cannot be placed is present and unread: Corpus.ChangchunPetition2026Budget.)
TEST(LayoutTables, EmptyAndNoDataTablesAfterTheirContentsLine) {
  Disclosure d = parse_text(
      "己县审计局2026年部门预算\n"
      "目录\n"
      "    一、部门收支总表\n"
      "    二、部门收入总表\n"
      "    三、政府性基金预算支出表\n"
      "    四、国有资本经营预算支出表\n"
      "  本部门2026年收入预算100.00万元，支出预算100.00万元，比上年增加12.50万元。\n"
      "                       2026年部门收支总表\n"
      "部门：己县审计局                                             单位：万元\n"
      "          项目            预算数             项目            预算数\n"
      "一、一般公共预算拨款收入      100.00    一、一般公共服务支出       100.00\n"
      "       收入总计           100.00          支出总计          100.00\n"
      "                       2026年部门收入总表\n"
      "部门：己县审计局                                             单位：万元\n"
      "  单位  单位  合\n"
      "  代码  名称  计\n"
      "  001001 己县审计局 100.00 100.00 0.00\n"
      "                       政府性基金预算支出表\n"
      "部门：己县审计局                                             单位：万元\n"
      "  科目编码     科目名称      合计      基本支出      项目支出\n"
      "               合    计\n"
      "                       国有资本经营预算支出表\n"
      "部门：己县审计局                                             单位：万元\n"
      "  科目编码     科目名称      合计      基本支出      项目支出\n"
      "注：本部门没有国有资本经营预算支出，本表无数据。\n");
  const Table* fund = d.table("gov_fund_expenditure");
  ASSERT_TRUE(fund);
  EXPECT_EQ(fund->line, 18);
  EXPECT_TRUE(fund->present);
  EXPECT_TRUE(fund->no_data);
  const Table* capital = d.table("state_capital");
  ASSERT_TRUE(capital);
  EXPECT_EQ(capital->line, 22);
  EXPECT_TRUE(capital->present);
  EXPECT_TRUE(capital->no_data);
  const Table* income = d.table("income");
  ASSERT_TRUE(income);
  EXPECT_EQ(income->line, 13);
  EXPECT_TRUE(income->present);
  EXPECT_FALSE(income->no_data);
  EXPECT_EQ(errors(d), 0);
}

// The common final-account “三公” table: the items under 预算数, then the same items under 决算数.
// The 决算数 are the figures; the 预算数 the budget they are set against.
TEST(LayoutTables, FinalThreePublicBudgetBesideFinal) {
  Disclosure d = parse_disclosure_file(source_path("tests/fixtures/edge/final-three-public-budget-beside-final.txt"));
  ASSERT_EQ(d.kind, Kind::final_accounts);
  ASSERT_TRUE(d.summary.three_public);
  EXPECT_EQ(d.summary.three_public->total, 10.20);
  EXPECT_EQ(d.summary.three_public->vehicles_total, 7.10);
  EXPECT_EQ(d.summary.three_public->vehicle_operation, 7.10);
  EXPECT_EQ(d.summary.three_public->reception, 3.10);
  ASSERT_TRUE(d.summary.three_public_budget);
  EXPECT_EQ(d.summary.three_public_budget->total, 12.50);
  EXPECT_EQ(d.summary.three_public_budget->reception, 4.50);
  // Not a Shanxi county: no Shanxi table set is asked of it.
  EXPECT_EQ(d.template_id, "generic");
}

// Tables in 元 and the 三公 table in 万元: values as printed, the summary in 万元.
TEST(LayoutTables, UnitsPerTable) {
  Disclosure d = parse_text(
      "                         2025年部门财务收支预算总表\n"
      "编制部门：上海市丙区商务委员会                                 单位：元\n"
      "                  本年收入                          本年支出\n"
      "            项目            预算数              项目          预算数\n"
      "一、财政拨款收入                  1,234,567.00 一、一般公共服务支出        1,234,567.00\n"
      "           收入总计           1,234,567.00          支出总计            1,234,567.00\n"
      "                    2025年部门“三公”经费和机关运行经费预算表\n"
      "编制部门：上海市丙区商务委员会                                单位:万元\n"
      "   合计          因公出国(境)费   公务接待费\n"
      "        2.50           1.00          1.50\n");
  const Table* overview = d.table("overview");
  ASSERT_TRUE(overview);
  EXPECT_EQ(overview->unit, "元");
  EXPECT_EQ(overview->value(*row_named(*overview, "收入总计"), "total"), 1234567.0);  // as printed
  ASSERT_TRUE(d.summary.income_total);
  EXPECT_NEAR(*d.summary.income_total, 123.4567, 1e-9);                             // 万元
  EXPECT_EQ(d.table("three_public")->unit, "万元");
  ASSERT_TRUE(d.summary.three_public);
  EXPECT_EQ(d.summary.three_public->total, 2.5);
  EXPECT_EQ(d.summary.three_public->reception, 1.5);
  EXPECT_EQ(d.entity.name, "上海市丙区商务委员会");
  EXPECT_EQ(d.entity.region, "上海市丙区");
}

// Every labelled line that names the entity, and the marks that are not part of the name.
TEST(LayoutEntity, LabelledLinesAndNormalization) {
  const std::string body =
      "                  收支总表\n"
      "LABEL                               单位：万元\n"
      "            项目          预算数          项目          预算数\n"
      "一、一般公共预算拨款收入      10.00 一、一般公共服务支出       10.00\n"
      "         收入总计            10.00        支出总计          10.00\n";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"单位名称：丁市统计局", "丁市统计局"},
      {"部门名称：丁市统计局（本级）", "丁市统计局"},
      {"编制部门：丁市卫生健康委员会（汇总）", "丁市卫生健康委员会"},
      {"编制单位：丁市人民政府办公室", "丁市人民政府办公室"},
      {"预算单位：丁市信访局", "丁市信访局"},
      {"部门（单位）：丁市审计局", "丁市审计局"},
      {"部门：丁市审计局", "丁市审计局"},
  };
  for (const auto& [line, name] : cases) {
    std::string text = body;
    text.replace(text.find("LABEL"), 5, line);
    Disclosure d = parse_text(text);
    EXPECT_EQ(d.entity.name, name) << line;
    EXPECT_EQ(d.entity.region, "丁市") << line;
  }
  // Areas of every level, and department names that only look like areas.
  const std::vector<std::vector<std::string>> areas = {
      {"单位名称：南京市城市管理局", "南京市", "城市管理局"},
      {"单位名称：杭州市市场监督管理局", "杭州市", "市场监督管理局"},
      {"单位名称：延边朝鲜族自治州民政局", "延边朝鲜族自治州", "民政局"},
      {"单位名称：新疆维吾尔自治区财政厅", "新疆维吾尔自治区", "财政厅"},
      {"单位名称：长沙市岳麓区教育局", "长沙市岳麓区", "教育局"},
      {"单位名称：锡林郭勒盟正蓝旗审计局", "锡林郭勒盟正蓝旗", "审计局"},
      {"单位名称：阳泉市城区财政局", "阳泉市城区", "财政局"},
      {"单位名称：丙市社区矫正管理局", "丙市", "社区矫正管理局"},
  };
  for (const auto& a : areas) {
    std::string text = body;
    text.replace(text.find("LABEL"), 5, a[0]);
    Disclosure d = parse_text(text);
    EXPECT_EQ(d.entity.region, a[1]) << a[0];
    EXPECT_EQ(d.entity.department_type, a[2]) << a[0];
  }
  // No name anywhere: a warning, never a silent shared page.
  std::string nameless = body;
  nameless.replace(nameless.find("LABEL"), 5, "");
  Disclosure d = parse_text(nameless);
  EXPECT_TRUE(d.entity.name.empty());
  bool warned = false;
  for (const auto& c : d.checks) warned |= c.id == "missing-entity" && c.severity == "warning";
  EXPECT_TRUE(warned);
}

// A two-sided table continued on the next page with its header repeated, and a real error.
TEST(LayoutTables, TwoSidedAcrossAPageBreakAndARealInconsistency) {
  Disclosure d = parse_text(
      "戊县审计局\n"
      "                  收支总表\n"
      "部门：戊县审计局                                单位：万元\n"
      "                   收入                        支出\n"
      "            项目           预算数               项目        预算数\n"
      "一、一般公共预算拨款收入              100.00 一、一般公共服务支出          60.00\n"
      "二、政府性基金预算拨款收入                   二、外交支出\n"
      "                            - 8 -\n"
      "\f                  收支总表\n"
      "                   收入                        支出\n"
      "            项目           预算数               项目        预算数\n"
      "                                   三、住房保障支出          40.00\n"
      "          本年收入合计          100.00      本年支出合计        100.00\n"
      "           收入总计           100.00        支出总计        101.00\n");
  const Table* t = d.table("overview");
  ASSERT_TRUE(t);
  const Row* housing = row_named(*t, "三、住房保障支出");
  ASSERT_TRUE(housing);
  EXPECT_EQ(housing->side, "expenditure");
  EXPECT_EQ(housing->page, 2);
  EXPECT_EQ(d.summary.income_total, 100.0);
  // 收入总计 100.00 against 支出总计 101.00: the document's own inconsistency.
  int sides = 0;
  for (const auto& c : d.checks) sides += c.id == "sum-mismatch" && c.table == "overview";
  EXPECT_EQ(sides, 1);
}

// A year in the statement is never an amount; a figure needs its 万元.
TEST(LayoutNarrative, AYearIsNotTheOperatingCost) {
  Disclosure d = parse_text(
      "己县审计局2026年部门预算\n"
      "                  收支总表\n"
      "部门：己县审计局                                单位：万元\n"
      "            项目           预算数               项目        预算数\n"
      "一、一般公共预算拨款收入              100.00 一、一般公共服务支出         100.00\n"
      "           收入总计           100.00        支出总计        100.00\n"
      "三、机关运行经费\n"
      "机关运行经费2026年预算为12.34万元，比上年减少1.00万元。\n");
  ASSERT_TRUE(d.summary.admin_operating);
  EXPECT_EQ(*d.summary.admin_operating, 12.34);
}

}  // namespace
}  // namespace budgetsite

namespace budgetsite {
namespace {

// A row printed blank just above the first row of figures (因公出国（境）费 with no figure) is a
// row, not a heading: the columns stay 合计 | 一般公共预算 | …, and 0.20 is 公务接待费, not
// 因公出国（境）费 (the Shanxi 表十 with its columns spaced differently).
TEST(LayoutTables, ABlankFirstRowIsNoHeading) {
  Disclosure d = parse_text(
      "癸县工业和信息化局\n"
      "                       2024年部门收支总表\n"
      "部门：癸县工业和信息化局                                       单位：万元\n"
      "          项目            预算数             项目            预算数\n"
      "一、一般公共预算拨款收入      100.00    一、一般公共服务支出       100.00\n"
      "       收入总计           100.00          支出总计          100.00\n"
      "                    2024年财政拨款安排“三公”经费支出预算表\n"
      "部门名称：癸县工业和信息化局                                       单位：万元\n"
      "项目                      2024年预算数\n"
      "                          合计        一般公共预算    政府性基金预算\n"
      "因公出国（境）费\n"
      "公务接待费                0.20          0.20\n"
      "公务用车购置及运行费      4.50          4.50\n"
      "①公务用车购置费\n"
      "②公务用车运行维护费      4.50          4.50\n"
      "合计                      4.70          4.70\n");
  const Table* t = d.table("three_public");
  ASSERT_TRUE(t);
  ASSERT_GE(t->columns.size(), 2u);
  EXPECT_EQ(t->columns[0].key, "total");
  ASSERT_TRUE(d.summary.three_public);
  const ThreePublic& tp = *d.summary.three_public;
  ASSERT_TRUE(tp.overseas && tp.reception && tp.vehicles_total && tp.total);
  EXPECT_DOUBLE_EQ(*tp.overseas, 0.0);
  EXPECT_DOUBLE_EQ(*tp.reception, 0.20);
  EXPECT_DOUBLE_EQ(*tp.vehicles_total, 4.50);
  EXPECT_DOUBLE_EQ(*tp.total, 4.70);
  EXPECT_EQ(errors(d), 0);
}

}  // namespace
}  // namespace budgetsite

namespace budgetsite {
namespace {

// A 决算 收支总表 whose 行次 column lost its heading: the small numbers counting up beside the
// labels (1 … 8, 26 … 31; 32 … 54) are row numbers, never amounts (a Guangdong final page said
// 收入总计 26.00 and 本年支出 49.00).
TEST(LayoutTables, RowNumbersWithoutTheirHeadingAreNotAmounts) {
  Disclosure d = parse_disclosure_file(source_path("tests/fixtures/edge/final-row-numbers-without-heading.txt"));
  validate(d);
  EXPECT_EQ(d.kind, Kind::final_accounts);
  const Summary& s = d.summary;
  ASSERT_TRUE(s.income_total && s.income_current && s.expenditure_current && s.carryover_in);
  EXPECT_DOUBLE_EQ(*s.income_total, 1533.20);
  EXPECT_DOUBLE_EQ(*s.income_current, 1523.20);
  EXPECT_DOUBLE_EQ(*s.expenditure_current, 1523.20);
  EXPECT_DOUBLE_EQ(*s.carryover_in, 10.00);
  const Table* t = d.table("overview");
  ASSERT_TRUE(t);
  const Row* row = row_named(*t, "八、其他收入");
  ASSERT_TRUE(row);
  EXPECT_EQ(row->row_number, 8);
  ASSERT_FALSE(row->values.empty());
  EXPECT_EQ(row->values.front(), 0.0);
  EXPECT_EQ(d.proof.at("income_total").status, "proven");
  EXPECT_EQ(errors(d), 0);
  for (const auto& c : d.checks) EXPECT_NE(c.id, "unparsed") << c.message;
}

}  // namespace
}  // namespace budgetsite

namespace budgetsite {
namespace {

// A table printed in whole 元: each part carries up to half a 元 of rounding, so a total one 元
// off the sum of its parts is rounding, never an error (a Shanghai street budget had ten such).
TEST(LayoutTables, AOneYuanDifferenceInAWholeYuanTableIsRounding) {
  Disclosure d = parse_text(
      "上海市测试街道办事处\n"
      "                       2025年部门收支总表\n"
      "编制部门：上海市测试街道办事处                                          单位：元\n"
      "          项目            预算数             项目            预算数\n"
      "一、财政拨款收入        1,000,001    一、一般公共服务支出       1,000,001\n"
      "       收入总计         1,000,001          支出总计          1,000,001\n"
      "                       2025年部门支出总表\n"
      "编制部门：上海市测试街道办事处                                          单位：元\n"
      "   科目编码      科目名称            合计           基本支出         项目支出\n"
      "     201       一般公共服务支出      1,000,001        500,000        500,000\n"
      "               合计                  1,000,001        500,000        500,000\n");
  int rounding = 0;
  for (const auto& c : d.checks) {
    EXPECT_NE(c.severity, "error") << c.message;
    rounding += c.id == "rounding";
  }
  EXPECT_GE(rounding, 1);
}

}  // namespace
}  // namespace budgetsite

namespace budgetsite {
namespace {

// Cells printed a little above or below their row: the unit's name wrapped around the row of
// figures (Shenzhen: "深圳市测试管理" / figures / "委员会"), and decimals printed under their
// figure (Chongqing: "1,200" / ".50"). Each is put back on its row.
TEST(LayoutTables, CellsPrintedAboveOrBelowTheirRow) {
  Disclosure d = parse_text(
      "深圳市测试管理委员会\n"
      "                                  收支总表\n"
      "部门名称：深圳市测试管理委员会                                                单位：万元\n"
      "          项目            2026年预算数          项目            2026年预算数\n"
      "一、财政拨款              1,200          一、一般公共服务支出       1,200\n"
      "                        .50                             .50\n"
      "       收入总计           1,200.50              支出总计           1,200.50\n"
      "                                  支出总表\n"
      "部门名称：深圳市测试管理委员会                                                单位：万元\n"
      "       预算单位        科目编码       科目名称      支出总计         基本支出        项目支出\n"
      "深圳市测试管理\n"
      "                                                    1,200.50       1,000.50         200.00\n"
      "委员会\n"
      "                 201       一般公共服务支出          1,200.50       1,000.50         200.00\n");
  const Table* t = d.table("expenditure");
  ASSERT_TRUE(t);
  const Row* unit = row_named(*t, "深圳市测试管理委员会");
  ASSERT_TRUE(unit) << "the wrapped name is one row";
  ASSERT_TRUE(d.summary.basic && d.summary.project);
  EXPECT_DOUBLE_EQ(*d.summary.basic, 1000.50);
  EXPECT_DOUBLE_EQ(*d.summary.project, 200.00);
  for (const auto& r : t->rows) EXPECT_NE(r.name, "委员会");
  const Table* overview = d.table("overview");
  ASSERT_TRUE(overview);
  const Row* first = row_named(*overview, "一、财政拨款");
  ASSERT_TRUE(first);
  ASSERT_FALSE(first->values.empty());
  ASSERT_TRUE(first->values.front());
  EXPECT_DOUBLE_EQ(*first->values.front(), 1200.50);
}

}  // namespace
}  // namespace budgetsite
