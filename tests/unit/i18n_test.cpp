// Message catalogs (render/i18n.h): every language has every entry of the Chinese catalog, the
// English one is written without Chinese characters, a site overrides one entry, and a missing
// language or a bad entry is one clear message.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "aggregate/departments.h"
#include "recognize/catalog.h"
#include "render/i18n.h"
#include "render/templates.h"
#include "validate/rules.h"
#include "test_support.h"

using namespace budgetsite;
namespace fs = std::filesystem;

namespace {

bool has_cjk(const std::string& text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    // U+3000–U+9FFF and U+FF00–U+FFEF are E3 80 80 … E9 BF BF and EF BC 80 … EF BF AF in UTF-8.
    if (b >= 0xE3 && b <= 0xE9) return true;
    if (b == 0xEF && static_cast<unsigned char>(text[i + 1]) >= 0xBC) return true;
  }
  return false;
}

}  // namespace

TEST(Catalog, EveryLanguageHasEveryEntryOfTheChineseCatalog) {
  const std::vector<fs::path> shipped{source_path("i18n")};
  const Catalog zh = Catalog::load(shipped, "zh-CN");
  const Catalog en = Catalog::load(shipped, "en");
  EXPECT_GT(zh.entries().size(), 150u);
  for (const auto& [key, text] : zh.entries()) EXPECT_TRUE(en.entries().count(key)) << "en.yaml lacks " << key;
  for (const auto& [key, text] : en.entries()) {
    // function_class.* and department_type.* name the classes and the kinds of department in a
    // language other than the documents' (optional).
    if (!key.starts_with("function_class.") && !key.starts_with("department_type."))
      EXPECT_TRUE(zh.entries().count(key)) << "en.yaml has " << key << ", zh.yaml does not";
    EXPECT_FALSE(has_cjk(text)) << key << ": " << text;
  }
  EXPECT_EQ(zh.text("page.skip"), "跳到正文");
  EXPECT_EQ(en.text("page.skip"), "Skip to content");
  EXPECT_EQ(zh.files().front().filename(), "zh.yaml");  // zh-CN falls back to zh
  // Every 类 of the classification has its English name; the Chinese catalog shows the printed one.
  for (const auto& fc : function_classes()) {
    EXPECT_FALSE(en.text("function_class." + fc.code).empty()) << fc.code << " " << fc.name;
    EXPECT_TRUE(zh.text("function_class." + fc.code).empty()) << fc.code;
  }
  EXPECT_EQ(en.text("function_class.201"), "General public services");
  EXPECT_EQ(en.text("function_class.213"), "Agriculture, forestry and water");
  for (const auto& k : department_kinds()) EXPECT_FALSE(en.text("department_type." + k.slug).empty()) << k.label;
}

