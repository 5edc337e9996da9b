#include "validate/validate.h"

#include <algorithm>
#include <map>

#include "validate/checks.h"

namespace budgetsite {

namespace {

// A table read doubtfully: lines of figures left unplaced, figures not read at all, or more
// mismatches than a department's slips (a misread column makes every row disagree).
// Its findings are not the department's errors: they become warnings about the reading.
void doubt_misreadings(const Disclosure& d, std::vector<Check>& found) {
  std::map<std::string, int> errors;
  for (const auto& c : found)
    if (c.severity == "error" && !c.table.empty()) ++errors[c.table];
  auto doubtful = [&](const std::string& id) {
    const Table* t = d.table(id);
    if (!t) return false;
    if (t->unread) return true;
    for (const auto& c : d.checks)
      if (c.id == "unparsed" && c.table == id) return true;
    auto it = errors.find(id);
    return it != errors.end() && static_cast<size_t>(it->second) > std::max<size_t>(3, t->rows.size() / 5);
  };
  std::map<std::string, bool> memo;
  for (auto& c : found) {
    if (c.severity != "error" || c.table.empty()) continue;
    auto [it, fresh] = memo.try_emplace(c.table, false);
    if (fresh) it->second = doubtful(c.table);
    if (!it->second) continue;
    const Table* t = d.table(c.table);
    c.severity = "warning";
    c.wording.insert(c.wording.begin(), t->page ? Wording{"check.doubted_table_on_page", {{"table", t->title}, {"page", t->page}}}
                                                : Wording{"check.doubted_table", {{"table", t->title}}});
  }
}

}  // namespace

void validate(Disclosure& d) {
  std::vector<Check> found;
  check_completeness(d, found);
  check_empty_tables(d, found);
  check_tables(d, found);
  check_across_tables(d, found);
  check_narrative(d, found);
  doubt_misreadings(d, found);
  // Each finding names the page of its line, where a row or paragraph of that line has one.
  std::map<int, int> page_of_line;
  for (const auto& s : d.sections)
    for (size_t k = 0; k < s.paragraph_lines.size() && k < s.paragraph_pages.size(); ++k)
      if (s.paragraph_pages[k]) page_of_line.emplace(s.paragraph_lines[k], s.paragraph_pages[k]);
  for (const auto& t : d.tables) {
    if (t.page) page_of_line.emplace(t.line, t.page);
    for (const auto& r : t.rows)
      if (r.page) page_of_line.emplace(r.line, r.page);
  }
  for (auto& c : found)
    if (!c.page && c.line)
      if (auto it = page_of_line.find(c.line); it != page_of_line.end()) c.page = it->second;
  d.checks.insert(d.checks.end(), found.begin(), found.end());
  // model.json's message: the wording in the built-in Chinese catalog, whatever the site's language.
  for (auto& c : d.checks)
    if (!c.wording.empty()) c.message = Catalog::built_in().word(c.wording);
  std::stable_sort(d.checks.begin(), d.checks.end(), [](const Check& a, const Check& b) {
    if (a.line != b.line) return a.line < b.line;
    return a.id < b.id;
  });
}

}  // namespace budgetsite
