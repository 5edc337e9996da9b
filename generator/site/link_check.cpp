#include "site/link_check.h"

#include <algorithm>
#include <fstream>
#include <unordered_set>
#include <map>
#include <set>
#include <sstream>

#include "common/files.h"
#include "common/parallel.h"

namespace budgetsite {

namespace fs = std::filesystem;

namespace {

struct Reference {
  int line;
  std::string url;
};

struct PageScan {
  std::vector<Reference> references;
  std::set<std::string> ids;
};

std::string decode_entities(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<const char*, char> entities[] = {{"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''},
                                                             {"&apos;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}};
      bool matched = false;
      for (const auto& [name, c] : entities)
        if (s.compare(i, std::char_traits<char>::length(name), name) == 0) {
          out += c;
          i += std::char_traits<char>::length(name) - 1;
          matched = true;
          break;
        }
      if (matched) continue;
    }
    out += s[i];
  }
  return out;
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else out += s[i];
  }
  return out;
}

// Values of href, src and id attributes, with their lines. Text inside <script> elements is
// skipped (JSON data is not markup).
PageScan scan_page(const std::string& html) {
  PageScan scan;
  int line = 1;
  size_t i = 0;
  const auto attribute_at = [&](size_t pos, const char* name) {
    const size_t n = std::char_traits<char>::length(name);
    if (html.compare(pos, n, name) != 0) return false;
    if (pos == 0 || !(html[pos - 1] == ' ' || html[pos - 1] == '\n' || html[pos - 1] == '\t')) return false;
    return true;
  };
  while (i < html.size()) {
    const char c = html[i];
    if (c == '\n') { ++line; ++i; continue; }
    if (c == '<' && html.compare(i, 7, "<script") == 0) {
      // Attributes of the script tag itself still count (src=).
      const size_t tag_end = html.find('>', i);
      const size_t close = html.find("</script>", i);
      const size_t stop = close == std::string::npos ? html.size() : close;
      for (size_t k = i; k < tag_end && k < html.size(); ++k) {
        if (attribute_at(k, "src=")) {
          const char quote = html[k + 4];
          const size_t end = html.find(quote, k + 5);
          scan.references.push_back({line, decode_entities(html.substr(k + 5, end - k - 5))});
        }
      }
      for (size_t k = i; k < stop; ++k) line += html[k] == '\n';
      i = stop;
      continue;
    }
    for (const char* name : {"href=", "src=", "id="}) {
      if (!attribute_at(i, name)) continue;
      const size_t start = i + std::char_traits<char>::length(name);
      const char quote = start < html.size() ? html[start] : ' ';
      if (quote != '"' && quote != '\'') break;
      const size_t end = html.find(quote, start + 1);
      if (end == std::string::npos) break;
      const std::string value = decode_entities(html.substr(start + 1, end - start - 1));
      if (name[0] == 'i') scan.ids.insert(value);
      else scan.references.push_back({line, value});
      break;
    }
    ++i;
  }
  return scan;
}

}  // namespace

namespace {

// A link to another page's #fragment, checked once that page's ids are read.
struct FragmentLink {
  std::string page;
  int line;
  std::string url, target, fragment;
};

struct PageResult {
  int links = 0;
  std::vector<BrokenLink> broken;
  std::vector<FragmentLink> fragments;
};

// Lexically, the site path `path` (percent-decoded) from the folder `folder` ("" the root):
// "" when it leads outside the site.
std::string resolve(const std::string& folder, const std::string& path) {
  const std::string joined = (fs::path(folder) / path).lexically_normal().generic_string();
  if (joined == ".." || joined.starts_with("../") || joined.starts_with("/")) return "";
  return joined;
}

PageResult check_page_links(const std::string& page, const PageScan& scan, const std::unordered_set<std::string>& files,
                            const std::unordered_set<std::string>& folders) {
  PageResult result;
  const std::string folder = fs::path(page).parent_path().generic_string();
  for (const auto& ref : scan.references) {
    const std::string& url = ref.url;
    if (url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:") || url.starts_with("data:"))
      continue;
    ++result.links;
    const auto fail = [&](const std::string& reason) { result.broken.push_back({page, ref.line, url, reason}); };
    if (url.empty()) { fail("empty link"); continue; }
    if (url.starts_with("//") || url.starts_with("/")) { fail("root-absolute URL breaks hosting under a sub-path and file://"); continue; }
    if (url.find(':') != std::string::npos && url.find(':') < url.find_first_of("/?#")) { fail("unsupported scheme"); continue; }
    std::string path = url, fragment;
    if (auto hash = path.find('#'); hash != std::string::npos) { fragment = path.substr(hash + 1); path.resize(hash); }
    if (auto query = path.find('?'); query != std::string::npos) path.resize(query);
    std::string target = page;
    if (!path.empty()) {
      target = resolve(folder, percent_decode(path));
      if (target.empty()) { fail("points outside the site"); continue; }
      if (target == "." || folders.count(target)) { fail("points to a folder (name the file, e.g. index.html)"); continue; }
      if (!files.count(target)) { fail("no such file"); continue; }
    }
    if (fragment.empty()) continue;
    if (target == page) {
      if (!scan.ids.count(percent_decode(fragment))) fail("no element with id '" + fragment + "'");
    } else if (target.ends_with(".html")) {
      result.fragments.push_back({page, ref.line, url, target, percent_decode(fragment)});
    }
  }
  return result;
}

}  // namespace

LinkReport check_links(const fs::path& site_root, const std::function<bool(const std::string& page)>& check_page, int jobs) {
  LinkReport report;
  const fs::path root = fs::weakly_canonical(site_root);
  // Every file and folder of the site, once; links are then resolved without the file system.
  std::unordered_set<std::string> files, folders;
  std::vector<std::string> pages;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    std::string relative = entry.path().lexically_relative(root).generic_string();
    if (entry.is_directory()) {
      folders.insert(std::move(relative));
      continue;
    }
    if (!entry.is_regular_file()) continue;
    if (entry.path().extension() == ".html" && (!check_page || check_page(relative))) pages.push_back(relative);
    files.insert(std::move(relative));
  }
  std::sort(pages.begin(), pages.end());
  std::vector<PageResult> results(pages.size());
  parallel_for(pages.size(), jobs, [&](size_t i) {
    results[i] = check_page_links(pages[i], scan_page(read_file(root / pages[i])), files, folders);
  });
  // Links into other pages' fragments, by target page, each page read once.
  std::map<std::string, std::vector<std::pair<size_t, const FragmentLink*>>> by_target;
  for (size_t i = 0; i < results.size(); ++i)
    for (const auto& f : results[i].fragments) by_target[f.target].push_back({i, &f});
  std::vector<std::string> targets;
  for (const auto& [target, links] : by_target) targets.push_back(target);
  std::vector<std::vector<std::pair<size_t, BrokenLink>>> missing(targets.size());
  parallel_for(targets.size(), jobs, [&](size_t t) {
    const std::set<std::string> ids = scan_page(read_file(root / targets[t])).ids;
    for (const auto& [i, f] : by_target.at(targets[t]))
      if (!ids.count(f->fragment)) missing[t].push_back({i, {f->page, f->line, f->url, "no element with id '" + f->url.substr(f->url.find('#') + 1) + "'"}});
  });
  for (auto& list : missing)
    for (auto& [i, b] : list) results[i].broken.push_back(std::move(b));
  report.pages = static_cast<int>(pages.size());
  for (auto& r : results) {
    report.links += r.links;
    std::stable_sort(r.broken.begin(), r.broken.end(), [](const BrokenLink& a, const BrokenLink& b) { return a.line < b.line; });
    for (auto& b : r.broken) report.broken.push_back(std::move(b));
  }
  return report;
}

}  // namespace budgetsite
