// The validation stage: the confirmed inconsistencies of the five seeds (tests/audit/
// findings-by-hand.md) and nothing else at error level; then each check broken on purpose in a
// copy of a seed or in a small hand-made disclosure, and the same disclosure left clean.
#include <gtest/gtest.h>

#include <algorithm>

#include <map>
#include <set>
#include <tuple>

#include "common/text.h"
#include "model/parse.h"
#include "test_support.h"
#include "validate/validate.h"

using namespace budgetsite;

namespace {

const std::string kLiulin = "content/disclosures/shanxi-liulin-2024-budget.txt";
const std::string kFenyang = "content/disclosures/shanxi-fenyang-2024-budget.txt";
const std::string kXiangyuan = "content/disclosures/shanxi-xiangyuan-2023-final.txt";
const std::string kShuocheng = "content/disclosures/shanxi-shuocheng-2024-final.txt";
const std::string kDatong = "content/disclosures/shanxi-datong-2024-budget.txt";

const Disclosure& parsed(const std::string& file) {
  static std::map<std::string, Disclosure> cache;
  auto it = cache.find(file);
  if (it == cache.end()) it = cache.emplace(file, parse_disclosure_file(source_path(file))).first;
  return it->second;
}

Disclosure validated(Disclosure d) {
  validate(d);
  return d;
}

// (line, id, expected in cents, actual in cents) of every error.
using Error = std::tuple<int, std::string, long long, long long>;
std::set<Error> errors(const Disclosure& d) {
  std::set<Error> out;
  for (const auto& c : d.checks)
    if (c.severity == "error") out.insert({c.line, c.id, to_cents(c.expected.value_or(-1)), to_cents(c.actual.value_or(-1))});
  return out;
}

bool has_check(const Disclosure& d, const std::string& id, const std::string& severity, int line = 0) {
  for (const auto& c : d.checks)
    if (c.id == id && c.severity == severity && (line == 0 || c.line == line)) return true;
  return false;
}

const Check* find_check(const Disclosure& d, const std::string& id, int line) {
  for (const auto& c : d.checks)
    if (c.id == id && c.line == line) return &c;
  return nullptr;
}

Row* row_at(Disclosure& d, const std::string& table, int line, const std::string& side = "") {
  for (auto& t : d.tables)
    if (t.id == table)
      for (auto& r : t.rows)
        if (r.line == line && (side.empty() || r.side == side)) return &r;
  return nullptr;
}

void set_value(Disclosure& d, const std::string& table, int line, const std::string& column, double v,
               const std::string& side = "") {
  Row* r = row_at(d, table, line, side);
  ASSERT_NE(r, nullptr) << table << " line " << line;
  int i = d.table(table)->column_index(column, side);
  ASSERT_GE(i, 0) << column;
  r->values[i] = v;
}

// Replaces `from` by `to` in the paragraph of the 情况说明 that starts on `line`.
void edit_paragraph(Disclosure& d, int line, const std::string& from, const std::string& to) {
  for (auto& s : d.sections)
    for (size_t i = 0; i < s.paragraphs.size(); ++i)
      if (s.paragraph_lines[i] == line) {
        size_t at = s.paragraphs[i].find(from);
        ASSERT_NE(at, std::string::npos) << from;
        s.paragraphs[i].replace(at, from.size(), to);
        return;
      }
  FAIL() << "no paragraph at line " << line;
}

}  // namespace

// ---- the seeds: the confirmed findings, exactly ----

TEST(ValidateSeeds, LiulinStatedTotalAndShareOfLine571) {
  Disclosure d = validated(parsed(kLiulin));
  // 000-E1: "公开项目…涉及项目金额16,488.96万元…其中…529.66…16,488.96" = 17,018.62.
  // 000-E2: "占…96%": 16,488.96 / 17,018.62 = 96.89%.
  std::set<Error> expected = {{571, "narrative-mismatch", 1701862, 1648896}, {571, "narrative-mismatch", 9689, 9600}};
  EXPECT_EQ(errors(d), expected);
  // 000-B1 (line 557, 下降4.6% vs 4.66%) is reachable within the inputs' rounding: info only.
  EXPECT_TRUE(has_check(d, "rounding", "info", 557));
  // 000-R2: 合计 基本支出 445.45 vs Σ 类 445.44 is rounding.
  const Check* r2 = find_check(d, "rounding", 213);
  ASSERT_NE(r2, nullptr);
  EXPECT_EQ(to_cents(*r2->expected), 44544);
  EXPECT_EQ(to_cents(*r2->actual), 44545);
}

