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

// `window.BUDGETSITE_SEARCH_INDEX = {...};` (docs/themes.md).
std::string search_index_script(const std::vector<SearchEntry>& entries);
// The entries of every disclosure, department, region and project (and the 类 rows).
std::vector<SearchEntry> disclosure_search_entries(const SiteData& site);

std::string sitemap_xml(const std::string& base_url, const std::vector<std::string>& page_paths);
std::string robots_txt(const std::string& base_url);
std::string atom_feed(const SiteData& site);

}  // namespace budgetsite
