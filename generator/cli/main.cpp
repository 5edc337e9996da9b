// The command line: parse, check and build (see `budgetsite --help`).
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "model/model_json.h"
#include "recognize/rows.h"
#include "model/parse.h"

using namespace budgetsite;

namespace {

const char* kUsage = R"(budgetsite — publish Chinese government budget (预算公开) and final-account
(决算公开) disclosures as a static website.

Usage:
  budgetsite parse FILE
  budgetsite rows FILE TABLE_ID
  budgetsite --help | COMMAND --help | --version

Commands:
  parse   Print the disclosure model of one file as JSON (docs/model.md).
  rows    Diagnostic: print the cells the recognizer sees in one table (ids in docs/model.md).

Not yet available: `build` (the site) and `check` (the data-quality report).

Exit codes: 0 success; 2 bad usage, or an input that is unreadable or not a disclosure.
)";

const char* kParseUsage = R"(Usage: budgetsite parse FILE

Prints the disclosure model of FILE (UTF-8 with or without BOM, or GB18030; LF or CRLF) as
JSON on stdout. Missing tables and unreadable cells are reported in the model's "checks".
Exit 0 when parsed; 2 with one line on stderr when FILE is unreadable or not a disclosure.
)";

int run_parse(const std::vector<std::string>& args) {
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) { std::cout << kParseUsage; return 0; }
  if (args.size() != 1 || args[0].starts_with("-")) { std::cerr << kParseUsage; return 2; }
  try {
    Disclosure d = parse_disclosure_file(args[0]);
    std::cout << to_json(d).dump(2) << "\n";
    return 0;
  } catch (const InputError& e) {
    std::cerr << "budgetsite: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) { std::cerr << kUsage; return 2; }
  const std::string command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--help" || command == "-h" || command == "help") { std::cout << kUsage; return 0; }
  if (command == "--version") { std::cout << "budgetsite " << BUDGETSITE_VERSION << "\n"; return 0; }
  if (command == "parse") return run_parse(rest);
  if (command == "rows" && rest.size() == 2) try {
    // Diagnostic: the logical rows the recognizer sees in one table (for parser work).
    SourceText text = ingest_file(rest[0]);
    DocumentMap map = map_document(text);
    if (const TableRegion* region = map.table(rest[1])) {
      std::cout << "title " << region->title_line << " body " << region->body_begin << "-" << region->body_end << "\n";
      for (const auto& row : table_rows(text, *region)) {
        std::cout << row.line << (row.positional ? " T" : " S") << row.indent << " |";
        for (const auto& c : row.cells) std::cout << c.text << "|";
        std::cout << "\n";
      }
      return 0;
    }
    std::cerr << "budgetsite: " << rest[0] << ": no table '" << rest[1] << "' found\n";
    return 2;
  } catch (const InputError& e) {
    std::cerr << "budgetsite: " << e.what() << "\n";
    return 2;
  }
  std::cerr << "budgetsite: unknown command '" << command << "'\n\n" << kUsage;
  return 2;
}
