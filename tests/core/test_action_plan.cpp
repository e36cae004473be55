// The follow-up plan: the action model, dates typed by people, overdue
// marking, ordering, and the report's version 3 with migration from 1 and 2.
#include <doctest/doctest.h>

#include "helpers.h"
#include "core/report/report.h"
#include "core/model/scoring.h"

using namespace lestari;
using namespace lestari::test;
using json = Json;

namespace {
const std::string& ind(std::size_t f, std::size_t i) { return checklist().factors[f].indicators[i].id; }
Action action(const std::string& indicator, const std::string& due = "", ActionStatus s = ActionStatus::NotStarted) {
  return Action{indicator, "Susun SOP layanan", "Kasubag Umum", due, s, ""};
}
}  // namespace

TEST_CASE("calendar dates: real days only, leap years included, 2000 to 2100") {
  CHECK(isValidDate("2026-12-31"));
  CHECK(isValidDate("2028-02-29"));
  CHECK(isValidDate("2000-02-29"));     // divisible by 400
  CHECK_FALSE(isValidDate("2100-02-29"));  // divisible by 100, not 400
  CHECK_FALSE(isValidDate("2027-02-29"));
  CHECK_FALSE(isValidDate("2026-04-31"));
  CHECK_FALSE(isValidDate("2026-13-01"));
  CHECK_FALSE(isValidDate("2026-00-10"));
  CHECK_FALSE(isValidDate("1999-12-31"));
  CHECK_FALSE(isValidDate("2101-01-01"));
  CHECK_FALSE(isValidDate("2026-1-05"));
  CHECK_FALSE(isValidDate("2026/01/05"));
  CHECK_FALSE(isValidDate("２０２６-01-05"));
  CHECK_FALSE(isValidDate(""));
}

TEST_CASE("calendar arithmetic for the date picker") {
  CHECK(daysInMonth(2028, 2) == 29);
  CHECK(daysInMonth(2100, 2) == 28);
  CHECK(daysInMonth(2026, 4) == 30);
  CHECK(daysInMonth(2026, 12) == 31);
  CHECK(weekdayMondayFirst(2026, 11, 28) == 5);  // a Saturday
  CHECK(weekdayMondayFirst(2024, 11, 20) == 2);  // the Malang coaching event, a Wednesday
  CHECK(weekdayMondayFirst(2000, 1, 1) == 5);    // a Saturday
  CHECK(weekdayMondayFirst(2027, 3, 1) == 0);    // a Monday
}

TEST_CASE("overdue: a target date before today, not done") {
  CHECK(isOverdue(action(ind(0, 0), "2026-11-20"), "2026-11-28"));
  CHECK_FALSE(isOverdue(action(ind(0, 0), "2026-11-28"), "2026-11-28"));  // due today is not late
  CHECK_FALSE(isOverdue(action(ind(0, 0), "2026-11-20", ActionStatus::Done), "2026-11-28"));
  CHECK(isOverdue(action(ind(0, 0), "2026-11-20", ActionStatus::InProgress), "2026-11-28"));
  CHECK_FALSE(isOverdue(action(ind(0, 0)), "2026-11-28"));  // no date, never late
}

TEST_CASE("actions are validated; a refused one changes nothing") {
  const Checklist& c = checklist();
  Assessment a;
  REQUIRE_FALSE(setAction(a, c, action(ind(0, 0), "2027-01-31")));
  const Assessment before = a;
  Action bad = action(ind(0, 1));
  bad.indicator = "no_such";
  CHECK(setAction(a, c, bad)->code == "unknown_indicator");
  bad = action(ind(0, 1));
  bad.text = "  \n ";
  CHECK(setAction(a, c, bad)->code == "action_empty");
  bad = action(ind(0, 1));
  bad.pic = "Budi\nSanti";
  CHECK(setAction(a, c, bad)->code == "single_line");
  bad = action(ind(0, 1));
  bad.text = std::string(c.actionMaxLength + 1, 'x');
  CHECK(setAction(a, c, bad)->code == "text_too_long");
  bad = action(ind(0, 1));
  bad.note = std::string(c.actionNoteMaxLength + 1, 'x');
  CHECK(setAction(a, c, bad)->code == "text_too_long");
  bad = action(ind(0, 1), "2026-02-30");
  CHECK(setAction(a, c, bad)->code == "bad_date");
  CHECK(a == before);
  // One action per indicator: setting it again replaces it.
  Action changed = action(ind(0, 0), "", ActionStatus::Done);
  changed.text = "SOP disahkan";
  REQUIRE_FALSE(setAction(a, c, changed));
  CHECK(a.actions.size() == 1);
  CHECK(a.actions.at(ind(0, 0)).status == ActionStatus::Done);
  CHECK(removeAction(a, c, "no_such")->code == "unknown_indicator");
  REQUIRE_FALSE(removeAction(a, c, ind(0, 0)));
  CHECK(a.actions.empty());
  CHECK(a.empty());
}

