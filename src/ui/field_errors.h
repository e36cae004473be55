#pragma once
// Edits refused on the current screen, by widget: shown under the field and
// announced by the field itself until the field is edited again or the
// screen changes. A field typed as text but kept as a value (a year, a date)
// keeps what was typed while it does not read, so nothing typed is dropped.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/base/error.h"
#include "ui/widgets.h"

namespace lestari::ui {

struct Context;

class FieldErrors {
 public:
  // Sets (or, with none, clears) the error of one widget, and its draft.
  void set(const std::string& widget, const std::optional<Error>& e);
  // Keeps a typed text that does not read yet, with its error (shown once
  // the field is left; none while the user is still typing).
  void keep(const std::string& widget, const std::string& typed, const std::optional<Error>& e);
  // The text kept for that widget, if any.
  const std::string* draft(const std::string& widget) const;
  // Draws the widget's error under it and marks the field invalid.
  void show(const Context& ctx, const std::string& widget) const;
  void clear() { entries_.clear(); }
  // Text of that many characters was refused for a field that takes maxChars.
  void refuseText(const std::string& widget, std::size_t maxChars, std::size_t chars);

 private:
  struct Entry {
    std::string widget;
    std::optional<Error> error;
    std::optional<std::string> draft;
  };
  std::vector<Entry> entries_;
};

// A one-line field typed as text and kept as a value: `apply` reads and
// saves the text, or says why it cannot. What does not read stays in the
// field, and its error shows when the field is left. One rule for the years
// of the profile and the plan's dates.
void typedField(const Context& ctx, const std::string& key, const std::string& name, const std::string& stored,
                std::size_t maxChars, float width, FieldExtras extras,
                const std::function<std::optional<Error>(const std::string&)>& apply);

}  // namespace lestari::ui
