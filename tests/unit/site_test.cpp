// The site build end to end: pages and files present, links resolve, two builds are
// byte-identical, a failed build leaves the previous site, disclosure text is inert wherever
// it lands, and the pages show the model's figures.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>

#include "site/build.h"
#include "site/link_check.h"
#include "synthetic.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace budgetsite;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("budgetsite-test-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

BuildReport build_into(const fs::path& out, std::optional<fs::path> content = std::nullopt,
                       fs::path config = source_path("site-config.yaml")) {
  BuildOptions options;
  options.config = config;
  options.output_dir = out;
  options.content_dir = content;
  options.cache_dir = out.parent_path() / ".cache";
  options.quiet = true;
  std::ostringstream log;
  BuildReport report = build_site(options, log);
  if (report.exit_code != 0) ADD_FAILURE() << log.str();
  return report;
}

std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files[fs::relative(e.path(), root).generic_string()] = read_bytes(e.path().string());
  return files;
}

// The shipped site, built once for the tests that only read it.
const fs::path& shipped_site() {
  static const fs::path out = [] {
    const fs::path dir = fresh_dir("shipped") / "public";
    build_into(dir);
    return dir;
  }();
  return out;
}

std::string page(const std::string& path) { return read_bytes((shipped_site() / path).string()); }

}  // namespace

TEST(Site, BuildsEveryPageOfTheShippedContent) {
  const fs::path& out = shipped_site();
  for (const char* path : {"index.html", "search.html", "404.html", "feed.xml", "robots.txt", ".nojekyll",
                           "assets/search/index.js", "assets/search/e0.js", "assets/search/p0.js", "assets/css/site.css", "assets/js/site.js",
                           "assets/vendor/echarts.min.js", "assets/vendor/echarts.LICENSE.txt",
                           "compare/index.html", "compare/comparisons.json",
                           "compare/budget-2024-industry-it/index.html", "compare/budget-2024-industry-it/comparison.csv",
                           "compare/final-latest-industry-it/index.html",
                           "departments/shanxi-liulin/index.html", "regions/shanxi-liulin/index.html"})
    EXPECT_TRUE(fs::is_regular_file(out / path)) << path;
  for (const char* id : {"shanxi-liulin-2024-budget", "shanxi-fenyang-2024-budget", "shanxi-datong-2024-budget",
                         "shanxi-xiangyuan-2023-final", "shanxi-shuocheng-2024-final"}) {
    const fs::path folder = out / "disclosures" / id;
    EXPECT_TRUE(fs::is_regular_file(folder / "index.html")) << id;
    EXPECT_TRUE(fs::is_regular_file(folder / "model.json")) << id;
    EXPECT_TRUE(fs::is_regular_file(folder / "source.txt")) << id;
    EXPECT_TRUE(fs::is_regular_file(folder / "tables/expenditure.csv")) << id;
  }
  // No base_url in the shipped config: no sitemap (it needs absolute URLs).
  EXPECT_FALSE(fs::exists(out / "sitemap.xml"));
}

TEST(Site, EveryInternalLinkAndAssetResolves) {
  const LinkReport report = check_links(shipped_site());
  EXPECT_GE(report.pages, 20);
  EXPECT_GT(report.links, 1000);
  for (const auto& b : report.broken) ADD_FAILURE() << b.page << ":" << b.line << ": " << b.url << " (" << b.reason << ")";
}

TEST(Site, LinkCheckerReportsWhatIsBroken) {
  const fs::path dir = fresh_dir("links");
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "index.html") << "<a href=\"sub/page.html#here\">ok</a>\n<a href=\"missing.html\">x</a>\n"
                                       "<a href=\"sub/\">folder</a>\n<img src=\"/abs.png\">\n<a href=\"#nowhere\">f</a>\n"
                                       "<a href=\"https://example.org/\">external</a>\n"
                                       "<script type=\"application/json\">{\"href=\":\"x.html\"}</script>\n";
  std::ofstream(dir / "sub/page.html") << "<p id=\"here\">here</p><a href=\"../index.html\">up</a>";
  const LinkReport report = check_links(dir);
  ASSERT_EQ(report.broken.size(), 4u);
  EXPECT_EQ(report.broken[0].url, "missing.html");
  EXPECT_EQ(report.broken[0].line, 2);
  EXPECT_EQ(report.broken[1].url, "sub/");
  EXPECT_EQ(report.broken[2].url, "/abs.png");
  EXPECT_EQ(report.broken[3].url, "#nowhere");
}

