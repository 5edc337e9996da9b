// Nothing is lost: every non-zero number printed inside a recognized table's lines lands in
// the model (as a value, a code, a 行次 or 栏次), or is named by an `unparsed` check.
// The source side is counted here independently of the parser: every tab- or space-separated
// token of the table's lines that is a number, or starts with a decimal glued to text.
#include <gtest/gtest.h>

#include "common/text.h"
#include "model/parse.h"
#include "recognize/rows.h"
#include "test_support.h"

using namespace budgetsite;

namespace {

int count_source_numbers(const SourceText& text, int begin, int end) {
  int count = 0;
  for (int i = begin; i <= end; ++i) {
    std::string line = text.line(i);
    for (auto& piece : split(line, '\t')) {
      // U+3000 separates like a space.
      std::string spaced;
      for (size_t k = 0; k < piece.size(); ++k) {
        if (piece.compare(k, 3, "\xE3\x80\x80") == 0) { spaced += ' '; k += 2; }
        else spaced += piece[k];
      }
      for (const auto& token : split(spaced, ' ')) {
        if (token.empty()) continue;
        if (auto v = parse_number(token)) { count += *v != 0; continue; }
        if (size_t n = glued_number_length(token)) count += *parse_number(token.substr(0, n)) != 0;
      }
    }
  }
  return count;
}

int count_model_numbers(const Disclosure& d, const Table& t) {
  int count = 0;
  for (const auto& row : t.rows) {
    for (const auto& v : row.values) count += v && *v != 0;
    // A two-sided table's 类 code is derived from the row's name, not printed.
    bool derived_code = t.id == "overview" || t.id == "fiscal_overview";
    if (!row.code.empty() && !derived_code) ++count;
    count += row.row_number.has_value() && *row.row_number != 0;
  }
  for (const auto& c : t.columns) count += c.column_number.has_value();
  count += static_cast<int>(t.label_column_numbers.size());
  for (const auto& c : d.checks) count += c.id == "unparsed" && c.table == t.id;
  return count;
}

}  // namespace

TEST(Completeness, EveryNumberOfEveryTableLandsInTheModel) {
  for (const char* seed : {"shanxi-liulin-2024-budget", "shanxi-fenyang-2024-budget", "shanxi-xiangyuan-2023-final",
                           "shanxi-shuocheng-2024-final", "shanxi-datong-2024-budget"}) {
    SourceText text = ingest_file(source_path(std::string("content/disclosures/") + seed + ".txt"));
    Disclosure d = build_disclosure(text);
    for (const auto& t : d.tables) {
      if (!t.present || t.line == 0) continue;
      int source = count_source_numbers(text, t.line + 1, t.end_line);
      EXPECT_EQ(count_model_numbers(d, t), source) << seed << " table " << t.id << " lines " << t.line << "-" << t.end_line;
    }
  }
}
