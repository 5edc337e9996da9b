// Comparison build time against the number of disclosures, to see that it stays a single
// reduce pass (n log n) over digests. Digests are clones of the five seeds spread over
// synthetic counties, department types and years; nothing is re-parsed inside the loop.
// Run: build/tests/budgetsite_aggregate_bench
#include <benchmark/benchmark.h>

#include "aggregate/comparisons.h"
#include "aggregate/export.h"
#include "model/parse.h"

using namespace budgetsite;

static std::vector<DisclosureDigest> synthetic(int counties) {
  static const std::vector<DisclosureDigest> seeds = [] {
    std::vector<DisclosureDigest> out;
    for (const char* id : {"shanxi-liulin-2024-budget", "shanxi-fenyang-2024-budget", "shanxi-xiangyuan-2023-final",
                           "shanxi-shuocheng-2024-final", "shanxi-datong-2024-budget"})
      out.push_back(digest(parse_disclosure_file(std::string(BUDGETSITE_SOURCE_DIR) + "/content/disclosures/" + id + ".txt"), id));
    return out;
  }();
  const char* types[] = {"工业和信息化局", "财政局", "教育局", "民政局", "水利局", "某某服务中心"};
  std::vector<DisclosureDigest> out;
  for (int c = 0; c < counties; ++c)
    for (const char* type : types)
      for (int year = 2021; year <= 2024; ++year)
        for (const auto& s : seeds) {
          DisclosureDigest d = s;
          d.year = year;
          d.entity.region = "第" + std::to_string(c) + "县";
          d.entity.department_type = type;
          d.entity.name = d.entity.region + type;
          d.id = "c" + std::to_string(c) + "-" + std::to_string(year) + "-" + kind_id(d.kind) + "-" + s.id;
          out.push_back(std::move(d));
        }
  return out;
}

static void BM_BuildComparisons(benchmark::State& state) {
  std::vector<DisclosureDigest> digests = synthetic(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    ComparisonSet set = build_comparisons(digests, {}, {});
    benchmark::DoNotOptimize(set);
  }
  state.counters["digests"] = static_cast<double>(digests.size());
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(digests.size()));
}
BENCHMARK(BM_BuildComparisons)->Arg(10)->Arg(40)->Arg(160)->Unit(benchmark::kMillisecond);

static void BM_BuildAndExportJson(benchmark::State& state) {
  std::vector<DisclosureDigest> digests = synthetic(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    std::string out = to_json(build_comparisons(digests, {}, {})).dump();
    benchmark::DoNotOptimize(out);
  }
  state.counters["digests"] = static_cast<double>(digests.size());
}
BENCHMARK(BM_BuildAndExportJson)->Arg(10)->Arg(40)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
