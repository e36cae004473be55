// The stage lens (docs/scoring.md, "Stage lens"): the content's expectations,
// the lens computed from them, and how the report carries it.
#include <doctest/doctest.h>

#include "helpers.h"
#include "core/report/report.h"
#include "core/model/scoring.h"

using namespace lestari;
using namespace lestari::test;

namespace {

const Checklist& C() { return checklist(); }

int expectedOf(const std::string& indicatorId, const std::string& stage) {
  const Indicator* ind = C().indicator(indicatorId);
  REQUIRE(ind);
  return ind->expected.at(*C().stageIndex(stage));
}

Assessment atStage(Assessment a, const char* stage) {
  REQUIRE_FALSE(setProfileValue(a, C(), "stage", Json(stage)));
  return a;
}

// The checklist with one change made to its JSON text.
Result<Checklist> loadChanged(void (*change)(Json&)) {
  Json doc = Json::parse(asset("checklist.json"));
  change(doc);
  return Checklist::load(doc.dump());
}

}  // namespace

TEST_CASE("every indicator has an expected level per stage, never falling, and every factor a reason per stage") {
  REQUIRE(C().stages().size() == 3);
  CHECK(C().stages()[0].id == "creation");
  CHECK(C().stages()[2].id == "institutionalisation");
  for (const auto& f : C().factors) {
    REQUIRE(f.stageReasons.size() == 3);
    for (const Text& reason : f.stageReasons) {
      CHECK(reason.id.size() > 40);
      CHECK(reason.en.size() > 40);
    }
    for (const auto& ind : f.indicators) {
      REQUIRE(ind.expected.size() == 3);
      CHECK(ind.expected[0] <= ind.expected[1]);
      CHECK(ind.expected[1] <= ind.expected[2]);
    }
  }
  // As a coach would have it: no barrier-removal unit is expected at creation,
  // but one is by institutionalisation; a recurring budget line (level 4) is
  // expected by institutionalisation, not before.
  CHECK(expectedOf("bu_unit_established", "creation") == 0);
  CHECK(expectedOf("bu_unit_established", "institutionalisation") >= 2);
  CHECK(expectedOf("bf_budget_line", "development") < 4);
  CHECK(expectedOf("bf_budget_line", "institutionalisation") == 4);
}

TEST_CASE("a checklist whose expectations fall, are missing or name an unknown stage is refused") {
  auto falling = loadChanged([](Json& d) { d["factors"][0]["indicators"][1]["expected"]["institutionalisation"] = 0; });
  REQUIRE_FALSE(falling.ok());
  CHECK(falling.errors[0].code == "expected_decreasing");
  CHECK(falling.errors[0].path == "$.factors[0].indicators[1].expected.institutionalisation");

  auto missing = loadChanged([](Json& d) { d["factors"][2]["indicators"][0].erase("expected"); });
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.errors[0].path == "$.factors[2].indicators[0].expected");

  auto unknown = loadChanged([](Json& d) { d["factors"][0]["indicators"][0]["expected"]["growth"] = 2; });
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.errors[0].code == "unknown_field");

  auto tooHigh = loadChanged([](Json& d) { d["factors"][0]["indicators"][0]["expected"]["institutionalisation"] = 5; });
  REQUIRE_FALSE(tooHigh.ok());
  CHECK(tooHigh.errors[0].code == "out_of_range");

  auto noReason = loadChanged([](Json& d) { d["factors"][4]["stageReasons"].erase("development"); });
  REQUIRE_FALSE(noReason.ok());
  CHECK(noReason.errors[0].path == "$.factors[4].stageReasons.development");
}

TEST_CASE("the stage does not change any score; without a stage there is no lens") {
  Assessment a = allAt(2);
  REQUIRE_FALSE(setLevel(a, C(), "ic_succession", 0));
  Results none = score(C(), a);
  CHECK_FALSE(none.stage);
  for (const char* stage : {"creation", "development", "institutionalisation"}) {
    Results with = score(C(), atStage(a, stage));
    REQUIRE(with.stage);
    CHECK(with.overall == none.overall);
    CHECK(with.band == none.band);
    for (std::size_t i = 0; i < with.factors.size(); ++i) CHECK(with.factors[i].score == none.factors[i].score);
    CHECK(with.recommendations.size() == none.recommendations.size());
  }
}

TEST_CASE("each factor is read against the stage: expected score, indicators below, met or not") {
  const Assessment a = atStage(allAt(2), "development");
  const Results r = score(C(), a);
  REQUIRE(r.stage);
  CHECK(r.stage->stage == 1);
  std::size_t met = 0, below = 0;
  for (std::size_t i = 0; i < C().factors.size(); ++i) {
    const Factor& f = C().factors[i];
    int sum = 0;
    std::size_t under = 0;
    for (const auto& ind : f.indicators) {
      sum += expectedOf(ind.id, "development");
      under += 2 < expectedOf(ind.id, "development");
    }
    const double expected = roundOneDecimal(100.0 * sum / (4.0 * static_cast<double>(f.indicators.size())));
    const FactorStage& fs = r.stage->factors[i];
    CAPTURE(f.id);
    CHECK(fs.expected == doctest::Approx(expected));
    CHECK(fs.below == under);
    REQUIRE(fs.meets);
    CHECK(*fs.meets == (50.0 >= expected));
    met += 50.0 >= expected;
    below += under;
  }
  CHECK(r.stage->factorsMet == met);
  CHECK(r.stage->factorsTotal == 5);
  CHECK(r.stage->indicatorsBelow == below);
  // Everything at the top meets every stage; everything at 0 meets none that expects anything.
  const Results top = score(C(), atStage(allAt(4), "institutionalisation"));
  CHECK(top.stage->factorsMet == 5);
  CHECK(top.stage->indicatorsBelow == 0);
  const Results bottom = score(C(), atStage(allAt(0), "creation"));
  CHECK(bottom.stage->factorsMet == 0);
}

