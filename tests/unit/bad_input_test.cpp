// Bad inputs: a clear InputError (or, for a truncated document, a model that says what is
// missing), never a crash. Fixtures live in tests/fixtures/invalid/.
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

#include "model/parse.h"
#include "test_support.h"

using namespace budgetsite;

namespace {

std::string invalid(const std::string& name) { return source_path("tests/fixtures/invalid/" + name); }

std::string expect_input_error(const std::string& path) {
  try {
    parse_disclosure_file(path);
  } catch (const InputError& e) {
    return e.what();
  }
  ADD_FAILURE() << "no InputError for " << path;
  return "";
}

int run_cli(const std::string& args, std::string* err) {
  std::string cmd = std::string(BUDGETSITE_BINARY) + " " + args + " 2>&1 >/dev/null";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  char buf[512];
  while (fgets(buf, sizeof buf, pipe.get())) *err += buf;
  int status = pclose(pipe.release());
  return WEXITSTATUS(status);
}

}  // namespace

TEST(BadInput, EmptyFile) {
  EXPECT_NE(expect_input_error(invalid("empty.txt")).find("empty"), std::string::npos);
}

TEST(BadInput, BinaryFile) {
  EXPECT_NE(expect_input_error(invalid("binary.bin")).find("binary"), std::string::npos);
}

TEST(BadInput, NotADisclosure) {
  EXPECT_NE(expect_input_error(invalid("not-a-disclosure.txt")).find("not a budget or final-accounts disclosure"), std::string::npos);
}

TEST(BadInput, MissingFile) {
  EXPECT_NE(expect_input_error(invalid("no-such-file.txt")).find("cannot open"), std::string::npos);
}

TEST(BadInput, CliExitsTwoWithOneLineNamingTheFile) {
  std::string err;
  EXPECT_EQ(run_cli("parse " + invalid("binary.bin"), &err), 2);
  EXPECT_NE(err.find("binary.bin"), std::string::npos);
  EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1);
}

TEST(BadInput, TruncatedDocumentParsesWhatIsThereAndReportsTheRest) {
  Disclosure d = parse_disclosure_file(invalid("truncated-budget.txt"));
  EXPECT_EQ(kind_id(d.kind), std::string("budget"));
  ASSERT_TRUE(d.summary.income_total);
  EXPECT_DOUBLE_EQ(*d.summary.income_total, 17944.67);
  int missing = 0;
  for (const auto& c : d.checks)
    if (c.id == "missing-table") ++missing;
  // The cut falls inside 表三: 表四–表十三 are absent (10 tables); 表三 keeps the rows it has.
  EXPECT_EQ(missing, 10);
  const Table* t = d.table("expenditure");
  ASSERT_NE(t, nullptr);
  EXPECT_TRUE(t->present);
  EXPECT_EQ(t->rows.size(), 5u);
}

TEST(BadInput, CliExitsTwoOnEveryUnusablePublication) {
  // The scan, a government notice, a blank template and a PDF locked by a user password: one
  // line naming the file and the reason, exit 2.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"scan-no-text-layer.txt", "scanned image"},
      {"government-notice.txt", "not a budget or final-accounts disclosure"},
      {"blank-template.txt", "blank template"},
      {"encrypted-user-password.pdf", "user password"},
  };
  for (const auto& [file, reason] : cases) {
    std::string err;
    EXPECT_EQ(run_cli("parse " + invalid(file), &err), 2) << file;
    EXPECT_NE(err.find(file), std::string::npos) << err;
    EXPECT_NE(err.find(reason), std::string::npos) << err;
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
  }
}
