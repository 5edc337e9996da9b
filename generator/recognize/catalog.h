// The national classifications every template shares, as data: the kind of a disclosure, the
// 支出功能分类 类 and the performance forms' title markers. Templates themselves (their titles,
// columns and tables) are recognize/vocabulary and recognize/families.
#pragma once

#include <string>
#include <vector>

namespace budgetsite {

enum class Kind { budget, final_accounts };
const char* kind_id(Kind kind);     // "budget" | "final"
const char* kind_label(Kind kind);  // "预算" | "决算", as the documents name themselves

// 支出功能分类 类 (3-digit codes) and their names; used to align rows across tables.
struct FunctionClass {
  std::string code;
  std::string name;
};
const std::vector<FunctionClass>& function_classes();
// The 类 whose name the label carries (numbering such as 十五、 and (类) ignored), or nullptr.
const FunctionClass* function_class_by_label(const std::string& label);

// Title markers of performance tables (绩效目标表, 绩效自评表 ...).
struct PerformanceSpec {
  std::string marker;  // text the title line contains
  std::string type;    // "target" | "self_evaluation" | "overall_target"
};
const std::vector<PerformanceSpec>& performance_specs();

}  // namespace budgetsite
