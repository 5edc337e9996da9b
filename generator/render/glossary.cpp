#include "render/glossary.h"

#include "common/text.h"

namespace budgetsite {

namespace {

// Blanks, numbering and quotes out.
std::string glossary_key(std::string_view label) {
  std::string s = bare_label(label);
  for (const char* quote : {"“", "”", "\"", "‘", "’", "'", "「", "」"})
    for (size_t at; (at = s.find(quote)) != std::string::npos;) s.erase(at, std::string(quote).size());
  return s;
}

std::vector<std::string> key_variants(const std::string& key) {
  std::vector<std::string> keys{key};
  for (const char* suffix : {"财政拨款预算数", "财政拨款支出", "预算数", "预算"})
    if (ends_with(key, suffix) && key.size() > std::string(suffix).size() + 3) {
      keys.push_back(key.substr(0, key.size() - std::string(suffix).size()));
      break;
    }
  if (const size_t open = key.find("（"); open != std::string::npos && open > 0) {
    keys.push_back(key.substr(0, open));
    const size_t close = key.find("）", open);
    if (close != std::string::npos && close > open + 6) keys.push_back(key.substr(open + 3, close - open - 3));
  }
  return keys;
}

}  // namespace

Glossary::Glossary(const std::vector<GlossaryEntry>& entries) : entries_(entries) {
  for (size_t i = 0; i < entries.size(); ++i)
    for (const auto& key : key_variants(glossary_key(entries[i].term)))
      if (length_cp(key) >= 2) by_key_.emplace(key, i);
}

View Glossary::gloss(std::string_view label) const {
  if (by_key_.empty()) return nullptr;
  for (const auto& key : key_variants(glossary_key(label)))
    if (auto it = by_key_.find(key); it != by_key_.end())
      return View{{"href", "#term-" + std::to_string(it->second + 1)}, {"definition", entries_[it->second].definition}};
  return nullptr;
}

View Glossary::list() const {
  View list = View::array();
  for (size_t i = 0; i < entries_.size(); ++i)
    list.push_back({{"id", "term-" + std::to_string(i + 1)},
                    {"term", entries_[i].term},
                    {"definition", entries_[i].definition},
                    {"line", entries_[i].line}});
  return list;
}

}  // namespace budgetsite
