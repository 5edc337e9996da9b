// The open data's own definitions: the figures CSV (one line per figure, English ids in the
// header, nothing for a figure not read) and the data package (its resources, keys, licence
// and sources). The whole site's files are checked by real validators in tests/data/validate.mjs.
#include <gtest/gtest.h>

#include "aggregate/open_data.h"

using namespace budgetsite;

namespace {

Disclosure hand_made() {
  Disclosure d;
  d.entity.name = "甲县财政局";
  d.entity.region = "甲县";
  d.entity.scope = "department";
  d.year = 2026;
  d.kind = Kind::final_accounts;
  Table t;
  t.id = "overview";
  t.present = true;
  t.columns = {{"amount", "预算数", "income", std::nullopt}, {"total", "合计", "expenditure", std::nullopt}};
  Row income;
  income.line = 12;
  income.page = 3;
  income.side = "income";
  income.name = "一、一般公共预算,拨款";
  income.values = {26661.064552, std::nullopt};
  Row expenditure = income;
  expenditure.side = "expenditure";
  expenditure.code = "201";
  expenditure.name = "一般公共服务支出";
  expenditure.values = {std::nullopt, std::nullopt};  // not read: no line
  t.rows = {income, expenditure};
  d.tables = {t};
  return d;
}

}  // namespace

TEST(OpenData, TheFiguresCsvHasOneLinePerFigureReadAndTheFieldsAsHeader) {
  const std::string csv = figures_csv(hand_made(), "jia-2026-final");
  std::string header;
  for (const auto& f : figure_fields()) header += (header.empty() ? "" : ",") + f.name;
  EXPECT_EQ(csv, "\xEF\xBB\xBF" + header + "\r\n" +
                     "jia-2026-final,甲县财政局,甲县,2026,final,overview,1,12,3,income,,\"一、一般公共预算,拨款\",,amount,"
                     "预算数,26661.064552,万元\r\n");
  EXPECT_EQ(header,
            "disclosure_id,entity,region,year,kind,table_id,row,line,page,side,code,name,economic_name,column_key,column,value,unit");
  for (const auto& key : figure_primary_key())
    EXPECT_TRUE(std::any_of(figure_fields().begin(), figure_fields().end(), [&](const CsvField& f) { return f.name == key; }));
}

TEST(OpenData, ThePackageListsEveryResourceWithItsKeysLicenceAndSources) {
  PackageInfo info;
  info.title = "甲县预决算公开";
  info.base_url = "https://Example.org/jia/";
  info.license = Json{{"name", "CC-BY-4.0"}, {"path", "https://creativecommons.org/licenses/by/4.0/"}};
  info.comparisons = true;
  PackageMember with_url{"jia-2026-final", "甲县财政局 2026年 决算", "https://jia.gov.cn/a.pdf",
                         {"disclosures/jia-2026-final/original.pdf"}, true, true};
  PackageMember copy_only{"yi-2026-budget", "乙县财政局 2026年 预算", "", {"disclosures/yi-2026-budget/original.pdf"}, true, false};
  const Json p = data_package(info, {with_url, copy_only});
  EXPECT_EQ(p["name"], "example.org-jia");
  EXPECT_EQ(p["licenses"][0]["name"], "CC-BY-4.0");
  ASSERT_EQ(p["sources"].size(), 2u);
  EXPECT_EQ(p["sources"][0]["path"], "https://jia.gov.cn/a.pdf");         // the published PDF's address
  EXPECT_EQ(p["sources"][1]["path"], "disclosures/yi-2026-budget/original.pdf");  // else the copy
  std::vector<std::string> names;
  for (const auto& r : p["resources"]) names.push_back(r["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"summaries", "figures", "summaries-json", "comparisons", "model-jia-2026-final",
                                             "model-yi-2026-budget"}));
  const Json& figures = p["resources"][1];
  EXPECT_EQ(figures["path"], Json::array({"disclosures/jia-2026-final/figures.csv"}));  // only those published
  EXPECT_EQ(figures["schema"]["foreignKeys"][0]["reference"]["resource"], "summaries");
  EXPECT_EQ(p["resources"][0]["schema"]["primaryKey"], Json::array({"id"}));
  EXPECT_EQ(p["resources"][0]["schema"]["fields"].size(), summary_fields().size());
  // No licence configured: none claimed.
  info.license.reset();
  EXPECT_FALSE(data_package(info, {copy_only}).contains("licenses"));
}
