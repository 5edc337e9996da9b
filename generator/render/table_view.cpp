#include "render/i18n.h"
#include "render/table_view.h"

#include <algorithm>

#include "common/text.h"
#include "render/format.h"
#include "render/glossary.h"

namespace budgetsite {

namespace {

struct LabelColumns {
  bool code = false, name2 = false;
};

LabelColumns label_columns(const Table& table, const std::string& side) {
  LabelColumns l;
  for (const auto& row : table.rows) {
    if (row.side != side) continue;
    l.code |= !row.code.empty();
    l.name2 |= !row.name2.empty();
  }
  return l;
}

std::vector<std::string> sides_of(const Table& table) {
  std::vector<std::string> sides;
  for (const auto& c : table.columns)
    if (std::find(sides.begin(), sides.end(), c.side) == sides.end()) sides.push_back(c.side);
  if (sides.empty()) sides.push_back("");
  return sides;
}

// A side as the interface names it (catalog side.*): further blocks printed to the right
// (expenditure_2 …) by their number.
std::string side_name(const std::string& side) {
  if (side == "income" || side == "expenditure") return words().text("side." + side);
  if (side.starts_with("expenditure_")) return words().format("side.expenditure_n", {{"n", side.substr(12)}});
  return "";
}

std::string side_label(const std::string& side) {
  if (side == "income") return "收入";
  if (side == "expenditure") return "支出";
  return "";
}

// Rows in display order: as printed, except the economic grid (several items per printed
// line), which reads best in code order.
std::vector<const Row*> display_rows(const Table& table, const std::string& side) {
  std::vector<const Row*> rows;
  for (const auto& row : table.rows)
    if (row.side == side) rows.push_back(&row);
  // Several coded items on one printed line: the economic grid.
  bool grid = false;
  for (size_t i = 1; i < rows.size() && !grid; ++i)
    grid = rows[i]->line == rows[i - 1]->line && !rows[i]->code.empty() && !rows[i - 1]->code.empty();
  if (grid) std::stable_sort(rows.begin(), rows.end(), [](const Row* a, const Row* b) { return a->code < b->code; });
  return rows;
}

// Tables longer than this start folded on the page, their total shown in the fold's summary
// (a phone shows about 15 rows on a screen).
constexpr size_t kRowsShownUnfolded = 15;

// The row a folded table shows as its total: the grand total (总计) of the part, else its first
// total row (合计), else none.
const Row* total_row(const std::vector<const Row*>& rows) {
  const Row* first_total = nullptr;
  for (const Row* row : rows) {
    const bool total = row->is_total || row->level == 0 || starts_with(row->name, "合计") ||
                       row->name.find("总计") != std::string::npos;
    if (!total) continue;
    if (row->name.find("总计") != std::string::npos) return row;
    if (!first_total) first_total = row;
  }
  return first_total;
}

std::string row_class(const Row& row) {
  if (row.is_total || row.level == 0) return "total";
  return "level-" + std::to_string(std::min(row.level, 3));
}

}  // namespace


View table_view(const Table& table, std::set<std::string>& anchors, const Glossary* glossary) {
  const int decimals = table.printed_decimals();
  View view;
  view["id"] = table.id;
  view["anchor"] = "table-" + table.id;
  view["title"] = table.title;
  // A title that prints its own numbering ("表1：2026年…") is not numbered twice.
  view["number"] = starts_with(strip_blanks(table.title), strip_blanks(table.number)) ? "" : table.number;
  view["line"] = table.line;
  view["unit"] = unit_name(table.unit.empty() ? "万元" : table.unit);
  view["present"] = table.present;
  view["no_data"] = table.no_data;
  view["unread"] = table.unread;
  view["csv_href"] = "tables/" + table.id + ".csv";
  view["has_csv"] = table.present && !table.rows.empty();
  View parts = View::array();
  View fold_totals = View::array();
  for (const auto& side : sides_of(table)) {
    const LabelColumns labels = label_columns(table, side);
    View part;
    const std::string side_text = side_name(side);
    part["caption"] = table.title + (side.empty() ? "" : words().text("punct.open") + side_text + words().text("punct.close"));
    part["side_label"] = side_text;
    View headers = View::array();
    if (labels.code) headers.push_back({{"label", words().text("comparison.code")}, {"numeric", false}});
    headers.push_back({{"label", labels.name2 ? words().text("table.economic_department")
                                              : (labels.code ? words().text("table.class_name") : words().text("chart.item"))},
                       {"numeric", false}});
    if (labels.name2) headers.push_back({{"label", words().text("table.economic_government")}, {"numeric", false}});
    std::vector<int> columns;
    for (size_t c = 0; c < table.columns.size(); ++c)
      if (table.columns[c].side == side) {
        columns.push_back(static_cast<int>(c));
        headers.push_back({{"label", table.columns[c].label},
                           {"numeric", true},
                           {"gloss", glossary ? glossary->gloss(table.columns[c].label) : View(nullptr)}});
      }
    part["headers"] = headers;
    View rows = View::array();
    const std::vector<const Row*> shown = display_rows(table, side);
    if (const Row* total = total_row(shown)) {
      for (int c : columns) {
        const Amount v = c < static_cast<int>(total->values.size()) ? total->values[c] : std::nullopt;
        if (!v) continue;
        fold_totals.push_back({{"label", total->name.empty() ? table.columns[c].label : total->name},
                               {"number", format_amount(v, decimals)}});
        break;
      }
    }
    for (const Row* row : shown) {
      View r;
      const std::string anchor = "L" + std::to_string(row->line);
      r["anchor"] = anchors.insert(anchor).second ? anchor : "";
      r["class"] = row_class(*row);
      r["level"] = row->level;
      r["line"] = row->line;
      View cells = View::array();
      for (int c : columns) {
        const Amount v = c < static_cast<int>(row->values.size()) ? row->values[c] : std::nullopt;
        cells.push_back(format_amount(v, decimals));
      }
      r["code"] = labels.code ? View(row->code) : View(nullptr);
      r["has_code"] = labels.code;
      r["name"] = row->name;
      r["gloss"] = glossary && row->code.empty() ? glossary->gloss(row->name) : View(nullptr);
      r["name2"] = labels.name2 ? View(row->name2) : View(nullptr);
      r["has_name2"] = labels.name2;
      r["cells"] = cells;
      rows.push_back(r);
    }
    part["rows"] = rows;
    part["empty"] = rows.empty();
    parts.push_back(part);
  }
  view["parts"] = parts;
  view["row_count"] = table.rows.size();
  view["folded"] = table.present && table.rows.size() > kRowsShownUnfolded;
  view["fold_totals"] = fold_totals;
  return view;
}

std::vector<std::string> disclosure_identity(const Disclosure& d) {
  return {d.entity.name, d.entity.region, d.year ? std::to_string(*d.year) : "", kind_label(d.kind),
          d.entity.scope == "unit" ? "单位" : "部门"};
}

std::string table_csv(const Disclosure& d, const Table& table) {
  std::string out = "\xEF\xBB\xBF";
  const int decimals = table.printed_decimals();
  const bool sided = std::any_of(table.columns.begin(), table.columns.end(), [](const Column& c) { return !c.side.empty(); });
  std::vector<std::string> header{"部门", "地区", "年度", "类型", "范围", "表", "单位", "行号"};
  if (sided) header.push_back("方向");
  for (const char* h : {"科目编码", "名称", "经济科目"}) header.push_back(h);
  for (const auto& c : table.columns)
    header.push_back((sided ? side_label(c.side) + "：" : "") + c.label);
  for (size_t i = 0; i < header.size(); ++i) out += (i ? "," : "") + csv_field(header[i]);
  out += "\r\n";
  std::vector<std::string> identity = disclosure_identity(d);
  identity.push_back(table.title);
  identity.push_back(table.unit.empty() ? "万元" : table.unit);
  for (const auto& row : table.rows) {
    std::vector<std::string> fields = identity;
    fields.push_back(std::to_string(row.line));
    if (sided) fields.push_back(side_label(row.side));
    fields.push_back(row.code);
    fields.push_back(row.name);
    fields.push_back(row.name2);
    for (size_t c = 0; c < table.columns.size(); ++c) {
      const bool own_side = table.columns[c].side == row.side;
      const Amount v = own_side && c < row.values.size() ? row.values[c] : std::nullopt;
      fields.push_back(v ? format_fixed(*v, decimals) : "");
    }
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
    out += "\r\n";
  }
  return out;
}

}  // namespace budgetsite
