#pragma once
// A date typed as people write it (31/12/2026, the slashes coming as the
// digits do) or picked from a calendar: the plan's target dates, the room's
// event date. A date that is not real is refused with a message when the
// field is left; the calendar opens on the chosen date (or today).
#include <functional>
#include <optional>
#include <string>

#include "core/base/error.h"

namespace lestari::ui {

struct Context;

class DateField {
 public:
  // iso: the date kept ("" none). set: keeps a date read from the field or
  // picked ("" when emptied), or says why it cannot.
  void draw(const Context& ctx, const std::string& key, const std::string& name, const std::string& iso,
            const std::function<std::optional<Error>(const std::string& iso)>& set);

 private:
  float cellSize() const;  // a day: a finger's size on phones
  std::optional<std::string> drawCalendar(const Context& ctx, const std::string& selected);
  int year_ = 0, month_ = 0;  // the calendar's month, while it is open
};

}  // namespace lestari::ui
