#include <algorithm>

#include "common/text.h"
#include "model/parse.h"

namespace budgetsite {

namespace {

bool is_heading(const std::string& t) {
  if (t.empty() || length_cp(t) > 40 || contains(t, "。") || contains(t, "：") || contains(t, "**")) return false;
  static const std::string numerals = "一二三四五六七八九十";
  size_t k = 0;
  while (k + 3 <= t.size() && numerals.find(t.substr(k, 3)) != std::string::npos) k += 3;
  return k > 0 && t.substr(k, 3) == "、";
}

bool is_page_number(const std::string& t) {
  std::string core;
  for (char c : strip_blanks(t))
    if (c != '-') core += c;
  for (const char* dash : {"—", "－"}) {
    std::string d = dash;
    size_t p;
    while ((p = core.find(d)) != std::string::npos) core.erase(p, d.size());
  }
  return !core.empty() && core.size() <= 3 &&
         std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::vector<Section> read_sections(const SourceText& text, const DocumentMap& map) {
  std::vector<Section> sections;
  std::vector<char> excluded(text.line_count() + 2, 0);
  for (const auto& t : map.tables)
    for (int i = t.title_line; i <= t.body_end; ++i) excluded[i] = 1;
  for (const auto& f : map.performance)
    for (int i = f.begin; i <= f.end; ++i) excluded[i] = 1;
  for (const auto& part : map.parts) {
    Section current;
    current.part = part.number;
    current.part_title = part.heading;
    current.line = part.line;
    auto flush = [&]() {
      if (!current.paragraphs.empty() || !current.heading.empty()) sections.push_back(current);
      current.paragraphs.clear();
      current.paragraph_lines.clear();
    };
    std::string paragraph;
    int paragraph_line = 0;
    auto end_paragraph = [&]() {
      if (!paragraph.empty()) {
        current.paragraphs.push_back(paragraph);
        current.paragraph_lines.push_back(paragraph_line);
      }
      paragraph.clear();
    };
    for (int i = part.line + 1; i <= part.end_line; ++i) {
      if (excluded[i]) { end_paragraph(); continue; }
      std::string t = trim(text.line(i));
      // A page number between two halves of a paragraph ("24", "- 8 -") is not text.
      if (!t.empty() && is_page_number(t)) continue;
      if (t.empty()) {
        // Some extractions put a blank line after every line: a blank line ends a
        // paragraph only where a sentence ended.
        if (paragraph.empty() || ends_with(paragraph, "。") || ends_with(paragraph, "；") ||
            ends_with(paragraph, "：") || length_cp(paragraph) < 24)
          end_paragraph();
        continue;
      }
      if (is_heading(t) && t.find('\t') == std::string::npos) {
        end_paragraph();
        flush();
        current.heading = t;
        current.line = i;
        continue;
      }
      // Tab-laid-out lines outside the tables keep their cells apart.
      std::string clean;
      for (const auto& piece : split(t, '\t')) {
        std::string p = trim(piece);
        if (p.empty()) continue;
        if (!clean.empty()) clean += ' ';
        clean += p;
      }
      if (paragraph.empty()) paragraph_line = i;
      // PDF extraction breaks a paragraph at the page width: a line that does not end a
      // sentence continues on the next one.
      paragraph += clean;
      bool sentence_end = ends_with(clean, "。") || ends_with(clean, "；") || ends_with(clean, ";") ||
                          ends_with(clean, "：") || length_cp(clean) < 16;
      if (sentence_end) end_paragraph();
    }
    end_paragraph();
    flush();
  }
  return sections;
}

}  // namespace budgetsite
