// Cross-county comparisons (stage 5): the groups the five seeds form, the figures of every
// ranking against the department pages' figures, aligned function classes, caveats, and the
// edge cases (execution pairs, ties, custom groups, exclusions, per capita, CSV) on
// hand-made digests.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "aggregate/comparisons.h"
#include "aggregate/export.h"
#include "common/text.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "test_support.h"

using namespace budgetsite;

namespace {

const char* const kSeeds[] = {"shanxi-liulin-2024-budget", "shanxi-fenyang-2024-budget", "shanxi-xiangyuan-2023-final",
                              "shanxi-shuocheng-2024-final", "shanxi-datong-2024-budget"};

const std::map<std::string, Disclosure>& seeds() {
  static const std::map<std::string, Disclosure> parsed = [] {
    std::map<std::string, Disclosure> m;
    for (const char* id : kSeeds)
      m.emplace(id, parse_disclosure_file(source_path(std::string("content/disclosures/") + id + ".txt")));
    return m;
  }();
  return parsed;
}

std::vector<DisclosureDigest> seed_digests() {
  std::vector<DisclosureDigest> out;
  for (const auto& [id, d] : seeds()) out.push_back(digest(d, id));
  return out;
}

std::map<std::string, RegionInfo> seed_regions() {
  return {
      {"柳林县", {"柳林县", "山西省吕梁市柳林县", "吕梁市", "山西省", "county", std::nullopt}},
      {"汾阳市", {"汾阳市", "山西省吕梁市汾阳市", "吕梁市", "山西省", "county_city", std::nullopt}},
      {"大同市", {"大同市", "山西省大同市", "山西省", "山西省", "prefecture", std::nullopt}},
      {"襄垣县", {"襄垣县", "山西省长治市襄垣县", "长治市", "山西省", "county", std::nullopt}},
      {"朔州市朔城区", {"朔州市朔城区", "山西省朔州市朔城区", "朔州市", "山西省", "district", std::nullopt}},
  };
}

std::vector<std::string> member_ids(const ComparisonGroup& g) {
  std::vector<std::string> ids;
  for (const auto& m : g.members) ids.push_back(m.id);
  return ids;
}

const Caveat* caveat(const ComparisonGroup& g, const std::string& code) {
  for (const auto& c : g.caveats)
    if (c.code == code) return &c;
  return nullptr;
}

size_t metric_index(const std::string& key) {
  const auto& t = metric_table();
  for (size_t i = 0; i < t.size(); ++i)
    if (t[i].key == key) return i;
  ADD_FAILURE() << "no metric " << key;
  return 0;
}

// Where each metric that is a plain figure sits in the department page's data (the model
// JSON's summary). Shares are checked against their stated formula below.
const std::map<std::string, std::string>& summary_pointer() {
  static const std::map<std::string, std::string> m = {
      {"income_total", "/income_total"},
      {"general_public_budget", "/general_public_budget"},
      {"expenditure_current", "/expenditure_current"},
      {"basic", "/basic"},
      {"project", "/project"},
      {"personnel", "/personnel"},
      {"public_funds", "/public_funds"},
      {"three_public_total", "/three_public/total"},
      {"three_public_overseas", "/three_public/overseas"},
      {"three_public_reception", "/three_public/reception"},
      {"three_public_vehicles", "/three_public/vehicles_total"},
      {"vehicle_purchase", "/three_public/vehicle_purchase"},
      {"vehicle_operation", "/three_public/vehicle_operation"},
      {"admin_operating", "/admin_operating"},
      {"procurement_total", "/procurement/total"},
      {"carryover_in", "/carryover_in"},
      {"vehicles", "/vehicles"},
  };
  return m;
}

double pct(double a, double b) { return std::round(a / b * 10000) / 100; }

DisclosureDigest fixture(const std::string& id, Kind kind, int year, const std::string& region,
                         const std::string& type = "工业和信息化局", const std::string& scope = "unit") {
  DisclosureDigest d;
  d.id = id;
  d.kind = kind;
  d.year = year;
  d.entity = {region + type, region + type, region, type, scope};
  return d;
}

}  // namespace

