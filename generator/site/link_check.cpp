#include "site/link_check.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "common/files.h"

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

LinkReport check_links(const fs::path& site_root, const std::function<bool(const std::string& page)>& check_page) {
  LinkReport report;
  const fs::path root = fs::weakly_canonical(site_root);
  std::map<std::string, PageScan> pages;  // the pages checked
  std::map<std::string, std::set<std::string>> other_ids;  // ids of other pages, read when a link needs them
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
    const std::string page = fs::relative(entry.path(), root).generic_string();
    if (!check_page || check_page(page)) pages[page] = scan_page(read_file(entry.path()));
  }
  const auto ids_of = [&](const std::string& page) -> const std::set<std::string>* {
    if (auto it = pages.find(page); it != pages.end()) return &it->second.ids;
    if (!page.ends_with(".html")) return nullptr;
    auto it = other_ids.find(page);
    if (it == other_ids.end()) it = other_ids.emplace(page, scan_page(read_file(root / page)).ids).first;
    return &it->second;
  };
  report.pages = static_cast<int>(pages.size());
  for (const auto& entry : pages) {
    const std::string& page = entry.first;
    const PageScan& scan = entry.second;
    const fs::path folder = (root / page).parent_path();
    for (const auto& ref : scan.references) {
      const std::string& url = ref.url;
      if (url.starts_with("http://") || url.starts_with("https://") || url.starts_with("mailto:") ||
          url.starts_with("data:"))
        continue;
      ++report.links;
      const auto fail = [&](const std::string& reason) { report.broken.push_back({page, ref.line, url, reason}); };
      if (url.empty()) { fail("empty link"); continue; }
      if (url.starts_with("//") || url.starts_with("/")) { fail("root-absolute URL breaks hosting under a sub-path and file://"); continue; }
      if (url.find(':') != std::string::npos && url.find(':') < url.find_first_of("/?#")) { fail("unsupported scheme"); continue; }
      std::string path = url, fragment;
      if (auto hash = path.find('#'); hash != std::string::npos) { fragment = path.substr(hash + 1); path.resize(hash); }
      if (auto query = path.find('?'); query != std::string::npos) path.resize(query);
      std::string target_page = page;
      if (!path.empty()) {
        const fs::path target = (folder / percent_decode(path)).lexically_normal();
        const std::string relative = fs::relative(target, root).generic_string();
        if (relative.starts_with("..")) { fail("points outside the site"); continue; }
        std::error_code ec;
        if (fs::is_directory(target, ec)) { fail("points to a folder (name the file, e.g. index.html)"); continue; }
        if (!fs::is_regular_file(target, ec)) { fail("no such file"); continue; }
        target_page = relative;
      }
      if (!fragment.empty()) {
        const std::set<std::string>* ids = ids_of(target_page);
        if (ids && !ids->count(percent_decode(fragment))) fail("no element with id '" + fragment + "'");
      }
    }
  }
  return report;
}

}  // namespace budgetsite
