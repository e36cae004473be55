#pragma once
// The start screen: continue, new, import, demo, the trainer's room,
// offline use; and what Lestari assesses.
#include "ui/screen.h"

namespace lestari::ui {

class StartScreen : public Screen {
 public:
  explicit StartScreen(const Context& ctx) : Screen(ctx, "start") {}
  [[gnu::noinline]] void draw(std::size_t) override;

 private:
  void drawKeptRooms(float buttonWidth);
  void drawOthers();
};

}  // namespace lestari::ui
