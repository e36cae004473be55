// The automation API's JSON views (src/core/json/json_views.cpp), checked against
// the model they describe: what window.lestari returns is what the screens show.
#include <doctest/doctest.h>

#include "helpers.h"
#include "core/json/json_views.h"

using namespace lestari;
using namespace lestari::test;
using json = Json;

namespace {
const std::string& ind(std::size_t f, std::size_t i) { return checklist().factors[f].indicators[i].id; }
std::string report(Assessment a, const std::string& name, const std::string& at) {
  setProfileValue(a, checklist(), "name", name);
  return exportReport(checklist(), translations(), a, Lang::Id, at);
}
}  // namespace

TEST_CASE("checklist view: every factor and indicator in order, level texts in the asked language") {
  const Checklist& c = checklist();
  for (Lang lang : {Lang::Id, Lang::En}) {
    json v = checklistJson(c, lang);
    CHECK(v["id"] == c.id);
    CHECK(v["version"] == c.version);
    REQUIRE(v["factors"].size() == c.factors.size());
    for (std::size_t f = 0; f < c.factors.size(); ++f) {
      const json& jf = v["factors"][f];
      CHECK(jf["id"] == c.factors[f].id);
      CHECK(jf["title"] == c.factors[f].title.in(lang));
      REQUIRE(jf["indicators"].size() == c.factors[f].indicators.size());
      for (std::size_t i = 0; i < c.factors[f].indicators.size(); ++i) {
        CHECK(jf["indicators"][i]["id"] == c.factors[f].indicators[i].id);
        CHECK(jf["indicators"][i]["levels"].size() == kMaxLevel + 1);
        CHECK(jf["indicators"][i]["levels"][0] == c.factors[f].indicators[i].levels[0].in(lang));
      }
    }
    CHECK(v["profileFields"].size() == c.profile.size());
  }
  CHECK(checklistJson(c, Lang::Id)["factors"][0]["title"] != checklistJson(c, Lang::En)["factors"][0]["title"]);
}

TEST_CASE("comparison view: deltas, directions, N/A and closed recommendations as the comparison has them") {
  Assessment before = allAt(1), after = allAt(1);
  setLevel(after, checklist(), ind(0, 0), 3);          // up
  setLevel(after, checklist(), ind(1, 0), 0);          // down
  setNotApplicable(after, checklist(), ind(2, 0), true);  // no longer comparable
  Comparison cmp = compare(checklist(), before, "2026-01-01T00:00:00Z", after, "2026-06-01T00:00:00Z");
  json v = comparisonJson(cmp, checklist());
  CHECK(v["before"]["generatedAt"] == "2026-01-01T00:00:00Z");
  CHECK(v["after"]["score"].get<double>() == doctest::Approx(*cmp.after.results.overall));
  CHECK(v["overall"]["delta"].get<double>() == doctest::Approx(roundOneDecimal(*cmp.after.results.overall - *cmp.before.results.overall)));
  REQUIRE(v["factors"].size() == cmp.factors.size());
  CHECK(v["factors"][0]["direction"] == 1);
  CHECK(v["factors"][1]["direction"] == -1);
  CHECK(v["factors"][0]["delta"].get<double>() == doctest::Approx(*cmp.factors[0].delta()));
  auto indicator = [&](const std::string& id) {
    for (const json& i : v["indicators"]) if (i["id"] == id) return i;
    return json();
  };
  CHECK(indicator(ind(0, 0))["before"] == 1);
  CHECK(indicator(ind(0, 0))["after"] == 3);
  CHECK(indicator(ind(2, 0))["after"] == "na");
  CHECK(indicator(ind(2, 0))["direction"].is_null());
  CHECK(v["closedRecommendations"].size() == cmp.closed.size());
  bool closedFirst = false;
  for (const json& r : v["closedRecommendations"]) closedFirst = closedFirst || r["indicator"] == ind(0, 0);
  CHECK(closedFirst);  // its level 1 -> 2 recommendation is reached
}

TEST_CASE("score view: what a scored report says, without touching anything") {
  auto r = importReport(report(allAt(2), "Si Ikan Nila", "2026-11-01T08:00:00Z"), checklist());
  REQUIRE(r.ok());
  json v = scoreSummaryJson(*r.value, checklist());
  Results res = score(checklist(), r.value->assessment);
  CHECK(v["ok"] == true);
  CHECK(v["name"] == "Si Ikan Nila");
  CHECK(v["score"].get<double>() == doctest::Approx(*res.overall));
  CHECK(v["band"] == res.band->id);
  CHECK(v["complete"] == true);
  REQUIRE(v["factors"].size() == checklist().factors.size());
  CHECK(v["recalculated"] == false);
  auto empty = importReport(report(Assessment{}, "Kosong", "2026-11-01T08:00:00Z"), checklist());
  json e = scoreSummaryJson(*empty.value, checklist());
  CHECK(e["score"].is_null());
  CHECK(e["band"].is_null());
  CHECK(e["complete"] == false);
}

TEST_CASE("room view: rows in the order given, with counts and the weakest factor") {
  RoomData g = aggregate(checklist(), {{"a.json", report(allAt(1), "A", "2026-11-01T08:00:00Z")},
                                    {"b.json", report(allAt(3), "B", "2026-11-02T08:00:00Z")},
                                    {"c.json", "{"}});
  std::vector<std::size_t> order = roomOrder(g, checklist());
  json v = roomStateJson(g, order);
  REQUIRE(v["rows"].size() == 2);
  CHECK(v["rows"][0]["name"] == "B");  // the higher score first
  CHECK(v["rows"][1]["file"] == "a.json");
  CHECK(v["counted"] == 2);
  CHECK(v["failed"] == 1);
  CHECK(v["weakestFactor"] == g.weakest->id);
}

TEST_CASE("comparison: moving on to a later stage is a change of its own, each side read against its own stage") {
  Assessment before = allAt(2), after = allAt(2);
  REQUIRE_FALSE(setProfileValue(before, checklist(), "stage", Json("creation")));
  REQUIRE_FALSE(setProfileValue(after, checklist(), "stage", Json("development")));
  Comparison cmp = compare(checklist(), before, "2026-01-01T00:00:00Z", after, "2026-06-01T00:00:00Z");
  CHECK(cmp.stage == 1);
  CHECK(cmp.overall == 0);  // the same answers: the score did not move, the lens did
  json v = comparisonJson(cmp, checklist());
  CHECK(v["stage"]["before"]["stage"] == "creation");
  CHECK(v["stage"]["after"]["stage"] == "development");
  CHECK(v["stage"]["direction"] == 1);
  CHECK(v["stage"]["before"]["factorsMet"] == cmp.before.results.stage->factorsMet);
  CHECK(v["stage"]["after"]["factorsMet"] == cmp.after.results.stage->factorsMet);
  CHECK(v["stage"]["before"]["factorsMet"].get<int>() > v["stage"]["after"]["factorsMet"].get<int>());  // more is asked later
  // A side without a stage: nothing to compare.
  Comparison none = compare(checklist(), allAt(2), "2026-01-01T00:00:00Z", after, "2026-06-01T00:00:00Z");
  CHECK_FALSE(none.stage);
  CHECK(comparisonJson(none, checklist())["stage"]["before"].is_null());
}
