// Stage 1 — ingest/normalize.
// Takes: the bytes of one disclosure file (UTF-8 with or without BOM, or GB18030; LF or CRLF).
// Gives: a SourceText — the document as normalized UTF-8 lines, with its provenance.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace budgetsite {

// An input that cannot be used at all (unreadable, empty, binary, not a disclosure).
// `what()` is one line naming the file and the reason; `line` is 0 when no line applies.
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, int line, const std::string& reason);
  const std::string& file() const { return file_; }
  int line() const { return line_; }
  const std::string& reason() const { return reason_; }

 private:
  std::string file_;
  int line_;
  std::string reason_;
};

// The normalized text of one document. Invariants: `lines` are valid UTF-8 without line
// terminators; line N of the source file (1-based) is `lines[N - 1]`; full-width digits,
// letters and number punctuation are ASCII; NBSP and zero-width characters are gone (U+3000
// ideographic spaces stay, since layouts use them for indentation).
struct SourceText {
  std::string file;      // as given by the caller
  std::string encoding;  // "utf-8" | "gb18030"
  bool had_bom = false;
  std::string sha256;    // of the raw bytes, lowercase hex
  std::vector<std::string> lines;
  // Page of each line (1-based; a form feed starts a new page; text without form feeds is page 1).
  std::vector<int> pages;
  std::string format = "text";  // "text" | "pdf"
  // Laid out on a cell grid from a cell export (recognize/cell_text.h): a heading stands at its
  // first cell, not centred over the columns it spans.
  bool cell_grid = false;
  // The cells are the export's own (tab-separated): a figure stands in its column for sure.
  bool cells_exact = false;
  int page_count = 1;
  int page_of(int line) const { return line >= 1 && line <= static_cast<int>(pages.size()) ? pages[line - 1] : 0; }

  const std::string& line(int number) const { return lines.at(number - 1); }
  int line_count() const { return static_cast<int>(lines.size()); }
};

// Decodes and normalizes `bytes`. Throws InputError for empty or binary input.
SourceText ingest_bytes(std::string_view bytes, const std::string& file);
// Reads `path` and ingests it. Throws InputError when the file cannot be read.
SourceText ingest_file(const std::string& path);

// One publication in several files (情况说明 + 报表): their lines one after another, pages
// numbered on; the file and format are the first's, the sha256 covers every part.
SourceText join_parts(std::vector<SourceText> parts);

// Normalization of one UTF-8 string (also used on text that does not come from a file).
std::string normalize_text(std::string_view utf8);
std::string sha256_hex(std::string_view bytes);

}  // namespace budgetsite
