#include "recognize/vocabulary.h"

#include "common/text.h"

namespace budgetsite {

const std::vector<TitlePattern>& title_patterns() {
  constexpr Kind B = Kind::budget;
  constexpr Kind F = Kind::final_accounts;
  static const std::vector<TitlePattern> patterns = {
      // 预算公开
      {B, "three_public", {"三公"}, {}},
      {B, "admin_operating", {"机关运行经费"}, {}},
      {B, "procurement", {"政府采购"}, {}},
      {B, "purchase_services", {"政府购买服务"}, {}},
      // Before the 财政拨款 and 收支 titles: "政府性基金预算财政拨款支出预算表" (江苏),
      // "政府性基金收支总表" (西安) are the fund's tables.
      {B, "state_capital", {"国有资本经营"}, {}},
      {B, "gov_fund_income", {"政府性基金", "收入"}, {"支出"}},
      {B, "gov_fund_expenditure", {"政府性基金"}, {}},
      {B, "fiscal_overview", {"财政拨款", "收支"}, {}},
      {B, "overview", {"收支", "总"}, {}},
      {B, "overview", {"收支总体"}, {}},
      {B, "projects_current", {"专项业务经费"}, {}},
      {B, "projects_carryover", {"项目支出", "上年结转"}, {"绩效"}},
      {B, "fiscal_carryover", {"结转", "支出表"}, {}},
      {B, "fiscal_basic", {"财政拨款", "基本支出"}, {}},
      {B, "fiscal_expenditure", {"财政拨款", "支出"}, {"收入"}},
      {B, "basic_by_function", {"基本支出", "功能分类"}, {"项目"}},
      {B, "basic_by_economic", {"一般公共预算", "基本支出"}, {"项目"}},
      {B, "general_budget_by_economic", {"一般公共预算", "经济分类"}, {}},
      {B, "basic_expenditure", {"基本支出"}, {"项目"}},
      {B, "general_budget_expenditure", {"一般公共预算", "支出"}, {"项目"}},
      {B, "general_budget_expenditure", {"一般公共预算", "拨款"}, {"项目", "收入"}},
      {B, "projects_current", {"项目支出"}, {"绩效"}},
      {B, "projects_current", {"项目", "预算表"}, {"绩效", "收入", "基本"}},
      {B, "income", {"收入"}, {"支出"}},
      {B, "expenditure", {"支出", "总"}, {}},
      {B, "expenditure", {"支出预算表"}, {}},
      {B, "expenditure", {"支出情况表"}, {}},
      {B, "expenditure", {"支出表"}, {}},
      // 决算公开
      {F, "three_public", {"三公"}, {}},
      {F, "statistics", {"机关运行经费"}, {}},
      {F, "statistics", {"相关信息"}, {}},
      {F, "fiscal_overview", {"财政拨款收入支出决算总表"}, {}},
      {F, "overview", {"收入支出决算总表"}, {}},
      {F, "overview", {"收支决算总表"}, {}},
      {F, "basic_by_economic", {"基本支出决算"}, {}},
      {F, "gov_fund", {"政府性基金"}, {}},
      {F, "state_capital", {"国有资本经营"}, {}},
      {F, "general_budget_expenditure", {"一般公共预算财政拨款", "支出决算"}, {}},
      {F, "income", {"收入决算表"}, {}},
      {F, "expenditure", {"支出决算表"}, {}},
  };
  return patterns;
}

const std::vector<HeaderWord>& header_words_by_key() {
  static const std::vector<HeaderWord> words = {
      {"行次", "row_number"},
      {"序号", "row_number", true},
      {"会议费", "meeting"},
      {"培训费", "training"},
      {"栏次", "label"},
      {"科目编码", "label"},
      {"科目代码", "label"},
      {"科目名称", "label"},
      {"功能分类", "label"},
      {"经济分类", "label"},
      {"项目名称", "label"},
      {"单位名称", "label"},
      {"单位编码", "label"},
      {"单位代码", "label"},
      {"预算单位", "label"},
      {"上年结转", "carryover"},
      {"结转结余", "carryover"},
      {"结转和结余", "carryover"},
      {"编制预算", "current_year"},
      {"当年预算", "current_year"},
      {"基本支出", "basic"},
      {"项目支出", "project"},
      {"专项业务经费", "project"},  // Xi'an: 人员经费 + 公用经费 | 专项业务经费
      {"人员经费", "personnel"},
      {"人员支出", "personnel"},
      {"公用经费", "public_funds"},
      {"公用支出", "public_funds"},
      {"因公出国", "overseas"},
      {"公务接待", "reception"},
      {"购置及运行", "vehicles_total"},
      {"购置和运行", "vehicles_total"},
      {"购置费", "vehicle_purchase"},
      {"运行费", "vehicle_operation"},
      {"运行维护费", "vehicle_operation"},
      {"用车购置", "vehicle_purchase"},
      {"用车运行", "vehicle_operation"},
      {"运行维护", "vehicle_operation"},
      {"接待费", "reception"},
      {"机关运行经费", "admin_operating"},
      {"一般公共预算", "general_public_budget"},
      {"政府性基金", "gov_fund"},
      {"国有资本", "state_capital"},
      {"财政专户", "special_account"},
      {"单位资金", "unit_funds"},
      {"事业单位经营", "operating"},
      {"经营收入", "operating"},
      {"事业收入", "business"},
      {"上级补助", "higher_subsidy"},
      {"附属单位", "affiliated_remittance"},
      {"其他收入", "other"},
      {"财政拨款", "fiscal_appropriation"},
      {"执行数", "previous_executed"},
      {"增减%", "change_percent"},
      {"增减（%）", "change_percent"},
      {"增减(%)", "change_percent"},
      {"增长率", "change_percent"},
      {"增减", "change"},
      {"小计", "subtotal"},
      {"经济科目", "label"},
      {"类别", "label"},
      {"科目", "label"},
      {"年度", "label", true},
      {"项目", "label", true},
      {"收入", "label", true},
      {"支出", "label", true},
      {"科目", "label", true},
      {"单位", "label", true},
      {"名称", "label", true},
  };
  return words;
}

const std::vector<std::string>& total_column_words() {
  static const std::vector<std::string> words = {"合计", "总计", "预算数", "金额", "本年预算", "决算数", "预算",
                                                 "年初预算", "小计", "本年收入", "本年支出"};
  return words;
}

const std::vector<std::string>& figure_set_headings() {
  static const std::vector<std::string> words = {"预算数", "决算数", "全年预算数", "年初预算数", "调整预算数",
                                                 "本年预算数", "本年决算数", "上年预算数", "上年决算数", "预算",
                                                 "决算", "上年", "当年", "本年", "增减变化情况", "增减变化", "增减情况"};
  return words;
}

const std::vector<std::vector<std::string>>& summed_column_sets() {
  static const std::vector<std::vector<std::string>> sets = {
      {"total", "personnel", "public_funds"},
      {"total", "basic", "project"},
  };
  return sets;
}

const std::vector<RowLabels>& headline_row_labels() {
  // In priority order: the first label that names a row wins.
  static const std::vector<RowLabels> labels = {
      {"income_total", {"收入总计", "总计", "收入总额", "收入合计", "合计"}, {"收入总计"}},
      {"income_current", {"本年收入合计", "本年收入小计", "当年收入合计", "当年收入小计", "本年收入"}, {"本年收入合计"}},
      {"carryover_in", {}, {"上年结转", "年初结转", "上年结余", "上年财政拨款结转"}},
      {"general_public_budget", {}, {"一般公共预算"}},
      {"expenditure_current", {"本年支出合计", "本年支出小计", "当年支出合计", "当年支出小计", "本年支出"}, {"本年支出合计"}},
      {"carryover_out", {}, {"年终结转", "年末结转", "结转下年", "结余下年"}},
      {"expenditure_total", {"支出总计", "总计", "支出总额", "支出合计", "合计"}, {"支出总计"}},
      // The expenditure side by use, where the 支出总表 does not split it (Xi'an names 基本支出
      // 人员经费和公用经费支出 and 项目支出 专项业务经费支出).
      {"basic", {"基本支出", "人员经费和公用经费支出", "人员经费和公用经费"}, {}},
      {"project", {"项目支出", "专项业务经费支出", "专项业务经费"}, {}},
  };
  return labels;
}

const std::vector<StatedFigure>& stated_figures() {
  static const std::vector<StatedFigure> figures = {
      {"procurement.total", {"政府采购预算总额", "政府采购预算总金额", "政府采购预算合计", "政府采购预算"}},
      {"procurement.goods", {"政府采购货物预算", "拟采购货物支出", "采购货物预算"}},
      {"procurement.works", {"政府采购工程预算", "拟采购工程支出", "采购工程预算"}},
      {"procurement.services", {"政府采购服务预算", "拟采购服务支出", "采购服务预算"}},
      {"admin_operating",
       {"机关运行经费财政拨款预算", "机关运行经费预算", "机关运行经费支出", "机关运行经费", "财政拨款运行经费"}},
      {"personnel", {"人员经费"}, true},
      {"public_funds", {"公用经费"}, true},
      {"vehicles", {"实有车辆", "共有车辆", "现有车辆", "车辆总数", "实有"}},
  };
  return figures;
}

const std::vector<std::string>& entity_labels() {
  static const std::vector<std::string> labels = {"单位名称", "部门名称", "编制部门", "编制单位", "预算单位",
                                                  "部门（单位）", "部门(单位)", "填报单位", "部门", "单位"};
  return labels;
}

const std::u32string& entity_name_endings() {
  static const std::u32string endings = U"局厅委办院部会所处站馆校队社团署府室台园心司行庭科组站场厂宫库";
  return endings;
}

double unit_in_wan(const std::string& unit) {
  if (unit == "元") return 0.0001;
  if (unit == "千元") return 0.1;
  if (unit == "亿元") return 10000;
  return 1;
}

std::string declared_unit(const std::string& line) {
  std::string s = strip_blanks(line);
  for (const char* key : {"单位：", "单位:", "单位（", "单位("}) {
    size_t p = s.find(key);
    while (p != std::string::npos) {
      std::string rest = s.substr(p + std::string(key).size());
      for (const char* unit : {"万元", "千元", "亿元", "元"})
        if (starts_with(rest, unit)) return unit;
      p = s.find(key, p + 1);
    }
  }
  return "";
}

}  // namespace budgetsite
