// Whole-file reading and path questions shared by the stages that read configuration, pages,
// templates and content, and write the site.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace budgetsite {

// The bytes of `path`; "" when it cannot be read (callers that must tell the two apart check
// the file first, as ingest does).
std::string read_file(const std::filesystem::path& path);

// The one gate every file a build takes as input goes through (a disclosure, a part, a sidecar,
// a page, a static file): it must be a regular file — a FIFO, a device or a folder is refused
// without blocking on it (opened O_NONBLOCK) — of at most `max_bytes`. Returns its bytes, or
// nullopt with `*why` saying which rule it broke ("not a regular file (a FIFO)", "12.0 MB, over
// the limit of 1 MB for …").
std::optional<std::string> read_input_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                           const std::string& what, std::string* why);
// Why `path` may not be read as an input, without reading it, or "" when it may (the same
// rules: a regular file within the size limit).
std::string input_file_refusal(const std::filesystem::path& path, std::uintmax_t max_bytes, const std::string& what);

// Limits of the files a build reads (docs/hardening.md lists them).
inline constexpr std::uintmax_t kMaxSidecarBytes = 64 * 1024;
inline constexpr std::uintmax_t kMaxPageBytes = 1024 * 1024;
inline constexpr std::uintmax_t kMaxDisclosureBytes = 512ull * 1024 * 1024;
inline constexpr std::uintmax_t kMaxStaticBytes = 512ull * 1024 * 1024;
inline constexpr size_t kMaxParts = 16;
inline constexpr size_t kMaxUrlBytes = 2048;          // a sidecar's source_url
inline constexpr size_t kMaxTitleChars = 200;         // a page's title
inline constexpr size_t kMaxDescriptionChars = 1000;  // a page's description  // files one disclosure is joined from (`parts:`), itself excluded

// `path`, its links resolved, lies inside `root` (canonical).
bool resolves_inside(const std::filesystem::path& path, const std::filesystem::path& root);

// A file name (or a message naming one) as it may be printed: control characters (newlines, the escape that
// starts an ANSI sequence) shown as \n, \x1b …, so that a name cannot forge a line of the log.
std::string printable_path(const std::filesystem::path& path);

// `inner` is `outer` or lies inside it, comparing normalized paths component by component
// (callers canonicalize first when links matter).
bool path_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

}  // namespace budgetsite
