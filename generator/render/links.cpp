#include "render/links.h"

#include <algorithm>
#include <set>

#include "aggregate/comparisons.h"

namespace budgetsite {

namespace paths {
std::string disclosure(const std::string& id) { return "disclosures/" + id + "/index.html"; }
std::string disclosure_file(const std::string& id, const std::string& file) { return "disclosures/" + id + "/" + file; }
std::string department(const std::string& slug) { return "departments/" + slug + "/index.html"; }
std::string region(const std::string& slug) { return "regions/" + slug + "/index.html"; }
std::string comparison(const std::string& group_id) { return "compare/" + group_id + "/index.html"; }
std::string comparison_file(const std::string& group_id, const std::string& file) {
  return "compare/" + group_id + "/" + file;
}
std::string content_page(const std::string& slug) { return slug + "/index.html"; }
const std::vector<std::string>& reserved_names() {
  // (Hidden files, .nojekyll and the output marker, cannot be slugs: a slug starts with a-z or 0-9.)
  static const std::vector<std::string> names = {home,     search,        not_found,     "feed.xml", "sitemap.xml", "robots.txt",
                                                 "assets", "compare",     "data",        "departments", "disclosures",
                                                 "regions"};
  return names;
}
}  // namespace paths

std::string root_prefix(const std::string& from) {
  std::string prefix;
  for (char c : from)
    if (c == '/') prefix += "../";
  return prefix;
}

std::string relative_link(const std::string& from, const std::string& to) { return root_prefix(from) + to; }

namespace {

std::string common_dash_prefix(const std::vector<std::string>& slugs) {
  if (slugs.empty()) return "";
  std::string prefix = slugs.front();
  for (const auto& s : slugs) {
    size_t n = 0;
    while (n < prefix.size() && n < s.size() && prefix[n] == s[n]) ++n;
    prefix.resize(n);
  }
  // Cut back to a whole '-' segment shared by all.
  for (const auto& s : slugs)
    if (prefix.size() < s.size() && s[prefix.size()] != '-') {
      const auto dash = prefix.rfind('-');
      prefix = dash == std::string::npos ? "" : prefix.substr(0, dash);
      break;
    }
  return prefix;
}

}  // namespace

SiteLinks::SiteLinks(const std::vector<Published>& disclosures, const std::map<std::string, std::string>& region_slugs) {
  // Departments, in order of entity name.
  std::map<std::string, std::vector<size_t>> by_entity;
  for (size_t i = 0; i < disclosures.size(); ++i) by_entity[disclosures[i].model->entity.name].push_back(i);
  std::map<std::string, std::vector<std::string>> ids_by_entity;
  for (const auto& [name, members] : by_entity)
    for (size_t m : members) ids_by_entity[name].push_back(disclosures[m].id);
  const std::map<std::string, std::string> slugs = department_slugs(ids_by_entity);
  department_of_disclosure_.assign(disclosures.size(), 0);
  for (auto& [name, members] : by_entity) {
    std::sort(members.begin(), members.end(), [&](size_t a, size_t b) {
      const Disclosure& x = *disclosures[a].model;
      const Disclosure& y = *disclosures[b].model;
      if (x.year.value_or(0) != y.year.value_or(0)) return x.year.value_or(0) < y.year.value_or(0);
      if (x.kind != y.kind) return x.kind < y.kind;
      return disclosures[a].id < disclosures[b].id;
    });
    DepartmentEntry entry;
    entry.entity = disclosures[members.front()].model->entity;
    entry.disclosures = members;
    entry.slug = slugs.at(name);
    for (size_t m : members) department_of_disclosure_[m] = departments_.size();
    departments_.push_back(std::move(entry));
  }
  // Regions, in order of name.
  std::map<std::string, std::vector<size_t>> by_region;
  for (size_t d = 0; d < departments_.size(); ++d) by_region[departments_[d].entity.region].push_back(d);
  std::set<std::string> used_regions;
  region_of_department_.assign(departments_.size(), 0);
  for (const auto& [name, members] : by_region) {
    RegionEntry region;
    region.name = name;
    region.departments = members;
    if (auto it = region_slugs.find(name); it != region_slugs.end() && !it->second.empty()) {
      region.slug = it->second;
    } else {
      std::vector<std::string> slugs;
      for (size_t d : members) slugs.push_back(departments_[d].slug);
      region.slug = members.size() == 1 ? slugs.front() : common_dash_prefix(slugs);
      if (region.slug.empty()) region.slug = "region-" + short_hash(name);
    }
    if (used_regions.count(region.slug)) region.slug += "-" + short_hash(name);
    used_regions.insert(region.slug);
    for (size_t d : members) region_of_department_[d] = regions_.size();
    regions_.push_back(std::move(region));
  }
}

const DepartmentEntry& SiteLinks::department_of(size_t disclosure) const {
  return departments_.at(department_of_disclosure_.at(disclosure));
}

const RegionEntry& SiteLinks::region_of_department(size_t department) const {
  return regions_.at(region_of_department_.at(department));
}

const RegionEntry* SiteLinks::region_named(const std::string& name) const {
  for (const auto& r : regions_)
    if (r.name == name) return &r;
  return nullptr;
}

}  // namespace budgetsite
