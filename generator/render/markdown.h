// Stage 7 — Markdown (content pages) to HTML with cmark-gfm and its GFM extensions (tables,
// autolinks, strikethrough, tag filter). Raw HTML in the source is replaced by a comment unless
// the site allows it (config `markdown.unsafe_html`). Thread-safe.
#pragma once

#include <string>

namespace budgetsite {

std::string markdown_to_html(const std::string& markdown, bool allow_raw_html = false);

}  // namespace budgetsite
