// A message catalog: the words of one language, i18n/<language>.yaml (docs/i18n.md). Each entry
// is a Mustache snippet, so a sentence keeps its own word order and names its figures:
// `region.intro: "共有{{departments}}个部门在本站公开预算或决算。"`. Templates include an entry as
// a partial (`{{> t.region.intro}}`); the pipeline keeps what it has to say as Wordings (a key
// and its arguments) and a catalog words them when a page is made.
// Holds: keys are the YAML's nested keys joined by '.'; an entry of an earlier folder wins, so a
// site overrides one entry by giving it in its own i18n/<language>.yaml; every entry is a
// string. Immutable after load.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace budgetsite {

struct CatalogError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Something to say, in no language yet: the catalog entry that says it and the values it names.
// Arguments are JSON: a string is shown as it is (a name or title as printed, a figure already
// written as digits); an integer as digits; an object {"key", "args"} as that wording (with
// "else": that string where the catalog has no such entry, for names a language may give); an array
// as a list joined by `list.separator`, or an object {"items", "separator", "each"} as a list
// joined by the entry `separator`, each string item worded by the entry `each` ({{item}}, e.g.
// `list.quote`). A list of integers (lines) shows its first six, then `list.more`.
struct Wording {
  std::string key;
  nlohmann::json args = nlohmann::json::object();
};
// As JSON: {"key", "args"}, the form model.json and comparison.json give it.
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(Wording, key, args)
inline void to_json(nlohmann::ordered_json& j, const Wording& w) { j = {{"key", w.key}, {"args", w.args}}; }

// The argument forms above: a wording said inside another, and a list of items joined by the
// entry `separator`, each string item worded by the entry `each` where given.
nlohmann::json nested_wording(const std::string& key, nlohmann::json args = nlohmann::json::object());
nlohmann::json word_list(nlohmann::json items, const std::string& separator = "list.separator",
                         const std::string& each = "");

class Catalog {
 public:
  // The catalog of `language` ("zh-CN": the file zh-CN.yaml, else zh.yaml; "en": en.yaml)
  // merged from `folders` in order. Throws CatalogError naming the file and line of a bad
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
  // A wording in this catalog's words (plain text); the key itself where the catalog lacks it.
  std::string word(const Wording& wording) const;
  // Wordings said one after the other (a finding, then why it is doubted).
  std::string word(const std::vector<Wording>& wordings) const;
  // The catalog compiled into budgetsite: i18n/zh.yaml as it was at build time.
  static const Catalog& built_in();
  const std::vector<std::filesystem::path>& files() const { return files_; }  // the files read

 private:
  std::map<std::string, std::string> entries_;
  std::vector<std::filesystem::path> files_;
};

}  // namespace budgetsite
