#include "validate/validate.h"

#include <algorithm>

#include "validate/checks.h"

namespace budgetsite {

void validate(Disclosure& d) {
  std::vector<Check> found;
  if (d.template_id.rfind("shanxi", 0) == 0) {
    check_completeness(d, found);
    check_tables(d, found);
    check_across_tables(d, found);
    check_narrative(d, found);
  } else {
    check_layout_tables(d, found);
  }
  d.checks.insert(d.checks.end(), found.begin(), found.end());
  std::stable_sort(d.checks.begin(), d.checks.end(), [](const Check& a, const Check& b) {
    if (a.line != b.line) return a.line < b.line;
    return a.id < b.id;
  });
}

}  // namespace budgetsite
