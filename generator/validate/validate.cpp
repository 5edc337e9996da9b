#include "validate/validate.h"

#include <algorithm>
#include <map>

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
  // Each finding names the page of its line, where a row of that line has one.
  std::map<int, int> page_of_line;
  for (const auto& t : d.tables) {
    if (t.page) page_of_line.emplace(t.line, t.page);
    for (const auto& r : t.rows)
      if (r.page) page_of_line.emplace(r.line, r.page);
  }
  for (auto& c : found)
    if (!c.page && c.line)
      if (auto it = page_of_line.find(c.line); it != page_of_line.end()) c.page = it->second;
  d.checks.insert(d.checks.end(), found.begin(), found.end());
  std::stable_sort(d.checks.begin(), d.checks.end(), [](const Check& a, const Check& b) {
    if (a.line != b.line) return a.line < b.line;
    return a.id < b.id;
  });
}

}  // namespace budgetsite
