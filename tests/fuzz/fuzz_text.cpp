// libFuzzer target: a disclosure's text, from bytes through the whole per-disclosure pipeline
// (ingest → recognize → model → validate → JSON). Rejected input (InputError) is an answer,
// not a finding; a crash, a hang, a leak or undefined behaviour is.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/source_text.h"
#include "model/model_json.h"
#include "model/parse.h"
#include "validate/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    budgetsite::Disclosure d = budgetsite::build_disclosure(budgetsite::ingest_bytes(bytes, "fuzz.txt"));
    budgetsite::validate(d);
    (void)budgetsite::to_json(d).dump();
  } catch (const budgetsite::InputError&) {
  }
  return 0;
}
