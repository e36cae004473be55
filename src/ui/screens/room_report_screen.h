#pragma once
// One participant's report from the room, read-only: its result, chart and
// recommendations.
#include "ui/screen.h"

namespace lestari::ui {

class RoomReportScreen : public Screen {
 public:
  explicit RoomReportScreen(const Context& ctx) : Screen(ctx, "group:report") {}
  bool available() const override { return ctx_.room.selected() != nullptr; }
  [[gnu::noinline]] void draw(std::size_t) override;
  bool ofRoom() const override { return true; }
};

}  // namespace lestari::ui
