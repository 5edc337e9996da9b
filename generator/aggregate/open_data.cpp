#include "aggregate/open_data.h"

#include "aggregate/export.h"
#include "common/text.h"
#include "recognize/catalog.h"

namespace budgetsite {

namespace {

const std::string kWan = "万元";

CsvField figure(const std::string& name, const std::string& title, const std::string& description) {
  return {name, "number", title, kWan, description, {}};
}

void csv_line(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  out += "\r\n";
}

std::vector<std::string> header(const std::vector<CsvField>& fields) {
  std::vector<std::string> names;
  for (const auto& f : fields) names.push_back(f.name);
  return names;
}

std::string number_or_empty(const Amount& v) { return v ? format_number(*v) : std::string(); }

Json table_schema(const std::vector<CsvField>& fields) {
  Json list = Json::array();
  for (const auto& f : fields) {
    Json j{{"name", f.name}, {"type", f.type}, {"title", f.title}, {"description", f.description}};
    if (!f.unit.empty()) j["unit"] = f.unit;
    if (!f.values.empty()) j["constraints"] = Json{{"enum", f.values}};
    list.push_back(std::move(j));
  }
  return Json{{"fields", list}, {"missingValues", Json::array({""})}};
}

// A data package's name: lowercase letters, digits, '-', '.', '_' (the profile's pattern).
std::string package_name(const std::string& base_url) {
  std::string name;
  std::string rest = base_url.substr(base_url.find("://") == std::string::npos ? 0 : base_url.find("://") + 3);
  for (char c : rest) {
    const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    const bool ok = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9') || l == '.' || l == '_' || l == '-';
    if (ok) name += l;
    else if (!name.empty() && name.back() != '-') name += '-';
  }
  while (!name.empty() && name.back() == '-') name.pop_back();
  return name.empty() ? "budget-disclosures" : name;
}

}  // namespace

const std::vector<CsvField>& summary_fields() {
  static const std::vector<CsvField> fields = {
      {"id", "string", "编号", "", "the disclosure's id: its page is disclosures/<id>/index.html", {}},
      {"entity", "string", "部门", "", "the department or unit, as printed on the cover", {}},
      {"region", "string", "地区", "", "the region it belongs to, as printed", {}},
      {"department_type", "string", "部门类型", "", "the kind of department (审计局, 统计局 …), from its name", {}},
      {"year", "integer", "年度", "", "the budget year", {}},
      {"kind", "string", "类型", "", "budget (预算) or final account (决算)", {"budget", "final"}},
      {"scope", "string", "范围", "", "department (部门, with its units) or unit (单位)", {"department", "unit"}},
      {"unit", "string", "单位", "", "the unit of every figure of the line", {"万元"}},
      figure("income_total", "收入总计", "total income, carry-over included"),
      figure("income_current", "本年收入", "this year's income"),
      figure("carryover_in", "上年结转", "carried over from the previous year"),
      figure("general_public_budget", "一般公共预算", "of this year's income, from the general public budget"),
      figure("expenditure_current", "本年支出", "this year's expenditure"),
      figure("carryover_out", "结转下年", "carried over to the next year"),
      figure("basic", "基本支出", "basic expenditure"),
      figure("project", "项目支出", "project expenditure"),
      figure("personnel", "人员经费", "personnel costs (of basic expenditure)"),
      figure("public_funds", "公用经费", "public funds (of basic expenditure)"),
      figure("three_public", "“三公”经费", "the \"three public\" expenses"),
      figure("three_public_overseas", "因公出国（境）费", "official travel abroad"),
      figure("three_public_reception", "公务接待费", "official receptions"),
      figure("three_public_vehicles", "公务用车购置及运行费", "official vehicles, purchase and operation"),
      figure("admin_operating", "机关运行经费", "administrative operating costs"),
      figure("procurement", "政府采购", "government procurement"),
      {"vehicles", "integer", "车辆（辆）", "辆", "official vehicles held", {}},
      {"errors", "integer", "错误", "", "data-quality checks of severity error", {}},
      {"warnings", "integer", "需注意", "", "data-quality checks of severity warning", {}},
  };
  return fields;
}

const std::vector<CsvField>& figure_fields() {
  static const std::vector<CsvField> fields = {
      {"disclosure_id", "string", "编号", "", "the disclosure (summaries.csv id)", {}},
      {"entity", "string", "部门", "", "the department or unit, as printed on the cover", {}},
      {"region", "string", "地区", "", "the region, as printed", {}},
      {"year", "integer", "年度", "", "the budget year", {}},
      {"kind", "string", "类型", "", "budget (预算) or final account (决算)", {"budget", "final"}},
      {"table_id", "string", "表编号", "", "the standard table (overview, income, expenditure, basic_economic …; docs/model.md)", {}},
      {"row", "integer", "行", "", "the row's place in its table, from 1", {}},
      {"line", "integer", "原文行号", "", "the row's line in the extracted text (source.txt)", {}},
      {"page", "integer", "页码", "", "the row's page in the published PDF", {}},
      {"side", "string", "方向", "",
       "the block of a table printed side by side: income, expenditure, expenditure_2 … (model.json rows[].side)", {}},
      {"code", "string", "科目编码", "", "the function or economic classification code, as printed", {}},
      {"name", "string", "名称", "", "the row's label, as printed", {}},
      {"economic_name", "string", "经济科目", "", "the second label of the economic table (政府预算支出经济科目)", {}},
      {"column_key", "string", "栏目编号", "", "the column's id within its table (model.json columns[].key)", {}},
      {"column", "string", "栏目", "", "the column's heading, as printed", {}},
      {"value", "number", "金额", "", "the figure as printed", {}},
      {"unit", "string", "单位", "", "the unit of the figure", {}},
  };
  return fields;
}

std::vector<std::string> figure_primary_key() { return {"disclosure_id", "table_id", "row", "column_key"}; }

std::string figures_csv(const Disclosure& d, const std::string& id) {
  std::string out = "\xEF\xBB\xBF";
  csv_line(out, header(figure_fields()));
  const std::string year = d.year ? std::to_string(*d.year) : "";
  for (const auto& table : d.tables) {
    if (!table.present) continue;
    const int decimals = table.printed_decimals();
    const std::string unit = table.unit.empty() ? kWan : table.unit;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const Row& row = table.rows[r];
      for (size_t c = 0; c < table.columns.size() && c < row.values.size(); ++c) {
        if (table.columns[c].side != row.side || !row.values[c]) continue;
        csv_line(out, {id, d.entity.name, d.entity.region, year, kind_id(d.kind), table.id, std::to_string(r + 1),
                       std::to_string(row.line), row.page ? std::to_string(row.page) : "", row.side, row.code, row.name,
                       row.name2, table.columns[c].key, table.columns[c].label, format_fixed(*row.values[c], decimals), unit});
      }
    }
  }
  return out;
}

