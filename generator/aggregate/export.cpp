#include "aggregate/export.h"

#include <charconv>
#include <cmath>

#include "common/text.h"

namespace budgetsite {

namespace {

Json number_or_null(const std::optional<double>& v) { return amount_json(v); }

Json int_or_null(const std::optional<int>& v) { return v ? Json(*v) : Json(nullptr); }

Json caveats_json(const std::vector<Caveat>& caveats) {
  Json out = Json::array();
  for (const auto& c : caveats) out.push_back(Json{{"code", c.code},
                       {"message", c.message},
                       {"wording", c.wording},
                       {"members", c.members}});
  return out;
}

Json entity_json(const Entity& e) {
  return Json{{"name", e.name}, {"region", e.region}, {"department_type", e.department_type}, {"scope", e.scope}};
}

Json region_json(const std::optional<RegionInfo>& r) {
  if (!r) return nullptr;
  return Json{{"name", r->name},     {"full_name", r->full_name}, {"parent", r->parent},
              {"province", r->province}, {"level", r->level},     {"population", number_or_null(r->population)}};
}

Json line_json(const ExecutionLine& l) {
  return Json{{"code", l.code.empty() ? Json(nullptr) : Json(l.code)},
              {"name", l.name},
              {"budget", number_or_null(l.budget)},
              {"actual", number_or_null(l.actual)},
              {"difference", number_or_null(l.difference)},
              {"rate", number_or_null(l.rate)}};
}

std::string csv_number(const std::optional<double>& v) { return v ? format_number(*v) : std::string(); }

const char* scope_short(const std::string& scope) {
  return scope == "department" ? "部门" : scope == "unit" ? "单位" : "";
}

void csv_row(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  out += "\r\n";
}

const char* kBom = "\xEF\xBB\xBF";

}  // namespace

std::string format_number(double value) {
  double rounded = std::round(value * 1e6) / 1e6;
  if (rounded == 0) rounded = 0;  // no "-0"
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, rounded);
  return std::string(buf, res.ptr);
}

Json metrics_json() {
  Json out = Json::array();
  for (const auto& m : metric_table())
    out.push_back(Json{{"key", m.key},
                       {"label", m.label},
                       {"unit", m.unit},
                       {"definition", m.definition},
                       {"per_capita", m.per_capita},
                       {"per_capita_unit", m.per_capita ? Json("元/人") : Json(nullptr)},
                       {"order", m.order == Order::descending ? "descending" : "ascending"}});
  return out;
}

Json to_json(const ComparisonGroup& g) {
  const auto& metrics = metric_table();
  Json j;
  j["id"] = g.id;
  j["type"] = group_type_id(g.type);
  j["title"] = g.title;
  j["title_wording"] = g.title_wording.key.empty() ? Json(nullptr) : Json(g.title_wording);
  j["kind"] = kind_id(g.kind);
  j["year"] = int_or_null(g.year);
  j["department_type"] = g.department_type.empty() ? Json(nullptr) : Json(g.department_type);
  j["ranked"] = g.ranked;
  j["same_members_as"] = g.same_members_as.empty() ? Json(nullptr) : Json(g.same_members_as);
  j["metrics"] = metrics_json();
  j["function_classes"] = Json::array();
  for (const auto& fc : g.function_classes) j["function_classes"].push_back(Json{{"code", fc.code}, {"name", fc.name}});
  j["members"] = Json::array();
  for (const auto& m : g.members) {
    Json values = Json::object(), per_capita = Json::object(), ranks = Json::object(), unverified = Json::array();
    for (size_t k = 0; k < metrics.size(); ++k) {
      // Counts (辆) stay integers.
      values[metrics[k].key] = metrics[k].unit == "辆" && m.values[k] ? Json(static_cast<long long>(std::llround(*m.values[k])))
                                                                        : number_or_null(m.values[k]);
      if (metrics[k].per_capita) per_capita[metrics[k].key] = number_or_null(m.per_capita[k]);
      ranks[metrics[k].key] = int_or_null(m.ranks[k]);
      if (k < m.unverified.size() && m.unverified[k]) unverified.push_back(metrics[k].key);
    }
    Json composition = Json::array();
    for (size_t i = 0; i < m.composition.size(); ++i)
      composition.push_back(Json{{"code", g.function_classes[i].code},
                                 {"amount", number_or_null(m.composition[i].amount)},
                                 {"share", number_or_null(m.composition[i].share)}});
    j["members"].push_back(Json{{"id", m.id},
                                {"entity", entity_json(m.entity)},
                                {"year", m.year},
                                {"region", region_json(m.region)},
                                {"checks", Json{{"errors", m.errors}, {"warnings", m.warnings}}},
                                {"values", values},
                                {"per_capita", per_capita},
                                {"ranks", ranks},
                                {"unverified", unverified},
                                {"has_functions", m.has_functions},
                                {"composition", composition}});
  }
  j["caveats"] = caveats_json(g.caveats);
  return j;
}

