#include "aggregate/comparisons.h"

#include "aggregate/departments.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <stdexcept>
#include <tuple>

#include "common/text.h"

namespace budgetsite {

namespace {

// Administrative levels: Chinese name and tier (levels of one tier are alike).
struct LevelInfo {
  const char* level;
  const char* label;
  int tier;
};

const std::vector<LevelInfo>& levels() {
  static const std::vector<LevelInfo> table = {
      {"province", "省级", 1}, {"prefecture", "地级市", 2}, {"county", "县", 3},
      {"county_city", "县级市", 3}, {"district", "市辖区", 3},
  };
  return table;
}

const LevelInfo* level_info(const std::string& level) {
  for (const auto& l : levels())
    if (level == l.level) return &l;
  return nullptr;
}

nlohmann::json tier_word(int tier) {
  return nested_wording(tier == 1 ? "caveat.tier.province" : tier == 2 ? "caveat.tier.prefecture" : "caveat.tier.county");
}

nlohmann::json scope_word(const std::string& scope) {
  return nested_wording(scope == "department" ? "caveat.scope.department" : scope == "unit" ? "caveat.scope.unit" : "caveat.scope.unknown");
}

nlohmann::json kind_word(Kind kind) { return nested_wording(std::string("kind.") + kind_id(kind)); }

// A department type by its name in the catalog's language (department_type.<slug>), else as named.
nlohmann::json type_word(const std::string& type) {
  nlohmann::json w = nested_wording("department_type." + department_slug(type));
  w["else"] = type;
  return w;
}

Caveat caveat(const std::string& code, Wording wording, std::vector<std::string> members) {
  Caveat c{code, Catalog::built_in().word(wording), std::move(members), std::move(wording)};
  return c;
}

bool is_slug(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::optional<double> round_cents(std::optional<double> v) {
  if (!v) return v;
  return std::round(*v * 100) / 100;
}

using Digests = std::vector<const DisclosureDigest*>;

// Everything build_comparisons knows while it reduces: the deduplicated digests and the
// slugs of entities.
struct Context {
  const std::map<std::string, RegionInfo>& regions;
  std::map<std::string, std::string> entity_slug;          // entity name → ASCII slug
  std::map<std::string, std::vector<std::string>> ignored;  // used id → duplicate ids left out
};

// An entity's slug: its page id without "-<year>-<kind>" where ids follow that pattern,
// else "e-" and a hash of its name; a hash is appended where two entities would share one.
std::map<std::string, std::string> entity_slugs(const Digests& digests) {
  std::map<std::string, std::vector<std::string>> ids;
  for (const auto* d : digests) ids[d->entity.name].push_back(d->id);
  return department_slugs(ids);
}

bool member_order(const DisclosureDigest* a, const DisclosureDigest* b) {
  return std::tie(a->entity.region, a->entity.name, a->year, a->id) <
         std::tie(b->entity.region, b->entity.name, b->year, b->id);
}

bool trend_order(const DisclosureDigest* a, const DisclosureDigest* b) {
  return std::tie(a->year, a->entity.region, a->entity.name, a->id) <
         std::tie(b->year, b->entity.region, b->entity.name, b->id);
}

nlohmann::json member_word(const GroupMember& m) { return nested_wording("caveat.member", {{"name", m.entity.name}, {"year", m.year}}); }

void add_caveats(ComparisonGroup& g, const Context& ctx) {
  auto& ms = g.members;
  bool trend = g.type == GroupType::trend || g.type == GroupType::entity_trend;
  if (ms.size() == 1) {
    g.caveats.push_back(caveat("single_member", {"caveat.single_member", {{"member", member_word(ms[0])}}}, {ms[0].id}));
  }
  // Years: a comparison across years (not a trend, where that is the point).
  if (!trend && ms.size() > 1) {
    int lo = ms[0].year, hi = ms[0].year;
    for (const auto& m : ms) lo = std::min(lo, m.year), hi = std::max(hi, m.year);
    if (lo != hi) {
      std::vector<std::string> ids;
      nlohmann::json years = nlohmann::json::array();
      for (const auto& m : ms) {
        years.push_back(member_word(m));
        if (m.year != hi) ids.push_back(m.id);
      }
      g.caveats.push_back(caveat("year_mismatch",
                                 {"caveat.year_mismatch", {{"members", word_list(years, "punct.comma")}, {"span", hi - lo}}},
                                 ids));
    }
  }
  if (ms.size() > 1) {
    // Administrative level: members off the most common tier (ties: the lower tier, i.e. counties).
    std::map<int, int> tier_count;
    std::vector<std::string> unknown_names, unknown_ids;
    for (const auto& m : ms) {
      const LevelInfo* l = m.region ? level_info(m.region->level) : nullptr;
      if (l) ++tier_count[l->tier];
      else unknown_names.push_back(m.entity.name), unknown_ids.push_back(m.id);
    }
    if (tier_count.size() > 1) {
      int modal = 0, best = -1;
      for (const auto& [tier, n] : tier_count)
        if (n >= best) modal = tier, best = n;
      std::vector<std::string> ids;
      nlohmann::json odd = nlohmann::json::array();
      for (const auto& m : ms) {
        const LevelInfo* l = m.region ? level_info(m.region->level) : nullptr;
        if (l && l->tier != modal)
          odd.push_back(nested_wording("caveat.member_level", {{"name", m.entity.name}, {"level", nested_wording(std::string("caveat.level.") + l->level)}})),
              ids.push_back(m.id);
      }
      g.caveats.push_back(
          caveat("level_mismatch", {"caveat.level_mismatch", {{"members", word_list(odd)}, {"tier", tier_word(modal)}}}, ids));
    }
    if (!unknown_ids.empty())
      g.caveats.push_back(caveat("level_unknown", {"caveat.level_unknown", {{"names", word_list(unknown_names)}}}, unknown_ids));
    // Scope: members of the less common scope (ties: the 部门 ones, whose figures include more).
    std::map<std::string, int> scope_count;
    for (const auto& m : ms) ++scope_count[m.entity.scope];
    if (scope_count.size() > 1) {
      std::string modal;
      int best = -1;
      for (const auto& [scope, n] : scope_count)
        if (n > best || (n == best && scope == "unit")) modal = scope, best = n;
      std::vector<std::string> ids;
      nlohmann::json parts = nlohmann::json::array();
      for (const auto& m : ms)
        if (m.entity.scope != modal) ids.push_back(m.id);
      for (const auto& [scope, n] : scope_count) {
        std::vector<std::string> names;
        for (const auto& m : ms)
          if (m.entity.scope == scope) names.push_back(m.entity.name);
        parts.push_back(nested_wording("caveat.scope_part", {{"names", word_list(names)}, {"scope", scope_word(scope)}}));
      }
      g.caveats.push_back(caveat("scope_mismatch", {"caveat.scope_mismatch", {{"parts", word_list(parts, "punct.semicolon")}}}, ids));
    }
  }
  std::vector<std::string> bad_ids;
  nlohmann::json bad = nlohmann::json::array();
  for (const auto& m : ms)
    if (m.errors > 0)
      bad.push_back(nested_wording("caveat.member_errors", {{"name", m.entity.name}, {"errors", m.errors}})), bad_ids.push_back(m.id);
  if (!bad_ids.empty()) g.caveats.push_back(caveat("data_errors", {"caveat.data_errors", {{"members", word_list(bad)}}}, bad_ids));
  for (const auto& m : ms) {
    auto it = ctx.ignored.find(m.id);
    if (it != ctx.ignored.end())
      g.caveats.push_back(caveat("duplicate",
                                 {"caveat.duplicate", {{"name", m.entity.name}, {"year", m.year}, {"kind", kind_word(g.kind)},
                                                       {"id", m.id}, {"others", word_list(it->second)}}},
                                 {m.id}));
  }
}

// Ranks by competition ("1224"): equal values share the best rank; absent values get none.
void rank(ComparisonGroup& g) {
  const auto& metrics = metric_table();
  for (auto& m : g.members) m.ranks.assign(metrics.size(), std::nullopt);
  if (!g.ranked) return;
  for (size_t k = 0; k < metrics.size(); ++k) {
    std::vector<size_t> order;
    for (size_t i = 0; i < g.members.size(); ++i)
      if (g.members[i].values[k] && !(k < g.members[i].unverified.size() && g.members[i].unverified[k]))
        order.push_back(i);
    bool desc = metrics[k].order == Order::descending;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      double x = *g.members[a].values[k], y = *g.members[b].values[k];
      return desc ? x > y : x < y;
    });
    for (size_t pos = 0; pos < order.size(); ++pos) {
      bool tie = pos > 0 && *g.members[order[pos]].values[k] == *g.members[order[pos - 1]].values[k];
      g.members[order[pos]].ranks[k] = tie ? g.members[order[pos - 1]].ranks[k] : std::optional<int>(static_cast<int>(pos) + 1);
    }
  }
}

// `title`: the wording of a generated group's title; a custom group's (no key) is set by its caller.
ComparisonGroup make_group(GroupType type, std::string id, Wording title, Kind kind, std::optional<int> year,
                           std::string department_type, Digests members, const Context& ctx) {
  ComparisonGroup g;
  g.id = std::move(id);
  g.type = type;
  if (!title.key.empty()) g.title = Catalog::built_in().word(title);
  g.title_wording = std::move(title);
  g.kind = kind;
  g.year = year;
  g.department_type = std::move(department_type);
  bool trend = type == GroupType::trend || type == GroupType::entity_trend;
  std::sort(members.begin(), members.end(), trend ? trend_order : member_order);
  g.ranked = !trend && members.size() > 1;

  // Function classes: the union of the members' 类, sorted by code, named from the catalog.
  std::map<std::string, std::string> classes;
  for (const auto* d : members)
    for (const auto& f : d->summary.by_function) classes.emplace(f.code, f.name);
  for (const auto& [code, printed] : classes) {
    std::string name = printed;
    for (const auto& fc : function_classes())
      if (fc.code == code) name = fc.name;
    g.function_classes.push_back({code, name});
  }

  const auto& metrics = metric_table();
  for (const auto* d : members) {
    GroupMember m;
    m.id = d->id;
    m.entity = d->entity;
    m.year = *d->year;
    if (auto it = ctx.regions.find(d->entity.region); it != ctx.regions.end()) m.region = it->second;
    m.errors = d->errors;
    m.warnings = d->warnings;
    std::optional<double> population = m.region ? m.region->population : std::nullopt;
    for (const auto& metric : metrics) {
      m.values.push_back(metric.value(d->summary));
      bool unverified = false;
      for (const auto& f : metric.figures) unverified |= d->unproven.count(f) > 0;
      m.unverified.push_back(m.values.back().has_value() && unverified);
      m.per_capita.push_back(metric.per_capita ? per_capita_value(m.values.back(), population) : std::nullopt);
    }
    std::map<std::string, double> amounts;
    double total = 0;
    for (const auto& f : d->summary.by_function) {
      amounts[f.code] += f.total.value_or(0);
      total += f.total.value_or(0);
    }
    m.has_functions = !d->summary.by_function.empty();
    for (const auto& fc : g.function_classes) {
      CompositionCell cell;
      auto it = amounts.find(fc.code);
      cell.amount = it == amounts.end() ? 0.0 : std::round(it->second * 100) / 100;
      if (m.has_functions && total > 0) cell.share = std::round(cell.amount / total * 10000) / 100;
      m.composition.push_back(cell);
    }
    g.members.push_back(std::move(m));
  }
  rank(g);
  add_caveats(g, ctx);
  return g;
}

ExecutionLine execution_line(std::string code, std::string name, std::optional<double> budget, std::optional<double> actual) {
  ExecutionLine l{std::move(code), std::move(name), budget, actual, std::nullopt, std::nullopt};
  if (budget && actual) l.difference = round_cents(*actual - *budget);
  if (budget && actual && *budget != 0) l.rate = round_cents(*actual / *budget * 100);
  return l;
}

struct ThreePublicPart {
  Amount ThreePublic::*field;
  const char* key;
  const char* label;
};

const std::vector<ThreePublicPart>& three_public_parts() {
  static const std::vector<ThreePublicPart> parts = {
      {&ThreePublic::total, "total", "“三公”经费合计"},
      {&ThreePublic::overseas, "overseas", "因公出国（境）费"},
      {&ThreePublic::reception, "reception", "公务接待费"},
      {&ThreePublic::vehicles_total, "vehicles_total", "公务用车购置及运行费"},
      {&ThreePublic::vehicle_purchase, "vehicle_purchase", "公务用车购置费"},
      {&ThreePublic::vehicle_operation, "vehicle_operation", "公务用车运行维护费"},
  };
  return parts;
}

ExecutionPair make_execution(const DisclosureDigest& b, const DisclosureDigest& f, const Context& ctx) {
  ExecutionPair p;
  p.entity = f.entity;
  p.year = *f.year;
  p.id = "execution-" + std::to_string(p.year) + "-" + department_slug(f.entity.department_type) + "-" +
         ctx.entity_slug.at(f.entity.name);
  p.title_wording = {"comparison_title.execution", {{"name", f.entity.name}, {"year", p.year}}};
  p.title = Catalog::built_in().word(p.title_wording);
  p.budget_id = b.id;
  p.final_id = f.id;

  std::map<std::string, std::string> names;
  std::map<std::string, double> budget, actual;
  for (const auto& x : b.summary.by_function) names.emplace(x.code, x.name), budget[x.code] += x.total.value_or(0);
  for (const auto& x : f.summary.by_function) names.emplace(x.code, x.name), actual[x.code] += x.total.value_or(0);
  for (const auto& entry : names) {
    const std::string& code = entry.first;
    std::string name = entry.second;
    for (const auto& fc : function_classes())
      if (fc.code == code) name = fc.name;
    auto value = [&](const std::map<std::string, double>& side, const DisclosureDigest& d) -> std::optional<double> {
      if (d.summary.by_function.empty()) return std::nullopt;  // no table: unknown, not 0
      auto it = side.find(code);
      return round_cents(it == side.end() ? 0.0 : it->second);
    };
    p.by_function.push_back(execution_line(code, name, value(budget, b), value(actual, f)));
  }
  p.expenditure_total = execution_line("", "本年支出合计", b.summary.expenditure_current, f.summary.expenditure_current);
  for (const auto& part : three_public_parts()) {
    auto get = [&](const std::optional<ThreePublic>& tp) { return tp ? (*tp).*part.field : std::nullopt; };
    p.three_public.push_back(execution_line(part.key, part.label, get(b.summary.three_public), get(f.summary.three_public)));
    p.final_stated_budget.push_back(get(f.summary.three_public_budget));
  }
  if (p.three_public[0].budget && p.final_stated_budget[0] &&
      round_cents(*p.three_public[0].budget) != round_cents(*p.final_stated_budget[0]))
    p.caveats.push_back(caveat("budget_restated", {"caveat.budget_restated"}, {f.id}));
  std::vector<std::string> ids;
  nlohmann::json bad = nlohmann::json::array();
  for (const auto* d : {&b, &f})
    if (d->errors > 0) bad.push_back(nested_wording("caveat.member_errors", {{"name", d->id}, {"errors", d->errors}})), ids.push_back(d->id);
  if (!ids.empty()) p.caveats.push_back(caveat("data_errors", {"caveat.pair_data_errors", {{"members", word_list(bad)}}}, ids));
  return p;
}

}  // namespace