TEST(Site, TwoBuildsAreByteIdentical) {
  const fs::path a = fresh_dir("det-a") / "public";
  const fs::path b = fresh_dir("det-b") / "public";
  build_into(a);
  build_into(b);
  const auto first = tree(a), second = tree(b);
  ASSERT_EQ(first.size(), second.size());
  for (const auto& [path, bytes] : first) {
    auto it = second.find(path);
    ASSERT_NE(it, second.end()) << path;
    EXPECT_TRUE(it->second == bytes) << path << " differs between two builds";
  }
}

TEST(Site, AFailedBuildLeavesThePreviousSite) {
  const fs::path root = fresh_dir("failed");
  const fs::path out = root / "public";
  build_into(out);
  const auto before = tree(out);
  // Same site, but a template that does not parse.
  fs::copy(source_path("templates"), root / "templates", fs::copy_options::recursive);
  fs::copy(source_path("themes"), root / "themes", fs::copy_options::recursive);
  fs::create_directory_symlink(source_path("node_modules"), root / "node_modules");
  std::ofstream(root / "templates/region.mustache") << "{{#region}} unclosed section";
  std::ofstream(root / "site-config.yaml") << "content_dir: " << source_path("content") << "\n";
  BuildOptions options;
  options.config = root / "site-config.yaml";
  options.quiet = true;
  std::ostringstream log;
  const BuildReport report = build_site(options, log);
  EXPECT_EQ(report.exit_code, 2);
  EXPECT_NE(log.str().find("region.mustache"), std::string::npos) << log.str();
  EXPECT_EQ(tree(out), before);
}

