// libFuzzer target: a PDF's bytes through the PDF reader (poppler) and on into the model.
// Rejected input (InputError: damaged, encrypted, no text layer, not a disclosure) is an answer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/pdf_text.h"
#include "model/parse.h"
#include "validate/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    budgetsite::Disclosure d = budgetsite::build_disclosure(budgetsite::ingest_pdf("fuzz.pdf", bytes));
    budgetsite::validate(d);
  } catch (const budgetsite::InputError&) {
  }
  return 0;
}
