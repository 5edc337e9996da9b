// The proof of headline figures (model/proof.h): which figures the document's own arithmetic
// proves, by which rule, and that a misreading or a failing identity never yields "proven".
// Corpus figures are hand-read in corpus_test.cpp; here the question is only their status.
#include <gtest/gtest.h>

#include <algorithm>

#include "ingest/source_text.h"
#include "model/parse.h"
#include "model/proof.h"
#include "test_support.h"
#include "validate/validate.h"

namespace budgetsite {
namespace {

Disclosure parse_text(const std::string& text) {
  Disclosure d = build_disclosure(ingest_bytes(text, "fixture.txt"));
  validate(d);
  return d;
}

Disclosure corpus(const std::string& name) {
  Disclosure d = parse_disclosure_file(source_path("tests/fixtures/corpus/" + name + ".txt"));
  validate(d);
  return d;
}

std::string status(const Disclosure& d, const std::string& path) {
  auto it = d.proof.find(path);
  return it == d.proof.end() ? "null" : it->second.status;
}

bool proven_by(const Disclosure& d, const std::string& path, const std::string& rule) {
  auto it = d.proof.find(path);
  if (it == d.proof.end()) return false;
  return std::any_of(it->second.by.begin(), it->second.by.end(), [&](const ProofStep& s) { return s.rule == rule; });
}

bool contradicted_by(const Disclosure& d, const std::string& path, const std::string& rule) {
  auto it = d.proof.find(path);
  if (it == d.proof.end()) return false;
  return std::any_of(it->second.against.begin(), it->second.against.end(),
                     [&](const ProofStep& s) { return s.rule == rule; });
}

// 苏州市审计局: 收支总表 收入总计 4,651.67 = 支出总计 4,651.67 (lines 237–239); 支出总表 合计
// 4,651.67 = 基本 4,312.17 + 项目 339.50 (line 280).
TEST(Proof, SuzhouAuditHeadlineIsProvenByItsOwnTables) {
  Disclosure d = corpus("js-suzhou-audit-2026-budget");
  EXPECT_EQ(status(d, "income_total"), "proven");
  EXPECT_TRUE(proven_by(d, "income_total", "overview.expenditure_total"));
  EXPECT_EQ(status(d, "expenditure_current"), "proven");
  EXPECT_TRUE(proven_by(d, "expenditure_current", "sum.basic_project"));
  EXPECT_TRUE(proven_by(d, "basic", "sum.basic_project"));
  EXPECT_TRUE(proven_by(d, "project", "sum.basic_project"));
  for (const auto& f : d.summary.by_function) EXPECT_EQ(status(d, "by_function." + f.code), "proven") << f.code;
  // Each step names the source lines it compared.
  for (const auto& step : d.proof.at("income_total").by) EXPECT_GE(step.lines.size(), 1u) << step.rule;
}

// 长春市信访局: the 类 201 of the 支出总表 is 1378.41 (line 174) as in the 收支总表; its 项 rows do
// not add up to it (the document's one real error), which concerns the 项 rows, not the 类.
TEST(Proof, ChangchunClassesProvenDespiteTheErrorInTheirItems) {
  Disclosure d = corpus("jl-changchun-petition-2026-budget");
  EXPECT_EQ(status(d, "by_function.201"), "proven");
  EXPECT_TRUE(proven_by(d, "by_function.201", "overview.class"));
  EXPECT_TRUE(proven_by(d, "by_function.201", "sum.classes"));
  EXPECT_EQ(status(d, "three_public.total"), "proven");
  EXPECT_TRUE(proven_by(d, "three_public.total", "sum.three_public"));
}

// 上海市普陀区商务委员会 prints its tables in 元: the proof compares in 万元 all the same.
TEST(Proof, TablesInYuanAreProvenInWan) {
  Disclosure d = corpus("sh-putuo-commerce-2025-budget");
  EXPECT_EQ(status(d, "income_total"), "proven");
  EXPECT_EQ(status(d, "basic"), "proven");
}

// Every corpus document: no figure is both proven and contradicted, a null figure has no proof,
// and every proof step names a rule of the table.
TEST(Proof, StatusesAreConsistentAcrossTheCorpus) {
  std::vector<std::string> ids;
  for (const auto& r : reading_rules()) ids.push_back(r.id);
  for (const auto& r : sum_rules()) ids.push_back(r.id);
  for (const char* name : {"bj-beijing-audit-2026-budget-tables", "cn-national-petition-2026-budget",
                           "cq-chongqing-govoffice-2026-budget", "fj-fuzhou-medinsurance-2026-budget",
                           "gd-guangzhou-stats-2026-budget", "gd-shenzhen-stats-2026-budget",
                           "sd-yantai-audit-2026-budget", "sh-putuo-socialwork-2024-final", "sn-xian-health-2022-final",
                           "sn-xian-worksafety-2019-budget"}) {
    Disclosure d = corpus(name);
    for (const auto& [path, value] : headline_figures(d.summary)) {
      auto it = d.proof.find(path);
      if (!value) {
        EXPECT_EQ(it, d.proof.end()) << name << " " << path;
        continue;
      }
      ASSERT_NE(it, d.proof.end()) << name << " " << path;
      const FigureProof& p = it->second;
      EXPECT_EQ(p.status == "proven", !p.by.empty() && p.against.empty()) << name << " " << path;
      for (const auto& s : p.by) EXPECT_NE(std::find(ids.begin(), ids.end(), s.rule), ids.end()) << s.rule;
    }
    EXPECT_EQ(status(d, "income_total"), "proven") << name;
  }
}

// A “三公” table whose parts do not add up to its total: the identity must hold, so none of the
// figures it touches is proven (the total 12.00 ≠ 0.00 + 2.50 + 10.00).
TEST(Proof, AFailingIdentityLeavesItsFiguresUnproven) {
  Disclosure d = parse_text(
      "己县审计局\n"
      "                       2026年部门收支总表\n"
      "部门：己县审计局                                             单位：万元\n"
      "          项目            预算数             项目            预算数\n"
      "一、一般公共预算拨款收入      100.00    一、一般公共服务支出       100.00\n"
      "       收入总计           100.00          支出总计          100.00\n"
      "                    2026年一般公共预算“三公”经费支出预算表\n"
      "部门：己县审计局                                                单位：万元\n"
      "    合计     因公出国（境）费    公务接待费    公务用车购置及运行维护费   公务用车购置费   公务用车运行维护费\n"
      "    12.00          0.00            2.50             10.00               0.00             10.00\n");
  ASSERT_TRUE(d.summary.three_public);
  EXPECT_EQ(status(d, "three_public.total"), "read");
  EXPECT_TRUE(contradicted_by(d, "three_public.total", "sum.three_public"));
  EXPECT_EQ(status(d, "three_public.reception"), "read");
  // The vehicles' own identity holds (10.00 = 0.00 + 10.00), but the failing one contradicts.
  EXPECT_TRUE(proven_by(d, "three_public.vehicles_total", "sum.vehicles"));
  EXPECT_EQ(status(d, "three_public.vehicles_total"), "read");
  // The 收支总表 balances: its total is proven.
  EXPECT_EQ(status(d, "income_total"), "proven");
}

// A 收支总表 whose two sides disagree: 收入总计 is contradicted by the 支出总计 that must equal it.
TEST(Proof, UnbalancedTotalsAreNotProven) {
  Disclosure d = parse_text(
      "庚县审计局\n"
      "                       2026年部门收支总表\n"
      "部门：庚县审计局                                             单位：万元\n"
      "          项目            预算数             项目            预算数\n"
      "一、一般公共预算拨款收入      100.00    一、一般公共服务支出       90.00\n"
      "       收入总计           100.00          支出总计           90.00\n");
  EXPECT_EQ(status(d, "income_total"), "read");
  EXPECT_TRUE(contradicted_by(d, "income_total", "overview.expenditure_total"));
}

// Figures printed once, with nothing else to compare them with, are read, not proven; a table
// of zeros proves nothing (an unread cell is zero too).
TEST(Proof, AFigurePrintedOnceIsReadNotProven) {
  Disclosure d = parse_text(
      "辛县审计局\n"
      "                       2026年部门收支总表\n"
      "部门：辛县审计局                                             单位：万元\n"
      "          项目            预算数             项目            预算数\n"
      "一、一般公共预算拨款收入      100.00    一、一般公共服务支出       100.00\n"
      "       收入总计           100.00          支出总计          100.00\n"
      "                    2026年一般公共预算“三公”经费支出预算表\n"
      "部门：辛县审计局                                                单位：万元\n"
      "    合计     因公出国（境）费    公务接待费    公务用车购置及运行维护费   公务用车购置费   公务用车运行维护费\n"
      "    0.00          0.00            0.00             0.00               0.00             0.00\n"
      "    2026年本部门机关运行经费预算为35.60万元。\n");
  EXPECT_EQ(status(d, "admin_operating"), "read");
  ASSERT_TRUE(d.summary.three_public);
  EXPECT_EQ(status(d, "three_public.total"), "read");
}

// Zhejiang-style: a list of titles after the prose (no 目录) and tables titled 表1：… The tables
// are read from their bodies, and the prose confirms what it restates.
TEST(Proof, TitlesWithAColonAfterAListOfTitles) {
  Disclosure d = parse_disclosure_file(source_path("tests/fixtures/edge/titles-with-colon-after-a-title-list.txt"));
  validate(d);
  const Table* overview = d.table("overview");
  ASSERT_TRUE(overview);
  EXPECT_EQ(overview->line, 14);
  EXPECT_EQ(overview->number, "表1");
  const Table* three = d.table("three_public");
  ASSERT_TRUE(three);
  EXPECT_EQ(three->line, 32);
  ASSERT_TRUE(d.summary.income_total);
  EXPECT_DOUBLE_EQ(*d.summary.income_total, 1200.00);
  ASSERT_TRUE(d.summary.three_public && d.summary.three_public->total);
  EXPECT_DOUBLE_EQ(*d.summary.three_public->total, 12.50);
  EXPECT_TRUE(proven_by(d, "income_total", "prose.income_total"));
  EXPECT_TRUE(proven_by(d, "basic", "prose.basic"));
  EXPECT_TRUE(proven_by(d, "three_public.total", "prose.three_public"));
  EXPECT_TRUE(proven_by(d, "three_public.total", "sum.three_public"));
  for (const auto& c : d.checks) EXPECT_NE(c.severity, "error") << c.message;
}

// A table named in the prose's list of titles whose body is nowhere: missing, never present.
TEST(Proof, ATableOnlyInAListOfTitlesIsMissing) {
  Disclosure d = parse_text(
      "壬市审计局2026年部门预算\n"
      "    一、部门预算安排情况：收入预算总计100.00万元。\n"
      "    1.部门收支预算总表\n"
      "    2.一般公共预算“三公”经费支出预算表\n"
      "                    表1：2026年部门收支预算总表\n"
      "单位名称：壬市审计局                                                单位：万元\n"
      "          项目            预算数             项目            预算数\n"
      "一、一般公共预算拨款收入      100.00    一、一般公共服务支出       100.00\n"
      "       收入总计           100.00          支出总计          100.00\n");
  const Table* three = d.table("three_public");
  EXPECT_TRUE(!three || !three->present);
  EXPECT_FALSE(d.summary.three_public);
  EXPECT_EQ(status(d, "three_public.total"), "null");
}

}  // namespace
}  // namespace budgetsite

namespace budgetsite {
namespace {

// The 类 rows of one column summing to that column's 合计 prove the digits, not that the column
// is the one it is taken for: without another confirmation of the total (here 基本 + 项目 does
// not give it, and no 收支总表 states it) neither the total nor the 类 rows are proven.
TEST(Proof, ClassesOfOneColumnNeedTheirTotalConfirmedElsewhere) {
  Disclosure d = parse_text(
      "子县审计局\n"
      "                       2026年部门支出总表\n"
      "部门：子县审计局                                             单位：万元\n"
      "   科目编码      科目名称            合计         基本支出       项目支出\n"
      "     201       一般公共服务支出      1,000.00        700.00        200.00\n"
      "     208       社会保障和就业支出      200.00        200.00          0.00\n"
      "               合计                1,200.00        900.00        200.00\n");
  ASSERT_TRUE(d.summary.expenditure_current);
  EXPECT_DOUBLE_EQ(*d.summary.expenditure_current, 1200.00);
  EXPECT_EQ(status(d, "expenditure_current"), "read");
  EXPECT_EQ(status(d, "by_function.201"), "read");
  EXPECT_FALSE(proven_by(d, "by_function.208", "sum.classes"));
}

}  // namespace
}  // namespace budgetsite
