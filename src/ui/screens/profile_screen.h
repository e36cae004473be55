#pragma once
// The innovation profile: one field per entry of the checklist's profile,
// in two columns on wide screens.
#include "core/model/checklist.h"
#include "ui/screen.h"

namespace lestari::ui {

class ProfileScreen : public Screen {
 public:
  explicit ProfileScreen(const Context& ctx) : Screen(ctx, "profile", Kind::WizardStep) {}
  [[gnu::noinline]] void draw(std::size_t) override;
  StepInfo step(std::size_t, const Results&) const override;

 private:
  void drawField(const ProfileField& field);
};

}  // namespace lestari::ui
