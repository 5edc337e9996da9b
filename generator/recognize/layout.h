// Stage 2 — positioned cells of a physical-layout line (pdftotext -layout text, or a PDF page
// laid out the same way). Takes: one line. Gives: its tokens with their horizontal extent in
// character columns. A token is a run of text separated from the next by two or more blanks,
// or by one blank where either side is a number ("4,651.67 一、一般公共服务支出", "201 13 01").
// Positions are only as good as the layout: CJK glyphs are wider than a column, so text to
// the left of a figure can push it by a few columns; readers compare positions with slack.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace budgetsite {

enum class TokenKind {
  text,    // a label, a heading, a name
  amount,  // a figure: 1,234.56, 1234, -3.5, 0.00
  blank,   // a dash or slash printed for "no value"
};

struct LayoutToken {
  std::string text;
  int begin = 0;  // first column (code points from the line start)
  int end = 0;    // one past the last column
  TokenKind kind = TokenKind::text;
  int gap_before = 0;  // blanks between this token and the previous one
  std::optional<double> value;  // for amounts

  double center() const { return (begin + end) / 2.0; }
  // Digits only, no separators or point: a code, an index or a whole amount.
  bool is_integer() const;
  // An amount that is a table's figure, not a page number, 栏次 or row number (those are
  // whole numbers of one or two digits).
  bool is_figure() const { return kind == TokenKind::amount && (!is_integer() || text.size() >= 3); }
};

std::vector<LayoutToken> layout_tokens(const std::string& line);

// A figure whose decimals wrapped onto the next line ("14,770" above ".62", as some PDFs of
// narrow columns print it): each fraction token of `below` ("." and digits) that starts under
// a whole amount of `above` is joined to it and taken out of `below`. Returns how many were.
int join_wrapped_decimals(std::vector<LayoutToken>& above, std::vector<LayoutToken>& below);

}  // namespace budgetsite
