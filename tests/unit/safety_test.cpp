// The user's files are safe: a build never replaces a folder it did not write, never one that
// holds the project; one build at a time; a build that fails (full disk, read-only folder) or
// is killed leaves the previous site whole and no staging folder; nothing is written outside
// the output folder; symlinks leading out of the content folder and stray disclosures are
// named; spreadsheet cells never start a formula; broken links fail a strict build.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "common/files.h"
#include "common/text.h"
#include "site/build.h"
#include "site/output.h"
#include "test_support.h"

namespace fs = std::filesystem;
using namespace budgetsite;

namespace {

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("budgetsite-safety-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// A small content folder: two Shanxi seeds and one page.
fs::path small_content(const fs::path& root) {
  const fs::path content = root / "content";
  fs::create_directories(content / "disclosures");
  fs::create_directories(content / "pages");
  for (const char* id : {"shanxi-liulin-2024-budget", "shanxi-xiangyuan-2023-final"})
    fs::copy_file(source_path(std::string("content/disclosures/") + id + ".txt"),
                  content / "disclosures" / (std::string(id) + ".txt"));
  std::ofstream(content / "pages/about.md") << "---\ntitle: 关于\n---\n说明。\n";
  return content;
}

BuildReport build(const fs::path& out, const fs::path& content, std::string* log_text = nullptr, bool strict = false) {
  BuildOptions options;
  options.config = source_path("site-config.yaml");
  options.output_dir = out;
  options.cache_dir = out.parent_path() / ".cache";
  options.content_dir = content;
  options.quiet = true;
  options.strict = strict;
  options.jobs = 2;
  std::ostringstream log;
  BuildReport report = build_site(options, log);
  if (log_text) *log_text = log.str();
  return report;
}

std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files[fs::relative(e.path(), root).generic_string()] = read_bytes(e.path().string());
  return files;
}

// Names in `dir` that a build leaves only while it runs.
std::vector<std::string> leftovers(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string n = e.path().filename().string();
    if (n.find(".building-") != std::string::npos || n.find(".previous-") != std::string::npos ||
        n.ends_with(".lock"))
      names.push_back(n);
  }
  return names;
}

}  // namespace

TEST(Safety, AFolderWithSomeoneElsesFilesIsRefused) {
  const fs::path root = fresh_dir("foreign");
  const fs::path content = small_content(root);
  const fs::path out = root / "notes";
  fs::create_directories(out);
  std::ofstream(out / "important.txt") << "mine";
  std::string log;
  EXPECT_EQ(build(out, content, &log).exit_code, 2);
  EXPECT_NE(log.find("is not empty and budgetsite has no record of writing it"), std::string::npos) << log;
  EXPECT_EQ(tree(out), (std::map<std::string, std::string>{{"important.txt", "mine"}}));
  // An empty folder, and a folder budgetsite wrote, are taken.
  const fs::path empty = root / "empty";
  fs::create_directories(empty);
  EXPECT_EQ(build(empty, content).exit_code, 0);
  EXPECT_TRUE(fs::exists(empty / kOutputMarker));
  EXPECT_TRUE(fs::exists(output_record_path(fs::canonical(empty))));
  EXPECT_EQ(build(empty, content).exit_code, 0);
}

// A home folder holding one page saved from a budgetsite site (its generator meta, even its
// marker) and the user's Documents/: refused, nothing deleted.
TEST(Safety, ASavedPageGivesNoRightToTheFolder) {
  const fs::path root = fresh_dir("saved-page");
  const fs::path content = small_content(root);
  const fs::path home = root / "home";
  fs::create_directories(home / "Documents");
  std::ofstream(home / "Documents" / "letter.txt") << "mine";
  std::ofstream(home / "index.html") << "<meta name=\"generator\" content=\"budgetsite 0.1.0\">";
  std::ofstream(home / kOutputMarker) << "This folder is a site built by budgetsite.\n";
  std::string log;
  EXPECT_EQ(build(home, content, &log).exit_code, 2);
  EXPECT_TRUE(fs::exists(home / "Documents" / "letter.txt"));
  EXPECT_NE(log.find("no record of writing it"), std::string::npos) << log;
}

