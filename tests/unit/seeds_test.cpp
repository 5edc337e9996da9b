// The five shipped disclosures: every headline figure, every 类 row and the size of every
// table, exact to the cent (expectations in seed_expectations.h, transcribed by hand).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "common/text.h"
#include "model/parse.h"
#include "seed_expectations.h"
#include "test_support.h"

using namespace budgetsite;

namespace {

const Disclosure& parsed(const std::string& file) {
  static std::map<std::string, Disclosure> cache;
  auto it = cache.find(file);
  if (it == cache.end()) it = cache.emplace(file, parse_disclosure_file(source_path(file))).first;
  return it->second;
}

void expect_amount(const Amount& actual, double expected, const std::string& what) {
  ASSERT_TRUE(actual.has_value()) << what << " is null, expected " << expected;
  EXPECT_EQ(to_cents(*actual), to_cents(expected)) << what << ": " << *actual << " != " << expected;
}

void expect_three_public(const std::optional<ThreePublic>& tp, const ExpectedThreePublic& e, const std::string& what) {
  ASSERT_TRUE(tp.has_value()) << what;
  expect_amount(tp->total, e.total, what + ".total");
  expect_amount(tp->overseas, e.overseas, what + ".overseas");
  expect_amount(tp->reception, e.reception, what + ".reception");
  expect_amount(tp->vehicles_total, e.vehicles_total, what + ".vehicles_total");
  expect_amount(tp->vehicle_purchase, e.vehicle_purchase, what + ".vehicle_purchase");
  expect_amount(tp->vehicle_operation, e.vehicle_operation, what + ".vehicle_operation");
}

}  // namespace

class SeedTest : public ::testing::TestWithParam<ExpectedSeed> {};

TEST_P(SeedTest, DocumentFacts) {
  const auto& e = GetParam();
  const Disclosure& d = parsed(e.file);
  EXPECT_EQ(kind_id(d.kind), e.kind);
  ASSERT_TRUE(d.year);
  EXPECT_EQ(*d.year, e.year);
  EXPECT_EQ(d.entity.name, e.name);
  EXPECT_EQ(d.entity.raw_name, e.raw_name);
  EXPECT_EQ(d.entity.region, e.region);
  EXPECT_EQ(d.entity.department_type, e.department_type);
  EXPECT_EQ(d.entity.scope, e.scope);
}

TEST_P(SeedTest, HeadlineFigures) {
  const auto& e = GetParam();
  const Summary& s = parsed(e.file).summary;
  expect_amount(s.income_total, e.income_total, "income_total");
  expect_amount(s.income_current, e.income_current, "income_current");
  expect_amount(s.carryover_in, e.carryover_in, "carryover_in");
  expect_amount(s.expenditure_current, e.expenditure_current, "expenditure_current");
  expect_amount(s.carryover_out, e.carryover_out, "carryover_out");
  expect_amount(s.general_public_budget, e.general_public_budget, "general_public_budget");
  expect_amount(s.basic, e.basic, "basic");
  expect_amount(s.project, e.project, "project");
  expect_amount(s.personnel, e.personnel, "personnel");
  expect_amount(s.public_funds, e.public_funds, "public_funds");
  expect_three_public(s.three_public, e.three_public, "three_public");
  if (e.three_public_budget) expect_three_public(s.three_public_budget, *e.three_public_budget, "three_public_budget");
  else EXPECT_FALSE(s.three_public_budget.has_value());
  expect_amount(s.admin_operating, e.admin_operating, "admin_operating");
  ASSERT_TRUE(s.procurement);
  expect_amount(s.procurement->total, e.procurement_total, "procurement.total");
  expect_amount(s.procurement->goods, e.procurement_goods, "procurement.goods");
  expect_amount(s.procurement->works, e.procurement_works, "procurement.works");
  expect_amount(s.procurement->services, e.procurement_services, "procurement.services");
  ASSERT_TRUE(s.vehicles);
  EXPECT_EQ(*s.vehicles, e.vehicles);
}

TEST_P(SeedTest, EveryClassRowOfTheExpenditureTable) {
  const auto& e = GetParam();
  const Summary& s = parsed(e.file).summary;
  ASSERT_EQ(s.by_function.size(), e.by_function.size());
  for (size_t i = 0; i < e.by_function.size(); ++i) {
    const auto& want = e.by_function[i];
    const auto& got = s.by_function[i];
    EXPECT_EQ(got.code, want.code);
    EXPECT_EQ(got.name, want.name);
    expect_amount(got.total, want.total, want.code + ".total");
    expect_amount(got.basic, want.basic, want.code + ".basic");
    expect_amount(got.project, want.project, want.code + ".project");
  }
}