TEST(Aggregate, Budgets2024FormOneGroupOfThree) {
  ComparisonSet set = build_comparisons(seed_digests(), seed_regions(), {});
  const ComparisonGroup* g = set.group("budget-2024-industry-it");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->type, GroupType::same_year);
  EXPECT_EQ(g->title, "工业和信息化部门 2024年预算比较");
  EXPECT_EQ(g->year, 2024);
  EXPECT_TRUE(g->ranked);
  EXPECT_EQ(member_ids(*g), (std::vector<std::string>{"shanxi-datong-2024-budget", "shanxi-liulin-2024-budget",
                                                       "shanxi-fenyang-2024-budget"}));
  // 大同市 is a prefecture-level city among county-level members; 柳林县 reports as a 部门.
  const Caveat* level = caveat(*g, "level_mismatch");
  ASSERT_NE(level, nullptr);
  EXPECT_EQ(level->members, std::vector<std::string>{"shanxi-datong-2024-budget"});
  EXPECT_NE(level->message.find("大同市工业和信息化局（地级市）"), std::string::npos) << level->message;
  const Caveat* scope = caveat(*g, "scope_mismatch");
  ASSERT_NE(scope, nullptr);
  EXPECT_EQ(scope->members, std::vector<std::string>{"shanxi-liulin-2024-budget"});
  EXPECT_EQ(caveat(*g, "year_mismatch"), nullptr);
  EXPECT_EQ(caveat(*g, "single_member"), nullptr);
  // The latest-budget view has the same members and says so.
  const ComparisonGroup* latest = set.group("budget-latest-industry-it");
  ASSERT_NE(latest, nullptr);
  EXPECT_EQ(latest->same_members_as, "budget-2024-industry-it");
}

TEST(Aggregate, LatestFinalsPutXiangyuan2023BesideShuocheng2024) {
  ComparisonSet set = build_comparisons(seed_digests(), seed_regions(), {});
  const ComparisonGroup* g = set.group("final-latest-industry-it");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->type, GroupType::latest);
  EXPECT_FALSE(g->year.has_value());
  EXPECT_TRUE(g->ranked);
  ASSERT_EQ(g->members.size(), 2u);
  EXPECT_EQ(g->members[0].entity.name, "朔州市朔城区工业和信息化局");
  EXPECT_EQ(g->members[0].year, 2024);
  EXPECT_EQ(g->members[1].entity.name, "襄垣县工业和信息化局");
  EXPECT_EQ(g->members[1].year, 2023);
  const Caveat* years = caveat(*g, "year_mismatch");
  ASSERT_NE(years, nullptr);
  EXPECT_EQ(years->members, std::vector<std::string>{"shanxi-xiangyuan-2023-final"});
  EXPECT_NE(years->message.find("襄垣县工业和信息化局 2023年"), std::string::npos) << years->message;
  EXPECT_NE(years->message.find("朔州市朔城区工业和信息化局 2024年"), std::string::npos);
  EXPECT_NE(years->message.find("相差1年"), std::string::npos);
  EXPECT_EQ(caveat(*g, "level_mismatch"), nullptr);  // a county and a district: both county-level
  EXPECT_EQ(caveat(*g, "scope_mismatch"), nullptr);
}

// A comparison sets two entities or more side by side: a group of one is not listed, and a
// trend follows one entity (襄垣县 2023 and 朔城区 2024 are two counties, not a trend).
TEST(Aggregate, GroupsOfOneAreNotListed) {
  ComparisonSet set = build_comparisons(seed_digests(), seed_regions(), {});
  EXPECT_EQ(set.group("final-2023-industry-it"), nullptr);
  EXPECT_EQ(set.group("final-2024-industry-it"), nullptr);
  for (const auto& g : set.groups) {
    std::set<std::string> entities;
    for (const auto& m : g.members) entities.insert(seeds().at(m.id).entity.name);
    if (g.type != GroupType::entity_trend && g.type != GroupType::custom) EXPECT_GE(entities.size(), 2u) << g.id;
    if (g.type == GroupType::entity_trend) EXPECT_EQ(entities.size(), 1u) << g.id;
  }
}