// A site copied into a web root (cp -r public/. webroot/) beside another application: the copied
// marker gives no right to webroot; and a site budgetsite wrote, to which a user added a file,
// is refused naming that file, not emptied.
TEST(Safety, ACopiedSiteOrAnAddedFileIsNotReplaced) {
  const fs::path root = fresh_dir("copied");
  const fs::path content = small_content(root);
  const fs::path out = root / "public";
  ASSERT_EQ(build(out, content).exit_code, 0);
  const fs::path webroot = root / "webroot";
  fs::create_directories(webroot / "other-app");
  std::ofstream(webroot / "other-app" / "index.php") << "<?php";
  fs::copy(out, webroot, fs::copy_options::recursive);
  std::string log;
  EXPECT_EQ(build(webroot, content, &log).exit_code, 2);
  EXPECT_TRUE(fs::exists(webroot / "other-app" / "index.php"));
  // A record copied along beside it names its own folder, not this one.
  fs::copy_file(output_record_path(fs::canonical(out)), output_record_path(fs::canonical(webroot)));
  EXPECT_EQ(build(webroot, content, &log).exit_code, 2);
  EXPECT_TRUE(fs::exists(webroot / "other-app" / "index.php"));

  std::ofstream(out / "notes.txt") << "mine";
  fs::create_directories(out / "drafts");
  std::ofstream(out / "drafts" / "a.md") << "mine";
  log.clear();
  EXPECT_EQ(build(out, content, &log).exit_code, 2);
  EXPECT_NE(log.find("holds 2 files budgetsite did not write (drafts, notes.txt)"), std::string::npos) << log;
  EXPECT_TRUE(fs::exists(out / "notes.txt"));
  EXPECT_TRUE(fs::exists(out / "drafts" / "a.md"));
  // Moved away, the site is taken again.
  fs::remove(out / "notes.txt");
  fs::remove_all(out / "drafts");
  EXPECT_EQ(build(out, content).exit_code, 0);
}

TEST(Safety, AnOutputFolderHoldingTheContentOrTheProjectIsRefused) {
  const fs::path root = fresh_dir("holding");
  const fs::path content = small_content(root);
  std::ofstream(root / "notes.md") << "mine";
  std::string log;
  EXPECT_EQ(build(root, content, &log).exit_code, 2);  // --content X/content --out X
  EXPECT_NE(log.find("which a build would delete"), std::string::npos) << log;
  EXPECT_TRUE(fs::exists(content / "disclosures/shanxi-liulin-2024-budget.txt"));
  EXPECT_TRUE(fs::exists(root / "notes.md"));
  // --out . (the working folder), and a file.
  EXPECT_NE(output_folder_refusal(fs::current_path(), {fs::current_path()}), "");
  std::ofstream(root / "a-file") << "x";
  EXPECT_NE(output_folder_refusal(root / "a-file", {}).find("is a file"), std::string::npos);
  EXPECT_EQ(output_folder_refusal(root / "new-folder", {content}), "");
}

TEST(Safety, OneBuildAtATime) {
  const fs::path root = fresh_dir("lock");
  const fs::path content = small_content(root);
  const fs::path out = root / "public";
  ASSERT_EQ(build(out, content).exit_code, 0);
  const auto before = tree(out);
  {
    OutputLock held(out);  // another build writing the same folder
    std::string log;
    EXPECT_EQ(build(out, content, &log).exit_code, 1);
    EXPECT_NE(log.find("another budgetsite build is writing"), std::string::npos) << log;
    EXPECT_EQ(tree(out), before);
  }
  EXPECT_EQ(build(out, content).exit_code, 0);  // released: the next build goes ahead
  EXPECT_TRUE(leftovers(root).empty());
}

