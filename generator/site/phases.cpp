#include "site/phases.h"

#include <unistd.h>

#include <algorithm>
#include <map>

#include "aggregate/export.h"
#include "aggregate/open_data.h"
#include "recognize/catalog.h"
#include "common/files.h"
#include "common/parallel.h"
#include "ingest/pdf_text.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "render/markdown.h"
#include "render/table_view.h"
#include "site/publish_files.h"
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

// The JSON Schemas the site publishes (schemas/ of budgetsite), and where.
constexpr const char* kModelSchema = "data/schema/model.schema.json";
constexpr const char* kComparisonSchema = "data/schema/comparison.schema.json";

// A JSON object's text with its schema named first ("$schema", relative to the file).
std::string with_schema(const std::string& object_text, const std::string& schema) {
  return "{\"$schema\":\"" + schema + "\"" + (object_text.size() > 2 ? "," : "") + object_text.substr(1);
}

// A disclosure's own files: model.json, source.txt, originals and CSVs. Gives their paths.
std::vector<std::string> add_disclosure_files(const PublishedDisclosure& p, OutputTree& out) {
  std::vector<std::string> files;
  const auto add = [&](const std::string& file, std::string bytes) {
    files.push_back(paths::disclosure_file(p.id, file));
    out.add(files.back(), std::move(bytes));
  };
  add("model.json", with_schema(to_json(p.model).dump(), "../../" + std::string(kModelSchema)) + "\n");  // minified: 40–45% smaller
  if (p.offers_source_text) add("source.txt", p.source_text);
  for (size_t k = 0; k < p.originals.size(); ++k) {
    files.push_back(paths::disclosure_file(p.id, original_pdf_name(k)));
    out.copy(files.back(), p.originals[k]);
  }
  if (p.offers_table_csv)
    for (const auto& t : p.model.tables)
      if (t.present && !t.rows.empty()) add("tables/" + t.id + ".csv", table_csv(p.model, t));
  if (p.offers_figures_csv) add("figures.csv", figures_csv(p.model, p.id));
  return files;
}

SiteInfo site_info(const SiteConfig& config, const std::vector<ContentPage>& pages, bool has_comparisons) {
  SiteInfo info;
  info.title = config.title;
  info.description = config.description;
  info.language = config.language;
  info.base_url = config.base_url;
  info.nav.push_back({words().text("nav.home"), paths::home});
  if (has_comparisons) info.nav.push_back({words().text("home.comparisons"), paths::comparisons});
  for (const auto& p : pages)
    if (p.in_nav) info.nav.push_back({p.title, paths::content_page(p.slug)});
  info.generator = std::string("budgetsite ") + BUDGETSITE_VERSION;
  return info;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string text;
  for (const auto& line : lines) text += (text.empty() ? "" : "\n") + std::string("budgetsite: ") + printable_path(line);
  return text;
}

bool has_comparisons(const ComparisonSet& comparisons) {
  return !comparisons.groups.empty() || !comparisons.executions.empty();
}

PackageInfo package_info(const SiteConfig& config, const ComparisonSet& comparisons) {
  PackageInfo info;
  info.title = config.title;
  info.description = config.description;
  info.base_url = config.base_url;
  if (config.data_license) {
    Json license;
    if (!config.data_license->name.empty()) license["name"] = config.data_license->name;
    if (!config.data_license->path.empty()) license["path"] = config.data_license->path;
    if (!config.data_license->title.empty()) license["title"] = config.data_license->title;
    info.license = license;
  }
  info.generator = std::string("budgetsite ") + BUDGETSITE_VERSION;
  info.comparisons = has_comparisons(comparisons);
  return info;
}

std::vector<PackageMember> package_members(const SiteData& site) {
  std::vector<PackageMember> members;
  for (const auto& p : site.disclosures) {
    PackageMember m;
    m.id = p.id;
    const Disclosure& d = p.model;
    m.title = d.entity.name + (d.year ? " " + std::to_string(*d.year) + "年" : "") + " " + kind_label(d.kind);
    m.source_url = p.meta.source_url;
    for (size_t k = 0; k < p.originals.size(); ++k) m.originals.push_back(paths::disclosure_file(p.id, original_pdf_name(k)));
    m.figures = p.offers_figures_csv;
    members.push_back(std::move(m));
  }
  return members;
}

}  // namespace

