#pragma once
// Progress over time: an earlier assessment of the same innovation beside a
// later one. Per factor and per indicator the change, overall and band
// before and after, and the earlier recommendations that are now closed.
#include <optional>
#include <string>
#include <vector>

#include "core/model/assessment.h"
#include "core/model/checklist.h"
#include "core/base/error.h"
#include "core/report/report.h"
#include "core/model/scoring.h"

namespace lestari {

// +1 better, -1 worse, 0 the same; nullopt when one side has no value
// (unanswered or not applicable) and there is nothing to compare.
using Direction = std::optional<int>;

struct FactorChange {
  const Factor* factor = nullptr;
  std::optional<double> before, after;
  Direction direction;
  std::optional<double> delta() const {
    return before && after ? std::optional<double>(roundOneDecimal(*after - *before)) : std::nullopt;
  }
};

struct IndicatorChange {
  const Factor* factor = nullptr;
  const Indicator* indicator = nullptr;
  std::optional<int> before, after;  // levels (none: unanswered or not applicable)
  bool naBefore = false, naAfter = false;
  Direction direction;
};

struct Side {
  std::string generatedAt, name;
  Results results;
};

struct Comparison {
  Side before, after;        // before: the earlier of the two reports
  bool namesDiffer = false;  // a warning, not a refusal
  Direction overall;
  Direction stage;                          // +1: moved on to a later stage (none: a side names none)
  std::vector<FactorChange> factors;        // checklist order
  std::vector<IndicatorChange> indicators;  // checklist order
  // The earlier report's recommendations whose target level is now reached.
  std::vector<Recommendation> closed;
};

// Compares two assessments; `before` is the earlier one.
Comparison compare(const Checklist& c, const Assessment& before, const std::string& beforeAt,
                   const Assessment& after, const std::string& afterAt);

// Compares two report texts in either order (the earlier by generatedAt goes
// first). Refuses a report of another checklist (compare_other_checklist) and
// reports any other import error, with the file it came from ("$A" / "$B").
Result<Comparison> compareReports(std::string_view a, std::string_view b, const Checklist& c);

}  // namespace lestari
