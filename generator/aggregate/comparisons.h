// Stage 5 — cross-county comparisons. Takes: the digests of every disclosure, what the site
// config says about regions (level, population) and about comparisons (custom groups,
// exclusions). Gives: a ComparisonSet of groups (each a ranking-ready table) and of execution
// pairs (预算 vs 决算 of one entity and year), built in one reduce pass over the digests.
//
// What holds of the output:
//  - budgets and final accounts are never in one group;
//  - every group id is ASCII ([a-z0-9-]) and unique; groups, members, function classes and
//    caveats are in a deterministic order, so the same input gives byte-identical JSON/CSV;
//  - a member's metric value is metric.value(member's Summary), the department page's figure;
//  - every member's composition is aligned to the group's function_classes (the union of the
//    members' 类 codes, sorted by code): a 类 a member lacks is 0 for it;
//  - a group of one member is kept, flagged single_member and not ranked (ranked == false).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "aggregate/departments.h"
#include "aggregate/digest.h"
#include "aggregate/metrics.h"

namespace budgetsite {

// What the config says about one administrative area, keyed by the name entity.region uses.
struct RegionInfo {
  std::string name;                  // "柳林县"
  std::string full_name;             // "山西省吕梁市柳林县"
  std::string parent;                // "吕梁市"
  std::string province;              // "山西省"
  std::string level;                 // "province" | "prefecture" | "county" | "county_city" | "district"
  std::optional<double> population;  // inhabitants (persons)
};

struct CustomGroup {
  std::string id;                    // ASCII slug, [a-z0-9-]+, unique among custom groups
  std::string title;                 // Chinese title
  Kind kind = Kind::budget;
  std::optional<int> year;           // that year's disclosure of each entity; none: its latest
  std::vector<std::string> entities; // entity names (entity.name)
};

struct ComparisonSettings {
  std::vector<CustomGroup> groups;
  std::vector<std::string> exclude;  // entity names left out of every group and pair
};

struct Caveat {
  std::string code;                  // level_mismatch | level_unknown | scope_mismatch | data_errors
                                     // | year_mismatch | single_member | duplicate | missing_members
  std::string message;               // the wording in the built-in Chinese catalog
  std::vector<std::string> members;  // ids of the members concerned
  Wording wording;                   // names the members and what differs: caveat.* of i18n/*.yaml
};

struct CompositionCell {
  double amount = 0;                 // 万元; 0 where the member has no such 类
  std::optional<double> share;       // % of the member's 类 total; null if that total is 0/absent
};

struct GroupMember {
  std::string id;                    // the disclosure's page id
  Entity entity;
  int year = 0;
  std::optional<RegionInfo> region;  // from the config, where it knows the region
  int errors = 0, warnings = 0;
  // Aligned with metric_table().
  std::vector<std::optional<double>> values;
  std::vector<std::optional<double>> per_capita;  // 元/人; null for metrics without per_capita
  std::vector<std::optional<int>> ranks;           // null when unranked, absent or unverified
  // The value is read but the document's arithmetic does not prove it: shown as 未能核实, not ranked.
  std::vector<bool> unverified;
  bool has_functions = false;        // the member has an expenditure-by-function table
  std::vector<CompositionCell> composition;        // aligned with ComparisonGroup::function_classes
};

enum class GroupType { same_year, latest, trend, entity_trend, custom };
const char* group_type_id(GroupType type);  // "same_year" | "latest" | "trend" | "entity_trend" | "custom"

struct ComparisonGroup {
  std::string id;                    // "budget-2024-industry-it", "final-latest-industry-it", …
  GroupType type = GroupType::same_year;
  std::string title;                 // the title in the built-in Chinese catalog, or the config's
  Wording title_wording;             // comparison_title.* (no key: a custom group, titled by the config)
  Kind kind = Kind::budget;
  std::optional<int> year;           // same_year groups; otherwise null (members carry years)
  std::string department_type;       // "" for custom groups mixing types
  bool ranked = false;               // ranks are given (≥2 members, not a trend)
  std::string same_members_as;       // id of an earlier group of the same presentation (ranking or
                                     // trend) with exactly these members, or ""
  std::vector<GroupMember> members;
  std::vector<FunctionClass> function_classes;  // union of the members' 类, sorted by code
  std::vector<Caveat> caveats;
};

struct ExecutionLine {
  std::string code, name;            // 类 code and name; 三公 part key (total, overseas, …) and
                                     // label for 三公 lines; "" and 本年支出合计 for the total line
  std::optional<double> budget, actual, difference;  // difference = actual − budget
  std::optional<double> rate;        // actual / budget × 100 (%), null when budget absent or 0
};

// 预算 vs 决算 of one entity and year.
struct ExecutionPair {
  std::string id;                    // "execution-2024-industry-it-shanxi-liulin"
  std::string title;                 // the title in the built-in Chinese catalog
  Wording title_wording;             // comparison_title.execution
  Entity entity;
  int year = 0;
  std::string budget_id, final_id;   // page ids
  std::vector<ExecutionLine> by_function;   // union of 类 codes, sorted; then nothing else
  ExecutionLine expenditure_total;          // 本年支出合计 (budget: 本年支出合计; final: 本年支出合计)
  // 三公: budget from the 预算公开, actual from the 决算公开; final_stated_budget is the
  // 预算数 the 决算公开 itself prints, for cross-checking.
  std::vector<ExecutionLine> three_public;  // total, overseas, reception, vehicles_total, purchase, operation
  std::vector<std::optional<double>> final_stated_budget;  // aligned with three_public
  std::vector<Caveat> caveats;
};

struct SkippedDigest {
  std::string id;
  std::string reason;                // Chinese
};

struct ComparisonSet {
  std::vector<ComparisonGroup> groups;       // by type (same_year, latest, trend, entity_trend, custom), then id
  std::vector<ExecutionPair> executions;     // by id
  std::vector<SkippedDigest> skipped;        // digests no group could take (no year, no department type)

  const ComparisonGroup* group(const std::string& id) const;
};

// Throws std::invalid_argument for a custom group whose id is not an ASCII slug or repeats.
ComparisonSet build_comparisons(const std::vector<DisclosureDigest>& digests,
                                const std::map<std::string, RegionInfo>& regions,
                                const ComparisonSettings& settings);


}  // namespace budgetsite
