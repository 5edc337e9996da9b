#include "site/publish_files.h"

#include <algorithm>
#include <map>
#include <set>

#include "aggregate/departments.h"
#include "common/text.h"
#include "model/proof.h"
#include "render/format.h"
#include "render/i18n.h"
#include "render/page.h"

namespace budgetsite {

namespace {

constexpr size_t kEntriesPerChunk = 400;
constexpr size_t kEntriesPerShard = 256;  // about one posting shard per this many entries

char32_t search_folded(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
  if (c >= U'A' && c <= U'Z') c += 32;
  return c;
}

std::string search_part(const std::string& name, const View& value) {
  return "(window.BUDGETSITE_SEARCH_PARTS=window.BUDGETSITE_SEARCH_PARTS||{})[\"" + name + "\"]=" +
         script_safe_json(value) + ";\n";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> search_index_files(const std::vector<SearchEntry>& entries) {
  std::vector<std::pair<std::string, std::string>> files;
  size_t shards = 1;
  while (shards * kEntriesPerShard < entries.size() && shards < 1024) shards *= 2;
  std::map<char32_t, std::vector<size_t>> postings;
  View chunk = View::array();
  for (size_t id = 0; id < entries.size(); ++id) {
    const SearchEntry& e = entries[id];
    View entry = {{"t", e.title}, {"c", e.category}, {"u", e.path}, {"d", e.detail}};
    if (!e.keywords.empty()) entry["k"] = e.keywords;
    chunk.push_back(std::move(entry));
    if (chunk.size() == kEntriesPerChunk || id + 1 == entries.size()) {
      files.emplace_back("assets/search/e" + std::to_string(id / kEntriesPerChunk) + ".js", search_part("e" + std::to_string(id / kEntriesPerChunk), chunk));
      chunk = View::array();
    }
    std::string text = e.title + " " + e.detail;
    for (const auto& k : e.keywords) text += " " + k;
    std::set<char32_t> seen;
    for (char32_t c : to_u32(text)) {
      c = search_folded(c);
      if (is_blank(c) || c == U' ' || !seen.insert(c).second) continue;
      postings[c].push_back(id);
    }
  }
  View df = View::object();
  std::vector<View> shard_parts(shards, View::object());
  for (const auto& [c, ids] : postings) {
    std::string key;
    append_utf8(key, c);
    df[key] = ids.size();
    View deltas = View::array();
    size_t last = 0;
    for (size_t i = 0; i < ids.size(); ++i) {
      deltas.push_back(i ? ids[i] - last : ids[i]);
      last = ids[i];
    }
    shard_parts[c % shards][key] = std::move(deltas);
  }
  for (size_t s = 0; s < shards; ++s)
    files.emplace_back("assets/search/p" + std::to_string(s) + ".js", search_part("p" + std::to_string(s), shard_parts[s]));
  files.emplace_back("assets/search/index.js",
                     search_part("index", View{{"v", 2}, {"n", entries.size()}, {"chunk", kEntriesPerChunk}, {"shards", shards}, {"df", df}}));
  return files;
}

std::vector<SearchEntry> site_search_entries(const SiteData& site) {
  std::vector<SearchEntry> entries;
  for (const auto& region : site.links->regions())
    entries.push_back({region.name, words().text("search.kind.region"), paths::region(region.slug), "", search_keywords("", region.name)});
  for (const auto& department : site.links->departments())
    entries.push_back({department.entity.name, words().text("search.kind.department"), paths::department(department.slug),
                       department.entity.region + " " + department.entity.department_type,
                       search_keywords(department.entity.name, department.entity.region)});
  return entries;
}

std::vector<SearchEntry> disclosure_search_entries(const PublishedDisclosure& p) {
  std::vector<SearchEntry> entries;
  {
    const Disclosure& d = p.model;
    const std::string page = paths::disclosure(p.id);
    const std::string title = disclosure_title(d);
    const Catalog& w = words();
    entries.push_back({title, w.text("search.kind.disclosure"), page,
                       d.entity.region + " " + kind_name(d.kind) + " " + (d.year ? std::to_string(*d.year) : ""),
                       search_keywords(title, d.entity.region)});
    std::set<std::string> projects;
    for (const auto& project : d.projects) {
      entries.push_back({project.name, w.text("search.kind.project"), page + "#L" + std::to_string(project.line), title, {}});
      projects.insert(strip_blanks(project.name));
    }
    // Projects known only from their performance forms (final accounts have no project table);
    // the disclosure page anchors each form at its first line.
    for (const auto& form : d.performance)
      if (!form.project.empty() && projects.insert(strip_blanks(form.project)).second)
        entries.push_back({form.project, w.text("search.kind.project"), page + "#L" + std::to_string(form.line), title, {}});
    if (const Table* t = d.table("expenditure"))
      for (const auto& row : t->rows)
        if (row.code.size() == 3 && !row.is_total)
          entries.push_back({row.code + " " + row.name, w.text("search.kind.function_class"), page + "#L" + std::to_string(row.line), title, {}});
  }
  return entries;
}

std::string sitemap_xml(const std::string& base_url, const std::vector<std::string>& page_paths) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const auto& path : page_paths) {
    const std::string location = path == paths::home ? "" : (path.ends_with("/index.html") ? path.substr(0, path.size() - 10) : path);
    xml += "  <url><loc>" + escape_markup(base_url + location) + "</loc></url>\n";
  }
  return xml + "</urlset>\n";
}

std::string robots_txt(const std::string& base_url) {
  std::string text = "User-agent: *\nAllow: /\n";
  if (!base_url.empty()) text += "Sitemap: " + base_url + "sitemap.xml\n";
  return text;
}

std::string atom_feed(const SiteData& site) {
  const std::string& base = site.info.base_url;
  // Entries newest first by publication date (or year); `updated` comes from the data.
  std::vector<const PublishedDisclosure*> list;
  for (const auto& p : site.disclosures) list.push_back(&p);
  const auto date_of = [](const PublishedDisclosure& p) {
    if (!p.meta.published.empty()) return p.meta.published;
    return p.model.year ? std::to_string(*p.model.year) + "-01-01" : std::string("1970-01-01");
  };
  std::stable_sort(list.begin(), list.end(), [&](const auto* a, const auto* b) { return date_of(*a) > date_of(*b); });
  const std::string updated = list.empty() ? "1970-01-01" : date_of(*list.front());
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                    escape_markup(site.info.language) + "\">\n";
  xml += "  <title>" + escape_markup(site.info.title) + "</title>\n";
  if (!site.info.description.empty()) xml += "  <subtitle>" + escape_markup(site.info.description) + "</subtitle>\n";
  xml += "  <id>" + escape_markup(base.empty() ? "urn:budgetsite:" + site.info.title : base) + "</id>\n";
  xml += "  <link href=\"" + escape_markup(base + paths::home) + "\"/>\n";
  if (!base.empty()) xml += "  <link rel=\"self\" href=\"" + escape_markup(base + "feed.xml") + "\"/>\n";
  xml += "  <updated>" + updated + "T00:00:00Z</updated>\n  <author><name>" + escape_markup(site.info.title) + "</name></author>\n";
  for (const auto* p : list) {
    const std::string link = base + paths::disclosure(p->id);
    xml += "  <entry>\n    <title>" + escape_markup(disclosure_title(p->model)) + "</title>\n";
    xml += "    <id>" + escape_markup(base.empty() ? "urn:sha256:" + p->model.source.sha256 : link) + "</id>\n";
    xml += "    <link href=\"" + escape_markup(link) + "\"/>\n";
    xml += "    <updated>" + date_of(*p) + "T00:00:00Z</updated>\n";
    const auto& s = p->model.summary;
    const Catalog& w = words();
    std::string summary = disclosure_title(p->model);
    if (s.income_total)
      summary += w.format(is_proven(p->model, "income_total") ? "feed.income" : "feed.income_unverified",
                          {{"amount", format_amount(s.income_total)}, {"unit", unit_name("万元")}});
    xml += "    <summary>" + escape_markup(summary) + "</summary>\n  </entry>\n";
  }
  return xml + "</feed>\n";
}

}  // namespace budgetsite
