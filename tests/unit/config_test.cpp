// site-config.yaml and content files: the shipped ones load; bad ones give one line per
// problem naming the file, the line and the key.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "config/site_config.h"
#include "content/content.h"
#include "test_support.h"

using namespace budgetsite;

TEST(SiteConfig, TheShippedConfigLoads) {
  const SiteConfig config = load_site_config(source_path("site-config.yaml"));
  EXPECT_EQ(config.title, "部门预决算公开");
  EXPECT_EQ(config.language, "zh-CN");
  EXPECT_EQ(config.theme, "default");
  EXPECT_EQ(config.content_dir, std::filesystem::path(source_path("content")));
  EXPECT_EQ(config.output_dir, std::filesystem::path(source_path("public")));
  ASSERT_EQ(config.regions.size(), 5u);
  EXPECT_EQ(config.regions.at("大同市").info.level, "prefecture");
  EXPECT_EQ(config.regions.at("朔州市朔城区").info.parent, "朔州市");
}

TEST(SiteConfig, EveryProblemIsNamedWithFileLineAndKeyPath) {
  const std::string file = source_path("tests/fixtures/invalid/config/unknown-and-wrong-types.yaml");
  try {
    load_site_config(file);
    FAIL() << "expected a ConfigError";
  } catch (const ConfigError& e) {
    const std::vector<std::string> expected = {
        file + ":2: base_url: expected an absolute URL (https://…) or nothing",
        file + ":5: regions.柳林县.level: expected one of province, prefecture, county, county_city, district",
        file + ":6: regions.柳林县.population: expected a number",
        file + ":7: regions.柳林县.levle: unknown key (expected one of: full_name, level, parent, population, province, slug)",
        file + ":9: markdown.unsafe_html: expected true or false",
        file + ":12: comparisons.groups[0].id: expected a-z, 0-9, '-', '_' or '.' only",
        file + ":14: comparisons.groups[0].kind: expected budget or final",
        file + ":16: colour: unknown key (expected one of: base_url, comparisons, content, content_dir, data_license, description, disclosures, downloads, "
               "language, limits, markdown, output_dir, regions, theme, title)"};
    EXPECT_EQ(e.problems, expected);
  }
}

TEST(SiteConfig, DownloadsChooseWhatEachDisclosureOffers) {
  const SiteConfig defaults = parse_site_config("title: x\n", "/site/site-config.yaml");
  EXPECT_EQ(defaults.downloads.originals, DownloadSettings::Originals::include);
  EXPECT_TRUE(defaults.downloads.table_csv);
  EXPECT_FALSE(defaults.downloads.source_text || defaults.downloads.figures_csv);
  const SiteConfig lean = parse_site_config(
      "downloads:\n  originals: link\n  source_text: omit\n  figures_csv: omit\n  table_csv: include\n", "/site/site-config.yaml");
  EXPECT_TRUE(parse_site_config("downloads:\n  figures_csv: include\n", "/site/site-config.yaml").downloads.figures_csv);
  EXPECT_EQ(lean.downloads.originals, DownloadSettings::Originals::link);
  EXPECT_FALSE(lean.downloads.source_text);
  EXPECT_FALSE(lean.downloads.figures_csv);
  EXPECT_TRUE(lean.downloads.table_csv);
  // data_csv, its former name, is the same setting.
  EXPECT_TRUE(parse_site_config("downloads:\n  data_csv: include\n", "/site/site-config.yaml").downloads.figures_csv);
  try {
    parse_site_config("downloads:\n  originals: yes\n  data_csv: link\n  pdfs: omit\n", "/site/site-config.yaml");
    FAIL() << "expected a ConfigError";
  } catch (const ConfigError& e) {
    const std::vector<std::string> expected = {
        "/site/site-config.yaml:2: downloads.originals: expected include, link or omit",
        "/site/site-config.yaml:3: downloads.data_csv: expected include or omit",
        "/site/site-config.yaml:4: downloads.pdfs: unknown key (expected one of: data_csv, figures_csv, originals, source_text, table_csv)"};
    EXPECT_EQ(e.problems, expected);
  }
}

TEST(SiteConfig, InvalidYamlAndMissingFile) {
  const std::string file = source_path("tests/fixtures/invalid/config/not-yaml.yaml");
  try {
    load_site_config(file);
    FAIL();
  } catch (const ConfigError& e) {
    ASSERT_EQ(e.problems.size(), 1u);
    EXPECT_TRUE(e.problems[0].starts_with(file + ":")) << e.problems[0];
    EXPECT_NE(e.problems[0].find("invalid YAML"), std::string::npos);
  }
  EXPECT_THROW(load_site_config("/nonexistent/site-config.yaml"), ConfigError);
}

