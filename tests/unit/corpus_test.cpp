// Real disclosures of other regions' templates (tests/fixtures/corpus/, pdftotext -layout text
// of the published PDFs). Every expected figure below was read by hand from the document (the
// line is given); none was copied from budgetsite's output. Amounts in 万元; the Shanghai
// district budget prints its tables in 元, so its figures are the printed 元 divided by 10,000.
#include <gtest/gtest.h>

#include <set>
#include <tuple>

#include <cmath>
#include <optional>

#include "ingest/source_text.h"
#include "common/text.h"
#include "model/parse.h"
#include "model/proof.h"
#include "test_support.h"
#include "validate/validate.h"

namespace budgetsite {
namespace {

Disclosure corpus(const std::string& name) {
  Disclosure d = parse_disclosure_file(source_path("tests/fixtures/corpus/" + name + ".txt"));
  validate(d);
  return d;
}

void expect_amount(const Amount& a, double expected, const char* what) {
  ASSERT_TRUE(a.has_value()) << what;
  EXPECT_NEAR(*a, expected, 1e-6) << what;
}

const FunctionSummary* function(const Disclosure& d, const std::string& code) {
  for (const auto& f : d.summary.by_function)
    if (f.code == code) return &f;
  return nullptr;
}

int errors(const Disclosure& d) {
  int n = 0;
  for (const auto& c : d.checks) n += c.severity == "error";
  return n;
}

// The errors of a document as (line, id, expected, actual) in cents / hundredths of a percent.
using Error = std::tuple<int, std::string, long long, long long>;
std::set<Error> error_set(const Disclosure& d) {
  std::set<Error> out;
  for (const auto& c : d.checks)
    if (c.severity == "error")
      out.insert({c.line, c.id, c.expected ? to_cents(*c.expected) : 0, c.actual ? to_cents(*c.actual) : 0});
  return out;
}

// 苏州市审计局 2026 部门预算 (Jiangsu municipal 公开01–13表).
TEST(Corpus, SuzhouAudit2026Budget) {
  Disclosure d = corpus("js-suzhou-audit-2026-budget");
  EXPECT_EQ(d.kind, Kind::budget);
  EXPECT_EQ(d.year, 2026);
  EXPECT_EQ(d.template_id, "jiangsu");
  EXPECT_EQ(d.entity.name, "苏州市审计局");
  EXPECT_EQ(d.entity.region, "苏州市");
  EXPECT_EQ(d.entity.scope, "department");
  // 收支总表 (line 237–239): 本年收入合计 4,651.67 · 本年支出合计 4,651.67 · 收入总计 4,651.67.
  expect_amount(d.summary.income_total, 4651.67, "income_total");
  expect_amount(d.summary.income_current, 4651.67, "income_current");
  expect_amount(d.summary.general_public_budget, 4651.67, "general_public_budget");
  expect_amount(d.summary.expenditure_current, 4651.67, "expenditure_current");
  // 支出总表 合计 (line 280): 4,651.67 = 基本 4,312.17 + 项目 339.50.
  expect_amount(d.summary.basic, 4312.17, "basic");
  expect_amount(d.summary.project, 339.50, "project");
  // 一般公共预算基本支出表 合计 (line 411): 人员经费 3,916.57, 公用经费 395.60.
  expect_amount(d.summary.personnel, 3916.57, "personnel");
  // 公开10表 and 公开11表 (lines 544, 567) are printed and say 故本表无数据 (lines 555, 578); the
  // 目录 names them first (lines 22, 23).
  for (auto [id, line] : {std::pair{"gov_fund_expenditure", 544}, std::pair{"state_capital", 567}}) {
    const Table* t = d.table(id);
    ASSERT_TRUE(t) << id;
    EXPECT_EQ(t->line, line) << id;
    EXPECT_TRUE(t->present) << id;
    EXPECT_TRUE(t->no_data) << id;
  }
  expect_amount(d.summary.public_funds, 395.60, "public_funds");
  // “三公”经费 (line 533): 合计 10.00, 公务接待费 10.00, the rest 0.00.
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->total, 10.00, "three_public.total");
  expect_amount(d.summary.three_public->reception, 10.00, "three_public.reception");
  expect_amount(d.summary.three_public->overseas, 0.00, "three_public.overseas");
  // 类 rows of the 支出总表: 201 2,906.63 (2,567.13 + 339.50), 208 442.09, 221 1,302.95.
  ASSERT_EQ(d.summary.by_function.size(), 3u);
  ASSERT_TRUE(function(d, "201"));
  expect_amount(function(d, "201")->total, 2906.63, "201");
  expect_amount(function(d, "201")->basic, 2567.13, "201 basic");
  expect_amount(function(d, "201")->project, 339.50, "201 project");
  expect_amount(function(d, "208")->total, 442.09, "208");
  expect_amount(function(d, "221")->total, 1302.95, "221");
  EXPECT_EQ(errors(d), 0) << "the document is consistent";
}

// 国家信访局 2026 部门预算 (central 部门公开表1–9).
TEST(Corpus, NationalPetition2026Budget) {
  Disclosure d = corpus("cn-national-petition-2026-budget");
  EXPECT_EQ(d.kind, Kind::budget);
  EXPECT_EQ(d.year, 2026);
  EXPECT_EQ(d.template_id, "central");
  EXPECT_EQ(d.entity.name, "国家信访局");
  EXPECT_EQ(d.entity.region, "中央");
  // 部门收支总表 (lines 98–112).
  expect_amount(d.summary.general_public_budget, 16474.82, "general_public_budget");
  expect_amount(d.summary.income_current, 48362.82, "income_current");
  expect_amount(d.summary.carryover_in, 2254.12, "carryover_in");
  expect_amount(d.summary.income_total, 50616.94, "income_total");
  expect_amount(d.summary.expenditure_current, 50616.94, "expenditure_current");
  // The one error: line 699, 委托业务费 1,391.68 万元, 比 2025 年增加 333.83 万元, 增长 31.35%; but
  // 333.83 / (1,391.68 − 333.83) = 31.56%, and no rounding of the inputs reaches 31.35%.
  EXPECT_EQ(error_set(d), (std::set<Error>{{699, "narrative-mismatch", 3156, 3135}}));
}


// 上海市普陀区商务委员会 2025 部门预算: tables in 元, the 三公 table in 万元.
TEST(Corpus, PutuoCommerce2025BudgetInYuan) {
  Disclosure d = corpus("sh-putuo-commerce-2025-budget");
  EXPECT_EQ(d.year, 2025);
  EXPECT_EQ(d.template_id, "shanghai");
  EXPECT_EQ(d.entity.name, "上海市普陀区商务委员会");
  EXPECT_EQ(d.entity.region, "上海市普陀区");
  ASSERT_TRUE(d.table("expenditure"));
  EXPECT_EQ(d.table("expenditure")->unit, "元");
  // 财务收支预算总表 (line 157): 收入总计 371,514,655.00 元.
  expect_amount(d.summary.income_total, 37151.4655, "income_total");
  // 1. 一般公共预算资金 371,514,655.00 元 (line 147).
  expect_amount(d.summary.general_public_budget, 37151.4655, "general_public_budget");
  // 支出预算总表 合计 (line 234): 371,514,655.00 = 19,830,655.00 + 351,684,000.00 元.
  expect_amount(d.summary.basic, 1983.0655, "basic");
  expect_amount(d.summary.project, 35168.4, "project");
  // 201 一般公共服务支出 21,601,733.00 = 12,291,733.00 + 9,310,000.00 元.
  ASSERT_TRUE(function(d, "201"));
  expect_amount(function(d, "201")->total, 2160.1733, "201");
  expect_amount(function(d, "201")->basic, 1229.1733, "201 basic");
  expect_amount(function(d, "201")->project, 931.0, "201 project");
  // 类 rows: 201 206 208 210 215 216 221.
  EXPECT_EQ(d.summary.by_function.size(), 7u);
  // 机关运行经费 171.01 万元 (三公 table, line 366, unit 万元).
  expect_amount(d.summary.admin_operating, 171.01, "admin_operating");
  EXPECT_EQ(errors(d), 0);
}

// 区委社会工作部 2024 部门决算 (Shanghai district 决算, 9 unnumbered tables).
TEST(Corpus, PutuoSocialWork2024Final) {
  Disclosure d = corpus("sh-putuo-socialwork-2024-final");
  EXPECT_EQ(d.kind, Kind::final_accounts);
  EXPECT_EQ(d.year, 2024);
  EXPECT_EQ(d.template_id, "shanghai-final");
  // 收入支出决算总表 (lines 88–119): 一般公共预算财政拨款收入 307.82, 本年收入合计 307.82,
  // 本年支出合计 307.82, 总计 307.82.
  expect_amount(d.summary.general_public_budget, 307.82, "general_public_budget");
  expect_amount(d.summary.income_current, 307.82, "income_current");
  expect_amount(d.summary.expenditure_current, 307.82, "expenditure_current");
  expect_amount(d.summary.income_total, 307.82, "income_total");
  // Line 484 (paragraph of line 480), 住房保障支出（类）29.42 万元, 占 9.55%; but 29.42 / 307.82 =
  // 9.5575%, 9.56% whatever the rounding of the two figures (9.5559–9.5591%).
  // Lines 488–490: "年初预算为 0 万元，全年预算为 321.02 万元，支出决算为 307.82 万元，完成年初预算的
  // 95.89%": 307.82 / 321.02 = 95.89% is the completion of the 全年预算; of a 年初预算 of 0 there is none.
  // Lines 541–543: 全年预算 2.23, 决算 2.22, "决算数小于全年预算数": true, so silent.
  EXPECT_EQ(error_set(d), (std::set<Error>{{480, "narrative-mismatch", 956, 955}, {488, "narrative-mismatch", 0, 9589}}));
  // Lines 415 and 431, under the empty 政府性基金 and 国有资本经营 tables: the template's
  // instruction to the drafter ("无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作
  // 下述说明：") printed above the note it asked for.
  std::set<int> leftovers;
  for (const auto& c : d.checks)
    if (c.id == "template-leftover") leftovers.insert(c.line);
  EXPECT_EQ(leftovers, (std::set<int>{415, 431}));
}

// The headline figures of one document, read by hand; nullopt = not asserted here.
struct Headline {
  std::optional<double> income_total, income_current, carryover_in, general_public_budget, expenditure_current,
      carryover_out, basic, project, personnel, public_funds, three_public_total, admin_operating;
};

void expect_headline(const Disclosure& d, const Headline& h) {
  auto check = [](const Amount& got, const std::optional<double>& want, const char* what) {
    if (want) expect_amount(got, *want, what);
  };
  check(d.summary.income_total, h.income_total, "income_total");
  check(d.summary.income_current, h.income_current, "income_current");
  check(d.summary.carryover_in, h.carryover_in, "carryover_in");
  check(d.summary.general_public_budget, h.general_public_budget, "general_public_budget");
  check(d.summary.expenditure_current, h.expenditure_current, "expenditure_current");
  check(d.summary.carryover_out, h.carryover_out, "carryover_out");
  check(d.summary.basic, h.basic, "basic");
  check(d.summary.project, h.project, "project");
  check(d.summary.personnel, h.personnel, "personnel");
  check(d.summary.public_funds, h.public_funds, "public_funds");
  check(d.summary.admin_operating, h.admin_operating, "admin_operating");
  if (h.three_public_total) {
    ASSERT_TRUE(d.summary.three_public);
    expect_amount(d.summary.three_public->total, *h.three_public_total, "three_public.total");
  }
}

void expect_function(const Disclosure& d, const std::string& code, double total) {
  const FunctionSummary* f = function(d, code);
  ASSERT_TRUE(f) << code;
  expect_amount(f->total, total, code.c_str());
}

// 福州市医疗保障局 2026 部门预算 (Fujian: amounts without separators).
TEST(Corpus, FuzhouMedicalInsurance2026Budget) {
  Disclosure d = corpus("fj-fuzhou-medinsurance-2026-budget");
  EXPECT_EQ(d.template_id, "fujian");
  EXPECT_EQ(d.entity.name, "福州市医疗保障局");
  EXPECT_EQ(d.entity.region, "福州市");
  EXPECT_EQ(d.year, 2026);
  // 收支预算总表 (lines 158–196): 本年收入合计 351904.90, 上年结转结余 0.00, 收入合计 351904.90.
  // 支出预算总表 合计: 351904.90 = 7841.26 + 344063.64. 人员经费 7263.35, 公用经费 577.91
  // (statement, lines 620 and 626). “三公” 合计 5.00 (公务接待费 5.00).
  expect_headline(d, {351904.90, 351904.90, 0.0, 351904.90, 351904.90, 0.0, 7841.26, 344063.64, 7263.35, 577.91, 5.00,
                      std::nullopt});
  expect_function(d, "208", 1073.21);
  expect_function(d, "210", 349680.44);
  expect_function(d, "221", 1151.25);
  EXPECT_EQ(errors(d), 0);
}

// 福州市公安局文职人员管理中心 2026 单位预算: the cover title wrapped over three lines.
TEST(Corpus, FuzhouPoliceStaff2026UnitBudget) {
  Disclosure d = corpus("fj-fuzhou-policestaff-2026-budget-unit");
  EXPECT_EQ(d.entity.name, "福州市公安局文职人员管理中心");
  EXPECT_EQ(d.entity.scope, "unit");
  expect_headline(d, {6053.42, 6053.42, 0.0, 6053.42, 6053.42, 0.0, 6053.42, 0.0, 5643.29, 410.13, 0.0, std::nullopt});
  expect_function(d, "204", 4481.91);
  expect_function(d, "208", 512.23);
  expect_function(d, "221", 1059.28);
  EXPECT_EQ(errors(d), 0);
}

// 广州市统计局 2026 部门预算: 收支总体情况表 over two pages, blanks printed 0.00.
TEST(Corpus, GuangzhouStatistics2026Budget) {
  Disclosure d = corpus("gd-guangzhou-stats-2026-budget");
  EXPECT_EQ(d.template_id, "guangzhou");
  EXPECT_EQ(d.entity.name, "广州市统计局");
  // 本年收入合计 9,483.72, 上年结转结余 0.00, 收入总计 9,483.72 (page 2 of the table);
  // 一般公共预算 9,433.72 (财政拨款收支总体情况表, line 286); 本年支出总体情况表 合计 9,483.72 =
  // 8,401.67 + 1,082.05; “三公”经费 19.86; 行政经费（机关运行经费） 839.21.
  expect_headline(d, {9483.72, 9483.72, 0.0, 9433.72, 9483.72, 0.0, 8401.67, 1082.05, std::nullopt, std::nullopt, 19.86,
                      839.21});
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->overseas, 5.00, "overseas");
  expect_amount(d.summary.three_public->vehicles_total, 6.70, "vehicles_total");
  expect_amount(d.summary.three_public->vehicle_operation, 6.70, "vehicle_operation");
  expect_amount(d.summary.three_public->reception, 8.16, "reception");
  expect_function(d, "201", 8295.28);
  expect_function(d, "208", 370.17);
  EXPECT_EQ(errors(d), 0);
}

