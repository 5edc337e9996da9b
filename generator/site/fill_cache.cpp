#include "site/fill_cache.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <ostream>

#include "common/parallel.h"
#include "config/site_config.h"
#include "content/content.h"
#include "site/page_keys.h"
#include "ingest/source_text.h"
#include "site/published.h"

namespace budgetsite {

namespace fs = std::filesystem;

CacheFillReport fill_cache(const BuildOptions& options, const std::vector<fs::path>& files, std::ostream& progress) {
  CacheFillReport report;
  SiteConfig config;
  try {
    config = load_site_config(options.config);
    if (options.content_dir) config.content_dir = fs::absolute(*options.content_dir);
    if (options.output_dir) config.output_dir = fs::absolute(*options.output_dir);
  } catch (const ConfigError& e) {
    for (const auto& p : e.problems) progress << "budgetsite: " << p << "\n";
    report.exit_code = 2;
    return report;
  }
  std::optional<BuildCache> cache;
  try {
    cache.emplace(options.cache_dir ? fs::absolute(*options.cache_dir)
                                    : fs::absolute(config.file).parent_path() / ".budgetsite-cache");
  } catch (const CacheError& e) {
    progress << "budgetsite: " << e.what() << "\n";
    report.exit_code = 1;
    return report;
  }
  // Which disclosure each file belongs to (its text, PDF or one of its parts).
  const ContentSet content = scan_content(config.content_dir, config.content_links_outside);
  std::map<fs::path, size_t> source_of_file;
  const auto canonical = [](const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return ec ? fs::absolute(p) : c;
  };
  for (size_t i = 0; i < content.disclosures.size(); ++i) {
    const DisclosureSource& s = content.disclosures[i];
    for (const fs::path* f : {&s.text, &s.original}) if (!f->empty()) source_of_file[canonical(*f)] = i;
    for (const auto& f : s.parts) source_of_file[canonical(f)] = i;
    for (const auto& f : s.part_originals) if (!f.empty()) source_of_file[canonical(f)] = i;
  }
  std::vector<size_t> chosen;
  for (const auto& f : files) {
    auto it = source_of_file.find(canonical(f));
    if (it == source_of_file.end()) {
      report.unusable.push_back(f.string() + ": not a disclosure of " + (config.content_dir / "disclosures").string());
      continue;
    }
    if (std::find(chosen.begin(), chosen.end(), it->second) == chosen.end()) chosen.push_back(it->second);
  }
  const std::string& generator = options.generator_fingerprint.empty() ? generator_fingerprint() : options.generator_fingerprint;
  std::vector<std::string> failures(chosen.size());
  std::atomic<int> parsed{0}, already{0};
  {
  Progress filling(progress, progress_style(options.quiet), "parse", chosen.size());
  parallel_for(chosen.size(), options.jobs, [&](size_t k) {
    const DisclosureSource& source = content.disclosures[chosen[k]];
    try {
      const std::string key = parse_key(source, config, generator);
      if (load_model(*cache, key) && load_head(*cache, key)) {
        ++already;
      } else {
        ParsedInput input = parse_input(source, config.content_dir);
        store_model(*cache, key, input);
        PublishedDisclosure p = publish(source, config, std::move(input.model), input.part_pages, "");
        store_head(*cache, key, p.model, disclosure_search_entries(p), input.part_pages);
        ++parsed;
      }
    } catch (const InputError& e) {
      failures[k] = e.what();
    }
    filling.advance();
  });
  }
  for (auto& f : failures)
    if (!f.empty()) report.unusable.push_back(std::move(f));
  report.parsed = parsed;
  report.already = already;
  if (!report.unusable.empty()) report.exit_code = 1;
  for (const auto& u : report.unusable) progress << "budgetsite: unusable: " << u << "\n";
  if (!options.quiet)
    progress << "budgetsite: " << report.parsed << " parsed, " << report.already << " already in "
             << cache->folder().string() << "\n";
  return report;
}

}  // namespace budgetsite
