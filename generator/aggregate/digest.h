// Stage 5 input — what a comparison needs of one disclosure, and nothing more. Comparisons
// reduce over digests only; they never read tables or text again. A digest is a plain copy:
// its figures are the model's Summary exactly as the department page shows them.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "model/disclosure.h"

namespace budgetsite {

struct DisclosureDigest {
  std::string id;               // page id: the content file stem, "shanxi-liulin-2024-budget"
  Kind kind = Kind::budget;
  std::optional<int> year;
  Entity entity;                // name, region, department_type, scope
  Summary summary;
  std::set<std::string> unproven;  // figure paths read but not proven (model: proof)
  int errors = 0;               // checks of severity "error"
  int warnings = 0;             // checks of severity "warning"
};

DisclosureDigest digest(const Disclosure& d, const std::string& id);

}  // namespace budgetsite
