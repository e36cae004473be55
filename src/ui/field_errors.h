#pragma once
// Edits refused on the current screen, by widget: shown under the field and
// announced by the field itself until the field is edited again or the
// screen changes.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "error.h"

namespace lestari::ui {

struct Context;

class FieldErrors {
 public:
  // Sets (or, with none, clears) the error of one widget.
  void set(const std::string& widget, const std::optional<Error>& e);
  // Draws the widget's error under it and marks the field invalid.
  void show(const Context& ctx, const std::string& widget) const;
  void clear() { errors_.clear(); }
  // Text of that many characters was refused for a field that takes maxChars.
  void refuseText(const std::string& widget, std::size_t maxChars, std::size_t chars);

 private:
  std::vector<std::pair<std::string, Error>> errors_;
};

}  // namespace lestari::ui