std::string summaries_csv(const std::vector<DisclosureDigest>& digests) {
  std::string out = "\xEF\xBB\xBF";
  csv_line(out, header(summary_fields()));
  for (const auto& d : digests) {
    const Summary& s = d.summary;
    auto tp = [&](Amount ThreePublic::*part) { return s.three_public ? number_or_empty(*s.three_public.*part) : ""; };
    csv_line(out, {d.id, d.entity.name, d.entity.region, d.entity.department_type, d.year ? std::to_string(*d.year) : "",
                   kind_id(d.kind), d.entity.scope == "unit" ? "unit" : "department", kWan, number_or_empty(s.income_total),
                   number_or_empty(s.income_current), number_or_empty(s.carryover_in), number_or_empty(s.general_public_budget),
                   number_or_empty(s.expenditure_current), number_or_empty(s.carryover_out), number_or_empty(s.basic),
                   number_or_empty(s.project), number_or_empty(s.personnel), number_or_empty(s.public_funds),
                   tp(&ThreePublic::total), tp(&ThreePublic::overseas), tp(&ThreePublic::reception),
                   tp(&ThreePublic::vehicles_total), number_or_empty(s.admin_operating),
                   s.procurement ? number_or_empty(s.procurement->total) : "", s.vehicles ? std::to_string(*s.vehicles) : "",
                   std::to_string(d.errors), std::to_string(d.warnings)});
  }
  return out;
}