// 深圳市统计局（本级） 2026 部门预算: rows keyed by 预算单位.
TEST(Corpus, ShenzhenStatistics2026Budget) {
  Disclosure d = corpus("gd-shenzhen-stats-2026-budget");
  EXPECT_EQ(d.entity.name, "深圳市统计局");
  EXPECT_EQ(d.entity.raw_name, "深圳市统计局（本级）");
  // 收支总表 (lines 602–632): 本年收入合计 5,417.80, 上年结余、结转 0.00, 收入总计 5,417.80;
  // 支出总表, the department's row: 5,417.80 = 4,104.00 + 1,313.80.
  // 财政拨款“三公”经费支出表 (line 1116), every item split by fund source: 2026 年 总计 32.56 =
  // 因公出国 16.80 + 公务接待 11.56 + 公务用车 4.20 (购置 0.00, 运行维护 4.20), all 一般公共预算.
  expect_headline(d, {5417.80, 5417.80, 0.0, 5417.80, 5417.80, 0.0, 4104.00, 1313.80, std::nullopt, std::nullopt,
                      32.56, std::nullopt});
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->overseas, 16.80, "overseas");
  expect_amount(d.summary.three_public->reception, 11.56, "reception");
  expect_amount(d.summary.three_public->vehicles_total, 4.20, "vehicles_total");
  expect_amount(d.summary.three_public->vehicle_operation, 4.20, "vehicle_operation");
  EXPECT_EQ(errors(d), 0);
}

