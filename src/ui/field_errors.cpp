#include "field_errors.h"

#include <algorithm>

#include "context.h"
#include "widgets.h"

namespace lestari::ui {

void FieldErrors::set(const std::string& widget, const std::optional<Error>& e) {
  errors_.erase(std::remove_if(errors_.begin(), errors_.end(), [&](const auto& fe) { return fe.first == widget; }),
                errors_.end());
  if (e) errors_.push_back({widget, *e});
}

void FieldErrors::show(const Context& ctx, const std::string& widget) const {
  for (const auto& fe : errors_)
    if (fe.first == widget) {
      std::string message = ctx.translations.message(fe.second, ctx.lang());
      text(message, ctx.palette().warn);
      track("fieldError." + widget);
      markInvalid(widget, message);  // the field itself says it, for screen readers
    }
}

void FieldErrors::refuseText(const std::string& widget, std::size_t maxChars, std::size_t chars) {
  set(widget, Error{widget, "paste_too_long", {std::to_string(maxChars), std::to_string(chars)}});
}

}  // namespace lestari::ui