TEST(Aggregate, NoTrendAcrossDifferentEntities) {
  ComparisonSet set = build_comparisons(seed_digests(), seed_regions(), {});
  EXPECT_EQ(set.group("final-trend-industry-it"), nullptr);
  EXPECT_EQ(set.group("budget-trend-industry-it"), nullptr);
  std::vector<std::string> ids;
  for (const auto& g2 : set.groups) ids.push_back(g2.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"budget-2024-industry-it", "budget-latest-industry-it",
                                           "final-latest-industry-it"}));
  EXPECT_TRUE(set.executions.empty());  // no entity has both kinds for one year
  EXPECT_TRUE(set.skipped.empty());
}

TEST(Aggregate, BudgetsAndFinalsAreNeverMixed) {
  ComparisonSet set = build_comparisons(seed_digests(), seed_regions(), {});
  for (const auto& g : set.groups)
    for (const auto& m : g.members) EXPECT_EQ(seeds().at(m.id).kind, g.kind) << g.id << " " << m.id;
}

// Every ranking figure is the department page's figure: the model JSON's summary for plain
// figures, the stated formula for shares.
TEST(Aggregate, EveryMetricOfEveryMemberEqualsTheDepartmentPage) {
  ComparisonSet set = build_comparisons(seed_digests(), seed_regions(), {});
  const auto& metrics = metric_table();
  int checked = 0;
  for (const auto& g : set.groups) {
    Json gj = to_json(g);
    for (size_t i = 0; i < g.members.size(); ++i) {
      const auto& m = g.members[i];
      const Disclosure& d = seeds().at(m.id);
      Json page = to_json(d.summary);
      const Summary& s = d.summary;
      for (size_t k = 0; k < metrics.size(); ++k) {
        const std::string& key = metrics[k].key;
        const Json& shown = gj["members"][i]["values"][key];
        EXPECT_EQ(m.values[k], metrics[k].value(s)) << g.id << " " << m.id << " " << key;
        if (auto p = summary_pointer().find(key); p != summary_pointer().end()) {
          EXPECT_EQ(shown, page.at(Json::json_pointer(p->second))) << g.id << " " << m.id << " " << key;
        } else if (key == "basic_share") {
          EXPECT_EQ(shown.get<double>(), pct(*s.basic, *s.basic + *s.project)) << m.id;
        } else if (key == "project_share") {
          EXPECT_EQ(shown.get<double>(), pct(*s.project, *s.basic + *s.project)) << m.id;
        } else if (key == "personnel_share") {
          EXPECT_EQ(shown.get<double>(), pct(*s.personnel, *s.personnel + *s.public_funds)) << m.id;
        } else if (key == "carryover_share") {
          EXPECT_EQ(shown.get<double>(), pct(*s.carryover_in, *s.income_total)) << m.id;
        } else {
          ADD_FAILURE() << "metric " << key << " has no check";
        }
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 8 * static_cast<int>(metrics.size()));  // 3+3+2 memberships
  // A few by hand (findings-by-hand.md figures).
  const ComparisonGroup* g = set.group("budget-2024-industry-it");
  const auto& liulin = g->members[1];
  EXPECT_EQ(*liulin.values[metric_index("income_total")], 17944.67);
  EXPECT_EQ(*liulin.values[metric_index("basic_share")], 2.48);       // 445.45 / 17944.67
  EXPECT_EQ(*liulin.values[metric_index("personnel_share")], 91.76);  // 408.74 / 445.45
  EXPECT_EQ(*liulin.values[metric_index("three_public_total")], 4.7);
  EXPECT_EQ(*liulin.values[metric_index("vehicles")], 2);
  // Ranks: income_total 大同 1222.75 < 汾阳 6542.05 < 柳林 17944.67.
  size_t income = metric_index("income_total");
  EXPECT_EQ(g->members[0].ranks[income], 3);
  EXPECT_EQ(g->members[1].ranks[income], 1);
  EXPECT_EQ(g->members[2].ranks[income], 2);
  const ComparisonGroup* f = set.group("final-latest-industry-it");
  EXPECT_EQ(*f->members[1].values[metric_index("carryover_share")], 5.56);  // 364.35 / 6548.68
}

TEST(Aggregate, FunctionClassesLineUpAcrossCounties) {
  ComparisonSet set = build_comparisons(seed_digests(), seed_regions(), {});
  const ComparisonGroup* g = set.group("budget-2024-industry-it");
  std::vector<std::string> codes;
  for (const auto& fc : g->function_classes) codes.push_back(fc.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"201", "208", "210", "211", "212", "213", "214", "215", "216", "221", "223"}));
  EXPECT_EQ(g->function_classes[0].name, "一般公共服务支出");
  EXPECT_EQ(g->function_classes[9].name, "住房保障支出");
  for (const auto& group : set.groups) {
    EXPECT_TRUE(std::is_sorted(group.function_classes.begin(), group.function_classes.end(),
                               [](const auto& a, const auto& b) { return a.code < b.code; }));
    for (const auto& m : group.members) {
      ASSERT_EQ(m.composition.size(), group.function_classes.size()) << group.id << " " << m.id;
      const Summary& s = seeds().at(m.id).summary;
      double share_sum = 0;
      for (size_t i = 0; i < m.composition.size(); ++i) {
        auto row = std::find_if(s.by_function.begin(), s.by_function.end(),
                                [&](const auto& f) { return f.code == group.function_classes[i].code; });
        EXPECT_EQ(m.composition[i].amount, row == s.by_function.end() ? 0.0 : *row->total)
            << group.id << " " << m.id << " " << group.function_classes[i].code;
        ASSERT_TRUE(m.composition[i].share.has_value());
        share_sum += *m.composition[i].share;
      }
      EXPECT_NEAR(share_sum, 100, 0.06) << group.id << " " << m.id;
    }
  }
  // 大同市 has no 201 and no 212: zeros in the composition, not gaps.
  const auto& datong = g->members[0];
  EXPECT_EQ(datong.composition[0].amount, 0.0);
  EXPECT_EQ(datong.composition[0].share, 0.0);
  EXPECT_EQ(datong.composition[4].amount, 0.0);
  EXPECT_EQ(datong.composition[7].amount, 702.44);  // 215
  EXPECT_EQ(datong.composition[7].share, pct(702.44, 1222.75));
}

