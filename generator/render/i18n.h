// Stage 7 — the words of the interface in one language: a message catalog, i18n/<language>.yaml
// (docs/i18n.md). Each entry is a Mustache snippet, so a sentence keeps its own word order and
// names its figures: `region.intro: "共有{{departments}}个部门在本站公开预算或决算。"`. Templates
// include an entry as a partial, `{{> t.region.intro}}`, rendered in the template's context.
// Holds: keys are the YAML's nested keys joined by '.'; an entry of an earlier folder wins, so a
// site overrides one entry by giving it in its own i18n/<language>.yaml; every entry is a
// string. Immutable after load.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <string_view>
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
  // A catalog from YAML text (`origin` names it in messages).
  static Catalog parse(const std::string& yaml_text, const std::filesystem::path& origin);

  const std::map<std::string, std::string>& entries() const { return entries_; }
  // The entry, or "" when there is none.
  std::string text(const std::string& key) const;
  // The entry with each {{name}} replaced by its value, as plain text (the page escapes it where
  // it is shown). For entries the generator fills itself, which name no sections.
  std::string format(const std::string& key, std::initializer_list<std::pair<std::string_view, std::string>> values) const;
  // The catalog compiled into budgetsite: i18n/zh.yaml as it was at build time.
  static const Catalog& built_in();
  const std::vector<std::filesystem::path>& files() const { return files_; }  // the files read

 private:
  std::map<std::string, std::string> entries_;
  std::vector<std::filesystem::path> files_;
};

// The words of the interface for this build: set once, before pages are made (the build's
// configure phase), read by the view builders from any thread. Until set: Catalog::built_in().
void set_interface_words(Catalog catalog);
const Catalog& words();

// The folders catalogs are looked up in for a site (the site's i18n/, then budgetsite's).
std::vector<std::filesystem::path> catalog_folders(const std::filesystem::path& site_root,
                                                   const std::vector<std::filesystem::path>& shared_roots);

}  // namespace budgetsite
