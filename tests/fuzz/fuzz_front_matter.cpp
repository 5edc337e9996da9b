// libFuzzer target: the content folder's own formats, a page's front matter + Markdown (rendered
// as the build renders it) and a disclosure's sidecar. Problems are reported, never thrown.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "content/content.h"
#include "render/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<budgetsite::ContentProblem> problems;
  if (auto page = budgetsite::read_content_page("/fuzz/pages/page.md", text, problems))
    (void)budgetsite::markdown_to_html(page->markdown, false);
  (void)budgetsite::read_sidecar("/fuzz/disclosures/x.yaml", text, problems);
  return 0;
}
