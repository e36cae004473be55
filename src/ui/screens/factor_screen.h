#pragma once
// One page per factor: each indicator with its five level descriptors, "not
// applicable", the evidence guidance and an evidence note. On a projector the
// descriptors are revealed one at a time.
#include "checklist.h"
#include "screen.h"

namespace lestari::ui {

class FactorScreen : public Screen {
 public:
  explicit FactorScreen(const Context& ctx) : Screen(ctx, "factor", Kind::WizardStep) {}
  std::string name(std::size_t instance) const override;  // "factor:<id>"
  std::size_t instances() const override;
  StepInfo step(std::size_t instance, const Results& r) const override;
  void onEnter(std::size_t instance, const std::string& anchor) override;
  [[gnu::noinline]] void draw(std::size_t instance) override;
  void presenterKeys() override;  // Space / Down reveal the next level descriptor, Up hides one

 private:
  void drawIndicator(std::size_t factor, const Indicator& ind, std::size_t number);
  int revealed_ = 0;         // presentation: level descriptors shown
  bool presenting_ = false;  // as last drawn: a new presentation starts with none shown
  std::string scrollTo_;     // an indicator to bring into view
};

}  // namespace lestari::ui
