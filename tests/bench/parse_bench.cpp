// Parse speed per shipped disclosure, and per line of input (to see that it stays linear);
// PDF reading (poppler's physical layout) in pages per second, beside the parse of the text.
// Run: build/tests/budgetsite_bench
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "ingest/pdf_text.h"
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

// Layout text of other regions: the 171-page Xi'an final account, and a 33-page Jiangsu budget.
static void BM_ParseLayout(benchmark::State& state, const char* name) {
  std::string input = read(std::string(BUDGETSITE_SOURCE_DIR) + "/tests/fixtures/corpus/" + name + ".txt");
  for (auto _ : state) {
    Disclosure d = build_disclosure(ingest_bytes(input, name));
    benchmark::DoNotOptimize(d);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.size()));
}
BENCHMARK_CAPTURE(BM_ParseLayout, xian_health_171_pages, "sn-xian-health-2022-final")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParseLayout, suzhou_audit_33_pages, "js-suzhou-audit-2026-budget")->Unit(benchmark::kMillisecond);

// Reading the PDF itself (text layer, laid out), and reading plus parsing: pages per second.
static void BM_Pdf(benchmark::State& state, const char* name, bool parse) {
  const std::string path = std::string(BUDGETSITE_SOURCE_DIR) + "/content/disclosures/" + name + ".pdf";
  std::string bytes = read(path);
  int pages = 0;
  for (auto _ : state) {
    SourceText text = ingest_pdf(path, bytes);
    pages = text.page_count;
    if (parse) {
      Disclosure d = build_disclosure(text);
      benchmark::DoNotOptimize(d);
    }
    benchmark::DoNotOptimize(text);
  }
  state.counters["pages_per_s"] = benchmark::Counter(static_cast<double>(pages) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(BM_Pdf, xian_health_read, "sn-xian-health-2022-final", false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Pdf, xian_health_read_and_parse, "sn-xian-health-2022-final", true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Pdf, suzhou_audit_read_and_parse, "js-suzhou-audit-2026-budget", true)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
