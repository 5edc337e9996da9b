#include "model/table_readers.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <set>

#include "common/text.h"

namespace budgetsite {

namespace {

bool is_code(const std::string& s) {
  if (s.size() != 3 && s.size() != 5 && s.size() != 7) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_integer(const std::string& s) {
  return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_text(const std::string& s) { return !s.empty() && !parse_number(s) && !is_blank_value(s); }

bool is_total_label(const std::string& s) {
  std::string t = strip_blanks(s);
  return t == "合计" || t == "总计" || t == "小计" || t == "部门合计" || t == "单位合计";
}

// The 栏次 row: consecutive integers 1, 2, 3 … (after an optional 栏次 label).
bool column_number_row(const LogicalRow& row, std::vector<int>* numbers) {
  numbers->clear();
  for (const auto& c : row.cells) {
    if (c.text.empty() || strip_blanks(c.text) == "栏次") continue;
    if (!is_integer(c.text)) return false;
    numbers->push_back(std::stoi(c.text));
  }
  if (numbers->size() < 2) return false;
  for (size_t i = 1; i < numbers->size(); ++i)
    if ((*numbers)[i] != (*numbers)[i - 1] + 1) return false;
  return true;
}

const std::set<std::string>& header_words() {
  static const std::set<std::string> words = {
      "项目", "单位名称", "项目名称", "科目编码", "科目名称", "科目代码", "收入", "支出", "栏次", "行次", "金额",
      "统计数", "决算数", "预算数", "本年收入", "本年支出", "功能分类科目", "经济分类科目"};
  return words;
}

// Footnotes under a table: 注：… / 说明：… / 备注：…
bool is_note_row(const LogicalRow& row) {
  for (const auto& c : row.cells) {
    std::string t = strip_blanks(c.text);
    if (t.empty()) continue;
    return starts_with(t, "注：") || starts_with(t, "注:") || starts_with(t, "说明：") || starts_with(t, "备注") ||
           contains(t, "本表无数据");
  }
  return false;
}

bool is_header_row(const LogicalRow& row, const TableSpec& spec) {
  // Headers print no amounts, and no 行次.
  for (const auto& c : row.cells) {
    if (parse_number(c.text) && contains(c.text, ".")) return false;
    if (spec.has_row_numbers && is_integer(c.text)) return false;
  }
  for (const auto& c : row.cells) {
    std::string t = strip_blanks(c.text);
    if (t.empty()) continue;
    if (header_words().count(t)) return true;
    for (const auto& col : spec.columns)
      if (t == strip_blanks(col.label) && !is_total_label(t)) return true;
    if (t.size() > 4 && t[0] == '2' && t[1] == '0' && (contains(t, "年") || contains(t, "预算数"))) return true;
    if (contains(t, "科目名称") || contains(t, "经济科目名称")) return true;
  }
  return false;
}

int code_level(const std::string& code) {
  return code.size() == 3 ? 1 : code.size() == 5 ? 2 : code.size() == 7 ? 3 : 0;
}

std::vector<ColumnSum> side_sums(const TableSpec& spec, size_t begin, size_t end) {
  std::vector<ColumnSum> out;
  for (const auto& s : spec.column_sums) {
    bool inside = s.total >= static_cast<int>(begin) && s.total < static_cast<int>(end);
    for (int p : s.parts) inside &= p >= static_cast<int>(begin) && p < static_cast<int>(end);
    if (!inside) continue;
    ColumnSum local{s.total - static_cast<int>(begin), {}};
    for (int p : s.parts) local.parts.push_back(p - static_cast<int>(begin));
    out.push_back(local);
  }
  return out;
}

void report_unparsed(std::vector<Check>& checks, const Table& table, const std::vector<Cell>& cells,
                     const std::string& what) {
  for (const auto& c : cells) {
    if (!parse_number(c.text)) continue;
    Check check;
    check.id = "unparsed";
    check.severity = "warning";
    check.table = table.id;
    check.line = c.line;
    check.lines = {c.line};
    check.actual = parse_number(c.text);
    check.message = "表“" + table.title + "”第" + std::to_string(c.line) + "行的数字 " + c.text + " 无法对应到" + what +
                    "的任何一栏，未计入模型";
    checks.push_back(std::move(check));
  }
}

struct Reader {
  const SourceText& text;
  const TableRegion& region;
  const TableSpec& spec;
  Table& table;
  std::vector<Check>& checks;

  void set_column_numbers(const std::vector<int>& numbers, size_t first_column, size_t count) {
    // Numbers beyond the value columns number the label columns that precede them.
    size_t extra = numbers.size() > count ? numbers.size() - count : 0;
    for (size_t i = 0; i < extra; ++i) table_label_numbers.push_back(numbers[i]);
    for (size_t i = extra; i < numbers.size() && first_column + i - extra < table.columns.size(); ++i)
      table.columns[first_column + i - extra].column_number = numbers[i];
  }
  std::vector<int> table_label_numbers;

  Row make_row(const LogicalRow& lr) {
    Row row;
    row.line = lr.line;
    row.values.assign(table.columns.size(), 0.0);
    return row;
  }

  void fill(Row& row, size_t first_column, size_t count, const std::vector<Cell>& cells, bool positional,
            const std::vector<ColumnSum>& sums, const std::string& what) {
    std::vector<Cell> leftovers;
    auto values = place_values(cells, count, positional, sums, &leftovers);
    for (size_t i = 0; i < count; ++i) row.values[first_column + i] = values[i];
    report_unparsed(checks, table, leftovers, what);
  }

  // ---- 科目编码 tables ----
  void read_code_table() {
    const size_t ncols = table.columns.size();
    for (const auto& lr : table_rows(text, region)) {
      if (is_note_row(lr)) continue;
      std::vector<int> numbers;
      if (column_number_row(lr, &numbers)) { set_column_numbers(numbers, 0, ncols); continue; }
      const auto& cells = lr.cells;
      size_t first = 0;
      while (first < cells.size() && cells[first].text.empty()) ++first;
      if (first >= cells.size()) continue;
      Row row = make_row(lr);
      size_t value_start;
      if (is_code(cells[first].text)) {
        row.code = cells[first].text;
        row.level = code_level(row.code);
        size_t k = first + 1;
        // Name: the text cells after the code (a name the layout split stays one name).
        if (lr.positional) {
          row.name = k < cells.size() ? cells[k].text : "";
          value_start = k + 1;
        } else {
          while (k < cells.size() && is_text(cells[k].text)) row.name += cells[k++].text;
          value_start = k;
        }
      } else if (is_total_label(cells[first].text)) {
        row.name = strip_blanks(cells[first].text);
        row.is_total = true;
        value_start = lr.positional ? std::max<size_t>(first + 2, 2) : first + 1;
        if (!lr.positional && value_start < cells.size() && cells[value_start].text.empty()) ++value_start;
      } else {
        // Header, note or a stray line: numbers in it are reported, not guessed at.
        if (!is_header_row(lr, spec)) {
          std::vector<Cell> numeric;
          for (const auto& c : cells)
            if (parse_number(c.text)) numeric.push_back(c);
          report_unparsed(checks, table, numeric, "科目行");
        }
        continue;
      }
      std::vector<Cell> value_cells(cells.begin() + std::min(value_start, cells.size()), cells.end());
      fill(row, 0, ncols, value_cells, lr.positional, spec.column_sums, "科目行");
      table.rows.push_back(std::move(row));
    }
  }

  // ---- two code tables side by side (国有资本经营预算收支预算表) ----
  void read_dual_code_table() {
    size_t income_cols = 0;
    while (income_cols < table.columns.size() && table.columns[income_cols].side == "income") ++income_cols;
    const size_t out_cols = table.columns.size() - income_cols;
    auto out_sums = side_sums(spec, income_cols, table.columns.size());
    for (const auto& lr : table_rows(text, region)) {
      if (is_note_row(lr)) continue;
      const auto& cells = lr.cells;
      if (cells.empty() || is_header_row(lr, spec)) continue;
      // Split the cells where the second side's code (or 合计) starts.
      std::vector<std::vector<Cell>> sides(2);
      if (lr.positional) {
        for (size_t i = 0; i < cells.size(); ++i) sides[i < 2 + income_cols ? 0 : 1].push_back(cells[i]);
      } else {
        int side = 0;
        bool seen_value = false;
        for (const auto& c : cells) {
          if (side == 0 && seen_value && (is_code(c.text) || is_total_label(c.text))) side = 1;
          if (parse_number(c.text) && !is_code(c.text)) seen_value = true;
          sides[side].push_back(c);
        }
      }
      bool total_line = false;
      for (int s = 0; s < 2; ++s) {
        auto& sc = sides[s];
        if (sc.empty()) continue;
        Row row = make_row(lr);
        row.side = s == 0 ? "income" : "expenditure";
        size_t k = 0;
        if (is_code(sc[0].text)) { row.code = sc[0].text; row.level = code_level(row.code); k = 1; }
        else if (is_total_label(sc[0].text)) { row.name = strip_blanks(sc[0].text); row.is_total = total_line = true; k = 1; }
        else if (s == 1 && total_line && lr.positional && sc[0].text.empty()) {
          // The 合计 label spans both sides of the line.
          row.name = "合计";
          row.is_total = true;
          k = 1;
        }
        if (k < sc.size() && (is_text(sc[k].text) || (lr.positional && sc[k].text.empty()))) {
          if (row.name.empty()) row.name = sc[k].text;
          ++k;
        }
        if (row.code.empty() && !row.is_total) {
          if (std::any_of(sc.begin(), sc.end(), [](const Cell& c) { return parse_number(c.text).has_value(); })) {
            std::vector<Cell> numeric(sc.begin(), sc.end());
            report_unparsed(checks, table, numeric, "科目行");
          }
          continue;
        }
        std::vector<Cell> values(sc.begin() + k, sc.end());
        if (s == 0) fill(row, 0, income_cols, values, lr.positional, {}, "收入栏");
        else fill(row, income_cols, out_cols, values, lr.positional, out_sums, "支出栏");
        table.rows.push_back(std::move(row));
      }
    }
  }

  // ---- 收支总表: income items left, expenditure items right ----
  void read_two_sided() {
    size_t income_cols = 0;
    while (income_cols < table.columns.size() && table.columns[income_cols].side == "income") ++income_cols;
    const size_t out_cols = table.columns.size() - income_cols;
    const size_t rn = spec.has_row_numbers ? 1 : 0;
    const size_t left_width = 1 + rn + income_cols;
    const size_t total_width = left_width + 1 + rn + out_cols;
    auto out_sums = side_sums(spec, income_cols, table.columns.size());
    for (const auto& lr : table_rows(text, region)) {
      if (is_note_row(lr)) continue;
      const auto& cells = lr.cells;
      std::vector<int> numbers;
      if (cells.empty()) continue;
      if (strip_blanks(cells[0].text) == "栏次" || column_number_row(lr, &numbers)) {
        // 栏次 row: "栏次 | | 1 | 栏次 | | 2 …"
        std::vector<int> nums;
        for (const auto& c : cells)
          if (is_integer(c.text)) nums.push_back(std::stoi(c.text));
        for (size_t i = 0; i < nums.size() && i < table.columns.size(); ++i) table.columns[i].column_number = nums[i];
        continue;
      }
      if (is_header_row(lr, spec) && !lr.has_text()) continue;
      std::vector<std::vector<Cell>> sides(2);
      bool positional = lr.positional && cells.size() <= total_width;
      if (positional) {
        for (size_t i = 0; i < cells.size(); ++i) sides[i < left_width ? 0 : 1].push_back(cells[i]);
      } else {
        // By meaning: a text cell opens a side; leading blanks mean the left side is empty.
        // With two labels the first is the income item; a lone label after blank cells is an
        // expenditure item.
        int side = -1;
        size_t leading_blanks = 0, labels = 0;
        while (leading_blanks < cells.size() && cells[leading_blanks].text.empty()) ++leading_blanks;
        for (const auto& c : cells) labels += is_text(c.text);
        for (size_t i = 0; i < cells.size(); ++i) {
          const auto& c = cells[i];
          if (is_text(c.text)) {
            side = side < 0 ? (labels == 1 && leading_blanks > 0 ? 1 : 0) : 1;
            sides[side].push_back(c);
          } else if (side >= 0) {
            sides[side].push_back(c);
          }
        }
      }
      bool header_like = is_header_row(lr, spec);
      for (int s = 0; s < 2; ++s) {
        auto& sc = sides[s];
        if (sc.empty()) continue;
        Row row = make_row(lr);
        row.side = s == 0 ? "income" : "expenditure";
        row.name = sc[0].text;
        size_t k = 1;
        if (rn && k < sc.size()) {
          if (is_integer(sc[k].text)) { row.row_number = std::stoi(sc[k].text); ++k; }
          else if (sc[k].text.empty() && positional) ++k;
        }
        std::vector<Cell> values(sc.begin() + std::min(k, sc.size()), sc.end());
        bool any_number = std::any_of(values.begin(), values.end(),
                                      [](const Cell& c) { return parse_number(c.text).has_value(); });
        if (row.name.empty() && !any_number && !row.row_number) continue;
        if (header_like && !any_number) continue;
        if (!row.name.empty() && !is_text(row.name)) continue;
        if (s == 0) fill(row, 0, income_cols, values, positional, {}, "收入项目");
        else fill(row, income_cols, out_cols, values, positional, out_sums, "支出项目");
        std::string n = strip_blanks(row.name);
        row.is_total = contains(n, "合计") || contains(n, "总计");
        if (const FunctionClass* fc = function_class_by_label(row.name); fc && s == 1) {
          row.code = fc->code;
          row.level = 1;
        }
        table.rows.push_back(std::move(row));
      }
    }
  }

  // ---- label + values (三公, 机关运行经费, 经济科目, 统计表) ----
  void read_labeled_rows() {
    const size_t ncols = table.columns.size();
    const size_t L = static_cast<size_t>(spec.label_columns);
    const size_t rn = spec.has_row_numbers ? 1 : 0;
    std::string group;
    for (const auto& lr : table_rows(text, region)) {
      if (is_note_row(lr)) continue;
      const auto& cells = lr.cells;
      std::vector<int> numbers;
      if (cells.empty()) continue;
      if (column_number_row(lr, &numbers)) { set_column_numbers(numbers, 0, ncols); continue; }
      std::string first = strip_blanks(cells[0].text);
      // Group headings of the 统计表 (一、政府采购情况 …) carry no values.
      if (rn && !first.empty()) {
        if (contains(first, "政府采购")) { group = "procurement"; if (cells.size() == 1 || !lr.has_text() || cells.size() <= 1) continue; }
        else if (contains(first, "机关运行经费")) { group = "admin_operating"; continue; }
        else if (contains(first, "国有资产")) { group = "assets"; continue; }
      }
      if (is_header_row(lr, spec)) continue;
      if (contains(first, "本表无数据") || starts_with(first, "注") || starts_with(first, "说明")) continue;
      Row row = make_row(lr);
      row.group = group;
      size_t k = 0;
      if (lr.positional) {
        row.name = cells[0].text;
        if (L > 1 && cells.size() > 1) row.name2 = cells[1].text;
        k = L;
      } else {
        std::vector<std::string> labels;
        while (k < cells.size() && labels.size() < L && !parse_number(cells[k].text)) labels.push_back(cells[k++].text);
        if (!labels.empty()) row.name = labels[0];
        if (labels.size() > 1) row.name2 = labels[1];
      }
      if (rn && k < cells.size()) {
        if (is_integer(cells[k].text)) { row.row_number = std::stoi(cells[k].text); ++k; }
        else if (cells[k].text.empty()) ++k;
      }
      if (row.name.empty() && row.name2.empty()) {
        std::vector<Cell> rest(cells.begin() + std::min(k, cells.size()), cells.end());
        report_unparsed(checks, table, rest, "带名称的行");
        continue;
      }
      std::vector<Cell> values(cells.begin() + std::min(k, cells.size()), cells.end());
      fill(row, 0, ncols, values, lr.positional, spec.column_sums, "数值栏");
      std::string n = strip_blanks(row.name);
      row.is_total = is_total_label(n) || ends_with(n, "合计");
      row.level = row.is_total ? 0 : (L > 1 && row.name2.empty()) ? 1 : (L > 1 ? 2 : 1);
      table.rows.push_back(std::move(row));
    }
  }

  // ---- 基本支出决算明细表: (code, name, amount) triples ----
  void read_economic_grid() {
    for (const auto& lr : table_rows(text, region)) {
      if (is_note_row(lr)) continue;
      const auto& cells = lr.cells;
      if (cells.empty() || is_header_row(lr, spec)) continue;
      // Totals row: 人员经费合计 … 公用经费合计 …, each followed (somewhere) by its amount.
      bool totals = false;
      for (const auto& c : cells) totals |= ends_with(strip_blanks(c.text), "经费合计");
      if (totals) {
        for (size_t i = 0; i < cells.size(); ++i) {
          std::string t = strip_blanks(cells[i].text);
          if (!ends_with(t, "经费合计")) continue;
          Row row = make_row(lr);
          row.name = t;
          row.is_total = true;
          row.group = starts_with(t, "人员") ? "personnel" : "public_funds";
          size_t j = i + 1;
          while (j < cells.size() && !parse_number(cells[j].text) && !ends_with(strip_blanks(cells[j].text), "经费合计")) ++j;
          if (j < cells.size() && parse_number(cells[j].text)) row.values[0] = parse_number(cells[j].text);
          table.rows.push_back(std::move(row));
        }
        continue;
      }
      // Triples: positional for tab layouts, split at each economic code otherwise.
      std::vector<std::vector<Cell>> triples;
      if (lr.positional) {
        for (size_t i = 0; i < cells.size(); i += 3)
          triples.emplace_back(cells.begin() + i, cells.begin() + std::min(i + 3, cells.size()));
      } else {
        for (const auto& c : cells) {
          if (is_code(c.text) || triples.empty()) triples.emplace_back();
          triples.back().push_back(c);
        }
      }
      for (auto& tr : triples) {
        if (tr.empty() || !is_code(tr[0].text)) {
          std::vector<Cell> stray;
          for (const auto& c : tr)
            if (parse_number(c.text)) stray.push_back(c);
          report_unparsed(checks, table, stray, "经济科目");
          continue;
        }
        Row row = make_row(lr);
        row.code = tr[0].text;
        row.level = row.code.size() == 3 ? 1 : 2;
        row.name = tr.size() > 1 ? tr[1].text : "";
        std::string p = row.code.substr(0, 3);
        row.group = (p == "301" || p == "303") ? "personnel" : "public_funds";
        std::vector<Cell> values(tr.begin() + std::min<size_t>(2, tr.size()), tr.end());
        fill(row, 0, 1, values, true, {}, "经济科目");
        table.rows.push_back(std::move(row));
      }
    }
  }

  // ---- one row of numbered columns (三公 决算) ----
  void read_single_row() {
    const size_t ncols = table.columns.size();
    for (const auto& lr : table_rows(text, region)) {
      if (is_note_row(lr)) continue;
      std::vector<int> numbers;
      if (column_number_row(lr, &numbers) && numbers.size() == ncols) { set_column_numbers(numbers, 0, ncols); continue; }
      bool any_number = std::any_of(lr.cells.begin(), lr.cells.end(),
                                    [](const Cell& c) { return parse_number(c.text).has_value(); });
      if (!any_number || lr.has_text()) continue;
      Row row = make_row(lr);
      row.name = "“三公”经费";
      fill(row, 0, ncols, lr.cells, lr.positional, spec.column_sums, "三公经费栏");
      table.rows.push_back(std::move(row));
    }
  }

  // ---- 项目支出预算表: department → unit → project rows ----
  void read_projects() {
    const size_t ncols = table.columns.size();
    for (const auto& lr : table_rows(text, region)) {
      if (is_note_row(lr)) continue;
      std::vector<int> numbers;
      if (lr.cells.empty()) continue;
      if (column_number_row(lr, &numbers)) { set_column_numbers(numbers, 0, ncols); continue; }
      if (is_header_row(lr, spec)) continue;
      std::string first = strip_blanks(lr.cells[0].text);
      if (starts_with(first, "注") || contains(first, "本表无数据")) continue;
      if (!is_text(lr.cells[0].text)) {
        std::vector<Cell> stray(lr.cells.begin(), lr.cells.end());
        report_unparsed(checks, table, stray, "项目行");
        continue;
      }
      Row row = make_row(lr);
      row.name = trim(lr.cells[0].text);
      row.level = lr.indent;  // refined below
      std::vector<Cell> values(lr.cells.begin() + 1, lr.cells.end());
      fill(row, 0, ncols, values, lr.positional, spec.column_sums, "项目行");
      table.rows.push_back(std::move(row));
    }
    classify_project_rows();
  }

  static bool is_organization(const std::string& name) {
    if (std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    for (const char* w : {"费", "资金", "项目", "补助", "工资", "工程", "建设", "请示"})
      if (contains(name, w)) return false;
    for (const auto& suffix : organization_suffixes())
      if (ends_with(name, suffix)) return true;
    return false;
  }

  // level 0: the department total; 1: a unit; 2: a project. Indentation decides where the
  // layout has it; otherwise organization names and the arithmetic of the rows do.
  void classify_project_rows() {
    auto& rows = table.rows;
    bool indented = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.level > 0; });
    if (indented) {
      int min_indent = rows.empty() ? 0 : rows[0].level;
      for (auto& r : rows) min_indent = std::min(min_indent, r.level);
      for (auto& r : rows) r.level = std::min(2, r.level - min_indent + (is_organization(r.name) ? 1 : 2) - (r.level > min_indent ? 1 : 0));
    }
    for (auto& r : rows) {
      std::string n = strip_blanks(r.name);
      if (is_total_label(n) || contains(n, "[部门]") || contains(n, "（部门）") || contains(n, "(部门)")) r.level = 0, r.is_total = true;
      else if (!indented) r.level = is_organization(n) ? 1 : 2;
    }
    // Projects carry the name of the unit row above them.
    std::string unit;
    for (auto& r : rows) {
      if (r.level == 1) unit = r.name;
      if (r.level == 2) r.group = unit;
    }
  }
};

}  // namespace

std::vector<Amount> place_values(const std::vector<Cell>& cells, size_t ncols, bool positional,
                                 const std::vector<ColumnSum>& sums, std::vector<Cell>* leftovers) {
  std::vector<Amount> out(ncols, 0.0);
  auto value_of = [](const Cell& c) -> Amount {
    if (auto v = parse_number(c.text)) return v;
    if (c.text.empty()) return 0.0;
    if (is_blank_value(c.text)) return std::nullopt;  // —— : not applicable
    return 0.0;
  };
  // Trailing blanks beyond the columns carry nothing.
  size_t used = cells.size();
  while (used > ncols && used > 0 && is_blank_value(cells[used - 1].text)) --used;
  if (positional && used <= ncols) {
    for (size_t i = 0; i < used; ++i) {
      if (!cells[i].text.empty() && !parse_number(cells[i].text) && !is_blank_value(cells[i].text)) {
        leftovers->push_back(cells[i]);
        continue;
      }
      out[i] = value_of(cells[i]);
    }
    return out;
  }
  std::vector<size_t> numeric;
  for (size_t i = 0; i < used; ++i) {
    if (parse_number(cells[i].text)) numeric.push_back(i);
    else if (!cells[i].text.empty() && !is_blank_value(cells[i].text)) leftovers->push_back(cells[i]);
  }
  if (numeric.size() > ncols) {
    for (size_t i = ncols; i < numeric.size(); ++i) leftovers->push_back(cells[numeric[i]]);
    numeric.resize(ncols);
  }
  const size_t k = numeric.size();
  if (k == 0) return out;
  std::vector<double> nums;
  for (size_t i : numeric) nums.push_back(*parse_number(cells[i].text));
  // Enumerate order-preserving placements of k numbers into ncols columns, scored by the sums
  // they satisfy; where there are too many (a wide table), place each number nearest its cell
  // position instead (order-preserving, by dynamic programming), in linear time.
  double placements = 1;
  for (size_t t = 0; t < k; ++t) placements = placements * static_cast<double>(ncols - t) / static_cast<double>(t + 1);
  if (placements > 2000) {
    const size_t inf = std::numeric_limits<size_t>::max() / 4;
    std::vector<std::vector<size_t>> cost(k + 1, std::vector<size_t>(ncols + 1, inf));
    for (size_t c = 0; c <= ncols; ++c) cost[0][c] = 0;
    for (size_t t = 1; t <= k; ++t)
      for (size_t c = t; c <= ncols; ++c) {
        size_t want = std::min(numeric[t - 1], ncols - 1);
        size_t d = want > c - 1 ? want - (c - 1) : (c - 1) - want;
        cost[t][c] = std::min(cost[t][c - 1], cost[t - 1][c - 1] + d);
      }
    for (size_t t = k, c = ncols; t > 0; --c)
      if (cost[t][c] != cost[t][c - 1]) { out[c - 1] = nums[t - 1]; --t; }
    return out;
  }
  std::vector<size_t> pick(k), best;
  long best_score = -1;
  std::function<void(size_t, size_t)> search = [&](size_t j, size_t from) {
    if (j == k) {
      std::vector<double> v(ncols, 0.0);
      for (size_t t = 0; t < k; ++t) v[pick[t]] = nums[t];
      long violations = 0;
      for (const auto& s : sums) {
        double parts = 0;
        for (int p : s.parts) parts += v[p];
        if (std::llabs(to_cents(v[s.total]) - to_cents(parts)) > static_cast<long long>(s.parts.size())) ++violations;
      }
      long hint = 0, left = 0;
      for (size_t t = 0; t < k; ++t) {
        size_t want = std::min(numeric[t], ncols - 1);
        hint += static_cast<long>(want > pick[t] ? want - pick[t] : pick[t] - want);
        left += static_cast<long>(pick[t]);
      }
      long score = violations * 100000 + hint * 100 + left;
      if (best_score < 0 || score < best_score) { best_score = score; best = pick; }
      return;
    }
    for (size_t c = from; c + (k - j) <= ncols; ++c) {
      pick[j] = c;
      search(j + 1, c + 1);
    }
  };
  search(0, 0);
  for (size_t t = 0; t < k; ++t) out[best[t]] = nums[t];
  // Dash cells keep their "not applicable" meaning where a position is plain.
  return out;
}

Table read_table(const SourceText& text, const TableRegion& region, std::vector<Check>& checks) {
  const TableSpec& spec = *region.spec;
  Table table;
  table.id = spec.id;
  table.title = region.title;
  table.number = region.number_label;
  table.number_in_set = spec.number;
  table.line = region.title_line;
  table.end_line = region.body_end;
  table.present = true;
  table.no_data = region.no_data;
  for (const auto& c : spec.columns) table.columns.push_back({c.key, c.label, c.side, std::nullopt, ""});
  Reader reader{text, region, spec, table, checks, {}};
  switch (spec.layout) {
    case Layout::code_table: reader.read_code_table(); break;
    case Layout::dual_code_table: reader.read_dual_code_table(); break;
    case Layout::two_sided: reader.read_two_sided(); break;
    case Layout::labeled_rows: reader.read_labeled_rows(); break;
    case Layout::economic_grid: reader.read_economic_grid(); break;
    case Layout::single_row: reader.read_single_row(); break;
    case Layout::projects: reader.read_projects(); break;
  }
  table.label_column_numbers = reader.table_label_numbers;
  return table;
}

}  // namespace budgetsite
