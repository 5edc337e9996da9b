#include "site/output.h"

#include <fstream>
#include <random>

namespace budgetsite {

namespace fs = std::filesystem;

void OutputTree::add(const std::string& path, std::string bytes) {
  std::lock_guard lock(mutex_);
  if (!files_.emplace(path, std::move(bytes)).second) throw OutputError("two outputs for the same path: " + path);
}

void OutputTree::copy(const std::string& path, const fs::path& source) {
  std::lock_guard lock(mutex_);
  if (!files_.emplace(path, source).second) throw OutputError("two outputs for the same path: " + path);
}

void OutputTree::copy_over(const std::string& path, const fs::path& source) {
  std::lock_guard lock(mutex_);
  files_[path] = source;
}

bool OutputTree::has(const std::string& path) const {
  std::lock_guard lock(mutex_);
  return files_.count(path) > 0;
}

size_t OutputTree::size() const {
  std::lock_guard lock(mutex_);
  return files_.size();
}

std::map<std::string, std::variant<std::string, fs::path>> OutputTree::entries() const {
  std::lock_guard lock(mutex_);
  return files_;
}

void write_atomically(const OutputTree& tree, const fs::path& target_in,
                      const std::function<void(const fs::path&)>& before_swap) {
  const fs::path target = fs::absolute(target_in).lexically_normal();
  const fs::path parent = target.parent_path();
  std::error_code ec;
  fs::create_directories(parent, ec);
  std::random_device random;
  const std::string suffix = std::to_string(random());
  const fs::path staging = parent / ("." + target.filename().string() + ".building-" + suffix);
  const fs::path previous = parent / ("." + target.filename().string() + ".previous-" + suffix);
  try {
    fs::create_directories(staging);
    for (const auto& [path, content] : tree.entries()) {
      const fs::path out = staging / fs::path(path);
      fs::create_directories(out.parent_path());
      if (const auto* bytes = std::get_if<std::string>(&content)) {
        std::ofstream file(out, std::ios::binary);
        file.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
        if (!file) throw OutputError("cannot write " + out.string());
      } else {
        const fs::path& source = std::get<fs::path>(content);
        if (!fs::copy_file(source, out, fs::copy_options::overwrite_existing, ec))
          throw OutputError("cannot copy " + source.string() + " to " + path + ": " + ec.message());
      }
    }
    if (before_swap) before_swap(staging);
  } catch (...) {
    fs::remove_all(staging, ec);
    throw;
  }
  // Swap: the old site moves aside, the new one takes its name, the old one is removed.
  const bool had_previous = fs::exists(target);
  if (had_previous) {
    fs::rename(target, previous, ec);
    if (ec) {
      fs::remove_all(staging, ec);
      throw OutputError("cannot replace " + target.string() + ": " + ec.message());
    }
  }
  fs::rename(staging, target, ec);
  if (ec) {
    std::error_code ignored;
    if (had_previous) fs::rename(previous, target, ignored);
    fs::remove_all(staging, ignored);
    throw OutputError("cannot move the new site into " + target.string() + ": " + ec.message());
  }
  if (had_previous) fs::remove_all(previous, ec);
}

}  // namespace budgetsite
