#include "render/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "render/i18n.h"

namespace budgetsite {

namespace {
std::string group_thousands(const std::string& fixed) {
  const bool negative = !fixed.empty() && fixed[0] == '-';
  const std::string digits = negative ? fixed.substr(1) : fixed;
  const auto point = digits.find('.');
  const std::string whole = digits.substr(0, point);
  const std::string fraction = point == std::string::npos ? "" : digits.substr(point);
  std::string grouped;
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  return (negative ? "-" : "") + grouped + fraction;
}

std::string fixed(double value, int decimals) {
  char buffer[64];
  // Round half away from zero at the requested precision, as the documents do.
  const double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale + (value >= 0 ? 1e-9 : -1e-9)) / scale;
  if (rounded == 0) rounded = 0;  // no "-0.00"
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, rounded);
  return buffer;
}
}  // namespace

std::string unit_name(const std::string& printed) {
  static const std::pair<const char*, const char*> known[] = {
      {"万元", "unit.wan_yuan"}, {"元", "unit.yuan"}, {"亿元", "unit.yi_yuan"}, {"辆", "unit.vehicles"}};
  for (const auto& [unit, key] : known)
    if (printed == unit) return words().text(key);
  return printed;
}

std::string format_amount(std::optional<double> amount, int decimals) {
  if (!amount) return "—";
  return group_thousands(fixed(*amount, decimals));
}

ReadableAmount readable_amount(std::optional<double> amount_wan) {
  if (!amount_wan) return {"—", ""};
  if (std::fabs(*amount_wan) >= 10000) return {format_amount(*amount_wan / 10000, 2), unit_name("亿元")};
  return {format_amount(*amount_wan, 2), unit_name("万元")};
}

std::string format_percent(std::optional<double> percent, int decimals) {
  if (!percent) return "—";
  return fixed(*percent, decimals) + "%";
}

std::optional<double> share_percent(std::optional<double> part, std::optional<double> whole) {
  if (!part || !whole || *whole == 0) return std::nullopt;
  return *part / *whole * 100.0;
}

}  // namespace budgetsite
