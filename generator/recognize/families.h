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
};

const std::vector<TemplateFamily>& template_families();
// The family whose place and marker both occur in `head` (the document's first lines and its
// table titles, blanks removed), or nullptr.
const TemplateFamily* match_family(const std::string& head, Kind kind);

}  // namespace budgetsite
