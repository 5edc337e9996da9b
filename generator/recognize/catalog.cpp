#include "recognize/catalog.h"

#include "common/text.h"

namespace budgetsite {

const char* kind_id(Kind kind) { return kind == Kind::budget ? "budget" : "final"; }

namespace {

std::vector<ColumnSpec> cols(std::initializer_list<std::pair<const char*, const char*>> list,
                             const char* side = "") {
  std::vector<ColumnSpec> out;
  for (auto& [key, label] : list) out.push_back({key, label, side});
  return out;
}

std::vector<ColumnSpec> concat(std::vector<ColumnSpec> a, const std::vector<ColumnSpec>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

std::vector<TableSpec> build_catalog() {
  const auto B = Kind::budget;
  const auto F = Kind::final_accounts;
  std::vector<TableSpec> t;

  // ---- 预算公开 (Shanxi template, 13 tables) ----
  t.push_back({"overview", B, 1, Layout::two_sided, {"预算收支总表", "部门收支总表", "收支总表", "收支预算总表"}, "",
               concat(cols({{"amount", "金额"}}, "income"),
                      cols({{"total", "合计"}, {"current_year", "当年预算安排"}, {"carryover", "上年结转安排"}}, "expenditure")),
               {{1, {2, 3}}}});
  t.push_back({"income", B, 2, Layout::code_table, {"预算收入总表", "部门收入总表", "收入总表", "收入预算总表"}, "",
               cols({{"total", "合计"}, {"general_public_budget", "一般公共预算"}, {"gov_fund", "政府性基金"},
                     {"state_capital", "国有资本经营预算"}, {"special_account", "财政专户管理资金"},
                     {"unit_funds", "单位资金"}, {"carryover", "上年结转"}}),
               {{0, {1, 2, 3, 4, 5}}}});
  t.push_back({"expenditure", B, 3, Layout::code_table, {"预算支出总表", "部门支出总表", "支出总表", "支出预算总表"}, "",
               cols({{"total", "合计"}, {"basic", "基本支出"}, {"project", "项目支出"}}), {{0, {1, 2}}}});
  t.push_back({"fiscal_overview", B, 4, Layout::two_sided, {"财政拨款收支总表", "财政拨款收支预算总表"}, "",
               concat(cols({{"amount", "金额"}}, "income"),
                      cols({{"total", "小计"}, {"general_public_budget", "一般公共预算"}, {"gov_fund", "政府性基金预算"},
                            {"state_capital", "国有资本经营预算"}}, "expenditure")),
               {{1, {2, 3, 4}}}});
  t.push_back({"general_budget_expenditure", B, 5, Layout::code_table,
               {"一般公共预算支出预算表", "一般公共预算支出表", "一般公共预算当年拨款支出表"}, "",
               cols({{"total", "合计"}, {"basic", "基本支出"}, {"project", "项目支出"}}), {{0, {1, 2}}}});
  {
    TableSpec s{"basic_by_economic", B, 6, Layout::labeled_rows,
                {"一般公共预算安排基本支出分经济科目表", "一般公共预算基本支出表", "一般公共预算基本支出分经济科目表"}, "",
                cols({{"total", "合计"}, {"personnel", "人员经费"}, {"public_funds", "公用经费"}}), {{0, {1, 2}}}};
    s.label_columns = 2;
    t.push_back(s);
  }
  t.push_back({"gov_fund_income", B, 7, Layout::code_table, {"政府性基金预算收入表"}, "",
               cols({{"amount", "政府性基金收入预算"}}), {}});
  t.push_back({"gov_fund_expenditure", B, 8, Layout::code_table, {"政府性基金预算支出表"}, "",
               cols({{"total", "合计"}, {"basic", "基本支出"}, {"project", "项目支出"}}), {{0, {1, 2}}}});
  t.push_back({"state_capital", B, 9, Layout::dual_code_table,
               {"国有资本经营预算收支预算表", "国有资本经营预算支出表", "国有资本经营预算收支表"}, "",
               concat(cols({{"amount", "国有资本经营收入预算"}}, "income"),
                      cols({{"total", "合计"}, {"basic", "基本支出"}, {"project", "项目支出"}}, "expenditure")),
               {{1, {2, 3}}}});
  t.push_back({"three_public", B, 10, Layout::labeled_rows,
               {"财政拨款安排“三公”经费支出预算表", "财政拨款安排\"三公\"经费支出预算表", "“三公”经费支出预算表",
                "一般公共预算“三公”经费支出表", "“三公”经费支出表"}, "",
               cols({{"total", "合计"}, {"general_public_budget", "一般公共预算"}, {"gov_fund", "政府性基金预算"},
                     {"state_capital", "国有资本经营预算"}}),
               {{0, {1, 2, 3}}}});
  t.push_back({"admin_operating", B, 11, Layout::labeled_rows,
               {"财政拨款安排机关运行经费预算表", "机关运行经费预算表", "机关运行经费支出预算表"}, "",
               cols({{"total", "合计"}, {"general_public_budget", "一般公共预算"}, {"gov_fund", "政府性基金预算"},
                     {"state_capital", "国有资本经营预算"}}),
               {{0, {1, 2, 3}}}});
  t.push_back({"projects_current", B, 12, Layout::projects, {"项目支出预算表"}, "本年",
               cols({{"total", "合计"}, {"general_public_budget", "一般公共预算"}, {"gov_fund", "政府性基金预算"},
                     {"state_capital", "国有资本经营预算"}, {"special_account", "财政专户管理资金"},
                     {"unit_funds", "单位资金"}}),
               {{0, {1, 2, 3, 4, 5}}}});
  t.push_back({"projects_carryover", B, 13, Layout::projects, {"项目支出预算表"}, "上年结转",
               cols({{"total", "合计"}, {"general_public_budget", "一般公共预算"}, {"gov_fund", "政府性基金预算"},
                     {"state_capital", "国有资本经营预算"}}),
               {{0, {1, 2, 3}}}});

  // ---- 决算公开 (公开01–10表) ----
  {
    TableSpec s{"overview", F, 1, Layout::two_sided, {"收入支出决算总表"}, "",
                concat(cols({{"amount", "金额"}}, "income"), cols({{"amount", "金额"}}, "expenditure")), {}};
    s.has_row_numbers = true;
    t.push_back(s);
  }
  t.push_back({"income", F, 2, Layout::code_table, {"收入决算表"}, "",
               cols({{"total", "本年收入合计"}, {"fiscal_appropriation", "财政拨款收入"}, {"higher_subsidy", "上级补助收入"},
                     {"business", "事业收入"}, {"operating", "经营收入"}, {"affiliated_remittance", "附属单位上缴收入"},
                     {"other", "其他收入"}}),
               {{0, {1, 2, 3, 4, 5, 6}}}});
  t.push_back({"expenditure", F, 3, Layout::code_table, {"支出决算表"}, "",
               cols({{"total", "本年支出合计"}, {"basic", "基本支出"}, {"project", "项目支出"},
                     {"remit_higher", "上缴上级支出"}, {"operating", "经营支出"}, {"affiliated_subsidy", "对附属单位补助支出"}}),
               {{0, {1, 2, 3, 4, 5}}}});
  {
    TableSpec s{"fiscal_overview", F, 4, Layout::two_sided, {"财政拨款收入支出决算总表"}, "",
                concat(cols({{"amount", "金额"}}, "income"),
                       cols({{"total", "合计"}, {"general_public_budget", "一般公共预算财政拨款"},
                             {"gov_fund", "政府性基金预算财政拨款"}, {"state_capital", "国有资本经营预算财政拨款"}},
                            "expenditure")),
                {{1, {2, 3, 4}}}};
    s.has_row_numbers = true;
    t.push_back(s);
  }
  t.push_back({"general_budget_expenditure", F, 5, Layout::code_table, {"一般公共预算财政拨款支出决算表"}, "",
               cols({{"total", "合计"}, {"basic", "基本支出"}, {"project", "项目支出"}}), {{0, {1, 2}}}});
  t.push_back({"basic_by_economic", F, 6, Layout::economic_grid, {"一般公共预算财政拨款基本支出决算明细表", "一般公共预算财政拨款基本支出决算表"}, "",
               cols({{"amount", "决算数"}}), {}});
  t.push_back({"gov_fund", F, 7, Layout::code_table, {"政府性基金预算财政拨款收入支出决算表"}, "",
               cols({{"carryover_in", "年初结转和结余"}, {"income", "本年收入"}, {"total", "本年支出小计"},
                     {"basic", "基本支出"}, {"project", "项目支出"}, {"carryover_out", "年末结转和结余"}}),
               {{2, {3, 4}}}});
  t.push_back({"state_capital", F, 8, Layout::code_table, {"国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"}, "",
               cols({{"total", "合计"}, {"basic", "基本支出"}, {"project", "项目支出"}}), {{0, {1, 2}}}});
  t.push_back({"three_public", F, 9, Layout::single_row,
               {"财政拨款“三公”经费支出决算表", "财政拨款\"三公\"经费支出决算表", "“三公”经费支出决算表",
                "一般公共预算财政拨款“三公”经费支出决算表"}, "",
               cols({{"budget_total", "预算数 合计"}, {"budget_overseas", "预算数 因公出国（境）费"},
                     {"budget_vehicles_total", "预算数 公务用车购置及运行维护费 小计"},
                     {"budget_vehicle_purchase", "预算数 公务用车购置费"},
                     {"budget_vehicle_operation", "预算数 公务用车运行维护费"}, {"budget_reception", "预算数 公务接待费"},
                     {"total", "决算数 合计"}, {"overseas", "决算数 因公出国（境）费"},
                     {"vehicles_total", "决算数 公务用车购置及运行维护费 小计"}, {"vehicle_purchase", "决算数 公务用车购置费"},
                     {"vehicle_operation", "决算数 公务用车运行维护费"}, {"reception", "决算数 公务接待费"}}),
               {{0, {1, 2, 5}}, {2, {3, 4}}, {6, {7, 8, 11}}, {8, {9, 10}}}});
  {
    TableSpec s{"statistics", F, 10, Layout::labeled_rows, {"部门决算公开相关信息统计表", "部门决算相关信息统计表", "相关信息统计表"}, "",
                cols({{"amount", "统计数"}}), {}};
    s.has_row_numbers = true;
    t.push_back(s);
  }
  for (auto& spec : t) {
    if (spec.id == "three_public" && spec.kind == B)
      spec.row_labels = {"因公出国（境）费", "公务接待费", "公务用车购置及运行费", "①公务用车购置费", "②公务用车运行维护费", "合计"};
    if (spec.id == "admin_operating") spec.row_labels = {"部门合计", "合计"};
  }
  return t;
}

}  // namespace

const std::vector<TableSpec>& table_catalog() {
  static const std::vector<TableSpec> catalog = build_catalog();
  return catalog;
}

const TableSpec* find_table_spec(const std::string& id, Kind kind) {
  for (const auto& spec : table_catalog())
    if (spec.id == id && spec.kind == kind) return &spec;
  return nullptr;
}

std::vector<const TableSpec*> official_tables(Kind kind) {
  std::vector<const TableSpec*> out;
  for (const auto& spec : table_catalog())
    if (spec.kind == kind && spec.required) out.push_back(&spec);
  return out;
}

const std::vector<FunctionClass>& function_classes() {
  static const std::vector<FunctionClass> classes = {
      {"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"}, {"204", "公共安全支出"},
      {"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化旅游体育与传媒支出"},
      {"208", "社会保障和就业支出"}, {"209", "社会保险基金支出"}, {"210", "卫生健康支出"},
      {"211", "节能环保支出"}, {"212", "城乡社区支出"}, {"213", "农林水支出"}, {"214", "交通运输支出"},
      {"215", "资源勘探工业信息等支出"}, {"216", "商业服务业等支出"}, {"217", "金融支出"},
      {"219", "援助其他地区支出"}, {"220", "自然资源海洋气象等支出"}, {"221", "住房保障支出"},
      {"222", "粮油物资储备支出"}, {"223", "国有资本经营预算支出"}, {"224", "灾害防治及应急管理支出"},
      {"227", "预备费"}, {"229", "其他支出"}, {"230", "转移性支出"}, {"231", "债务还本支出"},
      {"232", "债务付息支出"}, {"233", "债务发行费用支出"}, {"234", "抗疫特别国债安排的支出"},
  };
  return classes;
}

const FunctionClass* function_class_by_label(const std::string& label) {
  std::string s = strip_blanks(label);
  // Drop list numbering (十五、) and a trailing (类).
  size_t mark = s.find("、");
  if (mark != std::string::npos && mark <= 12) s = s.substr(mark + 3);
  for (const char* suffix : {"(类)", "（类）"})
    if (ends_with(s, suffix)) s = s.substr(0, s.size() - std::string(suffix).size());
  // "8、社会保障和就业" names its class without the word 支出.
  for (const auto& fc : function_classes())
    if (s == fc.name || s + "支出" == fc.name) return &fc;
  return nullptr;
}

const std::vector<std::string>& organization_suffixes() {
  static const std::vector<std::string> suffixes = {
      "局", "中心", "联合社", "合作社", "总会", "办公室", "委员会", "管理处", "管理所", "服务站",
      "研究院", "研究所", "事务所", "大队", "支队", "公司", "[部门]", "（部门）", "(部门)"};
  return suffixes;
}

const std::vector<PerformanceSpec>& performance_specs() {
  static const std::vector<PerformanceSpec> specs = {
      {"项目支出绩效目标表", "target"},
      {"项目支出绩效自评表", "self_evaluation"},
      {"整体支出绩效目标申报表", "overall_target"},
      {"整体支出绩效目标表", "overall_target"},
      {"部门整体支出绩效自评表", "overall_self_evaluation"},
  };
  return specs;
}

}  // namespace budgetsite
