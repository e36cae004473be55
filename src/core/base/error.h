#pragma once
// Errors are values: a JSON path, a code that names a message in
// assets/strings.json ("error.<code>"), and the values to fill into it.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lestari {

struct Error {
  std::string path;               // e.g. "$.answers[3].level"; "$" for the whole document
  std::string code;               // e.g. "level_out_of_range"
  std::vector<std::string> args;  // fills {0}, {1}, ... in the message
};
using Errors = std::vector<Error>;

// A value or the errors that prevented it.
template <typename T>
struct Result {
  std::optional<T> value;
  Errors errors;
  bool ok() const { return value.has_value() && errors.empty(); }
  static Result fail(Errors e) { return Result{std::nullopt, std::move(e)}; }
  static Result fail(Error e) { return Result{std::nullopt, Errors{std::move(e)}}; }
};

}  // namespace lestari