Configured configure(const BuildOptions& options) {
  Configured c;
  try {
    c.config = load_site_config(options.config);
    if (options.content_dir) c.config.content_dir = fs::absolute(*options.content_dir);
    if (options.output_dir) c.config.output_dir = fs::absolute(*options.output_dir);
    if (options.base_url) {
      const std::string& url = *options.base_url;
      if (!url.empty() && !url.starts_with("http://") && !url.starts_with("https://"))
        throw ConfigError({"--base-url: expected an absolute URL (https://…), got '" + url + "'"});
      c.config.base_url = url + (url.ends_with("/") || url.empty() ? "" : "/");
    }
    set_pdf_limits(PdfLimits{c.config.pdf_seconds, c.config.pdf_memory_mb});
    c.theme = load_theme(c.config);
    c.catalog = Catalog::load(catalog_folders(c.config.root, shared_roots()), c.config.language);
    c.templates = TemplateSet::load(template_folders(c.config, c.theme), &*c.catalog);
    set_interface_words(*c.catalog);
  } catch (const ConfigError& e) {
    throw BuildStopped(2, joined(e.problems));
  } catch (const TemplateError& e) {
    throw BuildStopped(2, std::string("budgetsite: ") + e.what());
  } catch (const CatalogError& e) {
    throw BuildStopped(2, std::string("budgetsite: ") + e.what());
  }
  return c;
}

void open_workspace(const BuildOptions& options, const SiteConfig& config, Workspace& w, BuildReport& report) {
  // Never a folder that holds the user's files or the project, and one build at a time.
  if (std::string refusal =
          output_folder_refusal(config.output_dir, {config.content_dir, config.file, fs::current_path()});
      !refusal.empty())
    throw BuildStopped(2, "budgetsite: " + refusal);
  try {
    w.lock.emplace(config.output_dir);
    // The tree writes each file beside the target as it comes, so the site's bytes are not all
    // held in memory.
    const fs::path& target = w.target();
    w.out.spill_into(target.parent_path() / ("." + target.filename().string() + ".building-files-" + std::to_string(::getpid())));
  } catch (const OutputError& e) {
    throw BuildStopped(1, std::string("budgetsite: ") + e.what());
  }
  // The cache (site/page_keys.h): entries read unless --clean, written unless --no-cache.
  if (options.use_cache) {
    try {
      w.cache.emplace(options.cache_dir ? fs::absolute(*options.cache_dir)
                                        : fs::absolute(config.file).parent_path() / ".budgetsite-cache");
    } catch (const CacheError& e) {
      // A folder named with --cache that is someone else's: refused, as a bad argument.
      if (e.foreign && options.cache_dir) throw BuildStopped(2, "budgetsite: " + printable_path(e.what()));
      report.problems.push_back(std::string(e.what()) + " (building without the cache)");
    }
  }
  w.generator = options.generator_fingerprint.empty() ? generator_fingerprint() : options.generator_fingerprint;
  w.reuse = w.cache && !options.clean;
  if (w.reuse) w.previous = OutputManifest::load(*w.cache, w.target());
}

ContentSet load_content(const SiteConfig& config, BuildReport& report) {
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
  for (const auto& configured : config.disclosures) {
    const std::string& id = configured.first;
    if (std::none_of(content.disclosures.begin(), content.disclosures.end(), [&](const auto& d) { return d.id == id; }))
      report.problems.push_back(config.file.string() + ": disclosures." + id + ": no disclosure " + id + ".txt in " +
                                (config.content_dir / "disclosures").string());
  }
  return content;
}

