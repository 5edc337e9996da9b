// Stage 7 — number and date formatting for pages, done once here so templates only lay out text.
// Amounts are in 万元 as the model keeps them; every function is pure and locale-independent
// (output is the same on every machine).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace budgetsite {

// A unit as the interface names it (catalog unit.*): 万元, 元, 亿元, 辆; any other as printed.
std::string unit_name(const std::string& printed);
// "17,944.67" — thousands separators, fixed decimals; "—" for no figure.
std::string format_amount(std::optional<double> amount, int decimals = 2);
// Picks the reading unit: below 10,000 万元 → {"17,944.67", "万元"}; from there → {"1.79", "亿元"}.
struct ReadableAmount {
  std::string number;
  std::string unit;
};
ReadableAmount readable_amount(std::optional<double> amount_wan);
// "42.3%" — one decimal by default; "—" for no figure.
std::string format_percent(std::optional<double> percent, int decimals = 1);
// part / whole × 100, or nullopt when either is absent or whole is 0.
std::optional<double> share_percent(std::optional<double> part, std::optional<double> whole);

}  // namespace budgetsite
