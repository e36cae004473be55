#pragma once
// Typed reads from an untrusted JSON document. Each read that fails appends an
// Error (with the JSON path) and returns nothing; reading goes on so that one
// pass reports every problem. Past limits::kErrors errors are only counted, so
// a hostile file cannot make the list (or its messages) huge.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "core/json/json.h"

#include "core/base/error.h"
#include "core/text/text.h"

namespace lestari {

class JsonReader {
 public:
  explicit JsonReader(Errors& errors) : errors_(errors) {}

  // The member `key` of obj, or nullptr (with a "missing_field" error when required).
  const Json* member(const Json& obj, const std::string& path, const char* key, bool required);
  // Type checks: add "wrong_type" (with the expected type's name) on mismatch.
  bool isObject(const Json& v, const std::string& path);
  bool isArray(const Json& v, const std::string& path);

  std::optional<std::string> string(const Json& obj, const std::string& path, const char* key,
                                    bool required, std::size_t maxChars = 100000);
  // The same, read in place: nullptr where string() gives nothing.
  const std::string* text(const Json& obj, const std::string& path, const char* key, bool required,
                          std::size_t maxChars = 100000);
  std::optional<bool> boolean(const Json& obj, const std::string& path, const char* key, bool required);
  // An integer (or a float with no fractional part) in [min, max]; null is refused.
  std::optional<std::int64_t> integer(const Json& obj, const std::string& path, const char* key,
                                      bool required, std::int64_t min, std::int64_t max);
  std::optional<double> number(const Json& obj, const std::string& path, const char* key, bool required);
  // Adds "unknown_field" for every key of obj not in allowed.
  void onlyKeys(const Json& obj, const std::string& path, std::initializer_list<std::string_view> allowed);

  // Values in args are echoed (shortened) before they are kept.
  void add(std::string path, std::string code, std::vector<std::string> args = {});
  void add(Error e) { add(std::move(e.path), std::move(e.code), std::move(e.args)); }
  Errors& errors() { return errors_; }
  bool failed() const { return !errors_.empty(); }
  // The errors, with "… and N more" (code more_errors) when some were only counted.
  Errors finish();

 private:
  Errors& errors_;
  std::size_t dropped_ = 0;
};
// One integer rule for every integer field: a JSON integer, or a number with
// no fractional part (3.0, 2021.0). isIntegral says whether v is one;
// integerIn whether it is one within [min, max] (no overflow on huge values).
bool isIntegral(const Json& v);
bool integerIn(const Json& v, std::int64_t min, std::int64_t max);

// A JSON type's name for messages: "object", "array", "string", "number", "boolean", "null".
const char* jsonTypeName(const Json& v);

}  // namespace lestari