const char* group_type_id(GroupType type) {
  switch (type) {
    case GroupType::same_year: return "same_year";
    case GroupType::latest: return "latest";
    case GroupType::trend: return "trend";
    case GroupType::entity_trend: return "entity_trend";
    case GroupType::custom: return "custom";
  }
  return "";
}



const ComparisonGroup* ComparisonSet::group(const std::string& id) const {
  for (const auto& g : groups)
    if (g.id == id) return &g;
  return nullptr;
}

ComparisonSet build_comparisons(const std::vector<DisclosureDigest>& digests,
                                const std::map<std::string, RegionInfo>& regions,
                                const ComparisonSettings& settings) {
  ComparisonSet set;
  Context ctx{regions, {}, {}};
  std::set<std::string> excluded(settings.exclude.begin(), settings.exclude.end());

  // The one pass: sort out what cannot be compared, keep one digest per entity, kind and year.
  std::map<std::tuple<std::string, Kind, int>, const DisclosureDigest*> unique;
  for (const auto& d : digests) {
    if (excluded.count(d.entity.name)) continue;
    if (!d.year) { set.skipped.push_back({d.id, "未识别出年度"}); continue; }
    if (d.entity.name.empty() || d.entity.department_type.empty()) {
      set.skipped.push_back({d.id, "未识别出单位名称或部门类型"});
      continue;
    }
    auto key = std::make_tuple(d.entity.name, d.kind, *d.year);
    auto [it, inserted] = unique.emplace(key, &d);
    if (!inserted) {
      const DisclosureDigest* keep = it->second->id < d.id ? &d : it->second;
      const DisclosureDigest* drop = keep == &d ? it->second : &d;
      auto moved = ctx.ignored.extract(drop->id);
      auto& list = ctx.ignored[keep->id];
      if (moved) list.insert(list.end(), moved.mapped().begin(), moved.mapped().end());
      list.push_back(drop->id);
      std::sort(list.begin(), list.end());
      it->second = keep;
    }
  }
  std::sort(set.skipped.begin(), set.skipped.end(), [](const auto& a, const auto& b) { return a.id < b.id; });

  Digests all;
  for (const auto& [key, d] : unique) all.push_back(d);
  ctx.entity_slug = entity_slugs(all);

  // Buckets.
  std::map<std::tuple<std::string, Kind, int>, Digests> same_year;           // type, kind, year
  std::map<std::pair<std::string, Kind>, Digests> by_type;                   // type, kind
  std::map<std::pair<std::string, Kind>, Digests> by_entity;                 // entity, kind
  std::map<std::pair<std::string, int>, std::pair<const DisclosureDigest*, const DisclosureDigest*>> pairs;
  for (const auto* d : all) {
    // Alike departments across regions (卫生健康局, 卫生健康委员会) form one comparison.
    const std::string kind_of_department = department_group_label(d->entity.department_type);
    same_year[{kind_of_department, d->kind, *d->year}].push_back(d);
    by_type[{kind_of_department, d->kind}].push_back(d);
    by_entity[{d->entity.name, d->kind}].push_back(d);
    auto& pr = pairs[{d->entity.name, *d->year}];
    (d->kind == Kind::budget ? pr.first : pr.second) = d;
  }

  std::vector<ComparisonGroup> groups;
  // A comparison sets at least two entities side by side; a trend follows one entity.
  auto entities = [](const Digests& ds) {
    std::set<std::string> names;
    for (const auto* d : ds) names.insert(d->entity.name);
    return names.size();
  };
  for (const auto& [key, ds] : same_year) {
    if (entities(ds) < 2) continue;
    const auto& [type, kind, year] = key;
    groups.push_back(make_group(GroupType::same_year,
                                std::string(kind_id(kind)) + "-" + std::to_string(year) + "-" + department_slug(type),
                                {"comparison_title.same_year", {{"type", type_word(type)}, {"year", year}, {"kind", kind_word(kind)}}},
                                kind, year, type, ds, ctx));
  }
  for (const auto& [key, ds] : by_type) {
    const auto& [type, kind] = key;
    std::map<std::string, const DisclosureDigest*> latest;
    std::set<int> years;
    for (const auto* d : ds) {
      years.insert(*d->year);
      auto& slot = latest[d->entity.name];
      if (!slot || *slot->year < *d->year) slot = d;
    }
    Digests members;
    for (const auto& [name, d] : latest) members.push_back(d);
    if (members.size() < 2) continue;
    std::string slug = department_slug(type);
    groups.push_back(make_group(GroupType::latest, std::string(kind_id(kind)) + "-latest-" + slug,
                                {"comparison_title.latest", {{"type", type_word(type)}, {"kind", kind_word(kind)}}}, kind,
                                std::nullopt, type, members, ctx));
  }
  for (const auto& [key, ds] : by_entity) {
    if (ds.size() < 2) continue;
    const auto& [name, kind] = key;
    const auto& type = ds.front()->entity.department_type;
    groups.push_back(make_group(GroupType::entity_trend,
                                std::string(kind_id(kind)) + "-trend-" + department_slug(type) + "-" + ctx.entity_slug.at(name),
                                {"comparison_title.entity_trend", {{"name", name}, {"kind", kind_word(kind)}}}, kind,
                                std::nullopt, type, ds, ctx));
  }

  std::set<std::string> custom_ids;
  for (const auto& c : settings.groups) {
    if (!is_slug(c.id))
      throw std::invalid_argument("comparisons.groups: id \"" + c.id + "\" must be lowercase ASCII letters, digits and '-'");
    if (!custom_ids.insert(c.id).second)
      throw std::invalid_argument("comparisons.groups: id \"" + c.id + "\" is used twice");
    Digests members;
    std::vector<std::string> missing;
    std::set<std::string> types;
    for (const auto& name : c.entities) {
      if (excluded.count(name)) continue;
      const DisclosureDigest* pick = nullptr;
      if (auto it = by_entity.find({name, c.kind}); it != by_entity.end())
        for (const auto* d : it->second)
          if (c.year ? *d->year == *c.year : (!pick || *pick->year < *d->year)) pick = d;
      if (!pick) { missing.push_back(name); continue; }
      if (std::find(members.begin(), members.end(), pick) == members.end()) members.push_back(pick);
      types.insert(pick->entity.department_type);
    }
    auto g = make_group(GroupType::custom, "custom-" + c.id, Wording{}, c.kind, c.year,
                        types.size() == 1 ? *types.begin() : std::string(), members, ctx);
    g.title = c.title;
    if (!missing.empty())
      g.caveats.push_back(caveat("missing_members",
                                 c.year ? Wording{"caveat.missing_members_of_year",
                                                  {{"year", *c.year}, {"kind", kind_word(c.kind)}, {"names", word_list(missing)}}}
                                        : Wording{"caveat.missing_members", {{"kind", kind_word(c.kind)}, {"names", word_list(missing)}}},
                                 {}));
    if (members.empty()) g.ranked = false;
    groups.push_back(std::move(g));
  }

  std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return std::tie(a.type, a.id) < std::tie(b.type, b.id);
  });
  // A ranking and a trend of the same members are different pages; only like pages repeat.
  std::map<std::tuple<bool, Kind, std::vector<std::string>>, std::string> seen;
  for (auto& g : groups) {
    std::vector<std::string> ids;
    for (const auto& m : g.members) ids.push_back(m.id);
    std::sort(ids.begin(), ids.end());
    bool trend = g.type == GroupType::trend || g.type == GroupType::entity_trend;
    auto [it, inserted] = seen.emplace(std::make_tuple(trend, g.kind, ids), g.id);
    if (!inserted) g.same_members_as = it->second;
  }
  set.groups = std::move(groups);

  for (const auto& [key, pr] : pairs)
    if (pr.first && pr.second) set.executions.push_back(make_execution(*pr.first, *pr.second, ctx));
  std::sort(set.executions.begin(), set.executions.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return set;
}

}  // namespace budgetsite