// The disk refuses in the middle of a build (full, or the folder read-only): the message names
// the file and the reason, the previous site stays, no staging folder is left.
TEST(Safety, AFailedWriteLeavesThePreviousSiteAndNoStaging) {
  const fs::path root = fresh_dir("diskfull");
  const fs::path out = root / "public";
  OutputTree first;
  first.add("index.html", "old site");
  {
    OutputLock lock(out);
    write_atomically(first, lock);
  }
  for (int error : {ENOSPC, EROFS}) {
    OutputTree next;
    for (int i = 0; i < 10; ++i) next.add("page-" + std::to_string(i) + ".html", std::string(1000, 'x'));
    std::atomic<int> written{0};
    WriteHooks hooks;
    hooks.before_write = [&](const std::string&) {
      if (++written == 5) throw std::system_error(error, std::generic_category());
    };
    OutputLock lock(out);
    try {
      write_atomically(next, lock, hooks);
      ADD_FAILURE() << "the write should have failed";
    } catch (const OutputError& e) {
      EXPECT_NE(std::string(e.what()).find(std::generic_category().message(error)), std::string::npos) << e.what();
    }
    EXPECT_EQ(read_bytes((out / "index.html").string()), "old site");
    EXPECT_FALSE(fs::exists(out / "page-0.html"));
  }
  EXPECT_TRUE(leftovers(root).empty());
}

// A real read-only folder, where permissions bind (not for root, who may write anyway).
TEST(Safety, AReadOnlyParentFolderGivesAClearMessage) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores permissions; AFailedWriteLeavesThePreviousSiteAndNoStaging covers EROFS";
  const fs::path root = fresh_dir("readonly");
  const fs::path content = small_content(root);
  const fs::path locked = root / "locked";
  fs::create_directories(locked);
  fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
  std::string log;
  EXPECT_NE(build(locked / "public", content, &log).exit_code, 0);
  EXPECT_NE(log.find("read-only"), std::string::npos) << log;
  fs::permissions(locked, fs::perms::owner_all);
}

// Killed at any moment (SIGKILL: no cleanup runs), a build leaves either the previous site or
// the new one, whole; the staging folders it may leave are removed by the next build.
TEST(Safety, AKilledBuildLeavesAWholeSite) {
  const fs::path root = fresh_dir("killed");
  const fs::path content_a = small_content(root / "a");
  const fs::path content_b = small_content(root / "b");
  std::ofstream(content_b / "pages/more.md") << "---\ntitle: 更多\n---\n另一页。\n";
  const fs::path out = root / "public";
  ASSERT_EQ(build(out, content_b).exit_code, 0);
  const auto site_b = tree(out);
  ASSERT_EQ(build(out, content_a).exit_code, 0);
  const auto site_a = tree(out);
  ASSERT_NE(site_a, site_b);
  for (int delay_ms : {1, 5, 20, 40, 60, 90, 150, 400}) {
    const fs::path& next = delay_ms % 2 ? content_b : content_a;
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) ::_exit(build(out, next).exit_code);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    const auto now = tree(out);
    EXPECT_TRUE(now == site_a || now == site_b) << "killed after " << delay_ms << " ms: a site neither old nor new";
  }
  ASSERT_EQ(build(out, content_a).exit_code, 0);
  EXPECT_EQ(tree(out), site_a);
  EXPECT_TRUE(leftovers(root).empty());
}

TEST(Safety, NothingIsWrittenOutsideTheOutputFolder) {
  const fs::path root = fresh_dir("escape");
  for (const char* path : {"../escaped.html", "/tmp/escaped.html", "a/../../escaped.html"}) {
    OutputTree t;
    t.add("index.html", "site");
    t.add(path, "evil");
    OutputLock lock(root / "public");
    EXPECT_THROW(write_atomically(t, lock), OutputError) << path;
  }
  EXPECT_FALSE(fs::exists(root / "escaped.html"));
  EXPECT_FALSE(fs::exists(root / "public"));
  EXPECT_TRUE(leftovers(root).size() <= 1);  // the lock of the last scope is gone with it
}

