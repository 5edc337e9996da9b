// The disclosure page: key figures, charts, every table, projects with their performance
// forms, the narrative, the data-quality panel and the downloads.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "common/text.h"
#include "model/proof.h"
#include "recognize/catalog.h"
#include "recognize/rows.h"
#include "render/i18n.h"
#include "render/charts.h"
#include "render/format.h"
#include "render/glossary.h"
#include "recognize/vocabulary.h"
#include "render/table_view.h"
#include "render/views.h"

namespace budgetsite {

namespace {

// A link to the row a figure comes from: its source line's anchor when the page has one, else
// the table's.
std::string figure_href(const std::set<std::string>& anchors, const Table* table, const Row* row) {
  if (row && anchors.count("L" + std::to_string(row->line))) return "#L" + std::to_string(row->line);
  return table ? "#table-" + table->id : "#tables";
}

const Row* row_where(const Table* t, const std::function<bool(const Row&)>& match) {
  if (!t) return nullptr;
  for (const auto& r : t->rows)
    if (match(r)) return &r;
  return nullptr;
}

// The answer first: the few figures a reader asks for, each with its unit and a link to the row
// it comes from; the sentences around them are the template's.
// A share shown as a fact: both figures proven, and a part no larger than its whole.
std::optional<double> proven_share(const Disclosure& d, const std::string& part_path, Amount part,
                                   const std::string& whole_path, Amount whole) {
  if (!is_proven(d, part_path) || !is_proven(d, whole_path)) return std::nullopt;
  auto share = share_percent(part, whole);
  if (!share || *share < 0 || *share > 100) return std::nullopt;
  return share;
}

View answer_view(const Disclosure& d, const std::set<std::string>& anchors,
                 const std::function<std::string(int)>& original_page) {
  const Summary& s = d.summary;
  const Table* overview = d.table("overview");
  if (overview && !overview->present) overview = nullptr;
  auto named = [](std::initializer_list<const char*> words) {
    return [words](const Row& r) {
      const std::string n = strip_blanks(r.name);
      for (const char* w : words)
        if (contains(n, w)) return true;
      return false;
    };
  };
  // Where the original prints a figure: the page of its row, else of its table.
  auto original_href = [&](const Table* table, const Row* row) {
    std::string href = original_page(row && row->page ? row->page : table ? table->page : 0);
    if (href.empty()) href = original_page(1);
    // A document published as text: its source lines on this page.
    return href.empty() ? figure_href(anchors, table, row) : href;
  };
  auto figure = [&](Amount amount, const Table* table, const Row* row, const std::string& path) -> View {
    if (!amount) return View(nullptr);
    View f{{"number", format_amount(amount)}, {"unit", unit_name("万元")}, {"href", figure_href(anchors, table, row)}};
    if (!is_proven(d, path)) f["unverified"] = {{"href", original_href(table, row)}};
    return f;
  };
  View a;
  // A headline the document's own arithmetic cannot prove is not stated as a fact: the page
  // says so once and points to the original.
  if (!is_proven(d, "income_total") && !is_proven(d, "expenditure_current")) {
    const Table* first = nullptr;
    for (const auto& t : d.tables)
      if (t.present && t.page && !first) first = &t;
    a["unproven"] = {{"href", original_href(first, nullptr)}};
    return a;
  }
  a["income"] = figure(s.income_total, overview, row_where(overview, named({"收入总计", "收入合计"})), "income_total");
  a["spending"] = figure(s.expenditure_current, overview, row_where(overview, named({"本年支出合计", "本年支出小计"})),
                         "expenditure_current");
  const Table* spending = d.table("expenditure");
  if (spending && !spending->present) spending = nullptr;
  const Row* spending_total = row_where(spending, [](const Row& r) { return r.is_total; });
  if (s.basic && s.project && is_proven(d, "basic") && is_proven(d, "project")) {
    auto basic_share = proven_share(d, "basic", s.basic, "expenditure_current", s.expenditure_current);
    auto project_share = proven_share(d, "project", s.project, "expenditure_current", s.expenditure_current);
    a["split"] = {{"basic_spending", figure(s.basic, spending, spending_total, "basic")},
                  {"basic_share", basic_share ? words().text("punct.open") + format_percent(basic_share) + words().text("punct.close") : ""},
                  {"project_spending", figure(s.project, spending, spending_total, "project")},
                  {"project_share", project_share ? words().text("punct.open") + format_percent(project_share) + words().text("punct.close") : ""}};
  }
  // The three largest 类 of spending.
  std::vector<const FunctionSummary*> functions;
  for (const auto& f : s.by_function)
    if (f.total && *f.total > 0 && is_proven(d, "by_function." + f.code)) functions.push_back(&f);
  std::stable_sort(functions.begin(), functions.end(), [](auto* x, auto* y) { return *x->total > *y->total; });
  View top = View::array();
  for (size_t i = 0; i < functions.size() && i < 3; ++i) {
    const FunctionSummary& f = *functions[i];
    const Table* where = spending;
    const Row* row = row_where(spending, [&](const Row& r) { return r.code == f.code; });
    if (!row) {
      where = overview;
      row = row_where(overview, [&](const Row& r) { return contains(strip_blanks(r.name), f.name.substr(0, 9)); });
    }
    View item = figure(f.total, where, row, "by_function." + f.code);
    item["name"] = class_name(f.code, f.name);
    item["first"] = i == 0;
    top.push_back(item);
  }
  a["top_functions"] = top;
  a["has_top_functions"] = !top.empty();
  // The largest projects of the year.
  std::vector<std::pair<double, const Project*>> projects;
  for (const auto& p : d.projects) {
    if (p.table != "projects_current") continue;
    for (const auto& [key, amount] : p.amounts)
      if (key == "total" && amount && *amount > 0) projects.push_back({*amount, &p});
  }
  std::stable_sort(projects.begin(), projects.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  View largest = View::array();
  for (size_t i = 0; i < projects.size() && i < 3; ++i) {
    const Project& p = *projects[i].second;
    largest.push_back({{"name", p.name},
                       {"number", format_amount(projects[i].first)},
                       {"unit", unit_name("万元")},
                       {"href", anchors.count("L" + std::to_string(p.line)) ? "#L" + std::to_string(p.line) : "#projects"},
                       {"first", i == 0}});
  }
  a["largest_projects"] = largest;
  a["has_largest_projects"] = !largest.empty();
  if (s.three_public && s.three_public->total) {
    const Table* t = d.table("three_public");
    const Row* row = row_where(t, [](const Row& r) {
      for (const auto& v : r.values)
        if (v && *v != 0) return true;
      return false;
    });
    a["three_public"] = figure(s.three_public->total, t, row, "three_public.total");
  }
  // The change from last year, in the statement's own words: the clause after the income or
  // spending total in the paragraph that states it.
  for (const auto& section : d.sections) {
    for (size_t i = 0; i < section.paragraphs.size() && !a.contains("change"); ++i) {
      const std::string text = strip_blanks(section.paragraphs[i]);
      bool states_total = false;
      for (Amount total : {s.income_total, s.expenditure_current})
        if (total)
          for (const std::string& printed : {format_amount(total), format_fixed(*total)})
            states_total |= !printed.empty() && contains(text, strip_blanks(printed));
      if (!states_total) continue;
      for (const char* lead : {"比上年", "较上年", "与上年相比", "比2"}) {
        size_t at = text.find(lead);
        if (at == std::string::npos) continue;
        size_t end = text.find_first_of("。；;", at);
        std::string clause = text.substr(at, end == std::string::npos ? std::string::npos : end - at);
        if (length_cp(clause) > 60 || clause.find_first_of("0123456789") == std::string::npos) continue;
        const int line = i < section.paragraph_lines.size() ? section.paragraph_lines[i] : section.line;
        a["change"] = {{"text", clause},
                       {"href", anchors.count("L" + std::to_string(line)) ? "#L" + std::to_string(line) : "#narrative"}};
        // Its direction and amount, for a language that says it in its own words.
        for (const auto& [word, up] : {std::pair{"增加", true}, {"增长", true}, {"上升", true}, {"减少", false}, {"下降", false}}) {
          const size_t w = clause.find(word);
          if (w == std::string::npos) continue;
          size_t from = w + std::string(word).size(), to = from;
          while (to < clause.size() && (std::isdigit(static_cast<unsigned char>(clause[to])) || clause[to] == '.' || clause[to] == ',')) ++to;
          if (to == from || clause.compare(to, std::string("万元").size(), "万元") != 0) continue;
          const std::optional<double> amount = parse_number(clause.substr(from, to - from));
          if (!amount) continue;
          a["change"]["amount"] = format_amount(*amount);
          a["change"]["unit"] = unit_name("万元");
          a["change"][up ? "up" : "down"] = true;
          break;
        }
        break;
      }
    }
  }
  int errors = 0;
  for (const auto& c : d.checks) errors += c.severity == "error";
  a["errors"] = errors;
  a["has_errors"] = errors > 0;
  return a;
}

// A key figure: "—" when not read; a figure read but not proven carries the mark `unverified`.
View card(const Disclosure& d, const std::string& path, const std::string& label, Amount amount,
          const std::string& note = "", const std::string& unit = "万元") {
  View c{{"label", label}, {"number", unit == "辆" ? (amount ? format_amount(*amount, 0) : "—") : format_amount(amount)},
         {"unit", amount ? unit_name(unit) : ""}, {"note", note}};
  c["unverified"] = amount.has_value() && !path.empty() && !is_proven(d, path);
  return c;
}

std::string share_note(const Disclosure& d, const std::string& part_path, Amount part, const std::string& whole_path,
                       Amount whole, const std::string& of) {
  const auto share = proven_share(d, part_path, part, whole_path, whole);
  return share ? words().format("figure.share", {{"whole", of}, {"share", format_percent(share)}}) : "";
}

std::string severity_label(const std::string& severity) {
  if (severity == "error") return words().text("check.error");
  if (severity == "warning") return words().text("check.warning");
  return words().text("check.info");
}

// The charts of a disclosure, in reading order; a chart without data is left out.
std::vector<Chart> disclosure_charts(const Disclosure& d) {
  std::vector<Chart> charts;
  const Summary& s = d.summary;
  if (const Table* t = d.table("expenditure"))
    if (auto c = function_tree_chart("chart-function", words().text("chart.function"), *t, "total")) charts.push_back(*c);
  if (const Table* t = d.table("income")) {
    std::vector<NamedValue> parts;
    for (const auto& row : t->rows)
      if (row.is_total || row.level == 0) {
        for (size_t c = 0; c < t->columns.size(); ++c)
          if (t->columns[c].key != "total" && c < row.values.size() && row.values[c])
            parts.push_back({t->columns[c].label, *row.values[c] * unit_in_wan(t->unit)});
        break;
      }
    if (auto c = pie_chart("chart-income", words().text("chart.income"), parts)) charts.push_back(*c);
  }
  if (auto c = pie_chart("chart-basic-project", words().text("chart.basic_project"),
                         {{words().text("term.basic_title"), s.basic}, {words().text("term.project_title"), s.project}}))
    charts.push_back(*c);
  if (auto c = pie_chart("chart-personnel", words().text("chart.personnel"),
                         {{words().text("figure.personnel"), s.personnel}, {words().text("figure.public_funds"), s.public_funds}}))
    charts.push_back(*c);
  if (const Table* t = d.table("basic_by_economic")) {
    std::vector<std::string> categories;
    Series amounts{words().text("chart.amount"), {}};
    const int col = t->columns.empty() ? -1 : 0;
    for (const auto& row : t->rows)
      if (row.level == 1 && !row.is_total && col >= 0 && row.values.size() > 0 && row.values[0].value_or(0) != 0) {
        categories.push_back(row.code.empty() ? row.name : row.code + " " + row.name);
        amounts.values.push_back(*row.values[0] * unit_in_wan(t->unit));
      }
    if (auto c = bar_chart("chart-economic", words().text("chart.economic"), categories, {amounts}, unit_name("万元"), false, false,
                               true))
      charts.push_back(*c);
  }
  if (s.three_public) {
    const std::vector<std::string> parts{words().text("figure.overseas"), words().text("figure.reception"),
                                         words().text("figure.vehicle_purchase"), words().text("figure.vehicle_operation")};
    const auto values = [](const ThreePublic& t) {
      return std::vector<Amount>{t.overseas, t.reception, t.vehicle_purchase, t.vehicle_operation};
    };
    std::vector<Series> series;
    if (s.three_public_budget) series.push_back({words().text("execution.budget_col"), values(*s.three_public_budget)});
    series.push_back({words().text(d.kind == Kind::budget ? "execution.budget_col" : "execution.actual_col"), values(*s.three_public)});
    if (auto c = bar_chart("chart-three-public", words().text("term.three_public"), parts, series)) charts.push_back(*c);
  }
  return charts;
}

View project_view(const Project& project, const Table* table, const std::vector<const Performance*>& forms) {
  View amounts = View::array();
  for (const auto& [key, amount] : project.amounts) {
    std::string label = key;
    if (table)
      for (const auto& c : table->columns)
        if (c.key == key) label = c.label;
    amounts.push_back({{"label", label}, {"value", format_amount(amount)}});
  }
  Amount total;
  for (const auto& [key, amount] : project.amounts)
    if (key == "total") total = amount;
  View view{{"name", project.name}, {"unit", project.unit}, {"line", project.line}, {"anchor", "L" + std::to_string(project.line)},
            {"total", project.amounts.empty() ? "" : format_amount(total)},
            {"total_unit", table && !table->unit.empty() ? table->unit : "万元"}, {"amounts", amounts},
            {"has_amounts", !amounts.empty()}};
  View performance = View::array();
  for (const Performance* p : forms) {
    View indicators = View::array();
    for (const auto& i : p->indicators)
      indicators.push_back({{"level1", i.level1}, {"level2", i.level2}, {"name", i.name}, {"target", i.target},
                            {"actual", i.actual}, {"weight", i.weight}, {"score", i.score}});
    performance.push_back({{"title", p->title},
                           {"line", p->line},
                           {"goal", p->goal},
                           {"achieved", p->achieved},
                           {"funds", p->funds_total ? format_amount(p->funds_total) + " " + p->funds_unit : ""},
                           {"execution_rate", p->execution_rate ? format_percent(p->execution_rate) : ""},
                           {"score", p->total_score ? format_amount(p->total_score, 2) : ""},
                           {"grade", p->grade},
                           {"is_evaluation", p->type != "target" && p->type != "overall_target"},
                           {"indicators", indicators},
                           {"has_indicators", !indicators.empty()}});
  }
  view["performance"] = performance;
  view["has_performance"] = !performance.empty();
  return view;
}

}  // namespace

View summary_cards(const Disclosure& d) {
  const Summary& s = d.summary;
  View cards = View::array();
  const Catalog& w = words();
  cards.push_back(card(d, "income_total", w.text("figure.income_total"), s.income_total,
                       s.carryover_in ? w.format("figure.carryover_note", {{"amount", format_amount(s.carryover_in)}}) : ""));
  cards.push_back(card(d, "expenditure_current", w.text("figure.expenditure_current"), s.expenditure_current));
  cards.push_back(card(d, "basic", w.text("term.basic_title"), s.basic,
                       share_note(d, "basic", s.basic, "expenditure_current", s.expenditure_current, w.text("figure.expenditure_current_short"))));
  cards.push_back(card(d, "project", w.text("term.project_title"), s.project,
                       share_note(d, "project", s.project, "expenditure_current", s.expenditure_current, w.text("figure.expenditure_current_short"))));
  cards.push_back(card(d, "personnel", w.text("figure.personnel"), s.personnel));
  cards.push_back(card(d, "public_funds", w.text("figure.public_funds"), s.public_funds));
  if (s.three_public)
    cards.push_back(card(d, "three_public.total", w.text("term.three_public"), s.three_public->total,
                         s.three_public_budget ? w.format("figure.budget_note", {{"amount", format_amount(s.three_public_budget->total)}}) : ""));
  cards.push_back(card(d, "admin_operating", w.text("figure.admin_operating"), s.admin_operating));
  if (s.procurement) cards.push_back(card(d, "procurement.total", w.text("figure.procurement"), s.procurement->total));
  if (s.vehicles)
    cards.push_back(card(d, "", w.text("figure.vehicles"), static_cast<double>(*s.vehicles), w.text("figure.vehicles_note"), "辆"));
  return cards;
}

View disclosure_page(const SiteData& site, size_t index, const Disclosure& d) {
  const PublishedDisclosure& published = site.disclosures.at(index);
  const DepartmentEntry& department = site.links->department_of(index);
  const RegionEntry* region = site.links->region_named(d.entity.region);
  const std::string path = paths::disclosure(published.id);
  const std::string title = disclosure_title(d);

  std::vector<Crumb> crumbs{{words().text("nav.home"), paths::home}};
  if (region) crumbs.push_back({region->name, paths::region(region->slug)});
  crumbs.push_back({d.entity.name, paths::department(department.slug)});
  crumbs.push_back({words().format("listing.year_kind", {{"year", d.year ? std::to_string(*d.year) : ""}, {"kind", kind_name(d.kind)}}), ""});

  const std::vector<Chart> charts = disclosure_charts(d);
  View view = page_frame(site.info, path, title,
                         words().format("disclosure.description", {{"title", title}}),
                         "page-disclosure", crumbs, !charts.empty());
  const std::string root = root_prefix(path);
  view["disclosure"] = {{"id", published.id},
                        {"title", title},
                        {"entity", d.entity.name},
                        {"raw_name", d.entity.raw_name},
                        {"region", d.entity.region},
                        {"region_href", region ? root + paths::region(region->slug) : ""},
                        {"department_href", root + paths::department(department.slug)},
                        {"scope_label", scope_name(d.entity.scope)},
                        {"kind", kind_id(d.kind)},
                        {"kind_label", kind_name(d.kind)},
                        {"year", d.year ? std::to_string(*d.year) : ""},
                        {"unit", unit_name(d.unit)},
                        {"source_url", published.meta.source_url},
                        {"published", published.meta.published},
                        {"source_file", std::filesystem::path(d.source.file).filename().string()},
                        {"sha256", d.source.sha256},
                        {"lines", d.source.lines},
                        {"original_href", published.originals.empty() ? "" : original_pdf_name(0)},
                        {"pages", d.source.pages}};
  const Glossary glossary(d.glossary);
  view["cards"] = summary_cards(d);
  for (auto& card : view["cards"]) card["gloss"] = glossary.gloss(card["label"].get<std::string>());
  view["glossary"] = glossary.list();
  view["has_glossary"] = !glossary.empty();

  View chart_views = View::array();
  for (const auto& c : charts) chart_views.push_back(chart_view(c));
  view["charts"] = chart_views;
  view["has_charts"] = !charts.empty();

  std::set<std::string> anchors;
  View tables = View::array();
  View toc = View::array();
  for (const auto& t : d.tables) {
    View tv = table_view(t, anchors, &glossary);
    tv["page"] = t.page;
    tv["page_href"] = published.page_href(t.page);
    if (!published.offers_table_csv) tv["has_csv"] = false;
    toc.push_back({{"anchor", tv["anchor"]}, {"title", t.title}, {"number", t.number}, {"present", t.present}});
    tables.push_back(tv);
  }
  view["tables"] = tables;
  view["table_toc"] = toc;

  // Projects, each with the performance forms that name it.
  std::map<std::string, std::vector<const Performance*>> forms_by_project;
  for (const auto& p : d.performance) forms_by_project[strip_blanks(p.project)].push_back(&p);
  std::set<const Performance*> shown;
  View project_groups = View::array();
  for (const char* table_id : {"projects_current", "projects_carryover"}) {
    View items = View::array();
    const Table* table = d.table(table_id);
    for (const auto& project : d.projects) {
      if (project.table != table_id) continue;
      std::vector<const Performance*> forms;
      if (auto it = forms_by_project.find(strip_blanks(project.name)); it != forms_by_project.end())
        for (const Performance* p : it->second)
          if (shown.insert(p).second) forms.push_back(p);
      View pv = project_view(project, table, forms);
      if (!anchors.insert(pv["anchor"].get<std::string>()).second) pv["anchor"] = "";
      items.push_back(pv);
    }
    if (!items.empty())
      project_groups.push_back({{"title", table ? table->title : table_id}, {"projects", items}, {"count", items.size()}});
  }
  view["project_groups"] = project_groups;
  view["has_projects"] = !project_groups.empty();
  View other_forms = View::array();
  for (const auto& p : d.performance)
    if (!shown.count(&p)) {
      View pv = project_view(Project{"", p.project.empty() ? p.title : p.project, p.unit, p.line, {}}, nullptr, {&p});
      pv["anchor"] = anchors.insert("L" + std::to_string(p.line)).second ? "L" + std::to_string(p.line) : "";
      pv["total"] = p.funds_total ? format_amount(p.funds_total) : "";
      pv["total_unit"] = p.funds_unit.empty() ? "万元" : p.funds_unit;  // a form states its own unit
      other_forms.push_back(pv);
    }
  view["performance_forms"] = other_forms;
  view["has_performance_forms"] = !other_forms.empty();

  // Narrative, by part; every paragraph is anchored at its source line.
  View parts = View::array();
  for (const auto& section : d.sections) {
    if (section.paragraphs.empty() || section.part == 2) continue;
    if (parts.empty() || parts.back()["part"] != section.part)
      parts.push_back({{"part", section.part}, {"title", section.part_title}, {"sections", View::array()}});
    View paragraphs = View::array();
    for (size_t i = 0; i < section.paragraphs.size(); ++i) {
      const int line = i < section.paragraph_lines.size() ? section.paragraph_lines[i] : section.line;
      const std::string anchor = "L" + std::to_string(line);
      paragraphs.push_back({{"text", section.paragraphs[i]}, {"anchor", anchors.insert(anchor).second ? anchor : ""}});
    }
    parts.back()["sections"].push_back({{"heading", section.heading}, {"paragraphs", paragraphs}});
  }
  view["narrative"] = parts;
  view["has_narrative"] = !parts.empty();
  view["answer"] = answer_view(d, anchors, [&](int page) { return published.page_href(page); });
  if (view["answer"].is_object())
    for (const auto& [key, term] : {std::pair{"gloss_basic", "基本支出"}, std::pair{"gloss_project", "项目支出"},
                                    std::pair{"gloss_three_public", "“三公”经费"}})
      view["answer"][key] = glossary.gloss(term);

  // Data-quality panel: errors first, each with its line and page; then the warnings folded by
  // kind (in the order each kind first appears); the notes (mostly rounding) folded into one
  // line with their count. The label of a kind is the template's (partials/check-kind).
  View checks = View::array(), notes = View::array(), warning_groups = View::array();
  std::map<std::string, size_t> group_of;
  std::map<std::string, int> counts;
  for (const char* severity : {"error", "warning", "info"})
    for (const auto& c : d.checks) {
      if (c.severity != severity) continue;
      ++counts[severity];
      std::vector<int> lines = c.lines;
      if (lines.empty() && c.line) lines.push_back(c.line);
      View links = View::array();
      for (int line : lines)
        if (anchors.count("L" + std::to_string(line)))
          links.push_back({{"href", "#L" + std::to_string(line)}, {"label", words().format("check.line_link", {{"line", std::to_string(line)}})}});
      int page = c.page ? c.page : 0;
      if (const std::string href = published.page_href(page); !href.empty())
        links.push_back({{"href", href}, {"label", words().format("check.page_link", {{"page", std::to_string(page)}})}});
      View item = {{"id", c.id}, {"severity", c.severity}, {"severity_label", severity_label(c.severity)},
                   {"message", finding_text(c)}, {"links", links}, {"has_links", !links.empty()}};
      if (c.severity == "warning") {
        auto [it, fresh] = group_of.try_emplace(c.id, warning_groups.size());
        if (fresh) warning_groups.push_back({{"id", c.id}, {"kind", {{c.id, true}}}, {"count", 0}, {"items", View::array()}});
        View& group = warning_groups[it->second];
        group["count"] = group["count"].get<int>() + 1;
        group["items"].push_back(std::move(item));
        continue;
      }
      (c.severity == "info" ? notes : checks).push_back(std::move(item));
    }
  view["checks"] = checks;
  view["has_checks"] = !checks.empty();
  view["warning_groups"] = warning_groups;
  view["has_warnings"] = !warning_groups.empty();
  view["notes"] = notes;
  view["has_notes"] = !notes.empty();
  view["note_count"] = static_cast<int>(notes.size());
  view["check_counts"] = {{"error", counts["error"]}, {"warning", counts["warning"]}, {"info", counts["info"]}};

  View downloads = View::array();
  downloads.push_back({{"href", "model.json"}, {"label", words().text("download.model")},
                       {"note", words().text("download.model_note")}});
  for (size_t k = 0; k < published.originals.size(); ++k)
    downloads.push_back({{"href", original_pdf_name(k)},
                         {"label", published.originals.size() > 1 ? words().format("download.original_part", {{"part", std::to_string(k + 1)}})
                                                                  : words().text("download.original")},
                         {"note", words().text("download.original_note")}});
  if (published.offers_source_text)
    downloads.push_back({{"href", "source.txt"}, {"label", words().text("download.source")},
                         {"note", words().format("download.source_note", {{"sha", d.source.sha256.substr(0, 12)}})}});
  if (published.offers_figures_csv)
    downloads.push_back({{"href", "figures.csv"}, {"label", words().text("download.figures")},
                         {"note", words().text("download.figures_note")}});
  if (published.offers_table_csv)
    for (const auto& t : d.tables)
      if (t.present && !t.rows.empty())
        downloads.push_back({{"href", "tables/" + t.id + ".csv"}, {"label", words().format("download.table", {{"title", t.title}})}, {"note", ""}});
  view["downloads"] = downloads;
  return view;
}

std::string original_pdf_name(size_t k) { return k == 0 ? "original.pdf" : "original-" + std::to_string(k + 1) + ".pdf"; }

std::string PublishedDisclosure::page_href(int page) const {
  if (page <= 0) return "";
  // Linked, not copied: pages of a document published in one file.
  if (originals.empty() && !originals_link.empty() && original_first_pages.size() <= 1)
    return originals_link + "#page=" + std::to_string(page);
  for (size_t k = originals.size(); k-- > 0;) {
    int first = k < original_first_pages.size() ? original_first_pages[k] : 1;
    if (page >= first) return original_pdf_name(k) + "#page=" + std::to_string(page - first + 1);
  }
  return "";
}

}  // namespace budgetsite
