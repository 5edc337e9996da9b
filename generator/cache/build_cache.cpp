#include "cache/build_cache.h"

#include <elf.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>

#include "common/files.h"
#include "ingest/source_text.h"

namespace budgetsite {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "budgetsite-cache 1 ";

std::string hex_size(size_t n) { return std::to_string(n) + ":"; }

std::string temporary_name() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  return ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(random());
}

}  // namespace

namespace {

// The GNU build id the linker wrote into the program (a hash of its code and data), or "".
int find_build_id(struct dl_phdr_info* info, size_t, void* out) {
  auto& id = *static_cast<std::string*>(out);
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& header = info->dlpi_phdr[i];
    if (header.p_type != PT_NOTE) continue;
    const char* note = reinterpret_cast<const char*>(info->dlpi_addr + header.p_vaddr);
    const char* end = note + header.p_memsz;
    const size_t align = header.p_align == 8 ? 8 : 4;
    const auto aligned = [align](size_t n) { return (n + align - 1) & ~(align - 1); };
    while (note + sizeof(ElfW(Nhdr)) <= end) {
      const auto* n = reinterpret_cast<const ElfW(Nhdr)*>(note);
      const char* name = note + sizeof(ElfW(Nhdr));
      const char* desc = name + aligned(n->n_namesz);
      if (desc > end || n->n_descsz > static_cast<size_t>(end - desc)) break;
      if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && std::string_view(name, 3) == "GNU") {
        id.assign(desc, n->n_descsz);
        return 1;
      }
      note = desc + aligned(n->n_descsz);
    }
  }
  return 1;  // the first object is the program itself
}

}  // namespace

const std::string& generator_fingerprint() {
  static const std::string fingerprint = [] {
    std::string build_id;
    dl_iterate_phdr(find_build_id, &build_id);
    if (!build_id.empty()) return sha256_hex("build-id " + build_id);
    const std::string bytes = read_file("/proc/self/exe");
    // Without /proc no two builds can be told apart: a fresh key each run, so nothing is reused.
    return bytes.empty() ? combine_key({"no-executable", temporary_name()}) : sha256_hex(bytes);
  }();
  return fingerprint;
}

std::string combine_key(const std::vector<std::string_view>& parts) {
  std::string joined;
  for (std::string_view p : parts) {
    joined += hex_size(p.size());
    joined.append(p);
  }
  return sha256_hex(joined);
}

std::string file_sha256(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return "";
  return sha256_hex(read_file(file));
}

BuildCache::BuildCache(fs::path folder) : folder_(std::move(folder)) {
  std::error_code ec;
  // A folder of its own: a new one, an empty one, or a budgetsite cache (its CACHEDIR.TAG says
  // so). A tag written into someone's folder would hide their files from backups
  // (tar --exclude-caches, borg, restic), so any other folder is refused.
  if (fs::is_directory(folder_, ec) && fs::directory_iterator(folder_, ec) != fs::directory_iterator()) {
    const std::string tag = read_file(folder_ / "CACHEDIR.TAG");
    if (tag.find("created by budgetsite") == std::string::npos)
      throw CacheError("the cache folder " + folder_.string() +
                       " is not empty and is not a budgetsite cache (no CACHEDIR.TAG of budgetsite's): choose a new or "
                       "empty folder for --cache",
                       true);
  }
  fs::create_directories(folder_ / "entries", ec);
  if (ec) throw CacheError("cannot create the cache folder " + folder_.string() + ": " + ec.message());
  const fs::path tag = folder_ / "CACHEDIR.TAG";
  if (!fs::exists(tag, ec)) {
    std::ofstream out(tag);
    out << "Signature: 8a477f597d28d172789f06886806bc55\n"
           "# This file is a cache tag created by budgetsite; the folder can be deleted at any time.\n";
  }
}

std::optional<std::string> BuildCache::read_verified(const fs::path& file) const {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return std::nullopt;
  std::string bytes = read_file(file);
  const size_t header_end = bytes.find('\n');
  const bool intact = bytes.starts_with(kMagic) && header_end == kMagic.size() + 64 &&
                      sha256_hex(std::string_view(bytes).substr(header_end + 1)) ==
                          std::string_view(bytes).substr(kMagic.size(), 64);
  if (!intact) {
    ++damaged_;
    fs::remove(file, ec);
    return std::nullopt;
  }
  bytes.erase(0, header_end + 1);
  return bytes;
}