TEST(ValidateSeeds, FenyangRestatedProjectAmountOfLine499) {
  Disclosure d = validated(parsed(kFenyang));
  // 001-E1: 特定目标类项目14个 first 6,225.45, then 6,255.45; so the second list sums to
  // 30.18 + 6,255.45 = 6,285.63 against its stated total 6,255.63.
  std::set<Error> expected = {{499, "narrative-mismatch", 622545, 625545}, {499, "narrative-mismatch", 628563, 625563}};
  EXPECT_EQ(errors(d), expected);
  EXPECT_TRUE(has_check(d, "rounding", "info", 80));  // 001-R1
}

TEST(ValidateSeeds, XiangyuanClassAmountsAndTotalsOfLines629And631) {
  Disclosure d = validated(parsed(kXiangyuan));
  std::set<Error> expected = {
      {629, "narrative-mismatch", 432431, 425088},  // 002-E3: Σ 年初预算 of the 9 类
      {629, "narrative-mismatch", 605754, 592467},  // 002-E3: Σ 支出决算 of the 9 类
      {631, "narrative-mismatch", 9000, 16344},     // 002-E1: 城乡社区支出 163.438 vs 90.00
      {631, "narrative-mismatch", 184425, 190368},  // 002-E2: 资源勘探 1903.684258 vs 1,844.25
  };
  EXPECT_EQ(errors(d), expected);
  for (const auto& c : d.checks)
    if (c.severity == "error" && c.line == 631) {
      EXPECT_EQ(c.table, "general_budget_expenditure");
      EXPECT_TRUE(c.lines == std::vector<int>({405, 631}) || c.lines == std::vector<int>({408, 631})) << c.message;
    }
  EXPECT_TRUE(has_check(d, "rounding", "info", 167));  // 002-R2
}

TEST(ValidateSeeds, ShuochengAndDatongAreConsistentUpToRounding) {
  for (const auto& file : {kShuocheng, kDatong}) {
    Disclosure d = validated(parsed(file));
    EXPECT_TRUE(errors(d).empty()) << file;
    // 大同's one warning is its own wording (line 886, "比2023年预算减少（增加）24.91万元，
    // 下降(增长)22.63%": the template's placeholders left in place).
    for (const auto& c : d.checks)
      if (c.severity == "warning")
        EXPECT_TRUE(file == kDatong && c.id == "template-leftover" && c.line == 886) << file << ": " << c.message;
  }
  Disclosure s = validated(parsed(kShuocheng));
  const Check* r5 = find_check(s, "rounding", 231);  // 003-R5: 583.70 vs 583.72, 6 parts
  ASSERT_NE(r5, nullptr);
  EXPECT_TRUE(has_check(validated(parsed(kDatong)), "rounding", "info", 886));  // 22.63% reachable
}

TEST(ValidateSeeds, ChecksAreOrderedByLineThenIdAndDeterministic) {
  Disclosure a = validated(parsed(kXiangyuan));
  Disclosure b = validated(parsed(kXiangyuan));
  ASSERT_EQ(a.checks.size(), b.checks.size());
  for (size_t i = 0; i < a.checks.size(); ++i) {
    EXPECT_EQ(a.checks[i].message, b.checks[i].message);
    if (i) EXPECT_LE(std::tie(a.checks[i - 1].line, a.checks[i - 1].id), std::tie(a.checks[i].line, a.checks[i].id));
  }
}

// ---- each check broken on purpose ----

TEST(ValidateBroken, SumMismatchInATable) {
  Disclosure d = parsed(kLiulin);
  set_value(d, "expenditure", 214, "total", 2363.19);  // 201 一般公共服务支出, was 2,353.19
  d = validated(d);
  EXPECT_TRUE(has_check(d, "sum-mismatch", "error", 214));  // ≠ 基本 + 项目 and ≠ Σ 款
  EXPECT_TRUE(has_check(d, "sum-mismatch", "error", 213));  // 合计 ≠ Σ 类
}

// A finding keeps its figures, not its words: model.json's message is its wording in the built-in
// Chinese catalog, and the English catalog words the same finding (names as printed).
TEST(ValidateBroken, AFindingIsWordedFromItsKeyAndFigures) {
  Disclosure d = parsed(kLiulin);
  set_value(d, "expenditure", 214, "total", 2363.19);
  d = validated(d);
  const Check* c = nullptr;
  for (const auto& k : d.checks)
    if (k.line == 214 && !k.wording.empty() && k.wording.front().key == "check.column_sum") c = &k;
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->message, "表“2024年预算支出总表”第214行“201 一般公共服务支出”：合计应等于基本支出+项目支出=2353.19，"
                        "表中为2363.19（差10.00）");
  const Catalog en = Catalog::load({source_path("i18n")}, "en");
  EXPECT_EQ(en.word(c->wording), "Table “2024年预算支出总表”, line 214, “201 一般公共服务支出”: 合计 should equal "
                                 "基本支出+项目支出 = 2353.19; printed 2363.19 (off by 10.00)");
}