TEST_P(SeedTest, ProjectsAndPerformanceForms) {
  const auto& e = GetParam();
  const Disclosure& d = parsed(e.file);
  EXPECT_EQ(static_cast<int>(d.projects.size()), e.projects);
  int project_forms = 0, overall_forms = 0;
  for (const auto& p : d.performance) {
    if (p.type == "overall_target") ++overall_forms;
    else ++project_forms;
  }
  EXPECT_EQ(project_forms, e.performance_forms);
  // 汾阳市 also publishes its 整体支出绩效目标申报表.
  EXPECT_EQ(overall_forms, e.file.find("fenyang") != std::string::npos ? 1 : 0);
  for (const auto& p : d.performance) {
    if (p.type == "overall_target") continue;
    EXPECT_FALSE(p.project.empty()) << "form at line " << p.line;
    EXPECT_FALSE(p.indicators.empty()) << "form at line " << p.line << " (" << p.project << ")";
  }
}

TEST_P(SeedTest, EveryOfficialTableIsPresent) {
  const auto& e = GetParam();
  const Disclosure& d = parsed(e.file);
  EXPECT_EQ(d.tables.size(), e.kind == "budget" ? 13u : 10u);
  for (const auto& t : d.tables) {
    EXPECT_GT(t.line, 0) << t.id;
    EXPECT_TRUE(t.present) << t.id;
  }
}

INSTANTIATE_TEST_SUITE_P(Shipped, SeedTest, ::testing::ValuesIn(expected_seeds()),
                         [](const auto& info) {
                           std::string f = info.param.file;
                           f = f.substr(f.rfind('/') + 1);
                           f = f.substr(0, f.find('.'));
                           for (char& c : f)
                             if (c == '-') c = '_';
                           return f;
                         });

// Row counts of every table, as printed: the source lines that carry a row (a wrapped row
// counts once, a line of a two-sided table once although the model keeps one row per side).
// Counted by hand; the final accounts' 收支总表 also count their line of 行次 only (30 | 61), and
// their statistics table (公开10表) its two section headings printed as rows of the table
// (二、机关运行经费 and 三、国有资产占用情况) beside its 16 numbered rows.
TEST(SeedTables, RowCounts) {
  const std::map<std::string, std::map<std::string, size_t>> expected = {
      {"content/disclosures/shanxi-liulin-2024-budget.txt",
       {{"overview", 33}, {"income", 34}, {"expenditure", 34}, {"fiscal_overview", 36}, {"general_budget_expenditure", 32}, {"basic_by_economic", 35}, {"gov_fund_income", 1}, {"gov_fund_expenditure", 1}, {"state_capital", 4}, {"three_public", 6}, {"admin_operating", 2}, {"projects_current", 26}, {"projects_carryover", 8}}},
      {"content/disclosures/shanxi-fenyang-2024-budget.txt",
       {{"overview", 33}, {"income", 34}, {"expenditure", 34}, {"fiscal_overview", 36}, {"general_budget_expenditure", 34}, {"basic_by_economic", 25}, {"gov_fund_income", 4}, {"gov_fund_expenditure", 4}, {"state_capital", 4}, {"three_public", 6}, {"admin_operating", 2}, {"projects_current", 21}, {"projects_carryover", 3}}},
      {"content/disclosures/shanxi-xiangyuan-2023-final.txt",
       {{"overview", 31}, {"income", 53}, {"expenditure", 53}, {"fiscal_overview", 32}, {"general_budget_expenditure", 51}, {"basic_by_economic", 29}, {"gov_fund", 4}, {"state_capital", 1}, {"three_public", 0}, {"statistics", 18}}},
      {"content/disclosures/shanxi-shuocheng-2024-final.txt",
       {{"overview", 31}, {"income", 31}, {"expenditure", 31}, {"fiscal_overview", 32}, {"general_budget_expenditure", 31}, {"basic_by_economic", 29}, {"gov_fund", 1}, {"state_capital", 1}, {"three_public", 1}, {"statistics", 18}}},
      {"content/disclosures/shanxi-datong-2024-budget.txt",
       {{"overview", 33}, {"income", 24}, {"expenditure", 24}, {"fiscal_overview", 36}, {"general_budget_expenditure", 24}, {"basic_by_economic", 23}, {"gov_fund_income", 1}, {"gov_fund_expenditure", 1}, {"state_capital", 1}, {"three_public", 6}, {"admin_operating", 2}, {"projects_current", 12}, {"projects_carryover", 0}}},
  };
  for (const auto& [file, tables] : expected) {
    const Disclosure& d = parsed(file);
    for (const auto& [id, rows] : tables) {
      const Table* t = d.table(id);
      ASSERT_NE(t, nullptr) << id;
      std::set<int> lines;
      for (const auto& r : t->rows) lines.insert(r.line);
      EXPECT_EQ(lines.size(), rows) << file << " " << id;
    }
  }
}
