#include "recognize/rows.h"

#include <algorithm>
#include <cstdlib>

#include "common/text.h"

namespace budgetsite {

bool LogicalRow::has_text() const {
  for (const auto& c : cells)
    if (!c.text.empty() && !parse_number(c.text) && !is_blank_value(c.text)) return true;
  return false;
}

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

std::optional<double> parse_number(const std::string& raw) {
  std::string s;
  s.reserve(raw.size());
  for (char c : raw)
    if (c != ' ') s += c;
  if (s.empty()) return std::nullopt;
  size_t i = 0;
  bool negative = false;
  if (s[0] == '-' || s[0] == '+') { negative = s[0] == '-'; i = 1; }
  if (i >= s.size() || !is_digit(s[i])) return std::nullopt;
  std::string digits;
  bool seen_point = false;
  int group_len = -1;  // digits since the last thousands separator
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (is_digit(c)) {
      digits += c;
      if (group_len >= 0 && !seen_point) ++group_len;
    } else if (c == ',' && !seen_point) {
      if (group_len >= 0 && group_len != 3) return std::nullopt;
      group_len = 0;
    } else if (c == '.' && !seen_point) {
      if (group_len >= 0 && group_len != 3) return std::nullopt;
      seen_point = true;
      digits += '.';
    } else {
      return std::nullopt;
    }
  }
  if (group_len >= 0 && !seen_point && group_len != 3) return std::nullopt;
  if (digits.back() == '.') return std::nullopt;
  double v = std::strtod(digits.c_str(), nullptr);
  return negative ? -v : v;
}

bool is_blank_value(const std::string& cell) {
  std::string s = strip_blanks(cell);
  if (s.empty()) return true;
  for (const char* dash : {"—", "-", "–", "/", "－", "─"}) {
    std::string rest = s;
    std::string d = dash;
    while (starts_with(rest, d)) rest = rest.substr(d.size());
    if (rest.empty()) return true;
  }
  return false;
}

size_t glued_number_length(const std::string& token) {
  size_t i = 0;
  if (i < token.size() && token[i] == '-') ++i;
  size_t start = i;
  while (i < token.size() && (is_digit(token[i]) || token[i] == ',')) ++i;
  if (i == start || i >= token.size() || token[i] != '.') return 0;
  ++i;
  size_t frac = i;
  while (i < token.size() && is_digit(token[i])) ++i;
  if (i == frac || i >= token.size()) return 0;
  unsigned char next = static_cast<unsigned char>(token[i]);
  if (next < 0x80) return 0;  // only CJK text may follow a glued number
  return parse_number(token.substr(0, i)) ? i : 0;
}

namespace {

// "1 2 3 4 5 6 7": the 栏次 row under a header.
bool is_column_numbers_line(const std::string& line) {
  int tokens = 0;
  for (const auto& t : split(line, ' ')) {
    if (t.empty()) continue;
    if (t.size() > 2 || !std::all_of(t.begin(), t.end(), is_digit)) return false;
    ++tokens;
  }
  return tokens >= 2;
}

bool starts_row_token(const std::string& line) {
  if (is_column_numbers_line(line)) return true;
  // Only a line that starts at its first column can open a row: one that starts with a blank
  // continues the cells of the row above it.
  if (line.empty() || line[0] == ' ') return false;
  size_t i = 0;
  while (i < line.size() && is_digit(line[i])) ++i;
  if ((i == 3 || i == 5 || i == 7) && i < line.size() && line[i] == ' ') return true;
  for (const char* w : {"合计", "总计", "本年收入合计", "收入总计"})
    if (starts_with(line, w)) return true;
  static const std::string numerals = "一二三四五六七八九十";
  size_t k = 0;
  while (k + 3 <= line.size() && numerals.find(line.substr(k, 3)) != std::string::npos) k += 3;
  return k > 0 && line.substr(k, 3) == "、";
}

bool ends_row(const std::string& line) {
  if (line.empty()) return false;
  char last = line.back();
  if (last == ' ' || is_digit(last) || last == '%') return true;
  return ends_with(line, "—") || ends_with(line, "\xE3\x80\x80");
}

bool all_blank(const std::string& s) { return strip_blanks(s).empty(); }

// Joins two fragments of one wrapped row. Text continues text directly (a wrapped label);
// a number is never glued to the text it follows.
void append_fragment(std::string& pending, const std::string& line) {
  if (!pending.empty() && !line.empty() && pending.back() != ' ' && line[0] != ' ') {
    bool number_boundary = is_digit(pending.back()) || is_digit(line[0]) || line[0] == '-';
    if (number_boundary) pending += ' ';
  }
  pending += line;
}

LogicalRow split_space_row(const std::string& joined, int first, int last) {
  LogicalRow row;
  row.line = first;
  row.last_line = last;
  row.positional = false;
  row.indent = 0;
  std::string s = joined;
  // U+3000 indentation marks nesting; keep its depth, not as blank cells.
  while (starts_with(s, "\xE3\x80\x80")) { ++row.indent; s = s.substr(3); }
  for (const auto& piece : split(s, ' ')) {
    std::string token = trim(piece);
    size_t glued = glued_number_length(token);
    if (glued > 0) {
      row.cells.push_back({token.substr(0, glued), first});
      row.cells.push_back({trim(token.substr(glued)), first});
    } else {
      row.cells.push_back({token, first});
    }
  }
  row.width = static_cast<int>(row.cells.size());
  while (!row.cells.empty() && row.cells.back().text.empty()) row.cells.pop_back();
  return row;
}

}  // namespace

