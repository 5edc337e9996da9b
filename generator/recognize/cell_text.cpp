#include "recognize/cell_text.h"

#include <algorithm>

#include "common/text.h"
#include "recognize/rows.h"
#include "recognize/vocabulary.h"

namespace budgetsite {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A figure as the tables print it, with its decimals ("393.41", "1,045.26").
bool is_decimal_figure(const std::string& s) { return s.find('.') != std::string::npos && parse_number(s).has_value(); }

// The gaps (runs of ASCII spaces) between the non-blank pieces of a line, leading and trailing
// blanks left out.
std::vector<int> inner_gaps(const std::string& line) {
  std::vector<int> gaps;
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  int run = 0;
  for (; i < line.size(); ++i) {
    if (line[i] == ' ') { ++run; continue; }
    if (run > 0) gaps.push_back(run);
    run = 0;
  }
  return gaps;
}

int decimal_figures(const std::string& line) {
  int n = 0;
  for (const auto& piece : split(line, ' '))
    if (is_decimal_figure(piece) || glued_number_length(piece) > 0) ++n;
  return n;
}

// The cells of a line: split on `separator`, a figure glued to the label after it taken apart.
std::vector<std::string> cells_of(const std::string& line, char separator) {
  std::vector<std::string> cells;
  for (const auto& piece : split(line, separator)) {
    std::string cell = separator == '\t' ? trim(piece) : piece;
    // A tab cell's text wrapped inside its cell ("公务用车 运行维护 费"): one heading or label.
    if (separator == '\t' && decimal_figures(cell) == 0) {
      std::string closed;
      for (char ch : cell)
        if (ch != ' ') closed += ch;
      cell = closed;
    }
    if (size_t glued = glued_number_length(cell); glued > 0) {
      cells.push_back(cell.substr(0, glued));
      cells.push_back(cell.substr(glued));
    } else {
      cells.push_back(cell);
    }
  }
  while (!cells.empty() && trim(cells.back()).empty()) cells.pop_back();
  return cells;
}

std::string on_grid(const std::vector<std::string>& cells) {
  std::string out;
  int column = 0;  // code points written so far
  int prev_end = -2;
  for (size_t k = 0; k < cells.size(); ++k) {
    if (cells[k].empty()) continue;
    int at = std::max(static_cast<int>(k) * kCellWidth, prev_end + 2);
    out.append(static_cast<size_t>(at - column), ' ');
    out += cells[k];
    column = at + static_cast<int>(length_cp(cells[k]));
    prev_end = column;
  }
  return out;
}

// A heading that names a figure column (合计, 一般公共预算, …), not a label or 行次 column.
bool names_figure_column(const std::string& cell) {
  std::string c = strip_blanks(cell);
  if (contains(c, "、")) return false;
  for (const auto& w : total_column_words())
    if (contains(c, w)) return true;
  for (const auto& w : header_words_by_key())
    if (w.exact ? c == w.word : contains(c, w.word)) return w.key != "label" && w.key != "row_number";
  return false;
}

bool only_blanks(const std::string& s) { return !s.empty() && strip_blanks(s).empty(); }

// The end of a row in a single-space export: its last cell is blank (a trailing space) or a figure.
bool ends_row(const std::string& line) {
  if (line.empty()) return false;
  char last = line.back();
  return last == ' ' || is_digit(last) || last == '%' || ends_with(line, "—");
}

// Joins the fragments of one wrapped row: text continues text, a figure is its own cell.
void append_fragment(std::string& row, const std::string& fragment) {
  if (!row.empty() && row.back() != ' ' && !fragment.empty() && fragment[0] != ' ' &&
      (is_digit(row.back()) || is_digit(fragment[0]) || fragment[0] == '-'))
    row += ' ';
  row += fragment;
}

// "214 交通运输支出 9.00", "十四、…", "合计 …": a line that opens a table row.
bool opens_row(const std::string& line) {
  size_t i = 0;
  while (i < line.size() && is_digit(line[i])) ++i;
  if ((i == 3 || i == 5 || i == 7) && i < line.size() && line[i] == ' ') return true;
  static const std::string numerals = "一二三四五六七八九十";
  size_t k = 0;
  while (k + 3 <= line.size() && numerals.find(line.substr(k, 3)) != std::string::npos) k += 3;
  return k > 0 && line.compare(k, 3, "、") == 0;
}

SourceText lay_out_single_spaces(const SourceText& text) {
  SourceText out = text;
  const int n = text.line_count();
  for (int i = 1; i <= n; ++i) {
    const std::string& line = text.line(i);
    if (line.find(' ') == std::string::npos) continue;
    // A row wrapped over lines: it opens with its blank cells alone ("  ") or with its code or
    // numbered label and no figure; its label goes on over lines of text alone; it ends at a
    // line of its figures or blank cells (within 6 lines).
    if (only_blanks(line) || (opens_row(line) && decimal_figures(line) == 0 && !ends_row(line))) {
      std::string row = line;
      std::vector<int> used;
      bool closed = false;
      int labels = only_blanks(line) ? 0 : 1;
      for (int j = i + 1; j <= n && j <= i + 12 && used.size() < 6; ++j) {
        const std::string& next = text.line(j);
        if (next.empty()) continue;
        bool label_part = next.find(' ') == std::string::npos && decimal_figures(next) == 0 && !opens_row(next);
        bool first_label = labels == 0 && next.find(' ') == std::string::npos && decimal_figures(next) == 0;
        bool closer = (next[0] == ' ' || is_digit(next[0]) || next[0] == '-') && ends_row(next);
        if (label_part || first_label) {
          append_fragment(row, next);
          used.push_back(j);
          ++labels;
          continue;
        }
        if (closer && labels > 0) {
          append_fragment(row, next);
          used.push_back(j);
          closed = true;
        }
        break;
      }
      if (closed) {
        out.lines[i - 1] = on_grid(cells_of(row, ' '));
        for (int u : used) out.lines[u - 1].clear();
        i = used.back();
        continue;
      }
      if (only_blanks(line)) continue;
    }
    // A heading row (no figures). Printed without its label column's heading (which stands on
    // a line of its own above), its first cell names a figure column, so it moves one cell
    // right; its last heading may have wrapped onto lines of its own ("上年结转" / "安排").
    if (std::vector<std::string> heads = cells_of(line, ' ');
        heads.size() >= 2 && decimal_figures(line) == 0 && !opens_row(line)) {
      bool shifted = names_figure_column(heads.front());
      if (shifted) heads.insert(heads.begin(), "");
      std::vector<int> used;
      for (int j = i + 1; heads.size() >= 3 && j <= n && j <= i + 4; ++j) {
        const std::string& next = text.line(j);
        if (next.empty()) continue;
        if (next.find(' ') != std::string::npos || length_cp(next) > 8 || decimal_figures(next) > 0) break;
        if (used.empty()) heads.push_back(next);
        else heads.back() += next;
        used.push_back(j);
      }
      // A heading over the figure columns printed alone above ("2024年预算数"): its span is
      // lost in the export, so it is left out rather than taken for a column of its own.
      if (shifted)
        for (int j = i - 1; j >= 1 && j >= i - 4; --j) {
          const std::string& above = text.line(j);
          if (above.empty()) continue;
          if (above.find(' ') != std::string::npos || !names_figure_column(above)) break;
          out.lines[j - 1].clear();
        }
      if (shifted || !used.empty()) {
        out.lines[i - 1] = on_grid(heads);
        for (int u : used) out.lines[u - 1].clear();
        if (!used.empty()) i = used.back();
        continue;
      }
    }
    // A line of cells: figures, or short headings one space apart. Prose (long runs of text
    // with punctuation) keeps its spaces.
    std::vector<std::string> cells = cells_of(line, ' ');
    bool figures = decimal_figures(line) > 0;
    bool headings = std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
      return length_cp(c) <= 16 && !contains(c, "，") && !contains(c, "。");
    });
    if (cells.size() >= 2 && (figures || headings)) out.lines[i - 1] = on_grid(cells);
  }
  return out;
}

