#include "site/output.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <set>
#include <system_error>

#include "common/files.h"
#include "common/parallel.h"
#include "ingest/source_text.h"

namespace budgetsite {

namespace fs = std::filesystem;

namespace {
void write_file(const fs::path& out, const std::string& bytes);

// `path` as a relative path inside the site, or an OutputError.
fs::path inside_site(const std::string& path) {
  const fs::path relative = fs::path(path).lexically_normal();
  if (relative.is_absolute() || relative.empty() || *relative.begin() == "..")
    throw OutputError("refusing to write " + path + ": it would land outside the output folder");
  return relative;
}
}  // namespace

OutputTree::~OutputTree() {
  if (spill_.empty()) return;
  std::error_code ec;
  fs::remove_all(spill_, ec);
}

void OutputTree::spill_into(const fs::path& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw OutputError("cannot create " + folder.string() + ": " + ec.message());
  std::lock_guard lock(mutex_);
  spill_ = folder;
}

void OutputTree::add(const std::string& path, std::string bytes) {
  fs::path file;
  {
    std::lock_guard lock(mutex_);
    if (spill_.empty()) {
      if (!files_.emplace(path, std::move(bytes)).second) throw OutputError("two outputs for the same path: " + path);
      return;
    }
    file = spill_ / inside_site(path);
    if (!files_.emplace(path, file).second) throw OutputError("two outputs for the same path: " + path);
    spilled_.insert(path);
  }
  try {
    fs::create_directories(file.parent_path());
    write_file(file, bytes);
  } catch (const std::system_error& e) {
    throw OutputError("cannot write " + path + " into " + spill_.parent_path().string() + ": " + e.code().message());
  }
}

bool OutputTree::spilled(const std::string& path) const {
  std::lock_guard lock(mutex_);
  return spilled_.count(path) > 0;
}

void OutputTree::copy(const std::string& path, const fs::path& source) {
  std::lock_guard lock(mutex_);
  if (!files_.emplace(path, source).second) throw OutputError("two outputs for the same path: " + path);
}

void OutputTree::keep(const std::string& path, const fs::path& site_root) {
  const fs::path source = site_root / inside_site(path);
  std::lock_guard lock(mutex_);
  if (!files_.emplace(path, source).second) throw OutputError("two outputs for the same path: " + path);
  kept_.insert(path);
}

bool OutputTree::kept(const std::string& path) const {
  std::lock_guard lock(mutex_);
  return kept_.count(path) > 0;
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

const std::map<std::string, std::variant<std::string, fs::path>>& OutputTree::entries() const {
  std::lock_guard lock(mutex_);
  return files_;
}

namespace {

fs::path canonical_or_normal(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(fs::absolute(p), ec);
  return ec ? fs::absolute(p).lexically_normal() : c;
}

// Writes all of `bytes` or throws std::system_error with the failing call's errno.
void write_file(const fs::path& out, const std::string& bytes) {
  int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::system_error(errno, std::generic_category(), "open");
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      ::close(fd);
      throw std::system_error(e, std::generic_category(), "write");
    }
    done += static_cast<size_t>(n);
  }
  if (::close(fd) != 0) throw std::system_error(errno, std::generic_category(), "close");
}

// The file at `path` holds exactly `bytes` (size first, then content).
bool unchanged(const fs::path& path, const std::string& bytes) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) != bytes.size() || ec) return false;
  std::ifstream in(path, std::ios::binary);
  std::string old(bytes.size(), '\0');
  in.read(old.data(), static_cast<std::streamsize>(old.size()));
  return in.gcount() == static_cast<std::streamsize>(bytes.size()) && old == bytes;
}

// Removes `name` (in the folder `parent_fd`) and, when it is a folder, everything in it,
// without following links: one unlinkat per entry, where std::filesystem::remove_all also
// stats each (a large site's old copy has tens of thousands of files).
void remove_tree(int parent_fd, const char* name) {
  const int fd = ::openat(parent_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    ::unlinkat(parent_fd, name, 0);
    return;
  }
  DIR* dir = ::fdopendir(fd);
  if (!dir) {
    ::close(fd);
    return;
  }
  while (const dirent* e = ::readdir(dir)) {
    if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
    if (e->d_type == DT_DIR) remove_tree(fd, e->d_name);
    else if (::unlinkat(fd, e->d_name, 0) != 0 && (errno == EISDIR || errno == EPERM)) remove_tree(fd, e->d_name);
  }
  ::closedir(dir);
  ::unlinkat(parent_fd, name, AT_REMOVEDIR);
}

