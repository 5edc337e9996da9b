#include "serve/serve.h"

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <ostream>
#include <sstream>
#include <thread>

#include "common/files.h"
#include "common/text.h"
#include "config/site_config.h"

namespace budgetsite {

namespace fs = std::filesystem;

fs::path served_file(const fs::path& root, const std::string& url_path) {
  if (url_path.find('\0') != std::string::npos || url_path.find('\\') != std::string::npos) return {};
  fs::path relative;
  for (const auto& part : fs::path(url_path)) {
    const std::string p = part.string();
    if (p.empty() || p == "/" || p == ".") continue;
    if (p == "..") return {};
    relative /= part;
  }
  fs::path file = root / relative;
  std::error_code ec;
  if (fs::is_directory(file, ec)) file /= "index.html";
  if (!fs::is_regular_file(file, ec)) return {};
  const fs::path canonical = fs::weakly_canonical(file, ec);
  if (ec || !path_within(canonical, root)) return {};
  return canonical;
}

namespace {

// The watched inputs' fingerprint: every file's path, size and modification time.
std::string fingerprint(const std::vector<fs::path>& roots) {
  std::string out;
  std::error_code ec;
  for (const auto& root : roots) {
    if (fs::is_regular_file(root, ec)) {
      out += root.string() + std::to_string(fs::file_size(root, ec)) +
             std::to_string(fs::last_write_time(root, ec).time_since_epoch().count()) + "\n";
      continue;
    }
    if (!fs::is_directory(root, ec)) continue;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      std::error_code e;
      if (!it->is_regular_file(e)) continue;
      out += it->path().string() + " " + std::to_string(it->file_size(e)) + " " +
             std::to_string(it->last_write_time(e).time_since_epoch().count()) + "\n";
    }
  }
  return out;
}

// The state the server shares with the builder: the build's version (bumped after each
// build) and the last failure's message ("" after a good build).
struct Shared {
  std::mutex mutex;
  std::condition_variable changed;
  long version = 0;
  std::string failure;
};

// The media type of a site's file, as static hosts send it.
std::string content_type(const fs::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"}, {".mjs", "text/javascript; charset=utf-8"},
      {".json", "application/json"}, {".csv", "text/csv; charset=utf-8"}, {".txt", "text/plain; charset=utf-8"},
      {".xml", "application/xml"}, {".svg", "image/svg+xml"}, {".png", "image/png"}, {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"}, {".gif", "image/gif"}, {".webp", "image/webp"}, {".ico", "image/x-icon"},
      {".pdf", "application/pdf"}, {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".webmanifest", "application/manifest+json"}};
  auto it = types.find(file.extension().string());
  return it == types.end() ? "" : it->second;
}

std::string reload_script(long version) {
  return "<script>(function(){var v=" + std::to_string(version) +
         ";function poll(){fetch('/__budgetsite/reload?v='+v,{cache:'no-store'}).then(function(r){return r.text()})"
         ".then(function(t){if(+t>v){location.reload()}else{poll()}}).catch(function(){setTimeout(poll,1000)})}"
         "poll()})();</script>";
}

}  // namespace

