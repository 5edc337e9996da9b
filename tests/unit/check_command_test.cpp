// `budgetsite check`: the report, --json, --strict and the exit codes, through the built binary.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "test_support.h"

namespace {

struct CliRun {
  int code = 0;
  std::string out;
};

CliRun run(const std::string& args, bool with_stderr = false) {
  std::string cmd = std::string(BUDGETSITE_BINARY) + " " + args + (with_stderr ? " 2>&1" : " 2>/dev/null");
  CliRun r;
  FILE* pipe = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  r.code = WEXITSTATUS(pclose(pipe));
  return r;
}

std::string seed(const std::string& name) { return source_path("content/disclosures/" + name); }

}  // namespace

TEST(CheckCommand, ReportPerFileWithCounts) {
  CliRun r = run("check " + seed("shanxi-liulin-2024-budget.txt") + " " + seed("shanxi-shuocheng-2024-final.txt"));
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("柳林县工业和信息化局"), std::string::npos);
  EXPECT_NE(r.out.find("错误 2，"), std::string::npos);
  EXPECT_NE(r.out.find("错误 0，"), std::string::npos);
  EXPECT_NE(r.out.find("第571行"), std::string::npos);
}

TEST(CheckCommand, StrictExitsOneOnlyWhenAnErrorFired) {
  EXPECT_EQ(run("check --strict " + seed("shanxi-liulin-2024-budget.txt")).code, 1);
  EXPECT_EQ(run("check " + seed("shanxi-shuocheng-2024-final.txt") + " --strict").code, 0);
}

TEST(CheckCommand, JsonListsTheChecksOfEachFile) {
  CliRun r = run("check --json " + seed("shanxi-xiangyuan-2023-final.txt") + " " + seed("shanxi-datong-2024-budget.txt"));
  ASSERT_EQ(r.code, 0);
  auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["files"].size(), 2u);
  EXPECT_EQ(j["files"][0]["kind"], "final");
  EXPECT_EQ(j["files"][0]["year"], 2023);
  EXPECT_EQ(j["files"][0]["entity"], "襄垣县工业和信息化局");
  int errors = 0;
  for (const auto& c : j["files"][0]["checks"]) {
    if (c["severity"] == "error") ++errors;
    EXPECT_TRUE(c.contains("expected") && c.contains("actual") && c.contains("line"));
  }
  EXPECT_EQ(errors, 4);
  EXPECT_EQ(j["files"][1]["kind"], "budget");
}

TEST(CheckCommand, BadFileIsReportedAndTheOthersStillChecked) {
  CliRun r = run("check " + source_path("tests/fixtures/invalid/not-a-disclosure.txt") + " " +
              seed("shanxi-datong-2024-budget.txt"), true);
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.out.find("not-a-disclosure.txt"), std::string::npos);
  EXPECT_NE(r.out.find("大同市工业和信息化局"), std::string::npos);
}

TEST(CheckCommand, UsageErrors) {
  EXPECT_EQ(run("check").code, 2);
  EXPECT_EQ(run("check --bogus " + seed("shanxi-datong-2024-budget.txt")).code, 2);
  EXPECT_EQ(run("check --help").code, 0);
}

// `budgetsite survey`: one line per document and totals; a folder stands for its documents (a
// .txt beside a .pdf of the same name counted once); an unreadable file is listed, not fatal.
TEST(SurveyCommand, LinesTotalsAndJson) {
  const std::string corpus = source_path("tests/fixtures/corpus");
  CliRun r = run("survey --jobs 2 " + source_path("tests/fixtures/corpus/js-suzhou-audit-2026-budget.txt") + " " +
                 source_path("tests/fixtures/corpus/jl-changchun-petition-2026-budget.txt") + " /nonexistent/x.pdf");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("js-suzhou-audit-2026-budget.txt\tjiangsu\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("x.pdf\tFAILED"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("3 documents: 2 read, 1 not read; 3 errors in 1 documents"), std::string::npos) << r.out;
  // Every error is listed under its document, to be read by hand (长春 line 174: 信访事务 小计).
  const size_t listed = r.out.find("errors, per document");
  ASSERT_NE(listed, std::string::npos) << r.out;
  EXPECT_NE(r.out.find("jl-changchun-petition-2026-budget.txt\n  line 174 (page 8)\tsum-mismatch\t", listed), std::string::npos)
      << r.out;

  CliRun j = run("survey --json " + source_path("tests/fixtures/corpus/js-suzhou-audit-2026-budget.txt"));
  EXPECT_EQ(j.code, 0);
  auto report = nlohmann::json::parse(j.out);
  ASSERT_EQ(report["documents"].size(), 1u);
  const auto& doc = report["documents"][0];
  EXPECT_EQ(doc["family"], "jiangsu");
  EXPECT_EQ(doc["core"]["income_total"], "proven");
  EXPECT_EQ(doc["errors"], 0);
  EXPECT_TRUE(doc["error_checks"].is_array() && doc["error_checks"].empty());
  EXPECT_EQ(report["totals"]["read"], 1);
  EXPECT_EQ(report["totals"]["proven_documents"]["expenditure_current"], 1);

  EXPECT_EQ(run("survey").code, 2);
  EXPECT_EQ(run("survey --jobs x " + corpus).code, 2);
}
