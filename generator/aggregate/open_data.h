// The site's open data described for machines (docs/open-data.md): the CSVs' fields as data
// (one definition, used both to write each CSV's header and to describe it in the data
// package), the tidy per-disclosure figures CSV, and the Frictionless Data Package that lists
// every resource of the site with its Table Schema, licence and sources.
// Holds: a CSV's header is exactly the `name`s of its fields, in order; every cell parses as
// its field's type or is empty (a figure not read is empty, never 0).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aggregate/digest.h"
#include "model/disclosure.h"
#include "model/model_json.h"

namespace budgetsite {

// One column of a published CSV: an English snake_case name (the header), a Table Schema type
// ("string", "integer", "number"), the Chinese label (the schema's title), the unit of its
// figures ("" none) and what it holds.
struct CsvField {
  std::string name, type, title, unit, description;
  std::vector<std::string> values;  // the only values it takes (an enum), when it has such a set
};

const std::vector<CsvField>& summary_fields();  // data/summaries.csv
const std::vector<CsvField>& figure_fields();   // disclosures/<id>/figures.csv
std::vector<std::string> figure_primary_key();

// Every figure of every table of `d`, one per line: the tidy long form, UTF-8 with a BOM and
// CRLF line ends (as every CSV of the site).
std::string figures_csv(const Disclosure& d, const std::string& id);

// What the data package says of one disclosure.
struct PackageMember {
  std::string id;
  std::string title;                    // "柳林县工业和信息化局 2024年 预算"
  std::string source_url;               // the published PDF's address, "" unknown
  std::vector<std::string> originals;   // the PDF copies the site publishes (paths from the root)
  bool model = true;                    // disclosures/<id>/model.json
  bool figures = false;                 // disclosures/<id>/figures.csv
};

struct PackageInfo {
  std::string title, description, base_url;
  std::optional<Json> license;          // {name, path, title}, as the site configures it
  std::string generator;                // "budgetsite 0.1.0"
  bool comparisons = false;             // compare/comparisons.json
};

// datapackage.json (at the site's root: a resource's path may not climb out of its folder).
Json data_package(const PackageInfo& info, const std::vector<PackageMember>& members);

}  // namespace budgetsite
