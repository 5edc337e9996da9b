// `budgetsite parse FILE` and the `rows` diagnostic.
#include <algorithm>
#include <iostream>

#include "cli/command.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "recognize/cell_text.h"
#include "recognize/layout.h"
#include "recognize/layout_map.h"
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

Diagnostic for parser work: prints the lines of one table of FILE (table ids in docs/model.md)
as the reader sees them: each token with its first column, figures marked #, blanks marked -.
A cell export (tab- or single-space-separated) is shown laid out on its cell grid.
)";

int run_rows(const std::vector<std::string>& args) {
  if (args.size() != 2) { std::cerr << kRowsUsage; return 2; }
  try {
    SourceText text = lay_out_cells(ingest_file(args[0]));
    bool known = false;
    Kind kind = layout_kind(text, &known);
    for (const auto& region : find_layout_tables(text, kind)) {
      if (region.id != args[1]) continue;
      std::cout << "title " << region.title_line << " body " << region.begin << "-" << region.end << " unit "
                << region.unit << "\n";
      for (int i = region.begin; i <= region.end; ++i) {
        auto tokens = layout_tokens(text.line(i));
        if (tokens.empty()) continue;
        std::cout << i << " |";
        for (const auto& t : tokens)
          std::cout << (t.kind == TokenKind::amount ? "#" : t.kind == TokenKind::blank ? "-" : "") << t.text << "@"
                    << t.begin << "|";
        std::cout << "\n";
      }
      return 0;
    }
    std::cerr << "budgetsite: " << args[0] << ": no table '" << args[1] << "' found\n";
    return 2;
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
