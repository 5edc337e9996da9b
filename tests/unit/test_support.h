// Helpers shared by the tests: paths of the shipped content and fixtures, file reading.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

inline std::string source_path(const std::string& relative) {
  return std::string(BUDGETSITE_SOURCE_DIR) + "/" + relative;
}

inline std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
