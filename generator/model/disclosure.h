// Stage 3 — the disclosure model: the faithful, typed content of one 预算公开 / 决算公开.
// Every figure carries the source line it came from. Amounts are in the document's unit
// (万元) exactly as printed; std::nullopt is "no figure" (absent table or statement), while a
// blank cell of a present table is 0. The JSON form is the contract of docs/model.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/message_catalog.h"
#include "recognize/catalog.h"

namespace budgetsite {

using Amount = std::optional<double>;

struct Column {
  std::string key;
  std::string label;
  std::string side;              // "income" | "expenditure" for two-sided tables
  std::optional<int> column_number;  // 栏次, where the table prints it
  std::string group;             // the year heading the column stands under, if the table has several
};

struct Row {
  int line = 0;
  int page = 0;                  // page of the source (form feeds / PDF pages), 0 when unknown
  std::string code;              // 科目编码 (3/5/7 digits), economic code, or ""
  std::string name;              // 科目名称 / item label as printed
  std::string name2;             // second label (政府预算支出经济科目 of the economic table)
  std::string side;              // "income" | "expenditure" where the table has two sides
  std::string group;             // "personnel" | "public_funds" | "procurement" | … or ""
  int level = 0;                 // 0 total row; 1 类; 2 款; 3 项 (by code length) or nesting depth
  std::optional<int> row_number; // 行次
  std::vector<Amount> values;    // aligned with Table::columns
  bool is_total = false;         // 合计 / 总计 / 小计 rows
  // Every column of the row's side got a printed cell, so no figure's column was inferred from
  // its position alone. The audit only accuses rows it read this surely.
  bool complete = true;
  // Printed with blanks, and its figures' positions do not tell their columns apart: one could
  // stand a column over at little more distance. A sum over its columns then holds however
  // they are spread, so it proves no single column (model/proof.h). Not part of model.json.
  bool placement_unsure = false;
};

struct Table {
  std::string id;
  std::string title;
  std::string number;            // numbering label as printed
  int number_in_set = 0;         // position in the official set
  int line = 0;                  // title line
  int page = 0;
  int end_line = 0;
  std::string unit = "万元";       // the unit the table is printed in (元, 万元 …)
  bool present = false;          // a body was found
  bool no_data = false;          // marked 本表无数据, or printed with no figure under its header
  bool no_data_note = false;     // the table itself says it is empty (本表无数据, 空表, 无数据)
  bool unread = false;           // present with figures, none of which could be read into rows
  int printed_figures = 0;       // figures other than 0 printed with a point or separators (a blank template has none)
  std::vector<Column> columns;
  std::vector<int> label_column_numbers;  // 栏次 printed over the label columns
  std::vector<Row> rows;

