// Incremental builds (site/page_keys.h, cache/build_cache.h): a rebuild through the cache
// equals a clean build of the same inputs byte for byte, whatever changed; it parses and
// renders only what changed and leaves the other files as they were (same inode, same time);
// an entry of another generator or configuration is not used; a damaged entry or record is
// made again, never trusted.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "model/model_codec.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "site/build.h"
#include "site/fill_cache.h"
#include "synthetic.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace budgetsite;

namespace {

// A site of its own: synthetic disclosures (the seeds under other counties' names, so that
// departments, regions and comparison groups form), the shipped configuration beside the
// shipped templates and theme, an output folder and a cache.
struct Workspace {
  fs::path root, content, config, out, cache;

  explicit Workspace(const std::string& name, int disclosures = 8) {
    root = fs::temp_directory_path() / ("budgetsite-incremental-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    content = root / "content";
    write_synthetic_disclosures(source_path("content/disclosures"), content / "disclosures", disclosures);
    for (const char* folder : {"templates", "themes"}) fs::create_directory_symlink(source_path(folder), root / folder);
    config = root / "site-config.yaml";
    fs::copy_file(source_path("site-config.yaml"), config);
    out = root / "public";
    cache = root / "cache";
  }
  ~Workspace() { fs::remove_all(root); }

  BuildReport build(const fs::path& output, bool use_cache = true, const std::string& generator = "") const {
    BuildOptions options;
    options.config = config;
    options.content_dir = content;
    options.output_dir = output;
    options.cache_dir = cache;
    options.use_cache = use_cache;
    options.generator_fingerprint = generator;
    options.quiet = true;
    std::ostringstream log;
    BuildReport report = build_site(options, log);
    EXPECT_EQ(report.exit_code, 0) << log.str();
    return report;
  }
  BuildReport rebuild(const std::string& generator = "") const { return build(out, true, generator); }
  // The site a build without any cache makes of the same inputs.
  fs::path clean_site() const {
    const fs::path clean = root / "clean";
    fs::remove_all(clean);
    build(clean, false);
    return clean;
  }
  fs::path disclosure(int k) const {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(content / "disclosures")) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files.at(k);
  }
};

std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files[fs::relative(e.path(), root).generic_string()] = read_bytes(e.path().string());
  return files;
}

struct Stamp {
  ino_t inode;
  fs::file_time_type time;
  bool operator==(const Stamp&) const = default;
};

std::map<std::string, Stamp> stamps(const fs::path& root) {
  std::map<std::string, Stamp> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) {
      struct stat s;
      ::stat(e.path().c_str(), &s);
      files[fs::relative(e.path(), root).generic_string()] = {s.st_ino, e.last_write_time()};
    }
  return files;
}

void replace_in_file(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read_bytes(file.string());
  const size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << file;
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

std::vector<fs::path> cache_entries(const fs::path& cache) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(cache / "entries"))
    if (e.is_regular_file()) files.push_back(e.path());
  return files;
}

void damage(const fs::path& file) {
  std::string bytes = read_bytes(file.string());
  bytes[bytes.size() / 2] ^= 0x20;
  std::ofstream(file, std::ios::binary) << bytes;
}

}  // namespace

TEST(Incremental, ANoChangeRebuildParsesAndRendersNothingAndTouchesNoFile) {
  const Workspace w("noop");
  const BuildReport first = w.rebuild();
  EXPECT_EQ(first.parsed, 8);
  EXPECT_EQ(first.pages_kept, 0);
  const auto before = stamps(w.out);
  struct stat folder_before;
  ::stat(w.out.c_str(), &folder_before);
  const BuildReport again = w.rebuild();
  EXPECT_EQ(again.parsed, 0);
  EXPECT_EQ(again.reused, 8);
  // The site is not even swapped for a copy of itself.
  EXPECT_TRUE(again.site_unchanged);
  struct stat folder_after;
  ::stat(w.out.c_str(), &folder_after);
  EXPECT_EQ(folder_after.st_ino, folder_before.st_ino);
  // Every disclosure, department and region page and every comparison page is kept; the home,
  // search, 404 and comparisons index pages are made again (to the same bytes).
  EXPECT_EQ(again.pages_kept, again.pages - 4);
  EXPECT_EQ(stamps(w.out), before);
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
}

