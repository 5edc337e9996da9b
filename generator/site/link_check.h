// Stage 8 — the link checker. Walks a built site on disk and reports every internal link or
// asset reference (href/src attributes of the HTML pages) that does not resolve: a missing
// file, a folder instead of a file (which a browser opening the site from disk cannot show),
// a missing #fragment, or a root-absolute URL ("/x", "//host/x") that breaks sub-path hosting.
// External links (http, https, mailto) are not fetched.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace budgetsite {

struct BrokenLink {
  std::string page;     // relative to the site root
  int line = 0;
  std::string url;
  std::string reason;
};

struct LinkReport {
  int pages = 0;
  int links = 0;        // internal links and assets checked
  std::vector<BrokenLink> broken;
};

// `check_page` (a path relative to the root) limits the check to some pages, for an incremental
// build whose other pages were checked when they were made; every page may still be read for
// the ids its links' #fragments name. Without it every page is checked.
// Pages are read on up to `jobs` threads (0: one per processor). Broken links are reported by
// page, then line.
LinkReport check_links(const std::filesystem::path& site_root,
                       const std::function<bool(const std::string& page)>& check_page = {}, int jobs = 0);

}  // namespace budgetsite
