#pragma once
// The room as it is kept in the browser between page loads (a reload, a
// crash, a closed tab): each report as the room read it (its levels, not its
// text: a room of 10,000 keeps about 2 MB, not 160), the files that failed
// with their errors, how the trainer sorts, whether names are hidden and the
// event the room was gathered at. Read
// back, the statistics are computed again from the levels, so a kept room is
// the room it was. The platform decides where it is kept (IndexedDB).
#include <string>
#include <string_view>

#include "core/base/error.h"
#include "core/model/checklist.h"
#include "core/room/aggregate.h"
#include "core/room/room_event.h"

namespace lestari {

// How the trainer shows the room, and the event it was gathered at.
struct RoomView {
  bool hideNames = true;
  RoomSort sort = RoomSort::Score;
  bool reversed = false;
  RoomEvent event;
};
struct KeptRoom {
  RoomData data;
  RoomView view;
};

// Compact JSON, schema "lestari.kept-room" version 1.
std::string keptRoomText(const RoomData& room, const RoomView& view, const Checklist& c);

// A kept room read back, or one error (code kept_room_damaged, or
// kept_room_other_checklist when the checklist has changed since) and the
// room is not opened: a damaged record never becomes a wrong room.
Result<KeptRoom> readKeptRoom(std::string_view text, const Checklist& c);

}  // namespace lestari