TEST(Safety, SymlinksLeadingOutAndStrayDisclosuresAreNamed) {
  const fs::path root = fresh_dir("links");
  const fs::path content = small_content(root);
  fs::create_symlink("/etc/passwd", content / "pages/passwd.md");
  fs::create_directories(root / "elsewhere");
  fs::copy_file(source_path("content/disclosures/shanxi-datong-2024-budget.txt"), root / "elsewhere/outside.txt");
  fs::create_symlink(root / "elsewhere/outside.txt", content / "disclosures/shanxi-outside-2024-budget.txt");
  // A link inside the folder is followed.
  fs::create_symlink(content / "disclosures/shanxi-liulin-2024-budget.txt",
                     content / "disclosures/shanxi-inside-2024-budget.txt");
  std::ofstream(content / "shanxi-stray-2024-budget.txt") << "misplaced";
  std::string log;
  BuildOptions options;
  const fs::path out = root / "public";
  std::ostringstream stream;
  options.config = source_path("site-config.yaml");
  options.output_dir = out;
  options.cache_dir = out.parent_path() / ".cache";
  options.content_dir = content;
  const BuildReport report = build_site(options, stream);
  log = stream.str();
  EXPECT_EQ(report.exit_code, 0) << log;
  EXPECT_NE(log.find("passwd.md: a link to /etc/passwd, outside the content folder: not published"), std::string::npos)
      << log;
  EXPECT_NE(log.find("shanxi-outside-2024-budget.txt: a link to"), std::string::npos) << log;
  EXPECT_NE(log.find("shanxi-stray-2024-budget.txt: ignored: disclosures are read from"), std::string::npos) << log;
  EXPECT_FALSE(fs::exists(out / "disclosures/shanxi-outside-2024-budget"));
  EXPECT_TRUE(fs::exists(out / "disclosures/shanxi-inside-2024-budget/index.html"));
  EXPECT_FALSE(fs::exists(out / "passwd"));
}

TEST(Safety, OddFileNamesAreRefusedClearly) {
  const fs::path root = fresh_dir("names");
  const fs::path content = small_content(root);
  for (const char* name : {"-rf.txt", "with space.txt", "预算.txt", "..hidden.txt"})
    fs::copy_file(source_path("content/disclosures/shanxi-liulin-2024-budget.txt"), content / "disclosures" / name);
  std::string log;
  const BuildReport report = build(root / "public", content, &log);
  EXPECT_EQ(report.exit_code, 0) << log;
  EXPECT_EQ(report.disclosures, 2);
  EXPECT_EQ(report.unusable.size(), 4u);
  for (const auto& u : report.unusable) EXPECT_NE(u.find("file name should use only a-z, 0-9"), std::string::npos) << u;
  for (const auto& e : fs::recursive_directory_iterator(root / "public"))
    EXPECT_TRUE(fs::relative(e.path(), root / "public").generic_string().find("..") == std::string::npos);
}

TEST(Safety, EveryInputUnusableIsAFailure) {
  const fs::path root = fresh_dir("unusable");
  fs::create_directories(root / "content/disclosures");
  fs::copy_file(source_path("tests/fixtures/invalid/government-notice.txt"), root / "content/disclosures/notice.txt");
  fs::copy_file(source_path("tests/fixtures/invalid/scan-no-text-layer.txt"), root / "content/disclosures/scan.txt");
  std::string log;
  EXPECT_EQ(build(root / "public", root / "content", &log).exit_code, 1);
  EXPECT_NE(log.find("no disclosure could be used"), std::string::npos) << log;
  EXPECT_FALSE(fs::exists(root / "public"));
}

TEST(Safety, ABrokenLinkFailsAStrictBuild) {
  const fs::path root = fresh_dir("strict-links");
  const fs::path content = root / "content";
  fs::create_directories(content / "disclosures");
  fs::create_directories(content / "pages");
  // A disclosure without any error, so that the strict build fails for the link alone.
  fs::copy_file(source_path("tests/fixtures/corpus/js-suzhou-audit-2026-budget.txt"),
                content / "disclosures/js-suzhou-audit-2026-budget.txt");
  std::ofstream(content / "pages/broken.md") << "---\ntitle: 坏链接\n---\n[无处](../no-such-page/)\n";
  std::string log;
  EXPECT_EQ(build(root / "public", content, &log).exit_code, 0);
  EXPECT_NE(log.find("broken link"), std::string::npos) << log;
  EXPECT_EQ(build(root / "public", content, &log, true).exit_code, 1) << log;
  fs::remove(content / "pages/broken.md");
  EXPECT_EQ(build(root / "public", content, &log, true).exit_code, 0) << log;
}

