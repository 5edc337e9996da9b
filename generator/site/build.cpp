#include "site/build.h"

#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "aggregate/digest.h"
#include "aggregate/export.h"
#include "common/files.h"
#include "common/parallel.h"
#include "config/site_config.h"
#include "content/content.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "render/markdown.h"
#include "render/table_view.h"
#include "render/templates.h"
#include "render/views.h"
#include "site/link_check.h"
#include "site/output.h"
#include "site/progress.h"
#include "site/publish_files.h"
#include "site/theme.h"
#include "validate/validate.h"

namespace budgetsite {

namespace fs = std::filesystem;

namespace {

struct ParseOutcome {
  std::optional<PublishedDisclosure> published;  // its model slimmed once its files are written
  std::optional<DisclosureDigest> digest;
  std::vector<SearchEntry> search;
  std::string failure;
  bool write_failed = false;
};

// A disclosure read from its source(s), parsed and validated, with its metadata and what the
// site offers of it (its source text only `for_files`). Throws InputError. Reading the same
// source twice gives the same model.
PublishedDisclosure read_disclosure(const DisclosureSource& source, const SiteConfig& config, bool for_files = true) {
  std::vector<SourceText> parts;
  parts.push_back(ingest_file(source.text.string()));
  for (const auto& part : source.parts) parts.push_back(ingest_file(part.string()));
  std::vector<int> first_pages;
  int next_page = 1;
  for (const auto& part : parts) {
    first_pages.push_back(next_page);
    next_page += part.page_count;
  }
  const SourceText text = join_parts(std::move(parts));
  PublishedDisclosure p;
  p.id = source.id;
  p.model = build_disclosure(text);
  // Where the text lives on the build machine is not part of the site: keep the path
  // inside the content folder, so builds from any checkout are identical.
  p.model.source.file = fs::relative(source.text, config.content_dir).generic_string();
  validate(p.model);
  p.meta = source.meta;
  if (auto it = config.disclosures.find(source.id); it != config.disclosures.end()) {
    if (!it->second.source_url.empty()) p.meta.source_url = it->second.source_url;
    if (!it->second.published.empty()) p.meta.published = it->second.published;
  }
  // The published PDFs, offered as they are (original.pdf, original-2.pdf …), copied when
  // the site is written; or linked at their source_url; or left out (config `downloads:`).
  using Originals = DownloadSettings::Originals;
  if (config.downloads.originals == Originals::include) {
    if (!source.original.empty()) {
      p.originals.push_back(source.original);
      p.original_first_pages.push_back(first_pages[0]);
    }
    for (size_t k = 0; k < source.part_originals.size(); ++k) {
      if (source.part_originals[k].empty()) continue;
      p.originals.push_back(source.part_originals[k]);
      p.original_first_pages.push_back(first_pages[k + 1]);
    }
  } else if (config.downloads.originals == Originals::link && !source.original.empty() && source.parts.empty()) {
    p.originals_link = p.meta.source_url;
  }
  p.offers_source_text = config.downloads.source_text;
  p.offers_table_csv = config.downloads.table_csv;
  p.offers_data_csv = config.downloads.data_csv;
  // The source as published on the site: the normalized text, one line per source line.
  if (p.offers_source_text && for_files)
    for (const auto& line : text.lines) p.source_text += line + "\n";
  return p;
}

// A disclosure's own files: model.json, source.txt, originals and CSVs.
void add_disclosure_files(const PublishedDisclosure& p, OutputTree& out) {
  out.add(paths::disclosure_file(p.id, "model.json"), to_json(p.model).dump() + "\n");  // minified: 40–45% smaller
  if (p.offers_source_text) out.add(paths::disclosure_file(p.id, "source.txt"), p.source_text);
  for (size_t k = 0; k < p.originals.size(); ++k) out.copy(paths::disclosure_file(p.id, original_pdf_name(k)), p.originals[k]);
  if (p.offers_table_csv)
    for (const auto& t : p.model.tables)
      if (t.present && !t.rows.empty()) out.add(paths::disclosure_file(p.id, "tables/" + t.id + ".csv"), table_csv(p.model, t));
  if (p.offers_data_csv) out.add(paths::disclosure_file(p.id, "data.csv"), disclosure_cells_csv(p.model));
}

// What the listing pages, the feed and the counts need of a disclosure once its own files are
// written: identity, headline figures, its errors (the home page lists them) and the severity
// of its other checks. Its page reads it again.
void slim(PublishedDisclosure& p) {
  Disclosure& d = p.model;
  d.tables = {};
  d.projects = {};
  d.performance = {};
  d.sections = {};
  d.glossary = {};
  for (auto& c : d.checks) {
    if (c.severity == "error") continue;
    Check kept;
    kept.id = std::move(c.id);
    kept.severity = std::move(c.severity);
    c = std::move(kept);
  }
  p.source_text = {};
}

SiteInfo site_info(const SiteConfig& config, const std::vector<ContentPage>& pages, bool has_comparisons) {
  SiteInfo info;
  info.title = config.title;
  info.description = config.description;
  info.language = config.language;
  info.base_url = config.base_url;
  info.nav.push_back({"首页", paths::home});
  if (has_comparisons) info.nav.push_back({"比较", paths::comparisons});
  for (const auto& p : pages)
    if (p.in_nav) info.nav.push_back({p.title, paths::content_page(p.slug)});
  info.generator = std::string("budgetsite ") + BUDGETSITE_VERSION;
  return info;
}

}  // namespace

BuildReport build_site(const BuildOptions& options, std::ostream& progress) {
  const auto started = std::chrono::steady_clock::now();
  BuildReport report;
  PhaseTimes phases;
  const Progress::Style style = progress_style(options.quiet);
  phases.start("configure");
  const auto say = [&](const std::string& line) {
    if (!options.quiet) progress << line << "\n";
  };

  SiteConfig config;
  Theme theme;
  std::optional<TemplateSet> templates;
  try {
    config = load_site_config(options.config);
    if (options.content_dir) config.content_dir = fs::absolute(*options.content_dir);
    if (options.output_dir) config.output_dir = fs::absolute(*options.output_dir);
    if (options.base_url) {
      const std::string& url = *options.base_url;
      if (!url.empty() && !url.starts_with("http://") && !url.starts_with("https://"))
        throw ConfigError({"--base-url: expected an absolute URL (https://…), got '" + url + "'"});
      config.base_url = url + (url.ends_with("/") || url.empty() ? "" : "/");
    }
    theme = load_theme(config);
    templates = TemplateSet::load(template_folders(config, theme));
  } catch (const ConfigError& e) {
    for (const auto& p : e.problems) progress << "budgetsite: " << p << "\n";
    report.exit_code = 2;
    return report;
  } catch (const TemplateError& e) {
    progress << "budgetsite: " << e.what() << "\n";
    report.exit_code = 2;
    return report;
  }

  // The output folder: never one that holds the user's files or the project, and one build at
  // a time.
  if (std::string refusal =
          output_folder_refusal(config.output_dir, {config.content_dir, config.file, fs::current_path()});
      !refusal.empty()) {
    progress << "budgetsite: " << refusal << "\n";
    report.exit_code = 2;
    return report;
  }
  std::optional<OutputLock> output_lock;
  try {
    output_lock.emplace(config.output_dir);
  } catch (const OutputError& e) {
    progress << "budgetsite: " << e.what() << "\n";
    report.exit_code = 1;
    return report;
  }

  // Content.
  phases.start("load content");
  ContentSet content = scan_content(config.content_dir, config.content_links_outside);
  for (const auto& p : content.problems)
    report.unusable.push_back(p.file + (p.line ? ":" + std::to_string(p.line) : "") + ": " + p.message);
  for (const auto& p : content.ignored) report.problems.push_back(p.file + ": " + p.message);
  say("budgetsite: " + std::to_string(content.disclosures.size()) + " disclosures, " +
      std::to_string(content.pages.size()) + " pages in " + config.content_dir.string());

  // The shared output tree writes each file beside the target as it comes, so the site's bytes
  // are not all held in memory.
  OutputTree out;
  try {
    const fs::path& target = output_lock->target();
    out.spill_into(target.parent_path() / ("." + target.filename().string() + ".building-files-" + std::to_string(::getpid())));
  } catch (const OutputError& e) {
    progress << "budgetsite: " << e.what() << "\n";
    report.exit_code = 1;
    return report;
  }

  // Parse and validate, one disclosure per task; each writes its own files and keeps its digest
  // and search entries. On a large site it then drops all but the headline of its model, and
  // its page reads it again (BuildOptions::keep_models_up_to).
  phases.start("parse and validate", content.disclosures.size());
  const bool stream = content.disclosures.size() > options.keep_models_up_to;
  std::vector<ParseOutcome> outcomes(content.disclosures.size());
  std::optional<Progress> parsing(std::in_place, progress, style, "parse", content.disclosures.size());
  parallel_for(content.disclosures.size(), options.jobs, [&](size_t i) {
    struct Advance {
      Progress& p;
      ~Advance() { p.advance(); }
    } advance{*parsing};
    const DisclosureSource& source = content.disclosures[i];
    try {
      PublishedDisclosure p = read_disclosure(source, config);
      outcomes[i].digest = digest(p.model, p.id);
      outcomes[i].search = disclosure_search_entries(p);
      add_disclosure_files(p, out);
      if (stream) slim(p);
      outcomes[i].published = std::move(p);
    } catch (const InputError& e) {
      outcomes[i].failure = e.what();
    } catch (const OutputError& e) {  // a file that could not be written (disk full …)
      outcomes[i].failure = e.what();
      outcomes[i].write_failed = true;
    }
  });
  for (const auto& outcome : outcomes)
    if (outcome.write_failed) {
      progress << "budgetsite: " << outcome.failure << " (the previous site is left as it was)\n";
      report.exit_code = 1;
      return report;
    }
  // The disclosures by id (SiteData's promise; file order differs where one id is a prefix of
  // another), with their digests and search entries in the same order.
  std::vector<size_t> order;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (outcomes[i].published) order.push_back(i);
    else report.unusable.push_back(outcomes[i].failure);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return outcomes[a].published->id < outcomes[b].published->id; });
  SiteData site;
  std::vector<DisclosureDigest> digests;
  std::vector<const DisclosureSource*> sources;  // where each disclosure's page reads it again
  std::vector<SearchEntry> disclosure_entries;
  for (size_t i : order) {
    site.disclosures.push_back(std::move(*outcomes[i].published));
    digests.push_back(std::move(*outcomes[i].digest));
    sources.push_back(&content.disclosures[i]);
    for (auto& e : outcomes[i].search) disclosure_entries.push_back(std::move(e));
  }
  outcomes = {};
  for (const auto& p : site.disclosures)
    for (const auto& c : p.model.checks) {
      report.errors += c.severity == "error";
      report.warnings += c.severity == "warning";
    }
  report.disclosures = static_cast<int>(site.disclosures.size());
  for (const auto& configured : config.disclosures) {
    const std::string& id = configured.first;
    if (std::none_of(content.disclosures.begin(), content.disclosures.end(), [&](const auto& d) { return d.id == id; }))
      report.problems.push_back(config.file.string() + ": disclosures." + id + ": no disclosure " + id + ".txt in " +
                                (config.content_dir / "disclosures").string());
  }
  if (site.disclosures.empty() && !content.disclosures.empty()) {
    for (const auto& u : report.unusable) progress << "budgetsite: unusable: " << u << "\n";
    progress << "budgetsite: no disclosure could be used; nothing was built\n";
    report.exit_code = 1;
    return report;
  }

  parsing.reset();
  // Comparisons: a reduce over the digests.
  phases.start("digest and compare", site.disclosures.size());
  std::map<std::string, RegionInfo> regions;
  std::map<std::string, std::string> region_slugs;
  for (const auto& [name, region] : config.regions) {
    regions[name] = region.info;
    region_slugs[name] = region.slug;
  }
  ComparisonSet comparisons;
  try {
    comparisons = build_comparisons(digests, regions, config.comparisons);
  } catch (const std::invalid_argument& e) {
    progress << "budgetsite: " << config.file.string() << ": comparisons: " << e.what() << "\n";
    report.exit_code = 2;
    return report;
  }

  std::vector<SiteLinks::Published> published;
  for (const auto& p : site.disclosures) published.push_back({p.id, &p.model});
  const SiteLinks links(published, region_slugs);
  site.links = &links;
  const bool has_comparisons = !comparisons.groups.empty() || !comparisons.executions.empty();
  site.info = site_info(config, content.pages, has_comparisons);
  site.comparisons = comparison_links(comparisons);

  // Render every page; each task renders into the shared output tree.
  std::vector<std::string> page_paths;
  std::vector<std::function<void()>> tasks;
  std::mutex page_mutex;
  const auto page = [&](const std::string& path, const std::string& template_name, auto make_view) {
    {
      std::lock_guard lock(page_mutex);
      page_paths.push_back(path);
    }
    tasks.push_back([&, path, template_name, make_view] { out.add(path, templates->render(template_name, make_view())); });
  };
  page(paths::home, "home", [&] { return home_page(site); });
  page(paths::search, "search", [&] { return search_page(site); });
  for (size_t i = 0; i < site.disclosures.size(); ++i) {
    // The page reads its disclosure again, whole, and drops it once rendered.
    page(paths::disclosure(site.disclosures[i].id), "disclosure", [&, i] {
      if (!stream) return disclosure_page(site, i, site.disclosures[i].model);
      try {
        return disclosure_page(site, i, read_disclosure(*sources[i], config, false).model);
      } catch (const InputError& e) {
        throw OutputError(std::string(e.what()) + " (it changed during the build)");
      }
    });
  }
  for (size_t d = 0; d < links.departments().size(); ++d)
    page(paths::department(links.departments()[d].slug), "department", [&, d] { return department_page(site, d); });
  for (size_t r = 0; r < links.regions().size(); ++r)
    page(paths::region(links.regions()[r].slug), "region", [&, r] { return region_page(site, r); });
  if (has_comparisons) {
    page(paths::comparisons, "comparisons", [&] { return comparisons_index_page(site, comparisons); });
    out.add("compare/comparisons.json", to_json(comparisons).dump(2) + "\n");
    for (const auto& g : comparisons.groups) {
      if (!g.same_members_as.empty()) continue;
      page(paths::comparison(g.id), "comparison", [&, gp = &g] { return comparison_page(site, *gp); });
      out.add(paths::comparison_file(g.id, "comparison.csv"), to_csv(g));
      out.add(paths::comparison_file(g.id, "comparison.json"), to_json(g).dump(2) + "\n");
    }
    for (const auto& e : comparisons.executions) {
      page(paths::comparison(e.id), "execution", [&, ep = &e] { return execution_page(site, *ep); });
      out.add(paths::comparison_file(e.id, "comparison.csv"), to_csv(e));
      out.add(paths::comparison_file(e.id, "comparison.json"), to_json(e).dump(2) + "\n");
    }
  }
  for (const auto& p : content.pages)
    page(paths::content_page(p.slug), "page", [&, pp = &p] {
      return content_page(site, *pp, markdown_to_html(pp->markdown, config.markdown_unsafe_html));
    });
  tasks.push_back([&] { out.add(paths::not_found, templates->render("404", not_found_page(site))); });

  phases.start("render", tasks.size());
  try {
    Progress rendering(progress, style, "render", tasks.size());
    parallel_for(tasks.size(), options.jobs, [&](size_t i) {
      tasks[i]();
      rendering.advance();
    });
  } catch (const TemplateError& e) {
    progress << "budgetsite: " << e.what() << "\n";
    report.exit_code = 2;
    return report;
  } catch (const OutputError& e) {
    progress << "budgetsite: " << e.what() << "\n";
    report.exit_code = 1;
    return report;
  }

  // Search, sitemap, feed, robots, assets.
  phases.start("search, feeds, assets");
  try {
    std::vector<SearchEntry> search = site_search_entries(site);
    for (auto& e : disclosure_entries) search.push_back(std::move(e));
    for (const auto& g : comparisons.groups)
      if (g.same_members_as.empty()) search.push_back({g.title, "比较", paths::comparison(g.id), g.department_type, {}});
    for (const auto& e : comparisons.executions) search.push_back({e.title, "比较", paths::comparison(e.id), "", {}});
    for (const auto& p : content.pages) search.push_back({p.title, "页面", paths::content_page(p.slug), p.description, {}});
    for (auto& [file, script] : search_index_files(search)) out.add(file, std::move(script));
    std::sort(page_paths.begin(), page_paths.end());
    if (!config.base_url.empty()) out.add("sitemap.xml", sitemap_xml(config.base_url, page_paths));
    else report.notes.push_back("no base_url: sitemap.xml is left out (it needs absolute URLs); pass --base-url or set base_url");
    out.add("data/summaries.json", summaries_json(digests).dump(1) + "\n");
    out.add("data/summaries.csv", summaries_csv(digests));
    out.add("robots.txt", robots_txt(config.base_url));
    out.add("feed.xml", atom_feed(site));
    out.add(".nojekyll", "");
    add_assets(config, theme, out, report.problems);
  } catch (const OutputError& e) {  // a file that could not be written (disk full …)
    progress << "budgetsite: " << e.what() << " (the previous site is left as it was)\n";
    report.exit_code = 1;
    return report;
  }
  report.pages = static_cast<int>(page_paths.size()) + 1;
  report.files = static_cast<int>(out.size());

  LinkReport link_report;
  phases.start("write and check links", out.size());
  try {
    write_atomically(out, *output_lock, {[&](const fs::path& staging) { link_report = check_links(staging); }, {}});
  } catch (const std::exception& e) {
    progress << "budgetsite: " << e.what() << " (the previous site is left as it was)\n";
    report.exit_code = 1;
    return report;
  }
  for (const auto& b : link_report.broken)
    report.problems.push_back("broken link in " + b.page + ":" + std::to_string(b.line) + ": " + b.url + " (" + b.reason + ")");

  phases.stop();
  report.phases = phases.phases();
  if (options.timings) progress << phases.table();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  for (const auto& u : report.unusable) progress << "budgetsite: unusable: " << u << "\n";
  for (const auto& p : report.problems) progress << "budgetsite: warning: " << p << "\n";
  for (const auto& n : report.notes) say("budgetsite: note: " + n);
  std::ostringstream summary;
  summary.setf(std::ios::fixed);
  summary.precision(2);
  summary << "budgetsite: built " << report.disclosures << " disclosures, " << report.pages << " pages, " << report.files
          << " files into " << config.output_dir.string() << " in " << report.seconds << " s; data-quality checks: "
          << report.errors << " errors, " << report.warnings << " warnings; " << report.unusable.size()
          << " inputs unusable; " << link_report.links << " internal links checked, " << link_report.broken.size()
          << " broken";
  say(summary.str());
  if (options.strict && (report.errors > 0 || !link_report.broken.empty())) report.exit_code = 1;
  return report;
}

}  // namespace budgetsite
