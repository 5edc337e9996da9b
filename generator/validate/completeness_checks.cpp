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
    c.message = req.heading.empty() ? "缺少目录规定的“" + req.name + "”"
                                    : "第" + std::to_string(part_line) + "行起的情况说明中缺少目录规定的“" + req.name + "”一节";
    out.push_back(c);
  }
}

}  // namespace budgetsite
