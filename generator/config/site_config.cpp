#include "config/site_config.h"

#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <yaml-cpp/yaml.h>

namespace budgetsite {

namespace fs = std::filesystem;

ConfigError::ConfigError(std::vector<std::string> list)
    : std::runtime_error(list.empty() ? "invalid configuration" : list.front()), problems(std::move(list)) {}

namespace {

// Walks the YAML tree with the schema in code: each reader names the keys it accepts.
class Reader {
 public:
  explicit Reader(const fs::path& file) : file_(file) {}

  void problem(const YAML::Node& node, const std::string& path, const std::string& what) {
    problems_.push_back(file_.string() + ":" + std::to_string(node.Mark().line + 1) + ": " + path + ": " + what);
  }

  // Each key of `map` must be one of `known`; calls `read(key, value, path)` for each.
  void map(const YAML::Node& node, const std::string& path, const std::set<std::string>& known,
           const std::function<void(const std::string&, const YAML::Node&, const std::string&)>& read) {
    if (!node.IsMap()) {
      problem(node, path.empty() ? "(top level)" : path, "expected a map of keys");
      return;
    }
    for (const auto& item : node) {
      const std::string key = item.first.Scalar();
      const std::string key_path = path.empty() ? key : path + "." + key;
      if (!known.empty() && !known.count(key)) {
        std::string expected;
        for (const auto& k : known) expected += (expected.empty() ? "" : ", ") + k;
        problem(item.first, key_path, "unknown key (expected one of: " + expected + ")");
        continue;
      }
      read(key, item.second, key_path);
    }
  }

  void text(const YAML::Node& node, const std::string& path, std::string& out) {
    if (node.IsNull()) { out.clear(); return; }
    if (!node.IsScalar()) { problem(node, path, "expected a text value"); return; }
    out = node.Scalar();
  }

  void boolean(const YAML::Node& node, const std::string& path, bool& out) {
    try { out = node.as<bool>(); } catch (const YAML::Exception&) { problem(node, path, "expected true or false"); }
  }

  template <typename Number>
  std::optional<Number> number(const YAML::Node& node, const std::string& path) {
    if (node.IsNull()) return std::nullopt;
    try { return node.as<Number>(); } catch (const YAML::Exception&) {
      problem(node, path, "expected a number");
      return std::nullopt;
    }
  }

  void text_list(const YAML::Node& node, const std::string& path, std::vector<std::string>& out) {
    if (node.IsNull()) return;
    if (!node.IsSequence()) { problem(node, path, "expected a list"); return; }
    for (size_t i = 0; i < node.size(); ++i) {
      std::string value;
      text(node[i], path + "[" + std::to_string(i) + "]", value);
      if (!value.empty()) out.push_back(value);
    }
  }

  std::vector<std::string> take() { return std::move(problems_); }

