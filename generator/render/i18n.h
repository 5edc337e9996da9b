// Stage 7 — the words of the interface in one language: a message catalog, i18n/<language>.yaml
// (docs/i18n.md). Each entry is a Mustache snippet, so a sentence keeps its own word order and
// names its figures: `region.intro: "共有{{departments}}个部门在本站公开预算或决算。"`. Templates
// include an entry as a partial, `{{> t.region.intro}}`, rendered in the template's context.
// Holds: keys are the YAML's nested keys joined by '.'; an entry of an earlier folder wins, so a
// site overrides one entry by giving it in its own i18n/<language>.yaml; every entry is a
// string. Immutable after load.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace budgetsite {

class Catalog {
 public:
  // The catalog of `language` ("zh-CN": the file zh-CN.yaml, else zh.yaml; "en": en.yaml)
  // merged from `folders` in order. Throws TemplateError naming the file and line of a bad
  // entry, or the folders looked in when no folder has the language.
  static Catalog load(const std::vector<std::filesystem::path>& folders, const std::string& language);

  const std::map<std::string, std::string>& entries() const { return entries_; }
  // The entry, or "" when there is none.
  std::string text(const std::string& key) const;
  const std::vector<std::filesystem::path>& files() const { return files_; }  // the files read

 private:
  std::map<std::string, std::string> entries_;
  std::vector<std::filesystem::path> files_;
};

// The folders catalogs are looked up in for a site (the site's i18n/, then budgetsite's).
std::vector<std::filesystem::path> catalog_folders(const std::filesystem::path& site_root,
                                                   const std::vector<std::filesystem::path>& shared_roots);

}  // namespace budgetsite