ParsedSite parse_and_validate(const BuildOptions& options, const SiteConfig& config, const ContentSet& content,
                              Workspace& w, BuildReport& report, std::ostream& progress) {
  // One disclosure per task; each writes its own files and keeps its digest and search entries.
  // On a large site it then drops all but the headline of its model, and its page reads it
  // again (BuildOptions::keep_models_up_to).
  const bool stream = content.disclosures.size() > options.keep_models_up_to;
  std::vector<ParseOutcome> outcomes(content.disclosures.size());
  std::atomic<int> reused{0}, parsed_now{0};
  {
    Progress parsing(progress, progress_style(options.quiet), "parse", content.disclosures.size());
    const fs::path& target = w.target();
    parallel_for(content.disclosures.size(), options.jobs, [&](size_t i) {
      struct Advance {
        Progress& p;
        ~Advance() { p.advance(); }
      } advance{parsing};
      const DisclosureSource& source = content.disclosures[i];
      ParseOutcome& outcome = outcomes[i];
      try {
        if (w.cache) outcome.key = parse_key(source, config, w.generator);
        // Unchanged since the previous build: its headline from the cache, its files kept as they are.
        if (w.reuse) {
          const std::vector<std::string> own = w.previous.paths_with_key(paths::disclosure_file(source.id, ""), outcome.key);
          if (w.previous.all_unchanged(target, own, outcome.key))
            if (std::optional<CachedHead> head = load_head(*w.cache, outcome.key)) {
              PublishedDisclosure p = publish(source, config, std::move(head->headline), head->part_pages, "");
              outcome.digest = digest(p.model, p.id);
              outcome.search = std::move(head->search);
              for (const auto& file : own) {
                w.out.keep(file, target);
                w.made.record(file, outcome.key);
              }
              outcome.published = std::move(p);
              ++reused;
              return;
            }
        }
        // Otherwise its model from the cache (filled by an earlier build or `budgetsite parse
        // --cache`), or parsed now; then its files written.
        std::optional<ParsedInput> parsed = w.reuse ? load_model(*w.cache, outcome.key) : std::nullopt;
        const bool fresh = !parsed;
        if (fresh) {
          parsed = parse_input(source, config.content_dir);
          ++parsed_now;
          if (w.cache) store_model(*w.cache, outcome.key, *parsed);
        }
        const std::vector<int> part_pages = parsed->part_pages;
        PublishedDisclosure p = publish(source, config, std::move(parsed->model), part_pages, std::move(parsed->source_text));
        outcome.digest = digest(p.model, p.id);
        outcome.search = disclosure_search_entries(p);
        if (w.cache && (fresh || !w.cache->get(outcome.key, "head")))
          store_head(*w.cache, outcome.key, p.model, outcome.search, part_pages);
        for (const auto& file : add_disclosure_files(p, w.out))
          if (w.cache) w.made.record(file, outcome.key);
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
  }
  for (const auto& outcome : outcomes)
    if (outcome.write_failed)
      throw BuildStopped(1, "budgetsite: " + printable_path(outcome.failure) + " (the previous site is left as it was)");
  // The disclosures by id (SiteData's promise; file order differs where one id is a prefix of
  // another), with their digests and search entries in the same order.
  std::vector<size_t> order;
  for (size_t i = 0; i < outcomes.size(); ++i) {
    if (outcomes[i].published) order.push_back(i);
    else report.unusable.push_back(outcomes[i].failure);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return outcomes[a].published->id < outcomes[b].published->id; });
  ParsedSite parsed;
  for (size_t i : order) {
    parsed.parse_keys.push_back(outcomes[i].key);
    parsed.whole.push_back(outcomes[i].whole);
    parsed.site.disclosures.push_back(std::move(*outcomes[i].published));
    parsed.digests.push_back(std::move(*outcomes[i].digest));
    parsed.sources.push_back(&content.disclosures[i]);
    for (auto& e : outcomes[i].search) parsed.search.push_back(std::move(e));
  }
  parsed.parsed_now = parsed_now;
  parsed.reused = reused;
  for (const auto& p : parsed.site.disclosures)
    for (const auto& c : p.model.checks) {
      report.errors += c.severity == "error";
      report.warnings += c.severity == "warning";
    }
  report.disclosures = static_cast<int>(parsed.site.disclosures.size());
  if (parsed.site.disclosures.empty() && !content.disclosures.empty()) {
    std::string message;
    for (const auto& u : report.unusable) message += "budgetsite: unusable: " + printable_path(u) + "\n";
    throw BuildStopped(1, message + "budgetsite: no disclosure could be used; nothing was built");
  }
  return parsed;
}

ComparisonSet compare(const SiteConfig& config, const std::vector<DisclosureDigest>& digests) {
  std::map<std::string, RegionInfo> regions;
  for (const auto& [name, region] : config.regions) regions[name] = region.info;
  try {
    return build_comparisons(digests, regions, config.comparisons);
  } catch (const std::invalid_argument& e) {
    throw BuildStopped(2, "budgetsite: " + config.file.string() + ": comparisons: " + e.what());
  }
}

std::unique_ptr<SiteLinks> link_departments(const SiteConfig& config, const ContentSet& content,
                                            const ComparisonSet& comparisons, ParsedSite& parsed) {
  std::map<std::string, std::string> region_slugs;
  for (const auto& [name, region] : config.regions) region_slugs[name] = region.slug;
  std::vector<SiteLinks::Published> published;
  for (const auto& p : parsed.site.disclosures) published.push_back({p.id, &p.model});
  auto links = std::make_unique<SiteLinks>(published, region_slugs);
  parsed.site.links = links.get();
  parsed.site.info = site_info(config, content.pages, has_comparisons(comparisons));
  parsed.site.comparisons = comparison_links(comparisons);
  return links;
}

void plan_pages(const Configured& configured, const ContentSet& content, const ComparisonSet& comparisons,
                const ParsedSite& parsed, Workspace& w, PagePlan& plan) {
  // A page whose key (site/page_keys.h) is the one its file was made with is kept as it is.
  // The tasks capture only what outlives this function: the arguments, and copies.
  const SiteConfig& config = configured.config;
  const SiteData* site = &parsed.site;
  const SiteLinks& links = *site->links;
  Workspace* workspace = &w;
  const TemplateSet* templates = &*configured.templates;
  const bool cached = w.cache.has_value();
  const std::string render =
      cached ? render_key(w.generator, config, [&] {
        std::vector<fs::path> folders = template_folders(config, configured.theme);  // and the catalogs
        for (const auto& f : catalog_folders(config.root, shared_roots())) folders.push_back(f);
        return folders;
      }(), configured.theme.folder, site->info) : "";
  std::vector<std::string> all_ids;
  for (const auto& p : site->disclosures) all_ids.push_back(p.id);
  const std::string structure = cached ? structure_key(all_ids, links, site->comparisons.dump()) : "";
  const fs::path& target = w.target();
  // A keyed output is recorded under its key, and kept as it is when the previous site made it
  // with the same key and it is still there unchanged.
  const auto kept = [&](const std::string& path, const std::string& key) {
    if (key.empty()) return false;
    w.made.record(path, key);
    if (!w.reuse || !w.previous.unchanged(target, path, key)) return false;
    w.out.keep(path, target);
    return true;
  };
  const auto page = [&](const std::string& path, const std::string& template_name, const std::string& key, auto make_view) {
    plan.page_paths.push_back(path);
    if (kept(path, key)) {
      ++plan.pages_kept;
      return;
    }
    plan.tasks.push_back([workspace, templates, path, template_name, make_view] {
      workspace->out.add(path, templates->render(template_name, make_view()));
    });
  };
  // A file made from keyed inputs: kept when its key is unchanged, else made now.
  const auto file = [&](const std::string& path, const std::string& key, auto make_bytes) {
    if (!kept(path, key)) w.out.add(path, make_bytes());
  };
  // The keys of listing pages: their members' parse keys and metadata.
  const auto members_key = [&](const std::string& path, const std::vector<size_t>& members) {
    if (!cached) return std::string();
    std::vector<std::string> keys;
    std::vector<const DisclosureMeta*> meta;
    for (size_t i : members) {
      keys.push_back(parsed.parse_keys[i]);
      meta.push_back(&site->disclosures[i].meta);
    }
    return listing_page_key(render, structure, path, keys, meta);
  };
  std::map<std::string, size_t> index_of_id;
  for (size_t i = 0; i < site->disclosures.size(); ++i) index_of_id[site->disclosures[i].id] = i;
  const auto comparison_key = [&](const std::string& id, const std::vector<std::string>& member_ids) {
    if (!cached) return std::string();
    std::vector<std::string> keys;
    for (const auto& member : member_ids)
      if (auto it = index_of_id.find(member); it != index_of_id.end()) keys.push_back(parsed.parse_keys[it->second]);
    return comparison_page_key(render, structure, id, keys);
  };

  page(paths::home, "home", "", [site] { return home_page(*site); });
  page(paths::search, "search", "", [site] { return search_page(*site); });
  const ParsedSite* p_site = &parsed;
  const fs::path* content_dir = &config.content_dir;
  for (size_t i = 0; i < site->disclosures.size(); ++i) {
    const PublishedDisclosure& p = site->disclosures[i];
    const std::string key = cached ? disclosure_page_key(render, parsed.parse_keys[i], parsed.sources[i]->meta,
                                                         links.department_of(i), links.region_named(p.model.entity.region))
                                   : "";
    // A page rendered from a model not kept whole reads it again (from the cache, or its source).
    page(paths::disclosure(p.id), "disclosure", key, [p_site, workspace, content_dir, i] {
      const SiteData& s = p_site->site;
      if (p_site->whole[i]) return disclosure_page(s, i, s.disclosures[i].model);
      std::optional<ParsedInput> again =
          workspace->cache ? load_model(*workspace->cache, p_site->parse_keys[i]) : std::nullopt;
      try {
        if (!again) again = parse_input(*p_site->sources[i], *content_dir);
      } catch (const InputError& e) {
        throw OutputError(std::string(e.what()) + " (it changed during the build)");
      }
      return disclosure_page(s, i, again->model);
    });
  }
  for (size_t d = 0; d < links.departments().size(); ++d) {
    const std::string path = paths::department(links.departments()[d].slug);
    page(path, "department", members_key(path, links.departments()[d].disclosures), [site, d] { return department_page(*site, d); });
  }
  for (size_t r = 0; r < links.regions().size(); ++r) {
    const std::string path = paths::region(links.regions()[r].slug);
    std::vector<size_t> members;
    for (size_t d : links.regions()[r].departments)
      for (size_t i : links.departments()[d].disclosures) members.push_back(i);
    page(path, "region", members_key(path, members), [site, r] { return region_page(*site, r); });
  }
  if (has_comparisons(comparisons)) {
    const ComparisonSet* set = &comparisons;
    page(paths::comparisons, "comparisons", "", [site, set] { return comparisons_index_page(*site, *set); });
    // A comparison is made from its members' digests and the configuration: its key is theirs.
    file("compare/comparisons.json", comparison_key("compare/comparisons.json", all_ids),
         [&] { return with_schema(comparisons_json_text(comparisons), "../" + std::string(kComparisonSchema)) + "\n"; });
    for (const auto& g : comparisons.groups) {
      if (!g.same_members_as.empty()) continue;
      std::vector<std::string> ids;
      for (const auto& m : g.members) ids.push_back(m.id);
      const std::string key = comparison_key(g.id, ids);
      page(paths::comparison(g.id), "comparison", key, [site, gp = &g] { return comparison_page(*site, *gp); });
      file(paths::comparison_file(g.id, "comparison.csv"), key, [&] { return to_csv(g); });
      file(paths::comparison_file(g.id, "comparison.json"), key,
           [&] { return with_schema(to_json(g).dump(2), "../../" + std::string(kComparisonSchema)) + "\n"; });
    }
    for (const auto& e : comparisons.executions) {
      const std::string key = comparison_key(e.id, {e.budget_id, e.final_id});
      page(paths::comparison(e.id), "execution", key, [site, ep = &e] { return execution_page(*site, *ep); });
      file(paths::comparison_file(e.id, "comparison.csv"), key, [&] { return to_csv(e); });
      file(paths::comparison_file(e.id, "comparison.json"), key,
           [&] { return with_schema(to_json(e).dump(2), "../../" + std::string(kComparisonSchema)) + "\n"; });
    }
  }
  const bool unsafe_html = config.markdown_unsafe_html;
  for (const auto& p : content.pages)
    page(paths::content_page(p.slug), "page", "", [site, pp = &p, unsafe_html] {
      return content_page(*site, *pp, markdown_to_html(pp->markdown, unsafe_html));
    });
  plan.tasks.push_back([workspace, templates, site] { workspace->out.add(paths::not_found, templates->render("404", not_found_page(*site))); });
}

void render_pages(PagePlan& plan, int jobs, std::ostream& progress, Progress::Style style) {
  try {
    Progress rendering(progress, style, "render", plan.tasks.size());
    parallel_for(plan.tasks.size(), jobs, [&](size_t i) {
      plan.tasks[i]();
      rendering.advance();
    });
  } catch (const TemplateError& e) {
    throw BuildStopped(2, std::string("budgetsite: ") + e.what());
  } catch (const OutputError& e) {
    throw BuildStopped(1, std::string("budgetsite: ") + e.what());
  }
}

void add_site_files(const Configured& configured, const ContentSet& content, const ComparisonSet& comparisons,
                    ParsedSite& parsed, PagePlan& plan, Workspace& w, BuildReport& report) {
  const SiteConfig& config = configured.config;
  try {
    std::vector<SearchEntry> search = site_search_entries(parsed.site);
    for (auto& e : parsed.search) search.push_back(std::move(e));
    for (const auto& g : comparisons.groups)
      if (g.same_members_as.empty()) search.push_back({said(g.title_wording, g.title), words().text("search.kind.comparison"), paths::comparison(g.id), g.department_type, {}});
    for (const auto& e : comparisons.executions) search.push_back({said(e.title_wording, e.title), words().text("search.kind.comparison"), paths::comparison(e.id), "", {}});
    for (const auto& p : content.pages) search.push_back({p.title, words().text("search.kind.page"), paths::content_page(p.slug), p.description, {}});
    // The index is made from its entries alone: kept when they are the same.
    std::string search_key;
    if (w.cache) {
      std::vector<std::string> parts{"search 1", w.generator};
      for (const auto& e : search) {
        for (const std::string* field : {&e.title, &e.category, &e.path, &e.detail}) parts.push_back(*field);
        parts.push_back(std::to_string(e.keywords.size()));
        for (const auto& k : e.keywords) parts.push_back(k);
      }
      search_key = combine_key(std::vector<std::string_view>(parts.begin(), parts.end()));
    }
    const fs::path& target = w.target();
    const std::vector<std::string> kept_search =
        w.reuse ? w.previous.paths_with_key("assets/search/", search_key) : std::vector<std::string>();
    if (w.reuse && w.previous.all_unchanged(target, kept_search, search_key)) {
      for (const auto& file : kept_search) {
        w.out.keep(file, target);
        w.made.record(file, search_key);
      }
    } else {
      for (auto& [file, script] : search_index_files(search)) {
        if (w.cache) w.made.record(file, search_key);
        w.out.add(file, std::move(script));
      }
    }
    std::sort(plan.page_paths.begin(), plan.page_paths.end());
    if (!config.base_url.empty()) w.out.add("sitemap.xml", sitemap_xml(config.base_url, plan.page_paths));
    else report.notes.push_back("no base_url: sitemap.xml is left out (it needs absolute URLs); pass --base-url or set base_url");
    w.out.add("data/summaries.json", summaries_json(parsed.digests).dump(1) + "\n");
    w.out.add("data/summaries.csv", summaries_csv(parsed.digests));
    for (const char* schema : {kModelSchema, kComparisonSchema}) {
      const std::string name = fs::path(schema).filename().string();
      if (const auto file = shared_file("schemas/" + name)) w.out.copy(schema, *file);
      else report.problems.push_back("schemas/" + name + ": not found beside budgetsite (reinstall it): " + schema + " is not published");
    }
    w.out.add("datapackage.json", data_package(package_info(config, comparisons), package_members(parsed.site)).dump(1) + "\n");
    w.out.add("robots.txt", robots_txt(config.base_url));
    w.out.add("feed.xml", atom_feed(parsed.site));
    w.out.add(".nojekyll", "");
    add_assets(config, configured.theme, w.out, report.problems);
  } catch (const OutputError& e) {  // a file that could not be written (disk full …)
    throw BuildStopped(1, std::string("budgetsite: ") + e.what() + " (the previous site is left as it was)");
  }
}

Written write_site(Workspace& w, PhaseTimes& phases, int jobs) {
  Written written;
  try {
    // Pages kept from the previous site were checked when they were made; their links lead to
    // files whose keys they include.
    written.unchanged = !write_atomically(w.out, *w.lock, {[&](const fs::path& staging) {
                          phases.start("check links");
                          written.links = check_links(staging, [&](const std::string& page) { return !w.out.kept(page); }, jobs);
                          phases.start("swap in, remove the old site");
                        }, {}});
  } catch (const std::exception& e) {
    throw BuildStopped(1, std::string("budgetsite: ") + e.what() + " (the previous site is left as it was)");
  }
  return written;
}

void record_in_cache(Workspace& w, const LinkReport& links, BuildReport& report) {
  for (const auto& b : links.broken) w.made.forget(b.page);
  if (!w.made.save(*w.cache, w.target())) report.problems.push_back("cannot write the cache's record of " + w.target().string());
}

}  // namespace budgetsite
