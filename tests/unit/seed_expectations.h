// Headline figures and 类 rows of the five shipped disclosures, transcribed by hand from the
// source text (each checked against a second occurrence where the document has one).
// Amounts in 万元 exactly as printed.
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <vector>

struct ExpectedClassRow { std::string code, name; double total, basic, project; };
struct ExpectedThreePublic { double total, overseas, reception, vehicles_total, vehicle_purchase, vehicle_operation; };
struct ExpectedSeed {
  std::string file, kind; int year; std::string name, raw_name, region, department_type, scope;
  double income_total, income_current, carryover_in, expenditure_current, carryover_out, general_public_budget,
      basic, project, personnel, public_funds;
  ExpectedThreePublic three_public; std::optional<ExpectedThreePublic> three_public_budget;
  double admin_operating; double procurement_total, procurement_goods, procurement_works, procurement_services;
  int vehicles; std::vector<ExpectedClassRow> by_function; int projects; int performance_forms;
};

// Names a parameter by its file in test output.
inline void PrintTo(const ExpectedSeed& seed, std::ostream* os) { *os << seed.file; }

inline const std::vector<ExpectedSeed>& expected_seeds() {
  static const std::vector<ExpectedSeed> seeds = {
      {"content/disclosures/shanxi-liulin-2024-budget.txt", "budget", 2024, "柳林县工业和信息化局", "柳林县工业和信息化局[部门]", "柳林县", "工业和信息化局", "department",
       17944.67, 17486.07, 458.6, 17944.67, 0.0, 17464.07, 445.45, 17499.22, 408.74, 36.71,
       {4.7, 0.0, 0.2, 4.5, 0.0, 4.5}, std::nullopt, 27.4, 36.49, 4.79, 0.0, 31.7, 2,
       {{"201", "一般公共服务支出", 2353.19, 256.53, 2096.66}, {"208", "社会保障和就业支出", 44.15, 44.15, 0.0}, {"210", "卫生健康支出", 21.81, 21.81, 0.0}, {"212", "城乡社区支出", 10200.0, 0.0, 10200.0}, {"213", "农林水支出", 3000.0, 0.0, 3000.0}, {"215", "资源勘探工业信息等支出", 97.13, 82.59, 14.53}, {"216", "商业服务业等支出", 2144.03, 0.0, 2144.03}, {"221", "住房保障支出", 40.36, 40.36, 0.0}, {"223", "国有资本经营预算支出", 44.0, 0.0, 44.0}},
       28, 16},
      {"content/disclosures/shanxi-fenyang-2024-budget.txt", "budget", 2024, "汾阳市工业和信息化局", "汾阳市工业和信息化局", "汾阳市", "工业和信息化局", "unit",
       6542.05, 3309.68, 3232.37, 6542.05, 0.0, 924.56, 286.42, 6255.63, 258.15, 28.27,
       {2.7, 0.0, 0.2, 2.5, 0.0, 2.5}, std::nullopt, 28.27, 234.04, 3.39, 0.0, 230.65, 1,
       {{"201", "一般公共服务支出", 3.0, 0.0, 3.0}, {"208", "社会保障和就业支出", 52.84, 52.84, 0.0}, {"210", "卫生健康支出", 14.13, 14.13, 0.0}, {"211", "节能环保支出", 36.46, 0.0, 36.46}, {"212", "城乡社区支出", 2295.12, 0.0, 2295.12}, {"215", "资源勘探工业信息等支出", 4026.16, 195.11, 3831.05}, {"221", "住房保障支出", 24.34, 24.34, 0.0}, {"223", "国有资本经营预算支出", 90.0, 0.0, 90.0}},
       21, 21},
      {"content/disclosures/shanxi-xiangyuan-2023-final.txt", "final", 2023, "襄垣县工业和信息化局", "襄垣县工业和信息化局", "襄垣县", "工业和信息化局", "department",
       6548.68, 6184.34, 364.35, 6057.54, 491.14, 5924.67, 865.41, 5192.13, 728.17, 77.8,
       {0.0, 0.0, 0.0, 0.0, 0.0, 0.0}, ExpectedThreePublic{0.0, 0.0, 0.0, 0.0, 0.0, 0.0}, 77.8, 1.9, 1.9, 0.0, 0.0, 2,
       {{"201", "一般公共服务支出", 252.52, 181.94, 70.58}, {"206", "科学技术支出", 450.0, 0.0, 450.0}, {"208", "社会保障和就业支出", 268.58, 124.64, 143.94}, {"210", "卫生健康支出", 31.07, 29.42, 1.66}, {"211", "节能环保支出", 2732.27, 0.0, 2732.27}, {"212", "城乡社区支出", 163.44, 0.0, 163.44}, {"215", "资源勘探工业信息等支出", 1903.68, 396.58, 1507.1}, {"216", "商业服务业等支出", 194.84, 71.69, 123.15}, {"221", "住房保障支出", 61.14, 61.14, 0.0}},
       0, 19},
      {"content/disclosures/shanxi-shuocheng-2024-final.txt", "final", 2024, "朔州市朔城区工业和信息化局", "朔州市朔城区工业和信息化局", "朔州市朔城区", "工业和信息化局", "department",
       1835.83, 1835.83, 0.0, 1835.83, 0.0, 1835.83, 583.7, 1252.13, 564.59, 19.11,
       {1.4, 0.0, 0.0, 1.4, 0.0, 1.4}, ExpectedThreePublic{1.4, 0.0, 0.0, 1.4, 0.0, 1.4}, 11.99, 0.0, 0.0, 0.0, 0.0, 9,
       {{"201", "一般公共服务支出", 281.91, 251.86, 30.05}, {"208", "社会保障和就业支出", 175.67, 175.67, 0.0}, {"210", "卫生健康支出", 19.96, 19.96, 0.0}, {"215", "资源勘探工业信息等支出", 1248.74, 34.76, 1213.98}, {"216", "商业服务业等支出", 69.48, 61.39, 8.1}, {"221", "住房保障支出", 40.08, 40.08, 0.0}},
       0, 0},
      {"content/disclosures/shanxi-datong-2024-budget.txt", "budget", 2024, "大同市工业和信息化局", "大同市工业和信息化局", "大同市", "工业和信息化局", "unit",
       1222.75, 1222.75, 0.0, 1222.75, 0.0, 1222.75, 1045.26, 177.49, 960.12, 85.14,
       {3.5, 0.0, 0.0, 3.5, 0.0, 3.5}, std::nullopt, 85.14, 42.43, 5.72, 0.0, 36.71, 1,
       {{"208", "社会保障和就业支出", 393.41, 387.92, 5.49}, {"210", "卫生健康支出", 35.02, 35.02, 0.0}, {"214", "交通运输支出", 9.0, 0.0, 9.0}, {"215", "资源勘探工业信息等支出", 702.44, 539.44, 163.0}, {"221", "住房保障支出", 82.88, 82.88, 0.0}},
       11, 5},
  };
  return seeds;
}
