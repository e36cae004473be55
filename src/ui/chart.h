#pragma once
// The results chart (a radar of the factors beside a labelled bar per
// factor), the drawn marks of a change, and the clock of the charts' growth.
#include <string>

#include <imgui.h>

#include "core/model/compare.h"
#include "ui/context.h"
#include "core/model/scoring.h"

namespace lestari::ui {

// Radar beside the bars on wide screens, stacked on phones; with `before`,
// an earlier result drawn beside the current one and a legend saying which is
// which. grow: how far the shapes have grown (0 .. 1).
void chartCard(const Context& ctx, float grow, const Results& r, const Results* before = nullptr);
// A bar's track from 0 to 100 at pos, with the bands' thresholds as ticks.
void scoreTrack(const Context& ctx, ImVec2 pos, float width, float height);
// A drawn up or down mark, "=" or "–" (the font has no arrows).
void changeMark(const Context& ctx, Direction d);
std::string changeWord(const Context& ctx, Direction d);  // the same in words

// How far the charts have grown since a screen showed them: they grow when
// it opens, and appear whole at once with reduced motion.
class ChartClock {
 public:
  void start(bool reducedMotion);
  float progress() const;  // 0 .. 1, eased out (fast, then settling)
  bool running() const;

 private:
  double shownAt_ = -1;  // -1: drawn whole
};

}  // namespace lestari::ui
