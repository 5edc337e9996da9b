#include "site/build.h"

#include <chrono>
#include <ostream>
#include <sstream>

#include "common/files.h"
#include "site/phases.h"

namespace budgetsite {

BuildReport build_site(const BuildOptions& options, std::ostream& progress) {
  const auto started = std::chrono::steady_clock::now();
  BuildReport report;
  PhaseTimes phases(options.verbose && !options.quiet ? &progress : nullptr);
  const auto say = [&](const std::string& line) {
    if (!options.quiet) progress << line << "\n";
  };
  // The phases (site/phases.h), each taking what the ones before gave.
  Workspace workspace;
  LinkReport link_report;
  bool unchanged_site = false;
  ParsedSite parsed;
  try {
    phases.start("configure");
    const Configured configured = configure(options);
    const SiteConfig& config = configured.config;
    open_workspace(options, config, workspace, report);

    phases.start("load content");
    const ContentSet content = load_content(config, report);
    say("budgetsite: " + std::to_string(content.disclosures.size()) + " disclosures, " +
        std::to_string(content.pages.size()) + " pages in " + config.content_dir.string());

    phases.start("parse and validate", content.disclosures.size());
    parsed = parse_and_validate(options, config, content, workspace, report, progress);

    phases.start("digest and compare", parsed.site.disclosures.size());
    const ComparisonSet comparisons = compare(config, parsed.digests);

    phases.start("link departments", parsed.site.disclosures.size());
    const std::unique_ptr<SiteLinks> links = link_departments(config, content, comparisons, parsed);

    phases.start("plan pages", parsed.site.disclosures.size());
    PagePlan plan;
    plan_pages(configured, content, comparisons, parsed, workspace, plan);

    phases.start("render", plan.tasks.size());
    render_pages(plan, options.jobs, progress, progress_style(options.quiet));

    phases.start("search, feeds, assets");
    add_site_files(configured, content, comparisons, parsed, plan, workspace, report);
    report.pages = static_cast<int>(plan.page_paths.size()) + 1;
    report.files = static_cast<int>(workspace.out.size());
    report.pages_kept = plan.pages_kept;

    phases.start("write", workspace.out.size());
    const Written written = write_site(workspace, phases, options.jobs);
    link_report = written.links;
    unchanged_site = written.unchanged;
    if (workspace.cache) {
      phases.start("record the site in the cache");
      record_in_cache(workspace, link_report, report);
    }
    report.output_dir = config.output_dir;
  } catch (const BuildStopped& stopped) {
    progress << stopped.what() << "\n";
    report.exit_code = stopped.exit_code;
    return report;
  }
  const std::optional<BuildCache>& cache = workspace.cache;
  report.parsed = parsed.parsed_now;
  report.reused = parsed.reused;
  report.cache_damaged = cache ? static_cast<int>(cache->damaged()) : 0;
  for (const auto& b : link_report.broken)
    report.problems.push_back("broken link in " + b.page + ":" + std::to_string(b.line) + ": " + b.url + " (" + b.reason + ")");

  phases.stop();
  report.phases = phases.phases();
  if (options.timings) progress << phases.table();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  // Each message on one line: a file name's newlines and escape sequences are shown, not obeyed.
  for (const auto& u : report.unusable) progress << "budgetsite: unusable: " << printable_path(u) << "\n";
  for (const auto& p : report.problems) progress << "budgetsite: warning: " << printable_path(p) << "\n";
  for (const auto& n : report.notes) say("budgetsite: note: " + n);
  std::ostringstream summary;
  summary.setf(std::ios::fixed);
  summary.precision(2);
  summary << "budgetsite: built " << report.disclosures << " disclosures, " << report.pages << " pages, " << report.files
          << " files into " << report.output_dir.string() << " in " << report.seconds << " s; data-quality checks: "
          << report.errors << " errors, " << report.warnings << " warnings; " << report.unusable.size()
          << " inputs unusable; " << link_report.links << " internal links checked, " << link_report.broken.size()
          << " broken";
  report.site_unchanged = unchanged_site;
  if (unchanged_site) summary << "; nothing changed, the site was left as it was";
  if (cache)
    summary << "; cache " << cache->folder().string() << ": " << report.parsed << " parsed, " << report.reused
            << " unchanged, " << report.pages_kept << " pages kept";
  say(summary.str());
  if (options.strict && (report.errors > 0 || !link_report.broken.empty())) report.exit_code = 1;
  return report;
}

}  // namespace budgetsite
