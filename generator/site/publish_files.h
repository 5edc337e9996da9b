// Stage 8 — the machine-readable files of a site: the search index (a script the pages load,
// so search works from disk), sitemap.xml, robots.txt and the Atom feed of disclosures.
// Deterministic: the same site gives the same bytes (no clock is read).
#pragma once

#include <string>

#include "render/views.h"

namespace budgetsite {

struct SearchEntry {
  std::string title;
  std::string category;  // 公开 | 部门 | 地区 | 项目 | 功能分类 | 比较 | 页面
  std::string path;      // relative to the site root, may end in #anchor
  std::string detail;
  std::vector<std::string> keywords;  // also found by: 工信, 柳林 (aggregate/departments.h)
};

// The search index split so that a query reads a small part of it (docs/themes.md): scripts
// under assets/search/ (search works from disk, where fetch() does not), each setting one part
// of `window.BUDGETSITE_SEARCH_PARTS`:
//   index.js   {v: 2, n: entries, chunk: entries per chunk, shards: posting shards,
//               df: {character: entries holding it}}
//   e<k>.js    entries k·chunk … as [{t, c, u, d, k}]
//   p<s>.js    {character: ids of the entries holding it, ascending, as differences}, for the
//              characters whose code point modulo `shards` is s
// Characters are taken from title, keywords and detail as the theme normalizes a query
// (full-width ASCII to ASCII, A–Z to a–z; blanks dropped).
std::vector<std::pair<std::string, std::string>> search_index_files(const std::vector<SearchEntry>& entries);
// The entries of the site's regions and departments.
std::vector<SearchEntry> site_search_entries(const SiteData& site);
// The entries of one disclosure: itself, its projects and its 类 rows (read from the whole model).
std::vector<SearchEntry> disclosure_search_entries(const PublishedDisclosure& p);

std::string sitemap_xml(const std::string& base_url, const std::vector<std::string>& page_paths);
std::string robots_txt(const std::string& base_url);
std::string atom_feed(const SiteData& site);

}  // namespace budgetsite
