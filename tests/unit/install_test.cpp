// Installed budgetsite: `cmake --install` into a temporary prefix puts the program in bin/ and
// its templates, themes (with the built ECharts and its licences) and starter site in
// share/budgetsite/; `budgetsite new` makes a site folder that builds at once, with no
// node_modules of its own, taking the theme from the installed share.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace fs = std::filesystem;

namespace {

int run(const std::string& command, std::string* output = nullptr) {
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  std::string out;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
  const int status = pclose(pipe);
  if (output) *output = out;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST(Install, ANewSiteBuildsFromTheInstalledShare) {
  const fs::path build_dir = fs::path(BUDGETSITE_BINARY).parent_path();
  const fs::path root = fs::temp_directory_path() / ("budgetsite-install-" + std::to_string(::getpid()));
  fs::remove_all(root);
  const fs::path prefix = root / "prefix";
  std::string log;
  ASSERT_EQ(run("cmake --install " + build_dir.string() + " --prefix " + prefix.string(), &log), 0) << log;
  const fs::path share = prefix / "share/budgetsite";
  ASSERT_TRUE(fs::is_regular_file(prefix / "bin/budgetsite"));
  for (const char* f : {"templates/disclosure.mustache", "themes/default/theme.yaml", "themes/default/assets/css/site.css",
                        "node_modules/.budgetsite/echarts.min.js", "node_modules/echarts/LICENSE", "starter/site-config.yaml",
                        "starter/content/disclosures/README.md", "starter/.github/workflows/pages.yml", "i18n/zh.yaml", "i18n/en.yaml",
                        "schemas/model.schema.json", "schemas/comparison.schema.json"})
    EXPECT_TRUE(fs::is_regular_file(share / f)) << f;
  EXPECT_FALSE(fs::exists(share / "themes/default/src"));  // the bundle's source is not shipped
  // The installed theme is the one used: mark its stylesheet.
  std::ofstream(share / "themes/default/assets/css/site.css", std::ios::app) << "\n/* installed copy */\n";

  const fs::path site = root / "my-site";
  ASSERT_EQ(run((prefix / "bin/budgetsite").string() + " new " + site.string(), &log), 0) << log;
  EXPECT_TRUE(fs::is_regular_file(site / "site-config.yaml"));
  EXPECT_TRUE(fs::is_regular_file(site / "content/pages/about.md"));
  EXPECT_FALSE(fs::exists(site / "node_modules"));
  // Its Pages workflow installs the package of the version that made it.
  std::string version;
  ASSERT_EQ(run((prefix / "bin/budgetsite").string() + " --version", &version), 0);
  version = version.substr(std::string("budgetsite ").size());
  version.erase(version.find_last_not_of("\n") + 1);
  const std::string workflow = read_bytes((site / ".github/workflows/pages.yml").string());
  EXPECT_EQ(workflow.find("@BUDGETSITE_VERSION@"), std::string::npos);
  EXPECT_NE(workflow.find("BUDGETSITE_VERSION: \"" + version + "\""), std::string::npos) << version;
  EXPECT_NE(workflow.find("apt-get install -y -qq \"$deb\""), std::string::npos);
  // A folder that holds files is never written into.
  EXPECT_EQ(run((prefix / "bin/budgetsite").string() + " new " + site.string(), &log), 2) << log;
  fs::copy_file(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"),
                site / "content/disclosures/shanxi-liulin-2024-budget.txt");
  ASSERT_EQ(run("cd " + site.string() + " && " + (prefix / "bin/budgetsite").string() + " build --quiet", &log), 0) << log;
  EXPECT_EQ(log.find("vendor file"), std::string::npos) << log;  // no missing ECharts
  EXPECT_TRUE(fs::is_regular_file(site / "public/assets/vendor/echarts.min.js"));
  EXPECT_TRUE(fs::is_regular_file(site / "public/assets/vendor/echarts.LICENSE.txt"));
  EXPECT_TRUE(fs::is_regular_file(site / "public/disclosures/shanxi-liulin-2024-budget/index.html"));
  EXPECT_TRUE(fs::is_regular_file(site / "public/about/index.html"));
  EXPECT_NE(read_bytes((site / "public/assets/css/site.css").string()).find("installed copy"), std::string::npos);
  // A site overrides a template by a file of the same name.
  fs::create_directories(site / "templates");
  std::ofstream(site / "templates/404.mustache") << "<!doctype html><title>own 404</title><p>own</p>\n";
  ASSERT_EQ(run("cd " + site.string() + " && " + (prefix / "bin/budgetsite").string() + " build --quiet", &log), 0) << log;
  EXPECT_NE(read_bytes((site / "public/404.html").string()).find("own 404"), std::string::npos);
  fs::remove_all(root);
}
