#include "model/proof.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "common/text.h"
#include "model/table_lookup.h"

namespace budgetsite {

namespace {

// A cell of the source: (line, column index); a prose statement is (line, -2 - its offset).
using Cell = std::pair<int, int>;

struct Found {
  double value = 0;
  Cell cell;
  bool prose = false;
};

// Half a cent of a 万元 figure printed with two decimals: the rounding each printed term carries.
constexpr double kHalfUnit = 0.005;

bool same_amount(double a, double b, int terms) { return std::fabs(a - b) <= kHalfUnit * terms + 1e-7; }

struct Paragraph {
  std::string text;
  int line = 0;
};

std::vector<Paragraph> prose_of(const Disclosure& d) {
  std::vector<Paragraph> out;
  for (const auto& sec : d.sections)
    for (size_t i = 0; i < sec.paragraphs.size(); ++i)
      out.push_back({close_up_justified(sec.paragraphs[i]), i < sec.paragraph_lines.size() ? sec.paragraph_lines[i] : sec.line});
  return out;
}

const Table* present_table(const Disclosure& d, const std::string& id) {
  const Table* t = d.table(id);
  return t && t->present && !t->unread ? t : nullptr;
}

// Column index of `key` in t, "" or "total" falling back to the first figure column.
int column_of(const Table& t, const std::string& key) {
  int c = t.column_index(key);
  if (c < 0 && (key.empty() || key == "total")) c = first_column(t, "");
  return c;
}

std::vector<Found> readings_of(const Disclosure& d, const ReadingRule& rule, const std::string& code,
                               const std::vector<Paragraph>& prose) {
  std::vector<Found> out;
  auto add = [&](const Table& t, const Row& r, int col) {
    if (col < 0 || col >= static_cast<int>(r.values.size()) || !r.values[col]) return;
    out.push_back({*in_wan(t, r.values[col]), {r.line, col}, false});
  };
  switch (rule.kind) {
    case ReadingKind::side: {
      const Table* t = present_table(d, rule.table);
      if (!t) break;
      bool two_sided = first_column(*t, "income") >= 0;
      int col = -1;
      if (const Row* r = side_row(*t, two_sided ? rule.side : "", rule.key, &col)) add(*t, *r, col);
      break;
    }
    case ReadingKind::total: {
      const Table* t = present_table(d, rule.table);
      if (!t) break;
      int col = t->column_index(rule.key);
      if (const Row* r = total_row(*t, d.entity.name)) add(*t, *r, col);
      break;
    }
    case ReadingKind::class_row: {
      const Table* t = present_table(d, rule.table);
      if (!t) break;
      int col = column_of(*t, rule.key);
      for (const auto& r : t->rows)
        if (r.code == code && r.group != "unit") { add(*t, r, col); break; }
      break;
    }
    case ReadingKind::class_side: {
      const Table* t = present_table(d, rule.table);
      if (!t) break;
      for (const auto& r : t->rows) {
        if (r.side != rule.side) continue;
        const FunctionClass* fc = function_class_by_label(r.name);
        if (!fc || fc->code != code) continue;
        int col = -1;
        for (size_t i = 0; i < t->columns.size() && col < 0; ++i)
          if (t->columns[i].side == r.side) col = static_cast<int>(i);
        add(*t, r, col);
        break;
      }
      break;
    }
    case ReadingKind::item: {
      const Table* t = present_table(d, rule.table);
      if (!t) break;
      if (int col = t->column_index(rule.key); col >= 0) {
        for (const auto& r : t->rows) add(*t, r, col);
        break;
      }
      int col = column_of(*t, "total");
      for (const auto& r : t->rows) {
        const std::string name = strip_blanks(r.name);
        for (const auto& words : rule.phrases) {
          // "A&!B": the name holds A and not B.
          size_t bang = words.find("&!");
          bool match = bang == std::string::npos
                           ? contains(name, words)
                           : contains(name, words.substr(0, bang)) && !contains(name, words.substr(bang + 2));
          if (match) { add(*t, r, col); break; }
        }
      }
      break;
    }
    case ReadingKind::prose:
      for (const auto& p : prose)
        for (const auto& phrase : rule.phrases)
          // Every statement counts: one that prints the same amount confirms the reading,
          // whatever the words before it (a statement of a part in the same words never
          // contradicts, since prose readings never do).
          for (size_t at = p.text.find(phrase); at != std::string::npos; at = p.text.find(phrase, at + 1))
            if (Amount v = stated_amount(p.text.substr(at), phrase))
              out.push_back({*v, {p.line, -2 - static_cast<int>(at)}, true});
      break;
  }
  return out;
}

// Every figure a rule may name, by path: the headline figures, and each 类's basic and project
// ("by_function.201.basic"), which the sums use but which have no proof of their own.
std::map<std::string, Amount> figure_values(const Summary& s) {
  std::map<std::string, Amount> values;
  for (const auto& [path, value] : headline_figures(s)) values.emplace(path, value);
  for (const auto& f : s.by_function) {
    values.emplace("by_function." + f.code + ".basic", f.basic);
    values.emplace("by_function." + f.code + ".project", f.project);
  }
  return values;
}

struct Evidence {
  std::set<Cell> cells;  // the figure's own cell(s), where a reading locates it
  std::vector<ProofStep> by, against;
};

std::vector<int> lines_of(const std::set<Cell>& cells) {
  std::set<int> lines;
  for (const auto& c : cells)
    if (c.first) lines.insert(c.first);
  return {lines.begin(), lines.end()};
}

// A row of that line whose figures' columns the layout does not tell apart.
bool on_unsure_row(const Disclosure& d, int line) {
  for (const auto& t : d.tables)
    for (const auto& r : t.rows)
      if (r.line == line && r.placement_unsure) return true;
  return false;
}

}  // namespace

bool is_proven(const Disclosure& d, const std::string& path) {
  auto it = d.proof.find(path);
  return it != d.proof.end() && it->second.status == "proven";
}

std::vector<std::pair<std::string, Amount>> headline_figures(const Summary& s) {
  std::vector<std::pair<std::string, Amount>> out = {
      {"income_total", s.income_total},
      {"income_current", s.income_current},
      {"carryover_in", s.carryover_in},
      {"expenditure_current", s.expenditure_current},
      {"carryover_out", s.carryover_out},
      {"general_public_budget", s.general_public_budget},
      {"basic", s.basic},
      {"project", s.project},
      {"personnel", s.personnel},
      {"public_funds", s.public_funds},
      {"admin_operating", s.admin_operating},
  };
  const ThreePublic tp = s.three_public.value_or(ThreePublic{});
  out.insert(out.end(), {{"three_public.total", tp.total},
                         {"three_public.overseas", tp.overseas},
                         {"three_public.reception", tp.reception},
                         {"three_public.vehicles_total", tp.vehicles_total},
                         {"three_public.vehicle_purchase", tp.vehicle_purchase},
                         {"three_public.vehicle_operation", tp.vehicle_operation}});
  const Procurement pr = s.procurement.value_or(Procurement{});
  out.insert(out.end(), {{"procurement.total", pr.total},
                         {"procurement.goods", pr.goods},
                         {"procurement.works", pr.works},
                         {"procurement.services", pr.services}});
  for (const auto& f : s.by_function) out.emplace_back("by_function." + f.code, f.total);
  return out;
}

std::map<std::string, FigureProof> prove(const Disclosure& d) {
  const std::vector<Paragraph> prose = prose_of(d);
  const std::map<std::string, Amount> values = figure_values(d.summary);
  auto figure_value = [&](const std::string& path) -> Amount {
    auto it = values.find(path);
    return it == values.end() ? std::nullopt : it->second;
  };
  std::map<std::string, Evidence> evidence;
  std::vector<std::string> paths;
  for (const auto& [path, value] : headline_figures(d.summary))
    if (value) {
      paths.push_back(path);
      evidence[path];
    }

  // Readings: the first that prints the figure is its cell; any other cell printing it confirms.
  for (const auto& path : paths) {
    const double value = *figure_value(path);
    const bool is_class = starts_with(path, "by_function.");
    const std::string code = is_class ? path.substr(12) : "";
    Evidence& e = evidence[path];
    std::vector<std::pair<const ReadingRule*, Found>> matches;
    for (const auto& rule : reading_rules()) {
      if (rule.figure != (is_class ? "by_function.*" : path)) continue;
      std::vector<Found> found = readings_of(d, rule, code, prose);
      bool matched = false;
      for (const auto& f : found)
        if (same_amount(f.value, value, 2)) {
          matches.push_back({&rule, f});
          matched = true;
          break;
        }
      // A must-equal reading that prints another amount contradicts the figure (prose, which
      // may state a part of it in the same words, never does).
      if (!matched && rule.must_equal && !found.empty() && !found.front().prose)
        e.against.push_back({rule.id, {found.front().cell.first}});
    }
    if (matches.empty()) continue;
    e.cells.insert(matches.front().second.cell);
    for (size_t k = 1; k < matches.size(); ++k) {
      const Found& f = matches[k].second;
      // Two table cells both 0 prove nothing: an unread cell is 0 too.
      if (e.cells.count(f.cell) || (value == 0 && !f.prose && !matches.front().second.prose)) continue;
      e.by.push_back({matches[k].first->id, {matches.front().second.cell.first, f.cell.first}});
    }
  }

  // Sums: every term read, no cell on both sides, the total not 0, and equal to its parts.
  std::vector<std::string> classes;
  for (const auto& f : d.summary.by_function)
    if (f.total) classes.push_back(f.code);
  // Anchored rules last: they need their total confirmed by another rule.
  std::vector<const SumRule*> ordered;
  for (const auto& rule : sum_rules())
    if (!rule.anchored) ordered.push_back(&rule);
  for (const auto& rule : sum_rules())
    if (rule.anchored) ordered.push_back(&rule);
  for (const SumRule* rule_ptr : ordered) {
    const SumRule& rule = *rule_ptr;
    const bool per_class = starts_with(rule.total, "by_function.*");
    const std::vector<std::string> codes = per_class ? classes : std::vector<std::string>{""};
    for (const auto& code : codes) {
      auto expand = [&](const std::string& p) { return per_class ? "by_function." + code + p.substr(13) : p; };
      std::string total = expand(rule.total);
      std::vector<std::string> parts;
      for (const auto& p : rule.parts) {
        if (p == "by_function.*" && !per_class)
          for (const auto& c : classes) parts.push_back("by_function." + c);
        else
          parts.push_back(expand(p));
      }
      if (parts.empty()) continue;
      Amount t = figure_value(total);
      double sum = 0;
      bool complete = t.has_value();
      for (const auto& p : parts) {
        Amount v = figure_value(p);
        complete &= v.has_value();
        sum += v.value_or(0);
      }
      if (!complete || *t == 0) continue;
      std::set<Cell> total_cells = evidence.count(total) ? evidence[total].cells : std::set<Cell>{};
      std::set<Cell> cells = total_cells;
      bool distinct = true;
      for (const auto& p : parts)
        if (evidence.count(p))
          for (const auto& c : evidence[p].cells) {
            distinct &= !total_cells.count(c);
            cells.insert(c);
          }
      if (!distinct) continue;
      const bool holds = same_amount(*t, sum, static_cast<int>(parts.size()) + 1);
      if (!holds && !rule.must_hold) continue;
      if (holds && rule.anchored && (!evidence.count(total) || evidence[total].by.empty())) continue;
      ProofStep step{rule.id, lines_of(cells)};
      // Parts all on one row whose blanks leave its figures' columns unsure, one of them 0: the
      // sum holds however the figures are spread over the parts' columns, so it proves only the total.
      std::set<int> part_lines;
      bool zero_part = false;
      for (const auto& p : parts) {
        Amount v = figure_value(p);
        zero_part |= v && *v == 0;
        if (evidence.count(p))
          for (const auto& c : evidence[p].cells) part_lines.insert(c.first);
      }
      bool spread_unsure = zero_part && part_lines.size() == 1 && on_unsure_row(d, *part_lines.begin());
      std::vector<std::string> terms = spread_unsure ? std::vector<std::string>{} : parts;
      terms.push_back(total);
      for (const auto& p : terms) {
        if (!evidence.count(p)) continue;  // a class's basic or project: not a headline path
        (holds ? evidence[p].by : evidence[p].against).push_back(step);
      }
    }
  }

  std::map<std::string, FigureProof> proof;
  for (const auto& path : paths) {
    Evidence& e = evidence[path];
    FigureProof fp;
    fp.by = std::move(e.by);
    fp.against = std::move(e.against);
    fp.status = !fp.by.empty() && fp.against.empty() ? "proven" : "read";
    proof[path] = std::move(fp);
  }
  return proof;
}

}  // namespace budgetsite
