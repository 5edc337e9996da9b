#include "recognize/families.h"

#include "common/text.h"

namespace budgetsite {

const std::vector<TemplateFamily>& template_families() {
  constexpr Kind B = Kind::budget;
  constexpr Kind F = Kind::final_accounts;
  // The province and its prefecture-level cities (a county's document names its city, not 山西).
  const std::vector<std::string> shanxi_places = {"山西", "太原", "大同", "阳泉", "长治", "晋城", "朔州",
                                                  "晋中", "运城", "忻州", "临汾", "吕梁"};
  static const std::vector<TemplateFamily> families = {
      {"shanxi-county", "山西省县级部门预算（预算公开表1–13）", B, shanxi_places, {"预算公开表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "gov_fund_income", "gov_fund_expenditure", "state_capital", "three_public", "admin_operating",
        "projects_current", "projects_carryover"},
       {"预算公开表10", "预算公开表11", "项目支出预算表（上年结转）"}},
      {"shanxi-county-final", "山西省县级部门决算（公开01–10表）", F, shanxi_places, {"公开01表", "公开10表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "gov_fund", "state_capital", "three_public", "statistics"},
       {"公开10表"}},
      {"central", "中央部门预算（部门公开表1–9）", B, {"国家", "中央", "国务院", "中华人民共和国"}, {"部门公开表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "gov_fund_expenditure", "state_capital", "three_public"}},
      {"beijing", "北京市部门预算（预算01–13表，附件2）", B, {"北京"}, {"预算01表", "预算表12", "预算02表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "gov_fund_expenditure", "state_capital", "three_public"},
       {"预算01表收支总表", "预算02表收入总表"}},
      {"chongqing", "重庆市部门预算（表一–表十二，收支总体情况表）", B, {"重庆"}, {"收支总体情况表", "表一"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "gov_fund_expenditure", "three_public"}},
      {"fujian", "福建省部门/单位预算（一、收支预算总表 … 十、“三公”经费支出预算表）", B, {"福建", "福州", "厦门", "泉州"},
       {"收支预算总表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "gov_fund_expenditure",
        "state_capital", "general_budget_by_economic", "basic_by_economic", "three_public"}},
      {"guangzhou", "广东省广州、珠海等市部门预算（表1–表12，收支总体情况表）", B, {"广州", "珠海"}, {"收支总体情况表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "three_public", "gov_fund_expenditure", "state_capital"}},
      {"shenzhen", "深圳市部门预算（表1–表11）", B, {"深圳"}, {"收支总表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "three_public",
        "gov_fund_expenditure", "state_capital"}},
      {"changchun", "长春市部门预算（收支总表（预算表1）…）", B, {"长春", "吉林"}, {"预算表1", "预算表2"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "three_public", "gov_fund_expenditure", "state_capital"}},
      {"jiangsu", "江苏省部门预算（公开01–13表）", B, {"江苏", "苏州", "南京", "无锡"}, {"公开01表", "公开1表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "three_public", "gov_fund_expenditure", "admin_operating", "procurement"}},
      {"shandong", "山东省部门预算（公开表1–12，收支总体情况表）", B, {"山东", "烟台", "济南", "青岛"}, {"公开表1"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "three_public", "gov_fund_expenditure", "state_capital", "procurement"}},
      {"shanghai", "上海市部门/单位预算（1. 财务收支预算总表 … 9. “三公”经费和机关运行经费预算表）", B, {"上海"},
       {"财务收支预算总表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "gov_fund_expenditure",
        "state_capital", "basic_by_economic", "three_public"}},
      {"shanghai-final", "上海市部门决算（九张决算表）", F, {"上海"}, {"收入支出决算总表"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "three_public", "gov_fund", "state_capital"}},
      {"xian", "西安市部门综合预算（表1–表15，部门综合预算收支总表）", B, {"西安", "陕西"}, {"部门综合预算"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "three_public", "gov_fund_expenditure"}},
      {"xian-final", "西安市部门决算（公开01–09表，行次/栏次）", F, {"西安", "陕西"}, {"公开01表", "部门决算"},
       {"overview", "income", "expenditure", "fiscal_overview", "general_budget_expenditure", "basic_by_economic",
        "three_public", "gov_fund", "state_capital"}},
  };
  return families;
}

const TemplateFamily* match_family(const std::string& head, Kind kind) {
  for (const auto& f : template_families()) {
    if (f.kind != kind) continue;
    bool place = false, marker = false;
    for (const auto& p : f.places) place |= contains(head, p);
    for (const auto& m : f.markers) marker |= contains(head, m);
    bool own = false;
    for (const auto& m : f.own_markers) own |= contains(head, m);
    if ((place && marker) || own) return &f;
  }
  return nullptr;
}

}  // namespace budgetsite
