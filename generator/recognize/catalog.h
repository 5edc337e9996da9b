// The official templates as data: which tables a 预算公开 / 决算公开 contains, how each is titled,
// laid out and columned, and the vocabularies (function classes, income items) its rows use.
// Every semantic decision about a table is read from here, not written into the readers.
#pragma once

#include <string>
#include <vector>

namespace budgetsite {

enum class Kind { budget, final_accounts };
const char* kind_id(Kind kind);  // "budget" | "final"

// How the rows of a table are laid out in the official template.
enum class Layout {
  two_sided,        // 收支总表: income items on the left, expenditure items on the right
  code_table,       // 科目编码 + 科目名称 + value columns (类/款/项 rows)
  dual_code_table,  // two code tables side by side (国有资本经营预算收支预算表)
  labeled_rows,     // one or two label columns + value columns (三公, 机关运行经费, 经济科目, 统计表)
  economic_grid,    // 基本支出决算明细表: (code, name, amount) triples, several per line
  single_row,       // one row of numbered columns (财政拨款"三公"经费支出决算表)
  projects,         // 项目名称 + value columns; rows grouped by unit
};

struct ColumnSpec {
  std::string key;    // stable JSON key
  std::string label;  // the template's header
  std::string side;   // "income" | "expenditure" for two-sided tables; "" otherwise
};

// `total` equals the sum of `parts` (indices into the table's columns).
struct ColumnSum {
  int total;
  std::vector<int> parts;
};

struct TableSpec {
  std::string id;      // stable id, shared by both kinds where the meaning is the same
  Kind kind;
  int number;          // position in the official set (预算公开表N / 公开0N表)
  Layout layout;
  std::vector<std::string> titles;     // accepted titles, without year, numbering or qualifier
  std::string qualifier;               // a word the title's parenthesis must contain, or ""
  std::vector<ColumnSpec> columns;     // value columns, in template order
  std::vector<ColumnSum> column_sums;  // arithmetic that holds across the columns of each row
  int label_columns = 1;               // labeled_rows: how many label columns precede values
  bool has_row_numbers = false;        // 行次 columns beside the labels (two-sided finals)
  bool required = true;                // part of the official set for the kind
  std::vector<std::string> row_labels; // labels the template prints at the start of its rows
};

const std::vector<TableSpec>& table_catalog();
const TableSpec* find_table_spec(const std::string& id, Kind kind);
std::vector<const TableSpec*> official_tables(Kind kind);

// 支出功能分类 类 (3-digit codes) and their names; used to align rows across tables.
struct FunctionClass {
  std::string code;
  std::string name;
};
const std::vector<FunctionClass>& function_classes();
// The 类 whose name the label carries (numbering such as 十五、 and (类) ignored), or nullptr.
const FunctionClass* function_class_by_label(const std::string& label);

// Organization name endings that mark a unit (not a project) in project tables.
const std::vector<std::string>& organization_suffixes();

// Title markers of performance tables (绩效目标表, 绩效自评表 ...).
struct PerformanceSpec {
  std::string marker;  // text the title line contains
  std::string type;    // "target" | "self_evaluation" | "overall_target"
};
const std::vector<PerformanceSpec>& performance_specs();

}  // namespace budgetsite
