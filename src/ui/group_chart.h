#pragma once
// The room's charts, drawn like the results chart (band colours, the same
// track and ticks, every value also written): each factor's mean with the
// spread from the lowest to the highest report, and how many reports fall
// in each band. Each is one image in the accessible mirror, its text giving
// every number.
#include "aggregate.h"
#include "context.h"

namespace lestari::ui {

void factorSpreadChart(const Context& ctx, const Group& g);
void bandChart(const Context& ctx, const Group& g);

}  // namespace lestari::ui