TEST(ValidateBroken, OneCentIsRoundingNotAnError) {
  Disclosure d = parsed(kLiulin);
  set_value(d, "expenditure", 214, "total", 2353.20);  // one cent over 基本 + 项目
  d = validated(d);
  EXPECT_FALSE(has_check(d, "sum-mismatch", "error", 214));
  EXPECT_TRUE(has_check(d, "rounding", "info", 214));
  const Check* rounding = find_check(d, "rounding", 214);
  ASSERT_NE(rounding, nullptr);
  EXPECT_TRUE(rounding->message.ends_with("表中为2353.20（差0.01）（差额在尾数误差范围内）")) << rounding->message;
}

TEST(ValidateBroken, CrossTableMismatch) {
  Disclosure d = parsed(kLiulin);
  set_value(d, "basic_by_economic", 344, "total", 455.45);
  set_value(d, "basic_by_economic", 344, "personnel", 418.74);
  d = validated(d);
  EXPECT_TRUE(has_check(d, "cross-table-mismatch", "error"));
}

TEST(ValidateBroken, BoundExceeded) {
  Disclosure d = parsed(kLiulin);
  set_value(d, "admin_operating", 444, "total", 40.0);  // > 公用经费 36.71
  set_value(d, "admin_operating", 444, "general_public_budget", 40.0);
  set_value(d, "admin_operating", 445, "total", 40.0);
  set_value(d, "admin_operating", 445, "general_public_budget", 40.0);
  d = validated(d);
  EXPECT_TRUE(has_check(d, "bound-exceeded", "error", 444));
  EXPECT_FALSE(has_check(d, "sum-mismatch", "error", 444));
}

TEST(ValidateBroken, NarrativeShare) {
  Disclosure d = parsed(kLiulin);
  edit_paragraph(d, 510, "占97.32%", "占95.32%");
  d = validated(d);
  EXPECT_TRUE(has_check(d, "narrative-mismatch", "error", 510));
}

TEST(ValidateBroken, NarrativeChange) {
  Disclosure d = parsed(kLiulin);
  edit_paragraph(d, 527, "下降12.69%", "下降14.69%");
  d = validated(d);
  EXPECT_TRUE(has_check(d, "narrative-mismatch", "error", 527));
}

TEST(ValidateBroken, NarrativeListExceedsItsTotal) {
  Disclosure d = parsed(kLiulin);
  edit_paragraph(d, 561, "31.70万元", "41.70万元");
  d = validated(d);
  const Check* c = find_check(d, "narrative-mismatch", 561);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(to_cents(*c->expected), 4649);
  EXPECT_EQ(to_cents(*c->actual), 3649);
}

TEST(ValidateBroken, NarrativeClassAmountAgainstTheSectionsTable) {
  Disclosure d = parsed(kLiulin);
  edit_paragraph(d, 531, "卫生健康支出21.81万元", "卫生健康支出27.81万元");
  d = validated(d);
  const Check* c = nullptr;
  for (const auto& k : d.checks)
    if (k.id == "narrative-mismatch" && k.line == 531 && k.table == "general_budget_expenditure") c = &k;
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(to_cents(*c->expected), 2181);
  EXPECT_EQ(to_cents(*c->actual), 2781);
  EXPECT_EQ(c->lines, std::vector<int>({311, 531}));  // the 210 row of 表五, and the prose
}

TEST(ValidateBroken, MissingSection) {
  Disclosure d = parsed(kShuocheng);
  std::erase_if(d.sections, [](const Section& s) { return s.part == 4; });
  d = validated(d);
  EXPECT_TRUE(has_check(d, "missing-section", "warning"));
}

TEST(ValidateBroken, ParseChecksAreKeptNotRepeated) {
  Disclosure d = parse_disclosure_file(source_path("tests/fixtures/invalid/truncated-budget.txt"));
  size_t missing = 0;
  for (const auto& c : d.checks) missing += c.id == "missing-table";
  validate(d);
  size_t after = 0;
  for (const auto& c : d.checks) after += c.id == "missing-table";
  EXPECT_EQ(after, missing);
  EXPECT_GT(missing, 0u);
}

