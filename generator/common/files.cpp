#include "common/files.h"

#include <fstream>
#include <sstream>

namespace budgetsite {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace budgetsite
