// `budgetsite parse FILE` and the `rows` diagnostic.
#include <algorithm>
#include <iostream>

#include "cli/command.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "recognize/rows.h"
#include "site/fill_cache.h"

namespace budgetsite::cli {
namespace {

const char* kParseUsage = R"(Usage: budgetsite parse FILE
       budgetsite parse --cache DIR [--config FILE] [--content DIR] [--jobs N] [--quiet] FILE…

Prints the disclosure model of FILE as JSON on stdout (docs/model.md). FILE is the published
PDF (read through its text layer) or text extracted from it (UTF-8 with or without BOM, or
GB18030; LF or CRLF), from any region's template (docs/templates-of-disclosures.md). Missing
tables and unreadable cells are reported in the model's "checks".
Exit 0 when parsed; 2 with one line on stderr when FILE is unreadable, not a disclosure, a scan
without a text layer, or a PDF locked by a user password.

With --cache, nothing is printed: each FILE (a disclosure's text or PDF in the content folder)
is parsed into the build cache DIR, as `budgetsite build --cache DIR` would, so that many
processes or machines can share the parse of a large site (docs/scaling.md). The
configuration must be the one the build uses (its fingerprint is part of every key). Files
whose entries are already there are skipped. Exit 0 when every FILE's entry is in the cache;
1 when some could not be parsed (each named on stderr); 2 bad usage or configuration.
)";

int run_fill_cache(const std::vector<std::string>& args) {
  BuildOptions options;
  std::vector<std::filesystem::path> files;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    if (a == "--cache" && has_value) options.cache_dir = args[++i];
    else if (a == "--config" && has_value) options.config = args[++i];
    else if (a == "--content" && has_value) options.content_dir = args[++i];
    else if (a == "--quiet") options.quiet = true;
    else if (a == "--jobs" && has_value) {
      try { options.jobs = std::stoi(args[++i]); } catch (...) { options.jobs = -1; }
      if (options.jobs < 1) { std::cerr << "budgetsite: --jobs expects a positive number\n"; return 2; }
    } else if (a.starts_with("-")) {
      std::cerr << "budgetsite: parse: unexpected argument '" << a << "'\n\n" << kParseUsage;
      return 2;
    } else {
      files.push_back(a);
    }
  }
  if (!options.cache_dir || files.empty()) { std::cerr << kParseUsage; return 2; }
  return fill_cache(options, files, std::cerr).exit_code;
}

int run_parse(const std::vector<std::string>& args) {
  if (std::find(args.begin(), args.end(), "--cache") != args.end()) return run_fill_cache(args);
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

const char* kRowsUsage = R"(Usage: budgetsite rows FILE TABLE_ID

Diagnostic for parser work: prints the logical rows and cells the recognizer sees in one
table of FILE (table ids in docs/model.md). T marks a tab-separated line, S a space layout.
)";

int run_rows(const std::vector<std::string>& args) {
  if (args.size() != 2) { std::cerr << kRowsUsage; return 2; }
  try {
    SourceText text = ingest_file(args[0]);
    DocumentMap map = map_document(text);
    const TableRegion* region = map.table(args[1]);
    if (!region) {
      std::cerr << "budgetsite: " << args[0] << ": no table '" << args[1] << "' found\n";
      return 2;
    }
    std::cout << "title " << region->title_line << " body " << region->body_begin << "-" << region->body_end << "\n";
    for (const auto& row : table_rows(text, *region)) {
      std::cout << row.line << (row.positional ? " T" : " S") << row.indent << " |";
      for (const auto& c : row.cells) std::cout << c.text << "|";
      std::cout << "\n";
    }
    return 0;
  } catch (const InputError& e) {
    std::cerr << "budgetsite: " << e.what() << "\n";
    return 2;
  }
}

const CommandRegistration parse_command({"parse", "parse FILE | parse --cache DIR FILE…",
                                         "Print the disclosure model of one file as JSON (docs/model.md).",
                                         kParseUsage, 20, run_parse});
const CommandRegistration rows_command({"rows", "rows FILE TABLE_ID",
                                        "Diagnostic: print the cells the recognizer sees in one table.",
                                        kRowsUsage, 90, run_rows});

}  // namespace
}  // namespace budgetsite::cli