// ---- a small hand-made disclosure: clean, then broken ----

namespace {
Disclosure small_budget(const std::string& paragraph) {
  Disclosure d;
  d.kind = Kind::budget;
  d.template_id = "generic";  // the prose rules run for every family
  Section s;
  s.part = 3;
  s.heading = "一、部门预算收支数据变动情况及原因";
  s.line = 10;
  s.paragraphs = {paragraph};
  s.paragraph_lines = {12};
  d.sections = {s};
  validate(d);
  return d;
}
std::vector<Check> narrative(const Disclosure& d) {
  std::vector<Check> out;
  for (const auto& c : d.checks)
    if (c.id == "narrative-mismatch" || c.id == "rounding") out.push_back(c);
  return out;
}
}  // namespace

TEST(ValidateSmall, CleanStatementIsQuiet) {
  auto d = small_budget("预算收入总计120.00万元，其中：本年收入100.00万元，上年结转20.00万元，比上年减少30.00万元，下降20.00%。");
  EXPECT_TRUE(narrative(d).empty());
}

TEST(ValidateSmall, PartsAboveTotal) {
  auto d = small_budget("预算收入总计120.00万元，其中：本年收入110.00万元，上年结转20.00万元。");
  ASSERT_EQ(narrative(d).size(), 1u);
  EXPECT_EQ(to_cents(*narrative(d)[0].expected), 13000);
}

TEST(ValidateSmall, ChangePercentWrongAndWithinRounding) {
  auto wrong = small_budget("支出120.00万元，比上年减少30.00万元，下降25.00%。");
  ASSERT_EQ(narrative(wrong).size(), 1u);
  EXPECT_EQ(narrative(wrong)[0].severity, "error");
  // 1.34 / 28.74 = 4.66%, but 4.6 is reachable with the inputs' half-cents: info.
  auto edge = small_budget("机关运行经费27.40万元，比上年减少1.34万元，下降4.6%。");
  ASSERT_EQ(narrative(edge).size(), 1u);
  EXPECT_EQ(narrative(edge)[0].severity, "info");
}

TEST(ValidateSmall, PriorYearBaseIsNotChecked) {
  auto d = small_budget("项目支出100.00万元，占上年预算收入的80%。");
  EXPECT_TRUE(narrative(d).empty());
}

TEST(ValidateSmall, RestatedAmount) {
  auto d = small_budget("其中：甲类项目2个，涉及金额10.00万元；乙类项目3个，涉及金额20.00万元。其中：甲类项目2个，涉及项目金额10.00万元；乙类项目3个，涉及项目金额25.00万元。");
  bool found = false;
  for (const auto& c : narrative(d)) found = found || (to_cents(*c.expected) == 2000 && to_cents(*c.actual) == 2500);
  EXPECT_TRUE(found);
}

// ---- wording and direction, for every family ----

namespace {
std::vector<Check> with_id(const Disclosure& d, const std::string& id) {
  std::vector<Check> out;
  for (const auto& c : d.checks)
    if (c.id == id) out.push_back(c);
  return out;
}
}  // namespace

TEST(ValidateSmall, TemplatePlaceholderIsAWarningQuotingItsSentence) {
  auto d = small_budget("因公出国（境）经费0万元，较上年增加（减少）0万元（0%），增加（减少）的主要原因是无变化。");
  auto found = with_id(d, "template-leftover");
  ASSERT_EQ(found.size(), 1u);  // once per paragraph
  EXPECT_EQ(found[0].severity, "warning");
  EXPECT_EQ(found[0].line, 12);
  EXPECT_NE(found[0].message.find("增加（减少）"), std::string::npos) << found[0].message;
  // A sentence that chose its word stays silent.
  EXPECT_TRUE(with_id(small_budget("因公出国（境）经费0万元，较上年减少0万元。"), "template-leftover").empty());
  // So does a 预算 that is a 决算's budget column, printed in full.
  EXPECT_TRUE(with_id(small_budget("“三公”经费预算数为12.00万元，决算数为10.00万元。"), "template-leftover").empty());
}

TEST(ValidateSmall, EmptyReasonIsAWarning) {
  auto d = small_budget("机关运行经费27.40万元，比上年减少1.34万元，下降4.89%，主要原因是。");
  auto found = with_id(d, "empty-reason");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, "warning");
  EXPECT_TRUE(with_id(small_budget("机关运行经费27.40万元，主要原因是压减办公费。"), "empty-reason").empty());
}