TEST(Aggregate, PerCapitaWhereThePopulationIsGiven) {
  auto regions = seed_regions();
  regions["柳林县"].population = 330000;
  ComparisonSet set = build_comparisons(seed_digests(), regions, {});
  const ComparisonGroup* g = set.group("budget-2024-industry-it");
  const auto& liulin = g->members[1];
  ASSERT_EQ(liulin.entity.region, "柳林县");
  EXPECT_EQ(*liulin.per_capita[metric_index("income_total")], 543.78);  // 17944.67万元 / 33万人
  EXPECT_EQ(*liulin.per_capita[metric_index("three_public_total")], 0.14);
  EXPECT_FALSE(liulin.per_capita[metric_index("basic_share")].has_value());  // shares have none
  EXPECT_FALSE(g->members[0].per_capita[metric_index("income_total")].has_value());  // no population
  std::string csv = to_csv(*g);
  EXPECT_NE(csv.find("人均收入总计（元/人）"), std::string::npos);
  EXPECT_NE(csv.find(",543.78,"), std::string::npos);
  // Without any population the CSV has no per-capita columns.
  EXPECT_EQ(to_csv(*build_comparisons(seed_digests(), seed_regions(), {}).group(g->id)).find("人均"), std::string::npos);
}

TEST(Aggregate, CustomGroupsAndExclusions) {
  ComparisonSettings settings;
  settings.groups.push_back({"lvliang", "吕梁市工业和信息化部门预算", Kind::budget, std::nullopt,
                             {"柳林县工业和信息化局", "汾阳市工业和信息化局", "交口县工业和信息化局"}});
  settings.exclude = {"大同市工业和信息化局"};
  ComparisonSet set = build_comparisons(seed_digests(), seed_regions(), settings);
  const ComparisonGroup* custom = set.group("custom-lvliang");
  ASSERT_NE(custom, nullptr);
  EXPECT_EQ(custom->title, "吕梁市工业和信息化部门预算");
  EXPECT_EQ(custom->type, GroupType::custom);
  EXPECT_TRUE(custom->ranked);
  EXPECT_EQ(member_ids(*custom), (std::vector<std::string>{"shanxi-liulin-2024-budget", "shanxi-fenyang-2024-budget"}));
  const Caveat* missing = caveat(*custom, "missing_members");
  ASSERT_NE(missing, nullptr);
  EXPECT_NE(missing->message.find("交口县工业和信息化局"), std::string::npos);
  // The excluded entity is in no group.
  const ComparisonGroup* g = set.group("budget-2024-industry-it");
  EXPECT_EQ(member_ids(*g), (std::vector<std::string>{"shanxi-liulin-2024-budget", "shanxi-fenyang-2024-budget"}));
  EXPECT_EQ(caveat(*g, "level_mismatch"), nullptr);
  EXPECT_EQ(custom->same_members_as, "budget-2024-industry-it");

  ComparisonSettings bad;
  bad.groups.push_back({"Lü Liang", "x", Kind::budget, std::nullopt, {}});
  EXPECT_THROW(build_comparisons(seed_digests(), seed_regions(), bad), std::invalid_argument);
  bad.groups = {{"a", "x", Kind::budget, std::nullopt, {}}, {"a", "y", Kind::final_accounts, std::nullopt, {}}};
  EXPECT_THROW(build_comparisons(seed_digests(), seed_regions(), bad), std::invalid_argument);
}

