#include "core/json/json_views.h"

#include "core/model/scoring.h"

namespace lestari {

namespace {
using json = Json;

json orNull(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }
json directionJson(const Direction& d) { return d ? json(*d) : json(nullptr); }
json sideJson(const Side& side) {
  const Results& r = side.results;
  return {{"generatedAt", side.generatedAt}, {"name", side.name}, {"score", orNull(r.overall)},
          {"band", r.band ? json(r.band->id) : json(nullptr)}};
}
}  // namespace

Json checklistJson(const Checklist& c, Lang lang) {
  json factors = json::array();
  for (const auto& f : c.factors) {
    json inds = json::array();
    for (const auto& i : f.indicators) {
      json levels = json::array();
      for (const auto& l : i.levels) levels.push_back(l.in(lang));
      json expected = json::object();
      for (std::size_t s = 0; s < i.expected.size(); ++s) expected[c.stages()[s].id] = i.expected[s];
      inds.push_back({{"id", i.id}, {"question", i.question.in(lang)}, {"levels", levels}, {"expected", expected}});
    }
    json reasons = json::object();
    for (std::size_t s = 0; s < f.stageReasons.size(); ++s) reasons[c.stages()[s].id] = f.stageReasons[s].in(lang);
    factors.push_back({{"id", f.id}, {"title", f.title.in(lang)}, {"weight", f.weight}, {"stageReasons", reasons},
                       {"indicators", inds}});
  }
  json fields = json::array();
  for (const auto& f : c.profile) fields.push_back(f.id);
  json stages = json::array();
  for (const auto& s : c.stages()) stages.push_back({{"id", s.id}, {"label", s.label.in(lang)}});
  return {{"id", c.id}, {"version", c.version}, {"stages", stages}, {"factors", factors}, {"profileFields", fields}};
}

Json comparisonJson(const Comparison& c, const Checklist& checklist) {
  json factors = json::array(), indicators = json::array(), closed = json::array();
  for (const FactorChange& f : c.factors)
    factors.push_back({{"id", f.factor->id}, {"before", orNull(f.before)}, {"after", orNull(f.after)},
                       {"delta", orNull(f.delta())}, {"direction", directionJson(f.direction)}});
  auto level = [](const std::optional<int>& lv, bool na) { return lv ? json(*lv) : na ? json("na") : json(nullptr); };
  for (const IndicatorChange& i : c.indicators)
    indicators.push_back({{"id", i.indicator->id}, {"factor", i.factor->id}, {"before", level(i.before, i.naBefore)},
                          {"after", level(i.after, i.naAfter)}, {"direction", directionJson(i.direction)}});
  for (const Recommendation& r : c.closed)
    closed.push_back({{"indicator", r.indicator->id}, {"factor", r.factor->id}, {"fromLevel", r.level}, {"targetLevel", r.level + 1}});
  const Results &b = c.before.results, &a = c.after.results;
  auto stageSide = [&](const Results& r) {
    return r.stage ? json({{"stage", checklist.stages()[r.stage->stage].id}, {"factorsMet", r.stage->factorsMet}, {"factorsTotal", r.stage->factorsTotal}})
                   : json(nullptr);
  };
  return {{"before", sideJson(c.before)},
          {"stage", {{"before", stageSide(b)}, {"after", stageSide(a)}, {"direction", directionJson(c.stage)}}},
          {"after", sideJson(c.after)},
          {"namesDiffer", c.namesDiffer},
          {"overall", {{"delta", b.overall && a.overall ? json(roundOneDecimal(*a.overall - *b.overall)) : json(nullptr)},
                       {"direction", directionJson(c.overall)}}},
          {"factors", factors},
          {"indicators", indicators},
          {"closedRecommendations", closed}};
}

Json scoreSummaryJson(const ImportedReport& r, const Checklist& c) {
  Results res = score(c, r.assessment);
  json factors = json::array();
  for (const auto& f : res.factors) factors.push_back(orNull(f.score));
  return {{"ok", true},
          {"name", r.assessment.profileText("name")},
          {"score", orNull(res.overall)},
          {"band", res.band ? json(res.band->id) : json(nullptr)},
          {"complete", res.complete},
          {"weakestFactor", res.weakest ? json(res.weakest->id) : json(nullptr)},
          {"factors", factors},
          {"recalculated", r.recalculated.has_value()}};
}

Json roomStateJson(const RoomData& g, const std::vector<std::size_t>& order) {
  json rows = json::array();
  for (std::size_t i : order) {
    const RoomReport& r = g.reports[i];
    rows.push_back({{"file", r.file}, {"name", r.name}, {"code", participantCode(i, g.reports.size())}, {"score", orNull(r.results.overall)},
                    {"band", r.results.band ? json(r.results.band->id) : json(nullptr)}, {"counted", r.counted},
                    {"duplicate", r.duplicate}, {"rank", r.rank ? json(r.rank) : json(nullptr)},
                    {"answered", r.answered}, {"complete", r.results.complete}});
  }
  json tied = json::array();
  for (const Factor* f : g.weakestTied) tied.push_back(f->id);
  return {{"rows", rows}, {"counted", g.counted}, {"failed", g.failedCount()}, {"notRead", g.notRead},
          {"weakestFactor", g.weakest ? json(g.weakest->id) : json(nullptr)}, {"weakestFactors", tied}};
}

}  // namespace lestari