TEST(Incremental, ChangingOneDisclosureRebuildsItAndEqualsACleanBuild) {
  const Workspace w("one");
  w.rebuild();
  const auto before = stamps(w.out);
  // A figure of one disclosure's 收入支出决算总表/收支总表 changes (its sums no longer hold: the
  // audit must say so on the rebuilt page as on a clean build).
  const fs::path changed = w.disclosure(0);
  const std::string text = read_bytes(changed.string());
  const std::string stem = changed.stem().string();
  std::string figure;
  for (const char* candidate : {"1,222.75", "17,944.67", "6,542.05", "1222.75", "17944.67", "6542.05"})
    if (text.find(candidate) != std::string::npos) {
      figure = candidate;
      break;
    }
  ASSERT_FALSE(figure.empty());
  replace_in_file(changed, figure, figure.substr(0, figure.size() - 1) + "9");
  const BuildReport report = w.rebuild();
  EXPECT_EQ(report.parsed, 1);
  EXPECT_EQ(report.reused, 7);
  EXPECT_FALSE(report.site_unchanged);
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
  const auto after = stamps(w.out);
  EXPECT_NE(after.at("disclosures/" + stem + "/model.json"), before.at("disclosures/" + stem + "/model.json"));
  // Another disclosure's page and files are the very same files.
  const std::string other = w.disclosure(1).stem().string();
  for (const std::string file : {"index.html", "model.json", "source.txt", "figures.csv"})
    EXPECT_EQ(after.at("disclosures/" + other + "/" + file), before.at("disclosures/" + other + "/" + file)) << file;
}

TEST(Incremental, AddingAndRemovingDisclosuresEqualsACleanBuild) {
  const Workspace w("add-remove", 6);
  w.rebuild();
  std::set<fs::path> original;
  for (const auto& e : fs::directory_iterator(w.content / "disclosures")) original.insert(e.path().filename());
  fs::remove(w.disclosure(2));
  write_synthetic_disclosures(source_path("content/disclosures"), w.root / "more", 9);
  int added = 0;
  for (const auto& e : fs::directory_iterator(w.root / "more"))
    if (!original.count(e.path().filename()) && added++ < 2)
      fs::copy_file(e.path(), w.content / "disclosures" / e.path().filename());
  const BuildReport report = w.rebuild();
  EXPECT_EQ(report.disclosures, 7);
  EXPECT_EQ(report.parsed, 2);
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
}

TEST(Incremental, AnotherGeneratorsEntriesAreNotUsed) {
  const Workspace w("generator");
  EXPECT_EQ(w.rebuild("generator A").parsed, 8);
  EXPECT_EQ(w.rebuild("generator A").parsed, 0);
  const BuildReport report = w.rebuild("generator B");
  EXPECT_EQ(report.parsed, 8);
  EXPECT_EQ(report.pages_kept, 0);
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
}

TEST(Incremental, AnotherConfigurationsEntriesAreNotUsed) {
  const Workspace w("config");
  w.rebuild();
  replace_in_file(w.config, "title: 部门预决算公开", "title: 另一个站点");
  const BuildReport report = w.rebuild();
  EXPECT_EQ(report.parsed, 8);
  EXPECT_EQ(report.pages_kept, 0);
  const auto site = tree(w.out);
  EXPECT_NE(site.at("index.html").find("另一个站点"), std::string::npos);
  EXPECT_EQ(site, tree(w.clean_site()));
}