Json data_package(const PackageInfo& info, const std::vector<PackageMember>& members) {
  Json p;
  p["profile"] = "data-package";
  p["name"] = package_name(info.base_url);
  p["title"] = info.title;
  if (!info.description.empty()) p["description"] = info.description;
  if (!info.base_url.empty()) p["homepage"] = info.base_url;
  if (info.license) p["licenses"] = Json::array({*info.license});
  Json sources = Json::array();
  for (const auto& m : members) {
    if (!m.source_url.empty()) sources.push_back(Json{{"title", m.title}, {"path", m.source_url}});
    else if (!m.originals.empty()) sources.push_back(Json{{"title", m.title}, {"path", m.originals.front()}});
  }
  if (!sources.empty()) p["sources"] = sources;
  p["contributors"] = Json::array({Json{{"title", info.generator}, {"role", "wrangler"}}});

  Json resources = Json::array();
  Json summary_schema = table_schema(summary_fields());
  summary_schema["primaryKey"] = Json::array({"id"});
  resources.push_back(Json{{"name", "summaries"},
                           {"profile", "tabular-data-resource"},
                           {"title", "每个公开的主要数字"},
                           {"description", "One line per disclosure: identity, headline figures (万元), check counts."},
                           {"path", "data/summaries.csv"},
                           {"format", "csv"},
                           {"mediatype", "text/csv"},
                           {"encoding", "utf-8-sig"},
                           {"schema", summary_schema}});
  Json figure_paths = Json::array();
  for (const auto& m : members)
    if (m.figures) figure_paths.push_back("disclosures/" + m.id + "/figures.csv");
  if (!figure_paths.empty()) {
    Json schema = table_schema(figure_fields());
    schema["primaryKey"] = figure_primary_key();
    schema["foreignKeys"] = Json::array(
        {Json{{"fields", "disclosure_id"}, {"reference", Json{{"resource", "summaries"}, {"fields", "id"}}}}});
    resources.push_back(Json{{"name", "figures"},
                             {"profile", "tabular-data-resource"},
                             {"title", "全部表格数字（长表）"},
                             {"description", "Every figure of every table, one per line; one file per disclosure, "
                                             "all with this schema and header (a multipart resource)."},
                             {"path", figure_paths},
                             {"format", "csv"},
                             {"mediatype", "text/csv"},
                             {"encoding", "utf-8-sig"},
                             {"schema", schema}});
  }
  resources.push_back(Json{{"name", "summaries-json"},
                           {"title", "每个公开的主要数字（JSON）"},
                           {"path", "data/summaries.json"},
                           {"format", "json"},
                           {"mediatype", "application/json"}});
  if (info.comparisons)
    resources.push_back(Json{{"name", "comparisons"},
                             {"title", "比较"},
                             {"path", "compare/comparisons.json"},
                             {"format", "json"},
                             {"mediatype", "application/json"},
                             {"jsonSchema", "data/schema/comparisons.schema.json"}});
  for (const auto& m : members)
    if (m.model)
      resources.push_back(Json{{"name", "model-" + m.id},
                               {"title", m.title},
                               {"path", "disclosures/" + m.id + "/model.json"},
                               {"format", "json"},
                               {"mediatype", "application/json"},
                               {"jsonSchema", "data/schema/model.schema.json"}});
  p["resources"] = resources;
  return p;
}

}  // namespace budgetsite
