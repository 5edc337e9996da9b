// The model as the build cache keeps it: every field of a Disclosure, figures bit for bit, in
// MessagePack. Unlike model.json (the contract, docs/model.md) it leaves nothing out, so a
// model decoded from it renders the same page as the one parsed. Not an exchange format: a
// new generator starts a new cache (cache/build_cache.h), so the form may change freely.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/disclosure.h"

namespace budgetsite {

// `extra` travels with the model (what the cache keeps beside it).
std::string encode_model(const Disclosure& d, const nlohmann::json& extra = nullptr);
// Throws std::exception (nlohmann's parse or type errors) on bytes encode_model did not give.
Disclosure decode_model(std::string_view bytes, nlohmann::json* extra = nullptr);

}  // namespace budgetsite
