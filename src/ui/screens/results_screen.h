#pragma once
// Results: overall score and band, then print, download and compare right
// under it; radar and bars, weakest factor, the recommendations with the most
// impact, completeness warning, import.
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
  bool allRecs_ = false;  // every recommendation, not only the first five
};

}  // namespace lestari::ui
