#pragma once
// One page per factor: each indicator with its five level descriptors, "not
// applicable", the evidence guidance and an evidence note. On a projector the
// descriptors are revealed one at a time. A level picked with the mouse or a
// finger brings the next open indicator into view (the focus never moves).
#include "core/model/checklist.h"
#include "ui/screen.h"

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
  bool animating() const override { return glideY_ >= 0; }

 private:
  void drawIndicator(std::size_t factor, const Indicator& ind, std::size_t number);
  void glideToNextOpen(const Indicator& from);
  int revealed_ = 0;         // presentation: level descriptors shown
  bool presenting_ = false;  // as last drawn: a new presentation starts with none shown
  std::string scrollTo_;     // an indicator to bring into view
  std::string glideTo_;      // the next open indicator, after a level was picked with the pointer
  float glideY_ = -1;        // the scroll position being glided to (none: < 0)
  float glideFrom_ = 0, glideTime_ = 0;  // where it started, seconds since
};

}  // namespace lestari::ui
