// Beside the pipeline — the build cache (docs/performance.md, "Cache and incremental builds"):
// a folder of content-addressed entries that lets a rebuild parse only the inputs that changed
// and render only the pages whose inputs changed. A key is the sha256 of everything its entry
// was made from (the input's bytes, the generator, the configuration): an entry is written once
// under its key and never changed, so many processes may fill one cache at once
// (`budgetsite parse --cache`). Every file carries the sha256 of its payload; a truncated or
// altered file reads as missing, and is removed, never used.
// Takes: keys and bytes. Gives: the bytes stored under a key, or nothing.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace budgetsite {

struct CacheError : std::runtime_error {
  explicit CacheError(const std::string& what, bool foreign_folder = false)
      : std::runtime_error(what), foreign(foreign_folder) {}
  bool foreign;  // the folder is someone else's (not empty, not a budgetsite cache)
};

// The running program's fingerprint: sha256 of the GNU build id its linker wrote (else of
// its executable). Any other build of the generator makes other keys, so it never reads this
// one's entries.
const std::string& generator_fingerprint();

// sha256 (hex) of the parts, each length-prefixed, so ("ab", "c") and ("a", "bc") differ.
std::string combine_key(const std::vector<std::string_view>& parts);
// sha256 (hex) of a file's bytes; "" when it cannot be read.
std::string file_sha256(const std::filesystem::path& file);

class BuildCache {
 public:
  // Creates the folder (with a CACHEDIR.TAG, so backups skip it). Throws CacheError.
  explicit BuildCache(std::filesystem::path folder);
  const std::filesystem::path& folder() const { return folder_; }

  // The bytes stored as `part` ("model", "head" …) of `key`; nothing when there are none or
  // the file is damaged (then it is removed and counted).
  std::optional<std::string> get(std::string_view key, std::string_view part) const;
  // Stores them (a temporary file renamed into place). False when the disk refused: the build
  // goes on without the entry.
  bool put(std::string_view key, std::string_view part, std::string_view bytes) const;
  size_t damaged() const { return damaged_; }

  // A whole file kept under a name rather than a key (the output manifest), same integrity.
  std::optional<std::string> get_named(const std::string& name) const;
  bool put_named(const std::string& name, std::string_view bytes) const;

 private:
  std::optional<std::string> read_verified(const std::filesystem::path& file) const;
  bool write_verified(const std::filesystem::path& file, std::string_view bytes) const;

  std::filesystem::path folder_;
  mutable std::atomic<size_t> damaged_{0};
};

// What an output folder held when the build that wrote it finished: for each file made from
// keyed inputs, its key, size and modification time. A rebuild keeps such a file as it is (not
// rendered again, same bytes and time) only when the file's new key is the same and the file
// is still the one the manifest describes.
class OutputManifest {
 public:
  OutputManifest() = default;
  OutputManifest(OutputManifest&& other) noexcept : files_(std::move(other.files_)) {}
  OutputManifest& operator=(OutputManifest&& other) noexcept {
    files_ = std::move(other.files_);
    return *this;
  }
  // The manifest of `target` in `cache`; empty when there is none or it is damaged.
  static OutputManifest load(const BuildCache& cache, const std::filesystem::path& target);

  // `path` (relative to the site root) was written with `key` and is still there unchanged.
  bool unchanged(const std::filesystem::path& target, const std::string& path, const std::string& key) const;
  // Every file of `keys` is unchanged.
  bool all_unchanged(const std::filesystem::path& target, const std::vector<std::string>& paths,
                     const std::string& key) const;
  // The paths recorded under `key` that start with `prefix`.
  std::vector<std::string> paths_with_key(const std::string& prefix, const std::string& key) const;

  // Records a file of the new site (thread-safe).
  void record(const std::string& path, const std::string& key);
  void forget(const std::string& path);
  // Stats each recorded file in `target` (the new site, after the swap) and stores the result.
  bool save(const BuildCache& cache, const std::filesystem::path& target) const;
  size_t size() const { return files_.size(); }

 private:
  struct Stamp {
    std::string key;
    std::uintmax_t size = 0;
    std::int64_t mtime_ns = 0;
  };
  std::map<std::string, Stamp> files_;
  mutable std::mutex mutex_;
};

}  // namespace budgetsite