// A whole site: its second-level folders (one per disclosure, department, comparison …) on every
// processor, then the rest.
void remove_tree(const fs::path& folder) {
  std::vector<fs::path> subfolders;
  std::error_code ec;
  for (auto top = fs::directory_iterator(folder, ec); !ec && top != fs::directory_iterator(); top.increment(ec))
    if (top->is_directory(ec) && !top->is_symlink(ec))
      for (auto sub = fs::directory_iterator(top->path(), ec); !ec && sub != fs::directory_iterator(); sub.increment(ec))
        if (sub->is_directory(ec) && !sub->is_symlink(ec)) subfolders.push_back(sub->path());
  parallel_for(subfolders.size(), 0, [&](size_t i) { remove_tree(AT_FDCWD, subfolders[i].c_str()); });
  remove_tree(AT_FDCWD, folder.c_str());
}

// Two files with the same bytes.
bool same_file_content(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (!fs::is_regular_file(a, ec) || !fs::is_regular_file(b, ec) || fs::file_size(a, ec) != fs::file_size(b, ec))
    return false;
  std::ifstream x(a, std::ios::binary), y(b, std::ios::binary);
  std::string bx(1 << 16, '\0'), by(1 << 16, '\0');
  while (x && y) {
    x.read(bx.data(), static_cast<std::streamsize>(bx.size()));
    y.read(by.data(), static_cast<std::streamsize>(by.size()));
    if (x.gcount() != y.gcount() || std::memcmp(bx.data(), by.data(), static_cast<size_t>(x.gcount())) != 0) return false;
  }
  return true;
}

}  // namespace

namespace {

std::string manifest_hash(const fs::path& folder, const std::vector<std::string>& files) {
  std::string joined = folder.string() + "\n";
  for (const auto& f : files) joined += f + "\n";
  return sha256_hex(joined);
}

}  // namespace

fs::path output_record_path(const fs::path& folder) {
  return folder.parent_path() / ("." + folder.filename().string() + ".budgetsite-files");
}

std::string output_record_text(const fs::path& folder, std::vector<std::string> files) {
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  std::string out = "The files budgetsite wrote into the folder below; a build replaces them and nothing else.\n";
  out += "folder " + folder.string() + "\n";
  out += "manifest " + manifest_hash(folder, files) + "\n";
  for (const auto& f : files) out += f + "\n";
  return out;
}

std::optional<std::set<std::string>> read_output_record(const fs::path& folder) {
  std::ifstream in(output_record_path(folder), std::ios::binary);
  if (!in) return std::nullopt;
  std::string line;
  std::vector<std::string> files;
  std::getline(in, line);  // the sentence
  if (!std::getline(in, line) || !line.starts_with("folder ") || line.substr(7) != folder.string()) return std::nullopt;
  if (!std::getline(in, line) || !line.starts_with("manifest ")) return std::nullopt;
  const std::string recorded_hash = line.substr(9);
  while (std::getline(in, line))
    if (!line.empty()) files.push_back(line);
  if (recorded_hash != manifest_hash(folder, files)) return std::nullopt;
  return std::set<std::string>(files.begin(), files.end());
}

namespace {

// Writes the record of `folder` whole, or not at all (a temporary file renamed over it).
void write_output_record(const fs::path& folder, const std::vector<std::string>& files) {
  const fs::path record = output_record_path(folder);
  const fs::path temporary = record.string() + ".tmp";
  write_file(temporary, output_record_text(folder, files));
  fs::rename(temporary, record);
}

}  // namespace

