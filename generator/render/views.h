// Stage 7 — the view model of every page type. Each function takes the parsed, validated
// models (and the site's links) and gives the JSON its template lays out; every figure is
// already formatted, every link already relative to the page. No function here reads files.
#pragma once

#include <string>
#include <vector>

#include "content/content.h"
#include "model/disclosure.h"
#include "render/links.h"
#include <filesystem>

#include "render/page.h"

namespace budgetsite {

// A disclosure as the site publishes it: its id (page folder), model and metadata.
struct PublishedDisclosure {
  std::string id;
  Disclosure model;
  DisclosureMeta meta;
  std::string source_text;  // the ingested text, offered as a download ("" when not offered)
  bool offers_source_text = true, offers_table_csv = true, offers_figures_csv = true;  // config `downloads:`
  // The published PDF(s) on the build machine, copied as original.pdf, original-2.pdf …
  std::vector<std::filesystem::path> originals;
  // With `downloads: {originals: link}`: the published document's address (source_url), which
  // page links point into instead of a copy; "" otherwise.
  std::string originals_link;
  // First page of each original in the model's page numbering (parts are numbered on).
  std::vector<int> original_first_pages;

  // "original.pdf#page=12" for a page of the model, or "" when no original holds it.
  std::string page_href(int page) const;
};

// The file name of the k-th original PDF of a disclosure (0: "original.pdf").
std::string original_pdf_name(size_t k);

struct SiteData {
  SiteInfo info;
  // Sorted by id. Once a disclosure's own files are written, its model keeps only its identity,
  // source, summary and the severity of its checks (what listings, feeds and counts use).
  std::vector<PublishedDisclosure> disclosures;
  const SiteLinks* links = nullptr;
  // Extra sections for the home page and department pages (comparison links), optional.
  View comparisons = View::array();   // [{title, href (from root), members, kind_label}]
};

// The page of site.disclosures[index]; `model` is its whole model (the site keeps only the
// headline of each, SiteData.disclosures).
View disclosure_page(const SiteData& site, size_t index, const Disclosure& model);
View department_page(const SiteData& site, size_t department);
View region_page(const SiteData& site, size_t region);
View home_page(const SiteData& site);
View search_page(const SiteData& site);
View not_found_page(const SiteData& site);
View content_page(const SiteData& site, const ContentPage& page, const std::string& html);

// Headline cards of a disclosure (shared by disclosure and department pages).
View summary_cards(const Disclosure& d);

}  // namespace budgetsite

#include "aggregate/comparisons.h"

namespace budgetsite {

// Comparison pages (docs/comparisons.md): the overview of every group and execution pair, one
// page per group (ranking table, a bar chart per metric, 100% stacked composition by 类,
// caveats) and one per execution pair (预算 vs 决算).
View comparisons_index_page(const SiteData& site, const ComparisonSet& set);
View comparison_page(const SiteData& site, const ComparisonGroup& group);
View execution_page(const SiteData& site, const ExecutionPair& pair);
// The list the home and department pages show: [{title, path, note, entities}].
View comparison_links(const ComparisonSet& set);

}  // namespace budgetsite
