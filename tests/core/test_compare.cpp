// Compare over time, with expectations computed by hand (all five factors
// weigh 1; a factor score is the mean level / 4 x 100).
#include <doctest/doctest.h>

#include "core/model/compare.h"
#include "helpers.h"

using namespace lestari;
using namespace lestari::test;
using json = Json;

namespace {
const std::string& ind(std::size_t f, std::size_t i) { return checklist().factors[f].indicators[i].id; }

// Before: every indicator at 1, factor 5 at 3. Scores 25, 25, 25, 25, 75: overall 35.0.
Assessment earlier() {
  Assessment a = allAt(1);
  for (std::size_t i = 0; i < 5; ++i) setLevel(a, checklist(), ind(4, i), 3);
  setProfileValue(a, checklist(), "name", "Si Ikan Nila");
  return a;
}
// After: factor 1 all at 2 (50.0), factor 2 as before (25.0), factor 3 with one
// indicator not applicable (25.0), factor 4 all at 0 (0.0), factor 5 3,3,3,3,4
// (80.0). Overall (50 + 25 + 25 + 0 + 80) / 5 = 36.0.
Assessment later() {
  Assessment a = earlier();
  for (std::size_t i = 0; i < 5; ++i) {
    setLevel(a, checklist(), ind(0, i), 2);
    setLevel(a, checklist(), ind(3, i), 0);
  }
  setNotApplicable(a, checklist(), ind(2, 4), true);
  setLevel(a, checklist(), ind(4, 4), 4);
  setProfileValue(a, checklist(), "name", "  si ikan nila ");
  return a;
}
}  // namespace

TEST_CASE("compare: per factor, overall and per indicator, by hand") {
  Comparison cmp = compare(checklist(), earlier(), "2025-06-01T00:00:00Z", later(), "2026-06-01T00:00:00Z");
  CHECK(*cmp.before.results.overall == doctest::Approx(35.0));
  CHECK(*cmp.after.results.overall == doctest::Approx(36.0));
  CHECK(cmp.overall == 1);
  CHECK(cmp.before.results.band->id == "rentan");
  CHECK(cmp.after.results.band->id == "rentan");
  const double before[] = {25, 25, 25, 25, 75}, after[] = {50, 25, 25, 0, 80}, delta[] = {25, 0, 0, -25, 5};
  const int direction[] = {1, 0, 0, -1, 1};
  REQUIRE(cmp.factors.size() == 5);
  for (int i = 0; i < 5; ++i) {
    CAPTURE(i);
    CHECK(*cmp.factors[i].before == doctest::Approx(before[i]));
    CHECK(*cmp.factors[i].after == doctest::Approx(after[i]));
    CHECK(*cmp.factors[i].delta() == doctest::Approx(delta[i]));
    CHECK(cmp.factors[i].direction == direction[i]);
  }
  REQUIRE(cmp.indicators.size() == 25);
  auto at = [&](std::size_t f, std::size_t i) { return cmp.indicators[f * 5 + i]; };
  CHECK(at(0, 0).direction == 1);
  CHECK(at(1, 0).direction == 0);
  CHECK(at(3, 2).direction == -1);
  CHECK_FALSE(at(2, 4).direction);  // not applicable now: nothing to compare
  CHECK(at(2, 4).naAfter);
  CHECK(at(4, 4).before == 3);
  CHECK(at(4, 4).after == 4);
  // Closed: factor 1's five (1 -> 2 reached) and factor 5's last (3 -> 4); not factor 4's (worse), nor the one now N/A.
  std::vector<std::string> closed;
  for (const auto& r : cmp.closed) closed.push_back(r.indicator->id);
  std::vector<std::string> expected = {ind(0, 0), ind(0, 1), ind(0, 2), ind(0, 3), ind(0, 4), ind(4, 4)};
  std::sort(closed.begin(), closed.end());
  std::sort(expected.begin(), expected.end());
  CHECK(closed == expected);
  CHECK_FALSE(cmp.namesDiffer);  // case and spaces aside, the same innovation
}

TEST_CASE("compare reports in either order; other checklists refused; other names warned") {
  const Checklist& c = checklist();
  std::string older = exportReport(c, translations(), earlier(), Lang::Id, "2025-06-01T00:00:00Z");
  std::string newer = exportReport(c, translations(), later(), Lang::En, "2026-06-01T00:00:00Z");
  for (auto [x, y] : {std::pair{older, newer}, std::pair{newer, older}}) {
    auto r = compareReports(x, y, c);
    REQUIRE(r.ok());
    CHECK(r.value->before.generatedAt == "2025-06-01T00:00:00Z");
    CHECK(*r.value->after.results.overall == doctest::Approx(36.0));
  }
  json other = json::parse(newer);
  other["checklist"]["id"] = "other.checklist";
  auto refused = compareReports(older, other.dump(), c);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.errors[0].code == "compare_other_checklist");
  CHECK(refused.errors[0].path == "$B");
  CHECK(translations().message(refused.errors[0], Lang::En).find("other.checklist") != std::string::npos);
  auto broken = compareReports("{", older, c);
  REQUIRE_FALSE(broken.ok());
  CHECK(broken.errors[0].path == "$A");
  json renamed = json::parse(newer);
  renamed["profile"]["name"] = "Jarik Ma'Siti";
  auto warned = compareReports(older, renamed.dump(), c);
  REQUIRE(warned.ok());
  CHECK(warned.value->namesDiffer);
}
