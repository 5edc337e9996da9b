// `budgetsite build`: the whole site (site/build.h).
#include <iostream>

#include "cli/command.h"
#include "site/build.h"

namespace budgetsite::cli {
namespace {

const char* kBuildUsage = R"(Usage: budgetsite build [--config FILE] [--content DIR] [--out DIR] [--base-url URL]
                        [--jobs N] [--strict] [--quiet] [--timings] [--verbose]
                        [--cache DIR | --no-cache] [--clean]

Builds the static site: one page per disclosure (figures, charts, every table, projects and
performance forms, narrative, data-quality checks, downloads), department and region pages,
comparisons, Markdown content pages, search, sitemap.xml, feed.xml, 404.html.

  --config FILE   site configuration (default site-config.yaml); templates/, themes/ and
                  static/ are found next to it (docs/configuration.md)
  --content DIR   content folder (default: the config's content_dir, content/)
  --out DIR       output folder (default: the config's output_dir, public/); written into a
                  fresh folder and swapped in only when the build succeeded
  --base-url URL  the address the site is published at (overrides base_url; used for
                  canonical links, sitemap.xml and the feed)
  --jobs N        parallel tasks (default: one per processor)
  --strict        exit 1 when any data-quality check of severity error fired
  --quiet         print only problems (no progress line)
  --cache DIR     the build cache (default .budgetsite-cache/ beside the configuration): each
                  disclosure's parsed model, keyed by the sha256 of its input files, the
                  generator and the configuration; a rebuild parses only changed inputs and
                  renders only pages whose inputs changed, keeping every other file as it is
                  (same bytes, same modification time). Entries from `budgetsite parse --cache`
                  are used the same way. The output equals a clean build's byte for byte.
  --clean         read nothing from the cache: parse and render everything (the cache is
                  filled anew)
  --no-cache      neither read nor write a cache
  --timings       print the time, resident memory and heap in use of each phase at the end
                  (load content, parse and validate, digest and compare, link departments, plan
                  pages, render, search/feeds/assets, write, check links, swap in, record the
                  site in the cache)
  --verbose       print each phase's line as the phase ends

While it runs, a terminal shows one line of progress (phase, done/total, rate, time left);
a pipe or CI gets a plain line at each tenth of a long phase.

Exit 0 built (warnings allowed); 1 nothing usable was built, a write failed, another build is
writing the same folder, or --strict and an error check or a broken internal link; 2 bad usage,
a bad configuration/theme/template, or an output folder a build may not replace (a non-empty
folder budgetsite did not write, or one holding the content, the configuration or the working
folder).
)";

int run_build(const std::vector<std::string>& args) {
  BuildOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) return false;
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--strict") options.strict = true;
    else if (a == "--quiet") options.quiet = true;
    else if (a == "--timings") options.timings = true;
    else if (a == "--verbose") options.verbose = true;
    else if (a == "--clean") options.clean = true;
    else if (a == "--no-cache") options.use_cache = false;
    else if (a == "--cache" && value(v)) options.cache_dir = v;
    else if (a == "--config" && value(v)) options.config = v;
    else if (a == "--content" && value(v)) options.content_dir = v;
    else if (a == "--out" && value(v)) options.output_dir = v;
    else if (a == "--base-url" && value(v)) options.base_url = v;
    else if (a == "--jobs" && value(v)) {
      try { options.jobs = std::stoi(v); } catch (...) { options.jobs = -1; }
      if (options.jobs < 1) { std::cerr << "budgetsite: --jobs expects a positive number, got '" << v << "'\n"; return 2; }
    } else {
      std::cerr << "budgetsite: build: unexpected argument '" << a << "'\n\n" << kBuildUsage;
      return 2;
    }
  }
  return build_site(options, std::cerr).exit_code;
}

const CommandRegistration build_command({"build",
                                         "build [--config FILE] [--content DIR] [--out DIR] [--base-url URL] [--jobs N] [--strict] [--quiet] [--timings] [--verbose] [--cache DIR | --no-cache] [--clean]",
                                         "Build the static site from content/ into public/.", kBuildUsage, 10, run_build});

}  // namespace
}  // namespace budgetsite::cli
