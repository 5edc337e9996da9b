// Stage 8 — building a whole site, phase by phase (site/phases.h): content → (parse ∥ validate ∥ write its own files, per
// disclosure, keeping its digest) → comparisons → (render ∥ per page; on a large site a
// disclosure's page reads it again) → assets → assemble in a fresh folder → link check → swap.
// Files are written as they are made, so memory does not grow with the site's bytes
// (docs/performance.md).
// Takes: the build options (the CLI's). Gives: the site in the output folder and a report.
// An input that cannot be used is named with its reason and the rest is still built; a bad
// configuration or theme builds nothing.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "site/progress.h"

namespace budgetsite {

struct BuildOptions {
  std::filesystem::path config = "site-config.yaml";
  std::optional<std::filesystem::path> content_dir, output_dir;
  std::optional<std::string> base_url;   // overrides the config (the Pages workflow sets it)
  int jobs = 0;                          // 0: one per hardware thread
  bool strict = false;
  bool quiet = false;
  bool timings = false;                  // print each phase's time at the end
  bool verbose = false;                  // print each phase's time as it ends
  // Up to this many disclosures, each model stays whole in memory until its page is rendered
  // (about 0.5 MB each). Beyond, a disclosure keeps only its headline once its own files are
  // written, and its page reads it again: memory stays flat, the parse is done twice.
  size_t keep_models_up_to = 400;
  // The build cache (site/page_keys.h, docs/performance.md): default .budgetsite-cache beside
  // the configuration. --clean reads nothing from it (and fills it anew); --no-cache neither
  // reads nor writes it.
  std::optional<std::filesystem::path> cache_dir;
  bool use_cache = true;
  bool clean = false;
  std::string generator_fingerprint;     // "" the executable's; tests set another generator's
};

struct BuildReport {
  int exit_code = 0;                     // the contract's: 0 built, 1 nothing usable / strict, 2 config
  int disclosures = 0, pages = 0, files = 0;
  int errors = 0, warnings = 0;          // data-quality checks, over all disclosures
  std::vector<std::string> unusable;     // "file:line: reason" for each input left out
  std::vector<std::string> problems;     // build warnings (missing vendor file, broken link, …)
  std::vector<std::string> notes;        // what was left out by choice (sitemap without base_url)
  // With a cache: disclosures parsed now, disclosures unchanged since the previous build (their
  // files kept), pages kept, cache files found damaged (and not used).
  int parsed = 0, reused = 0, pages_kept = 0, cache_damaged = 0;
  bool site_unchanged = false;           // the output folder already held exactly this site
  std::filesystem::path output_dir;      // where the site was written (once it was)

  double seconds = 0;
  std::vector<PhaseTime> phases;         // named phases in order, with their wall time
};

BuildReport build_site(const BuildOptions& options, std::ostream& progress);

}  // namespace budgetsite
