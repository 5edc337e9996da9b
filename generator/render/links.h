// Stage 7 — where every page of the site lives and how pages link to each other. Paths are
// relative to the site root and always name a file ("regions/x/index.html"), never a folder,
// so links work from disk (file://) as well as on any host and under any base path. A link is
// written relative to the page it appears on: relative_link("a/b/index.html", "c.html") is
// "../../c.html". SiteLinks assigns every department and region a stable ASCII slug.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/disclosure.h"

namespace budgetsite {

namespace paths {
inline const std::string home = "index.html";
inline const std::string search = "search.html";
inline const std::string not_found = "404.html";
inline const std::string comparisons = "compare/index.html";
std::string disclosure(const std::string& id);
std::string disclosure_file(const std::string& id, const std::string& file);  // model.json, tables/x.csv
std::string department(const std::string& slug);
std::string region(const std::string& slug);
std::string comparison(const std::string& group_id);
std::string comparison_file(const std::string& group_id, const std::string& file);
std::string content_page(const std::string& slug);
// The names the build writes at the top of the site (files and folders): a content page whose
// slug is one of them would collide with the build's own output, so it is not published.
const std::vector<std::string>& reserved_names();
}  // namespace paths

// "../" once per folder of `from` (the page the link appears on).
std::string root_prefix(const std::string& from);
std::string relative_link(const std::string& from, const std::string& to);

// One department (entity) and the disclosures it published, oldest year first.
struct DepartmentEntry {
  std::string slug;
  Entity entity;
  std::vector<size_t> disclosures;  // indexes into the site's disclosure list
};

struct RegionEntry {
  std::string slug;
  std::string name;
  std::vector<size_t> departments;  // indexes into SiteLinks::departments()
};

// The site's entities and regions. Built once from every published disclosure (id + model);
// deterministic for the same input. Department slug: the disclosure ids' common stem before
// the year ("shanxi-liulin-2024-budget" → "shanxi-liulin"); region slug: the configured one,
// else the common '-' prefix of its departments' slugs, else "region-" + a short hash.
class SiteLinks {
 public:
  struct Published {
    std::string id;
    const Disclosure* model;
  };
  SiteLinks(const std::vector<Published>& disclosures, const std::map<std::string, std::string>& region_slugs);

  const std::vector<DepartmentEntry>& departments() const { return departments_; }
  const std::vector<RegionEntry>& regions() const { return regions_; }
  const DepartmentEntry& department_of(size_t disclosure) const;
  const RegionEntry& region_of_department(size_t department) const;
  const RegionEntry* region_named(const std::string& name) const;

 private:
  std::vector<DepartmentEntry> departments_;
  std::vector<RegionEntry> regions_;
  std::vector<size_t> department_of_disclosure_;
  std::vector<size_t> region_of_department_;
};

}  // namespace budgetsite
