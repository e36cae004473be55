#include "core/model/scoring.h"
#include "core/base/stable_sort.h"

#include <algorithm>
#include <cmath>

namespace lestari {

double roundOneDecimal(double v) { return std::round(v * 10.0) / 10.0; }

const Band* bandFor(const Checklist& c, double score) {
  const Band* found = c.bands.empty() ? nullptr : &c.bands.front();
  for (const auto& b : c.bands)
    if (score >= b.min) found = &b;
  return found;
}

std::optional<std::size_t> assessedStage(const Checklist& c, const Assessment& a) {
  auto it = a.profile.find("stage");
  if (it == a.profile.end() || !it->second.is_string()) return std::nullopt;
  return c.stageIndex(it->second.get_ref<const std::string&>());
}

namespace {

int expectedAt(const Indicator& ind, std::size_t stage) {
  return stage < ind.expected.size() ? ind.expected[stage] : 0;
}

// Each indicator's answer (or nullptr), in checklist order: looked up once
// for the scores, the recommendations and the stage lens.
using Found = std::vector<const Answer*>;
Found findAnswers(const Checklist& c, const Assessment& a) {
  Found found;
  found.reserve(c.indicatorCount());
  for (const auto& f : c.factors)
    for (const auto& ind : f.indicators) {
      auto it = a.answers.find(ind.id);
      found.push_back(it == a.answers.end() ? nullptr : &it->second);
    }
  return found;
}

// Reads the factors against the stage's expectations (scores already made).
StageLens readAgainstStage(const Results& r, const Found& found, std::size_t stage) {
  StageLens lens;
  lens.stage = stage;
  const Answer* const* at = found.data();
  for (const FactorResult& fr : r.factors) {
    FactorStage fs;
    int sumAnswered = 0, sumApplicable = 0;
    for (const auto& ind : fr.factor->indicators) {
      const Answer* ans = *at++;
      if (ans && ans->notApplicable) continue;
      const int want = expectedAt(ind, stage);
      sumApplicable += want;
      if (!ans || !ans->level) continue;
      sumAnswered += want;
      if (*ans->level < want) ++fs.below;
    }
    const std::size_t n = fr.answered ? fr.answered : fr.applicable;
    const int sum = fr.answered ? sumAnswered : sumApplicable;
    fs.expected = n ? roundOneDecimal(static_cast<double>(sum) / n / kMaxLevel * 100.0) : 0;
    if (fr.score) {
      fs.meets = *fr.score >= fs.expected;
      ++lens.factorsTotal;
      lens.factorsMet += *fs.meets;
    }
    lens.indicatorsBelow += fs.below;
    lens.factors.push_back(fs);
  }
  return lens;
}

}  // namespace

Results score(const Checklist& c, const Assessment& a) {
  Results r;
  const Found found = findAnswers(c, a);
  // Where each factor's first indicator stands in `found`.
  std::vector<std::size_t> first;
  double weighted = 0, weights = 0;
  for (const auto& f : c.factors) {
    FactorResult fr;
    fr.factor = &f;
    fr.total = f.indicators.size();
    first.push_back(r.total);  // the indicators of the factors before this one
    int sum = 0;
    for (std::size_t k = 0; k < f.indicators.size(); ++k) {
      const Answer* ans = found[first.back() + k];
      if (ans && ans->notApplicable) continue;
      ++fr.applicable;
      if (ans && ans->level) {
        ++fr.answered;
        sum += *ans->level;
      }
    }
    if (fr.answered > 0) {
      fr.score = roundOneDecimal(static_cast<double>(sum) / fr.answered / kMaxLevel * 100.0);
      fr.band = bandFor(c, *fr.score);
      weighted += f.weight * *fr.score;
      weights += f.weight;
      if (!r.weakest || *fr.score < *r.factors[static_cast<std::size_t>(r.weakest - c.factors.data())].score)
        r.weakest = &f;
    }
    r.answered += fr.answered;
    r.applicable += fr.applicable;
    r.total += fr.total;
    r.factors.push_back(fr);
  }
  r.complete = r.answered == r.applicable;

  if (weights > 0) {
    r.overall = roundOneDecimal(weighted / weights);
    r.uncappedBand = r.band = bandFor(c, *r.overall);
    const Band* cap = c.band(c.weakestLinkCapBand);
    bool weakLink = std::any_of(r.factors.begin(), r.factors.end(), [&](const FactorResult& fr) {
      return fr.score && *fr.score < c.weakestLinkThreshold;
    });
    if (weakLink && cap && r.band->min > cap->min) {
      r.band = cap;
      r.capped = true;
    }
  }

  // Weakest factors first (checklist order on ties), then lowest levels first.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < r.factors.size(); ++i)
    if (r.factors[i].score) order.push_back(i);
  stableSortIndices(order, [&](std::size_t x, std::size_t y) { return *r.factors[x].score < *r.factors[y].score; });
  for (std::size_t i : order) {
    const Factor& f = c.factors[i];
    std::vector<Recommendation> recs;
    for (std::size_t k = 0; k < f.indicators.size(); ++k) {
      const Answer* ans = found[first[i] + k];
      if (!ans || !ans->level || *ans->level >= kMaxLevel) continue;
      recs.push_back({&f, &f.indicators[k], *ans->level, false, std::nullopt});
    }
    stableSort(recs, [](const Recommendation& x, const Recommendation& y) { return x.level < y.level; });
    r.recommendations.insert(r.recommendations.end(), recs.begin(), recs.end());
  }

  if (auto stage = assessedStage(c, a)) {
    r.stage = readAgainstStage(r, found, *stage);
    const std::size_t stages = c.stages().size();
    for (Recommendation& rec : r.recommendations) {
      rec.belowStage = rec.level < expectedAt(*rec.indicator, *stage);
      for (std::size_t later = *stage + 1; !rec.belowStage && !rec.laterStage && later < stages; ++later)
        if (rec.level < expectedAt(*rec.indicator, later)) rec.laterStage = later;
    }
    // What the stage asks for now comes first; the order stays within each part.
    stableSort(r.recommendations, [](const Recommendation& x, const Recommendation& y) { return x.belowStage && !y.belowStage; });
  }
  return r;
}

std::vector<std::size_t> topRecommendations(const std::vector<Recommendation>& all, std::size_t count, std::size_t perFactor) {
  std::vector<std::size_t> top;
  for (std::size_t i = 0; i < all.size() && top.size() < count; ++i) {
    std::size_t same = 0;
    for (std::size_t j : top) same += all[j].factor == all[i].factor;
    if (same < perFactor) top.push_back(i);
  }
  return top;
}

}  // namespace lestari
