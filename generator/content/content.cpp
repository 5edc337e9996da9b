#include "content/content.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "common/files.h"
#include "common/text.h"

namespace budgetsite {

namespace fs = std::filesystem;

namespace {

// Where symlinks may lead: inside the content folder, unless the site allows more.
struct LinkPolicy {
  fs::path root;  // the content folder, canonical
  bool follow_outside = false;
  std::vector<ContentProblem>* ignored = nullptr;
};

// Files of `folder` with `extension`, in name order; a symlink leading outside the content
// folder is named in `policy.ignored` and left out.
std::vector<fs::path> files_with_extension(const fs::path& folder, const std::string& extension,
                                           const LinkPolicy& policy) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return files;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.path().extension() != extension) continue;
    std::error_code status_error;
    if (!entry.is_regular_file(status_error)) {
      // A FIFO, a device, a folder or a dangling link with the name of an input: named, never
      // opened (a FIFO would block the build).
      if (policy.ignored && !entry.is_directory(status_error))
        policy.ignored->push_back({entry.path().string(), 0, "not a regular file: not published"});
      continue;
    }
    if (entry.is_symlink() && !policy.follow_outside) {
      const fs::path target = fs::weakly_canonical(entry.path(), ec);
      if (ec || !path_within(target, policy.root)) {
        if (policy.ignored)
          policy.ignored->push_back({entry.path().string(), 0,
                                     "a link to " + (ec ? std::string("an unreadable place") : target.string()) +
                                         ", outside the content folder: not published (content.follow_links_outside "
                                         "in the configuration allows it)"});
        continue;
      }
    }
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Reads a scalar string field; null or absent gives "". Wrong type → problem.
std::string string_field(const YAML::Node& map, const char* key, const fs::path& file, int line_offset,
                         std::vector<ContentProblem>& problems) {
  const YAML::Node node = map[key];
  if (!node || node.IsNull()) return "";
  if (!node.IsScalar()) {
    problems.push_back({file.string(), node.Mark().line + 1 + line_offset, std::string("'") + key + "' should be a text value"});
    return "";
  }
  return node.as<std::string>();
}

void reject_unknown_keys(const YAML::Node& map, const std::vector<std::string>& known, const fs::path& file,
                         int line_offset, std::vector<ContentProblem>& problems) {
  for (const auto& item : map) {
    const std::string key = item.first.as<std::string>();
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      std::string expected;
      for (const auto& k : known) expected += (expected.empty() ? "" : ", ") + k;
      problems.push_back({file.string(), item.first.Mark().line + 1 + line_offset,
                          "unknown key '" + key + "' (expected one of: " + expected + ")"});
    }
  }
}

}  // namespace

std::optional<DisclosureMeta> read_sidecar(const fs::path& file, const std::string& text,
                                           std::vector<ContentProblem>& problems) {
  DisclosureMeta meta;
  if (!is_valid_utf8(text)) {
    problems.push_back({file.string(), 0, "not valid UTF-8: save the file as UTF-8"});
    return std::nullopt;
  }
  try {
    const YAML::Node root = YAML::Load(text);
    if (!root || root.IsNull()) return meta;
    if (!root.IsMap()) {
      problems.push_back({file.string(), root.Mark().line + 1, "expected a map of keys (source_url, published, extracted_from)"});
      return std::nullopt;
    }
    reject_unknown_keys(root, {"source_url", "published", "extracted_from", "parts"}, file, 0, problems);
    if (const YAML::Node parts = root["parts"]) {
      if (!parts.IsSequence()) {
        problems.push_back({file.string(), parts.Mark().line + 1, "'parts' should be a list of file names"});
      } else {
        for (const auto& part : parts) {
          std::string name = part.IsScalar() ? part.as<std::string>() : "";
          if (name.empty() || name.find('/') != std::string::npos || name.find("..") != std::string::npos) {
            problems.push_back({file.string(), part.Mark().line + 1,
                                "each of 'parts' should be a file name in the same folder, found '" + name + "'"});
            continue;
          }
          meta.parts.push_back(name);
        }
      }
    }
    meta.source_url = string_field(root, "source_url", file, 0, problems);
    meta.published = string_field(root, "published", file, 0, problems);
    meta.extracted_from = string_field(root, "extracted_from", file, 0, problems);
    if (!meta.published.empty() && !is_iso_date(meta.published)) {
      problems.push_back({file.string(), root["published"].Mark().line + 1,
                          "'published' should be a date YYYY-MM-DD, found '" + meta.published + "'"});
      meta.published.clear();
    }
    if (meta.source_url.size() > kMaxUrlBytes) {
      problems.push_back({file.string(), root["source_url"].Mark().line + 1,
                          "'source_url' is " + std::to_string(meta.source_url.size()) + " bytes long, over the limit of " +
                              std::to_string(kMaxUrlBytes) + ": left out"});
      meta.source_url.clear();
    }
    if (!meta.source_url.empty() && !meta.source_url.starts_with("http://") && !meta.source_url.starts_with("https://")) {
      problems.push_back({file.string(), root["source_url"].Mark().line + 1,
                          "'source_url' should start with http:// or https://, found '" + meta.source_url + "'"});
      meta.source_url.clear();
    }
  } catch (const YAML::Exception& e) {
    problems.push_back({file.string(), e.mark.line + 1, "invalid YAML: " + e.msg});
    return std::nullopt;
  }
  return meta;
}

bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  const int month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool is_url_safe_id(const std::string& id) {
  if (id.empty()) return false;
  const auto ok = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'; };
  if (!((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= '0' && id[0] <= '9'))) return false;
  return std::all_of(id.begin(), id.end(), ok);
}

std::optional<ContentPage> read_content_page(const fs::path& file, const std::string& text,
                                             std::vector<ContentProblem>& problems) {
  if (!is_valid_utf8(text)) {
    problems.push_back({file.string(), 0, "not valid UTF-8: save the file as UTF-8"});
    return std::nullopt;
  }
  std::istringstream lines(text);
  std::string line;
  int number = 0;
  std::string front;
  bool opened = false, closed = false;
  while (std::getline(lines, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (number == 1) {
      if (line != "---") break;
      opened = true;
      continue;
    }
    if (line == "---") { closed = true; break; }
    front += line + "\n";
  }
  if (!opened || !closed) {
    problems.push_back({file.string(), 1, opened ? "front matter is not closed by a '---' line"
                                                 : "expected YAML front matter starting with a '---' line (title: …)"});
    return std::nullopt;
  }
  ContentPage page;
  page.file = file;
  page.body_line = number + 1;
  std::string rest, body_line;
  while (std::getline(lines, body_line)) rest += body_line + "\n";
  page.markdown = rest;
  page.slug = file.stem().string();
  try {
    const YAML::Node meta = YAML::Load(front);
    if (!meta.IsMap()) {
      problems.push_back({file.string(), 2, "front matter should be a map of keys (title, description, weight, slug, in_nav)"});
      return std::nullopt;
    }
    reject_unknown_keys(meta, {"title", "description", "weight", "slug", "in_nav"}, file, 1, problems);
    page.title = string_field(meta, "title", file, 1, problems);
    page.description = string_field(meta, "description", file, 1, problems);
    if (meta["slug"]) page.slug = string_field(meta, "slug", file, 1, problems);
    if (const YAML::Node w = meta["weight"]) {
      try { page.weight = w.as<int>(); } catch (const YAML::Exception&) {
        problems.push_back({file.string(), w.Mark().line + 2, "'weight' should be a whole number"});
      }
    }
    if (const YAML::Node n = meta["in_nav"]) {
      try { page.in_nav = n.as<bool>(); } catch (const YAML::Exception&) {
        problems.push_back({file.string(), n.Mark().line + 2, "'in_nav' should be true or false"});
      }
    }
  } catch (const YAML::Exception& e) {
    problems.push_back({file.string(), e.mark.line + 2, "invalid YAML in front matter: " + e.msg});
    return std::nullopt;
  }
  if (page.title.empty()) {
    problems.push_back({file.string(), 2, "front matter needs a 'title'"});
    return std::nullopt;
  }
  for (const auto& [field, value, limit] : {std::tuple{"title", &page.title, kMaxTitleChars},
                                            std::tuple{"description", &page.description, kMaxDescriptionChars}})
    if (length_cp(*value) > limit) {
      problems.push_back({file.string(), 2, std::string("'") + field + "' is " + std::to_string(length_cp(*value)) +
                                                " characters long, over the limit of " + std::to_string(limit)});
      return std::nullopt;
    }
  if (!is_url_safe_id(page.slug)) {
    problems.push_back({file.string(), 2, "slug '" + page.slug + "' should use only a-z, 0-9, '-', '_' and '.'"});
    return std::nullopt;
  }
  return page;
}

ContentSet scan_content(const fs::path& content_dir, bool follow_links_outside) {
  ContentSet set;
  std::error_code ec;
  if (!fs::is_directory(content_dir, ec)) {
    set.problems.push_back({content_dir.string(), 0, "content folder not found"});
    return set;
  }
  const LinkPolicy links{fs::weakly_canonical(content_dir, ec), follow_links_outside, &set.ignored};
  const auto files_with_extension = [&](const fs::path& folder, const std::string& extension) {
    return budgetsite::files_with_extension(folder, extension, links);
  };
  // Disclosures anywhere else are not published: name them, so that none is lost unseen.
  for (auto it = fs::recursive_directory_iterator(content_dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_directory() && it->path() == content_dir / "disclosures") {
      it.disable_recursion_pending();
      continue;
    }
    const std::string ext = it->path().extension().string();
    if (it->is_regular_file() && (ext == ".txt" || ext == ".pdf"))
      set.ignored.push_back({it->path().string(), 0,
                             "ignored: disclosures are read from " + (content_dir / "disclosures").string() +
                                 "/ only; move it there to publish it"});
  }
  const fs::path disclosures = content_dir / "disclosures";
  // A folder of the content that is a link leading out of it (content/disclosures → /elsewhere)
  // publishes nothing from there unless the site allows links outside.
  const auto folder_allowed = [&](const fs::path& folder) {
    std::error_code status_error;
    if (follow_links_outside || !fs::is_symlink(folder, status_error) || resolves_inside(folder, links.root)) return true;
    set.ignored.push_back({folder.string(), 0,
                           "a link to " + fs::weakly_canonical(folder, status_error).string() +
                               ", outside the content folder: nothing in it is published (content.follow_links_outside "
                               "in the configuration allows it)"});
    return false;
  };
  const bool disclosures_allowed = folder_allowed(disclosures);
  // One disclosure per stem: its text, its PDF, or both.
  std::map<std::string, DisclosureSource> by_stem;
  for (const char* ext : {".txt", ".pdf"})
    for (const auto& file : disclosures_allowed ? files_with_extension(disclosures, ext) : std::vector<fs::path>{}) {
      if (std::string why = input_file_refusal(file, kMaxDisclosureBytes, "a disclosure"); !why.empty()) {
        set.problems.push_back({file.string(), 0, why});
        continue;
      }
      // A file named .pdf is published as the original PDF: it must be one.
      if (std::string(ext) == ".pdf") {
        std::ifstream in(file, std::ios::binary);
        std::string head(1024, '\0');
        in.read(head.data(), static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<size_t>(in.gcount()));
        if (head.find("%PDF-") == std::string::npos) {
          set.problems.push_back({file.string(), 0, "named .pdf but not a PDF (no %PDF- header): not published"});
          continue;
        }
      }
      DisclosureSource& source = by_stem[file.stem().string()];
      source.id = file.stem().string();
      if (std::string(ext) == ".txt") source.text = file;
      else source.original = file;
    }
  // Sidecars first, then parts: a disclosure may be joined from other files of the folder
  // (`parts:`), each distinct, at most kMaxParts, and one level deep (a part lists no parts and
  // is the part of one disclosure only). Every violation names the files; the rest goes on.
  for (auto& [stem, source] : by_stem) {
    if (source.text.empty()) source.text = source.original;
    const fs::path sidecar = disclosures / (stem + ".yaml");
    if (fs::exists(fs::symlink_status(sidecar, ec))) {
      // The sidecar passes the same gate as the disclosure: a link leading out is not read (its
      // source_url would be published), nor a FIFO, a device or a huge file.
      std::string why;
      std::optional<std::string> text;
      if (fs::is_symlink(sidecar, ec) && !follow_links_outside && !resolves_inside(sidecar, links.root))
        why = "a link outside the content folder: not read (content.follow_links_outside in the configuration allows it)";
      else
        text = read_input_file(sidecar, kMaxSidecarBytes, "a sidecar", &why);
      if (!text) set.problems.push_back({sidecar.string(), 0, why + "; " + stem + " is published without its metadata"});
      else if (auto meta = read_sidecar(sidecar, *text, set.problems)) source.meta = *meta;
    }
  }
  std::map<std::string, std::string> owner;  // part stem → the disclosure it belongs to
  for (auto& [stem, source] : by_stem) {
    if (source.meta.parts.empty()) continue;
    const fs::path sidecar = disclosures / (stem + ".yaml");
    if (auto it = owner.find(stem); it != owner.end()) {
      set.problems.push_back({sidecar.string(), 0,
                              stem + " is itself a part of " + it->second + ": its own parts are not joined (parts do not nest)"});
      continue;
    }
    std::set<std::string> seen;
    for (const auto& name : source.meta.parts) {
      const fs::path part = disclosures / name;
      const std::string part_stem = part.stem().string();
      auto it = by_stem.find(part_stem);
      if (it == by_stem.end() || part_stem == stem) {
        set.problems.push_back({sidecar.string(), 0, "part '" + name + "' is not a disclosure file of this folder"});
        continue;
      }
      if (!seen.insert(part_stem).second) {
        set.problems.push_back({sidecar.string(), 0, "part '" + name + "' is listed twice: joined once"});
        continue;
      }
      if (source.parts.size() >= kMaxParts) {
        set.problems.push_back({sidecar.string(), 0, "more than " + std::to_string(kMaxParts) + " parts: '" + name +
                                                         "' and the parts after it are not joined"});
        break;
      }
      if (auto claimed = owner.find(part_stem); claimed != owner.end()) {
        set.problems.push_back({sidecar.string(), 0, "part '" + name + "' is already a part of " + claimed->second +
                                                         ": not joined here"});
        continue;
      }
      if (!it->second.meta.parts.empty()) {
        set.problems.push_back({sidecar.string(), 0, "part '" + name + "' lists parts of its own (parts do not nest): "
                                                         "not joined; it is published on its own"});
        continue;
      }
      owner[part_stem] = stem;
      source.parts.push_back(it->second.text.empty() ? it->second.original : it->second.text);
      source.part_originals.push_back(it->second.original);
    }
  }
  std::set<std::string> part_stems;
  for (const auto& [part, whole] : owner) part_stems.insert(part);
  for (auto& [stem, source] : by_stem) {
    if (part_stems.count(stem)) continue;  // published as a part of another disclosure
    if (!is_url_safe_id(source.id)) {
      set.problems.push_back({source.text.string(), 0, "file name should use only a-z, 0-9, '-', '_' and '.' (it becomes the page's address)"});
      continue;
    }
    set.disclosures.push_back(std::move(source));
  }
  // A sidecar without its disclosure is a mistake worth naming.
  for (const auto& sidecar : files_with_extension(disclosures, ".yaml"))
    if (!by_stem.count(sidecar.stem().string()))
      set.problems.push_back({sidecar.string(), 0, "metadata without a disclosure: expected " +
                                                       fs::path(sidecar).replace_extension(".txt").filename().string() +
                                                       " or .pdf"});
  const fs::path pages = content_dir / "pages";
  for (const auto& file : folder_allowed(pages) ? files_with_extension(pages, ".md") : std::vector<fs::path>{}) {
    std::string why;
    const std::optional<std::string> text = read_input_file(file, kMaxPageBytes, "a page", &why);
    if (!text) {
      set.problems.push_back({file.string(), 0, why});
      continue;
    }
    if (auto page = read_content_page(file, *text, set.problems)) set.pages.push_back(std::move(*page));
  }
  std::stable_sort(set.pages.begin(), set.pages.end(), [](const ContentPage& a, const ContentPage& b) {
    return a.weight != b.weight ? a.weight < b.weight : a.slug < b.slug;
  });
  return set;
}

}  // namespace budgetsite
