// The command line: dispatches to the registered commands (see command.h).
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "ingest/pdf_text.h"

namespace budgetsite::cli {

namespace {
std::vector<Command>& registry() {
  static std::vector<Command> all;
  return all;
}
}  // namespace

const std::vector<Command>& commands() { return registry(); }

CommandRegistration::CommandRegistration(Command command) {
  auto& all = registry();
  all.push_back(std::move(command));
  std::sort(all.begin(), all.end(), [](const Command& a, const Command& b) { return a.order < b.order; });
}

bool asks_for_help(const std::vector<std::string>& args) {
  return args.size() == 1 && (args[0] == "--help" || args[0] == "-h");
}

}  // namespace budgetsite::cli

namespace {

void print_usage(std::ostream& out) {
  using budgetsite::cli::commands;
  out << "budgetsite — publish Chinese government budget (预算公开) and final-account (决算公开)\n"
         "disclosures as a static website.\n\nUsage:\n";
  for (const auto& c : commands()) out << "  budgetsite " << c.synopsis << "\n";
  out << "  budgetsite --help | COMMAND --help | --version\n\nCommands:\n";
  std::size_t width = 0;
  for (const auto& c : commands()) width = std::max(width, c.name.size());
  for (const auto& c : commands())
    out << "  " << c.name << std::string(width - c.name.size() + 2, ' ') << c.summary << "\n";
  out << "\nExit codes: 0 success; 1 failure by policy (--strict, or nothing usable built);\n"
         "2 bad usage, bad configuration, or an input that is unreadable or not a disclosure.\n"
         "Documentation: README.md and docs/ in the source tree.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) { print_usage(std::cerr); return 2; }
  const std::string name = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (name == "--help" || name == "-h" || name == "help") { print_usage(std::cout); return 0; }
  if (name == "--version") { std::cout << "budgetsite " << BUDGETSITE_VERSION << "\n"; return 0; }
  // The PDF reader that this program runs in a child process, bounded in time and memory.
  if (name == "__pdf-text") return budgetsite::pdf_text_helper_main(rest);
  budgetsite::set_pdf_helper("/proc/self/exe", budgetsite::PdfLimits{});
  for (const auto& command : budgetsite::cli::commands()) {
    if (command.name != name) continue;
    if (budgetsite::cli::asks_for_help(rest)) { std::cout << command.usage; return 0; }
    return command.run(rest);
  }
  std::cerr << "budgetsite: unknown command '" << name << "'\n\n";
  print_usage(std::cerr);
  return 2;
}
