#include "scoring.h"

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

// Reads the factors against the stage's expectations (scores already made).
StageLens readAgainstStage(const Assessment& a, const Results& r, std::size_t stage) {
  StageLens lens;
  lens.stage = stage;
  for (const FactorResult& fr : r.factors) {
    FactorStage fs;
    int sumAnswered = 0, sumApplicable = 0;
    for (const auto& ind : fr.factor->indicators) {
      auto it = a.answers.find(ind.id);
      if (it != a.answers.end() && it->second.notApplicable) continue;
      const int want = expectedAt(ind, stage);
      sumApplicable += want;
      if (it == a.answers.end() || !it->second.level) continue;
      sumAnswered += want;
      if (*it->second.level < want) ++fs.below;
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
  double weighted = 0, weights = 0;
  for (const auto& f : c.factors) {
    FactorResult fr;
    fr.factor = &f;
    fr.total = f.indicators.size();
    int sum = 0;
    for (const auto& ind : f.indicators) {
      auto it = a.answers.find(ind.id);
      if (it != a.answers.end() && it->second.notApplicable) continue;
      ++fr.applicable;
      if (it != a.answers.end() && it->second.level) {
        ++fr.answered;
        sum += *it->second.level;
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
  std::vector<const FactorResult*> order;
  for (const auto& fr : r.factors)
    if (fr.score) order.push_back(&fr);
  std::stable_sort(order.begin(), order.end(),
                   [](const FactorResult* x, const FactorResult* y) { return *x->score < *y->score; });
  for (const FactorResult* fr : order) {
    std::vector<Recommendation> recs;
    for (const auto& ind : fr->factor->indicators) {
      auto it = a.answers.find(ind.id);
      if (it == a.answers.end() || !it->second.level || *it->second.level >= kMaxLevel) continue;
      recs.push_back({fr->factor, &ind, *it->second.level, false, std::nullopt});
    }
    std::stable_sort(recs.begin(), recs.end(),
                     [](const Recommendation& x, const Recommendation& y) { return x.level < y.level; });
    r.recommendations.insert(r.recommendations.end(), recs.begin(), recs.end());
  }

  if (auto stage = assessedStage(c, a)) {
    r.stage = readAgainstStage(a, r, *stage);
    for (Recommendation& rec : r.recommendations) {
      rec.belowStage = rec.level < expectedAt(*rec.indicator, *stage);
      for (std::size_t later = *stage + 1; !rec.belowStage && !rec.laterStage && later < c.stages().size(); ++later)
        if (rec.level < expectedAt(*rec.indicator, later)) rec.laterStage = later;
    }
    // What the stage asks for now comes first; the order stays within each part.
    std::stable_partition(r.recommendations.begin(), r.recommendations.end(),
                          [](const Recommendation& x) { return x.belowStage; });
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
