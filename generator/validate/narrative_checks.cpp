#include "validate/checks.h"
namespace budgetsite {
void check_narrative(const Disclosure& d, std::vector<Check>& out) {}
}  // namespace budgetsite
