// `budgetsite serve` (serve/serve.h): serves the built site on 127.0.0.1 only, refuses paths
// leading out of it, rebuilds and tells connected pages to reload when a file changes, and
// shows a failed build on the pages while serving the last good site.
#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include "serve/serve.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace budgetsite;

namespace {

struct ServedSite {
  fs::path root;
  std::atomic<bool> stop{false};
  std::promise<std::string> ready;
  std::thread thread;
  std::ostringstream log;
  std::string address;
  int port = 0;

  explicit ServedSite(const std::string& name) {
    root = fs::temp_directory_path() / ("budgetsite-serve-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::copy(source_path("starter"), root, fs::copy_options::recursive);
    fs::copy_file(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"),
                  root / "content/disclosures/shanxi-liulin-2024-budget.txt");
    ServeOptions options;
    options.build.config = root / "site-config.yaml";
    options.port = 0;
    options.poll_milliseconds = 100;
    thread = std::thread([this, options] {
      serve_site(options, log, stop, [this](const std::string& a) { ready.set_value(a); });
    });
    address = ready.get_future().get();
    port = std::stoi(address.substr(address.rfind(':') + 1));
  }
  ~ServedSite() {
    stop = true;
    thread.join();
    fs::remove_all(root);
  }
  httplib::Client client() const { return httplib::Client("127.0.0.1", port); }
};

}  // namespace

TEST(Serve, ServesTheSiteWithTheReloadScriptOnly) {
  ServedSite site("pages");
  auto client = site.client();
  auto home = client.Get("/");
  ASSERT_TRUE(home);
  EXPECT_EQ(home->status, 200);
  EXPECT_EQ(home->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(home->body.find("/__budgetsite/reload"), std::string::npos);
  // The file on disk has no such script.
  std::ifstream file(site.root / "public/index.html");
  std::string on_disk((std::istreambuf_iterator<char>(file)), {});
  EXPECT_EQ(on_disk.find("__budgetsite"), std::string::npos);
  auto css = client.Get("/assets/css/site.css");
  ASSERT_TRUE(css);
  EXPECT_EQ(css->get_header_value("Content-Type"), "text/css; charset=utf-8");
  auto page = client.Get("/disclosures/shanxi-liulin-2024-budget/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  auto missing = client.Get("/no/such/page.html");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST(Serve, NothingOutsideTheSiteIsServed) {
  ServedSite site("outside");
  std::ofstream(site.root / "secret.txt") << "secret";
  fs::create_symlink(site.root / "secret.txt", site.root / "public/linked.txt");
  auto client = site.client();
  for (const char* path : {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd", "/..%2fsecret.txt",
                           "//etc/passwd", "/linked.txt", "/assets/../../secret.txt"}) {
    auto r = client.Get(path);
    if (!r) continue;  // refused before any answer
    EXPECT_NE(r->status, 200) << path;
    EXPECT_EQ(r->body.find("secret"), std::string::npos) << path;
  }
  // The rule itself.
  const fs::path root = fs::canonical(site.root / "public");
  EXPECT_EQ(served_file(root, "/../secret.txt"), fs::path());
  EXPECT_EQ(served_file(root, "/linked.txt"), fs::path());
  EXPECT_EQ(served_file(root, "/index.html"), root / "index.html");
  EXPECT_EQ(served_file(root, "/"), root / "index.html");
  fs::remove(site.root / "public/linked.txt");
}

// Bound to the loopback address only: /proc/net/tcp lists the port on 0100007F (127.0.0.1).
TEST(Serve, ListensOnTheLoopbackOnly) {
  ServedSite site("loopback");
  std::ifstream tcp("/proc/net/tcp");
  std::string line;
  char port_hex[8];
  std::snprintf(port_hex, sizeof port_hex, "%04X", site.port);
  bool found = false;
  while (std::getline(tcp, line)) {
    if (line.find(std::string(":") + port_hex + " 00000000:0000 0A") == std::string::npos) continue;  // LISTEN
    found = true;
    EXPECT_NE(line.find("0100007F:" + std::string(port_hex)), std::string::npos) << line;
  }
  EXPECT_TRUE(found);
}

// A page changed on disk is rebuilt and a waiting page is told to reload; a broken template
// shows its error on the pages while the last good site is still served.
TEST(Serve, AChangeReloadsAndABrokenTemplateShowsItsError) {
  ServedSite site("reload");
  auto client = site.client();
  client.set_read_timeout(30, 0);
  auto first = client.Get("/__budgetsite/reload?v=0");
  ASSERT_TRUE(first);
  const long version = std::stol(first->body);
  auto waiting = std::async(std::launch::async, [&] {
    auto c = site.client();
    c.set_read_timeout(30, 0);
    const auto start = std::chrono::steady_clock::now();
    auto r = c.Get(("/__budgetsite/reload?v=" + std::to_string(version)).c_str());
    return std::pair{r ? std::stol(r->body) : -1L,
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()};
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::ofstream(site.root / "content/pages/about.md") << "---\ntitle: 关于（改过）\n---\n新的正文。\n";
  const auto [next, seconds] = waiting.get();
  EXPECT_GT(next, version);
  RecordProperty("reload_seconds", std::to_string(seconds));
  auto about = client.Get("/about/");
  ASSERT_TRUE(about);
  EXPECT_NE(about->body.find("新的正文"), std::string::npos);

  fs::create_directories(site.root / "templates");
  std::ofstream(site.root / "templates/page.mustache") << "{{#unclosed}}\n";
  for (int i = 0; i < 100; ++i) {
    auto r = client.Get("/about/");
    if (r && r->body.find("the last build failed") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  auto broken = client.Get("/about/");
  ASSERT_TRUE(broken);
  EXPECT_NE(broken->body.find("the last build failed"), std::string::npos);
  EXPECT_NE(broken->body.find("page.mustache"), std::string::npos);
  EXPECT_NE(broken->body.find("新的正文"), std::string::npos);  // the last good site
}
