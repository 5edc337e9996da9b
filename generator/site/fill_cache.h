// Stage 8, the parse phase alone — `budgetsite parse --cache DIR FILES…`: the pure map from
// some of the content's input files to cache entries (site/published.h), so that many
// processes or machines can fill one cache and a later `build --cache DIR` parses nothing
// (docs/scaling.md). Keys are the build's (site/page_keys.h): the same configuration and
// generator must be used.
// Takes: the build options (config, content, cache, jobs) and files of the content folder.
// Gives: the entries in the cache and a report.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "site/build.h"

namespace budgetsite {

struct CacheFillReport {
  int exit_code = 0;               // 0 every file's entry is in the cache; 1 some could not be made; 2 config
  int parsed = 0, already = 0;     // entries made now, entries found in the cache
  std::vector<std::string> unusable;
};

CacheFillReport fill_cache(const BuildOptions& options, const std::vector<std::filesystem::path>& files,
                           std::ostream& progress);

}  // namespace budgetsite