// 重庆市人民政府办公厅 2026 部门预算: 合计 first, 三公 by year side by side.
TEST(Corpus, ChongqingGovernmentOffice2026Budget) {
  Disclosure d = corpus("cq-chongqing-govoffice-2026-budget");
  EXPECT_EQ(d.template_id, "chongqing");
  EXPECT_EQ(d.entity.name, "重庆市人民政府办公厅");
  // 部门收支总体情况表 (line 124): 合计 19,230.18; 一般公共预算资金 18,417.70; 支出总体情况表 合计
  // 19,230.18 = 9,018.47 + 10,211.71; 基本支出 人员经费 7,180.92, 公用经费 1,837.55 (line 333);
  // 2026年 “三公” 合计 394.49 = 184.49 + 200.00 + 10.00 (line 415).
  expect_headline(d, {19230.18, std::nullopt, std::nullopt, 18417.70, std::nullopt, std::nullopt, 9018.47, 10211.71,
                      7180.92, 1837.55, 394.49, std::nullopt});
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->overseas, 184.49, "overseas");
  expect_amount(d.summary.three_public->vehicles_total, 200.00, "vehicles_total");
  expect_amount(d.summary.three_public->reception, 10.00, "reception");
  expect_function(d, "201", 15958.96);
  EXPECT_EQ(errors(d), 0);
}

// 江苏省高级人民法院 2019 部门预算: a three-sided 收支预算总表.
TEST(Corpus, JiangsuHighCourt2019Budget) {
  Disclosure d = corpus("js-jiangsu-court-2019-budget");
  EXPECT_EQ(d.year, 2019);
  EXPECT_EQ(d.entity.name, "江苏省高级人民法院");
  // 公开10表 政府性基金预算财政拨款支出预算表 (line 492): printed, 合计 0. Not a 财政拨款 table,
  // and not missing.
  const Table* fund = d.table("gov_fund_expenditure");
  ASSERT_TRUE(fund);
  EXPECT_EQ(fund->line, 492);
  EXPECT_TRUE(fund->present);
  for (const auto& c : d.checks) EXPECT_NE(c.id, "missing-table") << c.message;
  EXPECT_EQ(d.entity.region, "江苏省");
  // 当年收入小计 37,188.34, 收入合计 37,188.34; 支出预算总表 (line 272): 37,188.34 = 21,968.00 +
  // 10,208.94 + 5,011.40 (单位预留机动经费); 人员经费 18387.95 (statement, line 783).
  expect_headline(d, {37188.34, 37188.34, std::nullopt, 37188.34, 37188.34, std::nullopt, 21968.00, 10208.94, 18387.95,
                      std::nullopt, std::nullopt, std::nullopt});
  // 公开09表 (line 485): 合计 2,382.02 counts 会议费 271.02 and 培训费 1,597.25; the “三公” 小计
  // is 513.75 = 因公出国（境）费 160.00 (wrapped over three lines) + 公务用车 266.80 (购置 blank,
  // 运行维护 266.80) + 公务接待费 86.95 — as the statement says (lines 818–821).
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->total, 513.75, "three_public.total");
  expect_amount(d.summary.three_public->overseas, 160.00, "three_public.overseas");
  expect_amount(d.summary.three_public->vehicles_total, 266.80, "three_public.vehicles_total");
  expect_amount(d.summary.three_public->vehicle_purchase, 0.00, "three_public.vehicle_purchase");
  expect_amount(d.summary.three_public->vehicle_operation, 266.80, "three_public.vehicle_operation");
  expect_amount(d.summary.three_public->reception, 86.95, "three_public.reception");
  EXPECT_EQ(errors(d), 0);
}

