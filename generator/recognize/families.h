// The template families of 预算公开 / 决算公开, as data (one entry each in families.cpp): how a
// family is recognized and which tables its official set holds. A document that matches no
// family is read generically (template "generic") from its titles and headers alone.
#pragma once

#include <string>
#include <vector>

#include "recognize/catalog.h"

namespace budgetsite {

struct TemplateFamily {
  std::string id;                    // "shanghai", "central", …; docs/templates-of-disclosures.md
  std::string description;
  Kind kind;
  std::vector<std::string> places;   // any of these words in the document's first pages
  std::vector<std::string> markers;  // any of these (numbering style, title wording), blanks ignored
  std::vector<std::string> tables;   // the official set, table ids as in vocabulary.cpp
  // Markers only this family prints ("预算01表"): one of them names the family without a place
  // (Beijing's 报表 half names no department or region in any heading).
  std::vector<std::string> own_markers = {};
};

const std::vector<TemplateFamily>& template_families();
// The family whose place and marker both occur in `head`, or one of whose own markers does (the document's first lines and its
// table titles, blanks removed), or nullptr.
const TemplateFamily* match_family(const std::string& head, Kind kind);

}  // namespace budgetsite