TEST(Safety, SpreadsheetCellsNeverStartAFormula) {
  EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv_field("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
  EXPECT_EQ(csv_field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_field("-2+3"), "'-2+3");
  EXPECT_EQ(csv_field("\tx"), "'\tx");
  EXPECT_EQ(csv_field("-12.50"), "-12.50");  // a number stays a number
  EXPECT_EQ(csv_field("12.50"), "12.50");
  EXPECT_EQ(csv_field("一般公共服务支出"), "一般公共服务支出");
}

// A rebuild leaves the files that did not change untouched (same inode, same modification
// time), so a deploy uploads only what changed; the changed disclosure's files are new.
TEST(Safety, ARebuildLeavesUnchangedFilesUntouched) {
  const fs::path root = fresh_dir("untouched");
  const fs::path content = small_content(root);
  const fs::path out = root / "public";
  ASSERT_EQ(build(out, content).exit_code, 0);
  const fs::path same = out / "disclosures/shanxi-xiangyuan-2023-final/model.json";
  const fs::path changed = out / "disclosures/shanxi-liulin-2024-budget/model.json";
  const auto same_time = fs::last_write_time(same), changed_time = fs::last_write_time(changed);
  struct stat before {};
  ASSERT_EQ(::stat(same.c_str(), &before), 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  // One disclosure changes: a figure of its statement.
  const fs::path text = content / "disclosures/shanxi-liulin-2024-budget.txt";
  std::string body = read_bytes(text.string());
  body += "\n";
  std::ofstream(text, std::ios::binary) << body;
  ASSERT_EQ(build(out, content).exit_code, 0);
  struct stat after {};
  ASSERT_EQ(::stat(same.c_str(), &after), 0);
  EXPECT_EQ(before.st_ino, after.st_ino);
  EXPECT_EQ(fs::last_write_time(same), same_time);
  EXPECT_NE(fs::last_write_time(changed), changed_time);
}

namespace {

// A tree that writes its files as they are added (so a site's bytes are not all in memory)
// gives the same site, moves its files into place, refuses paths leading out, and leaves no
// folder behind; a file whose bytes did not change keeps the previous site's inode.
TEST(Safety, FilesWrittenAsTheyComeGiveTheSameSite) {
  const fs::path root = fresh_dir("spill");
  const fs::path out = root / "public";
  {
    OutputTree first;
    first.add("index.html", "<p>一</p>");
    first.add("a/b/page.html", "two");
    OutputLock lock(out);
    write_atomically(first, lock);
  }
  struct stat before {};
  ASSERT_EQ(::stat((out / "index.html").c_str(), &before), 0);
  {
    OutputLock lock(out);
    OutputTree tree;
    tree.spill_into(root / ".public.building-files-test");
    tree.add("index.html", "<p>一</p>");
    tree.add("a/b/page.html", "three");
    tree.add("c.csv", std::string(1 << 20, 'x'));
    EXPECT_TRUE(tree.spilled("c.csv"));
    EXPECT_TRUE(fs::exists(root / ".public.building-files-test/a/b/page.html"));
    EXPECT_THROW(tree.add("../escaped.html", "evil"), OutputError);
    EXPECT_THROW(tree.add("c.csv", "again"), OutputError);
    write_atomically(tree, lock);
    EXPECT_FALSE(fs::exists(root / ".public.building-files-test/a/b/page.html"));  // moved, not copied
  }
  EXPECT_FALSE(fs::exists(root / "escaped.html"));
  EXPECT_EQ(read_bytes((out / "a/b/page.html").string()), "three");
  EXPECT_EQ(fs::file_size(out / "c.csv"), 1u << 20);
  EXPECT_EQ(read_bytes((out / "index.html").string()), "<p>一</p>");
  struct stat after {};
  ASSERT_EQ(::stat((out / "index.html").c_str(), &after), 0);
  EXPECT_EQ(after.st_ino, before.st_ino);  // unchanged: the previous site's file, linked
  EXPECT_TRUE(leftovers(root).empty());
}

}  // namespace

// Sidecars pass the gate disclosures pass: a FIFO does not hang the build, a link to /dev/zero is
// not read (no 1 GB string), a link to a YAML file outside the content is not read (its keys not
// echoed, its source_url not published); each is named, and the disclosure is published without
// its metadata.
TEST(Safety, SidecarsPassTheInputGate) {
  const fs::path root = fresh_dir("sidecars");
  const fs::path content = small_content(root);
  ASSERT_EQ(::mkfifo((content / "disclosures/shanxi-liulin-2024-budget.yaml").c_str(), 0644), 0);
  fs::create_directories(root / "elsewhere");
  std::ofstream(root / "elsewhere/secret.yaml") << "source_url: https://attacker.example/secret\n";
  fs::create_symlink(root / "elsewhere/secret.yaml", content / "disclosures/shanxi-xiangyuan-2023-final.yaml");
  std::string log;
  EXPECT_EQ(build(root / "public", content, &log).exit_code, 0) << log;
  EXPECT_NE(log.find("shanxi-liulin-2024-budget.yaml: not a regular file (a FIFO)"), std::string::npos) << log;
  EXPECT_NE(log.find("shanxi-xiangyuan-2023-final.yaml: a link outside the content folder: not read"), std::string::npos)
      << log;
  for (const auto& [path, bytes] : tree(root / "public"))
    EXPECT_EQ(bytes.find("attacker.example"), std::string::npos) << path;

  fs::remove(content / "disclosures/shanxi-liulin-2024-budget.yaml");
  fs::create_symlink("/dev/zero", content / "disclosures/shanxi-liulin-2024-budget.yaml");
  EXPECT_EQ(build(root / "public", content, &log).exit_code, 0) << log;
  EXPECT_NE(log.find("shanxi-liulin-2024-budget.yaml: a link outside the content folder: not read"), std::string::npos)
      << log;
}

// The gate itself: a FIFO and a device are refused without blocking; a file over its limit is
// refused naming the limit.
TEST(Safety, TheInputGateRefusesFifosDevicesAndHugeFiles) {
  const fs::path root = fresh_dir("gate");
  ASSERT_EQ(::mkfifo((root / "fifo").c_str(), 0644), 0);
  std::string why;
  EXPECT_FALSE(read_input_file(root / "fifo", 1024, "a test", &why));
  EXPECT_NE(why.find("a FIFO"), std::string::npos) << why;
  EXPECT_FALSE(read_input_file("/dev/zero", 1024, "a test", &why));
  EXPECT_NE(why.find("a device"), std::string::npos) << why;
  std::ofstream(root / "big") << std::string(2048, 'x');
  EXPECT_FALSE(read_input_file(root / "big", 1024, "a test", &why));
  EXPECT_NE(why.find("over the limit of 0.0 MB for a test"), std::string::npos) << why;
  ASSERT_TRUE(read_input_file(root / "big", 4096, "a test", &why));
  EXPECT_EQ(read_input_file(root / "big", 4096, "a test", &why)->size(), 2048u);
}

// content/disclosures as a link to a folder outside the content publishes nothing from there.
TEST(Safety, AContentFolderLinkedOutsideIsNotPublished) {
  const fs::path root = fresh_dir("folder-link");
  const fs::path content = small_content(root);
  fs::create_directories(root / "elsewhere");
  fs::copy_file(source_path("content/disclosures/shanxi-datong-2024-budget.txt"),
                root / "elsewhere/shanxi-datong-2024-budget.txt");
  fs::remove_all(content / "disclosures");
  fs::create_symlink(root / "elsewhere", content / "disclosures");
  std::string log;
  build(root / "public", content, &log);
  EXPECT_NE(log.find("disclosures: a link to " + (root / "elsewhere").string() +
                     ", outside the content folder: nothing in it is published"),
            std::string::npos)
      << log;
  EXPECT_FALSE(fs::exists(root / "public/disclosures/shanxi-datong-2024-budget"));
}

// --cache takes a new folder, an empty one, or a budgetsite cache; a folder of the user's is
// refused (exit 2), and no CACHEDIR.TAG is written into it (backups would skip the user's files).
TEST(Safety, TheCacheTakesOnlyAFolderOfItsOwn) {
  const fs::path root = fresh_dir("cache");
  const fs::path content = small_content(root);
  const fs::path documents = root / "Documents";
  fs::create_directories(documents);
  std::ofstream(documents / "letter.txt") << "mine";
  BuildOptions options;
  options.config = source_path("site-config.yaml");
  options.output_dir = root / "public";
  options.content_dir = content;
  options.quiet = true;
  options.cache_dir = documents;
  std::ostringstream log;
  EXPECT_EQ(build_site(options, log).exit_code, 2);
  EXPECT_NE(log.str().find("is not empty and is not a budgetsite cache"), std::string::npos) << log.str();
  EXPECT_FALSE(fs::exists(documents / "CACHEDIR.TAG"));
  EXPECT_FALSE(fs::exists(root / "public"));
  // A new folder becomes a cache, and is taken again.
  options.cache_dir = root / "cache";
  EXPECT_EQ(build_site(options, log).exit_code, 0) << log.str();
  EXPECT_TRUE(fs::exists(root / "cache" / "CACHEDIR.TAG"));
  EXPECT_EQ(build_site(options, log).exit_code, 0) << log.str();
}

// The smaller refusals: each names its file and the build goes on with the rest.
TEST(Safety, SmallerRefusalsNameTheirFileAndTheBuildGoesOn) {
  const fs::path root = fresh_dir("smaller");
  const fs::path content = small_content(root);
  // A page whose slug is an address the build writes itself.
  std::ofstream(content / "pages/search-page.md") << "---\ntitle: 搜索\nslug: search.html\n---\n正文。\n";
  // An HTML file named .pdf.
  std::ofstream(content / "disclosures/shanxi-fake-2024-budget.pdf") << "<html><body>not a pdf</body></html>";
  // A title of 10,000 characters, and one with bytes that are not UTF-8.
  std::ofstream(content / "pages/long.md") << "---\ntitle: " << std::string(10000, 'x') << "\n---\n正文。\n";
  std::ofstream(content / "pages/latin1.md") << "---\ntitle: caf\xe9\n---\nbody\n";
  // A file name carrying a newline and an ANSI escape, to forge a log line.
  std::ofstream(content / "disclosures" / "x\nbudgetsite: all good\x1b[2J.txt") << "x";
  std::string log;
  const BuildReport report = build(root / "public", content, &log);
  EXPECT_EQ(report.exit_code, 0) << log;
  EXPECT_NE(log.find("slug 'search.html' is an address the build writes itself"), std::string::npos) << log;
  EXPECT_NE(log.find("shanxi-fake-2024-budget.pdf: named .pdf but not a PDF"), std::string::npos) << log;
  EXPECT_NE(log.find("'title' is 10000 characters long, over the limit of 200"), std::string::npos) << log;
  EXPECT_NE(log.find("latin1.md: not valid UTF-8"), std::string::npos) << log;
  EXPECT_NE(log.find("x\\nbudgetsite: all good\\x1b[2J.txt"), std::string::npos) << log;
  EXPECT_EQ(log.find("\nbudgetsite: all good"), std::string::npos) << log;
  EXPECT_EQ(log.find('\x1b'), std::string::npos);
  // The rest is built.
  EXPECT_TRUE(fs::exists(root / "public/disclosures/shanxi-liulin-2024-budget/index.html"));
  EXPECT_TRUE(fs::is_regular_file(root / "public/search.html"));
  EXPECT_FALSE(fs::exists(root / "public/disclosures/shanxi-fake-2024-budget"));
}
