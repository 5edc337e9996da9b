// The proof rules as data: where else each headline figure is printed, and which totals equal
// which parts. docs/model.md ("proof") lists them in words. A rule that names a table the
// document does not have, or a row it does not print, simply does not apply.
#include "model/proof.h"

namespace budgetsite {

const std::vector<ReadingRule>& reading_rules() {
  using K = ReadingKind;
  static const std::vector<ReadingRule> rules = {
      // 收入总计: the 收支总表's income side; its expenditure side's 支出总计 must be the same.
      {"income_total", "overview.income_total", K::side, "overview", "income", "income_total"},
      {"income_total", "overview.expenditure_total", K::side, "overview", "expenditure", "expenditure_total", {}, true},
      {"income_total", "fiscal_overview.income_total", K::side, "fiscal_overview", "income", "income_total"},
      {"income_total", "prose.income_total", K::prose, "", "", "",
       {"收入总计", "收支总预算", "收支预算总计", "收支总计", "收入预算总计", "收支预算总额", "收支总额", "收入总预算", "收入总额"}},
      {"income_current", "overview.income_current", K::side, "overview", "income", "income_current"},
      {"income_current", "income.total", K::total, "income", "", "total"},
      {"income_current", "prose.income_current", K::prose, "", "", "", {"本年收入合计", "本年收入"}},
      {"carryover_in", "overview.carryover_in", K::side, "overview", "income", "carryover_in"},
      {"carryover_in", "income.carryover", K::total, "income", "", "carryover"},
      {"general_public_budget", "overview.general_public_budget", K::side, "overview", "income", "general_public_budget"},
      {"general_public_budget", "fiscal_overview.general_public_budget", K::side, "fiscal_overview", "income",
       "general_public_budget"},
      {"general_public_budget", "income.general_public_budget", K::total, "income", "", "general_public_budget"},
      {"general_public_budget", "general_budget_expenditure.total", K::total, "general_budget_expenditure", "", "total"},
      {"expenditure_current", "overview.expenditure_current", K::side, "overview", "expenditure", "expenditure_current"},
      {"expenditure_current", "expenditure.total", K::total, "expenditure", "", "total"},
      {"expenditure_current", "prose.expenditure_current", K::prose, "", "", "", {"本年支出合计", "本年支出"}},
      {"carryover_out", "overview.carryover_out", K::side, "overview", "expenditure", "carryover_out"},
      {"basic", "expenditure.basic", K::total, "expenditure", "", "basic"},
      {"basic", "overview.basic", K::side, "overview", "expenditure", "basic"},
      {"basic", "basic_by_economic.total", K::total, "basic_by_economic", "", "total"},
      {"basic", "prose.basic", K::prose, "", "", "", {"基本支出"}},
      {"project", "expenditure.project", K::total, "expenditure", "", "project"},
      {"project", "overview.project", K::side, "overview", "expenditure", "project"},
      {"project", "prose.project", K::prose, "", "", "", {"项目支出"}},
      {"personnel", "basic_by_economic.personnel", K::total, "basic_by_economic", "", "personnel"},
      {"personnel", "prose.personnel", K::prose, "", "", "", {"人员经费"}},
      {"public_funds", "basic_by_economic.public_funds", K::total, "basic_by_economic", "", "public_funds"},
      {"public_funds", "prose.public_funds", K::prose, "", "", "", {"公用经费"}},
      {"admin_operating", "admin_operating.total", K::total, "admin_operating", "", "total"},
      {"admin_operating", "prose.admin_operating", K::prose, "", "", "",
       {"机关运行经费财政拨款预算", "机关运行经费预算", "机关运行经费支出", "机关运行经费"}},
      {"three_public.total", "three_public.total", K::item, "three_public", "", "total",
       {"合计", "总计", "三公"}},
      {"three_public.overseas", "three_public.overseas", K::item, "three_public", "", "overseas", {"因公出国"}},
      {"three_public.reception", "three_public.reception", K::item, "three_public", "", "reception", {"公务接待"}},
      {"three_public.vehicles_total", "three_public.vehicles_total", K::item, "three_public", "", "vehicles_total",
       {"公务用车购置及运行", "公务用车购置和运行"}},
      {"three_public.vehicle_purchase", "three_public.vehicle_purchase", K::item, "three_public", "", "vehicle_purchase",
       {"购置费&!运行"}},
      {"three_public.vehicle_operation", "three_public.vehicle_operation", K::item, "three_public", "",
       "vehicle_operation", {"运行&!购置"}},
      {"three_public.total", "prose.three_public", K::prose, "", "", "",
       {"“三公”经费财政拨款预算", "“三公”经费预算", "“三公”经费支出", "“三公”经费", "三公经费"}},
      {"three_public.overseas", "prose.three_public.overseas", K::prose, "", "", "",
       {"因公出国（境）费", "因公出国(境)费", "因公出国（境）经费"}},
      {"three_public.reception", "prose.three_public.reception", K::prose, "", "", "", {"公务接待费"}},
      {"three_public.vehicles_total", "prose.three_public.vehicles_total", K::prose, "", "", "",
       {"公务用车购置及运行维护费", "公务用车购置及运行费"}},
      {"three_public.vehicle_purchase", "prose.three_public.vehicle_purchase", K::prose, "", "", "", {"公务用车购置费"}},
      {"three_public.vehicle_operation", "prose.three_public.vehicle_operation", K::prose, "", "", "",
       {"公务用车运行维护费", "公务用车运行费"}},
      {"procurement.total", "prose.procurement", K::prose, "", "", "",
       {"政府采购预算总额", "政府采购预算总金额", "政府采购支出总额", "政府采购总额"}},
      // Each 类: its row of the 支出总表, the 收支总表's expenditure side, the 一般公共预算 支出表.
      {"by_function.*", "expenditure.class", K::class_row, "expenditure", "", "total"},
      {"by_function.*", "overview.class", K::class_side, "overview", "expenditure", ""},
      {"by_function.*", "general_budget_expenditure.class", K::class_row, "general_budget_expenditure", "", "total"},
      {"by_function.*", "fiscal_expenditure.class", K::class_row, "fiscal_expenditure", "", "total"},
  };
  return rules;
}

const std::vector<SumRule>& sum_rules() {
  static const std::vector<SumRule> rules = {
      {"sum.basic_project", "expenditure_current", {"basic", "project"}},
      {"sum.classes", "expenditure_current", {"by_function.*"}, false, true},
      {"sum.income", "income_total", {"income_current", "carryover_in"}},
      {"sum.expenditure", "income_total", {"expenditure_current", "carryover_out"}},
      {"sum.personnel_public_funds", "basic", {"personnel", "public_funds"}},
      {"sum.three_public", "three_public.total",
       {"three_public.overseas", "three_public.reception", "three_public.vehicles_total"}, true},
      {"sum.vehicles", "three_public.vehicles_total",
       {"three_public.vehicle_purchase", "three_public.vehicle_operation"}, true},
      {"sum.procurement", "procurement.total", {"procurement.goods", "procurement.works", "procurement.services"}},
      {"sum.class_basic_project", "by_function.*", {"by_function.*.basic", "by_function.*.project"}},
  };
  return rules;
}

}  // namespace budgetsite