TEST(Content, TheShippedContentScansCleanly) {
  const ContentSet content = scan_content(source_path("content"));
  EXPECT_TRUE(content.problems.empty());
  // Five Shanxi texts and 19 PDFs of other regions, two of which (Beijing's 情况说明 and 报表)
  // are one publication.
  ASSERT_EQ(content.disclosures.size(), 23u);
  auto find = [&](const std::string& id) -> const DisclosureSource* {
    for (const auto& d : content.disclosures)
      if (d.id == id) return &d;
    return nullptr;
  };
  ASSERT_TRUE(find("shanxi-liulin-2024-budget"));
  EXPECT_EQ(find("shanxi-liulin-2024-budget")->meta.extracted_from, "000_0562819e7614b0a8.txt");
  EXPECT_TRUE(find("shanxi-liulin-2024-budget")->original.empty());
  const DisclosureSource* beijing = find("bj-beijing-audit-2026-budget");
  ASSERT_TRUE(beijing);
  EXPECT_EQ(beijing->text.extension(), ".pdf");
  ASSERT_EQ(beijing->parts.size(), 1u);
  EXPECT_EQ(beijing->parts[0].filename(), "bj-beijing-audit-2026-budget-tables.pdf");
  EXPECT_EQ(find("bj-beijing-audit-2026-budget-tables"), nullptr);
}

TEST(Content, BadPagesAreReportedNotDropped) {
  std::vector<ContentProblem> problems;
  const std::string dir = source_path("tests/fixtures/invalid/content/");
  EXPECT_FALSE(read_content_page(dir + "no-front-matter.md", read_bytes(dir + "no-front-matter.md"), problems));
  EXPECT_FALSE(read_content_page(dir + "front-matter-not-closed.md", read_bytes(dir + "front-matter-not-closed.md"), problems));
  const auto page = read_content_page(dir + "bad-front-matter-keys.md", read_bytes(dir + "bad-front-matter-keys.md"), problems);
  ASSERT_TRUE(page.has_value());  // usable: the bad keys are reported, the page is kept
  EXPECT_EQ(page->title, "页面");
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].message, "expected YAML front matter starting with a '---' line (title: …)");
  EXPECT_EQ(problems[1].message, "front matter is not closed by a '---' line");
  EXPECT_EQ(problems[2].line, 4);
  EXPECT_EQ(problems[2].message, "unknown key 'tags' (expected one of: title, description, weight, slug, in_nav)");
  EXPECT_EQ(problems[3].line, 3);
  EXPECT_EQ(problems[3].message, "'weight' should be a whole number");
}

TEST(Content, PageBodyAndFrontMatter) {
  std::vector<ContentProblem> problems;
  const auto page = read_content_page("about.md", "---\ntitle: 关于\nweight: 5\nin_nav: false\n---\n正文第一行\n", problems);
  ASSERT_TRUE(page);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(page->slug, "about");
  EXPECT_EQ(page->weight, 5);
  EXPECT_FALSE(page->in_nav);
  EXPECT_EQ(page->body_line, 6);
  EXPECT_EQ(page->markdown, "正文第一行\n");
}

// `parts:` are distinct, at most 16, one level deep and each the part of one disclosure; every
// violation is named and the rest is built: a cycle keeps both disclosures, a chain keeps C.
TEST(Content, PartsAreBoundedDistinctAndDoNotNest) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("budgetsite-parts-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "disclosures");
  auto text = [&](const std::string& stem) { std::ofstream(dir / "disclosures" / (stem + ".txt")) << "x"; };
  auto sidecar = [&](const std::string& stem, const std::string& yaml) {
    std::ofstream(dir / "disclosures" / (stem + ".yaml")) << yaml;
  };
  auto ids = [](const ContentSet& c) {
    std::set<std::string> out;
    for (const auto& d : c.disclosures) out.insert(d.id);
    return out;
  };
  auto said = [](const ContentSet& c, const std::string& words) {
    for (const auto& p : c.problems)
      if (p.message.find(words) != std::string::npos) return true;
    return false;
  };
  // A cycle: a lists b, b lists a. Neither joins the other; both are published.
  for (const char* s : {"a", "b", "c", "d"}) text(s);
  sidecar("a", "parts: [b.txt]\n");
  sidecar("b", "parts: [a.txt]\n");
  ContentSet cycle = scan_content(dir);
  EXPECT_EQ(ids(cycle), (std::set<std::string>{"a", "b", "c", "d"}));
  EXPECT_TRUE(said(cycle, "lists parts of its own (parts do not nest)"));
  // A chain c → d → (nothing): fine; a listed twice is joined once.
  sidecar("a", "parts: [c.txt, c.txt]\n");
  fs::remove(dir / "disclosures/b.yaml");
  ContentSet twice = scan_content(dir);
  EXPECT_TRUE(said(twice, "listed twice"));
  for (const auto& d : twice.disclosures)
    if (d.id == "a") EXPECT_EQ(d.parts.size(), 1u);
  EXPECT_EQ(ids(twice), (std::set<std::string>{"a", "b", "d"}));
  // The same part claimed by two disclosures: the first keeps it.
  sidecar("b", "parts: [c.txt]\n");
  EXPECT_TRUE(said(scan_content(dir), "is already a part of a"));
  // More than 16 parts: the first 16 are joined.
  fs::remove(dir / "disclosures/b.yaml");
  std::string many = "parts: [";
  for (int i = 0; i < 20; ++i) {
    text("p" + std::to_string(i));
    many += (i ? ", " : "") + std::string("p") + std::to_string(i) + ".txt";
  }
  sidecar("a", many + "]\n");
  ContentSet bounded = scan_content(dir);
  EXPECT_TRUE(said(bounded, "more than 16 parts"));
  for (const auto& d : bounded.disclosures)
    if (d.id == "a") EXPECT_EQ(d.parts.size(), 16u);
  fs::remove_all(dir);
}
