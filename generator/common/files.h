// Whole-file reading and path questions shared by the stages that read configuration, pages,
// templates and content, and write the site.
#pragma once

#include <filesystem>
#include <string>

namespace budgetsite {

// The bytes of `path`; "" when it cannot be read (callers that must tell the two apart check
// the file first, as ingest does).
std::string read_file(const std::filesystem::path& path);

// `inner` is `outer` or lies inside it, comparing normalized paths component by component
// (callers canonicalize first when links matter).
bool path_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

}  // namespace budgetsite
