// How far two printed figures may differ before the difference is more than rounding.
// Every figure printed with d decimals carries up to half a unit of its last digit
// (0.005 at 2 decimals). A sum of n printed parts compared with a printed total can therefore
// be off by the half-units of the n parts plus that of the total; nothing beyond that.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/disclosure.h"

namespace budgetsite {

// Half a unit of the last printed digit: 0.005 for 2 decimals.
double half_unit(int decimals);

// The outcome of comparing a stated figure with what it should be.
enum class Verdict { equal, rounding, mismatch };

// stated vs expected, where `half_units` is the sum of the half-units of every printed figure
// involved (the stated one included). Equal when they agree to the cent.
Verdict compare(double stated, double expected, double half_units);

// A stated percentage (printed with `decimals` decimals) against numerator / denominator,
// each printed with its own half-unit. Equal when the nominal ratio rounds to the stated
// figure; rounding when some inputs within their rounding give a ratio that does.
Verdict compare_percent(double stated, int decimals, double numerator, double numerator_half,
                        double denominator, double denominator_half);

// Two decimals, with thousands left out ("17944.67").
std::string figure(double value, int decimals = 2);
std::string percent(double value, int decimals = 2);

// Appends a check; severity follows the verdict (rounding → info "rounding", mismatch → error).
struct Finding {
  std::string id;       // id used for a mismatch (sum-mismatch, cross-table-mismatch, …)
  std::string table;
  std::vector<int> lines;
  double expected = 0, actual = 0;
  std::vector<Wording> wording;  // names table, lines and both figures (check.* of i18n/*.yaml)
};
void report(std::vector<Check>& out, Verdict verdict, const Finding& finding,
            const std::string& mismatch_severity = "error");

}  // namespace budgetsite