TEST(Incremental, DamagedEntriesAreMadeAgainNotTrusted) {
  const Workspace w("damaged");
  w.rebuild();
  const std::vector<fs::path> entries = cache_entries(w.cache);
  ASSERT_EQ(entries.size(), 16u);  // a model and a head per disclosure
  for (const auto& e : entries) damage(e);
  // Without the previous site every disclosure needs its entries; each is found damaged.
  fs::remove_all(w.out);
  const BuildReport report = w.rebuild();
  EXPECT_EQ(report.parsed, 8);
  EXPECT_EQ(report.cache_damaged, 8);
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
  // A truncated entry and one of another form are no better.
  for (const auto& e : cache_entries(w.cache)) fs::resize_file(e, fs::file_size(e) / 2);
  fs::remove_all(w.out);
  EXPECT_EQ(w.rebuild().parsed, 8);
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
}

TEST(Incremental, ADamagedRecordOfTheSiteRendersEverything) {
  const Workspace w("record");
  w.rebuild();
  for (const auto& e : fs::directory_iterator(w.cache / "sites")) damage(e.path());
  const BuildReport report = w.rebuild();
  EXPECT_EQ(report.pages_kept, 0);
  EXPECT_EQ(report.cache_damaged, 1);
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
}

TEST(Incremental, AFileEditedInTheSiteIsMadeAgain) {
  const Workspace w("edited");
  w.rebuild();
  const std::string stem = w.disclosure(3).stem().string();
  std::ofstream(w.out / "disclosures" / stem / "index.html", std::ios::app) << "<!-- edited by hand -->";
  w.rebuild();
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
}

TEST(Incremental, AParseCacheFilledBeforehandIsUsedByTheBuild) {
  const Workspace w("fill");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(w.content / "disclosures")) files.push_back(e.path());
  BuildOptions options;
  options.config = w.config;
  options.content_dir = w.content;
  options.cache_dir = w.cache;
  options.quiet = true;
  std::ostringstream log;
  // Two workers, each with half the files.
  const std::vector<fs::path> first(files.begin(), files.begin() + 4), second(files.begin() + 4, files.end());
  EXPECT_EQ(fill_cache(options, first, log).parsed, 4);
  EXPECT_EQ(fill_cache(options, second, log).parsed, 4);
  EXPECT_EQ(fill_cache(options, files, log).already, 8);
  const CacheFillReport strange = fill_cache(options, {w.root / "nowhere.txt"}, log);
  EXPECT_EQ(strange.exit_code, 1);
  const BuildReport report = w.rebuild();
  EXPECT_EQ(report.parsed, 0);
  EXPECT_EQ(tree(w.out), tree(w.clean_site()));
}

TEST(ModelCodec, EveryFieldOfARealModelSurvivesTheCache) {
  for (const char* file : {"content/disclosures/shanxi-liulin-2024-budget.txt", "content/disclosures/shanxi-xiangyuan-2023-final.txt",
                           "content/disclosures/bj-beijing-audit-2026-budget.pdf"}) {
    const Disclosure model = parse_disclosure_file(source_path(file));
    const std::string bytes = encode_model(model, {{"note", "extra"}});
    nlohmann::json extra;
    const Disclosure back = decode_model(bytes, &extra);
    EXPECT_EQ(extra.at("note"), "extra");
    EXPECT_EQ(to_json(back).dump(), to_json(model).dump()) << file;
    EXPECT_EQ(encode_model(back, {{"note", "extra"}}), bytes) << file;
  }
  EXPECT_ANY_THROW(decode_model("not a model"));
}

TEST(Incremental, VerboseNamesEachPhaseAsItEnds) {
  const Workspace w("verbose", 2);
  BuildOptions options;
  options.config = w.config;
  options.content_dir = w.content;
  options.output_dir = w.out;
  options.cache_dir = w.cache;
  options.verbose = true;
  std::ostringstream log;
  ASSERT_EQ(build_site(options, log).exit_code, 0) << log.str();
  const std::string text = log.str();
  size_t at = 0;
  for (const char* phase : {"load content", "parse and validate", "render", "write", "check links"}) {
    const size_t found = text.find(std::string("budgetsite: phase ") + phase, at);
    EXPECT_NE(found, std::string::npos) << phase << " in\n" << text;
    if (found != std::string::npos) at = found;
  }
}