TEST(Aggregate, ExecutionPairFromHandMadeDisclosures) {
  Disclosure budget, final;
  budget.kind = Kind::budget;
  final.kind = Kind::final_accounts;
  budget.year = final.year = 2022;
  budget.entity = final.entity = {"甲县工业和信息化局", "甲县工业和信息化局", "甲县", "工业和信息化局", "department"};
  budget.summary.expenditure_current = 1000.00;
  final.summary.expenditure_current = 935.50;
  budget.summary.by_function = {{"201", "一般公共服务支出", 600.00, 400.00, 200.00},
                                {"208", "社会保障和就业支出", 400.00, 400.00, 0.0}};
  final.summary.by_function = {{"201", "一般公共服务支出", 520.25, 400.00, 120.25},
                               {"208", "社会保障和就业支出", 395.25, 395.25, 0.0},
                               {"221", "住房保障支出", 20.00, 20.00, 0.0}};
  budget.summary.three_public = ThreePublic{5.0, 0.0, 1.0, 4.0, 0.0, 4.0};
  final.summary.three_public = ThreePublic{3.3, 0.0, 0.3, 3.0, 0.0, 3.0};
  final.summary.three_public_budget = ThreePublic{4.5, 0.0, 0.5, 4.0, 0.0, 4.0};
  final.checks.push_back({"sum-mismatch", "error", "…", {}, "expenditure", 10, {10}, 1.0, 2.0});

  std::vector<DisclosureDigest> digests = {digest(budget, "jia-2022-budget"), digest(final, "jia-2022-final")};
  ComparisonSet set = build_comparisons(digests, {}, {});
  ASSERT_EQ(set.executions.size(), 1u);
  const ExecutionPair& p = set.executions[0];
  EXPECT_EQ(p.id, "execution-2022-industry-it-jia");
  EXPECT_EQ(p.title, "甲县工业和信息化局 2022年预算执行（预算与决算）");
  EXPECT_EQ(p.budget_id, "jia-2022-budget");
  EXPECT_EQ(p.final_id, "jia-2022-final");
  EXPECT_EQ(p.expenditure_total.difference, -64.5);
  EXPECT_EQ(p.expenditure_total.rate, 93.55);
  ASSERT_EQ(p.by_function.size(), 3u);
  EXPECT_EQ(p.by_function[0].code, "201");
  EXPECT_EQ(p.by_function[0].difference, -79.75);
  EXPECT_EQ(p.by_function[0].rate, 86.71);  // 520.25 / 600
  EXPECT_EQ(p.by_function[1].difference, -4.75);
  EXPECT_EQ(p.by_function[1].rate, 98.81);
  EXPECT_EQ(p.by_function[2].code, "221");   // not budgeted: budget 0, no rate
  EXPECT_EQ(p.by_function[2].budget, 0.0);
  EXPECT_EQ(p.by_function[2].difference, 20.0);
  EXPECT_FALSE(p.by_function[2].rate.has_value());
  ASSERT_EQ(p.three_public.size(), 6u);
  EXPECT_EQ(p.three_public[0].code, "total");
  EXPECT_EQ(p.three_public[0].difference, -1.7);
  EXPECT_EQ(p.three_public[0].rate, 66.0);
  EXPECT_EQ(p.three_public[2].difference, -0.7);
  EXPECT_EQ(p.three_public[2].rate, 30.0);
  EXPECT_FALSE(p.three_public[1].rate.has_value());  // 因公出国 budget 0
  EXPECT_EQ(p.final_stated_budget[0], 4.5);
  std::set<std::string> codes;
  for (const auto& c : p.caveats) codes.insert(c.code);
  EXPECT_EQ(codes, (std::set<std::string>{"budget_restated", "data_errors"}));
  // One entity alone is compared with nobody: no group lists it, budget or final.
  EXPECT_EQ(set.group("budget-2022-industry-it"), nullptr);
  EXPECT_EQ(set.group("final-2022-industry-it"), nullptr);

  Json j = to_json(p);
  EXPECT_EQ(j["by_function"][0]["rate"], 86.71);
  EXPECT_EQ(j["three_public"][0]["final_stated_budget"], 4.5);
  std::string csv = to_csv(p);
  EXPECT_NE(csv.find("支出功能分类,201,一般公共服务支出,600,520.25,-79.75,86.71\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("支出功能分类,221,住房保障支出,0,20,20,\r\n"), std::string::npos);
}

TEST(Aggregate, RanksShareTiesAndSkipAbsentValues) {
  std::vector<DisclosureDigest> ds = {fixture("a-2024-budget", Kind::budget, 2024, "甲县"),
                                      fixture("b-2024-budget", Kind::budget, 2024, "乙县"),
                                      fixture("c-2024-budget", Kind::budget, 2024, "丙县"),
                                      fixture("d-2024-budget", Kind::budget, 2024, "丁县")};
  ds[0].summary.income_total = 100;
  ds[1].summary.income_total = 300;
  ds[2].summary.income_total = 300;
  ds[0].summary.vehicles = 0;  // a stated 0 stays 0; ds[1..3] state nothing: null
  ComparisonSet set = build_comparisons(ds, {}, {});
  const ComparisonGroup* g = set.group("budget-2024-industry-it");
  ASSERT_EQ(g->members.size(), 4u);
  std::map<std::string, const GroupMember*> by_id;
  for (const auto& m : g->members) by_id[m.id] = &m;
  size_t income = metric_index("income_total"), vehicles = metric_index("vehicles"), share = metric_index("basic_share");
  EXPECT_EQ(by_id["b-2024-budget"]->ranks[income], 1);
  EXPECT_EQ(by_id["c-2024-budget"]->ranks[income], 1);
  EXPECT_EQ(by_id["a-2024-budget"]->ranks[income], 3);
  EXPECT_FALSE(by_id["d-2024-budget"]->values[income].has_value());
  EXPECT_FALSE(by_id["d-2024-budget"]->ranks[income].has_value());
  EXPECT_EQ(by_id["a-2024-budget"]->values[vehicles], 0.0);
  EXPECT_FALSE(by_id["b-2024-budget"]->values[vehicles].has_value());
  EXPECT_FALSE(by_id["a-2024-budget"]->values[share].has_value());  // no basic/project: no share
  Json j = to_json(*g);
  EXPECT_TRUE(j["members"][0]["values"]["income_total"].is_number() || j["members"][0]["values"]["income_total"].is_null());
  for (const auto& m : j["members"])
    if (m["id"] == "d-2024-budget") EXPECT_TRUE(m["values"]["income_total"].is_null());
  // No member has an expenditure table: no function classes; has_functions false.
  EXPECT_TRUE(g->function_classes.empty());
  EXPECT_FALSE(g->members[0].has_functions);
  // No region config: the level cannot be judged.
  EXPECT_NE(caveat(*g, "level_unknown"), nullptr);
}

TEST(Aggregate, EntityTrendsDuplicatesAndUnusableDigests) {
  std::vector<DisclosureDigest> ds = {fixture("jia-2022-budget", Kind::budget, 2022, "甲县"),
                                      fixture("jia-2023-budget", Kind::budget, 2023, "甲县"),
                                      fixture("jia-2023-budget-b", Kind::budget, 2023, "甲县"),
                                      fixture("yi-2023-budget", Kind::budget, 2023, "乙县", "财政局")};
  ds[2].errors = 1;
  DisclosureDigest no_year = fixture("x-budget", Kind::budget, 0, "丙县");
  no_year.year.reset();
  ds.push_back(no_year);
  ComparisonSet set = build_comparisons(ds, {}, {});
  const ComparisonGroup* t = set.group("budget-trend-industry-it-jia");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->type, GroupType::entity_trend);
  EXPECT_FALSE(t->ranked);
  // Of two 2023 budgets of one entity the one with the larger id is used, and that is said.
  EXPECT_EQ(member_ids(*t), (std::vector<std::string>{"jia-2022-budget", "jia-2023-budget-b"}));
  const Caveat* dup = caveat(*t, "duplicate");
  ASSERT_NE(dup, nullptr);
  EXPECT_NE(dup->message.find("未采用 jia-2023-budget"), std::string::npos);
  EXPECT_NE(caveat(*t, "data_errors"), nullptr);
  EXPECT_EQ(set.group("budget-trend-industry-it"), nullptr);  // no trend mixes entities
  EXPECT_EQ(t->same_members_as, "");
  EXPECT_EQ(set.group("budget-2023-finance"), nullptr);       // one 财政局: compared with nobody
  ASSERT_EQ(set.skipped.size(), 1u);
  EXPECT_EQ(set.skipped[0].id, "x-budget");
  // Unknown department types get a stable hashed slug.
  EXPECT_EQ(department_slug("某某事务中心"), "dept-" + short_hash("某某事务中心"));
  EXPECT_EQ(short_hash(""), "811c9dc5");
}

TEST(Aggregate, CsvHasBomHeaderAndRfc4180Quoting) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(format_number(17944.67), "17944.67");
  EXPECT_EQ(format_number(2.0), "2");
  EXPECT_EQ(format_number(-0.0000001), "0");

  std::vector<DisclosureDigest> ds = {fixture("a-2024-budget", Kind::budget, 2024, "甲县"),
                                      fixture("b-2024-budget", Kind::budget, 2024, "乙县")};
  ds[0].entity.name = "甲县工业和信息化局,\"测试\"";
  ds[0].summary.income_total = 12.5;
  std::string csv = to_csv(*build_comparisons(ds, {}, {}).group("budget-2024-industry-it"));
  ASSERT_GE(csv.size(), 3u);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(csv.substr(3, csv.find("\r\n") - 3).substr(0, 60).find("编号,单位,地区,年度,口径,收入总计（万元）"), 0u);
  EXPECT_NE(csv.find("a-2024-budget,\"甲县工业和信息化局,\"\"测试\"\"\",甲县,2024,单位,12.5,"), std::string::npos) << csv;
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3);  // header + 2 rows, each ending CRLF
  EXPECT_EQ(csv.substr(csv.size() - 2), "\r\n");

  ComparisonSet seeds_set = build_comparisons(seed_digests(), seed_regions(), {});
  std::string seeds_csv = to_csv(*seeds_set.group("budget-2024-industry-it"));
  EXPECT_NE(seeds_csv.find("201 一般公共服务支出（万元）"), std::string::npos);
  EXPECT_NE(seeds_csv.find("收入总计排名"), std::string::npos);
}

