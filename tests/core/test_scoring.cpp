// Scoring rules of docs/scoring.md, checked against hand-computed values.
#include <doctest/doctest.h>

#include "helpers.h"
#include "core/model/assessment.h"
#include "core/model/scoring.h"
#include "core/text/text.h"

using namespace lestari;
using namespace lestari::test;

namespace {
const Checklist& C() { return checklist(); }
const Factor& factor(std::size_t i) { return C().factors.at(i); }
// Answers every indicator of factor i with the given levels (in order).
void answerFactor(Assessment& a, std::size_t i, std::vector<int> levels) {
  for (std::size_t k = 0; k < levels.size(); ++k) REQUIRE_FALSE(setLevel(a, C(), factor(i).indicators.at(k).id, levels[k]));
}
}  // namespace

TEST_CASE("all 4 gives 100 in the top band; all 0 gives 0 in the bottom band") {
  Results top = score(C(), allAt(4));
  REQUIRE(top.overall);
  CHECK(*top.overall == 100.0);
  CHECK(top.band == &C().bands.back());
  CHECK(top.complete);
  CHECK(top.recommendations.empty());

  Results bottom = score(C(), allAt(0));
  CHECK(*bottom.overall == 0.0);
  CHECK(bottom.band == &C().bands.front());
  CHECK_FALSE(bottom.capped);  // already below the cap band
  CHECK(bottom.recommendations.size() == C().indicatorCount());
}

TEST_CASE("nothing answered: no score, no band, incomplete") {
  Results r = score(C(), Assessment{});
  CHECK_FALSE(r.overall);
  CHECK(r.band == nullptr);
  CHECK_FALSE(r.complete);
  CHECK(r.answered == 0);
  CHECK(r.applicable == C().indicatorCount());
  CHECK(r.weakest == nullptr);
  for (const auto& f : r.factors) CHECK_FALSE(f.score);
}

TEST_CASE("factor score is the mean level over 4, one decimal") {
  Assessment a;
  answerFactor(a, 0, {3, 2, 2});  // mean 7/3 = 2.333.. -> 58.333.. -> 58.3
  Results r = score(C(), a);
  REQUIRE(r.factors[0].score);
  CHECK(*r.factors[0].score == doctest::Approx(58.3));
  CHECK(r.factors[0].answered == 3);
  CHECK(r.factors[0].applicable == factor(0).indicators.size());
  CHECK(*r.overall == doctest::Approx(58.3));  // the only scored factor
  CHECK_FALSE(r.complete);
}

TEST_CASE("rounding is half away from zero") {
  CHECK(roundOneDecimal(12.25) == doctest::Approx(12.3));
  CHECK(roundOneDecimal(87.5) == doctest::Approx(87.5));
  CHECK(roundOneDecimal(66.66666) == doctest::Approx(66.7));
}

TEST_CASE("not applicable indicators are excluded; a factor all not-applicable has no score") {
  Assessment a = allAt(4);
  for (const auto& ind : factor(2).indicators) REQUIRE_FALSE(setNotApplicable(a, C(), ind.id, true));
  REQUIRE_FALSE(setLevel(a, C(), factor(0).indicators[0].id, 0));  // factor 0: 0,4,4,4,4 -> 16/5/4 = 80
  Results r = score(C(), a);
  CHECK_FALSE(r.factors[2].score);
  CHECK(r.factors[2].applicable == 0);
  CHECK(*r.factors[0].score == doctest::Approx(80.0));
  // overall = (80 + 100 + 100 + 100) / 4 factors that have a score
  CHECK(*r.overall == doctest::Approx(95.0));
  CHECK(r.complete);
  CHECK(r.applicable == C().indicatorCount() - factor(2).indicators.size());
}

TEST_CASE("weights change the overall mean") {
  Checklist c = C();
  c.factors[0].weight = 3;
  Assessment a;
  for (const auto& ind : c.factors[0].indicators) setLevel(a, c, ind.id, 4);  // 100, weight 3
  for (const auto& ind : c.factors[1].indicators) setLevel(a, c, ind.id, 2);  // 50, weight 1
  Results r = score(c, a);
  CHECK(*r.overall == doctest::Approx((3 * 100.0 + 50.0) / 4));
}

TEST_CASE("weakest link caps the band but not the score") {
  Assessment a = allAt(4);
  for (const auto& ind : factor(4).indicators) setLevel(a, C(), ind.id, 1);  // factor 4 = 25 < 40
  Results r = score(C(), a);
  CHECK(*r.overall == doctest::Approx(85.0));  // (4*100 + 25) / 5
  CHECK(r.uncappedBand == C().band("lestari"));
  CHECK(r.band == C().band(C().weakestLinkCapBand));
  CHECK(r.capped);
  CHECK(r.weakest == &factor(4));
}