TEST(ValidateSmall, AFallCalledARiseIsAnError) {
  auto d = small_budget("支出120.00万元，比上年减少30.00万元，增长20.00%。");
  auto found = with_id(d, "narrative-mismatch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, "error");
  EXPECT_NE(found[0].message.find("先说减少，后说增长"), std::string::npos) << found[0].message;
  // The right word, the right rate: silent.
  EXPECT_TRUE(with_id(small_budget("支出120.00万元，比上年减少30.00万元，下降20.00%。"), "narrative-mismatch").empty());
  // A placeholder naming both directions is a wording warning, not this error.
  auto both = small_budget("支出120.00万元，比上年减少30.00万元，下降(增长)20.00%。");
  EXPECT_TRUE(with_id(both, "narrative-mismatch").empty());
  EXPECT_EQ(with_id(both, "template-leftover").size(), 1u);
}

// Nested amounts in brackets detail the amount before them: no list or change error
// (广州 “三公” statements).
TEST(ValidateSmall, BracketedDetailsAreNotPartsOfTheList) {
  auto d = small_budget(
      "2026年“三公”经费334.21万元，比上年减少6.94万元，下降2%。其中：因公出国（境）费83.4万元；"
      "公务用车购置及运行维护费210.39万元（公务用车购置费40万元；公务用车运行维护费170.39万元，比上年减少6.04万元。）"
      "比上年减少6.04万元，下降2.8%；公务接待费40.42万元。");
  for (const auto& c : d.checks) EXPECT_NE(c.severity, "error") << c.message;
  // The same list with a part over its total is reported.
  auto wrong = small_budget(
      "2026年“三公”经费334.21万元。其中：因公出国（境）费93.4万元；公务用车购置及运行维护费210.39万元（购置费40万元）；"
      "公务接待费40.42万元。");
  EXPECT_EQ(with_id(wrong, "narrative-mismatch").size(), 1u);
}

// A class named in the statement by its pre-2019 name while the tables print the current one.
TEST(ValidateSmall, ObsoleteClassNameIsAWarning) {
  auto with_table = [](const std::string& paragraph, const std::string& row_name) {
    Disclosure d;
    d.kind = Kind::budget;
    d.template_id = "generic";
    Table t;
    t.id = "expenditure";
    t.present = true;
    t.columns.push_back({"total", "合计", "", std::nullopt, ""});
    Row r;
    r.line = 5;
    r.code = "210";
    r.name = row_name;
    r.values = {12.0};
    t.rows.push_back(r);
    d.tables.push_back(t);
    Section s;
    s.part = 3;
    s.line = 10;
    s.paragraphs = {paragraph};
    s.paragraph_lines = {12};
    d.sections = {s};
    validate(d);
    return with_id(d, "obsolete-class-name");
  };
  auto found = with_table("医疗卫生与计划生育支出12.00万元，主要用于行政单位医疗。", "卫生健康支出");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, "warning");
  EXPECT_EQ(found[0].line, 12);
  // The current name, or a document whose tables print the old one too: silent.
  EXPECT_TRUE(with_table("卫生健康支出12.00万元。", "卫生健康支出").empty());
  EXPECT_TRUE(with_table("医疗卫生与计划生育支出12.00万元。", "医疗卫生与计划生育支出").empty());
}

// ---- headline figures stated by name (stated_figure_rules) ----

namespace {
// A budget whose “三公” figures are proven (as model/proof.cpp would mark them) and whose one
// table prints `printed`, with `paragraph` as its statement.
Disclosure stated(const std::string& paragraph, double printed = 0) {
  Disclosure d;
  d.kind = Kind::budget;
  d.year = 2026;
  d.template_id = "generic";
  d.entity.name = "上海市甲局";
  ThreePublic tp;
  tp.total = 143.14;
  tp.overseas = 109.14;
  tp.reception = 20.00;
  tp.vehicles_total = 14.00;
  tp.vehicle_purchase = 0.0;
  tp.vehicle_operation = 14.00;
  d.summary.three_public = tp;
  d.summary.basic = 100.0;
  for (const char* path : {"three_public.total", "three_public.overseas", "three_public.reception",
                           "three_public.vehicles_total", "three_public.vehicle_purchase", "three_public.vehicle_operation"})
    d.proof[path].status = "proven";
  d.proof["basic"].status = "read";
  Table t;
  t.id = "three_public";
  t.present = true;
  t.columns.push_back({"total", "合计", "", std::nullopt, ""});
  Row r;
  r.line = 40;
  r.values = {printed};
  t.rows.push_back(r);
  d.tables.push_back(t);
  Section s;
  s.part = 1;  // the rules run on every section outside the tables
  s.line = 10;
  s.paragraphs = {paragraph};
  s.paragraph_lines = {12};
  d.sections = {s};
  validate(d);
  return d;
}
}  // namespace