// 长春市信访局 2026 部门预算: 本年预算/编制预算/上年结转 on each side, no separators.
TEST(Corpus, ChangchunPetition2026Budget) {
  Disclosure d = corpus("jl-changchun-petition-2026-budget");
  EXPECT_EQ(d.template_id, "changchun");
  EXPECT_EQ(d.entity.name, "长春市信访局");
  // 收支总表 (lines 97–133): 1682.76 throughout; 支出总表 总计： 1682.76 = 1208.2 + 474.56;
  // 基本支出表 合计 (line 329): 人员经费 997.20, 公用经费 211.00; “三公” 合计 7.61.
  expect_headline(d, {1682.76, 1682.76, std::nullopt, 1682.76, 1682.76, 0.0, 1208.20, 474.56, 997.20, 211.00, 7.61,
                      std::nullopt});
  // “三公” (line 402): 合计 7.61; 当年预算: 因公出国 0.00, 公务用车 6.75 (购置 0.00, 运行 6.75),
  // 公务接待 0.86.
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->overseas, 0.0, "overseas");
  expect_amount(d.summary.three_public->vehicles_total, 6.75, "vehicles_total");
  expect_amount(d.summary.three_public->vehicle_operation, 6.75, "vehicle_operation");
  expect_amount(d.summary.three_public->reception, 0.86, "reception");
  expect_function(d, "201", 1378.41);
  // 收入总表(预算表 2) (line 134): its one row of figures (105001 长春市信访局 1682.76 …) stands
  // under a header printed one character per line, which is not read: present and unread, never
  // "not found" and never 0. 预算表 8 (line 410) is printed with its header and no figure.
  const Table* income = d.table("income");
  ASSERT_TRUE(income);
  EXPECT_EQ(income->line, 134);
  EXPECT_TRUE(income->present);
  EXPECT_TRUE(income->unread);
  EXPECT_TRUE(income->rows.empty());
  const Table* fund = d.table("gov_fund_expenditure");
  ASSERT_TRUE(fund);
  EXPECT_EQ(fund->line, 410);
  EXPECT_TRUE(fund->present);
  EXPECT_TRUE(fund->no_data);
  // The errors the document holds:
  // - 20140 信访事务 当年预算 小计 1378.41, but its 项 rows print 小计 903.85 + 0.00 + 0.00 (lines
  //   174–186: 2014002 and 2014099 print 小计 0.00 beside their 项目支出 458.00 and 16.56);
  // - line 650 (国有资产占用情况): 固定资产总量 4,295.98 万元 = 3,773.63 + 335.24 + 172.11 + 15;
  //   设备 335.24 is 7.80% of it, printed 7.90%; 无形资产 15 is 0.35%, printed 0.26%.
  EXPECT_EQ(error_set(d), (std::set<Error>{{174, "sum-mismatch", 90385, 137841},
                                           {650, "narrative-mismatch", 780, 790},
                                           {650, "narrative-mismatch", 35, 26}}));
  for (const auto& c : d.checks)
    if (c.severity == "error" && c.id == "sum-mismatch") EXPECT_EQ(c.table, "expenditure");
  // The unread 收入总表 holds figures: a warning about the reading, never an error.
  int unparsed = 0;
  for (const auto& c : d.checks) unparsed += c.id == "unparsed";
  EXPECT_EQ(unparsed, 1);
}

// 烟台市审计局 2026 部门预算: 类/款/项 in three columns printing only the new part.
TEST(Corpus, YantaiAudit2026Budget) {
  Disclosure d = corpus("sd-yantai-audit-2026-budget");
  EXPECT_EQ(d.template_id, "shandong");
  EXPECT_EQ(d.entity.name, "烟台市审计局");
  // 收支总体情况表 (lines 140–198): 一般公共预算收入 2,776.75, 本年收入合计 3558.35, 收入总计 3558.35;
  // 支出总体情况表 合计 (line 298): 3,558.35 = 2,776.85 + 781.50; 基本支出情况表: 人员 2,536.91,
  // 公用 235.33; 2026年 “三公” 合计 3.40 (公务接待费 3.40).
  expect_headline(d, {3558.35, 3558.35, std::nullopt, 2776.75, 3558.35, std::nullopt, 2776.85, 781.50, 2536.91, 235.33,
                      3.40, std::nullopt});
  expect_function(d, "201", 2731.79);
  expect_function(d, "208", 469.90);
  EXPECT_EQ(errors(d), 0);
}

// 苏州市科学技术局 2026 单位预算 (Jiangsu municipal, 单位 wording).
TEST(Corpus, SuzhouScience2026UnitBudget) {
  Disclosure d = corpus("js-suzhou-science-2026-budget-unit");
  EXPECT_EQ(d.entity.name, "苏州市科学技术局");
  EXPECT_EQ(d.entity.scope, "unit");
  // Lines 310–312, 351, 529.
  expect_headline(d, {186241.00, 186241.00, 0.0, 186241.00, 186241.00, std::nullopt, 2281.84, 183959.16, 2058.18, 223.66,
                      std::nullopt, std::nullopt});
  EXPECT_EQ(errors(d), 0);
}

// 上海市普陀区人民政府办公室 2025 单位预算, in 元.
TEST(Corpus, PutuoGovernmentOffice2025UnitBudget) {
  Disclosure d = corpus("sh-putuo-govoffice-2025-budget-unit");
  EXPECT_EQ(d.entity.name, "上海市普陀区人民政府办公室");
  EXPECT_EQ(d.entity.scope, "unit");
  // 收入总计 91,016,775.35 元 (line 153); 支出预算总表 合计 91,016,775.35 = 24,606,775.35 +
  // 66,410,000.00 (line 237); 基本支出 合计 24,606,775.35 = 22,473,997.81 + 2,132,777.54 (line 384).
  expect_headline(d, {9101.677535, std::nullopt, std::nullopt, 9101.677535, std::nullopt, std::nullopt, 2460.677535,
                      6641.0, 2247.399781, 213.277754, std::nullopt, std::nullopt});
  EXPECT_EQ(errors(d), 0);
}

