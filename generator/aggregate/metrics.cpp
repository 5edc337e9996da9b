#include "aggregate/metrics.h"

#include <cmath>

namespace budgetsite {

namespace {

using Value = std::optional<double>;

Value round_to(Value v, double scale) {
  if (!v) return v;
  return std::round(*v * scale) / scale;
}

// numerator / denominator × 100, to 0.01 %; null when either is absent or the denominator is 0.
Value percent(Value numerator, Value denominator) {
  if (!numerator || !denominator || *denominator == 0) return std::nullopt;
  return round_to(*numerator / *denominator * 100, 100);
}

Value sum(Value a, Value b) {
  if (!a || !b) return std::nullopt;
  return *a + *b;
}

template <Amount ThreePublic::*part>
Value three_public(const Summary& s) {
  return s.three_public ? (*s.three_public).*part : std::nullopt;
}

}  // namespace

const std::vector<Metric>& metric_table() {
  static const std::vector<Metric> metrics = {
      {"income_total", "收入总计", "万元", "收支总表的收入总计（含上年结转）",
       [](const Summary& s) { return s.income_total; }, true, Order::descending, {"income_total"}},
      {"general_public_budget", "一般公共预算拨款", "万元", "收支总表的一般公共预算（财政）拨款收入",
       [](const Summary& s) { return s.general_public_budget; }, true, Order::descending, {"general_public_budget"}},
      {"expenditure_current", "本年支出", "万元", "收支总表的本年支出合计",
       [](const Summary& s) { return s.expenditure_current; }, true, Order::descending, {"expenditure_current"}},
      {"basic", "基本支出", "万元", "支出表合计行的基本支出",
       [](const Summary& s) { return s.basic; }, true, Order::descending, {"basic"}},
      {"project", "项目支出", "万元", "支出表合计行的项目支出",
       [](const Summary& s) { return s.project; }, true, Order::descending, {"project"}},
      {"basic_share", "基本支出占比", "%", "基本支出 ÷（基本支出 + 项目支出）",
       [](const Summary& s) { return percent(s.basic, sum(s.basic, s.project)); }, false, Order::descending, {"basic", "project"}},
      {"project_share", "项目支出占比", "%", "项目支出 ÷（基本支出 + 项目支出）",
       [](const Summary& s) { return percent(s.project, sum(s.basic, s.project)); }, false, Order::descending, {"basic", "project"}},
      {"personnel", "人员经费", "万元", "基本支出按经济分类的人员经费合计",
       [](const Summary& s) { return s.personnel; }, true, Order::descending, {"personnel"}},
      {"public_funds", "公用经费", "万元", "基本支出按经济分类的公用经费合计",
       [](const Summary& s) { return s.public_funds; }, true, Order::descending, {"public_funds"}},
      {"personnel_share", "人员经费占比", "%", "人员经费 ÷（人员经费 + 公用经费），即占基本支出（按经济分类）的比重",
       [](const Summary& s) { return percent(s.personnel, sum(s.personnel, s.public_funds)); }, false, Order::descending, {"personnel", "public_funds"}},
      {"three_public_total", "“三公”经费", "万元", "“三公”经费表的合计（决算为决算数）",
       three_public<&ThreePublic::total>, true, Order::descending, {"three_public.total"}},
      {"three_public_overseas", "因公出国（境）费", "万元", "“三公”经费表的因公出国（境）费",
       three_public<&ThreePublic::overseas>, true, Order::descending, {"three_public.overseas"}},
      {"three_public_reception", "公务接待费", "万元", "“三公”经费表的公务接待费",
       three_public<&ThreePublic::reception>, true, Order::descending, {"three_public.reception"}},
      {"three_public_vehicles", "公务用车购置及运行费", "万元", "“三公”经费表的公务用车购置及运行（维护）费",
       three_public<&ThreePublic::vehicles_total>, true, Order::descending, {"three_public.vehicles_total"}},
      {"vehicle_purchase", "公务用车购置费", "万元", "“三公”经费表的公务用车购置费",
       three_public<&ThreePublic::vehicle_purchase>, true, Order::descending, {"three_public.vehicle_purchase"}},
      {"vehicle_operation", "公务用车运行维护费", "万元", "“三公”经费表的公务用车运行维护费",
       three_public<&ThreePublic::vehicle_operation>, true, Order::descending, {"three_public.vehicle_operation"}},
      {"admin_operating", "机关运行经费", "万元", "机关运行经费表合计（决算：统计表中机关运行经费各行之和）",
       [](const Summary& s) { return s.admin_operating; }, true, Order::descending, {"admin_operating"}},
      {"procurement_total", "政府采购", "万元", "政府采购预算（决算：政府采购支出）总额",
       [](const Summary& s) { return s.procurement ? s.procurement->total : std::nullopt; }, true, Order::descending, {"procurement.total"}},
      {"carryover_in", "上年结转", "万元", "收支总表的上年结转（决算：年初结转和结余）",
       [](const Summary& s) { return s.carryover_in; }, true, Order::descending, {"carryover_in"}},
      {"carryover_share", "上年结转占比", "%", "上年结转 ÷ 收入总计",
       [](const Summary& s) { return percent(s.carryover_in, s.income_total); }, false, Order::descending, {"carryover_in", "income_total"}},
      {"vehicles", "车辆", "辆", "实有车辆数（预算：国有资产占有使用情况；决算：统计表车辆数合计）",
       [](const Summary& s) { return s.vehicles ? Value(*s.vehicles) : std::nullopt; }, false, Order::descending, {}},
  };
  return metrics;
}

const Metric* find_metric(const std::string& key) {
  for (const auto& m : metric_table())
    if (m.key == key) return &m;
  return nullptr;
}

std::optional<double> per_capita_value(std::optional<double> amount_wan, std::optional<double> population) {
  if (!amount_wan || !population || *population <= 0) return std::nullopt;
  return round_to(*amount_wan * 10000 / *population, 100);
}

}  // namespace budgetsite
