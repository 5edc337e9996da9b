#include <algorithm>
#include <map>
#include <optional>

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

std::vector<Section> read_sections(const SourceText& text, const DocumentOutline& map) {
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
      current.paragraph_pages.clear();
    };
    std::string paragraph;
    int paragraph_line = 0;
    auto end_paragraph = [&]() {
      if (!paragraph.empty()) {
        current.paragraphs.push_back(paragraph);
        current.paragraph_lines.push_back(paragraph_line);
        current.paragraph_pages.push_back(text.page_of(paragraph_line));
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

namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// "一、" "（一）" "(一)" "1." "1、" "1．" at the start: the length of the numbering, or 0.
size_t glossary_numbering(const std::string& t) {
  static const std::string numerals = "一二三四五六七八九十";
  size_t k = 0;
  if (starts_with(t, "（") || starts_with(t, "(")) {
    const size_t open = starts_with(t, "（") ? 3 : 1;
    k = open;
    while (k + 3 <= t.size() && numerals.find(t.substr(k, 3)) != std::string::npos) k += 3;
    while (k < t.size() && ascii_digit(t[k])) ++k;
    if (k == open) return 0;
    if (t.compare(k, 3, "）") == 0) return k + 3;
    if (t.compare(k, 1, ")") == 0) return k + 1;
    return 0;
  }
  while (k + 3 <= t.size() && numerals.find(t.substr(k, 3)) != std::string::npos) k += 3;
  if (k == 0)
    while (k < t.size() && ascii_digit(t[k])) ++k;
  if (k == 0) return 0;
  for (const char* mark : {"、", "．", ".", "．"})
    if (t.compare(k, std::string(mark).size(), mark) == 0) return k + std::string(mark).size();
  return 0;
}

}  // namespace

std::vector<GlossaryEntry> read_glossary(const std::vector<Section>& sections) {
  // Page headers ("某局 2026 年度部门预算公开") recur through the document.
  std::map<std::string, int> seen;
  for (const auto& s : sections)
    for (const auto& p : s.paragraphs) ++seen[strip_blanks(p)];
  // The pieces of the 名词解释: the sections titled so, or opening with the word, and the
  // sections of the same part after them.
  std::vector<std::pair<std::string, int>> pieces;
  int glossary_part = -1;
  for (const auto& s : sections) {
    const bool opens = contains(s.part_title, "名词解释") || contains(s.heading, "名词解释") ||
                       (!s.paragraphs.empty() && contains(s.paragraphs.front(), "名词解释") && length_cp(s.paragraphs.front()) <= 12);
    if (opens) glossary_part = s.part;
    else if (s.part != glossary_part) continue;
    if (!s.heading.empty() && !contains(s.heading, "名词解释")) pieces.push_back({s.heading, s.line});
    for (size_t i = 0; i < s.paragraphs.size(); ++i) {
      std::string t = trim(s.paragraphs[i]);
      // Markdown the text extraction left: list marks and bold.
      for (const char* mark : {"- ", "* ", "• "})
        if (starts_with(t, mark)) t = trim(t.substr(std::string(mark).size()));
      for (size_t at; (at = t.find("**")) != std::string::npos;) t.erase(at, 2);
      if (t.empty() || seen[strip_blanks(s.paragraphs[i])] >= 3 || (contains(t, "名词解释") && length_cp(t) <= 12)) continue;
      pieces.push_back({t, i < s.paragraph_lines.size() ? s.paragraph_lines[i] : s.line});
    }
  }
  // Entries are numbered ("一、term：…"), or, where none is, each starts with its term and a colon.
  const bool numbered = std::any_of(pieces.begin(), pieces.end(), [](const auto& p) { return glossary_numbering(p.first) > 0; });
  auto term_before_colon = [](const std::string& t) {
    const size_t colon = t.find("：");
    if (colon == std::string::npos) return false;
    const std::string term = t.substr(0, colon);
    return length_cp(term) >= 2 && length_cp(term) <= 20 && !contains(term, "，") && !contains(term, "。") &&
           term != "其中" && term != "包括" && term != "注";
  };
  std::vector<GlossaryEntry> out;
  std::optional<GlossaryEntry> open;
  auto close = [&] {
    if (!open) return;
    const std::string text = trim(open->term);
    size_t colon = text.find("：");
    size_t mark = 3;
    if (colon == std::string::npos) { colon = text.find(':'); mark = 1; }
    if (colon != std::string::npos) {
      const std::string term = trim(text.substr(0, colon));
      const std::string definition = trim(text.substr(colon + mark));
      const bool digits = std::any_of(term.begin(), term.end(), ascii_digit);
      if (!term.empty() && length_cp(term) <= 20 && !digits && !definition.empty())
        out.push_back({term, definition, open->line});
    }
    open.reset();
  };
  for (const auto& [t, line] : pieces) {
    const size_t n = glossary_numbering(t);
    if (n || (!numbered && term_before_colon(t))) {
      close();
      open = GlossaryEntry{t.substr(n), "", line};
    } else if (open && !ends_with(open->term, "。")) {
      open->term += t;  // an entry split by a page break
    }
  }
  close();
  return out;
}

}  // namespace budgetsite