TEST_CASE("a factor exactly at the threshold does not trigger the cap") {
  Assessment a = allAt(4);
  // 40 = mean 1.6 over 5 indicators: levels 2,2,2,1,1
  answerFactor(a, 3, {2, 2, 2, 1, 1});
  Results r = score(C(), a);
  REQUIRE(*r.factors[3].score == doctest::Approx(40.0));
  CHECK_FALSE(r.capped);
}

TEST_CASE("band boundaries: the minimum belongs to the band") {
  CHECK(bandFor(C(), 39.9)->id == "rentan");
  CHECK(bandFor(C(), 40.0)->id == "bertumbuh");
  CHECK(bandFor(C(), 59.9)->id == "bertumbuh");
  CHECK(bandFor(C(), 60.0)->id == "kokoh");
  CHECK(bandFor(C(), 80.0)->id == "lestari");
}

TEST_CASE("recommendations: weakest factor first, then lowest level, level 4 never") {
  Assessment a = allAt(4);
  answerFactor(a, 1, {3, 1, 4, 2, 4});  // 14/20 = 70
  answerFactor(a, 3, {2, 4, 4, 4, 0});  // 14/20 = 70 too: checklist order breaks the tie
  answerFactor(a, 4, {4, 4, 3, 4, 4});  // 95
  Results r = score(C(), a);
  std::vector<std::pair<std::string, int>> got;
  for (const auto& rec : r.recommendations) got.push_back({rec.indicator->id, rec.level});
  std::vector<std::pair<std::string, int>> want = {
      {factor(1).indicators[1].id, 1}, {factor(1).indicators[3].id, 2}, {factor(1).indicators[0].id, 3},
      {factor(3).indicators[4].id, 0}, {factor(3).indicators[0].id, 2},
      {factor(4).indicators[2].id, 3}};
  CHECK(got == want);
  CHECK(r.weakest == &factor(1));
}

TEST_CASE("unanswered indicators lower completeness, not the score") {
  Assessment a = allAt(3);
  setLevel(a, C(), factor(0).indicators[0].id, std::nullopt);
  Results r = score(C(), a);
  CHECK(*r.overall == doctest::Approx(75.0));
  CHECK_FALSE(r.complete);
  CHECK(r.answered == C().indicatorCount() - 1);
  CHECK(r.completeness() == doctest::Approx(double(C().indicatorCount() - 1) / C().indicatorCount()));
}

TEST_CASE("the first five recommendations: impact order, at most two from one factor") {
  // Factor 1 all at 0 (the weakest, five recommendations), factor 2 at 1, factor 3 at 2.
  Assessment a;
  answerFactor(a, 0, {0, 0, 0, 0, 0});
  answerFactor(a, 1, {1, 1, 1});
  answerFactor(a, 2, {2});
  Results r = score(C(), a);
  REQUIRE(r.recommendations.size() == 9);
  std::vector<std::size_t> top = topRecommendations(r.recommendations);
  // Two of factor 1 (its first two), two of factor 2, one of factor 3: five.
  REQUIRE(top == std::vector<std::size_t>{0, 1, 5, 6, 8});
  CHECK(r.recommendations[top[0]].factor == &factor(0));
  CHECK(r.recommendations[top[2]].factor == &factor(1));
  CHECK(r.recommendations[top[4]].factor == &factor(2));
  // One weak factor alone: two, not five.
  Assessment one;
  answerFactor(one, 0, {0, 1, 2, 3, 0});
  CHECK(topRecommendations(score(C(), one).recommendations) == std::vector<std::size_t>{0, 1});
  CHECK(topRecommendations({}).empty());
}

TEST_CASE("a typed year reads as four digits or not at all; a long file name keeps its end") {
  CHECK(readTypedYear("2019", "startYear").value == Json(2019));
  CHECK(readTypedYear("", "startYear").value == Json());
  for (const char* bad : {"2O19", "219", "20199", "+201", "-201", "２０１９", " 2019"}) {
    Result<Json> r = readTypedYear(bad, "startYear");
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors.front().code == "bad_year");
    CHECK(r.errors.front().args.front() == bad);  // the message shows what was typed
  }
  const std::string name = "lestari-posyandu-digital-sehati-kabupaten-contoh-provinsi-contoh-versi-final-2026-11-28.json";
  std::string shown = echoFileName(name, 60);
  CHECK(utf8Length(shown) == 60);
  CHECK(shown.substr(shown.size() - 10) == "11-28.json");
  CHECK(shown.rfind("lestari-posyandu", 0) == 0);
  CHECK(echoFileName("laporan.json") == "laporan.json");
}