TEST(ValidateStated, AProvenFigureStatedOtherwiseIsAnError) {
  auto d = stated("2026年“三公”经费预算数为134.14万元，比2025年预算减少20.36万元。");
  auto found = with_id(d, "narrative-mismatch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, "error");
  EXPECT_EQ(found[0].line, 12);
  EXPECT_EQ(to_cents(*found[0].expected), 14314);
  EXPECT_EQ(to_cents(*found[0].actual), 13414);
  // The same sentence with the proven figure: silent.
  EXPECT_TRUE(with_id(stated("2026年“三公”经费预算数为143.14万元，比2025年预算减少20.36万元。"), "narrative-mismatch").empty());
}

TEST(ValidateStated, PartsNamedInTheirListAndOnTheirOwn) {
  // The parts under 其中 of the “三公” total, one wrong (公务接待费 2.00 for 20.00).
  auto d = stated("2026年“三公”经费预算数为143.14万元。其中：（一）因公出国（境）费109.14万元；（二）公务接待费2.00万元。");
  auto found = with_id(d, "narrative-mismatch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(to_cents(*found[0].expected), 2000);
  // 公务用车运行费 under the 公务用车 subtotal (the list over its total is a finding of its own).
  auto vehicles = with_id(stated("公务用车购置及运行费14.00万元，主要原因是无购置。其中：公务用车购置费0.00万元；公务用车运行费41.00万元。"),
                          "narrative-mismatch");
  EXPECT_TRUE(std::any_of(vehicles.begin(), vehicles.end(), [](const Check& c) {
    return to_cents(*c.expected) == 1400 && to_cents(*c.actual) == 4100;
  }));
}

TEST(ValidateStated, WhatTheSentenceDoesNotSpeakOfStaysSilent) {
  // Another year's figure.
  EXPECT_TRUE(with_id(stated("2025年“三公”经费预算数为163.50万元。"), "narrative-mismatch").empty());
  // A figure that is not proven (基本支出 is only read here).
  EXPECT_TRUE(with_id(stated("基本支出90.00万元。"), "narrative-mismatch").empty());
  // A part listed under a total that is not its parent: the fiscal part of something else.
  EXPECT_TRUE(with_id(stated("财政拨款支出预算150.00万元，其中：公务接待费30.00万元。"), "narrative-mismatch").empty());
  // A later amount of a clause details its subject, not the headline figure.
  EXPECT_TRUE(with_id(stated("“农林水支出”科目83万元，主要用于公务接待费18万元。"), "narrative-mismatch").empty());
  // A figure some table prints is one the sentence may mean.
  EXPECT_TRUE(with_id(stated("2026年“三公”经费预算数为150.00万元。", 150.0), "narrative-mismatch").empty());
}

TEST(ValidateStated, ATornFigureIsNotRead) {
  // 重庆's layout prints decimals apart from their whole part: "890             .22万元".
  EXPECT_TRUE(with_id(stated("2026年“三公”经费预算890             .22万元。其中:因公出国 (境)费用552万元,与"
                             ".97万元,比2025年减少1上年持平;公务接待费121.07万元。"),
                      "narrative-mismatch")
                  .empty());
}

// Xi'an restates each total before its own 其中: the list of the first ends there.
TEST(ValidateSmall, AnAmountOpeningItsOwnListEndsThePreviousOne) {
  auto d = small_budget(
      "本部门当年预算收入5,093.76万元，其中：一般公共预算拨款5,093.76万元，较上年增加662.08万元，增长14.94%，增长的主要原因是："
      "本年度增加项目经费预算；本部门当年预算支出5,093.76万元，其中：一般公共预算拨款5,093.76万元。");
  for (const auto& c : d.checks) EXPECT_NE(c.severity, "error") << c.message;
  auto over = small_budget("本部门当年预算收入100.00万元，其中：一般公共预算拨款80.00万元，其他收入30.00万元；本部门当年预算支出100.00万元，其中：基本支出60.00万元。");
  EXPECT_EQ(with_id(over, "narrative-mismatch").size(), 1u);
}

namespace {
// A budget whose 类 201 is proven at 264.87 (支出总表 line 30) and printed at 250.40 for its
// 一般公共预算 part (line 31), with `paragraph` as its statement.
Disclosure stated_class(const std::string& paragraph) {
  Disclosure d;
  d.kind = Kind::budget;
  d.year = 2026;
  d.template_id = "generic";
  FunctionSummary f;
  f.code = "201";
  f.name = "一般公共服务支出";
  f.total = 264.87;
  d.summary.by_function = {f};
  d.proof["by_function.201"].status = "proven";
  Table t;
  t.id = "expenditure";
  t.present = true;
  t.columns.push_back({"total", "合计", "", std::nullopt, ""});
  Row r;
  r.line = 30;
  r.code = "201";
  r.name = "一般公共服务支出";
  r.values = {264.87};
  t.rows.push_back(r);
  Table g = t;
  g.id = "general_budget_expenditure";
  g.rows[0].line = 31;
  g.rows[0].values = {250.40};
  d.tables = {t, g};
  Section s;
  s.part = 1;
  s.line = 10;
  s.paragraphs = {paragraph};
  s.paragraph_lines = {12};
  d.sections = {s};
  validate(d);
  return d;
}
}  // namespace

TEST(ValidateStated, AClassStatedByItsName) {
  // Wrong: printed in no row of the class.
  auto wrong = with_id(stated_class("一般公共服务支出（类）246.87万元，占86.05%。"), "narrative-mismatch");
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_EQ(to_cents(*wrong[0].expected), 26487);
  // Shanghai's wording, with the class total or its 一般公共预算 part: silent.
  EXPECT_TRUE(stated_class("1.“一般公共服务支出”科目264.87万元，主要用于行政运行。").checks.empty());
  EXPECT_TRUE(stated_class("1.“一般公共服务支出”科目250.40万元，主要用于行政运行。").checks.empty());
  // The total printed at the statement's precision (264.87 as 265): the same figure, no note.
  EXPECT_TRUE(stated_class("1.“一般公共服务支出”科目265万元，主要用于行政运行。").checks.empty());
}

TEST(ValidateStated, CutInsteadOfRoundedIsAWarning) {
  // 264.87 万元 printed as 264: less than one unit off, but not the figure rounded.
  auto d = stated_class("1.“一般公共服务支出”科目264万元，主要用于行政运行。");
  auto found = with_id(d, "narrative-imprecise");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, "warning");
  EXPECT_EQ(to_cents(*found[0].expected), 26487);
  EXPECT_NE(found[0].message.find("应写作265"), std::string::npos) << found[0].message;
  EXPECT_TRUE(with_id(d, "narrative-mismatch").empty());
}

TEST(ValidateSmall, CompletionOfTheBudgetItNames) {
  // 306.21 / 321.02 = 95.39% of the 全年预算, stated as of the 年初预算 (300.00): 102.07%.
  auto named = small_budget("年初预算为300.00万元，全年预算为321.02万元，支出决算为306.21万元，完成年初预算的102.07%。");
  EXPECT_TRUE(with_id(named, "narrative-mismatch").empty());
  auto wrong = small_budget("年初预算为300.00万元，全年预算为321.02万元，支出决算为306.21万元，完成全年预算的102.07%。");
  EXPECT_EQ(with_id(wrong, "narrative-mismatch").size(), 1u);
  // A 年初预算 of 0 has no completion rate.
  auto zero = small_budget("年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。");
  ASSERT_EQ(with_id(zero, "narrative-mismatch").size(), 1u);
  EXPECT_TRUE(with_id(small_budget("年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成全年预算的95.89%。"),
                      "narrative-mismatch")
                  .empty());
}

TEST(ValidateSmall, AccountAgainstBudgetWords) {
  EXPECT_TRUE(with_id(small_budget("全年预算为2.23万元，支出决算为2.22万元。决算数小于全年预算数的主要原因：按实际支出。"),
                      "narrative-mismatch")
                  .empty());
  EXPECT_EQ(with_id(small_budget("全年预算为2.23万元，支出决算为2.42万元。决算数小于全年预算数的主要原因：按实际支出。"),
                    "narrative-mismatch")
                .size(),
            1u);
  EXPECT_TRUE(with_id(small_budget("全年预算为11.72万元，支出决算为11.72万元。决算数与全年预算数持平。"), "narrative-mismatch").empty());
  EXPECT_EQ(with_id(small_budget("全年预算为11.72万元，支出决算为10.72万元。决算数与全年预算数持平。"), "narrative-mismatch").size(), 1u);
}

TEST(ValidateSmall, AComparisonWithTheDocumentsOwnYear) {
  auto budget = [](const std::string& text, Kind kind, int year) {
    Disclosure d;
    d.kind = kind;
    d.year = year;
    Section s;
    s.part = 1;
    s.line = 10;
    s.paragraphs = {text};
    s.paragraph_lines = {12};
    d.sections = {s};
    validate(d);
    return with_id(d, "wrong-year");
  };
  auto found = budget("2026年收入预算120.00万元，比2026年预算增加20.00万元。", Kind::budget, 2026);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, "warning");
  EXPECT_EQ(found[0].line, 12);
  EXPECT_TRUE(budget("2026年收入预算120.00万元，比2025年预算增加20.00万元。", Kind::budget, 2026).empty());
  // A 决算 against its own year's budget is right; against its own year's figures is not.
  EXPECT_TRUE(budget("2024年度支出决算307.82万元，与2024年度预算相比减少13.20万元。", Kind::final_accounts, 2024).empty());
  EXPECT_EQ(budget("2024年度收入307.82万元。与2024年度相比，收入增加307.82万元。", Kind::final_accounts, 2024).size(), 1u);
  EXPECT_TRUE(budget("与2023年度相比，收入增加307.82万元。", Kind::final_accounts, 2024).empty());
  // "与" joining two things is no comparison.
  EXPECT_TRUE(budget("审议计划执行情况与2026年计划草案。", Kind::budget, 2026).empty());
}

