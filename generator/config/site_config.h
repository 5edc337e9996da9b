// Stage 6 — the site's configuration (site-config.yaml, docs/configuration.md). Takes: the
// YAML file. Gives: a SiteConfig whose paths are absolute (resolved against the file's
// folder) and whose every value has been type-checked. Any unknown key or wrong type is a
// ConfigError naming the file, the line and the key's path ("regions.柳林县.level"); all
// problems of a file are reported together.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "aggregate/comparisons.h"
#include "content/content.h"

namespace budgetsite {

struct ConfigError : std::runtime_error {
  explicit ConfigError(std::vector<std::string> problems);
  std::vector<std::string> problems;  // "file:line: key.path: what was expected"
};

struct RegionConfig {
  RegionInfo info;
  std::string slug;                   // page folder; derived from the disclosures' ids when empty
};

// What each disclosure's folder offers besides its page and model.json (docs/configuration.md
// §3.5): a large site leaves out what it does not need, to stay within a host's size limit.
struct DownloadSettings {
  enum class Originals { include, link, omit };
  Originals originals = Originals::include;  // the published PDFs: copied, linked at source_url, or left out
  // source.txt and figures.csv repeat what model.json, the tables' CSVs and the original hold,
  // at about half a disclosure's bytes: a site asks for them (docs/performance.md, output size).
  bool source_text = false;                  // source.txt
  bool table_csv = true;                     // tables/<id>.csv
  bool figures_csv = false;                  // figures.csv, every figure in long form (the data package's `figures`)
};

// The licence of the site's data (datapackage.json `licenses`): an Open Definition / SPDX id
// (CC-BY-4.0, ODC-PDDL-1.0 …), its title and the address of its text.
struct DataLicense {
  std::string name, title, path;
};

struct SiteConfig {
  std::filesystem::path file;         // the configuration file itself
  std::filesystem::path root;         // its folder: templates/ and themes/ are found here
  std::string title = "部门预决算公开";
  std::string description;
  std::string base_url;               // "" or absolute URL ending in '/'
  std::string language = "zh-CN";
  std::string theme = "default";
  std::optional<DataLicense> data_license;  // data_license: none unless the site names one
  std::filesystem::path content_dir;  // absolute
  std::filesystem::path output_dir;   // absolute
  bool markdown_unsafe_html = false;
  bool content_links_outside = false;  // content.follow_links_outside: publish symlinks leading out
  std::map<std::string, RegionConfig> regions;          // by region name as in entity.region
  std::map<std::string, DisclosureMeta> disclosures;    // by disclosure id; overrides sidecars
  ComparisonSettings comparisons;
  DownloadSettings downloads;
  int pdf_seconds = 60;        // limits.pdf_seconds: reading one PDF, wall-clock
  unsigned pdf_memory_mb = 2048;  // limits.pdf_memory_mb: the memory reading one PDF may take
};

// Throws ConfigError (also for a missing or unreadable file).
SiteConfig load_site_config(const std::filesystem::path& file);
SiteConfig parse_site_config(const std::string& yaml_text, const std::filesystem::path& file);

}  // namespace budgetsite
