#pragma once
// The event a room was gathered at (a coaching clinic, a training): what the
// printed event report names. Typed by the trainer in the room and kept with it.
#include <cstddef>
#include <string>

namespace lestari {

struct RoomEvent {
  std::string name, date, place, facilitator;  // date: "YYYY-MM-DD" or empty
  bool operator==(const RoomEvent& o) const {
    return name == o.name && date == o.date && place == o.place && facilitator == o.facilitator;
  }
};

constexpr std::size_t kEventFieldChars = 120;  // each text field, in characters

}  // namespace lestari