TEST(Aggregate, OutputIsDeterministicWhateverTheInputOrder) {
  auto digests = seed_digests();
  std::string first = to_json(build_comparisons(digests, seed_regions(), {})).dump(2);
  std::mt19937 rng(7);
  for (int i = 0; i < 5; ++i) {
    std::shuffle(digests.begin(), digests.end(), rng);
    ComparisonSet set = build_comparisons(digests, seed_regions(), {});
    EXPECT_EQ(to_json(set).dump(2), first);
    EXPECT_EQ(to_csv(*set.group("budget-2024-industry-it")),
              to_csv(*build_comparisons(seed_digests(), seed_regions(), {}).group("budget-2024-industry-it")));
  }
  Json j = Json::parse(first);
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["groups"].size(), 3u);
  EXPECT_FALSE(j["groups"][0].contains("metrics"));
  EXPECT_EQ(j["metrics"].size(), metric_table().size());
  EXPECT_TRUE(to_json(*build_comparisons(digests, seed_regions(), {}).group("budget-2024-industry-it")).contains("metrics"));
  // The file's text, made a group at a time, is the same JSON.
  const ComparisonSet set = build_comparisons(digests, seed_regions(), {});
  EXPECT_EQ(comparisons_json_text(set), to_json(set).dump());
}

