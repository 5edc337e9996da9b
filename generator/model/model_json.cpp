#include "model/model_json.h"

#include <cmath>

namespace budgetsite {

Json amount_json(const Amount& a) {
  if (!a) return nullptr;
  // Printed figures have at most a few decimals: round away binary noise from sums.
  return std::round(*a * 1e6) / 1e6;
}

namespace {

Json three_public_json(const std::optional<ThreePublic>& tp) {
  if (!tp) return nullptr;
  return Json{{"total", amount_json(tp->total)},
              {"overseas", amount_json(tp->overseas)},
              {"reception", amount_json(tp->reception)},
              {"vehicles_total", amount_json(tp->vehicles_total)},
              {"vehicle_purchase", amount_json(tp->vehicle_purchase)},
              {"vehicle_operation", amount_json(tp->vehicle_operation)}};
}

Json string_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

}  // namespace

Json to_json(const Summary& s) {
  Json j;
  j["income_total"] = amount_json(s.income_total);
  j["income_current"] = amount_json(s.income_current);
  j["carryover_in"] = amount_json(s.carryover_in);
  j["expenditure_current"] = amount_json(s.expenditure_current);
  j["carryover_out"] = amount_json(s.carryover_out);
  j["general_public_budget"] = amount_json(s.general_public_budget);
  j["basic"] = amount_json(s.basic);
  j["project"] = amount_json(s.project);
  j["personnel"] = amount_json(s.personnel);
  j["public_funds"] = amount_json(s.public_funds);
  j["three_public"] = three_public_json(s.three_public);
  j["three_public_budget"] = three_public_json(s.three_public_budget);
  j["admin_operating"] = amount_json(s.admin_operating);
  if (s.procurement)
    j["procurement"] = Json{{"total", amount_json(s.procurement->total)},
                            {"goods", amount_json(s.procurement->goods)},
                            {"works", amount_json(s.procurement->works)},
                            {"services", amount_json(s.procurement->services)}};
  else
    j["procurement"] = nullptr;
  j["vehicles"] = s.vehicles ? Json(*s.vehicles) : Json(nullptr);
  j["by_function"] = Json::array();
  for (const auto& f : s.by_function)
    j["by_function"].push_back(Json{{"code", f.code},
                                    {"name", f.name},
                                    {"total", amount_json(f.total)},
                                    {"basic", amount_json(f.basic)},
                                    {"project", amount_json(f.project)}});
  return j;
}

Json to_json(const Table& t) {
  Json j;
  j["id"] = t.id;
  j["title"] = t.title;
  j["number"] = t.number_in_set;
  j["label"] = string_or_null(t.number);
  j["line"] = t.line ? Json(t.line) : Json(nullptr);
  j["page"] = t.page ? Json(t.page) : Json(nullptr);
  j["unit"] = t.unit;
  j["end_line"] = t.end_line ? Json(t.end_line) : Json(nullptr);
  j["present"] = t.present;
  j["no_data"] = t.no_data;
  if (t.no_data) j["no_data_note"] = t.no_data_note;
  if (t.unread) j["unread"] = true;
  j["columns"] = Json::array();
  for (const auto& c : t.columns) {
    Json col{{"key", c.key}, {"label", c.label}};
    if (!c.side.empty()) col["side"] = c.side;
    if (!c.group.empty()) col["group"] = c.group;
    if (c.column_number) col["column_number"] = *c.column_number;
    j["columns"].push_back(col);
  }
  if (!t.label_column_numbers.empty()) j["label_column_numbers"] = t.label_column_numbers;
  j["rows"] = Json::array();
  for (const auto& r : t.rows) {
    Json row;
    row["line"] = r.line;
    if (r.page) row["page"] = r.page;
    row["code"] = string_or_null(r.code);
    row["name"] = r.name;
    if (!r.name2.empty()) row["name2"] = r.name2;
    if (!r.side.empty()) row["side"] = r.side;
    if (!r.group.empty()) row["group"] = r.group;
    row["level"] = r.level;
    if (r.is_total) row["total"] = true;
    if (r.row_number) row["row_number"] = *r.row_number;
    Json values = Json::object();
    for (size_t i = 0; i < t.columns.size(); ++i) {
      if (!r.side.empty() && !t.columns[i].side.empty() && t.columns[i].side != r.side) continue;
      values[t.columns[i].key] = amount_json(r.values[i]);
    }
    row["values"] = values;
    j["rows"].push_back(row);
  }
  return j;
}

Json to_json(const Check& c) {
  Json j{{"id", c.id}, {"severity", c.severity}, {"message", c.message}};
  j["wording"] = c.wording;
  j["table"] = string_or_null(c.table);
  j["line"] = c.line ? Json(c.line) : Json(nullptr);
  j["page"] = c.page ? Json(c.page) : Json(nullptr);
  if (c.lines.size() > 1) j["lines"] = c.lines;
  j["expected"] = amount_json(c.expected);
  j["actual"] = amount_json(c.actual);
  return j;
}

Json to_json(const Disclosure& d) {
  Json j;
  j["schema_version"] = d.schema_version;
  j["source"] = Json{{"file", d.source.file},     {"sha256", d.source.sha256},
                     {"format", d.source.format}, {"encoding", d.source.encoding.empty() ? Json(nullptr) : Json(d.source.encoding)},
                     {"lines", d.source.lines},   {"pages", d.source.pages}};
  j["template"] = d.template_id;
  j["kind"] = kind_id(d.kind);
  j["year"] = d.year ? Json(*d.year) : Json(nullptr);
  j["entity"] = Json{{"name", d.entity.name},
                     {"raw_name", d.entity.raw_name},
                     {"region", d.entity.region},
                     {"department_type", d.entity.department_type},
                     {"scope", d.entity.scope}};
  j["unit"] = d.unit;
  j["summary"] = to_json(d.summary);
  j["proof"] = Json::object();
  for (const auto& [path, fp] : d.proof) {
    auto steps = [](const std::vector<ProofStep>& list) {
      Json a = Json::array();
      for (const auto& s : list) a.push_back(Json{{"rule", s.rule}, {"lines", s.lines}});
      return a;
    };
    Json p{{"status", fp.status}, {"by", steps(fp.by)}};
    if (!fp.against.empty()) p["against"] = steps(fp.against);
    j["proof"][path] = p;
  }
  j["tables"] = Json::array();
  for (const auto& t : d.tables) j["tables"].push_back(to_json(t));
  j["projects"] = Json::array();
  for (const auto& p : d.projects) {
    Json amounts = Json::object();
    for (const auto& [k, v] : p.amounts) amounts[k] = amount_json(v);
    j["projects"].push_back(Json{{"table", p.table}, {"name", p.name}, {"unit", p.unit}, {"line", p.line}, {"amounts", amounts}});
  }
  j["performance"] = Json::array();
  for (const auto& p : d.performance) {
    Json f;
    f["type"] = p.type;
    f["title"] = string_or_null(p.title);
    f["line"] = p.line;
    f["end_line"] = p.end_line;
    f["project"] = p.project;
    f["department"] = string_or_null(p.department);
    f["unit"] = string_or_null(p.unit);
    f["attribute"] = string_or_null(p.attribute);
    f["period"] = string_or_null(p.period);
    f["funds_unit"] = p.funds_unit;
    f["funds_total"] = amount_json(p.funds_total);
    if (p.type == "self_evaluation") {
      f["funds_executed"] = amount_json(p.funds_executed);
      f["execution_rate"] = amount_json(p.execution_rate);
      f["total_score"] = amount_json(p.total_score);
      f["grade"] = string_or_null(p.grade);
      f["achieved"] = string_or_null(p.achieved);
    }
    f["goal"] = string_or_null(p.goal);
    f["indicators"] = Json::array();
    for (const auto& i : p.indicators) {
      Json ind{{"line", i.line}, {"level1", i.level1}, {"level2", i.level2}, {"name", i.name}, {"target", i.target}};
      if (p.type == "self_evaluation") {
        ind["adjusted_target"] = i.adjusted_target;
        ind["actual"] = i.actual;
        ind["weight"] = i.weight;
        ind["score"] = i.score;
        ind["note"] = i.note;
      }
      f["indicators"].push_back(ind);
    }
    f["grid"] = Json::array();
    for (const auto& row : p.grid) {
      Json cells = Json::array();
      for (const auto& c : row) cells.push_back(c.text);
      f["grid"].push_back(Json{{"line", row.empty() ? 0 : row.front().line}, {"cells", cells}});
    }
    j["performance"].push_back(f);
  }
  j["glossary"] = Json::array();
  for (const auto& g : d.glossary) j["glossary"].push_back(Json{{"term", g.term}, {"definition", g.definition}, {"line", g.line}});
  j["sections"] = Json::array();
  for (const auto& s : d.sections)
    j["sections"].push_back(Json{{"part", s.part},
                                 {"part_title", s.part_title},
                                 {"heading", s.heading},
                                 {"line", s.line},
                                 {"paragraphs", s.paragraphs},
                                 {"paragraph_lines", s.paragraph_lines},
                                 {"paragraph_pages", s.paragraph_pages}});
  j["checks"] = Json::array();
  for (const auto& c : d.checks) j["checks"].push_back(to_json(c));
  return j;
}

}  // namespace budgetsite
