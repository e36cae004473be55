#pragma once
// What the automation API (window.lestari, docs/automation-api.md) returns
// about the checklist, a comparison, a scored report and a room, as JSON:
// the same figures the screens show, built here so that they are tested
// natively and the browser layer only hands them on.
#include <vector>

#include "core/room/aggregate.h"
#include "core/model/checklist.h"
#include "core/model/compare.h"
#include "core/json/json.h"
#include "core/base/lang.h"
#include "core/report/report.h"

namespace lestari {

// {id, version, factors: [{id, title, weight, indicators: [{id, question, levels}]}], profileFields}
Json checklistJson(const Checklist& c, Lang lang);

// {before, after, namesDiffer, overall: {delta, direction}, factors, indicators, closedRecommendations}
Json comparisonJson(const Comparison& c, const Checklist& checklist);

// A scored report without its warnings: {ok, name, score, band, complete,
// weakestFactor, factors (scores in checklist order), recalculated}.
Json scoreSummaryJson(const ImportedReport& r, const Checklist& c);

// The room as lestari.state() shows it (as "group"): rows in the table's order, counts,
// the weakest factor.
Json roomStateJson(const RoomData& g, const std::vector<std::size_t>& order);

}  // namespace lestari
