// The headline metrics a comparison ranks, as a data table: one row per metric says what it
// is called, its unit, how it is computed from a Summary (every share names its denominator),
// whether a per-capita figure makes sense, and which way its ranking runs. An absent figure
// (or a share whose denominator is absent or zero) is std::nullopt, never 0.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/disclosure.h"

namespace budgetsite {

enum class Order { descending, ascending };  // rank 1 is the largest / the smallest value

struct Metric {
  std::string key;         // stable ASCII key (JSON, CSV-free use)
  std::string label;       // Chinese label as on the page
  std::string unit;        // "万元" | "%" | "辆"
  std::string definition;  // Chinese: how it is computed (for shares: numerator / denominator)
  std::function<std::optional<double>(const Summary&)> value;
  bool per_capita = false; // a per-capita figure (元/人) is given where the population is known
  Order order = Order::descending;
  // The headline figures (model: proof paths) the value is made of: a value whose figures are
  // not all proven is shown as 未能核实 and not ranked.
  std::vector<std::string> figures = {};
};

const std::vector<Metric>& metric_table();
const Metric* find_metric(const std::string& key);

// value × 10000 / population: 元 per inhabitant from an amount in 万元, rounded to 0.01.
std::optional<double> per_capita_value(std::optional<double> amount_wan, std::optional<double> population);

}  // namespace budgetsite
