#pragma once
// One participant's report from the group, read-only: its result, chart and
// recommendations.
#include "screen.h"
#include "screens/group_screen.h"

namespace lestari::ui {

class GroupReportScreen : public Screen {
 public:
  GroupReportScreen(const Context& ctx, const GroupScreen& group) : Screen(ctx, "group:report"), group_(group) {}
  bool available() const override { return group_.selected() != nullptr; }
  [[gnu::noinline]] void draw(std::size_t) override;

 private:
  const GroupScreen& group_;
};

}  // namespace lestari::ui