TEST_CASE("the lens counts what the score counts: not applicable and unanswered indicators are left out") {
  Assessment a = atStage(Assessment{}, "institutionalisation");
  const Factor& budget = C().factors.at(4);
  // Only the first two indicators answered, at the institutionalisation's own levels.
  for (std::size_t k = 0; k < 2; ++k)
    REQUIRE_FALSE(setLevel(a, C(), budget.indicators[k].id, expectedOf(budget.indicators[k].id, "institutionalisation")));
  REQUIRE_FALSE(setNotApplicable(a, C(), budget.indicators[2].id, true));
  const Results r = score(C(), a);
  const FactorStage& fs = r.stage->factors.at(4);
  const int sum = expectedOf(budget.indicators[0].id, "institutionalisation") +
                  expectedOf(budget.indicators[1].id, "institutionalisation");
  CHECK(fs.expected == doctest::Approx(roundOneDecimal(100.0 * sum / 8.0)));
  CHECK(fs.below == 0);
  CHECK(fs.meets == true);
  // Factors with nothing answered have no verdict and are not counted, but
  // still show what is expected of them (over their applicable indicators).
  const FactorStage& empty = r.stage->factors.at(0);
  CHECK_FALSE(empty.meets);
  CHECK(empty.expected > 0);
  CHECK(r.stage->factorsTotal == 1);
  CHECK(r.stage->factorsMet == 1);
}

TEST_CASE("recommendations below the stage's expectation come first; the others name the stage that needs them") {
  const Assessment plain = allAt(2);
  const Results without = score(C(), plain);
  for (const auto& rec : without.recommendations) {
    CHECK_FALSE(rec.belowStage);
    CHECK_FALSE(rec.laterStage);
  }
  const Results r = score(C(), atStage(plain, "development"));
  bool seenOther = false;
  std::size_t belowCount = 0;
  for (const auto& rec : r.recommendations) {
    CAPTURE(rec.indicator->id);
    const bool below = 2 < expectedOf(rec.indicator->id, "development");
    CHECK(rec.belowStage == below);
    if (below) CHECK_FALSE(seenOther);  // none after the first that is not below
    seenOther = seenOther || !below;
    belowCount += below;
    if (!below) {
      const bool later = 2 < expectedOf(rec.indicator->id, "institutionalisation");
      CHECK(rec.laterStage.has_value() == later);
      if (later) CHECK(*rec.laterStage == 2);
    }
  }
  CHECK(belowCount == r.stage->indicatorsBelow);
  // The top five start with what the stage asks for.
  auto top = topRecommendations(r.recommendations);
  REQUIRE_FALSE(top.empty());
  CHECK(r.recommendations[top[0]].belowStage);
}

TEST_CASE("the report carries the lens, and a version 3 report is read and given it") {
  const Assessment a = atStage(allAt(2), "creation");
  const Results r = score(C(), a);
  Json doc = Json::parse(exportReport(C(), translations(), a, Lang::Id, "2026-11-30T10:00:00Z"));
  CHECK(doc["schemaVersion"] == 4);
  CHECK(doc["overall"]["stage"]["stage"] == "creation");
  CHECK(doc["overall"]["stage"]["factorsMet"] == r.stage->factorsMet);
  CHECK(doc["overall"]["stage"]["factorsTotal"] == 5);
  CHECK(doc["overall"]["stage"]["indicatorsBelow"] == r.stage->indicatorsBelow);
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(doc["factors"][i]["expected"].get<double>() == doctest::Approx(r.stage->factors[i].expected));
    CHECK(doc["factors"][i]["belowStage"] == r.stage->factors[i].below);
  }
  CHECK(doc["recommendations"][0].contains("belowStage"));
  CHECK(doc["method"]["stageLens"].get<std::string>().size() > 40);

  Json noStage = Json::parse(exportReport(C(), translations(), allAt(2), Lang::En, "2026-11-30T10:00:00Z"));
  CHECK(noStage["overall"]["stage"].is_null());
  CHECK(noStage["factors"][0]["expected"].is_null());
  CHECK(noStage["factors"][0]["belowStage"].is_null());

  // A version 3 file as Lestari wrote it: no lens anywhere.
  Json v3 = doc;
  v3["schemaVersion"] = 3;
  v3["overall"].erase("stage");
  for (auto& f : v3["factors"]) {
    f.erase("expected");
    f.erase("belowStage");
  }
  for (auto& rec : v3["recommendations"]) {
    rec.erase("belowStage");
    rec.erase("laterStage");
  }
  auto imported = importReport(v3.dump(), C());
  REQUIRE(imported.ok());
  CHECK(imported.value->sourceSchemaVersion == 3);
  CHECK(imported.value->assessment == a);
  CHECK_FALSE(imported.value->recalculated);
  Json again = Json::parse(exportReport(C(), translations(), imported.value->assessment, Lang::Id, "2026-11-30T10:00:00Z"));
  CHECK(again == doc);

  // The lens's fields are derived but typed: a damaged one is refused.
  Json bad = doc;
  bad["factors"][1]["expected"] = "tinggi";
  auto refused = importReport(bad.dump(), C());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.errors[0].path == "$.factors[1].expected");
  bad = doc;
  bad["overall"]["stage"] = "creation";
  refused = importReport(bad.dump(), C());
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.errors[0].path == "$.overall.stage");
}
