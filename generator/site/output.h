// Stage 8 — the files of a built site before they reach the disk. An OutputTree maps each
// path (relative to the output root, '/'-separated) to its bytes or to a file to copy; it is
// filled by the render tasks and written once. write_atomically() writes everything into a
// fresh sibling folder of the target and swaps it in only when every write succeeded, so a
// failed build leaves the previous site intact.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <variant>

namespace budgetsite {

struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class OutputTree {
 public:
  // Adding the same path twice is a generator bug: the second add throws OutputError.
  void add(const std::string& path, std::string bytes);
  void copy(const std::string& path, const std::filesystem::path& source);
  // Like copy(), but replaces an existing entry (a site's override of a theme asset).
  void copy_over(const std::string& path, const std::filesystem::path& source);
  bool has(const std::string& path) const;
  size_t size() const;
  // Paths in order, with their bytes (copied files are read).
  std::map<std::string, std::variant<std::string, std::filesystem::path>> entries() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::variant<std::string, std::filesystem::path>> files_;
};

// Throws OutputError (naming the path) when a write fails; `target` is then untouched.
// `before_swap` sees the complete new site in its staging folder (the link check runs there).
void write_atomically(const OutputTree& tree, const std::filesystem::path& target,
                      const std::function<void(const std::filesystem::path& staging)>& before_swap = {});

}  // namespace budgetsite
