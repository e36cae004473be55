#pragma once
// Parses untrusted JSON text without ever throwing: size, UTF-8, nesting depth,
// string length and duplicate keys are checked before anything is used.
#include <cstddef>
#include <initializer_list>
#include <string_view>

#include "core/json/json.h"

#include "core/base/error.h"
#include "core/base/size_limits.h"
#include "core/text/text.h"

namespace lestari {

struct JsonLimits {
  std::size_t maxBytes = limits::kFileBytes;
  std::size_t maxDepth = limits::kDepth;
  std::size_t maxStringBytes = limits::kStringBytes;
  std::size_t maxArrayItems = limits::kArrayItems;
  std::size_t maxObjectKeys = limits::kObjectKeys;
  std::size_t maxKeyBytes = limits::kKeyBytes;
  std::size_t maxValues = limits::kValues;
};

// Returns the parsed document or errors with codes: too_large, foreign_<kind>
// (a file of another kind: fileKind in core/text/text.h), empty,
// invalid_utf8 / invalid_utf8_utf16 / invalid_utf8_binary (with the 1-based
// byte position and a guess at what the file is), invalid_json, too_deep,
// string_too_long, array_too_long, too_many_keys, key_too_long,
// too_many_values, duplicate_key. shapeOnly: members of the top level that
// are read and checked in full but kept as an empty container of their kind
// (parts a reader only checks the shape of, such as a report's derived
// recommendations: building them would be wasted work).
Result<Json> parseStrictJson(std::string_view text, const JsonLimits& limits = {},
                             std::initializer_list<std::string_view> shapeOnly = {});

// Lestari's own JSON text (an export read back): no limits but nesting depth.
// Null when it does not parse. One parser in the binary, not two.
Json parseOwnJson(std::string_view text);

// The error for text that is not UTF-8, from the first bad byte's index.
Error invalidUtf8Error(std::string path, std::string_view text, std::size_t badIndex);

// Path helpers: "$.a", "$.a[3]".
std::string jsonPathKey(const std::string& parent, const std::string& key);
std::string jsonPathIndex(const std::string& parent, std::size_t index);

}  // namespace lestari
