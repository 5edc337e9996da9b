#include "aggregate/digest.h"

namespace budgetsite {

DisclosureDigest digest(const Disclosure& d, const std::string& id) {
  DisclosureDigest g;
  g.id = id;
  g.kind = d.kind;
  g.year = d.year;
  g.entity = d.entity;
  g.summary = d.summary;
  for (const auto& [path, proof] : d.proof)
    if (proof.status != "proven") g.unproven.insert(path);
  for (const auto& c : d.checks) {
    if (c.severity == "error") ++g.errors;
    else if (c.severity == "warning") ++g.warnings;
  }
  return g;
}

}  // namespace budgetsite
