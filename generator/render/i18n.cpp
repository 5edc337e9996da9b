#include "render/i18n.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace budgetsite {

namespace fs = std::filesystem;

namespace {
std::atomic<const Catalog*> current{nullptr};
}  // namespace

void set_interface_words(Catalog catalog) {
  // Each build sets its words once; the previous ones stay valid for pages still being made by
  // an earlier build in this process (serve), so they are kept, not freed.
  static std::mutex mutex;
  static std::vector<std::unique_ptr<Catalog>> kept;
  std::lock_guard lock(mutex);
  kept.push_back(std::make_unique<Catalog>(std::move(catalog)));
  current.store(kept.back().get());
}

const Catalog& words() {
  const Catalog* set = current.load();
  return set ? *set : Catalog::built_in();
}

std::string said(const Wording& wording, const std::string& fallback) {
  return wording.key.empty() ? fallback : words().word(wording);
}

std::string class_name(const std::string& code, const std::string& printed) {
  if (code.size() != 3) return printed;
  std::string named = words().text("function_class." + code);
  return named.empty() ? printed : named;
}

std::string finding_text(const Check& check) {
  return check.wording.empty() ? check.message : words().word(check.wording);
}

std::vector<fs::path> catalog_folders(const fs::path& site_root, const std::vector<fs::path>& shared_roots) {
  std::vector<fs::path> folders{site_root / "i18n"};
  for (const auto& root : shared_roots)
    if (root != site_root) folders.push_back(root / "i18n");
  return folders;
}

}  // namespace budgetsite
