// Small UTF-8 text helpers shared by every stage. Pure functions, no state.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetsite {

// Well-formed UTF-8: no stray continuation byte, no overlong form, no surrogate, nothing above
// U+10FFFF.
bool is_valid_utf8(std::string_view bytes);
// Text as XML/HTML character data or attribute value: & < > " ' escaped.
std::string escape_markup(std::string_view text);
// Code points of a UTF-8 string (invalid bytes are skipped).
std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t code_point);

bool is_cjk(char32_t cp);
// ASCII blanks plus U+3000 (ideographic space).
bool is_blank(char32_t cp);
std::string trim(std::string_view s);  // trims ASCII blanks and U+3000
// Removes every blank (ASCII and U+3000) — for comparing labels that PDF extraction split.
std::string strip_blanks(std::string_view s);
// Justified lines print "机 关 运 行 经 费": a blank between two CJK ideographs is no blank.
std::string close_up_justified(std::string_view s);
// A label without blanks and without its list numbering: "一、", "（一）", "(1)", "1." or "1.2".
std::string bare_label(std::string_view label);
bool contains(std::string_view s, std::string_view part);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
std::vector<std::string> split(std::string_view s, char separator);
// Number of code points.
size_t length_cp(std::string_view s);
// Leading U+3000 / ASCII spaces, counted in code points.
int indent_of(std::string_view s);

// Formats a number in the document's unit with exactly two decimals ("17464.07").
std::string format_fixed(double value, int decimals = 2);
// The decimals a table prints its figures with: 2, or more (up to 6) where a figure needs them
// (Beijing prints 万元 to six places). Shown and downloaded as printed, never rounded away.
int printed_decimals(const std::vector<std::optional<double>>& values);
// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
std::string csv_field(const std::string& text);

// The first year printed as "20xx年" in `s` (blanks already removed where they matter), or nullopt.
std::optional<int> year_in(std::string_view s);
// Amounts in cents, for exact comparisons of figures printed with two decimals.
long long to_cents(double value);

}  // namespace budgetsite
