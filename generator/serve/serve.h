// Stage 9 — serving a site while it is edited (`budgetsite serve`). Takes: the build options.
// Gives: the site built into its output folder, served over HTTP on 127.0.0.1 only, rebuilt
// (incrementally, through the cache) whenever the content, the configuration, the templates,
// the theme or static/ change, and every open page reloaded after each rebuild by a small
// script injected into the HTML it serves (never into the files). A build that fails shows its
// message on every page, and the last good site keeps being served (builds are atomic).
// Only files inside the output folder are served: `..`, its encoded forms, absolute paths and
// links leading out are refused.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>

#include "site/build.h"

namespace budgetsite {

struct ServeOptions {
  BuildOptions build;
  int port = 8000;                    // 0: any free port
  int poll_milliseconds = 300;        // how often the watched files are looked at
};

// Builds, then serves until `stop` becomes true. `on_ready` receives the address once it
// listens ("http://127.0.0.1:8000/"). Returns the exit code: 0 after a stop, 2 when the port
// cannot be taken or the first build's configuration is unusable.
int serve_site(const ServeOptions& options, std::ostream& log, const std::atomic<bool>& stop,
               const std::function<void(const std::string&)>& on_ready);

// The path of the file a request for `url_path` (already percent-decoded) is served from, or ""
// when it may not be: a `..` component, a NUL, or a file whose links lead outside `root`
// (canonical). A folder's path gives its index.html.
std::filesystem::path served_file(const std::filesystem::path& root, const std::string& url_path);

}  // namespace budgetsite