TEST_CASE("the plan in order of priority, target date or status") {
  const Checklist& c = checklist();
  Assessment a;
  // Factor 3 is the weakest (level 0): its recommendations come first.
  for (const auto& f : c.factors)
    for (const auto& i : f.indicators) setLevel(a, c, i.id, &f == &c.factors[2] ? 0 : 2);
  setAction(a, c, action(ind(0, 0), "2027-03-01", ActionStatus::Done));
  setAction(a, c, action(ind(2, 1), "", ActionStatus::InProgress));
  setAction(a, c, action(ind(2, 0), "2027-05-01", ActionStatus::NotStarted));
  setAction(a, c, action(ind(4, 4), "2027-01-15", ActionStatus::InProgress));
  auto ids = [&](ActionOrder o) {
    std::vector<std::string> out;
    for (const Action* x : orderedActions(a, c, o)) out.push_back(x->indicator);
    return out;
  };
  CHECK(ids(ActionOrder::Rank) == std::vector<std::string>{ind(2, 0), ind(2, 1), ind(0, 0), ind(4, 4)});
  CHECK(ids(ActionOrder::Due) == std::vector<std::string>{ind(4, 4), ind(0, 0), ind(2, 0), ind(2, 1)});
  CHECK(ids(ActionOrder::Status) == std::vector<std::string>{ind(2, 0), ind(2, 1), ind(4, 4), ind(0, 0)});
}

TEST_CASE("version 3 reports carry the plan and round-trip byte for byte") {
  const Checklist& c = checklist();
  Assessment a = allAt(1);
  Action first = action(ind(1, 2), "2027-02-28", ActionStatus::InProgress);
  first.note = "Rapat \"koordinasi\" ✓ — 2 kali";
  setAction(a, c, first);
  setAction(a, c, action(ind(0, 4)));
  std::string text = exportReport(c, translations(), a, Lang::Id, "2026-11-28T10:00:00Z");
  json doc = json::parse(text);
  CHECK(doc["schemaVersion"] == kReportSchemaVersion);
  REQUIRE(doc["actions"].size() == 2);
  CHECK(doc["actions"][0]["indicator"] == ind(0, 4));  // checklist order
  CHECK(doc["actions"][0]["due"].is_null());
  CHECK(doc["actions"][1]["factor"] == c.factors[1].id);
  CHECK(doc["actions"][1]["status"] == "in_progress");
  auto back = importReport(text, c);
  REQUIRE(back.ok());
  CHECK(back.value->assessment == a);
  CHECK(exportReport(c, translations(), back.value->assessment, Lang::Id, "2026-11-28T10:00:00Z") == text);
}

TEST_CASE("version 2 and version 1 reports migrate to the current version with an empty plan") {
  const Checklist& c = checklist();
  json v2 = json::parse(exportReport(c, translations(), allAt(3), Lang::En, "2026-01-02T03:04:05Z"));
  v2["schemaVersion"] = 2;
  v2.erase("actions");
  auto r2 = importReport(v2.dump(), c);
  REQUIRE(r2.ok());
  CHECK(r2.value->sourceSchemaVersion == 2);
  CHECK(r2.value->assessment.actions.empty());
  CHECK(r2.value->assessment.answers.at(ind(3, 3)).level == 3);
  auto r1 = importReport(readFile(std::string(LESTARI_SOURCE_DIR) + "/tests/fixtures/report-v1.json"), c);
  REQUIRE(r1.ok());
  CHECK(r1.value->sourceSchemaVersion == 1);
  CHECK(r1.value->assessment.actions.empty());
  json again = json::parse(exportReport(c, translations(), r1.value->assessment, Lang::Id, "2026-01-02T03:04:05Z"));
  CHECK(again["schemaVersion"] == kReportSchemaVersion);
  CHECK(again["actions"] == json::array());
  // A version 2 report cannot smuggle a plan in: "actions" is a version 3 field.
  v2["actions"] = json::array({{{"indicator", ind(0, 0)}}});
  CHECK_FALSE(importReport(v2.dump(), c).ok());
}
