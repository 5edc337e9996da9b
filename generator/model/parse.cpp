#include "model/parse.h"

#include "common/text.h"
#include "model/proof.h"

namespace budgetsite {

int Table::column_index(const std::string& key, const std::string& side) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].key == key && (side.empty() || columns[i].side == side)) return static_cast<int>(i);
  return -1;
}

const Row* Table::find_row(const std::string& name_or_code, const std::string& side) const {
  for (const auto& r : rows)
    if ((side.empty() || r.side == side) && (r.code == name_or_code || strip_blanks(r.name) == name_or_code)) return &r;
  return nullptr;
}

Amount Table::value(const Row& row, const std::string& key) const {
  int i = column_index(key, row.side);
  return i < 0 ? std::nullopt : row.values[i];
}

int Table::printed_decimals() const {
  std::vector<Amount> values;
  for (const auto& r : rows) values.insert(values.end(), r.values.begin(), r.values.end());
  return budgetsite::printed_decimals(values);
}

const Table* Disclosure::table(const std::string& id) const {
  for (const auto& t : tables)
    if (t.id == id) return &t;
  return nullptr;
}

Disclosure build_disclosure(const SourceText& text) {
  Disclosure d = build_layout_disclosure(text);
  for (auto& t : d.tables) {
    if (!t.page) t.page = text.page_of(t.line);
    for (auto& r : t.rows)
      if (!r.page) r.page = text.page_of(r.line);
  }
  d.proof = prove(d);
  return d;
}

Disclosure parse_disclosure_file(const std::string& path) { return build_disclosure(ingest_file(path)); }

}  // namespace budgetsite
