#include <set>

#include "common/text.h"
#include "model/parse.h"
#include "recognize/rows.h"

namespace budgetsite {

namespace {

const std::set<std::string>& level1_words() {
  static const std::set<std::string> w = {"产出指标", "效益指标", "满意度指标"};
  return w;
}

const std::vector<std::string>& level2_words() {
  // Longest first: a label glued to its indicator is split at the longest known prefix.
  static const std::vector<std::string> w = {
      "服务对象满意度指标", "可持续影响指标", "可持续发展指标", "服务对象满意度", "经济效益指标", "社会效益指标",
      "生态效益指标", "数量指标", "质量指标", "时效指标", "成本指标"};
  return w;
}

// Splits "服务对象满意度指标受保障残疾人…" into the level-2 word and the rest.
bool split_level2(const std::string& cell, std::string* word, std::string* rest) {
  std::string s = strip_blanks(cell);
  for (const auto& w : level2_words())
    if (starts_with(s, w)) {
      *word = w;
      *rest = s.substr(w.size());
      return true;
    }
  return false;
}

using StrippedGrid = std::vector<std::vector<std::string>>;

std::string value_after(const std::vector<std::vector<PerformanceCell>>& grid, const StrippedGrid& stripped,
                        const std::vector<std::string>& labels) {
  for (size_t r = 0; r < grid.size(); ++r) {
    const auto& row = grid[r];
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string& t = stripped[r][i];
      for (const auto& label : labels) {
        // A label may carry text the wrap glued before it ("（2024年度）项目名称").
        if (!starts_with(t, label) && !(ends_with(t, label) && t.size() < label.size() + 30)) continue;
        for (size_t j = i + 1; j < row.size(); ++j)
          if (!stripped[r][j].empty()) return trim(row[j].text);
      }
    }
  }
  return "";
}

std::vector<double> numbers_after(const std::vector<PerformanceCell>& row, size_t from) {
  std::vector<double> out;
  for (size_t j = from; j < row.size(); ++j)
    if (auto v = parse_number(row[j].text)) out.push_back(*v);
  return out;
}

}  // namespace