std::string output_folder_refusal(const fs::path& target_in, const std::vector<fs::path>& kept) {
  const fs::path target = canonical_or_normal(target_in);
  for (const auto& k : kept) {
    if (k.empty()) continue;
    if (path_within(canonical_or_normal(k), target))
      return "the output folder " + target.string() + " holds " + canonical_or_normal(k).string() +
             ", which a build would delete; choose a folder of its own (e.g. public/)";
  }
  std::error_code ec;
  const auto status = fs::symlink_status(target, ec);
  if (ec || !fs::exists(status)) return "";
  if (!fs::is_directory(status))
    return "the output folder " + target.string() + " is a file, not a folder; choose another --out";
  if (fs::directory_iterator(target, ec) == fs::directory_iterator()) return "";
  const std::optional<std::set<std::string>> manifest = read_output_record(target);
  if (!manifest) {
    const bool has_marker = fs::exists(fs::symlink_status(target / kOutputMarker, ec));
    return "the output folder " + target.string() + " is not empty and budgetsite has no record of writing it (" +
           output_record_path(target).string() + " is missing or names another folder" +
           (has_marker ? std::string("; its ") + kOutputMarker + " may be a copy, or the site of an older budgetsite" : "") +
           "); a build replaces its folder, so it will not take this one: choose a new or empty folder, or empty this "
           "one yourself";
  }
  // Every file there must be one the last build wrote: anything else is the user's.
  std::set<std::string> folders;
  for (const auto& f : *manifest)
    for (fs::path p = fs::path(f).parent_path(); !p.empty(); p = p.parent_path()) folders.insert(p.generic_string());
  std::vector<std::string> foreign;
  size_t count = 0;
  for (auto it = fs::recursive_directory_iterator(target, fs::directory_options::none, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string relative = fs::relative(it->path(), target, ec).generic_string();
    if (relative == kOutputMarker) continue;
    const bool is_folder = it->is_directory(ec) && !it->is_symlink(ec);
    if (is_folder ? folders.count(relative) > 0 : manifest->count(relative) > 0) continue;
    if (is_folder) it.disable_recursion_pending();
    ++count;
    if (foreign.size() < 5) foreign.push_back(relative);
  }
  if (ec) return "cannot list the output folder " + target.string() + ": " + ec.message();
  if (foreign.empty()) return "";
  std::string named;
  for (const auto& f : foreign) named += (named.empty() ? "" : ", ") + f;
  if (count > foreign.size()) named += " and " + std::to_string(count - foreign.size()) + " more";
  return "the output folder " + target.string() + " holds " + std::to_string(count) +
         (count == 1 ? " file" : " files") + " budgetsite did not write (" + named +
         "); a build replaces its folder, so it would delete them: move them away, or choose another --out";
}

OutputLock::OutputLock(const fs::path& target_in) : target_(canonical_or_normal(target_in)) {
  const fs::path parent = target_.parent_path();
  std::error_code ec;
  fs::create_directories(parent, ec);
  file_ = parent / ("." + target_.filename().string() + ".lock");
  fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0)
    throw OutputError("cannot create the lock " + file_.string() + ": " + std::strerror(errno) +
                      " (is the folder read-only?)");
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    ::close(fd_);
    fd_ = -1;
    throw OutputError("another budgetsite build is writing " + target_.string() + " (it holds " + file_.string() +
                      "); wait for it to finish, then build again");
  }
  // Staging and previous folders of a build that was killed: no build is using them now.
  const std::string prefix = "." + target_.filename().string() + ".";
  for (const auto& e : fs::directory_iterator(parent, ec)) {
    const std::string name = e.path().filename().string();
    if (name.starts_with(prefix + "building-") || name.starts_with(prefix + "previous-")) fs::remove_all(e.path(), ec);
  }
}

OutputLock::~OutputLock() {
  if (fd_ < 0) return;
  std::error_code ec;
  fs::remove(file_, ec);  // while still held, so no other build holds a lock on a removed file
  ::close(fd_);
}

namespace {

// The target already is this tree, file for file and byte for byte (with the marker, and no
// other file).
bool site_is_tree(const OutputTree& tree, const fs::path& target) {
  std::error_code ec;
  if (!fs::is_regular_file(target / kOutputMarker, ec)) return false;
  size_t files = 0;
  for (auto it = fs::recursive_directory_iterator(target, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec) || it->is_symlink(ec)) ++files;
  if (ec || files != tree.size() + (tree.has(kOutputMarker) ? 0 : 1)) return false;
  for (const auto& [path, content] : tree.entries()) {
    if (path == kOutputMarker || tree.kept(path)) continue;
    const fs::path relative = inside_site(path);
    const auto* bytes = std::get_if<std::string>(&content);
    if (!(bytes ? unchanged(target / relative, *bytes) : same_file_content(target / relative, std::get<fs::path>(content))))
      return false;
  }
  return true;
}

}  // namespace