TEST(ValidateStated, ThisYearsFigureUnderAnotherYear) {
  auto found = with_id(stated("2025年“三公”经费预算数为143.14万元。"), "wrong-year");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, "warning");
  EXPECT_NE(found[0].message.find("所述为2025年"), std::string::npos) << found[0].message;
  // Last year's own figure, or a paragraph saying both years are the same: silent.
  EXPECT_TRUE(with_id(stated("2025年“三公”经费预算数为163.50万元。"), "wrong-year").empty());
  EXPECT_TRUE(with_id(stated("2025年“三公”经费预算数为143.14万元，2026年与上年持平。"), "wrong-year").empty());
}

namespace {
// A budget whose 政府性基金预算支出表 (line 40) is printed empty, noted or not, with `paragraph`
// as its statement.
Disclosure empty_fund_table(const std::string& paragraph, bool noted) {
  Disclosure d;
  d.kind = Kind::budget;
  d.year = 2026;
  Table t;
  t.id = "gov_fund_expenditure";
  t.title = "政府性基金预算支出表";
  t.line = 40;
  t.present = true;
  t.no_data = true;
  t.no_data_note = noted;
  d.tables.push_back(t);
  Section s;
  s.part = 1;
  s.line = 10;
  s.paragraphs = {paragraph};
  s.paragraph_lines = {12};
  d.sections = {s};
  validate(d);
  return d;
}
}  // namespace

