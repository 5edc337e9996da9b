// Stage 4 — validation: the data-quality audit of one disclosure (docs/checks.md).
// Takes: a Disclosure from the parser. Gives: the same disclosure with its `checks` extended by
// the sum, cross-table, bound, narrative and completeness checks. The parser's own checks
// (missing-table, unparsed) are kept and not repeated. Afterwards every check is ordered by
// line, then id; the result depends on nothing but the disclosure.
#pragma once

#include "model/disclosure.h"

namespace budgetsite {

void validate(Disclosure& disclosure);

}  // namespace budgetsite
