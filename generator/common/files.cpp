#include "common/files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace budgetsite {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

namespace {

std::string megabytes(std::uintmax_t bytes) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buffer;
}

std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a plain file";
}

std::string limit_text(std::uintmax_t max_bytes, const std::string& what) {
  return megabytes(max_bytes) + " for " + what;
}

}  // namespace

std::optional<std::string> read_input_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                           const std::string& what, std::string* why) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    *why = std::string("cannot open it: ") + std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    *why = "not a regular file (" + kind_of(st.st_mode) + "): not read";
    ::close(fd);
    return std::nullopt;
  }
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    *why = megabytes(static_cast<std::uintmax_t>(st.st_size)) + ", over the limit of " + limit_text(max_bytes, what) +
           ": not read";
    ::close(fd);
    return std::nullopt;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  std::string bytes;
  bytes.resize(static_cast<size_t>(st.st_size));
  size_t done = 0;
  for (;;) {
    if (done == bytes.size()) {
      if (bytes.size() > max_bytes) break;
      bytes.resize(std::min<std::uintmax_t>(max_bytes + 1, bytes.size() * 2 + 4096));  // a file that grows
    }
    const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *why = std::string("read error: ") + std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  if (done > max_bytes) {
    *why = "over the limit of " + limit_text(max_bytes, what) + " (it grew while read): not read";
    return std::nullopt;
  }
  bytes.resize(done);
  return bytes;
}

std::string input_file_refusal(const std::filesystem::path& path, std::uintmax_t max_bytes, const std::string& what) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::string("cannot read it: ") + std::strerror(errno);
  if (!S_ISREG(st.st_mode)) return "not a regular file (" + kind_of(st.st_mode) + "): not read";
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes)
    return megabytes(static_cast<std::uintmax_t>(st.st_size)) + ", over the limit of " + limit_text(max_bytes, what) +
           ": not read";
  return "";
}

bool resolves_inside(const std::filesystem::path& path, const std::filesystem::path& root) {
  std::error_code ec;
  const std::filesystem::path target = std::filesystem::weakly_canonical(path, ec);
  return !ec && path_within(target, root);
}

std::string printable_path(const std::filesystem::path& path) {
  std::string out;
  for (unsigned char c : path.string()) {
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c == 0x7f) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\x%02x", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool path_within(const std::filesystem::path& inner, const std::filesystem::path& outer) {
  auto i = inner.begin();
  for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // a trailing separator
    if (i == inner.end() || *i != *o) return false;
  }
  return true;
}

}  // namespace budgetsite
