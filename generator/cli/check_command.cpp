// `budgetsite check FILE... [--json] [--strict]`: the data-quality report of each file.
#include <iostream>
#include <map>

#include "cli/command.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "validate/validate.h"

namespace budgetsite::cli {
namespace {

const char* kCheckUsage = R"(Usage: budgetsite check FILE... [--json] [--strict]

Parses and audits each FILE (a published PDF or its text) and prints its data-quality report:
every check (docs/checks.md) with its severity, line(s) and page, and the expected and actual
figures, grouped per file with counts by severity.
  --json     print {"files":[{"file","entity","kind","year","checks":[...]}]} instead
  --strict   exit 1 when any check of severity error fired
Exit 0; 1 with --strict and an error; 2 when a FILE is unreadable or not a disclosure (the
other files are still reported) or on bad usage.
)";

const char* severity_label(const std::string& s) {
  return s == "error" ? "错误" : s == "warning" ? "警告" : "提示";
}

void print_text(const Disclosure& d, std::ostream& os) {
  std::map<std::string, int> counts;
  for (const auto& c : d.checks) ++counts[c.severity];
  os << "== " << d.source.file << "（" << d.entity.name << " " << (d.year ? std::to_string(*d.year) : "?")
     << "年" << (d.kind == Kind::budget ? "预算" : "决算") << "）\n";
  os << "   错误 " << counts["error"] << "，警告 " << counts["warning"] << "，提示 " << counts["info"] << "\n";
  for (const auto& c : d.checks) {
    os << "   [" << severity_label(c.severity) << "] " << c.id;
    if (c.line) os << " 第" << c.line << "行";
    if (c.page) os << "（第" << c.page << "页）";
    os << "：" << c.message << "\n";
  }
}

int run_check(const std::vector<std::string>& args) {
  bool json = false, strict = false;
  std::vector<std::string> files;
  for (const auto& a : args) {
    if (a == "--json") json = true;
    else if (a == "--strict") strict = true;
    else if (a.starts_with("-")) { std::cerr << kCheckUsage; return 2; }
    else files.push_back(a);
  }
  if (files.empty()) { std::cerr << kCheckUsage; return 2; }
  bool bad_file = false, any_error = false;
  Json report{{"files", Json::array()}};
  for (const auto& file : files) {
    Disclosure d;
    try {
      d = parse_disclosure_file(file);
    } catch (const InputError& e) {
      std::cerr << "budgetsite: " << e.what() << "\n";
      bad_file = true;
      continue;
    }
    validate(d);
    for (const auto& c : d.checks) any_error = any_error || c.severity == "error";
    if (json) {
      Json checks = Json::array();
      for (const auto& c : d.checks) checks.push_back(to_json(c));
      report["files"].push_back(Json{{"file", d.source.file}, {"entity", d.entity.name}, {"kind", kind_id(d.kind)},
                                     {"year", d.year ? Json(*d.year) : Json(nullptr)}, {"checks", checks}});
    } else {
      print_text(d, std::cout);
    }
  }
  if (json) std::cout << report.dump(2) << "\n";
  if (bad_file) return 2;
  return strict && any_error ? 1 : 0;
}

const CommandRegistration check_command({"check", "check FILE... [--json] [--strict]",
                                         "Audit disclosures: sums, cross-table figures, prose (docs/checks.md).",
                                         kCheckUsage, 30, run_check});

}  // namespace
}  // namespace budgetsite::cli
