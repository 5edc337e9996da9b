#include "recognize/cell_text.h"

#include <algorithm>

#include "common/text.h"
#include "recognize/layout_map.h"
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

// "合计" alone: the first row of a table, not a heading.
bool is_total_label_line(const std::string& line) {
  std::string s = strip_blanks(line);
  return s == "合计" || s == "总计" || s == "小计";
}

// A heading the vocabulary knows: a column's word (项目名称, 政府性基金 …) or a total's (合计, 金额).
bool known_heading(const std::string& cell) {
  std::string c = strip_blanks(cell);
  for (const auto& w : total_column_words())
    if (c == w) return true;
  for (const auto& w : header_words_by_key())
    if (w.exact ? c == w.word : contains(c, w.word)) return true;
  return false;
}

// Whether `fragment`, a heading on a line of its own, goes on the heading before it: when the
// two make a heading the vocabulary knows and the fragment alone is none, or is only one or two
// characters ("政府性基" + "金预算", "国有资本经营" + "预算", "上年结转" + "安排"); a fragment of
// one or two characters that is no word of its own ("算", "金") too. Otherwise ("金额",
// "单位资金") it is the next heading.
bool continues_heading(const std::string& before, const std::string& fragment) {
  std::string f = strip_blanks(fragment);
  bool short_fragment = length_cp(f) <= 2;
  bool complete = false;  // `before` is a whole heading already ("一般公共预算")
  for (const auto& w : header_words_by_key()) complete |= strip_blanks(before) == w.word;
  if (known_heading(before + f) && ((!known_heading(f) && (!complete || short_fragment)) ||
                                    (short_fragment && known_heading(before))))
    return true;
  return short_fragment && !known_heading(f);
}

// The heading lines of a table (above its first row of figures), one at a time.
void lay_out_headings(const SourceText& text, int begin, int end, int widest, SourceText& out) {
  for (int i = begin; i <= end; ++i) {
    const std::string& line = text.line(i);
    if (line.find(' ') == std::string::npos) continue;
    std::vector<std::string> heads = cells_of(line, ' ');
    if (heads.size() < 2 || decimal_figures(line) > 0) continue;
    // Headings wrapped onto lines of their own ("国有资本经" / "营预算", "单位资金").
    std::vector<int> used;
    for (int j = i + 1; j <= end && j <= i + 20 && used.size() < 12; ++j) {
      const std::string& next = text.line(j);
      if (next.empty()) continue;
      if (next.find(' ') != std::string::npos || length_cp(next) > 10 || decimal_figures(next) > 0 ||
          is_total_label_line(next))
        break;
      if (continues_heading(heads.back(), next)) heads.back() += strip_blanks(next);
      else heads.push_back(strip_blanks(next));
      used.push_back(j);
    }
    // Printed without the label columns' headings (those stand on a line of their own above),
    // the figure columns' headings stand over the last cells of the table's rows.
    if (names_figure_column(heads.front())) {
      size_t at = widest > static_cast<int>(heads.size()) ? static_cast<size_t>(widest) - heads.size() : 1;
      heads.insert(heads.begin(), at, "");
      // A heading over them printed alone above ("2024年预算数") lost its span in the export:
      // it is left out rather than taken for a column of its own.
      for (int j = i - 1; j >= begin && j >= i - 4; --j) {
        const std::string& above = text.line(j);
        if (above.empty()) continue;
        if (above.find(' ') != std::string::npos || !names_figure_column(above)) break;
        out.lines[j - 1].clear();
      }
    }
    out.lines[i - 1] = on_grid(heads);
    for (int u : used) out.lines[u - 1].clear();
    if (!used.empty()) i = used.back();
  }
}

// The first line of a table's rows: one with a figure, or one opening with a 类/款/项 code.
int first_row_line(const SourceText& text, int begin, int end) {
  for (int i = begin; i <= end; ++i) {
    const std::string& line = text.line(i);
    if (decimal_figures(line) > 0) return i;
    size_t d = 0;
    while (d < line.size() && is_digit(line[d])) ++d;
    if ((d == 3 || d == 5 || d == 7) && d < line.size() && line[d] == ' ') return i;
  }
  return end + 1;
}

// Every table of a single-space export: its headings, then its rows (a row wrapped over lines
// joined, recognize/rows.h), on the cell grid. Lines outside the tables keep their spaces.
SourceText lay_out_single_spaces(const SourceText& text) {
  SourceText out = text;
  bool known = false;
  Kind kind = layout_kind(text, &known);
  for (const auto& region : find_layout_tables(text, kind)) {
    int body = first_row_line(text, region.begin, region.end);
    // A part heading the extraction printed among the rows ("第二部分 …") is no piece of a row.
    std::vector<int> headings;
    for (int i = body; i <= region.end; ++i)
      if (std::string s = strip_blanks(text.line(i)); starts_with(s, "第") && contains(s, "部分") && length_cp(s) < 40)
        headings.push_back(i);
    std::vector<LogicalRow> rows =
        body <= region.end ? rows_in_range(text, body, region.end, headings) : std::vector<LogicalRow>{};
    int widest = 0;
    for (const auto& r : rows) widest = std::max(widest, r.width);
    lay_out_headings(text, region.begin, body - 1, widest, out);
    for (const auto& r : rows) {
      std::vector<std::string> cells;
      for (const auto& c : r.cells) cells.push_back(c.text);
      out.lines[r.line - 1] = on_grid(cells);
      for (int k = r.line + 1; k <= r.last_line; ++k) out.lines[k - 1].clear();
    }
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

SourceText lay_out_cells(const SourceText& text) { return lay_out_cells(text, cell_export_of(text)); }

SourceText lay_out_cells(const SourceText& text, CellExport form) {
  if (form == CellExport::none) return text;
  SourceText out = join_wrapped_names(text);
  out.cell_grid = true;
  if (form == CellExport::single_spaces) return lay_out_single_spaces(out);
  out.cells_exact = true;
  for (auto& line : out.lines)
    if (line.find('\t') != std::string::npos) line = on_grid(cells_of(line, '\t'));
  return out;
}

}  // namespace budgetsite
