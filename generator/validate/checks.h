// The families of checks the validation stage runs; validate() calls each in turn.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/disclosure.h"
#include "validate/rules.h"

namespace budgetsite {

// Within each table: column sums, hierarchy sums, label sums, two-sided totals (rules.h).
void check_tables(const Disclosure& d, std::vector<Check>& out);
// Across tables: CrossRule and ClassRule.
void check_across_tables(const Disclosure& d, std::vector<Check>& out);
// The 情况说明 against itself and the tables.
void check_narrative(const Disclosure& d, std::vector<Check>& out);
// The sections the 目录 of the document's template family requires.
void check_completeness(const Disclosure& d, std::vector<Check>& out);
// Tables printed empty with no word why, in the table or in the statement (empty_table_rules).
void check_empty_tables(const Disclosure& d, std::vector<Check>& out);

// A resolved Term: its value and the row lines it came from; nullopt when the table is
// absent or the row is not there.
struct TermValue {
  double value = 0;
  int parts = 0;           // printed figures summed
  std::vector<int> lines;
};
std::optional<TermValue> resolve(const Disclosure& d, const Term& term);

// Table title for messages: "2024年预算支出总表" or the catalog title.
std::string table_title(const Disclosure& d, const std::string& id);
double cell(const Table& t, const Row& r, int column);  // null → 0

}  // namespace budgetsite
