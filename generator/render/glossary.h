// Stage 7 — the document's own 名词解释 as its page uses it. A label that names a defined term
// links to the definition in the page's 名词解释 list ("#term-N"): as printed, or without its
// numbering (一、 （一）), quotes and blanks, and either side without a trailing 预算/预算数/
// 财政拨款支出 or its parenthesized part ("行政经费（机关运行经费）" defines both). The first
// entry of a term wins. Only terms the document defines are glossed; nothing is added.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/disclosure.h"
#include "render/page.h"

namespace budgetsite {

class Glossary {
 public:
  explicit Glossary(const std::vector<GlossaryEntry>& entries);
  // {"href": "#term-N", "definition": …} for a label naming a defined term, else null.
  View gloss(std::string_view label) const;
  // [{"id", "term", "definition", "line"}] in the document's order.
  View list() const;
  bool empty() const { return entries_.empty(); }

 private:
  const std::vector<GlossaryEntry>& entries_;
  std::map<std::string, size_t> by_key_;
};

}  // namespace budgetsite
