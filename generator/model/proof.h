// Proof of the headline figures by the document's own arithmetic. Takes: a Disclosure with its
// tables, sections and summary. Gives: Disclosure::proof, one FigureProof per headline figure
// that was read (every summary key, every by_function 类 total).
//
// The rules are data (proof_rules.cpp), of two kinds:
// - a reading: another place the figure is printed (a row of another table, the other side of
//   the 收支总表, a sentence of the prose). It confirms the figure when it prints the same
//   amount in another cell; a `must_equal` reading that prints another amount contradicts it.
// - a sum: a total equal to its parts (basic + project = 本年支出; the 类 rows sum to it; the
//   “三公” parts sum to their total). When every term was read, from distinct cells, and the sum
//   holds to the rounding of its terms, it confirms every term; a `must_hold` sum that fails
//   contradicts every term.
// Invariants: a figure is proven only by a comparison of two different cells of the source (a
// cell never confirms itself); a contradicted figure is never proven; a null figure has no proof.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/disclosure.h"

namespace budgetsite {

enum class ReadingKind {
  side,        // the row of `table`'s `side` named by the headline labels of `key`, in the side's figure column
  total,       // the total row of `table`, column `key`
  prose,       // the amount the prose states right after one of `phrases`
  class_row,   // the row of `table` coded as the 类, column `key` ("" = the table's first figure column)
  class_side,  // the row of `table`'s `side` that names the 类 (收支总表 expenditure side)
  item,        // a “三公” item of `table`: its column `key` in any row, or a row named by `phrases`
};

struct ReadingRule {
  std::string figure;  // a figure path; "by_function.*" for every 类
  std::string id;      // rule id, as the proof names it
  ReadingKind kind;
  std::string table, side, key;
  std::vector<std::string> phrases = {};  // prose only
  bool must_equal = false;
};
// In order: the first reading that prints the summary's figure is taken for its source cell.
const std::vector<ReadingRule>& reading_rules();

struct SumRule {
  std::string id;
  std::string total;               // a figure path ("by_function.*" for each 类)
  std::vector<std::string> parts;  // figure paths; "by_function.*" alone is the sum of every 类
  bool must_hold = false;
  // The parts are all read from one column of one table (the 类 rows): their sum equalling the
  // total proves the digits, not that the column is the right one. Such a rule confirms only
  // when its total is confirmed by another rule first.
  bool anchored = false;
};
const std::vector<SumRule>& sum_rules();

// Every headline figure path of a summary with its value (null ones included).
std::vector<std::pair<std::string, Amount>> headline_figures(const Summary& s);

std::map<std::string, FigureProof> prove(const Disclosure& d);

// Whether d.proof says the figure at `path` is proven (false for a null or unproven figure).
bool is_proven(const Disclosure& d, const std::string& path);

}  // namespace budgetsite
