// Stage 8 — the build's phases, in the order build_site runs them and --timings names them:
//   configure → open the output → load content → parse and validate → digest and compare →
//   link departments → plan pages → render → search, feeds, assets → write (check links, swap
//   in) → record the site in the cache.
// Each takes what the phases before it gave and gives its own part; nothing flows back. A
// phase that cannot go on throws BuildStopped (its exit code and one message); the previous
// site is then left as it was. `serve` reruns the same phases through the cache on a change.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "aggregate/comparisons.h"
#include "aggregate/digest.h"
#include "cache/build_cache.h"
#include "config/site_config.h"
#include "content/content.h"
#include "render/i18n.h"
#include "render/links.h"
#include "render/templates.h"
#include "render/views.h"
#include "site/build.h"
#include "site/link_check.h"
#include "site/output.h"
#include "site/page_keys.h"
#include "site/published.h"
#include "site/theme.h"

namespace budgetsite {

// A phase that cannot go on: the exit code of the contract (1 nothing usable or not written,
// 2 configuration) and what to tell the user (one or more lines).
struct BuildStopped : std::runtime_error {
  BuildStopped(int code, const std::string& message) : std::runtime_error(message), exit_code(code) {}
  int exit_code;
};

// The configuration with the options applied, its theme and its templates.
struct Configured {
  SiteConfig config;
  Theme theme;
  std::optional<Catalog> catalog;         // the interface's words in the site's language
  std::optional<TemplateSet> templates;
};
Configured configure(const BuildOptions& options);

// The output folder locked for this build, the tree that writes the new site beside it, and the
// cache with its record of the previous site (what may be kept) and of this one (`made`).
struct Workspace {
  std::optional<OutputLock> lock;
  OutputTree out;
  std::optional<BuildCache> cache;
  bool reuse = false;                 // the cache is read (not --clean)
  std::string generator;              // the generator's fingerprint, in every key
  OutputManifest previous, made;
  const std::filesystem::path& target() const { return lock->target(); }
};
// Problems that leave the cache out are added to report.problems.
void open_workspace(const BuildOptions& options, const SiteConfig& config, Workspace& workspace, BuildReport& report);

// The content folder, with every input that cannot be used named in the report.
ContentSet load_content(const SiteConfig& config, BuildReport& report);

// Every disclosure parsed (or taken from the cache), validated, its own files written; sorted
// by id, with its digest, search entries, parse key and where to read it again.
struct ParsedSite {
  SiteData site;                                  // info, links and comparisons set later
  std::vector<DisclosureDigest> digests;
  std::vector<const DisclosureSource*> sources;
  std::vector<std::string> parse_keys;            // with a cache
  std::vector<char> whole;                        // the model kept in memory is whole
  std::vector<SearchEntry> search;                // the disclosures' own search entries
  int parsed_now = 0, reused = 0;
};
ParsedSite parse_and_validate(const BuildOptions& options, const SiteConfig& config, const ContentSet& content,
                              Workspace& workspace, BuildReport& report, std::ostream& progress);

// The configured comparisons: a reduce over the digests.
ComparisonSet compare(const SiteConfig& config, const std::vector<DisclosureDigest>& digests);

// Departments and regions linked; the site's navigation and comparison links set.
std::unique_ptr<SiteLinks> link_departments(const SiteConfig& config, const ContentSet& content,
                                            const ComparisonSet& comparisons, ParsedSite& parsed);

// Every page and comparison file: those whose key is unchanged kept, the rest as tasks that
// render into the workspace's tree. The tasks refer to everything passed here.
struct PagePlan {
  std::vector<std::string> page_paths;
  std::vector<std::function<void()>> tasks;
  std::atomic<int> pages_kept{0};
};
void plan_pages(const Configured& configured, const ContentSet& content, const ComparisonSet& comparisons,
                const ParsedSite& parsed, Workspace& workspace, PagePlan& plan);

void render_pages(PagePlan& plan, int jobs, std::ostream& progress, Progress::Style style);

// The search index, sitemap, data summaries, robots, feed and theme assets.
void add_site_files(const Configured& configured, const ContentSet& content, const ComparisonSet& comparisons,
                    ParsedSite& parsed, PagePlan& plan, Workspace& workspace, BuildReport& report);

// Writes the tree beside the target, checks its links, swaps it in. Gives the link report and
// whether the site was already exactly this one.
struct Written {
  LinkReport links;
  bool unchanged = false;
};
Written write_site(Workspace& workspace, PhaseTimes& phases, int jobs);

// The keyed files of this build, saved for the next; a page with a broken link is left out so
// that it is checked again.
void record_in_cache(Workspace& workspace, const LinkReport& links, BuildReport& report);

}  // namespace budgetsite
