#include "recognize/catalog.h"

#include "common/text.h"

namespace budgetsite {

const char* kind_id(Kind kind) { return kind == Kind::budget ? "budget" : "final"; }
const char* kind_label(Kind kind) { return kind == Kind::budget ? "预算" : "决算"; }

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
  // Drop list numbering (十五、, （一）) and a trailing (类).
  size_t mark = s.find("、");
  if (mark != std::string::npos && mark <= 12) s = s.substr(mark + 3);
  // …or a bracketed one: （一）.
  if (starts_with(s, "（"))
    if (size_t close = s.find("）"); close != std::string::npos && close <= 12) s = s.substr(close + 3);
  for (const char* suffix : {"(类)", "（类）"})
    if (ends_with(s, suffix)) s = s.substr(0, s.size() - std::string(suffix).size());
  // "8、社会保障和就业" names its class without the word 支出.
  for (const auto& fc : function_classes())
    if (s == fc.name || s + "支出" == fc.name) return &fc;
  return nullptr;
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