// 上海市财政局 2025 单位预算: 元 without decimals; the 三公 table in 万元.
TEST(Corpus, ShanghaiFinance2025UnitBudget) {
  Disclosure d = corpus("sh-shanghai-finance-2025-budget-unit");
  EXPECT_EQ(d.entity.name, "上海市财政局");
  // 收入总计 171,915,169 元 (line 106); 合计 171,915,169 = 127,642,039 + 44,273,130 (line 178);
  // 基本支出 127,642,039 = 102,464,260 + 25,177,779 (line 301); “三公” 346.30 万元, 机关运行经费
  // 2,517.78 万元 (line 309).
  expect_headline(d, {17191.5169, std::nullopt, std::nullopt, 17191.5169, std::nullopt, std::nullopt, 12764.2039, 4427.313,
                      10246.426, 2517.7779, 346.30, 2517.78});
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->overseas, 288.70, "overseas");
  expect_amount(d.summary.three_public->reception, 25.40, "reception");
  expect_amount(d.summary.three_public->vehicles_total, 32.20, "vehicles_total");
  EXPECT_EQ(errors(d), 0);
}

// 北京市审计局 2026 部门预算, published in two files: 附件1 情况说明 and 附件2 报表 (6 decimals).
TEST(Corpus, BeijingAudit2026BudgetInTwoParts) {
  // The 报表 alone: figures, but no name in any table heading (a missing-entity warning).
  Disclosure tables = corpus("bj-beijing-audit-2026-budget-tables");
  EXPECT_TRUE(tables.entity.name.empty());
  bool warned = false;
  for (const auto& c : tables.checks) warned |= c.id == "missing-entity" && c.severity == "warning";
  EXPECT_TRUE(warned);
  // 预算07表 and 预算08表 (lines 246, 255): printed with their header and 合计, no figure.
  for (const char* id : {"gov_fund_expenditure", "state_capital"}) {
    const Table* t = tables.table(id);
    ASSERT_TRUE(t) << id;
    EXPECT_TRUE(t->present) << id;
    EXPECT_TRUE(t->no_data) << id;
  }
  EXPECT_EQ(tables.table("gov_fund_expenditure")->line, 246);
  // 预算01表 收支总表 (lines 1–35): 一般公共预算拨款收入 32,365.090089, 本年收入合计 32,380.090089,
  // 上年结转结余 471.963743, 收入总计 32,852.053832, 本年支出合计 32,852.053832; 预算03表 合计
  // (line 121): 基本 25,218.537585, 项目 7,633.516247; 基本支出 合计 (line 245): 人员经费
  // 23,545.680500, 公用经费 1,672.857085; 预算09表 “三公” 244.848000 (173.52 + 6.00 + 65.328).
  const Headline beijing{32852.053832, 32380.090089, 471.963743, 32365.090089, 32852.053832, std::nullopt,
                         25218.537585, 7633.516247,  23545.6805,   1672.857085,  244.848,      std::nullopt};
  expect_headline(tables, beijing);
  ASSERT_TRUE(tables.summary.three_public);
  expect_amount(tables.summary.three_public->overseas, 173.52, "overseas");
  expect_amount(tables.summary.three_public->vehicle_purchase, 37.38, "vehicle_purchase");
  expect_amount(tables.summary.three_public->vehicle_operation, 27.948, "vehicle_operation");

  // The 情况说明 alone parses too: the name and year from its cover.
  Disclosure statement = corpus("bj-beijing-audit-2026-budget");
  EXPECT_EQ(statement.entity.name, "北京市审计局");
  EXPECT_EQ(statement.year, 2026);

  // Joined as one publication (content/disclosures/bj-beijing-audit-2026-budget.yaml: parts).
  std::vector<SourceText> parts;
  parts.push_back(ingest_file(source_path("tests/fixtures/corpus/bj-beijing-audit-2026-budget.txt")));
  parts.push_back(ingest_file(source_path("tests/fixtures/corpus/bj-beijing-audit-2026-budget-tables.txt")));
  const int statement_pages = parts[0].page_count;
  Disclosure joined = build_disclosure(join_parts(std::move(parts)));
  validate(joined);
  EXPECT_EQ(joined.entity.name, "北京市审计局");
  EXPECT_EQ(joined.entity.region, "北京市");
  EXPECT_EQ(joined.year, 2026);
  EXPECT_EQ(joined.template_id, "beijing");
  expect_headline(joined, beijing);
  ASSERT_TRUE(joined.table("overview"));
  EXPECT_EQ(joined.table("overview")->page, statement_pages + 1);  // the 报表's first page
  EXPECT_EQ(errors(joined), 0);
}

// 西安市安全生产监督管理局 2019 部门综合预算: four blocks side by side in the 收支总表.
TEST(Corpus, XianWorkSafety2019Budget) {
  Disclosure d = corpus("sn-xian-worksafety-2019-budget");
  EXPECT_EQ(d.template_id, "xian");
  EXPECT_EQ(d.year, 2019);
  // 表9 2019年部门综合预算政府性基金收支总表 (line 1032): printed without a figure (the list on
  // line 33: 本单位无政府性基金预算). The fund's table, not a second 收支总表.
  const Table* fund = d.table("gov_fund_expenditure");
  ASSERT_TRUE(fund);
  EXPECT_EQ(fund->line, 1032);
  EXPECT_TRUE(fund->present);
  EXPECT_TRUE(fund->no_data);
  for (const auto& c : d.checks) EXPECT_NE(c.id, "missing-table") << c.message;
  EXPECT_EQ(d.entity.name, "西安市安全生产监督管理局");
  // 表1 (lines 48–102): (1)一般公共预算拨款收入 3,643.37, 本年收入合计 3,643.37, 上年结转 11.61,
  // 收入总计 3,695.91; 本年支出合计 3,643.37, 结转下年 52.54. 表8 合计 (line 802): 人员经费
  // 1,839.51, 公用经费 182.88.
  // Its 支出总表 splits by fund source only; 表1's expenditure side by use (header rows staggered
  // over four blocks) states 1、人员经费和公用经费支出 2,022.39 (line 59) and 2、专项业务经费支出
  // 1,620.98 (line 66).
  expect_headline(d, {3695.91, 3643.37, 11.61, 3643.37, 3643.37, 52.54, 2022.39, 1620.98, 1839.51, 182.88,
                      std::nullopt, std::nullopt});
  // 表13 prints its headings one character per line and is not read: the “三公” figures are
  // unknown, never zero.
  EXPECT_FALSE(d.summary.three_public);
  EXPECT_EQ(errors(d), 0);
}

