#pragma once
// Results: overall score and band, radar and bars, weakest factor, ordered
// recommendations, completeness warning, download, import and comparison.
#include "chart.h"
#include "screen.h"

namespace lestari::ui {

class ResultsScreen : public Screen {
 public:
  explicit ResultsScreen(const Context& ctx) : Screen(ctx, "results", Kind::WizardStep) {}
  void onEnter(std::size_t, const std::string&) override;
  bool animating() const override { return clock_.running(); }
  [[gnu::noinline]] void draw(std::size_t) override;
  StepInfo step(std::size_t, const Results& r) const override;
  const char* arrivalKey() const override { return "nav.toResults"; }

 private:
  ChartClock clock_;
};

}  // namespace lestari::ui
