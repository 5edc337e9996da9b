// The audit as data: which rows of a table add up to which, which figures of two tables are the
// same figure (or one is part of the other), which table a paragraph of the 情况说明 restates,
// and which sections a template family's 目录 requires. docs/checks.md lists every rule in words.
#pragma once

#include <string>
#include <vector>

#include "recognize/catalog.h"

namespace budgetsite {

// A column that is the sum of others in every row: `total` = Σ `parts`, by column key, on each
// side of the table. Parts some templates count in the total and others print beside it
// ("“三公”经费及会议费、培训费": a 合计 of all five, or a “三公” 小计 of three) are optional:
// the row's total is compared with the sum that includes them when that is the one it equals.
// A rule runs only where the table has exactly the columns it names, each heading naming one.
struct ColumnSumRule {
  std::vector<std::string> tables;
  std::string total;
  std::vector<std::string> parts;
  std::vector<std::string> optional_parts = {};
};
const std::vector<ColumnSumRule>& column_sum_rules();

// How the rows of a table nest.
enum class RowStructure {
  codes,     // 科目编码: total = Σ 类; 类 = Σ its 款; 款 = Σ its 项 (by code prefix)
  nesting,   // level 0 total = Σ level 1; a level-1 row = Σ the level-2 rows that follow it
  groups,    // in each group, its total row = Σ its level-1 rows (plus codes, if any)
  two_sided, // 收支总表: each side's 本年合计 = Σ its items; 总计 = 本年合计 + the rows between; 收入总计 = 支出总计
  labels,    // only the label sums of RowSumRule
};

struct RowStructureRule {
  Kind kind;
  std::string table;
  RowStructure structure;
};
const std::vector<RowStructureRule>& row_structure_rules();
RowStructure row_structure(Kind kind, const std::string& table);

// A total row named `total` equals the sum of the rows named `parts` (names compared without
// blanks; a row matches when its name contains the label).
struct RowSumRule {
  Kind kind;
  std::string table;
  std::string total;
  std::vector<std::string> parts;
};
const std::vector<RowSumRule>& row_sum_rules();

// Labels of the rows of a two-sided table that, below 本年合计, detail the carry-over row above
// them by fund source (一、一般公共预算 under 上年财政拨款结转): they are not added into 总计.
const std::vector<std::string>& two_sided_detail_labels();

// One figure of a table. selector:
//   "total"        the first total row (of the side)
//   "first"        the first row
//   "label:X"      the first row whose name contains X
//   "labels:X"     the sum of every row whose name contains X
//   "code:X"       the sum of the rows coded X
//   "group:X"      the sum of the level-1 rows of group X
// column "" is the first column of the side.
struct Term {
  std::string table;
  std::string side;
  std::string selector;
  std::string column;
};

enum class Relation { equal, at_most };

// Σ lhs (relation) Σ rhs. equal → cross-table-mismatch; at_most → bound-exceeded.
struct CrossRule {
  std::vector<std::string> families;  // the template families whose tables it holds for
  Kind kind;
  std::string what;  // Chinese, for the message: "收支总表本年支出合计 = 支出总表合计"
  std::vector<Term> lhs;
  Relation relation;
  std::vector<Term> rhs;
};
const std::vector<CrossRule>& cross_rules();

// The same 类 (3-digit code) figure in two tables: a.column of every 类 row of a equals
// b.column of the row with the same code in b (a class absent from a table is 0 there).
struct ClassRule {
  std::vector<std::string> families;
  Kind kind;
  std::string what;
  Term a, b;  // selector unused
};
const std::vector<ClassRule>& class_rules();

// A 情况说明 section (heading containing `heading`) that restates 类 amounts of `table`: a
// 类 named in a clause and an amount whose label ends with one of `labels` ("" = unlabeled
// amount directly after the class name) is compared with that class's row.
struct ClassStatementSource {
  Kind kind;
  std::string heading;
  Term figure;  // selector unused
  std::vector<std::string> labels;
};
const std::vector<ClassStatementSource>& class_statement_sources();

// Wording of the 情况说明 that a careful reader marks (warnings: no figure is contradicted):
// a template's placeholder left in place ("增加（减少）", "预（决）算", "XX局") or a reason left
// empty ("主要原因是。"). A paragraph containing any of `phrases` (blanks ignored) is reported
// once per rule.
struct WordingRule {
  std::string id;
  std::string what;  // the catalog entry check.wording_rule.<what> says what is wrong
  std::vector<std::string> phrases;
};
const std::vector<WordingRule>& wording_rules();

// A 功能分类 类 renamed in the classification (2019): a statement naming a class by its old name
// where the tables print the current one is a warning (`obsolete-class-name`).
struct RenamedClass {
  std::string old_name;
  std::string name;  // as function_classes() names it
};
const std::vector<RenamedClass>& renamed_classes();

// A headline figure the statement states by name: an amount whose subject (its label, with the
// words of statement_subject_words() taken off) is one of `subjects` is that figure, and must
// equal it where the figure is proven. An amount listed after 其中 is that figure only when the
// list's total is one of `parents` (an empty `parents`: never in a list): "财政拨款支出X万元，其中：
// 基本支出Y万元" speaks of the fiscal part of 基本支出, not of the whole.
struct StatedFigureRule {
  std::string figure;  // a summary path (model/proof.h): "basic", "three_public.overseas"
  std::vector<std::string> subjects;
  std::vector<std::string> parents = {};
  bool only_in_list = false;  // a bare word ("货物") names the figure only as a part of its list
};
const std::vector<StatedFigureRule>& stated_figure_rules();

// The words around a subject that do not change what it names: leading 本年/本部门/numbering and
// trailing 为/数/预算 (the last only in a budget: a 决算's "基本支出预算" is the budget, not the
// account). A year before the subject must be the document's.
struct SubjectWords {
  std::vector<std::string> prefixes;
  std::vector<std::string> suffixes;
  std::vector<std::string> budget_suffixes, final_suffixes;
};
const SubjectWords& statement_subject_words();

// What an empty table is about, for its explanation in the statement: a table printed with no
// figure (no_data) and no 本表无数据 note of its own is explained by a paragraph naming its
// `subject` with one of `absence` ("无政府性基金预算拨款", "政府性基金…为0"); else a warning
// (`empty-table-unexplained`). A non-zero amount stated under one of `stated` contradicts the
// empty table (`narrative-mismatch`).
struct EmptyTableRule {
  std::vector<std::string> tables;
  std::string subject;
  std::vector<std::string> stated;
};
const std::vector<EmptyTableRule>& empty_table_rules();
const std::vector<std::string>& absence_words();

// A section the template's 目录 requires: part `part`, and (when heading is not empty) a
// section of that part whose heading contains `heading`.
struct RequiredSection {
  std::string family;  // the template family (recognize/families.cpp) whose 目录 lists it
  Kind kind;
  int part;
  std::string heading;
  std::string name;  // for the message
};
const std::vector<RequiredSection>& required_sections();

}  // namespace budgetsite
