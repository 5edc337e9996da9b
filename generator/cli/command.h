// A subcommand of `budgetsite`. Each command lives in its own file of cli/ and registers itself
// with a static CommandRegistration, so `budgetsite --help` always lists exactly the commands
// that exist. Commands return the process exit code (0 ok, 1 failure by policy, 2 bad usage or
// input) and print their own usage for `budgetsite COMMAND --help`.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace budgetsite::cli {

struct Command {
  std::string name;
  std::string synopsis;    // "check FILE... [--json] [--strict]"
  std::string summary;     // one line for the command list
  std::string usage;       // the full text of `budgetsite NAME --help`
  int order = 0;           // position in the command list
  std::function<int(const std::vector<std::string>& args)> run;
};

const std::vector<Command>& commands();

struct CommandRegistration {
  explicit CommandRegistration(Command command);
};

// True when args is exactly one of --help / -h (the caller then prints usage and returns 0).
bool asks_for_help(const std::vector<std::string>& args);

}  // namespace budgetsite::cli
