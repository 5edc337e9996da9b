// Stage 0 — what a site publishes: the disclosures of `content/disclosures/` (each `NAME.pdf`
// and/or `NAME.txt` — one disclosure when they share a stem — with an optional `NAME.yaml`
// sidecar, which may name further files of the same publication in `parts:`) and the Markdown pages of `content/pages/` (YAML front
// matter between `---` lines, then the body). Takes: the content folder. Gives: the inputs in
// name order, and one problem per file that could not be used (file, line, what was expected);
// a problem never stops the scan of the other files. Reads no disclosure text (that is ingest's).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace budgetsite {

struct ContentProblem {
  std::string file;
  int line = 0;
  std::string message;
};

// Metadata a disclosure's text does not carry.
struct DisclosureMeta {
  std::string source_url;    // where the published PDF is
  std::string published;     // YYYY-MM-DD
  std::string extracted_from;
  std::vector<std::string> parts;  // further files of one publication (情况说明 + 报表), by file name
};

struct DisclosureSource {
  std::string id;            // the file stem: the page's folder name, ASCII letters, digits, '-'
  std::filesystem::path text;      // what is parsed: the .txt when there is one, else the .pdf
  std::filesystem::path original;  // the published PDF, when present
  std::vector<std::filesystem::path> parts;          // further files parsed after `text`
  std::vector<std::filesystem::path> part_originals; // their PDFs, one per part (empty: none)
  DisclosureMeta meta;
};

struct ContentPage {
  std::string slug;          // output folder: `<slug>/index.html`
  std::string title;
  std::string description;
  int weight = 0;            // navigation order (smaller first)
  bool in_nav = true;
  std::string markdown;
  std::filesystem::path file;
  int body_line = 1;         // line of the file where the body starts
};

struct ContentSet {
  std::vector<DisclosureSource> disclosures;
  std::vector<ContentPage> pages;
  std::vector<ContentProblem> problems;  // files meant as content that could not be used
  std::vector<ContentProblem> ignored;   // files left out on purpose, each named: a disclosure
                                         // outside disclosures/, a symlink leading out of the folder
};

// A symlink whose target lies outside `content_dir` is left out (and named) unless
// `follow_links_outside`: a build publishes only what the content folder holds.
ContentSet scan_content(const std::filesystem::path& content_dir, bool follow_links_outside = false);

// Parses one Markdown page with front matter (exposed for tests). Returns nullopt and adds a
// problem when the front matter is missing or invalid.
std::optional<ContentPage> read_content_page(const std::filesystem::path& file, const std::string& text,
                                             std::vector<ContentProblem>& problems);

// Parses a disclosure's sidecar (`NAME.yaml`, the text of `file`). Returns nullopt and adds a
// problem when it is not a map of the known keys.
std::optional<DisclosureMeta> read_sidecar(const std::filesystem::path& file, const std::string& text,
                                           std::vector<ContentProblem>& problems);

// A calendar date written YYYY-MM-DD (month 1–12, day 1–31).
bool is_iso_date(const std::string& text);

// True for ids usable as a URL path segment without escaping: [a-z0-9][a-z0-9._-]*.
bool is_url_safe_id(const std::string& id);

}  // namespace budgetsite