// 西安市卫生健康委员会（汇总） 2022 部门决算: 行次 and 栏次, a 171-page document.
TEST(Corpus, XianHealth2022Final) {
  Disclosure d = corpus("sn-xian-health-2022-final");
  EXPECT_EQ(d.kind, Kind::final_accounts);
  EXPECT_EQ(d.year, 2022);
  EXPECT_EQ(d.template_id, "xian-final");
  EXPECT_EQ(d.entity.name, "西安市卫生健康委员会");
  EXPECT_EQ(d.entity.raw_name, "西安市卫生健康委员会（汇总）");
  // 收入支出决算总表 (公开01表, lines 7275–7310): 一般公共预算财政拨款收入 296,030.91 (行次 1),
  // 本年收入合计 2,015,094.22, 年初结转和结余 465,278.48, 总计 2,480,372.70; 本年支出合计
  // 2,074,962.01, 年末结转和结余 399,035.80. 支出决算表 合计 (line 7414): 1,168,039.29 +
  // 906,922.72. 基本支出决算表 (line 7666): 人员经费合计 96,513.21, 公用经费合计 2,093.08.
  expect_headline(d, {2480372.70, 2015094.22, 465278.48, 296030.91, 2074962.01, 399035.80, 1168039.29, 906922.72,
                      96513.21, 2093.08, 587.55, std::nullopt});
  // 公开09表: 决算数 587.55 (公务用车 587.44 = 136.48 + 450.96, 公务接待 0.11); 预算数 593.46.
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->vehicles_total, 587.44, "vehicles_total");
  expect_amount(d.summary.three_public->vehicle_purchase, 136.48, "vehicle_purchase");
  expect_amount(d.summary.three_public->vehicle_operation, 450.96, "vehicle_operation");
  expect_amount(d.summary.three_public->reception, 0.11, "reception");
  ASSERT_TRUE(d.summary.three_public_budget);
  expect_amount(d.summary.three_public_budget->total, 593.46, "three_public_budget.total");
  expect_amount(d.summary.three_public_budget->reception, 1.86, "three_public_budget.reception");
  expect_function(d, "201", 56.00);
  // The 部门整体支出绩效自评表 (line 1152) names no project: its first label, 部门（单位）名称, is
  // no project name. The next form's is on its 项目名称 line (line 2419).
  ASSERT_GE(d.performance.size(), 2u);
  EXPECT_EQ(d.performance[0].type, "overall_self_evaluation");
  EXPECT_EQ(d.performance[0].project, "");
  EXPECT_EQ(d.performance[1].project, "2022年病媒生物防制");
  EXPECT_EQ(errors(d), 0);
}

// Kind, year, entity, region and scope of every document, as the corpus README identifies each
// by reading it (cover, labelled lines, 部门/单位 wording).
TEST(Corpus, IdentityOfEveryDocument) {
  struct Identity {
    const char* file;
    Kind kind;
    int year;
    const char* name;
    const char* region;
    const char* scope;
  };
  const Kind B = Kind::budget, F = Kind::final_accounts;
  const std::vector<Identity> documents = {
      {"bj-beijing-audit-2026-budget", B, 2026, "北京市审计局", "北京市", "department"},
      {"cn-national-petition-2026-budget", B, 2026, "国家信访局", "中央", "department"},
      {"cq-chongqing-govoffice-2026-budget", B, 2026, "重庆市人民政府办公厅", "重庆市", "department"},
      {"fj-fuzhou-medinsurance-2026-budget", B, 2026, "福州市医疗保障局", "福州市", "department"},
      {"fj-fuzhou-policestaff-2026-budget-unit", B, 2026, "福州市公安局文职人员管理中心", "福州市", "unit"},
      {"gd-guangzhou-stats-2026-budget", B, 2026, "广州市统计局", "广州市", "department"},
      {"gd-shenzhen-stats-2026-budget", B, 2026, "深圳市统计局", "深圳市", "department"},
      {"jl-changchun-petition-2026-budget", B, 2026, "长春市信访局", "长春市", "department"},
      {"js-jiangsu-court-2019-budget", B, 2019, "江苏省高级人民法院", "江苏省", "department"},
      {"js-suzhou-audit-2026-budget", B, 2026, "苏州市审计局", "苏州市", "department"},
      {"js-suzhou-science-2026-budget-unit", B, 2026, "苏州市科学技术局", "苏州市", "unit"},
      {"sd-yantai-audit-2026-budget", B, 2026, "烟台市审计局", "烟台市", "department"},
      {"sh-putuo-commerce-2025-budget", B, 2025, "上海市普陀区商务委员会", "上海市普陀区", "department"},
      {"sh-putuo-govoffice-2025-budget-unit", B, 2025, "上海市普陀区人民政府办公室", "上海市普陀区", "unit"},
      {"sh-putuo-socialwork-2024-final", F, 2024, "中共上海市普陀区委社会工作部", "上海市普陀区", "department"},
      {"sh-shanghai-finance-2025-budget-unit", B, 2025, "上海市财政局", "上海市", "unit"},
      {"sn-xian-health-2022-final", F, 2022, "西安市卫生健康委员会", "西安市", "department"},
      {"sn-xian-worksafety-2019-budget", B, 2019, "西安市安全生产监督管理局", "西安市", "department"},
  };
  for (const auto& doc : documents) {
    SCOPED_TRACE(doc.file);
    const Disclosure d = corpus(doc.file);
    EXPECT_EQ(d.kind, doc.kind);
    EXPECT_EQ(d.year, doc.year);
    EXPECT_EQ(d.entity.name, doc.name);
    EXPECT_EQ(d.entity.region, doc.region);
    EXPECT_EQ(d.entity.scope, doc.scope);
  }
}

// Every 类 row of `by_function`, read by hand from the expenditure side of each 收支总表 (or the
// 支出总表's 类 rows), in 万元: the whole list, so a class missing or added fails.
void expect_functions(const std::string& name, const std::vector<std::pair<std::string, double>>& classes) {
  SCOPED_TRACE(name);
  Disclosure d = corpus(name);
  ASSERT_EQ(d.summary.by_function.size(), classes.size());
  for (size_t i = 0; i < classes.size(); ++i) {
    EXPECT_EQ(d.summary.by_function[i].code, classes[i].first);
    expect_amount(d.summary.by_function[i].total, classes[i].second, classes[i].first.c_str());
  }
}

