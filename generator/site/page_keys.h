// Stage 8 — what each file of a site is made from, as a cache key (cache/build_cache.h). Two
// builds give a file the same key only if they would give it the same bytes: a rebuild keeps
// the file of an unchanged key and makes the rest. Each key names every input of its file:
//   parse key      a disclosure's model and own files (model.json, CSVs, source.txt, PDFs):
//                  the generator, the configuration, the id and path, every input file's bytes;
//   render key     what every page shares: the parse key's generator and configuration, the
//                  templates and theme, the site's title and navigation;
//   page keys      the render key plus the page's own inputs (below).
// A page whose view reads something new must add it to its key here; tests/unit/
// incremental_test.cpp builds sites changed in each way and compares them with clean builds.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "aggregate/comparisons.h"
#include "config/site_config.h"
#include "content/content.h"
#include "render/links.h"
#include "render/page.h"

namespace budgetsite {

std::string parse_key(const DisclosureSource& source, const SiteConfig& config, const std::string& generator);

std::string render_key(const std::string& generator, const SiteConfig& config,
                       const std::vector<std::filesystem::path>& template_folders,
                       const std::filesystem::path& theme_folder, const SiteInfo& info);

// What pages know of every disclosure: the links between disclosures, departments and regions
// (ids, slugs, names) and the comparison links the home and department pages list.
std::string structure_key(const std::vector<std::string>& disclosure_ids, const SiteLinks& links,
                          const std::string& comparison_links);

// A disclosure's page: its model and metadata (parse key, source meta) and where it sits.
std::string disclosure_page_key(const std::string& render, const std::string& parse, const DisclosureMeta& meta,
                                const DepartmentEntry& department, const RegionEntry* region);
// A department's or region's page: the structure and every member's parse key and meta.
std::string listing_page_key(const std::string& render, const std::string& structure, const std::string& page,
                             const std::vector<std::string>& member_parse_keys,
                             const std::vector<const DisclosureMeta*>& member_meta);
// A comparison or execution pair (its page and files): made from its members' digests and the
// configuration's regions and groups, so its id, the structure and its members' parse keys.
std::string comparison_page_key(const std::string& render, const std::string& structure, const std::string& id,
                                const std::vector<std::string>& member_parse_keys);

}  // namespace budgetsite
