#pragma once
// Parses untrusted JSON text without ever throwing: size, UTF-8, nesting depth,
// string length and duplicate keys are checked before anything is used.
#include <cstddef>
#include <string_view>

#include "json.h"

#include "error.h"

namespace lestari {

struct JsonLimits {
  std::size_t maxBytes = 5 * 1024 * 1024;  // a report is ~40 KB; 5 MB is generous
  std::size_t maxDepth = 16;
  std::size_t maxStringBytes = 64 * 1024;
  std::size_t maxArrayItems = 2000;
  std::size_t maxObjectKeys = 200;
};

// Returns the parsed document or errors with codes: too_large, empty, invalid_utf8,
// invalid_json, too_deep, string_too_long, array_too_long, too_many_keys, duplicate_key.
Result<Json> parseStrictJson(std::string_view text, const JsonLimits& limits = {});

// Index of the first byte that breaks UTF-8 (overlong forms and surrogates
// included), or npos when the text is valid.
std::size_t findInvalidUtf8(std::string_view text);

// Path helpers: "$.a", "$.a[3]".
std::string jsonPathKey(const std::string& parent, const std::string& key);
std::string jsonPathIndex(const std::string& parent, std::size_t index);

}  // namespace lestari