TEST(Site, DisclosureTextIsInertWhereverItLands) {
  const fs::path root = fresh_dir("escape");
  fs::create_directories(root / "content/disclosures");
  std::string text = read_bytes(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"));
  const std::string project = "乡村e镇项目建设培育资金";
  const std::string hostile_project = "乡村e镇<script>alert(\"p\")</script>&'项目\xE2\x80\xA8资金";
  text.replace(text.find(project, text.find("项目支出预算表")), project.size(), hostile_project);
  const std::string duty = "负责规模及规模以上企业工作";
  text.replace(text.find(duty), duty.size(), "负责</script><img src=x onerror=alert(1)>\"企业&工作");
  std::ofstream(root / "content/disclosures/shanxi-test-2024-budget.txt", std::ios::binary) << text;
  build_into(root / "public", root / "content");

  const std::string html = read_bytes((root / "public/disclosures/shanxi-test-2024-budget/index.html").string());
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_NE(html.find("乡村e镇&lt;script&gt;alert(&quot;p&quot;)&lt;/script&gt;&amp;&apos;项目"), std::string::npos);
  EXPECT_NE(html.find("负责&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;企业&amp;工作"), std::string::npos);
  // Embedded JSON (the search index is made of scripts): no way out of the string or the element.
  const std::string index = read_bytes((root / "public/assets/search/e0.js").string());
  EXPECT_EQ(index.find("</script"), std::string::npos);
  EXPECT_EQ(index.find("\xE2\x80\xA8"), std::string::npos);
  EXPECT_NE(index.find("乡村e镇\\u003cscript\\u003ealert(\\\"p\\\")\\u003c/script\\u003e\\u0026'项目\\u2028资金"),
            std::string::npos);
  // Every <script> element of the page is either a file or JSON that stays in its element.
  for (size_t at = html.find("<script"); at != std::string::npos; at = html.find("<script", at + 1)) {
    const std::string tag = html.substr(at, html.find('>', at) - at);
    EXPECT_TRUE(tag.find(" src=") != std::string::npos || tag.find("application/json") != std::string::npos) << tag;
  }
}

TEST(Site, DisclosurePageShowsTheModelsFigures) {
  const std::string html = page("disclosures/shanxi-liulin-2024-budget/index.html");
  EXPECT_NE(html.find("<title>柳林县工业和信息化局 2024年部门预算 · "), std::string::npos);
  EXPECT_NE(html.find("<dt>收入总计</dt><dd><span class=\"amount\">17,944.67</span>"), std::string::npos);
  // The card's label links to the document's own definition (名词解释, line 1138: 三、“三公”经费：
  // 指省直部门用财政拨款安排的因公出国（境）费用、…), the third entry of its glossary.
  EXPECT_NE(html.find("<dt><a class=\"gloss\" href=\"#term-3\" title=\"指省直部门用财政拨款安排的因公出国（境）费用"), std::string::npos);
  EXPECT_NE(html.find("“三公”经费</a></dt><dd><span class=\"amount\">4.70</span>"), std::string::npos);
  EXPECT_NE(html.find("<div id=\"term-3\"><dt>“三公”经费</dt>"), std::string::npos);
  // The 215 row of the 支出总表 (line 233) with its anchor, and the check that links to it.
  EXPECT_NE(html.find("<tr id=\"L233\" class=\"level-1\" data-level=\"1\"><td class=\"code\">215</td><th scope=\"row\">资源勘探工业信息等支出</th>"
                      "<td class=\"num\">97.13</td><td class=\"num\">82.59</td><td class=\"num\">14.53</td></tr>"),
            std::string::npos);
  // The confirmed prose error of line 571 is in the panel and links to the paragraph.
  EXPECT_NE(html.find("<p id=\"L571\">"), std::string::npos);
  const size_t error = html.find("<li class=\"check check-error\">");
  ASSERT_NE(error, std::string::npos);
  EXPECT_NE(html.find("href=\"#L571\"", error), std::string::npos);
  // Charts carry their data in JSON blocks and a text alternative.
  EXPECT_NE(html.find("<script type=\"application/json\" id=\"chart-function-data\">{\"type\":\"tree\""), std::string::npos);
  EXPECT_NE(html.find("role=\"img\" aria-label=\"支出按功能分类（类→款→项）：212 城乡社区支出 10,200.00 万元（56.8%）"),
            std::string::npos);
}

// Each amount in its real unit: a performance form stated in 元 (汾阳, line 766: 项目资金(元)
// 年度资金总额 5,907,200) is shown in 元; a table printed in 元 says so in its caption.
TEST(Site, AmountsKeepTheirUnits) {
  const std::string fenyang = page("disclosures/shanxi-fenyang-2024-budget/index.html");
  EXPECT_NE(fenyang.find("5,907,200.00 元"), std::string::npos);
  EXPECT_EQ(fenyang.find("5,907,200.00 万元"), std::string::npos);
  const std::string putuo = page("disclosures/sh-putuo-commerce-2025-budget/index.html");
  EXPECT_NE(putuo.find("<span class=\"unit\">单位：元</span>"), std::string::npos);
  EXPECT_NE(putuo.find("<span class=\"unit\">单位：万元</span>"), std::string::npos);  // its 三公 table
  // Charts speak 万元: 201 一般公共服务支出 21,601,733.00 元 is 2160.1733 万元 in the treemap.
  EXPECT_NE(putuo.find("\"name\":\"201 一般公共服务支出\",\"value\":2160.1733"), std::string::npos);
  // The original PDF and a page link into it.
  EXPECT_NE(putuo.find("href=\"original.pdf\""), std::string::npos);
  EXPECT_NE(putuo.find("href=\"original.pdf#page="), std::string::npos);
}

TEST(Site, ComparisonRankingShowsTheDisclosurePagesFigures) {
  const std::string ranking = page("compare/budget-2024-industry-it/index.html");
  for (const auto& [id, figure] : std::vector<std::pair<std::string, std::string>>{
           {"shanxi-liulin-2024-budget", "17,944.67"}, {"shanxi-fenyang-2024-budget", ""}, {"shanxi-datong-2024-budget", ""}}) {
    const std::string disclosure = page("disclosures/" + id + "/index.html");
    const std::string marker = "<dt>收入总计</dt><dd><span class=\"amount\">";
    const size_t at = disclosure.find(marker);
    ASSERT_NE(at, std::string::npos);
    const std::string shown = disclosure.substr(at + marker.size(), disclosure.find('<', at + marker.size()) - at - marker.size());
    if (!figure.empty()) EXPECT_EQ(shown, figure);
    EXPECT_NE(ranking.find(">" + shown + " <span class=\"rank\">"), std::string::npos) << id << " " << shown;
  }
  EXPECT_NE(ranking.find("<aside class=\"caveats\""), std::string::npos);
  const std::string latest = page("compare/final-latest-industry-it/index.html");
  EXPECT_NE(latest.find("襄垣县（2023）"), std::string::npos);
  EXPECT_NE(latest.find("朔州市朔城区（2024）"), std::string::npos);
}

// Every download stands alone: each CSV line names its department, region, year, kind (and, in
// a table's CSV, scope, table and unit); the whole site's headline figures come in one CSV and
// one JSON.
TEST(Site, DownloadsStandAlone) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"disclosures/js-suzhou-audit-2026-budget/tables/overview.csv", "苏州市审计局,苏州市,2026,预算,部门,"},
      {"disclosures/js-suzhou-audit-2026-budget/figures.csv", "js-suzhou-audit-2026-budget,苏州市审计局,苏州市,2026,budget,"}};
  for (const auto& [file, identity] : files) {
    std::istringstream lines(page(file));
    std::string line;
    std::getline(lines, line);  // header
    int rows = 0;
    while (std::getline(lines, line)) {
      ++rows;
      EXPECT_EQ(line.rfind(identity, 0), 0u) << file << ": " << line;
    }
    EXPECT_GT(rows, 10) << file;
  }
  // 公开01表's 收入总计 4,651.67 (read by hand, line 239 of the document) in the summaries and
  // among the figures.
  const std::string csv = page("data/summaries.csv");
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")), "\xEF\xBB\xBFid,entity,region,department_type,year,kind,scope,unit,income_total,"
            "income_current,carryover_in,general_public_budget,expenditure_current,carryover_out,basic,project,personnel,"
            "public_funds,three_public,three_public_overseas,three_public_reception,three_public_vehicles,admin_operating,"
            "procurement,vehicles,errors,warnings");
  EXPECT_NE(csv.find("\njs-suzhou-audit-2026-budget,苏州市审计局,苏州市,审计局,2026,budget,department,万元,4651.67,"),
            std::string::npos);
  const auto json = nlohmann::json::parse(page("data/summaries.json"));
  ASSERT_TRUE(json.is_array());
  bool found = false;
  for (const auto& d : json)
    if (d["id"] == "js-suzhou-audit-2026-budget") {
      found = true;
      EXPECT_EQ(d["entity"]["name"], "苏州市审计局");
      EXPECT_DOUBLE_EQ(d["summary"]["income_total"].get<double>(), 4651.67);
    }
  EXPECT_TRUE(found);
}

