// Stage 1 — the text layer of a published PDF.
// Takes: the path of a PDF. Gives: a SourceText (format "pdf") whose lines are the pages laid
// out by position with poppler's physical layout (the engine of pdftotext -layout), a form feed
// between pages, so that PDF and text input share one parser. Throws InputError, with one
// line naming the reason, for a scan without a text layer, a damaged file, or a file locked by
// a user password. Files that only restrict copying or printing (an owner password) are read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/source_text.h"

namespace budgetsite {

bool looks_like_pdf(std::string_view bytes);
SourceText ingest_pdf(const std::string& path, std::string_view bytes);

// The budget of reading one PDF. A PDF can be small and still inflate to gigabytes (a content
// stream of zeros): read within these limits, or refused with a message naming the file and
// the limit; the build goes on with the others.
struct PdfLimits {
  int seconds = 60;               // wall-clock time of the extraction
  unsigned memory_mb = 2048;      // address space of the process that extracts
};

// From then on, every PDF is read by `helper` (this program, run as `helper __pdf-text …`), a
// child process held to `limits`: poppler's time and memory cannot be bounded in-process. Call
// once, before any PDF is read (the CLI does it at start and again when a configuration sets
// its limits). Without it, PDFs are read in-process with no bound (the library's tests).
void set_pdf_helper(std::string helper, PdfLimits limits);
// The limits of the helper set before (a site's configuration); nothing without one.
void set_pdf_limits(PdfLimits limits);

// The text of the PDF at `path`, pages laid out and separated by form feeds; throws InputError.
// This is what the helper runs (with its own limits already set).
std::string extract_pdf_text(const std::string& path, std::string_view bytes);

// The helper's entry: `budgetsite __pdf-text SECONDS MEMORY_MB FILE` prints the text to stdout;
// exit 0, or 3 with the reason on stderr, or 4 when it runs out of memory.
int pdf_text_helper_main(const std::vector<std::string>& args);

}  // namespace budgetsite
