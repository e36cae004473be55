#pragma once
// The room's charts, drawn like the results chart (band colours, the same
// track and ticks, every value also written): each factor's mean with the
// spread from the lowest to the highest report, and how many reports fall
// in each band, and one indicator's levels. Each is one image in the accessible mirror, its text giving
// every number.
#include "core/room/aggregate.h"
#include "ui/context.h"

namespace lestari::ui {

void factorSpreadChart(const Context& ctx, const RoomData& g);
void bandChart(const Context& ctx, const RoomData& g);
// The innovations at one stage (index into Checklist::stages()): per factor
// their mean score as a bar, the mean of what the stage expects of them as a
// mark across it, and how many meet it.
void stageChart(const Context& ctx, const RoomData& g, std::size_t stage);
// One indicator's levels as a stacked bar (every counted report once: levels
// 0-4, not applicable, unanswered), an image whose text gives every count;
// and the legend of its colours.
void levelBar(const Context& ctx, const IndicatorStats& is);
void levelLegend(const Context& ctx);

}  // namespace lestari::ui