bool BuildCache::write_verified(const fs::path& file, std::string_view bytes) const {
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  const fs::path temporary = file.parent_path() / temporary_name();
  {
    std::ofstream out(temporary, std::ios::binary);
    out << kMagic << sha256_hex(bytes) << '\n';
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(temporary, ec);
      return false;
    }
  }
  fs::rename(temporary, file, ec);
  if (ec) fs::remove(temporary, ec);
  return !ec;
}

std::optional<std::string> BuildCache::get(std::string_view key, std::string_view part) const {
  if (key.size() < 2) return std::nullopt;
  return read_verified(folder_ / "entries" / std::string(key.substr(0, 2)) / (std::string(key) + "." + std::string(part)));
}

bool BuildCache::put(std::string_view key, std::string_view part, std::string_view bytes) const {
  if (key.size() < 2) return false;
  return write_verified(folder_ / "entries" / std::string(key.substr(0, 2)) / (std::string(key) + "." + std::string(part)),
                        bytes);
}

std::optional<std::string> BuildCache::get_named(const std::string& name) const { return read_verified(folder_ / name); }

bool BuildCache::put_named(const std::string& name, std::string_view bytes) const {
  return write_verified(folder_ / name, bytes);
}

namespace {

std::string manifest_name(const fs::path& target) {
  return "sites/" + sha256_hex(fs::absolute(target).lexically_normal().string()).substr(0, 24) + ".manifest";
}

bool stat_file(const fs::path& file, std::uintmax_t& size, std::int64_t& mtime_ns) {
  struct stat s;
  if (::stat(file.c_str(), &s) != 0 || !S_ISREG(s.st_mode)) return false;
  size = static_cast<std::uintmax_t>(s.st_size);
  mtime_ns = static_cast<std::int64_t>(s.st_mtim.tv_sec) * 1000000000 + s.st_mtim.tv_nsec;
  return true;
}

}  // namespace

OutputManifest OutputManifest::load(const BuildCache& cache, const fs::path& target) {
  OutputManifest manifest;
  const std::optional<std::string> text = cache.get_named(manifest_name(target));
  if (!text) return manifest;
  // One line per file: key, size, mtime (ns), path, tab-separated.
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    Stamp stamp;
    std::string path;
    if (!std::getline(fields, stamp.key, '\t') || !(fields >> stamp.size) || !(fields >> stamp.mtime_ns) ||
        fields.get() != '\t' || !std::getline(fields, path) || path.empty())
      return {};
    manifest.files_[path] = std::move(stamp);
  }
  return manifest;
}

bool OutputManifest::unchanged(const fs::path& target, const std::string& path, const std::string& key) const {
  const auto it = files_.find(path);
  if (it == files_.end() || it->second.key != key) return false;
  std::uintmax_t size = 0;
  std::int64_t mtime_ns = 0;
  return stat_file(target / path, size, mtime_ns) && size == it->second.size && mtime_ns == it->second.mtime_ns;
}

bool OutputManifest::all_unchanged(const fs::path& target, const std::vector<std::string>& paths,
                                   const std::string& key) const {
  for (const auto& p : paths)
    if (!unchanged(target, p, key)) return false;
  return !paths.empty();
}

std::vector<std::string> OutputManifest::paths_with_key(const std::string& prefix, const std::string& key) const {
  std::vector<std::string> paths;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it)
    if (it->second.key == key) paths.push_back(it->first);
  return paths;
}

void OutputManifest::record(const std::string& path, const std::string& key) {
  std::lock_guard lock(mutex_);
  files_[path].key = key;
}

void OutputManifest::forget(const std::string& path) {
  std::lock_guard lock(mutex_);
  files_.erase(path);
}

bool OutputManifest::save(const BuildCache& cache, const fs::path& target) const {
  std::string text;
  for (const auto& [path, stamp] : files_) {
    std::uintmax_t size = 0;
    std::int64_t mtime_ns = 0;
    if (!stat_file(target / path, size, mtime_ns)) continue;
    text += stamp.key + "\t" + std::to_string(size) + "\t" + std::to_string(mtime_ns) + "\t" + path + "\n";
  }
  return cache.put_named(manifest_name(target), text);
}

}  // namespace budgetsite
