#include "ui/field_errors.h"

#include <algorithm>

#include "ui/context.h"

namespace lestari::ui {

void FieldErrors::set(const std::string& widget, const std::optional<Error>& e) {
  entries_.erase(std::remove_if(entries_.begin(), entries_.end(), [&](const Entry& x) { return x.widget == widget; }),
                 entries_.end());
  if (e) entries_.push_back({widget, e, std::nullopt});
}

void FieldErrors::keep(const std::string& widget, const std::string& typed, const std::optional<Error>& e) {
  set(widget, std::nullopt);
  entries_.push_back({widget, e, typed});
}

const std::string* FieldErrors::draft(const std::string& widget) const {
  for (const Entry& x : entries_)
    if (x.widget == widget && x.draft) return &*x.draft;
  return nullptr;
}

void FieldErrors::show(const Context& ctx, const std::string& widget) const {
  for (const Entry& x : entries_)
    if (x.widget == widget && x.error) {
      std::string message = ctx.translations.message(*x.error, ctx.lang());
      text(message, ctx.theme.palette().warn);
      track("fieldError." + widget);
      markInvalid(widget, message);  // the field itself says it, for screen readers
    }
}

void FieldErrors::refuseText(const std::string& widget, std::size_t maxChars, std::size_t chars) {
  set(widget, Error{widget, "paste_too_long", {std::to_string(maxChars), std::to_string(chars)}});
}

void typedField(const Context& ctx, const std::string& key, const std::string& name, const std::string& stored,
                std::size_t maxChars, float width, FieldExtras extras,
                const std::function<std::optional<Error>(const std::string&)>& apply) {
  const std::string* kept = ctx.fieldErrors.draft(key);
  std::string value = kept ? *kept : stored;
  bool left = false;
  extras.left = &left;
  bool edited = inputLine(("##" + key).c_str(), name, value, maxChars, width, extras);
  if (edited || (left && kept)) {
    std::optional<Error> e = apply(value);
    if (!e) ctx.fieldErrors.set(key, std::nullopt);
    else ctx.fieldErrors.keep(key, value, left ? e : std::nullopt);
  }
}

}  // namespace lestari::ui
