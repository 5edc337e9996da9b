// Stage 1 — the text layer of a published PDF.
// Takes: the path of a PDF. Gives: a SourceText (format "pdf") whose lines are the pages laid
// out by position with poppler's physical layout (the engine of pdftotext -layout), a form feed
// between pages, so that PDF and text input share one parser. Throws InputError, with one
// line naming the reason, for a scan without a text layer, a damaged file, or a file locked by
// a user password. Files that only restrict copying or printing (an owner password) are read.
#pragma once

#include <string>
#include <string_view>

#include "ingest/source_text.h"

namespace budgetsite {

bool looks_like_pdf(std::string_view bytes);
SourceText ingest_pdf(const std::string& path, std::string_view bytes);

}  // namespace budgetsite
