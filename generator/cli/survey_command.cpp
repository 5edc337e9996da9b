// `budgetsite survey FILE|DIR... [--json] [--jobs N]`: how well the reader does on many
// documents at once. One line per document (family, tables found, identities, headline figures
// proven / read / null, errors, time), then totals; documents parse in parallel.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli/command.h"
#include "common/parallel.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "model/proof.h"
#include "recognize/families.h"
#include "validate/validate.h"

namespace budgetsite::cli {
namespace {

const char* kSurveyUsage = R"(Usage: budgetsite survey FILE|DIR... [--json] [--jobs N]

Parses and audits every disclosure given (a DIR stands for its *.pdf and *.txt files, a .txt
beside a .pdf of the same name left out) and prints one line per document:
  family          the template family recognized (generic: none)
  tables          tables found / tables of the family's official set
  ident           proof rules holding / applied (docs/model.md, "proof")
  proven/read/null  the headline figures: income_total, expenditure_current, basic, project
                  and every 类 row of by_function
  err             checks of severity error
  ms              parse and audit time
then totals: documents read, failed, and for each headline figure the share of documents in
which it is proven; then every error, per document, with its line, page and message.
  --json     one JSON object: {"documents":[...],"totals":{...}}; each document lists its
             errors in "error_checks"
  --jobs N   parse N documents at once (default: one per processor)
Exit 0; 2 on bad usage. A document that cannot be read is listed with its reason.
)";

// The headline figures the survey counts (every 类 row besides).
const std::vector<std::string>& core_figures() {
  static const std::vector<std::string> f = {"income_total", "expenditure_current", "basic", "project"};
  return f;
}

struct DocumentResult {
  std::string file;
  std::string failure;
  std::string family;
  int tables_found = 0, tables_expected = 0;
  int rules_holding = 0, rules_applied = 0;
  int proven = 0, read = 0, null = 0;
  int classes = 0, classes_proven = 0;
  int errors = 0, warnings = 0;
  std::vector<Check> error_checks;          // every error, to be read by hand
  std::map<std::string, std::string> core;  // figure → proven | read | null
  double ms = 0;
};

DocumentResult survey_one(const std::string& file) {
  DocumentResult r;
  r.file = file;
  auto start = std::chrono::steady_clock::now();
  try {
    Disclosure d = parse_disclosure_file(file);
    validate(d);
    r.family = d.template_id;
    for (const auto& f : template_families())
      if (f.id == d.template_id) {
        r.tables_expected = static_cast<int>(f.tables.size());
        for (const auto& id : f.tables)
          if (const Table* t = d.table(id); t && t->present) ++r.tables_found;
      }
    if (!r.tables_expected)
      for (const auto& t : d.tables) r.tables_found += t.present;
    std::set<std::string> holding, applied;
    for (const auto& [path, fp] : d.proof) {
      for (const auto& s : fp.by) holding.insert(s.rule), applied.insert(s.rule);
      for (const auto& s : fp.against) applied.insert(s.rule);
    }
    r.rules_holding = static_cast<int>(holding.size());
    r.rules_applied = static_cast<int>(applied.size());
    auto status = [&](const std::string& path) -> std::string {
      auto it = d.proof.find(path);
      return it == d.proof.end() ? "null" : it->second.status;
    };
    for (const auto& f : core_figures()) r.core[f] = status(f);
    for (const auto& f : d.summary.by_function) {
      ++r.classes;
      r.classes_proven += status("by_function." + f.code) == "proven";
    }
    for (const auto& [path, value] : headline_figures(d.summary)) {
      std::string s = status(path);
      if (s == "proven") ++r.proven;
      else if (s == "read") ++r.read;
      else ++r.null;
    }
    for (const auto& c : d.checks) {
      r.errors += c.severity == "error";
      r.warnings += c.severity == "warning";
      if (c.severity == "error") r.error_checks.push_back(c);
    }
  } catch (const std::exception& e) {
    r.failure = e.what();
  }
  r.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return r;
}

std::vector<std::string> expand(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& a : args) {
    std::error_code ec;
    if (!fs::is_directory(a, ec)) {
      files.push_back(a);
      continue;
    }
    std::set<std::string> pdf_stems;
    std::vector<fs::path> found;
    for (const auto& e : fs::directory_iterator(a, ec)) {
      if (!e.is_regular_file()) continue;
      std::string ext = e.path().extension().string();
      if (ext == ".pdf") pdf_stems.insert(e.path().stem().string());
      if (ext == ".pdf" || ext == ".txt") found.push_back(e.path());
    }
    std::sort(found.begin(), found.end());
    for (const auto& p : found) {
      if (p.extension() == ".txt" && (pdf_stems.count(p.stem().string()) || p.filename() == "README.txt")) continue;
      files.push_back(p.string());
    }
  }
  return files;
}

std::string percent(int part, int whole) {
  if (whole == 0) return "–";
  std::ostringstream os;
  os << std::fixed << std::setprecision(1) << 100.0 * part / whole << "%";
  return os.str();
}

