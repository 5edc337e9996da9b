#include "site/build.h"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>

#include "aggregate/digest.h"
#include "aggregate/export.h"
#include "common/files.h"
#include "ingest/pdf_text.h"
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
#include "site/page_keys.h"
#include "site/progress.h"
#include "site/publish_files.h"
#include "site/published.h"
#include "site/theme.h"
#include "validate/validate.h"

namespace budgetsite {

namespace fs = std::filesystem;

namespace {

struct ParseOutcome {
  std::optional<PublishedDisclosure> published;  // its model cut to its headline once its files are written
  bool whole = false;                            // published->model is the whole model
  std::optional<DisclosureDigest> digest;
  std::vector<SearchEntry> search;
  std::string key;                               // its parse key, with a cache
  std::string failure;
  bool write_failed = false;
};

// A disclosure's own files: model.json, source.txt, originals and CSVs. Gives their paths.
std::vector<std::string> add_disclosure_files(const PublishedDisclosure& p, OutputTree& out) {
  std::vector<std::string> files;
  const auto add = [&](const std::string& file, std::string bytes) {
    files.push_back(paths::disclosure_file(p.id, file));
    out.add(files.back(), std::move(bytes));
  };
  add("model.json", to_json(p.model).dump() + "\n");  // minified: 40–45% smaller
  if (p.offers_source_text) add("source.txt", p.source_text);
  for (size_t k = 0; k < p.originals.size(); ++k) {
    files.push_back(paths::disclosure_file(p.id, original_pdf_name(k)));
    out.copy(files.back(), p.originals[k]);
  }
  if (p.offers_table_csv)
    for (const auto& t : p.model.tables)
      if (t.present && !t.rows.empty()) add("tables/" + t.id + ".csv", table_csv(p.model, t));
  if (p.offers_data_csv) add("data.csv", disclosure_cells_csv(p.model));
  return files;
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
  PhaseTimes phases(options.verbose && !options.quiet ? &progress : nullptr);
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
    set_pdf_limits(PdfLimits{config.pdf_seconds, config.pdf_memory_mb});
    theme = load_theme(config);
    templates = TemplateSet::load(template_folders(config, theme));
  } catch (const ConfigError& e) {
    for (const auto& p : e.problems) progress << "budgetsite: " << printable_path(p) << "\n";
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
  // A page whose address is one the build writes itself (slug search.html, feed.xml, assets …)
  // is left out, named; the rest of the site is built.
  std::erase_if(content.pages, [&](const ContentPage& p) {
    const auto& reserved = paths::reserved_names();
    if (std::find(reserved.begin(), reserved.end(), p.slug) == reserved.end()) return false;
    report.unusable.push_back(p.file.string() + ": slug '" + p.slug + "' is an address the build writes itself (" +
                              p.slug + "): the page is not published; give it another slug");
    return true;
  });
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

  // The cache (site/page_keys.h): entries read unless --clean, written unless --no-cache.
  std::optional<BuildCache> cache;
  if (options.use_cache) {
    try {
      cache.emplace(options.cache_dir ? fs::absolute(*options.cache_dir)
                                      : fs::absolute(config.file).parent_path() / ".budgetsite-cache");
    } catch (const CacheError& e) {
      // A folder named with --cache that is someone else's: refused, as a bad argument.
      if (e.foreign && options.cache_dir) {
        progress << "budgetsite: " << printable_path(e.what()) << "\n";
        report.exit_code = 2;
        return report;
      }
      report.problems.push_back(std::string(e.what()) + " (building without the cache)");
    }
  }
  const std::string& generator = options.generator_fingerprint.empty() ? generator_fingerprint() : options.generator_fingerprint;
  const fs::path& target = output_lock->target();
  const bool reuse = cache && !options.clean;
  const OutputManifest previous = reuse ? OutputManifest::load(*cache, target) : OutputManifest();
  OutputManifest made;  // the keyed files of this build, saved once it is swapped in

  // Parse and validate, one disclosure per task; each writes its own files and keeps its digest
  // and search entries. On a large site it then drops all but the headline of its model, and
  // its page reads it again (BuildOptions::keep_models_up_to).
  phases.start("parse and validate", content.disclosures.size());
  const bool stream = content.disclosures.size() > options.keep_models_up_to;
  std::vector<ParseOutcome> outcomes(content.disclosures.size());
  std::optional<Progress> parsing(std::in_place, progress, style, "parse", content.disclosures.size());
  std::atomic<int> reused{0}, parsed_now{0};
  parallel_for(content.disclosures.size(), options.jobs, [&](size_t i) {
    struct Advance {
      Progress& p;
      ~Advance() { p.advance(); }
    } advance{*parsing};
    const DisclosureSource& source = content.disclosures[i];
    ParseOutcome& outcome = outcomes[i];
    try {
      if (cache) outcome.key = parse_key(source, config, generator);
      // Unchanged since the previous build: its headline from the cache, its files kept as they are.
      if (reuse) {
        const std::vector<std::string> own = previous.paths_with_key(paths::disclosure_file(source.id, ""), outcome.key);
        if (previous.all_unchanged(target, own, outcome.key))
          if (std::optional<CachedHead> head = load_head(*cache, outcome.key)) {
            PublishedDisclosure p = publish(source, config, std::move(head->headline), head->part_pages, "");
            outcome.digest = digest(p.model, p.id);
            outcome.search = std::move(head->search);
            for (const auto& file : own) {
              out.keep(file, target);
              made.record(file, outcome.key);
            }
            outcome.published = std::move(p);
            ++reused;
            return;
          }
      }
      // Otherwise its model from the cache (filled by an earlier build or `budgetsite parse
      // --cache`), or parsed now; then its files written.
      std::optional<ParsedInput> parsed = reuse ? load_model(*cache, outcome.key) : std::nullopt;
      const bool fresh = !parsed;
      if (fresh) {
        parsed = parse_input(source, config.content_dir);
        ++parsed_now;
        if (cache) store_model(*cache, outcome.key, *parsed);
      }
      const std::vector<int> part_pages = parsed->part_pages;
      PublishedDisclosure p = publish(source, config, std::move(parsed->model), part_pages, std::move(parsed->source_text));
      outcome.digest = digest(p.model, p.id);
      outcome.search = disclosure_search_entries(p);
      if (cache && (fresh || !cache->get(outcome.key, "head"))) store_head(*cache, outcome.key, p.model, outcome.search, part_pages);
      for (const auto& file : add_disclosure_files(p, out))
        if (cache) made.record(file, outcome.key);
      if (stream) {
        p.model = headline(p.model);
        std::string().swap(p.source_text);  // `= {}` would keep its capacity: 70 KB a disclosure
      } else {
        outcome.whole = true;
      }
      outcome.published = std::move(p);
    } catch (const InputError& e) {
      outcome.failure = e.what();
    } catch (const OutputError& e) {  // a file that could not be written (disk full …)
      outcome.failure = e.what();
      outcome.write_failed = true;
    }
  });
  for (const auto& outcome : outcomes)
    if (outcome.write_failed) {
      progress << "budgetsite: " << printable_path(outcome.failure) << " (the previous site is left as it was)\n";
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
  std::vector<std::string> parse_keys;           // with a cache
  std::vector<char> whole;                       // the model in memory is whole
  for (size_t i : order) {
    parse_keys.push_back(outcomes[i].key);
    whole.push_back(outcomes[i].whole);
    site.disclosures.push_back(std::move(*outcomes[i].published));
    digests.push_back(std::move(*outcomes[i].digest));
    sources.push_back(&content.disclosures[i]);
    for (auto& e : outcomes[i].search) disclosure_entries.push_back(std::move(e));
  }
  std::vector<ParseOutcome>().swap(outcomes);
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
    for (const auto& u : report.unusable) progress << "budgetsite: unusable: " << printable_path(u) << "\n";
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

  phases.start("link departments", site.disclosures.size());
  std::vector<SiteLinks::Published> published;
  for (const auto& p : site.disclosures) published.push_back({p.id, &p.model});
  const SiteLinks links(published, region_slugs);
  site.links = &links;
  const bool has_comparisons = !comparisons.groups.empty() || !comparisons.executions.empty();
  site.info = site_info(config, content.pages, has_comparisons);
  site.comparisons = comparison_links(comparisons);

  phases.start("plan pages", site.disclosures.size());
  // Render every page; each task renders into the shared output tree. A page whose key
  // (site/page_keys.h) is the one its file was made with is kept as it is.
  std::string render;
  if (cache) render = render_key(generator, config, template_folders(config, theme), theme.folder, site.info);
  const std::string structure =
      cache ? structure_key([&] {
        std::vector<std::string> ids;
        for (const auto& p : site.disclosures) ids.push_back(p.id);
        return ids;
      }(), links, site.comparisons.dump()) : "";
  std::vector<std::string> page_paths;
  std::vector<std::function<void()>> tasks;
  std::atomic<int> pages_kept{0};
  const auto page = [&](const std::string& path, const std::string& template_name, const std::string& key, auto make_view) {
    page_paths.push_back(path);
    if (!key.empty()) {
      made.record(path, key);
      if (reuse && previous.unchanged(target, path, key)) {
        out.keep(path, target);
        ++pages_kept;
        return;
      }
    }
    tasks.push_back([&, path, template_name, make_view] { out.add(path, templates->render(template_name, make_view())); });
  };
  // The keys of listing pages: their members' parse keys and metadata.
  const auto members_key = [&](const std::string& path, const std::vector<size_t>& members) {
    if (!cache) return std::string();
    std::vector<std::string> keys;
    std::vector<const DisclosureMeta*> meta;
    for (size_t i : members) {
      keys.push_back(parse_keys[i]);
      meta.push_back(&site.disclosures[i].meta);
    }
    return listing_page_key(render, structure, path, keys, meta);
  };
  std::map<std::string, size_t> index_of_id;
  for (size_t i = 0; i < site.disclosures.size(); ++i) index_of_id[site.disclosures[i].id] = i;
  const auto comparison_key = [&](const std::string& id, const std::vector<std::string>& member_ids) {
    if (!cache) return std::string();
    std::vector<std::string> keys;
    for (const auto& id : member_ids)
      if (auto it = index_of_id.find(id); it != index_of_id.end()) keys.push_back(parse_keys[it->second]);
    return comparison_page_key(render, structure, id, keys);
  };
  page(paths::home, "home", "", [&] { return home_page(site); });
  page(paths::search, "search", "", [&] { return search_page(site); });
  for (size_t i = 0; i < site.disclosures.size(); ++i) {
    const PublishedDisclosure& p = site.disclosures[i];
    const std::string key = cache ? disclosure_page_key(render, parse_keys[i], sources[i]->meta, links.department_of(i),
                                                        links.region_named(p.model.entity.region))
                                  : "";
    // A page rendered from a model not kept whole reads it again (from the cache, or its source).
    page(paths::disclosure(p.id), "disclosure", key, [&, i] {
      if (whole[i]) return disclosure_page(site, i, site.disclosures[i].model);
      std::optional<ParsedInput> parsed = cache ? load_model(*cache, parse_keys[i]) : std::nullopt;
      try {
        if (!parsed) parsed = parse_input(*sources[i], config.content_dir);
      } catch (const InputError& e) {
        throw OutputError(std::string(e.what()) + " (it changed during the build)");
      }
      return disclosure_page(site, i, parsed->model);
    });
  }
  for (size_t d = 0; d < links.departments().size(); ++d) {
    const DepartmentEntry& department = links.departments()[d];
    const std::string path = paths::department(department.slug);
    page(path, "department", members_key(path, department.disclosures), [&, d] { return department_page(site, d); });
  }
  for (size_t r = 0; r < links.regions().size(); ++r) {
    const std::string path = paths::region(links.regions()[r].slug);
    std::vector<size_t> members;
    for (size_t d : links.regions()[r].departments)
      for (size_t i : links.departments()[d].disclosures) members.push_back(i);
    page(path, "region", members_key(path, members), [&, r] { return region_page(site, r); });
  }
  // A file made from keyed inputs: kept when its key is unchanged, else made now.
  const auto file = [&](const std::string& path, const std::string& key, auto make_bytes) {
    if (!key.empty()) {
      made.record(path, key);
      if (reuse && previous.unchanged(target, path, key)) {
        out.keep(path, target);
        return;
      }
    }
    out.add(path, make_bytes());
  };
  if (has_comparisons) {
    page(paths::comparisons, "comparisons", "", [&] { return comparisons_index_page(site, comparisons); });
    // A comparison is made from its members' digests and the configuration: its key is theirs.
    const std::string every_member = cache ? comparison_key("compare/comparisons.json", [&] {
      std::vector<std::string> ids;
      for (const auto& p : site.disclosures) ids.push_back(p.id);
      return ids;
    }()) : "";
    file("compare/comparisons.json", every_member, [&] { return comparisons_json_text(comparisons) + "\n"; });
    for (const auto& g : comparisons.groups) {
      if (!g.same_members_as.empty()) continue;
      std::vector<std::string> ids;
      for (const auto& m : g.members) ids.push_back(m.id);
      const std::string key = comparison_key(g.id, ids);
      page(paths::comparison(g.id), "comparison", key, [&, gp = &g] { return comparison_page(site, *gp); });
      file(paths::comparison_file(g.id, "comparison.csv"), key, [&] { return to_csv(g); });
      file(paths::comparison_file(g.id, "comparison.json"), key, [&] { return to_json(g).dump(2) + "\n"; });
    }
    for (const auto& e : comparisons.executions) {
      const std::string key = comparison_key(e.id, {e.budget_id, e.final_id});
      page(paths::comparison(e.id), "execution", key, [&, ep = &e] { return execution_page(site, *ep); });
      file(paths::comparison_file(e.id, "comparison.csv"), key, [&] { return to_csv(e); });
      file(paths::comparison_file(e.id, "comparison.json"), key, [&] { return to_json(e).dump(2) + "\n"; });
    }
  }
  for (const auto& p : content.pages)
    page(paths::content_page(p.slug), "page", "", [&, pp = &p] {
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
    // The index is made from its entries alone: kept when they are the same.
    std::string search_key;
    if (cache) {
      std::vector<std::string> parts{"search 1", generator};
      for (const auto& e : search) {
        for (const std::string* field : {&e.title, &e.category, &e.path, &e.detail}) parts.push_back(*field);
        parts.push_back(std::to_string(e.keywords.size()));
        for (const auto& k : e.keywords) parts.push_back(k);
      }
      search_key = combine_key(std::vector<std::string_view>(parts.begin(), parts.end()));
    }
    const std::vector<std::string> kept_search =
        reuse ? previous.paths_with_key("assets/search/", search_key) : std::vector<std::string>();
    if (reuse && previous.all_unchanged(target, kept_search, search_key)) {
      for (const auto& file : kept_search) {
        out.keep(file, target);
        made.record(file, search_key);
      }
    } else {
      for (auto& [file, script] : search_index_files(search)) {
        if (cache) made.record(file, search_key);
        out.add(file, std::move(script));
      }
    }
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
  bool unchanged_site = false;
  phases.start("write", out.size());
  try {
    // Pages kept from the previous site were checked when they were made; their links lead to
    // files whose keys they include.
    unchanged_site = !write_atomically(out, *output_lock, {[&](const fs::path& staging) {
                       phases.start("check links");
                       link_report = check_links(staging, [&](const std::string& page) { return !out.kept(page); }, options.jobs);
                       phases.start("swap in, remove the old site");
                     }, {}});
  } catch (const std::exception& e) {
    progress << "budgetsite: " << e.what() << " (the previous site is left as it was)\n";
    report.exit_code = 1;
    return report;
  }
  if (cache) {
    phases.start("record the site in the cache");
    // A page with a broken link is not recorded, so the next build checks it again.
    for (const auto& b : link_report.broken) made.forget(b.page);
    if (!made.save(*cache, target)) report.problems.push_back("cannot write the cache's record of " + target.string());
  }
  report.parsed = parsed_now;
  report.reused = reused;
  report.pages_kept = pages_kept;
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
          << " files into " << config.output_dir.string() << " in " << report.seconds << " s; data-quality checks: "
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
