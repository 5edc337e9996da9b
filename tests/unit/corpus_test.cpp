// Real disclosures of other regions' templates (tests/fixtures/corpus/, pdftotext -layout text
// of the published PDFs). Every expected figure below was read by hand from the document (the
// line is given); none was copied from budgetsite's output. Amounts in 万元; the Shanghai
// district budget prints its tables in 元, so its figures are the printed 元 divided by 10,000.
#include <gtest/gtest.h>

#include <cmath>

#include "ingest/source_text.h"
#include "model/parse.h"
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
  EXPECT_EQ(errors(d), 0);
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
  EXPECT_EQ(errors(d), 0);
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
