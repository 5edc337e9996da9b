#include "site/published.h"

#include "model/model_codec.h"
#include "model/parse.h"
#include "validate/validate.h"

namespace budgetsite {

namespace fs = std::filesystem;

ParsedInput parse_input(const DisclosureSource& source, const fs::path& content_dir) {
  std::vector<SourceText> parts;
  parts.push_back(ingest_file(source.text.string()));
  for (const auto& part : source.parts) parts.push_back(ingest_file(part.string()));
  ParsedInput parsed;
  for (const auto& part : parts) parsed.part_pages.push_back(part.page_count);
  const SourceText text = join_parts(std::move(parts));
  parsed.model = build_disclosure(text);
  // Where the text lives on the build machine is not part of the site: keep the path
  // inside the content folder, so builds from any checkout are identical.
  parsed.model.source.file = fs::relative(source.text, content_dir).generic_string();
  validate(parsed.model);
  size_t size = 0;
  for (const auto& line : text.lines) size += line.size() + 1;
  parsed.source_text.reserve(size);
  for (const auto& line : text.lines) parsed.source_text.append(line).push_back('\n');
  return parsed;
}

PublishedDisclosure publish(const DisclosureSource& source, const SiteConfig& config, Disclosure model,
                            const std::vector<int>& part_pages, std::string source_text) {
  PublishedDisclosure p;
  p.id = source.id;
  p.model = std::move(model);
  p.meta = source.meta;
  if (auto it = config.disclosures.find(source.id); it != config.disclosures.end()) {
    if (!it->second.source_url.empty()) p.meta.source_url = it->second.source_url;
    if (!it->second.published.empty()) p.meta.published = it->second.published;
  }
  std::vector<int> first_pages;
  int next_page = 1;
  for (int pages : part_pages) {
    first_pages.push_back(next_page);
    next_page += pages;
  }
  first_pages.resize(source.parts.size() + 1, next_page);
  // The published PDFs, offered as they are (original.pdf, original-2.pdf …), copied when
  // the site is written; or linked at their source_url; or left out (config `downloads:`).
  using Originals = DownloadSettings::Originals;
  if (config.downloads.originals == Originals::include) {
    if (!source.original.empty()) {
      p.originals.push_back(source.original);
      p.original_first_pages.push_back(first_pages[0]);
    }
    for (size_t k = 0; k < source.part_originals.size(); ++k) {
      if (source.part_originals[k].empty()) continue;
      p.originals.push_back(source.part_originals[k]);
      p.original_first_pages.push_back(first_pages[k + 1]);
    }
  } else if (config.downloads.originals == Originals::link && !source.original.empty() && source.parts.empty()) {
    p.originals_link = p.meta.source_url;
  }
  p.offers_source_text = config.downloads.source_text;
  p.offers_table_csv = config.downloads.table_csv;
  p.offers_figures_csv = config.downloads.figures_csv;
  if (p.offers_source_text) p.source_text = std::move(source_text);
  return p;
}

Disclosure headline(const Disclosure& d) {
  Disclosure h;
  h.schema_version = d.schema_version;
  h.source = d.source;
  h.template_id = d.template_id;
  h.kind = d.kind;
  h.year = d.year;
  h.entity = d.entity;
  h.unit = d.unit;
  h.summary = d.summary;
  h.proof = d.proof;
  h.checks.reserve(d.checks.size());
  for (const auto& c : d.checks) {
    if (c.severity == "error") {
      h.checks.push_back(c);
      continue;
    }
    Check kept;
    kept.id = c.id;
    kept.severity = c.severity;
    h.checks.push_back(std::move(kept));
  }
  return h;
}

namespace {

nlohmann::json search_json(const std::vector<SearchEntry>& entries) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& e : entries) j.push_back({e.title, e.category, e.path, e.detail, e.keywords});
  return j;
}

std::vector<SearchEntry> search_from_json(const nlohmann::json& j) {
  std::vector<SearchEntry> entries;
  for (const auto& e : j)
    entries.push_back({e.at(0).get<std::string>(), e.at(1).get<std::string>(), e.at(2).get<std::string>(),
                       e.at(3).get<std::string>(), e.at(4).get<std::vector<std::string>>()});
  return entries;
}

}  // namespace

void store_model(const BuildCache& cache, const std::string& key, const ParsedInput& parsed) {
  cache.put(key, "model",
            encode_model(parsed.model, {{"part_pages", parsed.part_pages}, {"source_text", parsed.source_text}}));
}

void store_head(const BuildCache& cache, const std::string& key, const Disclosure& model,
                const std::vector<SearchEntry>& search, const std::vector<int>& part_pages) {
  cache.put(key, "head", encode_model(headline(model), {{"part_pages", part_pages}, {"search", search_json(search)}}));
}

std::optional<ParsedInput> load_model(const BuildCache& cache, const std::string& key) {
  const std::optional<std::string> bytes = cache.get(key, "model");
  if (!bytes) return std::nullopt;
  try {
    ParsedInput parsed;
    nlohmann::json extra;
    parsed.model = decode_model(*bytes, &extra);
    parsed.part_pages = extra.at("part_pages").get<std::vector<int>>();
    parsed.source_text = extra.at("source_text").get<std::string>();
    return parsed;
  } catch (const std::exception&) {  // intact bytes of another form: not this generator's
    return std::nullopt;
  }
}

std::optional<CachedHead> load_head(const BuildCache& cache, const std::string& key) {
  const std::optional<std::string> bytes = cache.get(key, "head");
  if (!bytes) return std::nullopt;
  try {
    CachedHead head;
    nlohmann::json extra;
    head.headline = decode_model(*bytes, &extra);
    head.part_pages = extra.at("part_pages").get<std::vector<int>>();
    head.search = search_from_json(extra.at("search"));
    return head;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace budgetsite