std::vector<LogicalRow> rows_in_range(const SourceText& text, int begin, int end,
                                      const std::vector<int>& skip_lines, bool join_wrapped,
                                      const std::vector<std::string>& row_labels) {
  std::vector<LogicalRow> rows;
  std::string pending;
  int pending_first = 0, pending_last = 0;
  auto flush = [&]() {
    if (!all_blank(pending)) rows.push_back(split_space_row(pending, pending_first, pending_last));
    pending.clear();
    pending_first = 0;
  };
  size_t skip_index = 0;
  for (int i = begin; i <= end; ++i) {
    while (skip_index < skip_lines.size() && skip_lines[skip_index] < i) ++skip_index;
    if (skip_index < skip_lines.size() && skip_lines[skip_index] == i) continue;
    const std::string& line = text.line(i);
    if (line.find('\t') != std::string::npos) {
      flush();
      LogicalRow row;
      row.line = row.last_line = i;
      auto pieces = split(line, '\t');
      row.indent = indent_of(pieces.front());
      for (const auto& piece : pieces) row.cells.push_back({trim(piece), i});
      while (!row.cells.empty() && row.cells.back().text.empty()) row.cells.pop_back();
      if (!row.cells.empty()) rows.push_back(std::move(row));
      continue;
    }
    if (line.empty()) continue;
    if (!join_wrapped) {
      if (!all_blank(line)) rows.push_back(split_space_row(line, i, i));
      continue;
    }
    if (all_blank(line)) {
      // Blank cells: they close a row that has its text, or open the next one.
      if (pending_first == 0) pending_first = i;
      pending += line;
      pending_last = i;
      if (!all_blank(pending)) flush();
      continue;
    }
    bool opens_row = starts_row_token(line);
    for (const auto& label : row_labels) opens_row |= starts_with(line, label);
    // A total opens its row at the first cell: blank cells before it were a row of blanks.
    bool total = false;
    for (const char* w : {"合计", "总计", "本年收入合计", "收入总计"}) total |= starts_with(line, w);
    if (total && all_blank(pending)) { pending.clear(); pending_first = 0; }
    if (!pending.empty() && !all_blank(pending) && opens_row) flush();
    if (pending.empty()) pending_first = i;
    append_fragment(pending, line);
    pending_last = i;
    if (ends_row(line) && !all_blank(pending)) flush();
  }
  flush();
  // A label left alone by a wrap whose values start the next row: merge the two.
  std::vector<LogicalRow> merged;
  for (auto& row : rows) {
    if (!merged.empty() && !row.positional && !merged.back().positional && !row.cells.empty() &&
        parse_number(row.cells.front().text) && contains(row.cells.front().text, ".")) {
      auto& prev = merged.back();
      bool prev_has_number = std::any_of(prev.cells.begin(), prev.cells.end(),
                                         [](const Cell& c) { return parse_number(c.text).has_value(); });
      if (!prev_has_number && prev.has_text() && prev.last_line + 3 >= row.line) {
        prev.cells.insert(prev.cells.end(), row.cells.begin(), row.cells.end());
        prev.last_line = row.last_line;
        continue;
      }
    }
    merged.push_back(std::move(row));
  }
  return merged;
}


}  // namespace budgetsite
