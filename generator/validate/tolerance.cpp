#include "validate/tolerance.h"

#include <algorithm>
#include <cmath>

#include "common/text.h"

namespace budgetsite {

double half_unit(int decimals) { return 0.5 * std::pow(10.0, -decimals); }

Verdict compare(double stated, double expected, double half_units) {
  double diff = std::fabs(stated - expected);
  if (diff < 0.0005) return Verdict::equal;
  return diff <= half_units + 1e-9 ? Verdict::rounding : Verdict::mismatch;
}

Verdict compare_percent(double stated, int decimals, double numerator, double numerator_half,
                        double denominator, double denominator_half) {
  if (denominator == 0) return Verdict::equal;  // nothing to recompute
  double half = half_unit(decimals);
  double nominal = 100.0 * numerator / denominator;
  if (std::fabs(nominal - stated) <= half + 1e-9) return Verdict::equal;
  double lo_d = denominator - denominator_half, hi_d = denominator + denominator_half;
  if (lo_d <= 0) return Verdict::rounding;
  double lo = 100.0 * (numerator - numerator_half) / hi_d;
  double hi = 100.0 * (numerator + numerator_half) / lo_d;
  if (stated + half + 1e-9 >= lo && stated - half - 1e-9 <= hi) return Verdict::rounding;
  return Verdict::mismatch;
}

std::string figure(double value, int decimals) { return format_fixed(value, decimals); }

std::string percent(double value, int decimals) { return format_fixed(value, decimals) + "%"; }

void report(std::vector<Check>& out, Verdict verdict, const Finding& f, const std::string& mismatch_severity) {
  if (verdict == Verdict::equal) return;
  Check c;
  c.id = verdict == Verdict::rounding ? "rounding" : f.id;
  c.severity = verdict == Verdict::rounding ? "info" : mismatch_severity;
  c.table = f.table;
  c.line = f.lines.empty() ? 0 : f.lines.front();
  c.lines = f.lines;
  std::sort(c.lines.begin(), c.lines.end());
  c.lines.erase(std::unique(c.lines.begin(), c.lines.end()), c.lines.end());
  c.lines.erase(std::remove(c.lines.begin(), c.lines.end(), 0), c.lines.end());
  c.expected = f.expected;
  c.actual = f.actual;
  c.wording = f.wording;
  if (verdict == Verdict::rounding) c.wording.push_back({"check.within_rounding"});
  out.push_back(std::move(c));
}

}  // namespace budgetsite
