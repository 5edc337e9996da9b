// Stage 7 — chart specifications. A Chart is the data one chart draws, in the JSON form the
// theme's script reads (docs/themes.md: tree, pie, bar, line), together with its text
// alternatives: a one-sentence summary for screen readers and the table it draws. Numbers
// stay numbers (the script formats tooltips); every label is final text.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/disclosure.h"
#include "render/page.h"

namespace budgetsite {

struct Chart {
  std::string id;          // unique in its page, e.g. "chart-function"
  std::string title;
  std::string summary;     // aria-label: what the chart shows, in one sentence
  View spec;
  std::vector<std::string> table_headers;
  std::vector<std::vector<std::string>> table_rows;  // first cell is the row label
};

struct NamedValue {
  std::string name;
  std::optional<double> value;
};

// One figure per member, largest first, as horizontal bars once there are more than a few.
// Members without the figure are left out. With more than `kRankingShownWhole` members the bars
// show the first and the last ten (the title says so); the chart's table lists every member.
std::optional<Chart> ranking_chart(const std::string& id, const std::string& title,
                                   const std::vector<std::string>& members,
                                   const std::vector<std::optional<double>>& values, const std::string& unit);
constexpr size_t kRankingShownWhole = 24;

// 类 → 款 → 项 tree of a code table's `column` (rows keyed by 3/5/7-digit codes); zero
// branches are left out. nullopt when the table has no coded rows with figures.
std::optional<Chart> function_tree_chart(const std::string& id, const std::string& title, const Table& table,
                                         const std::string& column);
// Parts of a whole (donut); absent and zero parts are left out; nullopt when fewer than two
// parts are left.
std::optional<Chart> pie_chart(const std::string& id, const std::string& title, const std::vector<NamedValue>& parts,
                               const std::string& unit = "万元");
struct Series {
  std::string name;
  std::vector<std::optional<double>> values;
};
// Bars over categories, one series each; `percent` marks 100%-stacked shares.
std::optional<Chart> bar_chart(const std::string& id, const std::string& title, const std::vector<std::string>& categories,
                               const std::vector<Series>& series, const std::string& unit = "万元", bool stack = false,
                               bool percent = false, bool horizontal = false);
std::optional<Chart> line_chart(const std::string& id, const std::string& title, const std::vector<std::string>& categories,
                                const std::vector<Series>& series, const std::string& unit = "万元");

// The view of one chart for the `chart` partial: id, title, summary, spec (script-safe JSON
// text) and the data table.
View chart_view(const Chart& chart);

}  // namespace budgetsite