TEST(Corpus, EveryClassRowOfByFunction) {
  expect_functions("cn-national-petition-2026-budget", {{"201", 47179.30}, {"205", 118.01}, {"208", 2208.19}, {"221", 1111.44}});
  expect_functions("js-suzhou-audit-2026-budget", {{"201", 2906.63}, {"208", 442.09}, {"221", 1302.95}});
  expect_functions("fj-fuzhou-medinsurance-2026-budget", {{"208", 1073.21}, {"210", 349680.44}, {"221", 1151.25}});
  expect_functions("fj-fuzhou-policestaff-2026-budget-unit", {{"204", 4481.91}, {"208", 512.23}, {"221", 1059.28}});
  expect_functions("cq-chongqing-govoffice-2026-budget",
                   {{"201", 15958.96}, {"205", 15.26}, {"208", 1595.94}, {"210", 446.95}, {"215", 673.17}, {"221", 539.91}});
  expect_functions("jl-changchun-petition-2026-budget", {{"201", 1378.41}, {"208", 178.42}, {"210", 32.65}, {"221", 93.27}});
  expect_functions("sd-yantai-audit-2026-budget", {{"201", 2731.79}, {"208", 469.90}, {"210", 151.80}, {"221", 204.86}});
  expect_functions("gd-shenzhen-stats-2026-budget",
                   {{"201", 3478.72}, {"205", 193.00}, {"208", 562.39}, {"210", 86.28}, {"221", 1097.40}});
  expect_functions("gd-guangzhou-stats-2026-budget",
                   {{"201", 8295.28}, {"208", 370.17}, {"210", 4.15}, {"221", 764.12}, {"229", 50.00}});
  expect_functions("sh-putuo-commerce-2025-budget", {{"201", 2160.1733}, {"206", 1720.0}, {"208", 380.8085},
                                                     {"210", 88.1803}, {"215", 29381.0}, {"216", 3136.4}, {"221", 284.9034}});
  expect_functions("sh-putuo-socialwork-2024-final", {{"201", 264.87}, {"208", 10.82}, {"210", 2.71}, {"221", 29.42}});
  // The Jiangsu court's 支出预算总表 has no 类 rows: its 收支预算总表 lists them (lines 175–213).
  expect_functions("js-jiangsu-court-2019-budget", {{"204", 27488.23}, {"208", 2355.65}, {"221", 7344.46}});
  // Beijing's 支出总表 prints only 项 codes: 预算01表's expenditure side (lines 5–25).
  expect_functions("bj-beijing-audit-2026-budget-tables", {{"201", 26661.064552}, {"205", 122.8}, {"208", 2559.323508},
                                                           {"210", 1798.093248}, {"221", 1710.772524}});
  // Xi'an 2019 names its classes without codes or the word 支出 ("8、社会保障和就业", lines 69–85).
  expect_functions("sn-xian-worksafety-2019-budget", {{"208", 183.60}, {"210", 30.81}, {"221", 157.42}, {"224", 3271.54}});
  // 公开01表 (lines 7281–7303), with 行次.
  expect_functions("sn-xian-health-2022-final", {{"201", 56.00}, {"205", 5590.29}, {"208", 14994.95}, {"210", 1474833.23},
                                                 {"221", 11435.91}, {"229", 568051.63}});
  expect_functions("js-suzhou-science-2026-budget-unit", {{"206", 185263.17}, {"208", 247.46}, {"221", 730.37}});
  // Printed in 元: 82,096,797.42 / 4,213,779.28 / 1,097,073.43 / 3,609,125.22 (lines 137–143).
  expect_functions("sh-putuo-govoffice-2025-budget-unit",
                   {{"201", 8209.679742}, {"208", 421.377928}, {"210", 109.707343}, {"221", 360.912522}});
  // 127,886,849 / 17,560,320 / 4,668,000 / 21,800,000 元 (lines 95–98).
  expect_functions("sh-shanghai-finance-2025-budget-unit",
                   {{"201", 12788.6849}, {"208", 1756.032}, {"210", 466.8}, {"221", 2180.0}});
}

// Figures only the 情况说明 states: 政府采购 and the vehicles of the 国有资产 paragraph.
void expect_procurement(const Disclosure& d, double total, std::optional<double> goods, std::optional<double> works,
                        std::optional<double> services) {
  ASSERT_TRUE(d.summary.procurement);
  expect_amount(d.summary.procurement->total, total, "procurement.total");
  if (goods) expect_amount(d.summary.procurement->goods, *goods, "procurement.goods");
  if (works) expect_amount(d.summary.procurement->works, *works, "procurement.works");
  if (services) expect_amount(d.summary.procurement->services, *services, "procurement.services");
}

TEST(Corpus, StatedProcurementAndVehicles) {
  {  // lines 709–717: 政府采购预算总额 4,308.39 = 2,315.5 + 417.8 + 1,575.09; 实有车辆 15 辆.
    Disclosure d = corpus("cn-national-petition-2026-budget");
    expect_procurement(d, 4308.39, 2315.5, 417.8, 1575.09);
    EXPECT_EQ(d.summary.vehicles, 15);
  }
  {  // lines 53–57: 4,542.69 = 110 + 0 + 4,432.69; 共有车辆 46 辆.
    Disclosure d = corpus("cq-chongqing-govoffice-2026-budget");
    expect_procurement(d, 4542.69, 110.0, 0.0, 4432.69);
    EXPECT_EQ(d.summary.vehicles, 46);
  }
  {  // lines 1286–1291: 370.62 = 252.619 + 0 + 118; 共有车辆 0 辆.
    Disclosure d = corpus("fj-fuzhou-medinsurance-2026-budget");
    expect_procurement(d, 370.62, 252.619, 0.0, 118.0);
    EXPECT_EQ(d.summary.vehicles, 0);
  }
  {  // lines 850–856, the paragraph broken by the page number 24: 5227.59 = 1637.72 + 530 +
     // 3059.87; 共有车辆 66 辆.
    Disclosure d = corpus("js-jiangsu-court-2019-budget");
    expect_procurement(d, 5227.59, 1637.72, 530.0, 3059.87);
    EXPECT_EQ(d.summary.vehicles, 66);
  }
  {  // line 381: 38.20 = 7.80 + 0 + 30.40; 共有车辆0辆.
    Disclosure d = corpus("sh-putuo-commerce-2025-budget");
    expect_procurement(d, 38.20, 7.80, 0.0, 30.40);
    EXPECT_EQ(d.summary.vehicles, 0);
  }
  {  // lines 903–904: 5.8 = 3.8 + 0 + 2.
    Disclosure d = corpus("sd-yantai-audit-2026-budget");
    expect_procurement(d, 5.8, 3.8, 0.0, 2.0);
  }
  {  // 共有车辆 1 辆.
    Disclosure d = corpus("js-suzhou-audit-2026-budget");
    EXPECT_EQ(d.summary.vehicles, 1);
  }
}

