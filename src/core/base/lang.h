#pragma once
// The two interface languages. Bahasa Indonesia is the default.
#include <optional>
#include <string>
#include <string_view>

namespace lestari {

enum class Lang { Id, En };

inline const char* langCode(Lang l) { return l == Lang::En ? "en" : "id"; }

inline std::optional<Lang> parseLang(std::string_view code) {
  if (code == "id") return Lang::Id;
  if (code == "en") return Lang::En;
  return std::nullopt;
}

// A piece of user-facing text in both languages.
struct Text {
  std::string id;
  std::string en;
  const std::string& in(Lang l) const { return l == Lang::En ? en : id; }
};

}  // namespace lestari
