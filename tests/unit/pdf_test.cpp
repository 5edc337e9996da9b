// PDF input: every shipped PDF of the corpus parses to the same model as its pdftotext -layout
// text (tests/fixtures/corpus/), and unusable PDFs give one clear line, never a crash.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>

#include <filesystem>
#include <fstream>
#include <tuple>
#include <vector>

#include "ingest/pdf_text.h"
#include "ingest/source_text.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "test_support.h"
#include "validate/validate.h"

namespace budgetsite {
namespace {

namespace fs = std::filesystem;

Json model_without_source(const std::string& path) {
  Disclosure d = parse_disclosure_file(path);
  validate(d);
  Json j = to_json(d);
  j.erase("source");
  return j;
}

TEST(Pdf, EveryCorpusPdfParsesAsItsText) {
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(source_path("content/disclosures"))) {
    if (entry.path().extension() != ".pdf") continue;
    const fs::path text = source_path("tests/fixtures/corpus/" + entry.path().stem().string() + ".txt");
    if (!fs::exists(text)) continue;
    SCOPED_TRACE(entry.path().filename().string());
    Json from_pdf = model_without_source(entry.path().string());
    Json from_text = model_without_source(text.string());
    for (const char* key : {"kind", "year", "entity", "template", "summary"})
      EXPECT_EQ(from_pdf[key], from_text[key]) << key;
    // The same findings; their line numbers may differ where the two extractions wrap a line
    // differently.
    auto findings = [](const Json& checks) {
      std::vector<std::tuple<std::string, std::string, std::string, Json, Json>> out;
      for (const auto& c : checks) out.emplace_back(c["id"], c["severity"], c["table"].dump(), c["expected"], c["actual"]);
      std::sort(out.begin(), out.end());
      return out;
    };
    EXPECT_EQ(findings(from_pdf["checks"]), findings(from_text["checks"]));
    ++compared;
  }
  EXPECT_EQ(compared, 19);  // every shipped PDF has its text here
}

TEST(Pdf, SourceRecordsFormatPagesAndPageOfRows) {
  Disclosure d = parse_disclosure_file(source_path("content/disclosures/js-suzhou-audit-2026-budget.pdf"));
  EXPECT_EQ(d.source.format, "pdf");
  EXPECT_EQ(d.source.pages, 33);  // the corpus README: 33 pages
  const Table* overview = d.table("overview");
  ASSERT_TRUE(overview);
  // 收支总表 is on the 9th page of the PDF (the cover is unnumbered: its footer reads "- 8 -").
  EXPECT_EQ(overview->page, 9);
  for (const auto& r : overview->rows) EXPECT_EQ(r.page, 9) << r.name;
}

TEST(Pdf, OwnerPasswordOnlyIsReadNormally) {
  // The Putuo 单位预算 re-encrypted with an owner password that forbids printing and copying.
  Disclosure d = parse_disclosure_file(source_path("tests/fixtures/corpus/owner-password-only.pdf"));
  EXPECT_EQ(d.entity.name, "上海市普陀区人民政府办公室");
  ASSERT_TRUE(d.summary.income_total);
  EXPECT_NEAR(*d.summary.income_total, 9101.677535, 1e-6);  // 91,016,775.35 元
}

std::string error_of(const std::string& path) {
  try {
    parse_disclosure_file(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

fs::path write_temp(const std::string& name, const std::string& bytes) {
  fs::path p = fs::temp_directory_path() / ("budgetsite-pdf-test-" + name);
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

TEST(Pdf, UserPasswordIsRefusedClearly) {
  std::string e = error_of(source_path("tests/fixtures/invalid/encrypted-user-password.pdf"));
  EXPECT_NE(e.find("encrypted PDF"), std::string::npos) << e;
  EXPECT_NE(e.find("user password"), std::string::npos) << e;
}

TEST(Pdf, TruncatedAndCorruptAreRefusedClearly) {
  std::string real = read_bytes(source_path("content/disclosures/sh-putuo-govoffice-2025-budget-unit.pdf"));
  fs::path cut = write_temp("cut.pdf", real.substr(0, real.size() / 3));
  fs::path junk = write_temp("junk.pdf", "%PDF-1.7\n" + std::string(4096, '\x13') + "\n%%EOF\n");
  for (const fs::path& p : {cut, junk}) {
    std::string e = error_of(p.string());
    // Either poppler refuses it, or what it recovers has no text or no figures: a clear line.
    EXPECT_FALSE(e.empty()) << p;
    EXPECT_NE(e.find(p.string()), std::string::npos) << e;
    fs::remove(p);
  }
}

TEST(Pdf, APageWithoutTextIsAScan) {
  // A one-page PDF that draws nothing: what a scan looks like to a text reader.
  std::string pdf =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
  fs::path p = write_temp("scan.pdf", pdf);
  std::string e = error_of(p.string());
  EXPECT_NE(e.find("no text layer"), std::string::npos) << e;
  EXPECT_NE(e.find("scanned image"), std::string::npos) << e;
  EXPECT_NE(e.find("OCR"), std::string::npos) << e;
  fs::remove(p);
}

// Found by fuzz_pdf: a damaged ToUnicode CMap that poppler reads slowly. It ends, with a model
// or the one-line error of a bad input, and nothing else escapes.
TEST(Pdf, ADamagedCMapFoundByTheFuzzerEnds) {
  try {
    Disclosure d = parse_disclosure_file(source_path("tests/fixtures/fuzz/pdf-mutated-tounicode-cmap.pdf"));
    EXPECT_EQ(d.source.format, "pdf");
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("pdf-mutated-tounicode-cmap.pdf"), std::string::npos);
  }
}

}  // namespace
}  // namespace budgetsite

namespace {
// A PDF of 2 MB or so whose one page's content stream inflates to `inflated` bytes of blanks: a
// decompression bomb, made here, not committed.
void write_bomb_pdf(const std::filesystem::path& file, size_t inflated) {
  std::string compressed;
  z_stream z{};
  deflateInit(&z, 9);
  const std::string chunk(1 << 20, ' ');
  std::string out(1 << 16, '\0');
  for (size_t done = 0; done < inflated; done += chunk.size()) {
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
    z.avail_in = static_cast<uInt>(chunk.size());
    const int flush = done + chunk.size() >= inflated ? Z_FINISH : Z_NO_FLUSH;
    do {
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = static_cast<uInt>(out.size());
      deflate(&z, flush);
      compressed.append(out.data(), out.size() - z.avail_out);
    } while (z.avail_out == 0);
  }
  deflateEnd(&z);
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  auto object = [&](const std::string& body) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  object("<< /Type /Catalog /Pages 2 0 R >>");
  object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
  object("<< /Length " + std::to_string(compressed.size()) + " /Filter /FlateDecode >>\nstream\n" + compressed +
         "\nendstream");
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t o : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
    pdf += line;
  }
  pdf += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  std::ofstream(file, std::ios::binary) << pdf;
}
}  // namespace

// A PDF whose content inflates to 1 GiB is read within the site's budget (limits.pdf_seconds: 2
// here) and refused naming the file and the limit; the rest of the site is built.
TEST(Pdf, ADecompressionBombIsReadWithinItsBudget) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / ("budgetsite-bomb-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "content/disclosures");
  write_bomb_pdf(root / "content/disclosures/bomb-2026-budget.pdf", size_t{1} << 30);
  EXPECT_LT(fs::file_size(root / "content/disclosures/bomb-2026-budget.pdf"), 4u << 20);
  fs::copy_file(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"),
                root / "content/disclosures/shanxi-liulin-2024-budget.txt");
  std::ofstream(root / "site-config.yaml") << "title: 测试\nlimits:\n  pdf_seconds: 2\n  pdf_memory_mb: 512\n";
  fs::copy(source_path("templates"), root / "templates", fs::copy_options::recursive);
  fs::copy(source_path("themes"), root / "themes", fs::copy_options::recursive);
  const std::string command = std::string(BUDGETSITE_BINARY) + " build --quiet --no-cache --config " +
                              (root / "site-config.yaml").string() + " --out " + (root / "public").string() + " 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  std::string log;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) log.append(buffer, n);
  const int status = pclose(pipe);
  EXPECT_EQ(WEXITSTATUS(status), 0) << log;
  EXPECT_NE(log.find("bomb-2026-budget.pdf: reading this PDF"), std::string::npos) << log;
  EXPECT_NE(log.find("limits.pdf_seconds"), std::string::npos) << log;
  EXPECT_TRUE(fs::exists(root / "public/disclosures/shanxi-liulin-2024-budget/index.html"));
  fs::remove_all(root);
}