// The same kind of department under the names regions give it forms one comparison across
// provinces; a department with one disclosure has no trend; no comparison has one member.
TEST(Aggregate, AlikeDepartmentsAcrossRegionsFormOneComparison) {
  std::vector<DisclosureDigest> ds = {
      fixture("bj-audit-2026", Kind::budget, 2026, "北京市", "审计局"),
      fixture("sz-audit-2026", Kind::budget, 2026, "苏州市", "审计局"),
      fixture("yt-audit-2026", Kind::budget, 2026, "烟台市", "审计局"),
      fixture("xa-health-2026", Kind::budget, 2026, "西安市", "卫生健康委员会"),
      fixture("fy-health-2026", Kind::budget, 2026, "汾阳市", "卫生健康局"),
      fixture("fy-health-2025", Kind::budget, 2025, "汾阳市", "卫生健康局"),
      fixture("gz-stats-2026", Kind::budget, 2026, "广州市", "统计局"),
      fixture("ty-it-2026", Kind::budget, 2026, "太原市", "经济和信息化局"),
      fixture("dt-it-2026", Kind::budget, 2026, "大同市", "工业和信息化局"),
  };
  ComparisonSet set = build_comparisons(ds, {}, {});
  const ComparisonGroup* audit = set.group("budget-2026-audit");
  ASSERT_NE(audit, nullptr);
  EXPECT_EQ(audit->members.size(), 3u);
  const ComparisonGroup* health = set.group("budget-2026-health");
  ASSERT_NE(health, nullptr);
  EXPECT_EQ(member_ids(*health), (std::vector<std::string>{"fy-health-2026", "xa-health-2026"}));
  EXPECT_EQ(health->title, "卫生健康部门 2026年预算比较");
  ASSERT_NE(set.group("budget-2026-industry-it"), nullptr);  // 经济和信息化局 with 工业和信息化局
  EXPECT_EQ(set.group("budget-2026-statistics"), nullptr);   // one 统计局: compared with nobody
  // A trend only for the department with two years, and of that department alone.
  int trends = 0;
  for (const auto& g : set.groups) {
    EXPECT_GE(g.members.size(), 2u) << g.id;
    if (g.type != GroupType::entity_trend) continue;
    ++trends;
    for (const auto& m : g.members) EXPECT_EQ(m.entity.name, "汾阳市卫生健康局") << g.id;
  }
  EXPECT_EQ(trends, 1);
}

TEST(Aggregate, SearchKeywordsOfDepartmentsAndAreas) {
  EXPECT_EQ(search_keywords("汾阳市工业和信息化局 2024年部门预算", "汾阳市"),
            (std::vector<std::string>{"工信", "经信", "汾阳"}));
  EXPECT_EQ(search_keywords("上海市普陀区商务委员会", "上海市普陀区"),
            (std::vector<std::string>{"商务", "商委", "上海", "普陀"}));
  EXPECT_EQ(department_slug("卫生健康委员会"), department_slug("卫生健康局"));
  // No two kinds share a name, a slug or a short form.
  std::set<std::string> names, slugs, abbreviations;
  for (const auto& k : department_kinds()) {
    EXPECT_TRUE(slugs.insert(k.slug).second) << k.slug;
    for (const auto& n : k.names) EXPECT_TRUE(names.insert(n).second) << n;
    for (const auto& a : k.abbreviations) EXPECT_TRUE(abbreviations.insert(a).second) << a;
  }
}