// The audit panel: errors first, each linked to its page of the original PDF; then the warnings
// folded by kind, each kind labelled (partials/check-kind) with its count; notes folded into one
// line. 长春市信访局 (jl-changchun-petition-2026-budget.pdf) has three errors read by hand
// (corpus_test: lines 174 and 650) and warnings of several kinds.
TEST(Site, AuditPanelPutsErrorsFirstAndFoldsWarningsByKind) {
  const std::string html = page("disclosures/jl-changchun-petition-2026-budget/index.html");
  const size_t panel = html.find("id=\"checks\"");
  ASSERT_NE(panel, std::string::npos);
  const std::string checks = html.substr(panel, html.find("</section>", panel) - panel);
  const size_t first_error = checks.find("check-error"), first_group = checks.find("<details class=\"check-group\">");
  ASSERT_NE(first_error, std::string::npos);
  ASSERT_NE(first_group, std::string::npos);
  EXPECT_LT(first_error, first_group);
  // Every error links to its page of the PDF.
  size_t errors = 0;
  for (size_t at = checks.find("class=\"check check-error\""); at != std::string::npos;
       at = checks.find("class=\"check check-error\"", at + 1)) {
    ++errors;
    const std::string item = checks.substr(at, checks.find("</li>", at) - at);
    EXPECT_NE(item.find("original.pdf#page="), std::string::npos) << item;
  }
  EXPECT_EQ(errors, 3u);
  // Each kind once, labelled, with its count; no warning outside a group.
  std::set<std::string> kinds;
  for (size_t at = first_group; at != std::string::npos; at = checks.find("<details class=\"check-group\">", at + 1)) {
    const std::string summary = checks.substr(at, checks.find("</summary>", at) - at);
    const size_t code = summary.find("<code>");
    ASSERT_NE(code, std::string::npos);
    EXPECT_TRUE(kinds.insert(summary.substr(code, summary.find("</code>") - code)).second) << summary;
    EXPECT_NE(summary.find(" 处）"), std::string::npos) << summary;
    EXPECT_GT(summary.find("<code>"), summary.find("</span> ") + 8) << "a label before the id: " << summary;
  }
  EXPECT_GE(kinds.size(), 2u);
  EXPECT_EQ(checks.find("check-warning\"><span class=\"badge\">"), std::string::npos);
}

