// Stage 8 — a disclosure as the site publishes it, made from its source(s) or taken from the
// build cache. parse_input() is the pure map from input files to a validated model (the part
// many machines can share, `budgetsite parse --cache`); publish() adds what the site's
// configuration says of it (metadata, downloads), which is cheap and done by every build.
// The cache keeps two entries per parse key (site/page_keys.h):
//   "model"  the whole model, its page counts and source text (to render its page, write its files);
//   "head"   its headline (headline()) and search entries (what the listings need).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cache/build_cache.h"
#include "config/site_config.h"
#include "content/content.h"
#include "render/views.h"
#include "site/publish_files.h"

namespace budgetsite {

struct ParsedInput {
  Disclosure model;             // parsed and validated; source.file relative to the content folder
  std::vector<int> part_pages;  // pages of each source file, in order
  std::string source_text;      // the normalized text, one line per source line
};

// Throws InputError. The same files always give the same result.
ParsedInput parse_input(const DisclosureSource& source, const std::filesystem::path& content_dir);

PublishedDisclosure publish(const DisclosureSource& source, const SiteConfig& config, Disclosure model,
                            const std::vector<int>& part_pages, std::string source_text);

// What listings, feeds and counts need of a model: identity, source, summary and its proof, its errors whole
// and the id and severity of its other checks. Its page needs the whole model.
Disclosure headline(const Disclosure& d);

struct CachedHead {
  Disclosure headline;
  std::vector<SearchEntry> search;
  std::vector<int> part_pages;
};

void store_model(const BuildCache& cache, const std::string& key, const ParsedInput& parsed);
void store_head(const BuildCache& cache, const std::string& key, const Disclosure& model,
                const std::vector<SearchEntry>& search, const std::vector<int>& part_pages);
// Nothing when the entry is missing or damaged (a damaged one is counted and removed).
std::optional<ParsedInput> load_model(const BuildCache& cache, const std::string& key);
std::optional<CachedHead> load_head(const BuildCache& cache, const std::string& key);

}  // namespace budgetsite
