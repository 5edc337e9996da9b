// libFuzzer target: the site configuration (site-config.yaml). Every problem must come back as
// a ConfigError naming file, line and key; nothing else may escape.
#include <cstddef>
#include <cstdint>
#include <string>

#include "config/site_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    (void)budgetsite::parse_site_config(text, "/fuzz/site-config.yaml");
  } catch (const budgetsite::ConfigError&) {
  }
  return 0;
}
