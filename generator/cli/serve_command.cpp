// `budgetsite serve`: build, serve on 127.0.0.1 with live reload (serve/serve.h).
#include <csignal>
#include <iostream>

#include "cli/command.h"
#include "serve/serve.h"

namespace budgetsite::cli {
namespace {

const char* kServeUsage = R"(Usage: budgetsite serve [--port N] [--config FILE] [--content DIR] [--out DIR]

Builds the site, serves it at http://127.0.0.1:N/ (8000 by default; 0 picks a free port; only
this machine can connect), and rebuilds it — incrementally, through the build cache — whenever
a file of the content, the configuration, templates/, themes/ or static/ changes. Every open
page reloads after a rebuild (a small script is added to the pages served, not to the files).
A build that fails shows its message at the foot of every page, and the last good site is still
served. Only files of the output folder are served. Ctrl-C stops it.
Exit 0 when stopped; 2 on bad usage, an unusable configuration, or a port that cannot be taken.
)";

std::atomic<bool> g_stop{false};

int run_serve(const std::vector<std::string>& args) {
  ServeOptions options;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (i + 1 >= args.size()) {
      std::cerr << kServeUsage;
      return 2;
    }
    const std::string& v = args[++i];
    if (a == "--port") {
      try {
        options.port = std::stoi(v);
      } catch (...) {
        options.port = -1;
      }
      if (options.port < 0 || options.port > 65535) {
        std::cerr << "budgetsite: --port: expected a port number from 0 to 65535, got '" << v << "'\n";
        return 2;
      }
    } else if (a == "--config") {
      options.build.config = v;
    } else if (a == "--content") {
      options.build.content_dir = v;
    } else if (a == "--out") {
      options.build.output_dir = v;
    } else {
      std::cerr << kServeUsage;
      return 2;
    }
  }
  std::signal(SIGINT, [](int) { g_stop = true; });
  std::signal(SIGTERM, [](int) { g_stop = true; });
  return serve_site(options, std::cerr, g_stop, [](const std::string& address) {
    std::cout << address << std::endl;  // the first line of stdout: where it listens
  });
}

const CommandRegistration serve_command({"serve", "serve [--port N] [--config FILE] [--content DIR] [--out DIR]",
                                         "Build, serve on 127.0.0.1 and rebuild and reload pages on every change.",
                                         kServeUsage, 15, run_serve});

}  // namespace
}  // namespace budgetsite::cli