TEST(ValidateSmall, AnEmptyTableSaysWhy) {
  auto bare = with_id(empty_fund_table("本部门2026年收入预算120.00万元。", false), "empty-table-unexplained");
  ASSERT_EQ(bare.size(), 1u);
  EXPECT_EQ(bare[0].severity, "warning");
  EXPECT_EQ(bare[0].line, 40);
  // Its own note, or the statement saying there is none: silent.
  EXPECT_TRUE(with_id(empty_fund_table("本部门2026年收入预算120.00万元。", true), "empty-table-unexplained").empty());
  EXPECT_TRUE(with_id(empty_fund_table("本部门无政府性基金预算拨款安排的支出。", false), "empty-table-unexplained").empty());
  EXPECT_TRUE(with_id(empty_fund_table("政府性基金拨款支出预算为0；国有资本经营预算拨款支出预算为0。", false),
                      "empty-table-unexplained")
                  .empty());
}

TEST(ValidateSmall, AFigureForAnEmptyTableContradictsIt) {
  auto found = with_id(empty_fund_table("2026年政府性基金预算拨款支出120.00万元，主要用于城市建设。", true), "narrative-mismatch");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].severity, "error");
  EXPECT_EQ(to_cents(*found[0].actual), 12000);
  // None, or last year's: silent.
  EXPECT_TRUE(with_id(empty_fund_table("2026年政府性基金预算拨款支出0万元。", true), "narrative-mismatch").empty());
  EXPECT_TRUE(with_id(empty_fund_table("2025年政府性基金预算拨款支出120.00万元。", true), "narrative-mismatch").empty());
}

TEST(ValidateSmall, ADraftersInstructionLeftInTheText) {
  auto found = with_id(small_budget("无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明："), "template-leftover");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].message.find("给编制者的说明"), std::string::npos) << found[0].message;
  EXPECT_TRUE(with_id(small_budget("说明：本部门本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。"), "template-leftover").empty());
}
