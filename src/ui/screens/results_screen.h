#pragma once
// Results: overall score and band, then print, download and compare right
// under it; radar and bars, weakest factor, the recommendations with the most
// impact, completeness warning, import. Presenting, views that each fit the
// screen: the score and band; the chart; the weakest factor and the top
// recommendations, in as many views as they need at the slide's text size.
#include <string>
#include <utility>
#include <vector>

#include "ui/chart.h"
#include "ui/screen.h"

namespace lestari::ui {

class ResultsScreen : public Screen {
 public:
  explicit ResultsScreen(const Context& ctx) : Screen(ctx, "results", Kind::WizardStep) {}
  void onEnter(std::size_t, const std::string&) override;
  bool animating() const override { return clock_.running(); }
  [[gnu::noinline]] void draw(std::size_t) override;
  StepInfo step(std::size_t, const Results& r) const override;
  const char* arrivalKey() const override { return "nav.toResults"; }
  int views() const override;
  int view() const override { return view_; }
  void showView(int v) override;

 private:
  void overallCard(const Results& r, float anim);
  void chartSection(const Results& r, float anim);
  void stageCard(const Results& r);
  void weakestCard(const Results& r);
  std::pair<std::string, std::string> weakestTexts(const Results& r) const;
  void measureRecViews(const Results& r);
  std::vector<std::size_t> recViews_{0};  // presenting: where each recommendations view starts (as last measured)
  ChartClock clock_;
  bool allRecs_ = false;  // every recommendation, not only the first five
  int view_ = 0;
  std::string code_;  // the share code shown after "Salin kode hasil" (a phone may not reach the clipboard)
};

}  // namespace lestari::ui
