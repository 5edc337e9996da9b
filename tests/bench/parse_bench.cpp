// Parse speed per shipped disclosure, and per line of input (to see that it stays linear).
// Run: build/tests/budgetsite_bench
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "model/parse.h"

using namespace budgetsite;

static std::string read(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

static void BM_Parse(benchmark::State& state, const char* name, int copies) {
  std::string bytes = read(std::string(BUDGETSITE_SOURCE_DIR) + "/content/disclosures/" + name + ".txt");
  std::string input;
  for (int i = 0; i < copies; ++i) input += bytes;
  for (auto _ : state) {
    Disclosure d = build_disclosure(ingest_bytes(input, name));
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.size()));
}

BENCHMARK_CAPTURE(BM_Parse, liulin, "shanxi-liulin-2024-budget", 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Parse, fenyang, "shanxi-fenyang-2024-budget", 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Parse, xiangyuan, "shanxi-xiangyuan-2023-final", 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Parse, shuocheng, "shanxi-shuocheng-2024-final", 1)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Parse, datong, "shanxi-datong-2024-budget", 1)->Unit(benchmark::kMillisecond);
// The same text repeated: time should grow linearly with the copies.
BENCHMARK_CAPTURE(BM_Parse, liulin_x4, "shanxi-liulin-2024-budget", 4)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Parse, liulin_x16, "shanxi-liulin-2024-budget", 16)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
