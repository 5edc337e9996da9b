#include "model/model_codec.h"

#include <nlohmann/json.hpp>

namespace nlohmann {
template <typename T>
struct adl_serializer<std::optional<T>> {
  template <typename BasicJson>
  static void to_json(BasicJson& j, const std::optional<T>& value) {
    if (value) j = *value;
    else j = nullptr;
  }
  template <typename BasicJson>
  static void from_json(const BasicJson& j, std::optional<T>& value) {
    if (j.is_null()) value.reset();
    else value = j.template get<T>();
  }
};
}  // namespace nlohmann

namespace budgetsite {

// Every field, in declaration order; a field added to model/disclosure.h must be added here
// (tests/unit/model_codec_test.cpp compares a corpus model with its round trip).
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Column, key, label, side, column_number, group)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Row, line, page, code, name, name2, side, group, level, row_number, values, is_total,
                                   complete)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Table, id, title, number, number_in_set, line, page, end_line, unit, present, no_data,
                                   no_data_note, unread, printed_figures, columns, label_column_numbers, rows)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Entity, name, raw_name, region, department_type, scope)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ThreePublic, total, overseas, reception, vehicles_total, vehicle_purchase,
                                   vehicle_operation)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Procurement, total, goods, works, services)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FunctionSummary, code, name, total, basic, project)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Summary, income_total, income_current, carryover_in, expenditure_current,
                                   carryover_out, general_public_budget, basic, project, personnel, public_funds,
                                   three_public, three_public_budget, admin_operating, procurement, vehicles,
                                   by_function)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Project, table, name, unit, line, amounts)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Indicator, line, level1, level2, name, target, adjusted_target, actual, weight, score,
                                   note)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(PerformanceCell, text, line)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Performance, type, title, line, end_line, project, department, unit, attribute,
                                   period, funds_unit, funds_total, funds_executed, execution_rate, total_score, grade,
                                   goal, achieved, indicators, grid)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Section, part, part_title, heading, line, paragraphs, paragraph_lines,
                                                paragraph_pages)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(GlossaryEntry, term, definition, line)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Check, id, severity, message, wording, table, line, lines, expected, actual, page)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(ProofStep, rule, lines)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(FigureProof, status, by, against)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Source, file, sha256, encoding, format, lines, pages)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Disclosure, schema_version, source, template_id, kind, year, entity, unit, summary,
                                   tables, projects, performance, sections, glossary, checks, proof)

std::string encode_model(const Disclosure& d, const nlohmann::json& extra) {
  const nlohmann::json j{{"model", d}, {"extra", extra}};
  std::vector<std::uint8_t> bytes = nlohmann::json::to_msgpack(j);
  return std::string(bytes.begin(), bytes.end());
}

Disclosure decode_model(std::string_view bytes, nlohmann::json* extra) {
  const nlohmann::json j = nlohmann::json::from_msgpack(bytes.begin(), bytes.end());
  if (extra) *extra = j.at("extra");
  return j.at("model").get<Disclosure>();
}

}  // namespace budgetsite
