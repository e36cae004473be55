#pragma once
// The translation table (assets/strings.json): every user-facing string of the
// UI and every error message, in Bahasa Indonesia and English.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/error.h"
#include "core/base/lang.h"

namespace lestari {

class Translations {
 public:
  // Reads {"id": {key: text}, "en": {key: text}}. Both languages must hold the same keys.
  static Result<Translations> load(std::string_view json);
  // The same from its pre-parsed table (scripts/build/make_tables.py).
  static Result<Translations> fromTable(std::string_view table);

  // The text for key, or the key itself when missing (visible, never a crash).
  const std::string& get(std::string_view key, Lang lang) const;
  // get() with {0}, {1}, ... replaced by args.
  std::string format(std::string_view key, Lang lang, const std::vector<std::string>& args) const;
  // The message of an error: "error.<code>" filled with its args.
  std::string message(const Error& e, Lang lang) const;
  Text messageText(const Error& e) const { return {message(e, Lang::Id), message(e, Lang::En)}; }

  bool has(std::string_view key) const;
  std::vector<std::string> keys() const;

 private:
  std::map<std::string, Text, std::less<>> table_;
  mutable std::string missing_;  // returned for unknown keys
};

// Replaces {0}, {1}, ... in pattern by args (unknown placeholders stay as written).
std::string fillPlaceholders(std::string_view pattern, const std::vector<std::string>& args);

}  // namespace lestari