Json to_json(const ExecutionPair& p) {
  Json j;
  j["id"] = p.id;
  j["title"] = p.title;
  j["title_wording"] = p.title_wording;
  j["entity"] = entity_json(p.entity);
  j["year"] = p.year;
  j["budget_id"] = p.budget_id;
  j["final_id"] = p.final_id;
  j["expenditure_total"] = line_json(p.expenditure_total);
  j["by_function"] = Json::array();
  for (const auto& l : p.by_function) j["by_function"].push_back(line_json(l));
  j["three_public"] = Json::array();
  for (size_t i = 0; i < p.three_public.size(); ++i) {
    Json l = line_json(p.three_public[i]);
    l["final_stated_budget"] = number_or_null(p.final_stated_budget[i]);
    j["three_public"].push_back(l);
  }
  j["caveats"] = caveats_json(p.caveats);
  return j;
}

Json to_json(const ComparisonSet& set) {
  Json j;
  j["schema_version"] = 1;
  j["metrics"] = metrics_json();
  j["groups"] = Json::array();
  for (const auto& g : set.groups) {
    Json gj = to_json(g);
    gj.erase("metrics");
    j["groups"].push_back(std::move(gj));
  }
  j["executions"] = Json::array();
  for (const auto& p : set.executions) j["executions"].push_back(to_json(p));
  j["skipped"] = Json::array();
  for (const auto& s : set.skipped) j["skipped"].push_back(Json{{"id", s.id}, {"reason", s.reason}});
  return j;
}

std::string comparisons_json_text(const ComparisonSet& set) {
  std::string text = "{\"schema_version\":1,\"metrics\":" + metrics_json().dump() + ",\"groups\":[";
  for (size_t i = 0; i < set.groups.size(); ++i) {
    Json gj = to_json(set.groups[i]);
    gj.erase("metrics");
    if (i) text += ',';
    text += gj.dump();
  }
  text += "],\"executions\":[";
  for (size_t i = 0; i < set.executions.size(); ++i) {
    if (i) text += ',';
    text += to_json(set.executions[i]).dump();
  }
  text += "],\"skipped\":";
  Json skipped = Json::array();
  for (const auto& s : set.skipped) skipped.push_back(Json{{"id", s.id}, {"reason", s.reason}});
  return text + skipped.dump() + "}";
}

std::string to_csv(const ComparisonGroup& g) {
  const auto& metrics = metric_table();
  bool any_population = false;
  for (const auto& m : g.members) any_population |= m.region && m.region->population;

  std::vector<std::string> header = {"编号", "单位", "地区", "年度", "口径"};
  for (const auto& m : metrics) header.push_back(m.label + "（" + m.unit + "）");
  if (any_population)
    for (const auto& m : metrics)
      if (m.per_capita) header.push_back("人均" + m.label + "（元/人）");
  if (g.ranked)
    for (const auto& m : metrics) header.push_back(m.label + "排名");
  for (const auto& fc : g.function_classes) header.push_back(fc.code + " " + fc.name + "（万元）");

  std::string out = kBom;
  csv_row(out, header);
  for (const auto& m : g.members) {
    std::vector<std::string> row = {m.id, m.entity.name, m.entity.region, std::to_string(m.year), scope_short(m.entity.scope)};
    for (size_t k = 0; k < metrics.size(); ++k) row.push_back(csv_number(m.values[k]));
    if (any_population)
      for (size_t k = 0; k < metrics.size(); ++k)
        if (metrics[k].per_capita) row.push_back(csv_number(m.per_capita[k]));
    if (g.ranked)
      for (const auto& r : m.ranks) row.push_back(r ? std::to_string(*r) : std::string());
    for (const auto& c : m.composition)
      row.push_back(m.has_functions ? format_number(c.amount) : std::string());
    csv_row(out, row);
  }
  return out;
}

std::string to_csv(const ExecutionPair& p) {
  std::string out = kBom;
  csv_row(out, {"类别", "科目编码", "项目", "预算数（万元）", "决算数（万元）", "差额（万元）", "执行率（%）"});
  auto line = [&](const char* section, const ExecutionLine& l, bool with_code) {
    csv_row(out, {section, with_code ? l.code : std::string(), l.name, csv_number(l.budget), csv_number(l.actual),
                  csv_number(l.difference), csv_number(l.rate)});
  };
  line("支出合计", p.expenditure_total, false);
  for (const auto& l : p.by_function) line("支出功能分类", l, true);
  for (const auto& l : p.three_public) line("“三公”经费", l, false);
  return out;
}

Json summaries_json(const std::vector<DisclosureDigest>& digests) {
  Json out = Json::array();
  for (const auto& d : digests)
    out.push_back({{"id", d.id},
                   {"page", "disclosures/" + d.id + "/index.html"},
                   {"kind", d.kind == Kind::budget ? "budget" : "final"},
                   {"year", d.year ? Json(*d.year) : Json(nullptr)},
                   {"entity",
                    {{"name", d.entity.name}, {"region", d.entity.region}, {"department_type", d.entity.department_type},
                     {"scope", d.entity.scope}}},
                   {"summary", to_json(d.summary)},
                   {"errors", d.errors},
                   {"warnings", d.warnings}});
  return out;
}

}  // namespace budgetsite
