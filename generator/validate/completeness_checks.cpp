// The parts and 情况说明 sections the 目录 of the document's template family lists. (Missing tables are reported by
// the parser, with the 目录 line that lists them.)
#include "common/text.h"
#include "validate/checks.h"

namespace budgetsite {

void check_completeness(const Disclosure& d, std::vector<Check>& out) {
  for (const auto& req : required_sections()) {
    if (req.family != d.template_id || req.kind != d.kind) continue;
    bool part_found = false, found = false;
    int part_line = 0;
    for (const auto& s : d.sections) {
      if (s.part != req.part) continue;
      if (!part_found) part_line = s.line;
      part_found = true;
      if (req.heading.empty() || contains(strip_blanks(s.heading), req.heading)) { found = true; break; }
      // Sub-headings such as （一）机关运行经费支出情况说明 stay inside the paragraphs.
      for (const auto& p : s.paragraphs)
        if (length_cp(p) <= 40 && contains(strip_blanks(p), req.heading)) found = true;
      if (found) break;
    }
    if (found) continue;
    // A missing part is reported once, not once per section of it.
    if (!req.heading.empty() && !part_found) continue;
    Check c;
    c.id = "missing-section";
    c.severity = "warning";
    c.line = req.heading.empty() ? 0 : part_line;
    if (c.line) c.lines = {c.line};
    c.wording = {req.heading.empty() ? Wording{"check.missing_part", {{"name", req.name}}}
                                     : Wording{"check.missing_section", {{"line", part_line}, {"name", req.name}}}};
    out.push_back(c);
  }
}

void check_empty_tables(const Disclosure& d, std::vector<Check>& out) {
  for (const auto& rule : empty_table_rules())
    for (const auto& id : rule.tables) {
      const Table* t = d.table(id);
      if (!t || !t->present || !t->no_data || t->no_data_note) continue;
      bool explained = false;
      for (const auto& s : d.sections)
        for (const auto& p : s.paragraphs) {
          const std::string text = strip_blanks(p);
          size_t at = text.find(rule.subject);
          if (at == std::string::npos) continue;
          // The absence is said in the clause that names the subject.
          for (const auto& w : absence_words()) {
            size_t q = text.find(w, at > 30 ? at - 30 : 0);
            explained |= q != std::string::npos && q <= at + rule.subject.size() + 60;
          }
        }
      if (explained) continue;
      Check c;
      c.id = "empty-table-unexplained";
      c.severity = "warning";
      c.table = t->id;
      c.line = t->line;
      c.lines = {t->line};
      c.wording = {{"check.empty_table_unexplained", {{"table", t->title}}}};
      out.push_back(std::move(c));
    }
}

}  // namespace budgetsite
