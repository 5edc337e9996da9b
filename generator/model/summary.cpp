#include <cmath>

#include "common/text.h"
#include "model/parse.h"
#include "model/table_lookup.h"
#include "recognize/rows.h"
#include "recognize/vocabulary.h"

namespace budgetsite {

namespace {

// Where a headline figure is read: a table, the side of its row, the labels that name the
// row (the first that matches wins) and the column.
struct FigureSource {
  Kind kind;
  const char* figure;
  const char* table;
  const char* side;
  std::vector<std::string> labels;
  const char* column;
};

const std::vector<FigureSource>& figure_sources() {
  static const std::vector<FigureSource> sources = {
      {Kind::budget, "income_total", "overview", "income", {"收入总计", "收入合计"}, "amount"},
      {Kind::budget, "income_current", "overview", "income", {"本年收入合计"}, "amount"},
      {Kind::budget, "carryover_in", "overview", "income", {"上年结转", "上年结转结余", "上年结转收入"}, "amount"},
      {Kind::budget, "expenditure_current", "overview", "expenditure", {"本年支出合计"}, "total"},
      {Kind::budget, "carryover_out", "overview", "expenditure", {"年终结转", "年终结转结余", "结转下年"}, "total"},
      {Kind::budget, "general_public_budget", "overview", "income", {"一般公共预算", "一般公共预算拨款收入", "一般公共预算拨款"}, "amount"},
      {Kind::budget, "basic", "expenditure", "", {"合计", "总计"}, "basic"},
      {Kind::budget, "project", "expenditure", "", {"合计", "总计"}, "project"},
      {Kind::budget, "personnel", "basic_by_economic", "", {"合计"}, "personnel"},
      {Kind::budget, "public_funds", "basic_by_economic", "", {"合计"}, "public_funds"},
      {Kind::final_accounts, "income_total", "overview", "income", {"总计", "收入总计"}, "amount"},
      {Kind::final_accounts, "income_current", "overview", "income", {"本年收入合计"}, "amount"},
      {Kind::final_accounts, "carryover_in", "overview", "income", {"年初结转和结余"}, "amount"},
      {Kind::final_accounts, "expenditure_current", "overview", "expenditure", {"本年支出合计"}, "amount"},
      {Kind::final_accounts, "carryover_out", "overview", "expenditure", {"年末结转和结余"}, "amount"},
      {Kind::final_accounts, "general_public_budget", "overview", "income", {"一般公共预算财政拨款收入", "一般公共预算财政拨款"}, "amount"},
      {Kind::final_accounts, "basic", "expenditure", "", {"合计", "总计"}, "basic"},
      {Kind::final_accounts, "project", "expenditure", "", {"合计", "总计"}, "project"},
      {Kind::final_accounts, "personnel", "basic_by_economic", "", {"人员经费合计"}, "amount"},
      {Kind::final_accounts, "public_funds", "basic_by_economic", "", {"公用经费合计"}, "amount"},
  };
  return sources;
}

// 三公 parts: the row labels of the budget table and the column keys of the final table.
struct ThreePublicPart {
  Amount ThreePublic::*field;
  std::vector<std::string> budget_labels;
  const char* final_column;
};

const std::vector<ThreePublicPart>& three_public_parts() {
  static const std::vector<ThreePublicPart> parts = {
      {&ThreePublic::total, {"合计", "总计"}, "total"},
      {&ThreePublic::overseas, {"因公出国（境）费", "因公出国(境)费", "因公出国（境）费用"}, "overseas"},
      {&ThreePublic::reception, {"公务接待费"}, "reception"},
      {&ThreePublic::vehicles_total, {"公务用车购置及运行费", "公务用车购置及运行维护费"}, "vehicles_total"},
      {&ThreePublic::vehicle_purchase, {"①公务用车购置费", "公务用车购置费"}, "vehicle_purchase"},
      {&ThreePublic::vehicle_operation, {"②公务用车运行维护费", "公务用车运行维护费", "②公务用车运行费", "公务用车运行费"}, "vehicle_operation"},
  };
  return parts;
}

Amount figure_from_table(const Disclosure& d, const FigureSource& src) {
  const Table* t = d.table(src.table);
  if (!t || !t->present) return std::nullopt;
  int col = t->column_index(src.column, src.side);
  if (col < 0) return std::nullopt;
  for (const auto& label : src.labels)
    for (const auto& row : t->rows) {
      if (!src.side[0] ? false : row.side != src.side) continue;
      if (bare_label(row.name) == label || strip_blanks(row.name) == label) return row.values[col];
    }
  // A present table without the row (本表无数据) has 0 for it.
  return t->no_data ? Amount(0.0) : std::nullopt;
}

}  // namespace

std::optional<double> amount_after(const std::string& text, const std::string& keyword, size_t window) {
  size_t p = text.find(keyword);
  while (p != std::string::npos) {
    std::u32string rest = to_u32(text.substr(p + keyword.size()));
    if (rest.size() > window) rest.resize(window);
    std::string s = to_utf8(rest);
    for (size_t i = 0; i < s.size(); ++i) {
      if (!isdigit(static_cast<unsigned char>(s[i]))) continue;
      size_t j = i;
      while (j < s.size() && (isdigit(static_cast<unsigned char>(s[j])) || s[j] == ',' || s[j] == '.')) ++j;
      std::string number = s.substr(i, j - i);
      while (!number.empty() && (number.back() == '.' || number.back() == ',')) number.pop_back();
      // Only an amount counts: a year (2026年), a count or a percentage is skipped.
      size_t unit_at = j;
      while (unit_at < s.size() && s[unit_at] == ' ') ++unit_at;
      std::string after = s.substr(unit_at);
      if (starts_with(after, "万元")) {
        if (auto v = parse_number(number)) return v;
      } else if (starts_with(after, "元")) {
        if (auto v = parse_number(number)) return *v / 10000;
      }
      i = j;
    }
    p = text.find(keyword, p + keyword.size());
  }
  return std::nullopt;
}

Summary summarize(const Disclosure& d) {
  Summary s;
  for (const auto& src : figure_sources()) {
    if (src.kind != d.kind) continue;
    Amount v = figure_from_table(d, src);
    std::string f = src.figure;
    Amount* target = f == "income_total" ? &s.income_total
                     : f == "income_current" ? &s.income_current
                     : f == "carryover_in" ? &s.carryover_in
                     : f == "expenditure_current" ? &s.expenditure_current
                     : f == "carryover_out" ? &s.carryover_out
                     : f == "general_public_budget" ? &s.general_public_budget
                     : f == "basic" ? &s.basic
                     : f == "project" ? &s.project
                     : f == "personnel" ? &s.personnel
                     : &s.public_funds;
    if (!*target) *target = v;
  }

  // Narrative text, for figures a budget states only in prose.
  std::string prose;
  for (const auto& sec : d.sections)
    if (sec.part != 2)
      for (const auto& p : sec.paragraphs) prose += p + "\n";

  // 三公
  if (const Table* t = d.table("three_public"); t && t->present) {
    if (d.kind == Kind::budget) {
      ThreePublic tp;
      int col = t->column_index("total");
      for (const auto& part : three_public_parts()) {
        tp.*part.field = 0.0;
        for (const auto& label : part.budget_labels) {
          const Row* row = nullptr;
          for (const auto& r : t->rows)
            if (strip_blanks(r.name) == label) { row = &r; break; }
          if (row) { tp.*part.field = row->values[col]; break; }
        }
      }
      s.three_public = tp;
    } else {
      ThreePublic actual, budget;
      const Row* row = t->rows.empty() ? nullptr : &t->rows.front();
      for (const auto& part : three_public_parts()) {
        int a = t->column_index(part.final_column);
        int b = t->column_index(std::string("budget_") + part.final_column);
        actual.*part.field = row && a >= 0 ? row->values[a] : Amount(0.0);
        budget.*part.field = row && b >= 0 ? row->values[b] : Amount(0.0);
      }
      s.three_public = actual;
      s.three_public_budget = budget;
    }
  }

  if (d.kind == Kind::budget) {
    if (const Table* t = d.table("admin_operating"); t && t->present) {
      int col = t->column_index("total");
      for (const auto& r : t->rows)
        if (r.is_total || contains(r.name, "合计")) { s.admin_operating = r.values[col]; break; }
      if (!s.admin_operating && t->no_data) s.admin_operating = 0.0;
    }
    if (!s.admin_operating) {
      for (const char* k : {"机关运行经费财政拨款预算", "机关运行经费预算", "机关运行经费"})
        if ((s.admin_operating = amount_after(prose, k, 30))) break;
    }
    // 政府采购 and vehicles come from the prose of a budget.
    if (auto total = amount_after(prose, "政府采购预算总额", 20)) {
      Procurement p;
      p.total = total;
      p.goods = amount_after(prose, "政府采购货物预算", 20);
      p.works = amount_after(prose, "政府采购工程预算", 20);
      p.services = amount_after(prose, "政府采购服务预算", 20);
      s.procurement = p;
    }
    // 国有资产占有使用情况: "…实有N辆".
    for (size_t at = prose.find("实有"); at != std::string::npos && !s.vehicles; at = prose.find("实有", at + 6)) {
      std::string rest = prose.substr(at + 6, 12);
      size_t i = 0;
      while (i < rest.size() && isdigit(static_cast<unsigned char>(rest[i]))) ++i;
      if (i > 0 && rest.substr(i, 3) == "辆") s.vehicles = std::stoi(rest.substr(0, i));
    }
  } else if (const Table* t = d.table("statistics"); t && t->present) {
    int col = t->column_index("amount");
    Procurement p;
    double admin = 0;
    bool admin_seen = false;
    for (const auto& r : t->rows) {
      std::string n = bare_label(r.name);
      if (r.group == "procurement") {
        if (n == "合计") p.total = r.values[col];
        else if (n == "货物") p.goods = r.values[col];
        else if (n == "工程") p.works = r.values[col];
        else if (n == "服务") p.services = r.values[col];
      } else if (r.group == "admin_operating") {
        admin += r.values[col].value_or(0);
        admin_seen = true;
      } else if (contains(n, "车辆数合计") || contains(n, "车辆合计")) {
        s.vehicles = static_cast<int>(std::lround(r.values[col].value_or(0)));
      }
    }
    s.procurement = p;
    if (admin_seen) s.admin_operating = std::round(admin * 100) / 100;
  }

  if (const Table* t = d.table("expenditure"); t && t->present) {
    int total = t->column_index("total"), basic = t->column_index("basic"), project = t->column_index("project");
    for (const auto& r : t->rows)
      if (r.level == 1 && r.code.size() == 3)
        s.by_function.push_back({r.code, r.name, r.values[total], r.values[basic], r.values[project]});
  }
  return s;
}

Summary summarize_layout(const Disclosure& d) {
  Summary s;
  if (const Table* t = d.table("overview"); t && t->present) {
    bool two_sided = t->column_index("total", "income") >= 0 || first_column(*t, "income") >= 0;
    std::string in = two_sided ? "income" : "", out = two_sided ? "expenditure" : "";
    s.income_total = side_figure(*t, in, "income_total");
    s.income_current = side_figure(*t, in, "income_current");
    s.carryover_in = side_figure(*t, in, "carryover_in");
    s.general_public_budget = side_figure(*t, in, "general_public_budget");
    s.expenditure_current = side_figure(*t, out, "expenditure_current");
    s.carryover_out = side_figure(*t, out, "carryover_out");
  }
  // A 收支总表 without 本年收入/本年支出 rows (Shanghai prints only 收入总计 and 支出总计): the
  // 收入总表's and 支出总表's 合计.
  if (!s.income_current)
    if (const Table* t = d.table("income"); t && t->present) s.income_current = column_total(*t, "total", d.entity.name);
  if (!s.expenditure_current)
    if (const Table* t = d.table("expenditure"); t && t->present && t->column_index("basic") >= 0)
      s.expenditure_current = column_total(*t, "total", d.entity.name);
  // 一般公共预算 income: the 收支总表's row, else the 财政拨款收支总表's.
  if (!s.general_public_budget)
    if (const Table* t = d.table("fiscal_overview"); t && t->present && first_column(*t, "income") >= 0)
      s.general_public_budget = side_figure(*t, "income", "general_public_budget");
  const Table* spending = d.table("expenditure");
  if (!spending || !spending->present || spending->column_index("basic") < 0) {
    for (const char* id : {"general_budget_expenditure", "fiscal_expenditure"})
      if (const Table* t = d.table(id); t && t->present && t->column_index("basic") >= 0 && !spending) spending = t;
  }
  if (spending && spending->present && spending->id == "expenditure") {
    s.basic = column_total(*spending, "basic", d.entity.name);
    s.project = column_total(*spending, "project", d.entity.name);
    int total = spending->column_index("total"), basic = spending->column_index("basic"),
        project = spending->column_index("project");
    for (const auto& r : spending->rows) {
      if (r.code.size() != 3 || r.group == "unit") continue;
      bool seen = false;
      for (const auto& f : s.by_function) seen |= f.code == r.code;
      if (seen) continue;
      auto at = [&](int c) { return c < 0 ? Amount() : in_wan(*spending, r.values[c]); };
      s.by_function.push_back({r.code, r.name, at(total), at(basic), at(project)});
    }
  }
  // No 类 rows in the 支出总表 (Beijing prints only 项, crossed with economic classes): the
  // 收支总表's expenditure side lists the 类 by name, with their totals.
  if (s.by_function.empty())
    if (const Table* t = d.table("overview"); t && t->present) {
      int col = first_column(*t, "expenditure");
      for (const auto& r : t->rows) {
        if (col < 0 || r.side != "expenditure") continue;
        const FunctionClass* fc = function_class_by_label(r.name);
        Amount v = in_wan(*t, r.values[col]);
        if (!fc || !v || *v == 0) continue;
        bool seen = false;
        for (const auto& f : s.by_function) seen |= f.code == fc->code;
        if (!seen) s.by_function.push_back({fc->code, fc->name, v, std::nullopt, std::nullopt});
      }
    }
  // A 支出总表 without 基本/项目 columns (Xi'an splits it by fund source): the 收支总表's
  // expenditure side by use states both.
  if (!s.basic && !s.project)
    if (const Table* t = d.table("overview"); t && t->present && first_column(*t, "expenditure") >= 0) {
      s.basic = side_figure(*t, "expenditure", "basic");
      s.project = side_figure(*t, "expenditure", "project");
    }
  if (const Table* t = d.table("basic_by_economic"); t && t->present) {
    s.personnel = column_total(*t, "personnel");
    s.public_funds = column_total(*t, "public_funds");
    int col = t->column_index("total");
    for (const auto& r : t->rows) {
      std::string n = bare_label(r.name);
      if (!s.personnel && (n == "人员经费" || n == "人员经费合计") && col >= 0) s.personnel = in_wan(*t, r.values[col]);
      if (!s.public_funds && (n == "公用经费" || n == "公用经费合计") && col >= 0) s.public_funds = in_wan(*t, r.values[col]);
    }
  }
  if (const Table* t = d.table("three_public"); t && t->present) {
    ThreePublic tp;
    // A line of the table left unread may hold any item: an item not found is then unknown,
    // not zero. Read whole, a table without figures states zero.
    bool read_whole = true;
    for (const auto& c : d.checks) read_whole &= !(c.id == "unparsed" && c.table == t->id);
    bool any_figure = false;
    for (const auto& r : t->rows)
      for (const auto& v : r.values) any_figure |= v.has_value() && *v != 0;
    const Amount absent = read_whole && !any_figure ? Amount(0.0) : Amount();
    bool by_columns = t->column_index("overseas") >= 0;
    for (const auto& c : t->columns) by_columns |= starts_with(c.key, "overseas:");
    if (by_columns) {
      // One row of columns; where the table prints several (last year, this year), the row of
      // the document's year, else the first.
      // A final account prints a 预算数 row and a 决算数 row: the 决算数 is the figure, the
      // 预算数 the budget it is set against.
      const Row* row = nullptr;
      const Row* budget_row = nullptr;
      for (const auto& r : t->rows) {
        bool has_value = false;
        for (const auto& v : r.values) has_value |= v.has_value() && *v != 0;
        if (!has_value) continue;
        if (d.kind == Kind::final_accounts) {
          if (contains(r.name, "决算")) { row = &r; continue; }
          if (contains(r.name, "预算")) { budget_row = &r; continue; }
        }
        if (!row) row = &r;
        if (d.year && contains(r.name, std::to_string(*d.year))) { row = &r; break; }
      }
      // Under year headings (2025年预算数 | 2026年预算数), the columns of the document's year.
      // A final account's 预算数 | 决算数: the 决算数 columns, and the 预算数 ones as the budget.
      std::string year_group, budget_group;
      for (const auto& c : t->columns)
        if (!c.group.empty() && (year_group.empty() || (d.year && contains(c.group, std::to_string(*d.year)))))
          year_group = c.group;
      if (d.kind == Kind::final_accounts)
        for (const auto& c : t->columns) {
          if (contains(c.group, "决算")) year_group = c.group;
          if (contains(c.group, "预算") && !contains(c.group, "决算") && budget_group.empty()) budget_group = c.group;
        }
      auto get = [&](const char* key) -> Amount {
        // An item split by fund source (overseas:general_public_budget, …) is the sum of its parts.
        if (row) {
          double sum = 0;
          bool split = false;
          for (size_t i = 0; i < t->columns.size(); ++i)
            if (starts_with(t->columns[i].key, std::string(key) + ":") && t->columns[i].group == year_group) {
              split = true;
              sum += row->values[i].value_or(0.0);
            }
          if (split) return in_wan(*t, sum);
        }
        int c = -1;
        if (std::string(key) == "total")
          for (size_t i = 0; i < t->columns.size(); ++i)
            if (starts_with(t->columns[i].key, "three_public_total") && t->columns[i].group == year_group && c < 0)
              c = static_cast<int>(i);
        for (size_t i = 0; i < t->columns.size() && c < 0; ++i) {
          const std::string& k = t->columns[i].key;
          bool same = k == key || (starts_with(k, std::string(key) + "_") && k.size() <= std::string(key).size() + 3);
          if (same && t->columns[i].group == year_group) { c = static_cast<int>(i); break; }
        }
        if (c < 0) return Amount();
        if (!row) return absent;
        return in_wan(*t, row->values[c].value_or(0.0));
      };
      // A 合计 that also counts 会议费 and 培训费 is not the “三公” total, which is then not printed:
      // the total is the “三公” one only where it equals its three parts, or has a column of its own.
      auto counts_more = [&](const ThreePublic& tp, const std::string& group) {
        if (!tp.total || (t->column_index("meeting") < 0 && t->column_index("training") < 0)) return false;
        for (const auto& c : t->columns)
          if (starts_with(c.key, "three_public_total") && c.group == group) return false;
        double parts = tp.overseas.value_or(0) + tp.reception.value_or(0) + tp.vehicles_total.value_or(0);
        return std::fabs(*tp.total - parts) > 0.02;
      };
      auto fill = [&](ThreePublic& out) {
        out.total = get("total");
        out.overseas = get("overseas");
        out.reception = get("reception");
        out.vehicles_total = get("vehicles_total");
        out.vehicle_purchase = get("vehicle_purchase");
        out.vehicle_operation = get("vehicle_operation");
        if (counts_more(out, year_group)) out.total = Amount();
      };
      if (budget_row) {
        std::swap(row, budget_row);
        ThreePublic budget;
        fill(budget);
        s.three_public_budget = budget;
        std::swap(row, budget_row);
      } else if (!budget_group.empty() && budget_group != year_group) {
        std::swap(year_group, budget_group);
        ThreePublic budget;
        fill(budget);
        s.three_public_budget = budget;
        std::swap(year_group, budget_group);
      }
      fill(tp);
      if (t->column_index("admin_operating") >= 0 && row)
        s.admin_operating = get("admin_operating");
    } else {
      // One row per item: 合计 (or the “三公”经费 row itself), then its parts, by their words.
      int col = t->column_index("total");
      auto row_value = [&](auto&& matches) -> Amount {
        for (const auto& r : t->rows)
          if (matches(strip_blanks(r.name)) && col >= 0) return in_wan(*t, r.values[col].value_or(0.0));
        return absent;
      };
      auto plain = [](std::string n) {
        for (const char* q : {"“", "”", "\"", "其中：", "其中:"}) {
          std::string x = q;
          size_t p;
          while ((p = n.find(x)) != std::string::npos) n.erase(p, x.size());
        }
        return bare_label(n);
      };
      tp.total = row_value([&](const std::string& n) {
        std::string p = plain(n);
        return p == "合计" || p == "总计" || p == "三公经费" || p == "三公经费合计" || p == "三公经费支出";
      });
      tp.overseas = row_value([](const std::string& n) { return contains(n, "因公出国"); });
      tp.reception = row_value([](const std::string& n) { return contains(n, "公务接待"); });
      tp.vehicles_total = row_value([](const std::string& n) {
        return contains(n, "公务用车购置及运行") || contains(n, "公务用车购置和运行");
      });
      tp.vehicle_purchase = row_value([](const std::string& n) {
        return contains(n, "购置费") && !contains(n, "运行");
      });
      tp.vehicle_operation = row_value([](const std::string& n) {
        return contains(n, "运行") && !contains(n, "购置");
      });
    }
    if (tp.total || tp.overseas || tp.reception || tp.vehicles_total || tp.vehicle_purchase || tp.vehicle_operation)
      s.three_public = tp;
  }
  if (!s.admin_operating)
    if (const Table* t = d.table("admin_operating"); t && t->present) {
      int col = t->column_index("total");
      if (col < 0) col = t->column_index("admin_operating");
      if (col < 0) col = first_column(*t, "");
      if (const Row* r = total_row(*t); r && col >= 0) s.admin_operating = in_wan(*t, r->values[col]);
    }
  std::string prose;
  for (const auto& sec : d.sections)
    for (const auto& p : sec.paragraphs) prose += p + "\n";
  prose = close_up_justified(prose);
  if (!s.admin_operating)
    for (const char* k : {"机关运行经费财政拨款预算", "机关运行经费预算", "机关运行经费"})
      if ((s.admin_operating = amount_after(prose, k, 40))) break;
  // What the tables do not give, the statement may state (vocabulary.cpp: stated_figures).
  auto stated = [&](const std::string& figure, const std::string& unit = "万元") -> Amount {
    for (const auto& f : stated_figures())
      if (f.figure == figure)
        for (const auto& phrase : f.phrases)
          if (Amount v = stated_amount(prose, phrase, unit, f.starts_word)) return v;
    return std::nullopt;
  };
  if (!s.personnel) s.personnel = stated("personnel");
  if (!s.public_funds) s.public_funds = stated("public_funds");
  if (d.kind == Kind::budget && !s.procurement)
    if (Amount total = stated("procurement.total")) {
      Procurement p;
      p.total = total;
      p.goods = stated("procurement.goods");
      p.works = stated("procurement.works");
      p.services = stated("procurement.services");
      s.procurement = p;
    }
  if (!s.vehicles)
    for (const char* unit : {"辆", "台"})
      if (Amount n = stated("vehicles", unit)) { s.vehicles = static_cast<int>(*n); break; }
  // A total printed blank (0) where the document's other figures say it is not 0 was not read:
  // its cell is empty or its figure stands elsewhere (上海市审计局 prints no 收入总计; 福州市商务局
  // prints 本年支出合计's figure on the lines around it). Not read is null, never 0.
  auto positive = [](Amount a) { return a && *a > 0; };
  if (s.income_total && *s.income_total == 0)
    if (const Table* t = d.table("overview"); t && t->present && positive(side_figure(*t, "expenditure", "expenditure_total")))
      s.income_total.reset();
  if (s.expenditure_current && *s.expenditure_current == 0) {
    double classes = 0;
    for (const auto& f : s.by_function) classes += f.total.value_or(0);
    if (positive(s.basic) || positive(s.project) || classes > 0) s.expenditure_current.reset();
  }
  return s;
}

}  // namespace budgetsite
