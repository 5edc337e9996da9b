// The JSON form of the model (docs/model.md). Keys keep the contract's order.
#pragma once

#include <nlohmann/json.hpp>

#include "model/disclosure.h"

namespace budgetsite {

using Json = nlohmann::ordered_json;

Json to_json(const Disclosure& d);
Json to_json(const Summary& s);
Json to_json(const Table& t);
Json to_json(const Check& c);
Json amount_json(const Amount& a);

}  // namespace budgetsite
