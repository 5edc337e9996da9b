#include "site/theme.h"

#include <algorithm>
#include <cstdlib>

#include <yaml-cpp/yaml.h>

#include "common/files.h"

namespace budgetsite {

namespace fs = std::filesystem;

std::vector<fs::path> shared_roots() {
  std::vector<fs::path> roots;
  std::error_code ec;
  if (const char* env = std::getenv("BUDGETSITE_SHARE"); env && *env) roots.emplace_back(env);
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "budgetsite";
    if (fs::is_directory(installed, ec)) roots.push_back(installed);
  }
#ifdef BUDGETSITE_SOURCE_TREE
  if (fs::is_directory(fs::path(BUDGETSITE_SOURCE_TREE) / "templates", ec)) roots.emplace_back(BUDGETSITE_SOURCE_TREE);
#endif
  return roots;
}

namespace {
// The first of the site's folder and the shared roots that holds `relative`.
fs::path first_with(const SiteConfig& config, const fs::path& relative) {
  std::error_code ec;
  if (fs::exists(config.root / relative, ec)) return config.root / relative;
  for (const auto& root : shared_roots())
    if (fs::exists(root / relative, ec)) return root / relative;
  return config.root / relative;
}
}  // namespace

Theme load_theme(const SiteConfig& config) {
  Theme theme;
  theme.name = config.theme;
  theme.folder = first_with(config, fs::path("themes") / config.theme);
  const fs::path manifest = theme.folder / "theme.yaml";
  if (!fs::is_directory(theme.folder))
    throw ConfigError({config.file.string() + ": theme: no theme folder " + theme.folder.string() +
                       " (nor in budgetsite's installed share folder)"});
  if (!fs::exists(manifest)) return theme;
  try {
    const YAML::Node root = YAML::LoadFile(manifest.string());
    std::vector<std::string> problems;
    for (const auto& item : root) {
      const std::string key = item.first.Scalar();
      if (key != "name" && key != "description" && key != "vendor")
        problems.push_back(manifest.string() + ":" + std::to_string(item.first.Mark().line + 1) + ": " + key +
                           ": unknown key (expected one of: name, description, vendor)");
    }
    if (const YAML::Node vendor = root["vendor"]) {
      for (const auto& entry : vendor) {
        if (!entry.IsMap() || !entry["from"] || !entry["to"]) {
          problems.push_back(manifest.string() + ":" + std::to_string(entry.Mark().line + 1) +
                             ": vendor: each entry needs 'from' (a file under the site folder) and 'to' (its output path)");
          continue;
        }
        // A vendor file is the site's own (npm ci in the site) or the one budgetsite ships.
        theme.vendor.push_back({first_with(config, entry["from"].as<std::string>()), entry["to"].as<std::string>()});
      }
    }
    if (!problems.empty()) throw ConfigError(problems);
  } catch (const YAML::Exception& e) {
    throw ConfigError({manifest.string() + ":" + std::to_string(e.mark.line + 1) + ": invalid YAML: " + e.msg});
  }
  return theme;
}

std::vector<fs::path> template_folders(const SiteConfig& config, const Theme& theme) {
  std::vector<fs::path> folders = {config.root / "templates", theme.folder / "templates"};
  for (const auto& root : shared_roots())
    if (root != config.root) folders.push_back(root / "templates");
  return folders;
}

namespace {
// The files of `folder`, each published at `prefix` + its path in the folder. With `root` set
// (the site's static/), every file passes the input gate: a link leading outside `root` (the
// folder itself included) is named and left out unless `links_outside`, and so is anything that
// is not a regular file or is over the size limit.
void add_folder(const fs::path& folder, const std::string& prefix, OutputTree& out, bool override_existing,
                std::vector<std::string>& problems, const fs::path& root = {}, bool links_outside = true) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) return;
  const fs::path canonical_root = root.empty() ? fs::path() : fs::weakly_canonical(root, ec);
  if (!root.empty() && !links_outside && !resolves_inside(folder, canonical_root)) {
    problems.push_back(printable_path(folder) + ": a link to " + fs::weakly_canonical(folder, ec).string() +
                       ", outside the site folder: nothing in it is published (content.follow_links_outside allows it)");
    return;
  }
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code status_error;
    if (it->is_directory(status_error)) {
      if (!root.empty() && it->is_symlink(status_error) && !links_outside && !resolves_inside(it->path(), canonical_root)) {
        problems.push_back(printable_path(it->path()) + ": a link outside the site folder: not published");
        it.disable_recursion_pending();
      }
      continue;
    }
    if (!root.empty()) {
      if (it->is_symlink(status_error) && !links_outside && !resolves_inside(it->path(), canonical_root)) {
        problems.push_back(printable_path(it->path()) + ": a link outside the site folder: not published");
        continue;
      }
      if (std::string why = input_file_refusal(it->path(), kMaxStaticBytes, "a static file"); !why.empty()) {
        problems.push_back(printable_path(it->path()) + ": " + why);
        continue;
      }
    }
    if (it->is_regular_file(status_error)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    const std::string path = prefix + fs::relative(file, folder).generic_string();
    if (override_existing) out.copy_over(path, file);
    else if (out.has(path)) problems.push_back(file.string() + ": left out: the build writes " + path + " itself");
    else out.copy(path, file);
  }
}
}  // namespace

std::optional<fs::path> shared_file(const std::string& relative) {
  std::error_code ec;
  for (const auto& root : shared_roots())
    if (fs::is_regular_file(root / relative, ec)) return root / relative;
  return std::nullopt;
}

void add_assets(const SiteConfig& config, const Theme& theme, OutputTree& out, std::vector<std::string>& problems) {
  add_folder(theme.folder / "assets", "assets/", out, false, problems);
  for (const auto& v : theme.vendor) {
    std::error_code ec;
    if (!fs::is_regular_file(v.from, ec)) {
      problems.push_back(v.from.string() + ": vendor file of theme '" + theme.name +
                         "' is missing (run `npm ci` in the site folder; scripts/install-deps.sh does)");
      continue;
    }
    if (out.has(v.to)) problems.push_back(v.from.string() + ": left out: the build writes " + v.to + " itself");
    else out.copy(v.to, v.from);
  }
  add_folder(config.root / "static", "", out, true, problems, config.root, config.content_links_outside);
}

}  // namespace budgetsite
