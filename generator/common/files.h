// Whole-file reading shared by the stages that read configuration, pages and templates.
#pragma once

#include <filesystem>
#include <string>

namespace budgetsite {

// The bytes of `path`; "" when it cannot be read (callers that must tell the two apart check
// the file first, as ingest does).
std::string read_file(const std::filesystem::path& path);

}  // namespace budgetsite
