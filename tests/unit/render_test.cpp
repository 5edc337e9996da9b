// The render stage's pieces: number formatting, links, Markdown, templates, chart specs,
// table CSV, and the execution page built from a hand-made budget/final pair.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "aggregate/digest.h"
#include "model/parse.h"
#include "render/charts.h"
#include "render/format.h"
#include "render/glossary.h"
#include "render/links.h"
#include "render/markdown.h"
#include "render/page.h"
#include "render/table_view.h"
#include "render/templates.h"
#include "render/views.h"
#include "site/publish_files.h"
#include <nlohmann/json.hpp>
#include "test_support.h"

namespace fs = std::filesystem;
using namespace budgetsite;

TEST(Format, AmountsHaveThousandsSeparatorsAndTwoDecimals) {
  EXPECT_EQ(format_amount(17944.67), "17,944.67");
  EXPECT_EQ(format_amount(1234567.891), "1,234,567.89");
  EXPECT_EQ(format_amount(0.005), "0.01");
  EXPECT_EQ(format_amount(-1234.5), "-1,234.50");
  EXPECT_EQ(format_amount(-0.001), "0.00");
  EXPECT_EQ(format_amount(std::nullopt), "—");
  EXPECT_EQ(format_amount(999.0, 0), "999");
}

TEST(Format, ReadableAmountSwitchesToYiYuanFrom10000) {
  EXPECT_EQ(readable_amount(17944.67).number, "1.79");
  EXPECT_EQ(readable_amount(17944.67).unit, "亿元");
  EXPECT_EQ(readable_amount(9999.99).unit, "万元");
  EXPECT_EQ(format_percent(share_percent(445.45, 17944.67)), "2.5%");
  EXPECT_EQ(format_percent(share_percent(1, 0)), "—");
}

TEST(Links, AreRelativeToThePage) {
  EXPECT_EQ(relative_link("index.html", "compare/index.html"), "compare/index.html");
  EXPECT_EQ(relative_link("disclosures/x/index.html", "index.html"), "../../index.html");
  EXPECT_EQ(id_stem("shanxi-liulin-2024-budget"), "shanxi-liulin");
  EXPECT_EQ(id_stem("shanxi-liulin-caizheng-2023-final-v2"), "shanxi-liulin-caizheng");
  EXPECT_EQ(id_stem("no-year-here"), "no-year-here");
}