// The answer block of every disclosure page states the model's own figures, in 万元, each
// linked to a place on the page; the figures of 苏州市审计局 were read by hand (公开01表,
// lines 207–239 of the document).
TEST(Site, AnswerFirstStatesTheModelsFigures) {
  const std::string html = page("disclosures/js-suzhou-audit-2026-budget/index.html");
  const size_t at = html.find("<section class=\"answer\"");
  ASSERT_NE(at, std::string::npos);
  ASSERT_LT(at, html.find("id=\"tables\""));  // above the tables
  const std::string answer = html.substr(at, html.find("</section>", at) - at);
  EXPECT_NE(answer.find("收入总计 <a href=\"#L"), std::string::npos) << answer;
  EXPECT_NE(answer.find("<strong>4,651.67</strong> 万元"), std::string::npos) << answer;
  EXPECT_NE(answer.find("一般公共服务支出（<a href=\"#L"), std::string::npos) << answer;
  EXPECT_NE(answer.find("2,906.63 万元"), std::string::npos) << answer;
  // Every link of the block lands on an element of the page.
  for (size_t h = answer.find("href=\"#"); h != std::string::npos; h = answer.find("href=\"#", h + 1)) {
    const std::string id = answer.substr(h + 7, answer.find('"', h + 7) - h - 7);
    EXPECT_NE(html.find("id=\"" + id + "\""), std::string::npos) << id;
  }
  for (const auto& entry : fs::directory_iterator(shipped_site() / "disclosures")) {
    const std::string page_html = read_bytes((entry.path() / "index.html").string());
    const auto model = nlohmann::json::parse(read_bytes((entry.path() / "model.json").string()));
    const auto& income = model["summary"]["income_total"];
    if (income.is_null()) continue;
    char expected[64];
    std::snprintf(expected, sizeof expected, "%.2f", income.get<double>());
    std::string grouped = expected;  // thousands separators, as the page prints them
    for (int i = static_cast<int>(grouped.find('.')) - 3; i > 0; i -= 3) grouped.insert(static_cast<size_t>(i), ",");
    EXPECT_NE(page_html.find("收入总计 <a href=\"#"), std::string::npos) << entry.path();
    EXPECT_NE(page_html.find("<strong>" + grouped + "</strong> 万元"), std::string::npos) << entry.path() << " " << grouped;
  }
}

// Shared links show a title and a description (OpenGraph); og:url is absolute only with a
// base_url (the shipped configuration has none, so there is none).
TEST(Site, PagesCarryOpenGraphTags) {
  const std::string html = page("disclosures/js-suzhou-audit-2026-budget/index.html");
  EXPECT_NE(html.find("<meta property=\"og:title\" content=\"苏州市审计局 2026年部门预算"), std::string::npos);
  EXPECT_NE(html.find("<meta property=\"og:description\" content=\""), std::string::npos);
  EXPECT_EQ(html.find("og:url"), std::string::npos);
}

// A province-sized group: 50 synthetic disclosures (the seeds renamed to 50 counties) give 30
// 2024 budgets of 工业和信息化局. The ranking lists them largest first, folds the middle ten
// behind "show all" (rank-middle rows, shown without JS), and each metric's bars show the first
// and the last ten with the whole list in the chart's table.
TEST(Site, ARankingOfThirtyMembersStaysReadable) {
  const fs::path root = fresh_dir("ranking");
  write_synthetic_disclosures(source_path("content/disclosures"), root / "content/disclosures", 50);
  build_into(root / "public", root / "content");
  const std::string html = read_bytes((root / "public/compare/budget-2024-industry-it/index.html").string());
  ASSERT_FALSE(html.empty());
  EXPECT_NE(html.find("data-members=\"30\""), std::string::npos);
  size_t rows = 0, middle = 0;
  std::vector<double> first_column;
  const std::string body = html.substr(html.find("<tbody>", html.find("id=\"ranking\"")));
  for (size_t at = body.find("<tr"); at != std::string::npos && at < body.find("</tbody>"); at = body.find("<tr", at + 1)) {
    ++rows;
    const std::string_view middle_row = "<tr class=\"rank-middle\">";
    middle += body.compare(at, middle_row.size(), middle_row) == 0;
    const size_t value = body.find("data-value=\"", at) + 12;
    first_column.push_back(std::stod(body.substr(value, body.find('"', value) - value)));
  }
  EXPECT_EQ(rows, 30u);
  EXPECT_EQ(middle, 10u);
  EXPECT_TRUE(std::is_sorted(first_column.rbegin(), first_column.rend()));
  EXPECT_NE(html.find("收入总计（前 10 名与后 10 名，共 30 个）"), std::string::npos);
  // The seeds' 收入总计 (预算公开表1): 柳林 17,944.67, 汾阳 6,542.05, 大同 1,222.75.
  EXPECT_EQ(first_column.front(), 17944.67);
  EXPECT_EQ(first_column[10], 6542.05);
  EXPECT_EQ(first_column.back(), 1222.75);
  fs::remove_all(root);
}

