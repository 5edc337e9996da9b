// Message catalogs (render/i18n.h): every language has every entry of the Chinese catalog, the
// English one is written without Chinese characters, a site overrides one entry, and a missing
// language or a bad entry is one clear message.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "render/i18n.h"
#include "render/templates.h"
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
    EXPECT_TRUE(zh.entries().count(key)) << "en.yaml has " << key << ", zh.yaml does not";
    EXPECT_FALSE(has_cjk(text)) << key << ": " << text;
  }
  EXPECT_EQ(zh.text("page.skip"), "跳到正文");
  EXPECT_EQ(en.text("page.skip"), "Skip to content");
  EXPECT_EQ(zh.files().front().filename(), "zh.yaml");  // zh-CN falls back to zh
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
    FAIL() << "expected a TemplateError";
  } catch (const TemplateError& e) {
    EXPECT_EQ(std::string(e.what()), "no message catalog for language 'fr' (fr.yaml) in " + root.string());
  }
  std::ofstream(root / "fr.yaml") << "page:\n  skip: [a, b]\n";
  try {
    Catalog::load({root}, "fr");
    FAIL() << "expected a TemplateError";
  } catch (const TemplateError& e) {
    EXPECT_EQ(std::string(e.what()), (root / "fr.yaml").string() + ":2: page.skip: expected a text or a map of texts");
  }
  fs::remove_all(root);
}