// 机关运行经费: the table where a family prints one, else the statement (justified text such
// as "机 关 运 行 经 费" included).
TEST(Corpus, AdministrativeOperatingCosts) {
  const std::vector<std::pair<std::string, double>> cases = {
      {"cn-national-petition-2026-budget", 2376.26},    // lines 690–691, spaced out
      {"bj-beijing-audit-2026-budget", 1637.76},        // lines 176–177, spaced out
      {"cq-chongqing-govoffice-2026-budget", 1815.00},  // statement: 运行经费 1,815 万元
      {"fj-fuzhou-medinsurance-2026-budget", 577.91},   // statement: 机关运行经费支出 577.91 万元
      {"gd-shenzhen-stats-2026-budget", 742.77},        // statement: 机关运行经费财政拨款预算 742.77 万元
      {"js-suzhou-audit-2026-budget", 395.60},          // 公开12表 合计 (line 596)
      {"js-jiangsu-court-2019-budget", 3580.05},        // line 845
      {"sh-putuo-socialwork-2024-final", 10.23},        // line 627
  };
  for (const auto& [name, amount] : cases) {
    SCOPED_TRACE(name);
    expect_amount(corpus(name).summary.admin_operating, amount, "admin_operating");
  }
  // 共有车辆 17 台 (line 179).
  EXPECT_EQ(corpus("bj-beijing-audit-2026-budget").summary.vehicles, 17);
}

TEST(CorpusInvalid, ScanNotADisclosureBlankTemplate) {
  auto message = [](const std::string& file) -> std::string {
    try {
      parse_disclosure_file(source_path("tests/fixtures/invalid/" + file));
    } catch (const InputError& e) {
      return e.what();
    }
    return "";
  };
  EXPECT_NE(message("scan-no-text-layer.txt").find("no text (a scanned image)"), std::string::npos);
  EXPECT_NE(message("government-notice.txt").find("not a budget or final-accounts disclosure"), std::string::npos);
  EXPECT_NE(message("blank-template.txt").find("not a budget or final-accounts disclosure"), std::string::npos);
}

}  // namespace
}  // namespace budgetsite

namespace budgetsite {
namespace {

std::vector<std::string> glossary_terms(const Disclosure& d) {
  std::vector<std::string> terms;
  for (const auto& g : d.glossary) terms.push_back(g.term);
  return terms;
}

// The 名词解释 of three templates: numbered 一、 over page breaks (苏州, lines 884–910), unnumbered
// "term：" lines (北京, lines 182–192), and （一） (上海普陀, line 87: 基本支出预算).
TEST(Corpus, GlossaryOfTheDocumentsOwnTerms) {
  const Disclosure suzhou = corpus("js-suzhou-audit-2026-budget");
  EXPECT_EQ(glossary_terms(suzhou), (std::vector<std::string>{"财政拨款", "财政专户管理资金", "单位资金", "基本支出", "项目支出",
                                                              "“三公”经费", "机关运行经费"}));
  ASSERT_EQ(suzhou.glossary.size(), 7u);
  EXPECT_EQ(suzhou.glossary[3].line, 894);
  EXPECT_EQ(suzhou.glossary[3].definition, "指为保障机构正常运转、完成工作任务而发生的人员支出和公用支出。");
  // 一、财政拨款 runs over lines 884–886.
  EXPECT_EQ(suzhou.glossary[0].definition,
            "单位从同级财政部门取得的各类财政拨款，包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。");

  const Disclosure beijing = corpus("bj-beijing-audit-2026-budget");
  EXPECT_EQ(glossary_terms(beijing), (std::vector<std::string>{"基本支出", "项目支出", "“三公”经费财政拨款预算数", "政府采购"}));

  const Disclosure putuo = corpus("sh-putuo-commerce-2025-budget");
  const auto terms = glossary_terms(putuo);
  EXPECT_NE(std::find(terms.begin(), terms.end(), "基本支出预算"), terms.end());
  EXPECT_NE(std::find(terms.begin(), terms.end(), "“三公”经费"), terms.end());
  // The last entry stops at its full stop: the text after it is not part of the definition.
  for (const auto& g : putuo.glossary) EXPECT_TRUE(g.definition.ends_with("。")) << g.term;
}

// 西安市信访局 2026: the “三公” table prints 上年 | 当年 | 增减变化情况 side by side (元, line 709).
// The figures are the 当年 ones: 小计 101,000.00, 公务接待费 10,000.00, 公务用车运行维护费 91,000.00;
// the statement (lines 247–257) says 10.10, 1.00 and 9.10 万元. The 上年 ones (12.00, 2.00, 10.00)
// add up as well, so only the column heading tells them apart.
TEST(Corpus, XianPetition2026ThreePublicOfTheCurrentYear) {
  Disclosure d = corpus("sn-xian-petition-2026-budget");
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->total, 10.10, "三公 total");
  expect_amount(d.summary.three_public->reception, 1.00, "reception");
  expect_amount(d.summary.three_public->vehicles_total, 9.10, "vehicles");
  expect_amount(d.summary.three_public->vehicle_operation, 9.10, "vehicle operation");
  EXPECT_TRUE(is_proven(d, "three_public.total"));
  EXPECT_TRUE(is_proven(d, "three_public.vehicle_operation"));
  for (const auto& c : d.checks) EXPECT_NE(c.severity, "error") << c.message;
}

// 烟台市统计局 2026 (line 540): “三公” 14.30 = 公务用车 12.50 + 公务接待 1.80, printed with blanks
// under 因公出国 and one of 购置/运行, whose headings the text gives as one run ("公务用车购置
// 公务用车运行"). The statement (line 765) says 运行维护费 12.5, 购置费 0. Where the 12.50 stands
// the layout does not tell, and 购置 + 运行 = 12.50 holds either way: the total and 小计 are
// proven, the two parts are not.
TEST(Corpus, YantaiStatistics2026BlanksLeaveTheVehiclePartsUnproven) {
  Disclosure d = corpus("sd-yantai-stats-2026-budget");
  ASSERT_TRUE(d.summary.three_public);
  expect_amount(d.summary.three_public->total, 14.30, "三公 total");
  expect_amount(d.summary.three_public->vehicles_total, 12.50, "vehicles");
  expect_amount(d.summary.three_public->reception, 1.80, "reception");
  EXPECT_TRUE(is_proven(d, "three_public.total"));
  EXPECT_FALSE(is_proven(d, "three_public.vehicle_purchase"));
  EXPECT_FALSE(is_proven(d, "three_public.vehicle_operation"));
  EXPECT_EQ(errors(d), 0);
}

// 上海市花卉良种试验场 2026 (lines 204–215, 元): every row of the 基本支出 table is a 301/303
// personnel item printed under 合计 and 人员经费, 公用经费 blank; 合计 4,422,383.
TEST(Corpus, ShanghaiFlowerSeedFarm2026PersonnelWithPublicFundsBlank) {
  Disclosure d = corpus("sh-shanghai-flower-seed-farm-2026-budget-unit");
  expect_amount(d.summary.personnel, 442.2383, "personnel");
  expect_amount(d.summary.public_funds, 0.0, "public funds");
  EXPECT_EQ(errors(d), 0);
}

}  // namespace
}  // namespace budgetsite
