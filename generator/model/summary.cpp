#include <cmath>

#include "common/text.h"
#include "model/parse.h"
#include "model/table_lookup.h"
#include "recognize/rows.h"
#include "recognize/vocabulary.h"

namespace budgetsite {

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
      for (const auto& c : t->columns) {
        if (c.group.empty() || is_previous_or_change(c.group)) continue;
        if (year_group.empty() || (d.year && contains(c.group, std::to_string(*d.year))) || c.group == "当年" ||
            c.group == "本年")
          year_group = c.group;
      }
      if (year_group.empty())
        for (const auto& c : t->columns)
          if (!c.group.empty()) { year_group = c.group; break; }
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
  // The 决算 statistics table (公开10表 …): 政府采购, 机关运行经费 and 车辆 in sections of one
  // figure column (统计数), each section headed by a numbered row without figures.
  if (const Table* t = d.table("statistics"); t && t->present) {
    int col = -1;
    for (size_t c = 0; c < t->columns.size(); ++c)
      if (contains(t->columns[c].label, "统计数") || contains(t->columns[c].label, "金额")) col = static_cast<int>(c);
    if (col < 0 && !t->columns.empty()) col = static_cast<int>(t->columns.size()) - 1;
    // The first section's heading may have been read into the table's header.
    std::string section;
    for (const auto& c : t->columns)
      if (contains(c.label, "政府采购")) section = "procurement";
    Procurement p;
    double admin = 0;
    bool admin_seen = false;
    for (const auto& r : t->rows) {
      std::string n = bare_label(r.name);
      std::string raw = strip_blanks(r.name);
      if (contains(raw, "政府采购")) { section = "procurement"; continue; }
      if (contains(raw, "机关运行经费") && !r.row_number) { section = "admin_operating"; continue; }
      if (contains(raw, "国有资产占用") || contains(raw, "资产占有")) { section = "assets"; continue; }
      if (!r.row_number) continue;  // a heading of the section's columns
      Amount v = col >= 0 ? in_wan(*t, r.values[col]) : Amount();
      if (section == "procurement") {
        if (n == "合计") p.total = v;
        else if (n == "货物") p.goods = v;
        else if (n == "工程") p.works = v;
        else if (n == "服务") p.services = v;
      } else if (section == "admin_operating" && v) {
        admin += *v;
        admin_seen = true;
      } else if ((contains(n, "车辆数合计") || contains(n, "车辆合计")) && r.values[col]) {
        s.vehicles = static_cast<int>(std::lround(*r.values[col]));
      }
    }
    if (p.total) s.procurement = p;
    if (admin_seen && !s.admin_operating) s.admin_operating = std::round(admin * 100) / 100;
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
  // What the tables do not give, the statement may state (vocabulary.cpp: stated_figures).
  auto stated = [&](const std::string& figure, const std::string& unit = "万元") -> Amount {
    for (const auto& f : stated_figures())
      if (f.figure == figure)
        for (const auto& phrase : f.phrases)
          if (Amount v = stated_amount(prose, phrase, unit, f.starts_word)) return v;
    return std::nullopt;
  };
  if (!s.admin_operating) s.admin_operating = stated("admin_operating");
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