bool write_atomically(const OutputTree& tree, const OutputLock& lock, const WriteHooks& hooks) {
  const fs::path& target = lock.target();
  // The files of the new site; before the swap the record lists the old ones too, so that a
  // build killed between the swap and the record still finds every file there recorded.
  std::vector<std::string> listed = {kOutputMarker};
  for (const auto& [path, content] : tree.entries()) listed.push_back(fs::path(path).lexically_normal().generic_string());
  // Nothing changed (a rebuild of unchanged inputs): the site stays as it is, not even swapped.
  if (site_is_tree(tree, target)) {
    if (hooks.before_swap) hooks.before_swap(target);
    try {
      write_output_record(target, listed);
    } catch (const std::exception& e) {
      throw OutputError("cannot record the site in " + output_record_path(target).string() + ": " + e.what());
    }
    return false;
  }
  try {
    std::vector<std::string> both = listed;
    if (auto old = read_output_record(target)) both.insert(both.end(), old->begin(), old->end());
    write_output_record(target, both);
  } catch (const std::exception& e) {
    throw OutputError("cannot record the site in " + output_record_path(target).string() + ": " + e.what());
  }
  auto record_new = [&] {
    std::error_code ignored;
    try {
      write_output_record(target, listed);
    } catch (const std::exception&) {
      // The record still lists the old files too: the next build finds every file recorded.
    }
  };
  const fs::path parent = target.parent_path();
  std::error_code ec;
  std::random_device random;
  const std::string suffix = std::to_string(random());
  const fs::path staging = parent / ("." + target.filename().string() + ".building-" + suffix);
  try {
    fs::create_directories(staging);
    // The site's files and the marker, in path order, without copying the site's bytes.
    const std::variant<std::string, fs::path> marker =
        std::string("This folder is a site built by budgetsite. What a build may replace here is recorded beside it.\n");
    std::vector<std::pair<const std::string*, const std::variant<std::string, fs::path>*>> entries;
    const std::string marker_path = kOutputMarker;
    bool marker_added = false;
    for (const auto& [path, content] : tree.entries()) {
      if (!marker_added && marker_path < path) { entries.push_back({&marker_path, &marker}); marker_added = true; }
      if (path == marker_path) continue;
      entries.push_back({&path, &content});
    }
    if (!marker_added) entries.push_back({&marker_path, &marker});
    // In contiguous chunks on every processor: tens of thousands of links and writes are mostly
    // waiting on the file system. A failed write stops the others at their next chunk.
    constexpr size_t kChunk = 256;
    std::atomic<bool> failed{false};
    parallel_for((entries.size() + kChunk - 1) / kChunk, 0, [&](size_t chunk) {
    fs::path last_folder;
    for (size_t e = chunk * kChunk; e < std::min(entries.size(), (chunk + 1) * kChunk) && !failed; ++e) {
      const auto& [path_pointer, content_pointer] = entries[e];
      const std::string& path = *path_pointer;
      const auto& content = *content_pointer;
      const fs::path relative = inside_site(path);
      const fs::path out = staging / relative;
      try {
        if (hooks.before_write) hooks.before_write(path);
        if (out.parent_path() != last_folder) {  // entries come in path order: a folder's files together
          fs::create_directories(out.parent_path());
          last_folder = out.parent_path();
        }
        // A file the previous site already has, byte for byte, is linked, not written: it keeps
        // its modification time, so a deploy that compares times uploads only what changed.
        const auto* bytes = std::get_if<std::string>(&content);
        if (tree.kept(path)) {
          std::error_code link_error;
          fs::create_hard_link(std::get<fs::path>(content), out, link_error);
          if (!link_error) continue;
          fs::copy_file(std::get<fs::path>(content), out, fs::copy_options::overwrite_existing);
          continue;
        }
        if (bytes ? unchanged(target / relative, *bytes) : same_file_content(target / relative, std::get<fs::path>(content))) {
          std::error_code link_error;
          fs::create_hard_link(target / relative, out, link_error);
          if (!link_error) continue;
        }
        if (const auto* bytes = std::get_if<std::string>(&content)) write_file(out, *bytes);
        else if (tree.spilled(path)) fs::rename(std::get<fs::path>(content), out);
        else fs::copy_file(std::get<fs::path>(content), out, fs::copy_options::overwrite_existing);
      } catch (const std::system_error& error) {
        failed = true;
        throw OutputError("cannot write " + path + " into " + parent.string() + ": " + error.code().message());
      }
    }
    });
    if (hooks.before_swap) hooks.before_swap(staging);
  } catch (...) {
    fs::remove_all(staging, ec);
    throw;
  }
  // Swap in one step: the new site takes the target's name and the old one the staging name.
  if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
    remove_tree(staging);
    record_new();
    return true;
  }
  const int exchange_error = errno;
  if (exchange_error == ENOENT && !fs::exists(target)) {  // a first build
    fs::rename(staging, target, ec);
    if (!ec) {
      record_new();
      return true;
    }
  } else if (exchange_error == EINVAL || exchange_error == ENOSYS || exchange_error == ENOTSUP) {
    // A file system without exchange: move the old site aside, then the new one in.
    const fs::path previous = parent / ("." + target.filename().string() + ".previous-" + suffix);
    fs::rename(target, previous, ec);
    if (!ec) {
      fs::rename(staging, target, ec);
      if (!ec) {
        remove_tree(previous);
        record_new();
        return true;
      }
      std::error_code ignored;
      fs::rename(previous, target, ignored);
    }
  } else {
    ec = std::error_code(exchange_error, std::generic_category());
  }
  std::error_code ignored;
  fs::remove_all(staging, ignored);
  throw OutputError("cannot move the new site into " + target.string() + ": " + ec.message());
}

}  // namespace budgetsite
