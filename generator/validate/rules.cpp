#include "validate/rules.h"

namespace budgetsite {

namespace {
constexpr Kind B = Kind::budget;
constexpr Kind F = Kind::final_accounts;
// The rules written from the Shanxi county templates, where their tables are known to agree
// (其他 templates put 上年结转 into 收入总表's 合计 or the 一般公共预算支出表, for example).
const std::vector<std::string> kShanxiBudget = {"shanxi-county"};
const std::vector<std::string> kShanxiFinal = {"shanxi-county-final"};
}  // namespace

const std::vector<ColumnSumRule>& column_sum_rules() {
  static const std::vector<ColumnSumRule> rules = {
      {{"expenditure", "general_budget_expenditure", "fiscal_expenditure", "gov_fund_expenditure", "basic_expenditure",
        "state_capital"},
       "total",
       {"basic", "project"}},
      {{"basic_by_economic", "fiscal_basic"}, "total", {"personnel", "public_funds"}},
      {{"three_public"}, "total", {"overseas", "reception", "vehicles_total"}, {"meeting", "training"}},
      {{"three_public"}, "vehicles_total", {"vehicle_purchase", "vehicle_operation"}},
      {{"overview", "fiscal_overview"}, "total", {"current_year", "carryover"}},
  };
  return rules;
}

const std::vector<RowStructureRule>& row_structure_rules() {
  static const std::vector<RowStructureRule> rules = {
      {B, "overview", RowStructure::two_sided},
      {B, "income", RowStructure::codes},
      {B, "expenditure", RowStructure::codes},
      {B, "fiscal_overview", RowStructure::two_sided},
      {B, "general_budget_expenditure", RowStructure::codes},
      {B, "basic_by_economic", RowStructure::nesting},
      {B, "gov_fund_income", RowStructure::codes},
      {B, "gov_fund_expenditure", RowStructure::codes},
      {B, "state_capital", RowStructure::codes},
      {B, "three_public", RowStructure::labels},
      {B, "admin_operating", RowStructure::nesting},
      {B, "projects_current", RowStructure::nesting},
      {B, "projects_carryover", RowStructure::nesting},
      {F, "overview", RowStructure::two_sided},
      {F, "income", RowStructure::codes},
      {F, "expenditure", RowStructure::codes},
      {F, "fiscal_overview", RowStructure::two_sided},
      {F, "general_budget_expenditure", RowStructure::codes},
      {F, "basic_by_economic", RowStructure::groups},
      {F, "gov_fund", RowStructure::codes},
      {F, "state_capital", RowStructure::codes},
      {F, "three_public", RowStructure::labels},
      {F, "statistics", RowStructure::groups},
  };
  return rules;
}

RowStructure row_structure(Kind kind, const std::string& table) {
  for (const auto& r : row_structure_rules())
    if (r.kind == kind && r.table == table) return r.structure;
  return RowStructure::labels;
}

const std::vector<RowSumRule>& row_sum_rules() {
  static const std::vector<RowSumRule> rules = {
      {B, "three_public", "合计", {"因公出国", "公务接待费", "公务用车购置及运行"}},
      {B, "three_public", "公务用车购置及运行", {"公务用车购置费", "公务用车运行维护费"}},
  };
  return rules;
}

const std::vector<std::string>& two_sided_detail_labels() {
  static const std::vector<std::string> labels = {
      "一般公共预算", "政府性基金预算", "国有资本经营预算"};
  return labels;
}

const std::vector<CrossRule>& cross_rules() {
  using R = Relation;
  static const std::vector<CrossRule> rules = {
      // ---- 预算 ----
      {kShanxiBudget, B, "收支总表本年支出合计 = 支出总表合计", {{"overview", "expenditure", "label:本年支出合计", "total"}}, R::equal,
       {{"expenditure", "", "total", "total"}}},
      {kShanxiBudget, B, "收支总表本年收入合计 = 收入总表合计", {{"overview", "income", "label:本年收入合计", "amount"}}, R::equal,
       {{"income", "", "total", "total"}}},
      {kShanxiBudget, B, "收支总表一般公共预算收入 = 收入总表一般公共预算", {{"overview", "income", "label:一般公共预算", "amount"}}, R::equal,
       {{"income", "", "total", "general_public_budget"}}},
      {kShanxiBudget, B, "收支总表政府性基金预算收入 = 收入总表政府性基金", {{"overview", "income", "label:政府性基金预算", "amount"}}, R::equal,
       {{"income", "", "total", "gov_fund"}}},
      {kShanxiBudget, B, "收支总表国有资本经营预算收入 = 收入总表国有资本经营预算", {{"overview", "income", "label:国有资本经营预算", "amount"}}, R::equal,
       {{"income", "", "total", "state_capital"}}},
      {kShanxiBudget, B, "收支总表上年结转 = 收入总表上年结转", {{"overview", "income", "label:上年结转", "amount"}}, R::equal,
       {{"income", "", "total", "carryover"}}},
      {kShanxiBudget, B, "财政拨款收支总表一般公共预算收入 = 收支总表一般公共预算收入", {{"fiscal_overview", "income", "label:一般公共预算", "amount"}}, R::equal,
       {{"overview", "income", "label:一般公共预算", "amount"}}},
      {kShanxiBudget, B, "财政拨款收支总表一般公共预算收入 = 一般公共预算支出预算表合计", {{"fiscal_overview", "income", "label:一般公共预算", "amount"}}, R::equal,
       {{"general_budget_expenditure", "", "total", "total"}}},
      {kShanxiBudget, B, "财政拨款收支总表政府性基金预算收入 = 政府性基金预算收入表合计", {{"fiscal_overview", "income", "label:政府性基金预算", "amount"}}, R::equal,
       {{"gov_fund_income", "", "total", "amount"}}},
      {kShanxiBudget, B, "政府性基金预算支出表合计 = 政府性基金预算收入表合计", {{"gov_fund_expenditure", "", "total", "total"}}, R::equal,
       {{"gov_fund_income", "", "total", "amount"}}},
      {kShanxiBudget, B, "财政拨款收支总表国有资本经营预算收入 = 国有资本经营预算收支预算表收入合计", {{"fiscal_overview", "income", "label:国有资本经营预算", "amount"}}, R::equal,
       {{"state_capital", "income", "total", "amount"}}},
      {kShanxiBudget, B, "国有资本经营预算支出合计 = 国有资本经营预算收入合计", {{"state_capital", "expenditure", "total", "total"}}, R::equal,
       {{"state_capital", "income", "total", "amount"}}},
      {kShanxiBudget, B, "一般公共预算支出预算表基本支出 = 基本支出分经济科目表合计", {{"general_budget_expenditure", "", "total", "basic"}}, R::equal,
       {{"basic_by_economic", "", "total", "total"}}},
      {kShanxiBudget, B, "一般公共预算支出预算表项目支出 = 项目支出预算表（本年）一般公共预算", {{"general_budget_expenditure", "", "total", "project"}}, R::equal,
       {{"projects_current", "", "total", "general_public_budget"}}},
      {kShanxiBudget, B, "支出总表项目支出 = 项目支出预算表本年 + 上年结转", {{"expenditure", "", "total", "project"}}, R::equal,
       {{"projects_current", "", "total", "total"}, {"projects_carryover", "", "total", "total"}}},
      {kShanxiBudget, B, "基本支出中的公务接待费 ≤ “三公”经费公务接待费", {{"basic_by_economic", "", "labels:公务接待费", "total"}}, R::at_most,
       {{"three_public", "", "label:公务接待费", "total"}}},
      {kShanxiBudget, B, "基本支出中的公务用车运行维护费 ≤ “三公”经费公务用车运行维护费", {{"basic_by_economic", "", "labels:公务用车运行维护费", "total"}}, R::at_most,
       {{"three_public", "", "label:公务用车运行维护费", "total"}}},
      {kShanxiBudget, B, "机关运行经费 ≤ 公用经费", {{"admin_operating", "", "total", "total"}}, R::at_most,
       {{"basic_by_economic", "", "total", "public_funds"}}},
      // ---- 决算 ----
      {kShanxiFinal, F, "收入支出决算总表本年支出合计 = 支出决算表合计", {{"overview", "expenditure", "label:本年支出合计", "amount"}}, R::equal,
       {{"expenditure", "", "total", "total"}}},
      {kShanxiFinal, F, "收入支出决算总表本年收入合计 = 收入决算表合计", {{"overview", "income", "label:本年收入合计", "amount"}}, R::equal,
       {{"income", "", "total", "total"}}},
      {kShanxiFinal, F, "收入支出决算总表财政拨款收入 = 收入决算表财政拨款收入",
       {{"overview", "income", "label:一般公共预算财政拨款", "amount"}, {"overview", "income", "label:政府性基金预算财政拨款", "amount"},
        {"overview", "income", "label:国有资本经营预算财政拨款", "amount"}}, R::equal,
       {{"income", "", "total", "fiscal_appropriation"}}},
      {kShanxiFinal, F, "收入支出决算总表上级补助收入 = 收入决算表上级补助收入", {{"overview", "income", "label:上级补助收入", "amount"}}, R::equal,
       {{"income", "", "total", "higher_subsidy"}}},
      {kShanxiFinal, F, "收入支出决算总表事业收入 = 收入决算表事业收入", {{"overview", "income", "label:事业收入", "amount"}}, R::equal,
       {{"income", "", "total", "business"}}},
      {kShanxiFinal, F, "收入支出决算总表经营收入 = 收入决算表经营收入", {{"overview", "income", "label:经营收入", "amount"}}, R::equal,
       {{"income", "", "total", "operating"}}},
      {kShanxiFinal, F, "收入支出决算总表附属单位上缴收入 = 收入决算表附属单位上缴收入", {{"overview", "income", "label:附属单位上缴收入", "amount"}}, R::equal,
       {{"income", "", "total", "affiliated_remittance"}}},
      {kShanxiFinal, F, "收入支出决算总表其他收入 = 收入决算表其他收入", {{"overview", "income", "label:其他收入", "amount"}}, R::equal,
       {{"income", "", "total", "other"}}},
      {kShanxiFinal, F, "财政拨款收入支出决算总表一般公共预算财政拨款收入 = 收入支出决算总表", {{"fiscal_overview", "income", "label:一般公共预算财政拨款", "amount"}}, R::equal,
       {{"overview", "income", "label:一般公共预算财政拨款", "amount"}}},
      {kShanxiFinal, F, "财政拨款收入支出决算总表一般公共预算财政拨款支出 = 一般公共预算财政拨款支出决算表合计",
       {{"fiscal_overview", "expenditure", "label:本年支出合计", "general_public_budget"}}, R::equal,
       {{"general_budget_expenditure", "", "total", "total"}}},
      {kShanxiFinal, F, "财政拨款收入支出决算总表政府性基金预算财政拨款支出 = 政府性基金预算财政拨款收入支出决算表本年支出",
       {{"fiscal_overview", "expenditure", "label:本年支出合计", "gov_fund"}}, R::equal, {{"gov_fund", "", "total", "total"}}},
      {kShanxiFinal, F, "财政拨款收入支出决算总表国有资本经营预算财政拨款支出 = 国有资本经营预算财政拨款支出决算表合计",
       {{"fiscal_overview", "expenditure", "label:本年支出合计", "state_capital"}}, R::equal,
       {{"state_capital", "", "total", "total"}}},
      {kShanxiFinal, F, "一般公共预算财政拨款基本支出 = 人员经费合计 + 公用经费合计", {{"general_budget_expenditure", "", "total", "basic"}}, R::equal,
       {{"basic_by_economic", "", "label:人员经费合计", "amount"}, {"basic_by_economic", "", "label:公用经费合计", "amount"}}},
      {kShanxiFinal, F, "基本支出公务接待费（30217） ≤ “三公”经费公务接待费决算数", {{"basic_by_economic", "", "code:30217", "amount"}}, R::at_most,
       {{"three_public", "", "first", "reception"}}},
      {kShanxiFinal, F, "基本支出公务用车运行维护费（30231） ≤ “三公”经费公务用车运行维护费决算数", {{"basic_by_economic", "", "code:30231", "amount"}}, R::at_most,
       {{"three_public", "", "first", "vehicle_operation"}}},
      {kShanxiFinal, F, "机关运行经费 ≤ 公用经费合计", {{"statistics", "", "group:admin_operating", "amount"}}, R::at_most,
       {{"basic_by_economic", "", "label:公用经费合计", "amount"}}},
  };
  return rules;
}

const std::vector<ClassRule>& class_rules() {
  static const std::vector<ClassRule> rules = {
      {kShanxiBudget, B, "收支总表与支出总表的类合计", {"overview", "expenditure", "", "total"}, {"expenditure", "", "", "total"}},
      {kShanxiFinal, F, "收入支出决算总表与支出决算表的类合计", {"overview", "expenditure", "", "amount"}, {"expenditure", "", "", "total"}},
      {kShanxiFinal, F, "财政拨款收入支出决算总表与一般公共预算财政拨款支出决算表的类", {"fiscal_overview", "expenditure", "", "general_public_budget"},
       {"general_budget_expenditure", "", "", "total"}},
      {kShanxiFinal, F, "财政拨款收入支出决算总表与政府性基金预算财政拨款收入支出决算表的类", {"fiscal_overview", "expenditure", "", "gov_fund"},
       {"gov_fund", "", "", "total"}},
  };
  return rules;
}

const std::vector<ClassStatementSource>& class_statement_sources() {
  static const std::vector<ClassStatementSource> sources = {
      {B, "财政拨款收支预算总体情况", {"fiscal_overview", "expenditure", "", "total"}, {""}},
      {B, "一般公共预算当年支出结构", {"general_budget_expenditure", "", "", "total"}, {""}},
      {F, "一般公共预算财政拨款支出决算结构", {"general_budget_expenditure", "", "", "total"}, {""}},
      {F, "一般公共预算财政拨款支出决算具体情况", {"general_budget_expenditure", "", "", "total"}, {"支出决算", "决算数为", "决算为"}},
      {F, "一般公共预算财政拨款支出决算情况", {"general_budget_expenditure", "", "", "total"}, {"支出决算", "决算数为", "决算为"}},
  };
  return sources;
}

const std::vector<WordingRule>& wording_rules() {
  static const std::vector<WordingRule> rules = {
      {"template-leftover", "placeholder",
       {"增加（减少）", "减少（增加）", "增长（下降）", "下降（增长）", "增加(减少)", "减少(增加)", "增长(下降)",
        "下降(增长)", "预（决）算", "预(决)算", "XX局", "XX单位", "XX万元", "XX%", "××"}},
      {"template-leftover", "instructions",
       {"作下述说明", "仍保留该表格式", "由主管部门根据", "有关主要职能填写", "请根据实际情况填写", "此处填写", "请填写"}},
      {"empty-reason", "empty_reason",
       {"主要原因是。", "主要原因：。", "主要原因:。", "主要原因是：。", "原因是。", "主要原因是；", "主要原因：；"}},
  };
  return rules;
}

const std::vector<RenamedClass>& renamed_classes() {
  static const std::vector<RenamedClass> classes = {
      {"医疗卫生与计划生育支出", "卫生健康支出"},
      {"文化体育与传媒支出", "文化旅游体育与传媒支出"},
      {"国土海洋气象等支出", "自然资源海洋气象等支出"},
      {"资源勘探信息等支出", "资源勘探工业信息等支出"},
  };
  return classes;
}

const std::vector<StatedFigureRule>& stated_figure_rules() {
  static const std::vector<StatedFigureRule> rules = {
      {"income_total", {"收入总计", "收支总计", "收入总预算", "收支总预算", "收入预算总计", "收支预算总计", "收支预算总额"}},
      {"income_current", {"本年收入合计", "本年收入"}, {"income_total"}},
      {"expenditure_current", {"本年支出合计", "本年支出"}, {"income_total"}},
      {"basic", {"基本支出"}, {"expenditure_current", "income_total"}},
      {"project", {"项目支出"}, {"expenditure_current", "income_total"}},
      {"personnel", {"人员经费"}, {"basic"}},
      {"public_funds", {"公用经费"}, {"basic"}},
      {"three_public.total", {"“三公”经费", "三公经费", "“三公”经费支出", "“三公”经费财政拨款"}},
      {"three_public.overseas", {"因公出国（境）费", "因公出国(境)费", "因公出国（境）经费", "因公出国（境）费用"},
       {"three_public.total"}},
      {"three_public.reception", {"公务接待费"}, {"three_public.total"}},
      {"three_public.vehicles_total", {"公务用车购置及运行费", "公务用车购置及运行维护费"}, {"three_public.total"}},
      {"three_public.vehicle_purchase", {"公务用车购置费"}, {"three_public.total", "three_public.vehicles_total"}},
      {"three_public.vehicle_operation", {"公务用车运行费", "公务用车运行维护费"},
       {"three_public.total", "three_public.vehicles_total"}},
      {"admin_operating", {"机关运行经费", "财政拨款的机关运行经费", "财政拨款机关运行经费", "机关运行经费财政拨款"}},
      {"procurement.total", {"政府采购", "政府采购总额", "政府采购总金额"}},
      {"procurement.goods", {"政府采购货物", "货物采购"}, {"procurement.total"}},
      {"procurement.works", {"政府采购工程", "工程采购"}, {"procurement.total"}},
      {"procurement.services", {"政府采购服务", "服务采购"}, {"procurement.total"}},
      {"procurement.goods", {"货物", "货物类"}, {"procurement.total"}, true},
      {"procurement.works", {"工程", "工程类"}, {"procurement.total"}, true},
      {"procurement.services", {"服务", "服务类"}, {"procurement.total"}, true},
  };
  return rules;
}

const SubjectWords& statement_subject_words() {
  static const SubjectWords words = {
      {"其中", "本年度", "本年", "当年", "本部门", "本单位", "部门", "单位", "我局", "我单位", "我部门", "共"},
      {"为", "是", "共计", "合计数", "总额为", "数", "安排", "金额"},
      {"预算", "预算数", "预算金额", "预算安排"},
      {"决算", "决算数", "支出决算", "实际支出"},
  };
  return words;
}

const std::vector<EmptyTableRule>& empty_table_rules() {
  static const std::vector<EmptyTableRule> rules = {
      {{"gov_fund_expenditure", "gov_fund"}, "政府性基金",
       {"政府性基金预算支出", "政府性基金预算拨款支出", "政府性基金拨款支出", "政府性基金预算财政拨款支出"}},
      {{"state_capital"}, "国有资本经营",
       {"国有资本经营预算支出", "国有资本经营预算拨款支出", "国有资本经营预算财政拨款支出"}},
      {{"three_public"}, "三公", {"“三公”经费", "三公经费", "“三公”经费支出", "“三公”经费财政拨款"}},
  };
  return rules;
}

const std::vector<std::string>& absence_words() {
  static const std::vector<std::string> words = {"无", "没有", "未安排", "不涉及", "为0", "为零", "0万元", "0.00万元", "空表",
                                                 "无数据"};
  return words;
}

const std::vector<RequiredSection>& required_sections() {
  static const std::vector<RequiredSection> sections = {
      {"shanxi-county", B, 1, "", "第一部分 概况"},
      {"shanxi-county", B, 3, "", "第三部分 情况说明"},
      {"shanxi-county", B, 4, "", "第四部分 名词解释"},
      {"shanxi-county", B, 3, "收入预算情况", "收入预算情况说明"},
      {"shanxi-county", B, 3, "支出预算情况", "支出预算情况说明"},
      {"shanxi-county", B, 3, "财政拨款收支预算总体情况", "财政拨款收支预算总体情况说明"},
      {"shanxi-county", B, 3, "一般公共预算支出情况", "一般公共预算支出情况说明"},
      {"shanxi-county", B, 3, "基本支出情况", "一般公共预算基本支出情况说明"},
      {"shanxi-county", B, 3, "三公", "“三公”经费增减变动原因说明"},
      {"shanxi-county", B, 3, "机关运行经费", "机关运行经费增减变动原因说明"},
      {"shanxi-county", B, 3, "政府采购", "政府采购情况"},
      {"shanxi-county", B, 3, "绩效", "绩效管理情况"},
      {"shanxi-county-final", F, 1, "", "第一部分 概况"},
      {"shanxi-county-final", F, 3, "", "第三部分 情况说明"},
      {"shanxi-county-final", F, 4, "", "第四部分 名词解释"},
      {"shanxi-county-final", F, 3, "收入支出决算总体情况", "收入支出决算总体情况说明"},
      {"shanxi-county-final", F, 3, "收入决算情况", "收入决算情况说明"},
      {"shanxi-county-final", F, 3, "支出决算情况", "支出决算情况说明"},
      {"shanxi-county-final", F, 3, "财政拨款收支决算总体情况", "财政拨款收支决算总体情况说明"},
      {"shanxi-county-final", F, 3, "一般公共预算财政拨款支出决算", "一般公共预算财政拨款支出决算情况说明"},
      {"shanxi-county-final", F, 3, "基本支出决算情况", "一般公共预算财政拨款基本支出决算情况说明"},
      {"shanxi-county-final", F, 3, "三公", "财政拨款“三公”经费支出决算情况说明"},
      {"shanxi-county-final", F, 3, "机关运行经费", "机关运行经费支出情况说明"},
      {"shanxi-county-final", F, 3, "政府采购", "政府采购情况说明"},
      {"shanxi-county-final", F, 3, "国有资产", "国有资产占用情况说明"},
  };
  return sections;
}

}  // namespace budgetsite