TEST(Links, DepartmentAndRegionSlugsComeFromTheIds) {
  const Disclosure budget = parse_disclosure_file(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"));
  Disclosure other = budget;
  other.entity.name = "柳林县财政局";
  const SiteLinks links({{"shanxi-liulin-gxj-2024-budget", &budget}, {"shanxi-liulin-czj-2024-budget", &other}}, {});
  ASSERT_EQ(links.departments().size(), 2u);
  EXPECT_EQ(links.departments()[0].slug, "shanxi-liulin-gxj");  // 柳林县工业和信息化局
  EXPECT_EQ(links.departments()[1].slug, "shanxi-liulin-czj");  // 柳林县财政局
  ASSERT_EQ(links.regions().size(), 1u);
  EXPECT_EQ(links.regions()[0].slug, "shanxi-liulin");
  const SiteLinks configured({{"a-2024-budget", &budget}}, {{"柳林县", "liulin"}});
  EXPECT_EQ(configured.regions()[0].slug, "liulin");
}

TEST(Page, ScriptSafeJsonCannotCloseItsElement) {
  const std::string json = script_safe_json(View{{"t", "</script><!-- & \xE2\x80\xA8 \xE2\x80\xA9"}});
  EXPECT_EQ(json, "{\"t\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028 \\u2029\"}");
  EXPECT_EQ(nlohmann::json::parse(json)["t"], "</script><!-- & \xE2\x80\xA8 \xE2\x80\xA9");
}

TEST(Markdown, GfmOnRawHtmlOff) {
  const std::string html = markdown_to_html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ https://example.org\n\n<script>x()</script>\n");
  EXPECT_NE(html.find("<table>"), std::string::npos);
  EXPECT_NE(html.find("<del>old</del>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"https://example.org\">"), std::string::npos);
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(markdown_to_html("<b>x</b>", true).find("<b>x</b>"), std::string::npos);
}

namespace {
fs::path template_dirs() {
  const fs::path root = fs::temp_directory_path() / ("budgetsite-templates-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "site/partials");
  fs::create_directories(root / "theme/partials");
  std::ofstream(root / "site/page.mustache") << "site:{{> frame}}:{{title}}";
  std::ofstream(root / "theme/page.mustache") << "theme page";
  std::ofstream(root / "theme/other.mustache") << "theme other {{#items}}[{{.}}]{{/items}}{{#empty}}never{{/empty}}";
  std::ofstream(root / "theme/partials/frame.mustache") << "<{{title}}>";
  return root;
}
}  // namespace

TEST(Templates, SiteOverridesThemeAndEverythingIsEscaped) {
  const fs::path root = template_dirs();
  const TemplateSet set = TemplateSet::load({root / "site", root / "theme"});
  EXPECT_EQ(set.render("page", {{"title", "a<b>&\"'"}}), "site:<a&lt;b&gt;&amp;&quot;&apos;>:a&lt;b&gt;&amp;&quot;&apos;");
  EXPECT_EQ(set.render("other", {{"items", {"x", "y"}}, {"empty", ""}}), "theme other [x][y]");
  EXPECT_THROW(set.render("frame", View::object()), TemplateError);      // partials are not pages
  EXPECT_THROW(set.render("page", {{"frame", "clash"}}), TemplateError);  // a field shadowing a partial
  EXPECT_THROW(TemplateSet::load({root / "nowhere"}), TemplateError);
}

TEST(Charts, FunctionTreeFollowsTheCodes) {
  const Disclosure d = parse_disclosure_file(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"));
  const auto chart = function_tree_chart("chart-f", "支出", *d.table("expenditure"), "total");
  ASSERT_TRUE(chart.has_value());
  const View& roots = chart->spec["data"];
  ASSERT_EQ(roots.size(), 9u);  // the nine 类 with spending
  EXPECT_EQ(roots[0]["name"], "201 一般公共服务支出");
  EXPECT_DOUBLE_EQ(roots[0]["value"].get<double>(), 2353.19);
  double children = 0;
  for (const auto& c : roots[0]["children"]) children += c["value"].get<double>();
  EXPECT_NEAR(children, 2353.19, 0.005);
  EXPECT_FALSE(pie_chart("p", "空", {{"a", 0.0}, {"b", std::nullopt}}).has_value());
  EXPECT_FALSE(pie_chart("p", "一项", {{"a", 5.0}, {"b", 0.0}}).has_value());
  EXPECT_TRUE(pie_chart("p", "两项", {{"a", 5.0}, {"b", 1.0}}).has_value());
}

TEST(TableCsv, IsRfc4180WithBomAndSourceLines) {
  Table t;
  t.id = "x";
  t.columns = {{"total", "合计", "", std::nullopt}};
  Row r;
  r.line = 12;
  r.code = "201";
  r.name = "名称,带\"引号\"";
  r.values = {1234.5};
  t.rows.push_back(r);
  t.title = "支出总表";
  Disclosure d;
  d.entity.name = "甲县财政局";
  d.entity.region = "甲县";
  d.entity.scope = "department";
  d.year = 2026;
  d.kind = Kind::budget;
  EXPECT_EQ(table_csv(d, t), "\xEF\xBB\xBF部门,地区,年度,类型,范围,表,单位,行号,科目编码,名称,经济科目,合计\r\n"
                             "甲县财政局,甲县,2026,预算,部门,支出总表,万元,12,201,\"名称,带\"\"引号\"\"\",,1234.50\r\n");
  // Printed to six places (Beijing): kept, not rounded to two.
  t.rows[0].values = {26661.064552};
  t.unit = "万元";
  EXPECT_NE(table_csv(d, t).find(",26661.064552\r\n"), std::string::npos);
}

TEST(ExecutionPage, ComparesABudgetWithTheFinalAccountsOfTheSameYear) {
  // Hand-made pair: the 柳林 budget, and a final account of the same entity and year whose
  // 201 类 came in 100.00 under budget.
  const Disclosure budget = parse_disclosure_file(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"));
  Disclosure final_accounts = budget;
  final_accounts.kind = Kind::final_accounts;
  for (auto& f : final_accounts.summary.by_function)
    if (f.code == "201") f.total = *f.total - 100.0;
  const ComparisonSet set = build_comparisons({digest(budget, "liulin-2024-budget"), digest(final_accounts, "liulin-2024-final")},
                                              {}, {});
  ASSERT_EQ(set.executions.size(), 1u);
  SiteData site;
  const SiteLinks links({{"liulin-2024-budget", &budget}, {"liulin-2024-final", &final_accounts}}, {});
  site.links = &links;
  const View view = execution_page(site, set.executions[0]);
  const View& first = view["execution"]["functions"][0];
  EXPECT_EQ(first["code"], "201");
  EXPECT_EQ(first["budget"], "2,353.19");
  EXPECT_EQ(first["actual"], "2,253.19");
  EXPECT_EQ(first["difference"], "-100.00");
  EXPECT_EQ(first["rate"], "95.8%");
  const TemplateSet templates = TemplateSet::load({source_path("templates")});
  const std::string html = templates.render("execution", view);
  EXPECT_NE(html.find("<td class=\"num\">2,353.19</td><td class=\"num\">2,253.19</td><td class=\"num\">-100.00</td>"),
            std::string::npos);
}

namespace budgetsite {
namespace {

// The part a search script sets: (window.BUDGETSITE_SEARCH_PARTS=…)["name"]=<json>;
nlohmann::json search_part_of(const std::string& script) {
  const size_t eq = script.find("]=");
  return nlohmann::json::parse(script.substr(eq + 2, script.rfind(';') - eq - 2));
}

// 1,000 entries: the index says how many entries hold each character, the shards list them by
// id (as differences), and an entry holding a character is listed in the shard of that
// character; full-width letters and capitals are folded as the theme folds a query.
TEST(SearchIndex, ShardsListEveryEntryUnderEachOfItsCharacters) {
  std::vector<SearchEntry> entries;
  for (int i = 0; i < 1000; ++i)
    entries.push_back({"县" + std::to_string(i) + (i % 7 == 0 ? "审计局" : "统计局"), "部门", "d/" + std::to_string(i) + "/", "",
                       i == 3 ? std::vector<std::string>{"ＡＢ"} : std::vector<std::string>{}});
  std::map<std::string, nlohmann::json> parts;
  for (const auto& [file, script] : search_index_files(entries)) parts[file] = search_part_of(script);
  const nlohmann::json& index = parts.at("assets/search/index.js");
  EXPECT_EQ(index["n"], 1000);
  const int shards = index["shards"], chunk = index["chunk"];
  EXPECT_EQ(shards, 4);  // a power of two, about one per 256 entries
  EXPECT_EQ(index["df"]["县"], 1000);
  EXPECT_EQ(index["df"]["审"], 143);  // i = 0, 7, …, 994
  EXPECT_EQ(index["df"]["a"], 1);     // ＡＢ folded
  EXPECT_FALSE(index["df"].contains("Ａ"));
  auto ids_of = [&](const std::string& utf8, char32_t code_point) {
    const nlohmann::json& shard = parts.at("assets/search/p" + std::to_string(code_point % shards) + ".js");
    std::vector<int> ids;
    int at = 0;
    for (size_t i = 0; i < shard[utf8].size(); ++i) ids.push_back(at = i ? at + shard[utf8][i].get<int>() : shard[utf8][i].get<int>());
    return ids;
  };
  const std::vector<int> audit = ids_of("审", U'审');
  ASSERT_EQ(audit.size(), 143u);
  EXPECT_EQ(audit[1], 7);
  EXPECT_EQ(audit.back(), 994);
  EXPECT_EQ(ids_of("a", U'a'), std::vector<int>{3});
  // Entry 994 is in chunk 994 / chunk at 994 % chunk.
  const nlohmann::json& entry = parts.at("assets/search/e" + std::to_string(994 / chunk) + ".js")[994 % chunk];
  EXPECT_EQ(entry["t"], "县994审计局");
  EXPECT_EQ(entry["u"], "d/994/");
}

}  // namespace
}  // namespace budgetsite

namespace budgetsite {
namespace {

// Labels find the document's terms without numbering, quotes or 预算, and no label is glossed
// by a term the document does not define.
TEST(GlossaryView, LabelsFindTheDocumentsTerms) {
  const std::vector<GlossaryEntry> entries{{"基本支出预算", "为保障机构正常运转……", 87},
                                           {"“三公”经费", "因公出国（境）费……", 90},
                                           {"行政经费（机关运行经费）", "行政单位的公用经费……", 95}};
  const Glossary glossary(entries);
  EXPECT_EQ(glossary.gloss("基本支出")["href"], "#term-1");
  EXPECT_EQ(glossary.gloss("一、基本支出")["href"], "#term-1");
  EXPECT_EQ(glossary.gloss("\"三公\"经费")["href"], "#term-2");
  EXPECT_EQ(glossary.gloss("“三公”经费财政拨款预算数")["href"], "#term-2");
  EXPECT_EQ(glossary.gloss("机关运行经费")["href"], "#term-3");
  EXPECT_EQ(glossary.gloss("行政经费")["href"], "#term-3");
  EXPECT_TRUE(glossary.gloss("项目支出").is_null());
  EXPECT_TRUE(glossary.gloss("合计").is_null());
  EXPECT_EQ(glossary.list().size(), 3u);
}

}  // namespace
}  // namespace budgetsite

// A table printed in three blocks side by side (收支总表 with two expenditure blocks): each block
// is a part with its own caption, the third named by its number, never an empty "（）".
TEST(TableView, AThirdBlockIsNamedByItsNumber) {
  Table t;
  t.id = "overview";
  t.title = "收支预算总表";
  t.present = true;
  t.columns = {{"amount", "预算数", "income", std::nullopt},
               {"total", "合计", "expenditure", std::nullopt},
               {"total_2", "合计", "expenditure_2", std::nullopt}};
  for (const char* side : {"income", "expenditure", "expenditure_2"}) {
    Row r;
    r.line = 5;
    r.side = side;
    r.name = "一、一般公共预算";
    r.values = {1.0, 2.0, 3.0};
    t.rows.push_back(r);
  }
  std::set<std::string> anchors;
  const View view = table_view(t, anchors, nullptr);
  ASSERT_EQ(view["parts"].size(), 3u);
  EXPECT_EQ(view["parts"][0]["caption"], "收支预算总表（收入）");
  EXPECT_EQ(view["parts"][1]["caption"], "收支预算总表（支出）");
  EXPECT_EQ(view["parts"][2]["caption"], "收支预算总表（支出2）");
}
