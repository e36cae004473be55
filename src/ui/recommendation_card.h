#pragma once
// One recommendation as a card: its factor and level, the indicator, what to
// do and what the next level looks like; with planButton, its place in the
// follow-up plan (add it, or open it there).
#include "ui/context.h"
#include "core/model/scoring.h"

namespace lestari::ui {

void recommendationCard(const Context& ctx, const Recommendation& rec, int rank, bool planButton);

}  // namespace lestari::ui