  int column_index(const std::string& key, const std::string& side = "") const;
  const Row* find_row(const std::string& name_or_code, const std::string& side = "") const;
  Amount value(const Row& row, const std::string& key) const;
  // The decimals it prints its figures with (common/text printed_decimals over every cell).
  int printed_decimals() const;
};

struct Entity {
  std::string name;
  std::string raw_name;
  std::string region;
  std::string department_type;
  std::string scope;             // "department" | "unit"
};

struct ThreePublic {
  Amount total, overseas, reception, vehicles_total, vehicle_purchase, vehicle_operation;
};

struct Procurement {
  Amount total, goods, works, services;
};

struct FunctionSummary {
  std::string code, name;
  Amount total, basic, project;
};

struct Summary {
  Amount income_total, income_current, carryover_in, expenditure_current, carryover_out,
      general_public_budget, basic, project, personnel, public_funds;
  std::optional<ThreePublic> three_public, three_public_budget;
  Amount admin_operating;
  std::optional<Procurement> procurement;
  std::optional<int> vehicles;
  std::vector<FunctionSummary> by_function;
};

struct Project {
  std::string table;             // projects_current | projects_carryover
  std::string name;
  std::string unit;              // the unit row it stands under
  int line = 0;
  std::vector<std::pair<std::string, Amount>> amounts;  // column key → amount (万元)
};

struct Indicator {
  int line = 0;
  std::string level1, level2, name;  // 一级/二级/三级指标
  std::string target;                // 指标值 / 年度指标值 (年初指标值 for self-evaluations)
  std::string adjusted_target;       // 调整后指标值
  std::string actual;                // 实际完成值
  std::string weight, score;         // 分值, 得分
  std::string note;                  // 偏差原因分析及改进措施
};

struct PerformanceCell {
  std::string text;
  int line = 0;
};

struct Performance {
  std::string type;              // target | self_evaluation | overall_target
  std::string title;
  int line = 0, end_line = 0;
  std::string project;           // 项目名称
  std::string department;        // 主管部门
  std::string unit;              // 实施单位 / 预算单位
  std::string attribute;         // 项目属性
  std::string period;            // 项目期
  std::string funds_unit;        // 元 | 万元, as the form says
  Amount funds_total;            // 年度资金总额 / 全年预算数
  Amount funds_executed;         // 全年执行数 (self-evaluations)
  Amount execution_rate;         // 执行率 (%)
  Amount total_score;            // 总分
  std::string grade;             // 优/良/中/差
  std::string goal;              // 年度目标
  std::string achieved;          // 实际完成情况
  std::vector<Indicator> indicators;
  // The form as printed, row by row: nothing in it is lost even where its layout is unusual.
  std::vector<std::vector<PerformanceCell>> grid;
};

struct Section {
  int part = 0;                  // 1 概况, 2 报表, 3 情况说明, 4 名词解释, 5 附件
  std::string part_title;
  std::string heading;           // "一、本部门职责" or "" for text before the first heading
  int line = 0;
  std::vector<std::string> paragraphs;
  std::vector<int> paragraph_lines;
  std::vector<int> paragraph_pages;  // page of each paragraph's first line (0 where unknown)
};

// A term the document defines in its own 名词解释 (“三公”经费, 机关运行经费, 基本支出 …), as printed.
struct GlossaryEntry {
  std::string term;
  std::string definition;
  int line = 0;
};

struct Check {
  std::string id;                // missing-table | sum-mismatch | rounding | …
  std::string severity;          // error | warning | info
  std::string message;           // the wording in the built-in Chinese catalog (model.json's `message`)
  std::vector<Wording> wording;  // what it says, in no language: check.* entries of i18n/*.yaml
  std::string table;             // table id or ""
  int line = 0;
  std::vector<int> lines;        // every line concerned
  Amount expected, actual;
  int page = 0;                  // page of `line`
};

// One confirmation (or contradiction) of a headline figure: the proof rule (model/proof.h)
// and the source lines it compared.
struct ProofStep {
  std::string rule;
  std::vector<int> lines;
};

// Whether a headline figure is a fact of the document. "proven": at least one rule of
// proof_rules() confirms it (the same figure printed elsewhere, or a total equal to its parts)
// and no identity that must hold contradicts it. "read": read, but unconfirmed or contradicted.
// A figure that was not read (null) has no entry.
struct FigureProof {
  std::string status;            // "proven" | "read"
  std::vector<ProofStep> by;     // the rules that confirm it
  std::vector<ProofStep> against;  // the identities that contradict it
};

struct Source {
  std::string file, sha256, encoding;
  std::string format = "text";   // "text" | "pdf"
  int lines = 0;
  int pages = 1;
};

struct Disclosure {
  int schema_version = 2;
  Source source;
  std::string template_id = "generic";  // the template family recognized (recognize/families.cpp)
  Kind kind = Kind::budget;
  std::optional<int> year;
  Entity entity;
  std::string unit = "万元";
  Summary summary;
  std::vector<Table> tables;
  std::vector<Project> projects;
  std::vector<Performance> performance;
  std::vector<Section> sections;
  std::vector<GlossaryEntry> glossary;  // from the 名词解释 sections, in their order
  std::vector<Check> checks;
  // Keyed by the figure's path: "income_total", "three_public.total", "by_function.201".
  std::map<std::string, FigureProof> proof;

  const Table* table(const std::string& id) const;
};

}  // namespace budgetsite