Performance read_performance(const SourceText& text, const PerformanceRegion& region) {
  Performance p;
  p.type = region.type;
  p.title = region.title;
  p.line = region.begin;
  p.end_line = region.end;
  for (const auto& lr : rows_in_range(text, region.begin, region.end, {}, false)) {
    std::vector<PerformanceCell> row;
    for (const auto& c : lr.cells) row.push_back({c.text, c.line});
    p.grid.push_back(std::move(row));
  }
  const auto& grid = p.grid;
  StrippedGrid stripped;
  for (const auto& row : grid) {
    stripped.emplace_back();
    for (const auto& c : row) stripped.back().push_back(strip_blanks(c.text));
  }
  auto value_after = [&](const std::vector<std::string>& labels) { return budgetsite::value_after(grid, stripped, labels); };

  p.project = value_after({"项目名称"});
  // The next heading of a table of many projects (项目名称 | 项目总额 | 绩效目标 …) is no name.
  for (const char* heading : {"项目总额", "项目金额", "资金总额", "年度资金总额", "绩效目标", "项目期", "主管部门"})
    if (strip_blanks(p.project) == heading) p.project.clear();
  if (p.project.empty() && !p.title.empty() && p.type == "self_evaluation") {
    std::string t = strip_blanks(p.title);
    for (const char* tail : {"项目支出绩效自评表", "项目支出绩效目标表", "项目支出"})
      if (size_t q = t.find(tail); q != std::string::npos && q > 0) { p.project = t.substr(0, q); break; }
  }
  // A form that opens with the bare project name (not a department's overall form, whose first
  // line is a label such as 部门（单位）名称).
  if (p.project.empty() && !grid.empty() && !grid.front().empty() && !starts_with(p.type, "overall")) {
    for (const auto& row : grid) {
      std::string t;
      for (const auto& c : row)
        if (!(t = trim(c.text)).empty()) break;
      if (t.empty() || contains(t, "绩效") || starts_with(t, "(") || starts_with(t, "（")) continue;
      if (starts_with(t, "主管") || starts_with(t, "项目") || starts_with(t, "实施") || starts_with(t, "预算") ||
          ends_with(strip_blanks(t), "名称"))
        break;
      p.project = t;
      break;
    }
  }
  p.department = value_after({"主管部门", "项目代码"});
  p.unit = value_after({"实施单位", "预算单位"});
  p.attribute = value_after({"项目属性", "项目年度", "项目名称"}) == p.project ? "" : value_after({"项目属性", "项目年度"});
  p.period = value_after({"项目期", "项目日期"});

  for (size_t r = 0; r < grid.size(); ++r) {
    const auto& row = grid[r];
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string& t = stripped[r][i];
      if (contains(t, "（元）") || contains(t, "(元)")) p.funds_unit = "元";
      else if (contains(t, "（万元）") || contains(t, "(万元)")) p.funds_unit = "万元";
      if (starts_with(t, "年度资金总额") && !p.funds_total) {
        auto nums = numbers_after(row, i + 1);
        if (!nums.empty()) p.funds_total = nums.front();
      }
      if (starts_with(t, "资金总额") && p.type != "target") {
        // 年初预算数 (目标申报数, 预算编制数), 全年预算数, 全年执行数, 结余, 执行率, 得分
        auto nums = numbers_after(row, i + 1);
        if (nums.size() >= 4) { p.funds_total = nums[2]; p.funds_executed = nums[3]; }
        if (nums.size() >= 6) p.execution_rate = nums[5];
      }
      if (t == "总分") {
        auto nums = numbers_after(row, i + 1);
        if (!nums.empty()) p.total_score = nums.back();
        for (size_t j = i + 1; j < row.size(); ++j) {
          std::string g = strip_blanks(row[j].text);
          if (g == "优" || g == "良" || g == "中" || g == "差") p.grade = g;
        }
      }
    }
  }
  if (p.funds_unit.empty()) p.funds_unit = p.type == "self_evaluation" ? "万元" : "元";

  // Goals.
  for (size_t r = 0; r < grid.size(); ++r) {
    const auto& row = grid[r];
    std::string first = row.empty() ? "" : strip_blanks(row.front().text);
    bool goal_row = false;
    for (const auto& c : row) goal_row |= strip_blanks(c.text) == "年度目标";
    if (goal_row && r + 1 < grid.size()) {
      std::vector<std::string> texts;
      for (const auto& c : grid[r + 1]) {
        std::string t = trim(c.text);
        if (!t.empty() && t != "总体目标") texts.push_back(t);
      }
      if (p.type == "self_evaluation") {
        if (!texts.empty()) p.goal = texts.front();
        if (texts.size() > 1) p.achieved = texts.back();
      } else if (!texts.empty()) {
        p.goal = texts.back();
      }
    }
  }

  // Indicators: after the 一级指标 header row.
  bool in_indicators = false;
  std::string level1;
  for (size_t r = 0; r < grid.size(); ++r) {
    const auto& row = grid[r];
    const auto& cells = stripped[r];
    bool header = false;
    for (const auto& c : cells) header |= contains(c, "一级指标");
    if (header) { in_indicators = true; continue; }
    // Some forms leave out the 一级指标 header: the first 产出指标 opens the indicators.
    for (const auto& c : cells) in_indicators |= level1_words().count(c) > 0;
    if (!in_indicators) continue;
    std::string first = cells.empty() ? "" : cells.front();
    if (first == "总分" || starts_with(first, "负责人") || starts_with(first, "项目绩效分析") || starts_with(first, "备注"))
      break;
    Indicator ind;
    int triples = 0;
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string& t = cells[i];
      if (t.empty() || t == "绩效指标" || t == "总体目标") continue;
      if (level1_words().count(t)) { level1 = t; continue; }
      std::string word, rest;
      if (!split_level2(row[i].text, &word, &rest)) continue;
      ++triples;
      // Text and values after the level-2 label, up to the next level-2 label.
      std::vector<std::string> after;
      if (!rest.empty()) after.push_back(rest);
      size_t j = i + 1;
      for (; j < row.size(); ++j) {
        std::string w2, r2;
        if (split_level2(row[j].text, &w2, &r2) && !after.empty()) break;
        after.push_back(trim(row[j].text));
      }
      if (triples == 1) {
        ind.line = row[i].line;
        ind.level1 = level1;
        ind.level2 = word;
        if (!after.empty()) ind.name = after[0];
        if (p.type == "self_evaluation") {
          if (after.size() > 1) ind.target = after[1];
          if (after.size() > 2) ind.adjusted_target = after[2];
          if (after.size() > 3) ind.actual = after[3];
          if (after.size() > 4) ind.weight = after[4];
          if (after.size() > 5) ind.score = after[5];
          if (after.size() > 6) ind.note = after[6];
        } else if (after.size() > 1) {
          ind.target = after[1];
        }
      } else if (p.type != "self_evaluation" && after.size() > 1 && !after[1].empty()) {
        ind.target = after[1];  // the 年度 column of a target form
      }
      i = j - 1;
    }
    if (triples > 0 && !ind.name.empty()) p.indicators.push_back(ind);
  }
  return p;
}

}  // namespace budgetsite
