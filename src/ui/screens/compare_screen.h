#pragma once
// Progress over time: an earlier report beside the current assessment.
// Overall and band before and after, both series on the chart, the change
// per factor and per indicator, and the earlier recommendations now closed.
// A file opened while it shows is the report to compare with.
#include <optional>

#include "ui/chart.h"
#include "core/model/compare.h"
#include "ui/screen.h"

namespace lestari::ui {

class CompareScreen : public Screen {
 public:
  static constexpr const char* kPick = "pick";  // anchor: a new comparison, the picker opens
  explicit CompareScreen(const Context& ctx) : Screen(ctx, "compare") {}
  void onEnter(std::size_t, const std::string& anchor) override;
  bool animating() const override { return clock_.running(); }
  bool takeFile(const std::string& name, std::string_view bytes) override;
  bool takeRefusedFile(const std::string& name, const Error& error) override;
  [[gnu::noinline]] void draw(std::size_t) override;

 private:
  void drawTables(const Comparison& cmp);
  void stageLines(const Comparison& cmp);
  std::optional<Comparison> comparison_;
  ChartClock clock_;
};

}  // namespace lestari::ui