// A lean site (config `downloads:`): a disclosure folder holds its page and model.json only,
// and the page's PDF page links point into the published document at its source_url.
TEST(Site, DownloadsLeftOutOrLinked) {
  const fs::path root = fresh_dir("downloads");
  fs::create_directories(root / "content/disclosures");
  fs::copy_file(source_path("content/disclosures/js-suzhou-audit-2026-budget.pdf"),
                root / "content/disclosures/js-suzhou-audit-2026-budget.pdf");
  fs::copy(source_path("templates"), root / "templates", fs::copy_options::recursive);
  fs::copy(source_path("themes"), root / "themes", fs::copy_options::recursive);
  fs::create_directory_symlink(source_path("node_modules"), root / "node_modules");
  std::ofstream(root / "site-config.yaml")
      << "downloads:\n  originals: link\n  source_text: omit\n  table_csv: omit\n  data_csv: omit\n"
         "disclosures:\n  js-suzhou-audit-2026-budget:\n    source_url: https://example.gov.cn/audit-2026.pdf\n";
  build_into(root / "public", std::nullopt, root / "site-config.yaml");
  std::set<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root / "public/disclosures/js-suzhou-audit-2026-budget"))
    files.insert(fs::relative(e.path(), root / "public/disclosures/js-suzhou-audit-2026-budget").generic_string());
  EXPECT_EQ(files, (std::set<std::string>{"index.html", "model.json"}));
  const std::string html = read_bytes((root / "public/disclosures/js-suzhou-audit-2026-budget/index.html").string());
  // 公开03表 支出总表 is on page 11 of the PDF.
  EXPECT_NE(html.find("href=\"https://example.gov.cn/audit-2026.pdf#page=11\""), std::string::npos);
  EXPECT_EQ(html.find("original.pdf"), std::string::npos);
  EXPECT_EQ(html.find("source.txt"), std::string::npos);
  EXPECT_EQ(html.find(".csv\""), std::string::npos);
  // model.json is minified.
  const std::string model = read_bytes((root / "public/disclosures/js-suzhou-audit-2026-budget/model.json").string());
  EXPECT_EQ(model.find("\n  "), std::string::npos);
  if (!::testing::Test::HasFailure()) fs::remove_all(root);
}

// The home page lists every error of the site with its message and a link to its line (the
// site keeps each disclosure's errors whole when it drops the rest of the model).
TEST(Site, HomePageListsEveryErrorWithItsLine) {
  const std::string html = page("index.html");
  EXPECT_NE(html.find("<a href=\"disclosures/jl-changchun-petition-2026-budget/index.html#L174\">长春市信访局 2026年部门预算</a>："
                      "表“支出总表（预算表 3）”第174行“20140 信访事务”小计：应等于所属各项之和903.85，表中为1378.41（差474.56）"),
            std::string::npos);
}

// A large site streams (each disclosure keeps only its headline once its files are written, and
// its page reads it again); the result is the same site, byte for byte.
TEST(Site, AStreamingBuildGivesTheSameSite) {
  const fs::path root = fresh_dir("streaming");
  BuildOptions options;
  options.config = source_path("site-config.yaml");
  options.output_dir = root / "public";
  options.cache_dir = root / "cache";
  options.quiet = true;
  options.keep_models_up_to = 0;
  std::ostringstream log;
  ASSERT_EQ(build_site(options, log).exit_code, 0) << log.str();
  EXPECT_EQ(tree(root / "public"), tree(shipped_site()));
  fs::remove_all(root);
}
