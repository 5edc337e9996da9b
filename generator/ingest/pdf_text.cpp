#include "ingest/pdf_text.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <memory>
#include <mutex>

namespace budgetsite {

namespace {

// Poppler reports every oddity of a damaged file on stderr; the build reports one line instead.
void quiet_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) {
  size_t start = bytes.find("%PDF-");
  return start != std::string_view::npos && start < 1024;
}

SourceText ingest_pdf(const std::string& path, std::string_view bytes) {
  quiet_poppler();
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) throw InputError(path, 0, "damaged PDF: poppler cannot read it (truncated or corrupt file)");
  if (doc->is_locked())
    throw InputError(path, 0, "encrypted PDF: it needs a user password to open; save an unlocked copy first");
  std::string text;
  const int pages = doc->pages();
  if (pages <= 0) throw InputError(path, 0, "damaged PDF: it has no pages");
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (i > 0) text += '\f';
    if (!page) continue;
    poppler::byte_array utf8 = page->text(page->page_rect(), poppler::page::physical_layout).to_utf8();
    std::string page_text(utf8.begin(), utf8.end());
    // Poppler ends a page with its own form feed; pages are separated here, once.
    while (!page_text.empty() && (page_text.back() == '\f' || page_text.back() == '\n')) page_text.pop_back();
    text += page_text;
    text += '\n';
  }
  bool has_text = false;
  for (char c : text)
    if (c != '\f' && c != '\n' && c != '\r' && c != ' ') { has_text = true; break; }
  if (!has_text)
    throw InputError(path, 0,
                     "no text layer: the file has no text (a scanned image); run OCR first, e.g. ocrmypdf");
  SourceText source = ingest_bytes(text, path);
  source.format = "pdf";
  source.sha256 = sha256_hex(bytes);
  source.encoding = "";
  source.page_count = pages;
  return source;
}

}  // namespace budgetsite