 private:
  fs::path file_;
  std::vector<std::string> problems_;
};

const std::set<std::string> kLevels = {"province", "prefecture", "county", "county_city", "district"};

}  // namespace

SiteConfig parse_site_config(const std::string& yaml_text, const fs::path& file) {
  SiteConfig config;
  config.file = fs::absolute(file);
  config.root = config.file.parent_path();
  std::string content_dir = "content", output_dir = "public";
  Reader r(file);
  YAML::Node root;
  try {
    root = YAML::Load(yaml_text);
  } catch (const YAML::Exception& e) {
    throw ConfigError({file.string() + ":" + std::to_string(e.mark.line + 1) + ": invalid YAML: " + e.msg});
  }
  if (root.IsNull()) root = YAML::Node(YAML::NodeType::Map);
  r.map(root, "", {"title", "description", "base_url", "language", "theme", "content_dir", "output_dir", "markdown",
                   "content", "regions", "disclosures", "comparisons", "downloads", "limits", "data_license"},
        [&](const std::string& key, const YAML::Node& value, const std::string& path) {
          if (key == "title") r.text(value, path, config.title);
          else if (key == "description") r.text(value, path, config.description);
          else if (key == "base_url") {
            r.text(value, path, config.base_url);
            if (!config.base_url.empty()) {
              if (!config.base_url.starts_with("http://") && !config.base_url.starts_with("https://"))
                r.problem(value, path, "expected an absolute URL (https://…) or nothing");
              else if (!config.base_url.ends_with("/")) config.base_url += "/";
            }
          } else if (key == "language") r.text(value, path, config.language);
          else if (key == "theme") r.text(value, path, config.theme);
          else if (key == "content_dir") r.text(value, path, content_dir);
          else if (key == "output_dir") r.text(value, path, output_dir);
          else if (key == "data_license") {
            DataLicense license;
            r.map(value, path, {"name", "title", "path"}, [&](const std::string& k, const YAML::Node& v, const std::string& p) {
              std::string& field = k == "name" ? license.name : k == "title" ? license.title : license.path;
              r.text(v, p, field);
              if (k == "name" && !field.empty() &&
                  field.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._") != std::string::npos)
                r.problem(v, p, "expected a licence identifier (letters, digits, '-', '.', '_'), such as CC-BY-4.0");
            });
            if (value.IsMap()) {
              if (license.name.empty() && license.path.empty()) r.problem(value, path, "expected a name or a path");
              else config.data_license = license;
            }
          } else if (key == "markdown")
            r.map(value, path, {"unsafe_html"}, [&](const std::string&, const YAML::Node& v, const std::string& p) {
              r.boolean(v, p, config.markdown_unsafe_html);
            });
          else if (key == "downloads")
            r.map(value, path, {"originals", "source_text", "table_csv", "figures_csv", "data_csv"},
                  [&](const std::string& k, const YAML::Node& v, const std::string& p) {
                    std::string choice;
                    r.text(v, p, choice);
                    if (!v.IsScalar()) return;
                    const bool include = choice == "include", omit = choice == "omit";
                    if (k == "originals") {
                      if (include) config.downloads.originals = DownloadSettings::Originals::include;
                      else if (omit) config.downloads.originals = DownloadSettings::Originals::omit;
                      else if (choice == "link") config.downloads.originals = DownloadSettings::Originals::link;
                      else r.problem(v, p, "expected include, link or omit");
                      return;
                    }
                    if (!include && !omit) { r.problem(v, p, "expected include or omit"); return; }
                    (k == "source_text" ? config.downloads.source_text
                     : k == "table_csv" ? config.downloads.table_csv
                                        : config.downloads.figures_csv) = include;  // data_csv: its former name
                  });
          else if (key == "limits")
            r.map(value, path, {"pdf_seconds", "pdf_memory_mb"}, [&](const std::string& k, const YAML::Node& v, const std::string& p) {
              const auto n = r.number<long long>(v, p);
              if (!n) return;
              if (k == "pdf_seconds") {
                if (*n < 1 || *n > 3600) r.problem(v, p, "expected a number of seconds from 1 to 3600");
                else config.pdf_seconds = static_cast<int>(*n);
              } else {
                if (*n < 64 || *n > 65536) r.problem(v, p, "expected a number of megabytes from 64 to 65536");
                else config.pdf_memory_mb = static_cast<unsigned>(*n);
              }
            });
          else if (key == "content")
            r.map(value, path, {"follow_links_outside"}, [&](const std::string&, const YAML::Node& v, const std::string& p) {
              r.boolean(v, p, config.content_links_outside);
            });
          else if (key == "regions")
            r.map(value, path, {}, [&](const std::string& name, const YAML::Node& v, const std::string& p) {
              RegionConfig region;
              region.info.name = name;
              if (v.IsNull()) { config.regions[name] = region; return; }
              r.map(v, p, {"slug", "full_name", "parent", "province", "level", "population"},
                    [&](const std::string& k, const YAML::Node& f, const std::string& fp) {
                      if (k == "slug") {
                        r.text(f, fp, region.slug);
                        if (!region.slug.empty() && !is_url_safe_id(region.slug))
                          r.problem(f, fp, "expected a-z, 0-9, '-', '_' or '.' only");
                      } else if (k == "full_name") r.text(f, fp, region.info.full_name);
                      else if (k == "parent") r.text(f, fp, region.info.parent);
                      else if (k == "province") r.text(f, fp, region.info.province);
                      else if (k == "level") {
                        r.text(f, fp, region.info.level);
                        if (!region.info.level.empty() && !kLevels.count(region.info.level))
                          r.problem(f, fp, "expected one of province, prefecture, county, county_city, district");
                      } else if (k == "population") {
                        region.info.population = r.number<double>(f, fp);
                        if (region.info.population && *region.info.population <= 0)
                          r.problem(f, fp, "expected a positive number of inhabitants");
                      }
                    });
              config.regions[name] = region;
            });
          else if (key == "disclosures")
            r.map(value, path, {}, [&](const std::string& id, const YAML::Node& v, const std::string& p) {
              DisclosureMeta meta;
              r.map(v, p, {"source_url", "published"}, [&](const std::string& k, const YAML::Node& f, const std::string& fp) {
                if (k == "source_url") {
                  r.text(f, fp, meta.source_url);
                  if (!meta.source_url.empty() && !meta.source_url.starts_with("http://") && !meta.source_url.starts_with("https://"))
                    r.problem(f, fp, "expected an absolute URL (https://…)");
                } else {
                  r.text(f, fp, meta.published);
                  if (!meta.published.empty() && !is_iso_date(meta.published)) r.problem(f, fp, "expected a date YYYY-MM-DD");
                }
              });
              config.disclosures[id] = meta;
            });
          else if (key == "comparisons")
            r.map(value, path, {"groups", "exclude"}, [&](const std::string& k, const YAML::Node& v, const std::string& p) {
              if (k == "exclude") { r.text_list(v, p, config.comparisons.exclude); return; }
              if (!v.IsSequence()) { r.problem(v, p, "expected a list of groups"); return; }
              for (size_t i = 0; i < v.size(); ++i) {
                CustomGroup group;
                bool id_reported = false;  // a bad id is named once, not again as a missing one
                const std::string gp = p + "[" + std::to_string(i) + "]";
                r.map(v[i], gp, {"id", "title", "kind", "year", "entities"},
                      [&](const std::string& gk, const YAML::Node& f, const std::string& fp) {
                        if (gk == "id") {
                          r.text(f, fp, group.id);
                          if (!is_url_safe_id(group.id)) {
                            r.problem(f, fp, "expected a-z, 0-9, '-', '_' or '.' only");
                            id_reported = true;
                          }
                        } else if (gk == "title") r.text(f, fp, group.title);
                        else if (gk == "kind") {
                          std::string kind;
                          r.text(f, fp, kind);
                          if (kind == "budget") group.kind = Kind::budget;
                          else if (kind == "final") group.kind = Kind::final_accounts;
                          else r.problem(f, fp, "expected budget or final");
                        } else if (gk == "year") group.year = r.number<int>(f, fp);
                        else if (gk == "entities") r.text_list(f, fp, group.entities);
                      });
                if (id_reported) continue;
                if (group.id.empty() || group.entities.empty())
                  r.problem(v[i], gp, "a group needs an 'id' and a list of 'entities'");
                else config.comparisons.groups.push_back(group);
              }
            });
        });
  config.content_dir = (config.root / content_dir).lexically_normal();
  config.output_dir = (config.root / output_dir).lexically_normal();
  if (auto problems = r.take(); !problems.empty()) throw ConfigError(problems);
  return config;
}

SiteConfig load_site_config(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ConfigError({file.string() + ": cannot read the configuration file"});
  std::ostringstream text;
  text << in.rdbuf();
  return parse_site_config(text.str(), file);
}

}  // namespace budgetsite
