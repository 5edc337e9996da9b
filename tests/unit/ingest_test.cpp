#include <gtest/gtest.h>
#include <iconv.h>

#include "ingest/source_text.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "test_support.h"

using namespace budgetsite;

namespace {

std::string to_gb18030(const std::string& utf8) {
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  std::string out(utf8.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size(), out_left = out.size();
  char* dst = out.data();
  size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  EXPECT_NE(r, static_cast<size_t>(-1));
  out.resize(out.size() - out_left);
  return out;
}

std::string with_crlf(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

Json model_without_source(const SourceText& text) {
  Json j = to_json(build_disclosure(text));
  j.erase("source");
  return j;
}

const char* kSeeds[] = {"shanxi-liulin-2024-budget", "shanxi-fenyang-2024-budget", "shanxi-xiangyuan-2023-final",
                        "shanxi-shuocheng-2024-final", "shanxi-datong-2024-budget"};

}  // namespace

TEST(Ingest, Gb18030CrlfAndBomCopiesGiveTheSameModel) {
  for (const char* seed : kSeeds) {
    std::string utf8 = read_bytes(source_path(std::string("content/disclosures/") + seed + ".txt"));
    SourceText plain = ingest_bytes(utf8, seed);
    SourceText gb = ingest_bytes(to_gb18030(with_crlf(utf8)), seed);
    SourceText bom = ingest_bytes("\xEF\xBB\xBF" + utf8, seed);
    EXPECT_EQ(plain.encoding, "utf-8");
    EXPECT_EQ(gb.encoding, "gb18030");
    EXPECT_TRUE(bom.had_bom);
    EXPECT_EQ(plain.lines, gb.lines) << seed;
    EXPECT_EQ(plain.lines, bom.lines) << seed;
    Json reference = model_without_source(plain);
    EXPECT_EQ(reference, model_without_source(gb)) << seed;
    EXPECT_EQ(reference, model_without_source(bom)) << seed;
  }
}

TEST(Ingest, NormalizesFullWidthDigitsAndInvisibleSpaces) {
  EXPECT_EQ(normalize_text("１７４６４．０７"), "17464.07");
  EXPECT_EQ(normalize_text("合\u200B计\u00A0１"), "合计 1");
  EXPECT_EQ(normalize_text("９７．３２％"), "97.32%");
  // Prose punctuation is data and stays as printed; U+3000 indentation stays too.
  EXPECT_EQ(normalize_text("政府办公厅（室）"), "政府办公厅（室）");
  EXPECT_EQ(normalize_text("\u3000\u3000项目"), "\u3000\u3000项目");
}

TEST(Ingest, LinesKeepTheirNumbers) {
  SourceText t = ingest_bytes("a\r\nb\n\nc", "x");
  ASSERT_EQ(t.line_count(), 4);
  EXPECT_EQ(t.line(1), "a");
  EXPECT_EQ(t.line(3), "");
  EXPECT_EQ(t.line(4), "c");
  EXPECT_EQ(t.sha256, sha256_hex("a\r\nb\n\nc"));
}