int run_survey(const std::vector<std::string>& args) {
  bool json = false;
  int jobs = 0;
  std::vector<std::string> inputs;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--json") json = true;
    else if (args[i] == "--jobs" && i + 1 < args.size()) {
      try {
        jobs = std::stoi(args[++i]);
      } catch (const std::exception&) {
        std::cerr << kSurveyUsage;
        return 2;
      }
    } else if (args[i].starts_with("-")) {
      std::cerr << kSurveyUsage;
      return 2;
    } else inputs.push_back(args[i]);
  }
  std::vector<std::string> files = expand(inputs);
  if (files.empty()) { std::cerr << kSurveyUsage; return 2; }

  auto start = std::chrono::steady_clock::now();
  std::vector<DocumentResult> results(files.size());
  parallel_for(files.size(), jobs, [&](size_t i) { results[i] = survey_one(files[i]); });
  double total_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  int read_ok = 0, failed = 0, errors = 0, with_errors = 0, warnings = 0;
  int docs_all_classes = 0, docs_with_classes = 0;
  std::map<std::string, int> proven_docs;
  int proven = 0, read = 0, null = 0;
  for (const auto& r : results) {
    if (!r.failure.empty()) { ++failed; continue; }
    ++read_ok;
    errors += r.errors;
    warnings += r.warnings;
    with_errors += r.errors > 0;
    proven += r.proven, read += r.read, null += r.null;
    for (const auto& [f, s] : r.core) proven_docs[f] += s == "proven";
    if (r.classes) {
      ++docs_with_classes;
      docs_all_classes += r.classes_proven == r.classes;
    }
  }
  proven_docs["by_function (every 类)"] = docs_all_classes;

  if (json) {
    Json out{{"documents", Json::array()}};
    for (const auto& r : results) {
      Json j{{"file", r.file}};
      if (!r.failure.empty()) j["failure"] = r.failure;
      else
        j.update(Json{{"family", r.family},
                      {"tables_found", r.tables_found},
                      {"tables_expected", r.tables_expected},
                      {"rules_holding", r.rules_holding},
                      {"rules_applied", r.rules_applied},
                      {"proven", r.proven},
                      {"read", r.read},
                      {"null", r.null},
                      {"classes", r.classes},
                      {"classes_proven", r.classes_proven},
                      {"core", r.core},
                      {"errors", r.errors},
                      {"warnings", r.warnings}});
      Json listed = Json::array();
      for (const auto& c : r.error_checks)
        listed.push_back({{"id", c.id}, {"line", c.line}, {"page", c.page}, {"message", c.message}});
      j["error_checks"] = listed;
      j["ms"] = r.ms;
      out["documents"].push_back(j);
    }
    Json shares = Json::object();
    for (const auto& [f, n] : proven_docs) shares[f] = n;
    out["totals"] = Json{{"documents", results.size()}, {"read", read_ok},     {"failed", failed},
                         {"proven", proven},            {"unproven", read},    {"null", null},
                         {"errors", errors},            {"documents_with_errors", with_errors},
                         {"warnings", warnings},        {"proven_documents", shares},
                         {"documents_with_classes", docs_with_classes}, {"seconds", total_s}};
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << "file\tfamily\ttables\tident\tproven/read/null\tincome,expend,basic,project\t类\terr\tms\n";
  for (const auto& r : results) {
    std::string name = std::filesystem::path(r.file).filename().string();
    if (!r.failure.empty()) {
      std::cout << name << "\tFAILED: " << r.failure << "\n";
      continue;
    }
    std::string core;
    for (const auto& f : core_figures()) {
      const std::string& s = r.core.at(f);
      core += s == "proven" ? "P" : s == "read" ? "r" : "-";
    }
    std::cout << name << "\t" << r.family << "\t" << r.tables_found << "/" << r.tables_expected << "\t"
              << r.rules_holding << "/" << r.rules_applied << "\t" << r.proven << "/" << r.read << "/" << r.null
              << "\t" << core << "\t" << r.classes_proven << "/" << r.classes << "\t" << r.errors << "\t"
              << std::fixed << std::setprecision(0) << r.ms << "\n";
  }
  std::cout << "\n" << results.size() << " documents: " << read_ok << " read, " << failed << " not read; "
            << errors << " errors in " << with_errors << " documents, " << warnings << " warnings\n";
  std::cout << "headline figures: " << proven << " proven, " << read << " read but not proven, " << null << " null\n";
  std::cout << "documents in which the figure is proven (of " << read_ok << " read):\n";
  for (const auto& f : core_figures())
    std::cout << "  " << f << "\t" << proven_docs[f] << "\t" << percent(proven_docs[f], read_ok) << "\n";
  std::cout << "  every 类 row\t" << docs_all_classes << "\t" << percent(docs_all_classes, read_ok) << " (" << docs_with_classes
            << " documents have 类 rows)\n";
  std::cout << "time: " << std::fixed << std::setprecision(1) << total_s << " s\n";
  if (errors > 0) {
    std::cout << "\nerrors, per document (each to be read by hand: a real problem of the document, or a misreading):\n";
    for (const auto& r : results) {
      if (r.error_checks.empty()) continue;
      std::cout << std::filesystem::path(r.file).filename().string() << "\n";
      for (const auto& c : r.error_checks)
        std::cout << "  line " << c.line << (c.page ? " (page " + std::to_string(c.page) + ")" : std::string()) << "\t"
                  << c.id << "\t" << c.message << "\n";
    }
  }
  return 0;
}

const CommandRegistration survey_command({"survey", "survey FILE|DIR... [--json] [--jobs N]",
                                          "How well the reader does on many documents: tables, proofs, errors.",
                                          kSurveyUsage, 35, run_survey});

}  // namespace
}  // namespace budgetsite::cli
