// Stage 8 — a theme (themes/<name>/, docs/themes.md): its templates folder, its assets and the
// vendor files (front-end packages from node_modules) it declares in theme.yaml. Takes: the
// site configuration. Gives: the folders templates are looked up in (site first) and the
// asset files to publish, with the site's `static/` folder copied over them last.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "site/output.h"

namespace budgetsite {

struct VendorFile {
  std::filesystem::path from;  // absolute
  std::string to;              // output path
};

struct Theme {
  std::string name;
  std::filesystem::path folder;
  std::vector<VendorFile> vendor;
};

// Where budgetsite's own templates, themes and built vendor files are, after the site's folder:
// $BUDGETSITE_SHARE, then the installed share folder (<prefix>/share/budgetsite beside
// <prefix>/bin/budgetsite), then the source tree the program was built from (when run from
// build/). A site overrides any file of them by having one of the same path.
std::vector<std::filesystem::path> shared_roots();
// The first shared root's file of this path (schemas/model.schema.json …); none when no root has it.
std::optional<std::filesystem::path> shared_file(const std::string& relative);

// The theme is looked up in the site's themes/ first, then in the shared roots; so are its
// vendor files. Throws ConfigError naming theme.yaml (or the missing theme folder).
Theme load_theme(const SiteConfig& config);
std::vector<std::filesystem::path> template_folders(const SiteConfig& config, const Theme& theme);
// Adds the theme's assets, vendor files and the site's static/ files. A missing vendor file
// (npm ci not run) is a problem in `problems`, not a crash.
void add_assets(const SiteConfig& config, const Theme& theme, OutputTree& out, std::vector<std::string>& problems);

}  // namespace budgetsite
