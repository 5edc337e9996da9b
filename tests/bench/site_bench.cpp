// Whole-site build time: the shipped content, and the same disclosures repeated N times under
// other names (each copy is its own department), with 1 and 2 parallel jobs.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <sstream>

#include <unistd.h>

#include "site/build.h"

namespace fs = std::filesystem;
using namespace budgetsite;

namespace {

fs::path content_with_copies(int copies) {
  const fs::path root = fs::temp_directory_path() / ("budgetsite-bench-" + std::to_string(::getpid()) + "-" + std::to_string(copies));
  fs::remove_all(root);
  fs::create_directories(root / "disclosures");
  const fs::path source = fs::path(BUDGETSITE_SOURCE_DIR) / "content/disclosures";
  for (int c = 0; c < copies; ++c)
    for (const auto& e : fs::directory_iterator(source))
      if (e.path().extension() == ".txt")
        fs::copy_file(e.path(), root / "disclosures" / ("c" + std::to_string(c) + "-" + e.path().filename().string()));
  return root;
}

void BM_BuildSite(benchmark::State& state) {
  const int copies = static_cast<int>(state.range(0));
  const fs::path content = content_with_copies(copies);
  BuildOptions options;
  options.config = fs::path(BUDGETSITE_SOURCE_DIR) / "site-config.yaml";
  options.content_dir = content;
  options.output_dir = content.parent_path() / (content.filename().string() + "-public");
  options.use_cache = false;  // every run a clean build
  options.jobs = static_cast<int>(state.range(1));
  options.quiet = true;
  int pages = 0;
  for (auto _ : state) {
    std::ostringstream log;
    const BuildReport report = build_site(options, log);
    if (report.exit_code != 0) state.SkipWithError(log.str().c_str());
    pages = report.pages;
  }
  state.counters["disclosures"] = copies * 5;
  state.counters["pages"] = pages;
  fs::remove_all(content);
  fs::remove_all(*options.output_dir);
}

}  // namespace

BENCHMARK(BM_BuildSite)->Args({1, 1})->Args({1, 2})->Args({4, 1})->Args({4, 2})->Args({16, 2})->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