TEST(Catalog, ASiteOverridesOneEntryAndTemplatesIncludeIt) {
  const fs::path root = fs::temp_directory_path() / ("budgetsite-i18n-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "site/i18n");
  fs::create_directories(root / "templates");
  std::ofstream(root / "site/i18n/en.yaml") << "page:\n  skip: \"Jump to {{what}}\"\n";
  std::ofstream(root / "templates/page.mustache") << "<a>{{> t.page.skip}}</a> <b>{{> t.page.search}}</b>";
  const Catalog en = Catalog::load({root / "site/i18n", source_path("i18n")}, "en");
  EXPECT_EQ(en.text("page.skip"), "Jump to {{what}}");
  EXPECT_EQ(en.text("page.search"), "Search");  // every other entry from budgetsite's catalog
  const TemplateSet templates = TemplateSet::load({root / "templates"}, &en);
  EXPECT_EQ(templates.render("page", {{"what", "the <main> text"}}), "<a>Jump to the &lt;main&gt; text</a> <b>Search</b>");
  fs::remove_all(root);
}

TEST(Catalog, AMissingLanguageOrABadEntryIsOneClearMessage) {
  const fs::path root = fs::temp_directory_path() / ("budgetsite-i18n-bad-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  try {
    Catalog::load({root}, "fr");
    FAIL() << "expected a CatalogError";
  } catch (const CatalogError& e) {
    EXPECT_EQ(std::string(e.what()), "no message catalog for language 'fr' (fr.yaml) in " + root.string());
  }
  std::ofstream(root / "fr.yaml") << "page:\n  skip: [a, b]\n";
  try {
    Catalog::load({root}, "fr");
    FAIL() << "expected a CatalogError";
  } catch (const CatalogError& e) {
    EXPECT_EQ(std::string(e.what()), (root / "fr.yaml").string() + ":2: page.skip: expected a text or a map of texts");
  }
  fs::remove_all(root);
}

// `language: en` builds the interface in English: the page's language, its words from en.yaml,
// none of the Chinese catalog's; the data (names, table titles) stays as printed.
TEST(Catalog, AnEnglishSiteSpeaksEnglish) {
  const fs::path root = fs::temp_directory_path() / ("budgetsite-en-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "content/disclosures");
  fs::copy_file(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"),
                root / "content/disclosures/shanxi-liulin-2024-budget.txt");
  std::ofstream(root / "site-config.yaml") << "title: County budgets\nlanguage: en\n";
  const std::string command = std::string(BUDGETSITE_BINARY) + " build --quiet --no-cache --config " +
                              (root / "site-config.yaml").string() + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string log;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) log.append(buffer, n);
  ASSERT_EQ(pclose(pipe), 0) << log;
  const std::string page = read_bytes((root / "public/disclosures/shanxi-liulin-2024-budget/index.html").string());
  EXPECT_NE(page.find("<html lang=\"en\""), std::string::npos);
  EXPECT_NE(page.find(">Skip to content<"), std::string::npos);
  EXPECT_NE(page.find("<dt>Total income</dt>"), std::string::npos);
  EXPECT_NE(page.find("Download CSV"), std::string::npos);
  EXPECT_NE(page.find("柳林县工业和信息化局"), std::string::npos);  // the department's name as printed
  // The answer names the largest class in English and says the change the statement states
  // (line 506: 比上年减少3420.47万元) in English; the tables keep the printed name.
  EXPECT_NE(page.find("Urban and rural communities"), std::string::npos);
  EXPECT_NE(page.find("down 3,420.47 10,000 yuan on the previous year"), std::string::npos);
  EXPECT_NE(page.find("城乡社区支出"), std::string::npos);
  // No word of the Chinese catalog (those that a document's own tables cannot print).
  const Catalog zh = Catalog::load({source_path("i18n")}, "zh");
  for (const char* key : {"page.skip", "disclosure.tables", "table.csv", "disclosure.toc", "page.main_nav", "nav.home"})
    EXPECT_EQ(page.find(zh.text(key)), std::string::npos) << key;
  fs::remove_all(root);
}

// A wording is an entry and its values: lists are quoted and joined in the catalog's words, a
// long list of lines is cut after six, a nested wording is worded in turn, a missing entry shows
// its key rather than nothing.
TEST(Catalog, WordingsFillTheirEntriesInTheCatalogsWords) {
  const Catalog zh = Catalog::parse(
      "list: {quote: \"“{{item}}”\", separator: \"、\", more: \"等\"}\n"
      "check: {term: \"表{{tables}}第{{lines}}行\", parts: {classes: \"各类\"}, sum: \"{{what}}应等于{{parts}}之和{{n}}\"}\n",
      "zh.yaml");
  const Catalog en = Catalog::parse(
      "list: {quote: \"'{{item}}'\", separator: \", \", more: \" etc.\"}\n"
      "check: {term: \"table {{tables}} line {{lines}}\", parts: {classes: \"its classes\"}, sum: \"{{what}} should equal the sum of {{parts}}, {{n}}\"}\n",
      "en.yaml");
  const nlohmann::json quoted = {{"items", {"收支总表", "支出总表"}}, {"each", "list.quote"}};
  const Wording term{"check.term", {{"tables", quoted}, {"lines", {12, 30}}}};
  EXPECT_EQ(zh.word(term), "表“收支总表”、“支出总表”第12、30行");
  EXPECT_EQ(en.word(term), "table '收支总表', '支出总表' line 12, 30");
  const Wording many{"check.term", {{"tables", {"收支总表"}}, {"lines", {1, 2, 3, 4, 5, 6, 7, 8}}}};  // unquoted
  EXPECT_EQ(zh.word(many), "表收支总表第1、2、3、4、5、6等行");
  const Wording nested{"check.sum", {{"what", "合计"}, {"parts", {{"key", "check.parts.classes"}, {"args", nlohmann::json::object()}}}, {"n", "17944.67"}}};
  EXPECT_EQ(zh.word(nested), "合计应等于各类之和17944.67");
  EXPECT_EQ(en.word(nested), "合计 should equal the sum of its classes, 17944.67");
  EXPECT_EQ(en.word(std::vector<Wording>{nested, {"check.term", {{"tables", {"A"}}}}}),
            "合计 should equal the sum of its classes, 17944.67table A line ");
  const Wording joined{"check.term", {{"tables", {{"items", {"甲", "乙"}}, {"separator", "check.parts.classes"}}}}};
  EXPECT_EQ(zh.word(joined), "表甲各类乙第行");
  EXPECT_EQ(en.word(Wording{"check.unknown"}), "check.unknown");
}

// Every wording the pipeline can say has its entry in every catalog: the keys written in the
// generator's sources ("check.…", "caveat.…", "comparison_title.…") and those it composes.
TEST(Catalog, EveryWordingThePipelineSaysHasItsEntries) {
  const std::vector<fs::path> shipped{source_path("i18n")};
  const Catalog zh = Catalog::load(shipped, "zh");
  const Catalog en = Catalog::load(shipped, "en");
  std::set<std::string> keys;
  const std::regex literal(R"re("((?:check|caveat|comparison_title)\.[a-z_.]*[a-z])")re");
  for (const auto& entry : fs::recursive_directory_iterator(source_path("generator"))) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string code = read_bytes(entry.path().string());
    for (auto it = std::sregex_iterator(code.begin(), code.end(), literal); it != std::sregex_iterator(); ++it)
      keys.insert((*it)[1]);
  }
  EXPECT_GT(keys.size(), 40u);
  for (const char* relation : {"equal", "above", "below"})
    for (const char* base : {"initial", "full_year"})
      keys.insert(std::string("check.narrative.account_") + relation + "_" + base + "_budget");
  for (const char* parts : {"classes", "items_of_class", "items_of_item", "level_1_rows", "child_rows", "group_rows",
                            "income_items", "expenditure_classes", "income_total_rows", "expenditure_total_rows"})
    keys.insert(std::string("check.parts.") + parts);
  for (const auto& rule : wording_rules()) keys.insert("check.wording_rule." + rule.what);
  for (const char* level : {"province", "prefecture", "county", "county_city", "district"})
    keys.insert(std::string("caveat.level.") + level);
  for (const auto& key : keys) {
    EXPECT_FALSE(zh.text(key).empty()) << "zh.yaml lacks " << key;
    EXPECT_FALSE(en.text(key).empty()) << "en.yaml lacks " << key;
  }
}
