// The download forms of the comparisons. JSON: the whole set (the overview and every page's
// data) or one group / execution pair. CSV: one table per group or pair, UTF-8 with a BOM (so
// Excel reads the Chinese), a header row of Chinese labels, RFC 4180 quoting and CRLF line
// ends. Both are deterministic: the same set gives the same bytes.
#pragma once

#include <string>

#include "aggregate/comparisons.h"
#include "aggregate/digest.h"
#include "model/model_json.h"

namespace budgetsite {

Json metrics_json();
Json to_json(const ComparisonSet& set);
// to_json(set).dump(), made one group at a time: a national site's set is tens of MB of text
// and would be ten times that as one JSON tree.
std::string comparisons_json_text(const ComparisonSet& set);
Json to_json(const ComparisonGroup& group);
Json to_json(const ExecutionPair& pair);

std::string to_csv(const ComparisonGroup& group);
std::string to_csv(const ExecutionPair& pair);

// The whole site in one file each: every disclosure's identity, headline figures (万元) and
// check counts. JSON: an array of {id, page, kind, year, entity, summary, errors, warnings},
// `summary` as in model.json. CSV: one line per disclosure, the figures as columns, its fields
// those of aggregate/open_data.h summary_fields().
Json summaries_json(const std::vector<DisclosureDigest>& digests);
std::string summaries_csv(const std::vector<DisclosureDigest>& digests);

// A number as the CSV and JSON give it: rounded at 1e-6, shortest form ("17944.67", "2").
std::string format_number(double value);

}  // namespace budgetsite