// "部门名称：朔州市朔城区工业" / "和信息化局": a name the export wrapped in its cell, joined.
SourceText join_wrapped_names(const SourceText& text) {
  SourceText out = text;
  const int n = text.line_count();
  for (int i = 1; i <= n; ++i) {
    std::string s = strip_blanks(text.line(i));
    bool labelled = false;
    for (const auto& label : entity_labels())
      labelled |= starts_with(s, label + "：") || starts_with(s, label + ":");
    if (!labelled || s.find("单位：", 3) != std::string::npos || s.find("万元") != std::string::npos) continue;
    for (int j = i + 1; j <= n && j <= i + 2; ++j) {
      const std::string& next = text.line(j);
      if (next.empty()) continue;
      std::string t = strip_blanks(next);
      if (next.find('\t') == std::string::npos && next.find(' ') == std::string::npos && length_cp(t) <= 10 &&
          decimal_figures(t) == 0 && !year_in(t) && !contains(t, "单位") && !contains(t, "表")) {
        out.lines[i - 1] = trim(text.line(i)) + t;
        out.lines[j - 1].clear();
      }
      break;
    }
  }
  return out;
}

}  // namespace

CellExport cell_export_of(const SourceText& text) {
  int tabbed = 0, figure_lines = 0, single = 0;
  for (const auto& l : text.lines) {
    if (l.find('\t') != std::string::npos) { ++tabbed; continue; }
    if (decimal_figures(l) < 2) continue;
    ++figure_lines;
    auto gaps = inner_gaps(l);
    if (!gaps.empty() && std::all_of(gaps.begin(), gaps.end(), [](int g) { return g == 1; })) ++single;
  }
  if (tabbed * 20 > text.line_count()) return CellExport::tabs;
  if (figure_lines >= 20 && single * 2 > figure_lines) return CellExport::single_spaces;
  return CellExport::none;
}

SourceText lay_out_cells(const SourceText& text) {
  CellExport form = cell_export_of(text);
  if (form == CellExport::none) return text;
  SourceText out = join_wrapped_names(text);
  out.cell_grid = true;
  if (form == CellExport::single_spaces) return lay_out_single_spaces(out);
  for (auto& line : out.lines)
    if (line.find('\t') != std::string::npos) line = on_grid(cells_of(line, '\t'));
  return out;
}

}  // namespace budgetsite
