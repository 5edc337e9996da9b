// Stage 8 — the files of a built site before they reach the disk. An OutputTree maps each
// path (relative to the output root, '/'-separated) to its bytes or to a file to copy; it is
// filled by the render tasks and written once. write_atomically() writes everything into a
// fresh sibling folder of the target and swaps it in only when every write succeeded, so a
// failed build leaves the previous site intact.
#pragma once

#include <filesystem>
#include <optional>
#include <functional>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <variant>
#include <set>
#include <vector>

namespace budgetsite {

struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class OutputTree {
 public:
  OutputTree() = default;
  OutputTree(const OutputTree&) = delete;
  OutputTree& operator=(const OutputTree&) = delete;
  ~OutputTree();  // removes the spill folder, if any

  // From now on add() writes each file into `folder` at once and keeps only its name, so a
  // site's bytes are not all held in memory; write_atomically() moves those files into place.
  // `folder` must be on the target's file system (a hidden sibling of it, which a later build's
  // OutputLock removes if this one is killed). Throws OutputError if it cannot be created.
  void spill_into(const std::filesystem::path& folder);
  // Adding the same path twice is a generator bug: the second add throws OutputError, as does
  // a path leading outside the site or a spill file that cannot be written.
  void add(const std::string& path, std::string bytes);
  void copy(const std::string& path, const std::filesystem::path& source);
  // The file `path` of the previous site (`site_root`/`path`) taken over as it is, same bytes and
  // modification time, without reading it (an incremental build's unchanged page).
  void keep(const std::string& path, const std::filesystem::path& site_root);
  bool kept(const std::string& path) const;
  // Like copy(), but replaces an existing entry (a site's override of a theme asset).
  void copy_over(const std::string& path, const std::filesystem::path& source);
  bool has(const std::string& path) const;
  // The entry of `path` is a spill file this tree owns (moved, not copied, into the site).
  bool spilled(const std::string& path) const;
  size_t size() const;
  // Paths in order, with their bytes or the file to copy. Not a copy: call it only once every
  // add() has returned (the render tasks are done).
  const std::map<std::string, std::variant<std::string, std::filesystem::path>>& entries() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::variant<std::string, std::filesystem::path>> files_;
  std::filesystem::path spill_;
  std::set<std::string> spilled_, kept_;
};

// The file budgetsite leaves at the root of every site it writes (a constant sentence: being
// copied along with the site, it gives no right to replace anything).
inline constexpr const char* kOutputMarker = ".budgetsite-output";

// The record of what a build wrote into `folder`: ".<name>.budgetsite-files" beside it, naming
// the folder, every file written, and a hash of the two. Only a folder whose record names it
// and lists every file it holds (or an empty one, or none) is ever replaced by a build.
std::filesystem::path output_record_path(const std::filesystem::path& folder);
std::string output_record_text(const std::filesystem::path& folder, std::vector<std::string> files);
// The files the record of `folder` (canonical) lists, or nullopt when there is none, or it names
// another folder, or it was altered (its hash does not match).
std::optional<std::set<std::string>> read_output_record(const std::filesystem::path& folder);

// Why `target` may not receive a build, or "" when it may: it is not a folder; it is a folder
// with files and no record of budgetsite's own (someone else's, a copy of a site, or a site of a
// budgetsite from before the record); it holds files its record does not list (named, up to
// five); or it is, or holds, one of `kept` (the content folder, the configuration, the working
// folder), which replacing it would delete.
std::string output_folder_refusal(const std::filesystem::path& target,
                                  const std::vector<std::filesystem::path>& kept);

// The right to write `target`, held from construction to destruction by one build at a time:
// an flock on ".<name>.lock" beside the target, which the system releases when the process
// ends, however it ends. Taking it also removes the staging folders a killed build left.
// Throws OutputError when another build holds it.
class OutputLock {
 public:
  explicit OutputLock(const std::filesystem::path& target);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  const std::filesystem::path& target() const { return target_; }

 private:
  std::filesystem::path target_, file_;
  int fd_ = -1;
};

struct WriteHooks {
  // Sees the complete new site in its staging folder (the link check runs there).
  std::function<void(const std::filesystem::path& staging)> before_swap;
  // Called before each file is written (from several threads), with its path in the site; throwing std::system_error
  // stands for the disk refusing (full, read-only) in tests.
  std::function<void(const std::string& path)> before_write;
};

// Writes the tree into a fresh sibling folder of the locked target, adds the marker, and swaps
// it in with one atomic exchange only when every write succeeded; the previous site is then
// removed. Throws OutputError (naming the path) when a write fails; the target is then
// untouched and no staging folder is left. When the target already holds exactly the tree
// (same files, same bytes), nothing is written: before_swap sees the target itself, and the
// result is false.
bool write_atomically(const OutputTree& tree, const OutputLock& lock, const WriteHooks& hooks = {});

}  // namespace budgetsite
