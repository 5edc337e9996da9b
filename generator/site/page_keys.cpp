#include "site/page_keys.h"

#include <algorithm>

#include "cache/build_cache.h"
#include "common/files.h"

namespace budgetsite {

namespace fs = std::filesystem;

namespace {

// Every file under the folders, by path, with its bytes' hash.
std::string folders_key(const std::vector<fs::path>& folders) {
  std::vector<std::string> parts;
  for (const auto& folder : folders) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) continue;
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec))
      if (it->is_regular_file(ec)) files.push_back(it->path());
    std::sort(files.begin(), files.end());
    parts.push_back(folder.string());
    for (const auto& f : files) {
      parts.push_back(fs::relative(f, folder).generic_string());
      parts.push_back(file_sha256(f));
    }
  }
  return combine_key(std::vector<std::string_view>(parts.begin(), parts.end()));
}

std::string meta_key(const DisclosureMeta& meta) {
  std::vector<std::string_view> parts{meta.source_url, meta.published, meta.extracted_from};
  for (const auto& p : meta.parts) parts.push_back(p);
  return combine_key(parts);
}

std::string config_key(const SiteConfig& config) {
  return combine_key({"config", read_file(config.file), config.content_dir.string(), config.output_dir.string()});
}

}  // namespace

std::string parse_key(const DisclosureSource& source, const SiteConfig& config, const std::string& generator) {
  std::vector<std::string> parts{"parse 1", generator, config_key(config), source.id,
                                 fs::relative(source.text, config.content_dir).generic_string(), file_sha256(source.text)};
  for (const auto& p : source.parts) parts.push_back(file_sha256(p));
  parts.push_back("originals");
  parts.push_back(source.original.empty() ? "" : file_sha256(source.original));
  for (const auto& p : source.part_originals) parts.push_back(p.empty() ? "" : file_sha256(p));
  return combine_key(std::vector<std::string_view>(parts.begin(), parts.end()));
}

std::string render_key(const std::string& generator, const SiteConfig& config, const std::vector<fs::path>& template_folders,
                       const fs::path& theme_folder, const SiteInfo& info) {
  std::vector<fs::path> folders = template_folders;
  folders.push_back(theme_folder);
  std::vector<std::string> parts{"render 1", generator, config_key(config), folders_key(folders),
                                 info.title, info.description, info.language, info.base_url, info.generator};
  for (const auto& item : info.nav) {
    parts.push_back(item.label);
    parts.push_back(item.path);
  }
  return combine_key(std::vector<std::string_view>(parts.begin(), parts.end()));
}

std::string structure_key(const std::vector<std::string>& disclosure_ids, const SiteLinks& links,
                          const std::string& comparison_links) {
  std::vector<std::string> parts{"structure 1", comparison_links};
  for (const auto& id : disclosure_ids) parts.push_back(id);
  for (const auto& d : links.departments()) {
    for (const std::string* s : {&d.slug, &d.entity.name, &d.entity.raw_name, &d.entity.region,
                                 &d.entity.department_type, &d.entity.scope})
      parts.push_back(*s);
    for (size_t i : d.disclosures) parts.push_back(std::to_string(i));
  }
  for (const auto& r : links.regions()) {
    parts.push_back(r.slug);
    parts.push_back(r.name);
    for (size_t i : r.departments) parts.push_back(std::to_string(i));
  }
  return combine_key(std::vector<std::string_view>(parts.begin(), parts.end()));
}

std::string disclosure_page_key(const std::string& render, const std::string& parse, const DisclosureMeta& meta,
                                const DepartmentEntry& department, const RegionEntry* region) {
  return combine_key({"disclosure page 1", render, parse, meta_key(meta), department.slug, region ? region->slug : "",
                      region ? region->name : ""});
}

std::string listing_page_key(const std::string& render, const std::string& structure, const std::string& page,
                             const std::vector<std::string>& member_parse_keys,
                             const std::vector<const DisclosureMeta*>& member_meta) {
  std::vector<std::string> parts{"listing page 1", render, structure, page};
  for (const auto& k : member_parse_keys) parts.push_back(k);
  for (const auto* m : member_meta) parts.push_back(meta_key(*m));
  return combine_key(std::vector<std::string_view>(parts.begin(), parts.end()));
}

std::string comparison_page_key(const std::string& render, const std::string& structure, const std::string& id,
                                const std::vector<std::string>& member_parse_keys) {
  std::vector<std::string> parts{"comparison 1", render, structure, id};
  for (const auto& k : member_parse_keys) parts.push_back(k);
  return combine_key(std::vector<std::string_view>(parts.begin(), parts.end()));
}

}  // namespace budgetsite
