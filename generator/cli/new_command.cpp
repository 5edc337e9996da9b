// `budgetsite new DIR`: a working site folder, copied from budgetsite's starter site (starter/ in
// the source tree, share/budgetsite/starter once installed): site-config.yaml with comments,
// content/disclosures/ with a README on naming files and sidecars, content/pages/about.md, and
// a GitHub Pages workflow that installs budgetsite instead of compiling it.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "common/files.h"
#include "site/theme.h"

namespace budgetsite::cli {
namespace {

namespace fs = std::filesystem;

const char* kNewUsage = R"(Usage: budgetsite new DIR

Makes DIR a new site: site-config.yaml (commented), content/disclosures/ (put the published PDFs
there; its README says how to name them), content/pages/about.md, .gitignore and a GitHub Pages
workflow (.github/workflows/pages.yml). `budgetsite build` in DIR then works at once; the theme
and templates come from budgetsite itself, and a file of the same path in DIR overrides them.
DIR must not exist, or be empty: nothing is ever overwritten.
Exit 0; 2 on bad usage, a DIR that holds files, or no starter site found.
)";

int run_new(const std::vector<std::string>& args) {
  if (args.size() != 1 || args[0].empty() || args[0][0] == '-') {
    std::cerr << kNewUsage;
    return 2;
  }
  const fs::path dir = args[0];
  std::error_code ec;
  if (fs::exists(fs::symlink_status(dir, ec))) {
    if (!fs::is_directory(dir, ec) || fs::directory_iterator(dir, ec) != fs::directory_iterator()) {
      std::cerr << "budgetsite: " << printable_path(dir) << " exists and is not an empty folder: nothing was written "
                << "(choose a new folder)\n";
      return 2;
    }
  }
  fs::path starter;
  for (const auto& root : shared_roots())
    if (fs::is_directory(root / "starter", ec)) {
      starter = root / "starter";
      break;
    }
  if (starter.empty()) {
    std::cerr << "budgetsite: no starter site found (looked in $BUDGETSITE_SHARE, the installed share/budgetsite and "
                 "the source tree); reinstall budgetsite\n";
    return 2;
  }
  fs::create_directories(dir, ec);
  fs::copy(starter, dir, fs::copy_options::recursive, ec);
  if (ec) {
    std::cerr << "budgetsite: cannot write " << printable_path(dir) << ": " << ec.message() << "\n";
    return 2;
  }
  // The Pages workflow installs this version of budgetsite.
  const fs::path workflow = dir / ".github/workflows/pages.yml";
  if (std::ifstream in{workflow}) {
    std::stringstream text;
    text << in.rdbuf();
    in.close();
    std::string bytes = text.str();
    for (size_t at; (at = bytes.find("@BUDGETSITE_VERSION@")) != std::string::npos;)
      bytes.replace(at, 20, BUDGETSITE_VERSION);
    std::ofstream(workflow, std::ios::trunc) << bytes;
  }
  std::cout << "budgetsite: a new site in " << dir.string() << "\n"
            << "  1. put the published PDFs in " << (dir / "content" / "disclosures").string() << "/\n"
            << "  2. cd " << dir.string() << " && budgetsite serve   # see it at http://127.0.0.1:8000/ as you edit\n"
            << "  3. budgetsite build   # the site in public/, for any static host (the Pages workflow does it on every push)\n";
  return 0;
}

const CommandRegistration new_command({"new", "new DIR", "Make a new site folder: configuration, content, Pages workflow.",
                                       kNewUsage, 5, run_new});

}  // namespace
}  // namespace budgetsite::cli
