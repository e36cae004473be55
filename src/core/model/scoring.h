#pragma once
// Transparent scoring (docs/scoring.md):
//  factor score  = mean of the answered levels of its indicators / 4 x 100, one decimal;
//                  indicators marked "not applicable" or unanswered do not count;
//  overall score = weighted mean of the scored factors' (rounded) scores, one decimal;
//  band          = the highest band whose minimum the overall score reaches, capped at
//                  the checklist's cap band when any scored factor is below the threshold.
#include <optional>
#include <vector>

#include "core/model/assessment.h"
#include "core/model/checklist.h"

namespace lestari {

struct FactorResult {
  const Factor* factor = nullptr;
  std::optional<double> score;  // none when no applicable indicator is answered
  const Band* band = nullptr;
  std::size_t answered = 0, applicable = 0, total = 0;
};

struct Recommendation {
  const Factor* factor = nullptr;
  const Indicator* indicator = nullptr;
  int level = 0;  // the current level; the advice raises it
  // With a stage chosen: the level is under what the stage expects, or else
  // the first later stage that expects more (none: no stage asks for more).
  bool belowStage = false;
  std::optional<std::size_t> laterStage;
};

// The stage lens (docs/scoring.md): the same answers read against what is
// expected by the end of the innovation's stage. The scores do not change.
struct FactorStage {
  // The expected levels as a score (0-100, one decimal) over the indicators
  // the factor's score counts (all applicable ones while none is answered).
  double expected = 0;
  std::size_t below = 0;      // answered indicators under the stage's level
  std::optional<bool> meets;  // score >= expected; none without a score
};

struct StageLens {
  std::size_t stage = 0;             // index into Checklist::stages()
  std::vector<FactorStage> factors;  // in checklist order
  std::size_t factorsMet = 0;
  std::size_t factorsTotal = 0;      // the factors with a score
  std::size_t indicatorsBelow = 0;
};

struct Results {
  std::vector<FactorResult> factors;     // in checklist order
  std::optional<double> overall;         // none when nothing is answered
  const Band* band = nullptr;            // after the weakest-link cap
  const Band* uncappedBand = nullptr;    // what the score alone would give
  bool capped = false;
  const Factor* weakest = nullptr;       // lowest scored factor (first in order on ties)
  std::size_t answered = 0, applicable = 0, total = 0;
  bool complete = false;                 // every applicable indicator answered
  std::vector<Recommendation> recommendations;  // below the stage first, then weakest factor, lowest level
  std::optional<StageLens> stage;               // when the profile names a stage
  double completeness() const { return applicable ? static_cast<double>(answered) / applicable : 0.0; }
};

Results score(const Checklist& checklist, const Assessment& assessment);

// The stage the profile names, as an index into Checklist::stages().
std::optional<std::size_t> assessedStage(const Checklist& checklist, const Assessment& assessment);

// The recommendations shown first (docs/scoring.md): in impact order, the
// first `count` with at most `perFactor` from one factor, so that one weak
// factor does not crowd out the others. Indices into recommendations.
std::vector<std::size_t> topRecommendations(const std::vector<Recommendation>& all, std::size_t count = 5,
                                            std::size_t perFactor = 2);

// Rounds half away from zero to one decimal.
double roundOneDecimal(double v);
const Band* bandFor(const Checklist& checklist, double score);

}  // namespace lestari
