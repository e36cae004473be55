#pragma once
// The one JSON type of Lestari. Insertion-ordered, so reports read in a
// sensible order; one type only, so the template code is in the binary once.
#include <nlohmann/json.hpp>

namespace lestari {
using Json = nlohmann::ordered_json;
}  // namespace lestari