int serve_site(const ServeOptions& options, std::ostream& log, const std::atomic<bool>& stop,
               const std::function<void(const std::string&)>& on_ready) {
  Shared shared;
  std::mutex log_mutex;
  // The folder served: the configuration's output folder.
  fs::path root;
  std::vector<fs::path> watched;
  try {
    const SiteConfig config = load_site_config(options.build.config);
    root = options.build.output_dir ? fs::absolute(*options.build.output_dir) : config.output_dir;
    const fs::path content = options.build.content_dir ? fs::absolute(*options.build.content_dir) : config.content_dir;
    watched = {config.file, content, config.root / "templates", config.root / "themes", config.root / "static"};
  } catch (const ConfigError& e) {
    for (const auto& p : e.problems) log << "budgetsite: " << printable_path(p) << "\n";
    return 2;
  }
  auto build_once = [&] {
    std::ostringstream progress;
    BuildOptions build = options.build;
    build.quiet = true;
    const BuildReport report = build_site(build, progress);
    std::lock_guard lock(shared.mutex);
    ++shared.version;
    shared.failure = report.exit_code == 0 ? "" : progress.str();
    {
      std::lock_guard log_lock(log_mutex);
      log << (report.exit_code == 0 ? "budgetsite: rebuilt (" + std::to_string(report.disclosures) + " disclosures, " +
                                          std::to_string(report.pages) + " pages, " + std::to_string(report.seconds).substr(0, 4) +
                                          " s)\n"
                                    : "budgetsite: the build failed; the last good site is still served:\n" + progress.str());
      log.flush();
    }
    shared.changed.notify_all();
  };
  build_once();
  std::error_code ec;
  const fs::path canonical_root = fs::weakly_canonical(root, ec);

  httplib::Server server;
  server.Get("/__budgetsite/reload", [&](const httplib::Request& req, httplib::Response& res) {
    long seen = 0;
    try {
      seen = std::stol(req.get_param_value("v"));
    } catch (...) {
    }
    std::unique_lock lock(shared.mutex);
    shared.changed.wait_for(lock, std::chrono::seconds(25), [&] { return shared.version > seen || stop.load(); });
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::to_string(shared.version), "text/plain");
  });
  server.Get(R"(/.*)", [&](const httplib::Request& req, httplib::Response& res) {
    const fs::path file = served_file(canonical_root, req.path);
    if (file.empty()) {
      const fs::path not_found = served_file(canonical_root, "/404.html");
      res.status = 404;
      res.set_content(not_found.empty() ? "not found" : read_file(not_found),
                      not_found.empty() ? "text/plain" : "text/html; charset=utf-8");
      return;
    }
    std::string body = read_file(file);
    const std::string type = content_type(file);
    res.set_header("Cache-Control", "no-store");
    if (file.extension() == ".html") {
      long version;
      std::string failure;
      {
        std::lock_guard lock(shared.mutex);
        version = shared.version;
        failure = shared.failure;
      }
      std::string inject = reload_script(version);
      if (!failure.empty())
        inject = "<div role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:9999;"
                 "background:#fdecea;color:#5f1411;border-top:4px solid #b3261e;padding:1rem;font:14px/1.5 monospace;"
                 "white-space:pre-wrap\"><strong>budgetsite: the last build failed; this is the previous site.</strong>\n" +
                 escape_markup(failure) + "</div>" + inject;
      const size_t end = body.rfind("</body>");
      body.insert(end == std::string::npos ? body.size() : end, inject);
      res.set_content(body, "text/html; charset=utf-8");
      return;
    }
    res.set_content(body, type.empty() ? "application/octet-stream" : type);
  });

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port("127.0.0.1");
    if (port < 0) {
      log << "budgetsite: cannot listen on 127.0.0.1\n";
      return 2;
    }
  } else if (!server.bind_to_port("127.0.0.1", port)) {
    log << "budgetsite: cannot listen on 127.0.0.1:" << port << " (in use? choose another with --port)\n";
    return 2;
  }
  std::thread listener([&] { server.listen_after_bind(); });
  const std::string address = "http://127.0.0.1:" + std::to_string(port) + "/";
  {
    std::lock_guard log_lock(log_mutex);
    log << "budgetsite: serving " << root.string() << " at " << address << " (Ctrl-C to stop)\n";
    log.flush();
  }
  if (on_ready) on_ready(address);
  std::string seen = fingerprint(watched);
  while (!stop.load()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(options.poll_milliseconds));
    const std::string now = fingerprint(watched);
    if (now == seen) continue;
    seen = now;
    build_once();
  }
  shared.changed.notify_all();
  server.stop();
  listener.join();
  return 0;
}

}  // namespace budgetsite
