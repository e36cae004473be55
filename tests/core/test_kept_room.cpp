// A room kept between page loads and read back: the same room (every
// statistic, rank, duplicate, failure and count), and a damaged or foreign
// record refused whole, never opened as a wrong room.
#include <doctest/doctest.h>

#include "core/report/report.h"
#include "core/room/aggregate.h"
#include "core/room/kept_room.h"
#include "core/room/room_export.h"
#include "helpers.h"

using namespace lestari;
using namespace lestari::test;

namespace {
const std::string& ind(std::size_t f, std::size_t i) { return checklist().factors[f].indicators[i].id; }

std::string reportText(Assessment a, const std::string& name, const char* stage, const std::string& at) {
  setProfileValue(a, checklist(), "name", name);
  setProfileValue(a, checklist(), "agency", "Kota Malang");
  if (stage) setProfileValue(a, checklist(), "stage", stage);
  return exportReport(checklist(), translations(), a, Lang::Id, at);
}

// Stages, N/A and unanswered indicators, the same innovation twice, stored
// scores that differ from the answers, two broken files, and one more than
// the room takes (not read).
RoomData sampleRoom() {
  const Checklist& c = checklist();
  RoomBuilder b(c, 6);
  Assessment a = allAt(3);
  setNotApplicable(a, c, ind(0, 1), true);
  b.add("a.json", reportText(a, "Si Ikan Nila", "development", "2026-11-01T08:00:00Z"));
  Assessment partial;
  setLevel(partial, c, ind(1, 0), 1);
  b.add("b.json", reportText(partial, "Jarik", nullptr, "2026-11-02T08:00:00Z"));
  b.add("c.json", reportText(allAt(1), "si ikan nila", "creation", "2026-11-03T08:00:00Z"));
  std::string edited = reportText(allAt(4), "Sepasar", "institutionalisation", "2026-11-04T08:00:00Z");
  edited.replace(edited.find("\"score\": 100.0"), 14, "\"score\": 12.0");  // the file's own score is wrong
  b.add("d.json", edited);
  b.add("rusak.json", "{\"schema\": tru");
  b.add("word.docx", "PK\x03\x04 not a report");
  b.add("e.json", reportText(allAt(2), "Lima", "creation", "2026-11-05T08:00:00Z"));
  b.add("f.json", reportText(allAt(0), "Enam", nullptr, "2026-11-06T08:00:00Z"));
  b.add("g.json", reportText(allAt(0), "Tujuh", nullptr, "2026-11-07T08:00:00Z"));
  b.notRead(1);
  return std::move(b).finish();
}

std::string summary(const RoomData& g) {
  return roomJson(g, checklist(), translations(), Lang::Id, "2026-12-07T00:00:00Z") + roomReportsCsv(g, checklist());
}
}  // namespace

TEST_CASE("a kept room reads back as the same room") {
  KeptRoom kept{sampleRoom(), {false, RoomSort::Band, true, {"Klinik Inovasi <Malang>", "2026-12-08", "Aula \"Bappeda\"", "Dr. Rina, M.Si."}}};
  REQUIRE(kept.data.reports.size() == 6);
  REQUIRE(kept.data.failed.size() == 2);
  REQUIRE(kept.data.notRead == 2);
  auto back = readKeptRoom(keptRoomText(kept.data, kept.view, checklist()), checklist());
  REQUIRE(back.ok());
  const RoomData& g = back.value->data;
  CHECK(summary(g) == summary(kept.data));
  CHECK_FALSE(back.value->view.hideNames);
  CHECK(back.value->view.sort == RoomSort::Band);
  CHECK(back.value->view.reversed);
  CHECK(back.value->view.event == kept.view.event);
  REQUIRE(g.topics.size() == kept.data.topics.size());
  for (std::size_t t = 0; t < g.topics.size(); ++t) {
    CHECK(g.topics[t].indicator == kept.data.topics[t].indicator);
    CHECK(g.topics[t].reports == kept.data.topics[t].reports);
  }
  for (std::size_t i = 0; i < g.reports.size(); ++i) {
    const RoomReport &was = kept.data.reports[i], &is = g.reports[i];
    CHECK(is.file == was.file);
    CHECK(is.contentHash == was.contentHash);
    CHECK(is.levels == was.levels);
    CHECK(is.notApplicable == was.notApplicable);
    CHECK(is.recalculated == was.recalculated);
    CHECK(is.duplicate == was.duplicate);
    CHECK(is.counted == was.counted);
    CHECK(is.rank == was.rank);
    CHECK(is.results.overall == was.results.overall);
    CHECK(is.results.stage.has_value() == was.results.stage.has_value());
  }
  CHECK(g.reports[3].recalculated);
  CHECK(g.failed[0].errors.size() == kept.data.failed[0].errors.size());
  CHECK(g.failed[1].errors[0].code == kept.data.failed[1].errors[0].code);
  for (std::size_t s = 0; s < g.stages.size(); ++s) CHECK(g.stages[s].reports == kept.data.stages[s].reports);
  // Kept again, the text is the same: nothing drifts across reloads.
  CHECK(keptRoomText(g, back.value->view, checklist()) == keptRoomText(kept.data, kept.view, checklist()));
}

TEST_CASE("an empty room and a room of failures only are kept too") {
  RoomBuilder b(checklist());
  b.add("x.txt", "hello");
  auto back = readKeptRoom(keptRoomText(std::move(b).finish(), {}, checklist()), checklist());
  REQUIRE(back.ok());
  CHECK(back.value->data.reports.empty());
  CHECK(back.value->data.failedCount() == 1);
  CHECK(back.value->data.counted == 0);
}

TEST_CASE("a damaged kept room is refused whole") {
  const std::string good = keptRoomText(sampleRoom(), {}, checklist());
  auto refused = [](const std::string& text) {
    auto r = readKeptRoom(text, checklist());
    return !r.ok() && r.errors.size() == 1 && !r.value;
  };
  // Cut anywhere: never a room with fewer reports.
  for (std::size_t n = 0; n < good.size(); n += 7) CHECK(refused(good.substr(0, n)));
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    REQUIRE(s.find(from) != std::string::npos);
    s.replace(s.find(from), from.size(), to);
    return s;
  };
  CHECK(refused(replaced("\"schemaVersion\":1", "\"schemaVersion\":2")));
  CHECK(refused(replaced("lestari.kept-room", "lestari.readiness-report")));
  CHECK(refused(replaced("\"development\"", "\"finished\"")));        // no such stage
  CHECK(refused(replaced("\"sort\":0", "\"sort\":9")));
  CHECK(refused(replaced("\"notRead\":2", "\"notRead\":-2")));
  CHECK(refused(replaced("\"event\":[\"\",\"\",\"\",\"\"]", "\"event\":[\"\",\"2026-02-30\",\"\",\"\"]")));  // no such day
  CHECK(refused(replaced("\"event\":[\"\",\"\",\"\",\"\"]", "\"event\":[\"\",\"\",\"\"]")));
  CHECK(refused(replaced("\"event\":[\"\",\"\",\"\",\"\"]", "\"event\":[\"\",\"\",1,\"\"]")));
  CHECK(refused(replaced("\"event\":[\"\",\"\",\"\",\"\"]", "\"event\":[\"" + std::string(kEventFieldChars + 1, 'x') + "\",\"\",\"\",\"\"]")));
  {  // a room kept before the event was asked: read, with no event
    auto older = readKeptRoom(replaced(",\"event\":[\"\",\"\",\"\",\"\"]", ""), checklist());
    REQUIRE(older.ok());
    CHECK(older.value->view.event == RoomEvent{});
  }
  CHECK(refused(replaced(",true,\"", ",1,\"")));                        // recalculated not a boolean
  std::string levels = good;
  const std::size_t last = levels.rfind("\"]", levels.find("\"failed\""));  // the last report's levels end there
  CHECK(refused(levels.substr(0, last) + "3" + levels.substr(last)));  // one level too many
  levels[last - 1] = '7';
  CHECK(refused(levels));                                               // no level 7
  const std::string version = replaced("\"version\":\"" + checklist().version + "\"", "\"version\":\"0.9.0\"");
  auto other = readKeptRoom(version, checklist());
  REQUIRE_FALSE(other.ok());
  CHECK(other.errors[0].code == "kept_room_other_checklist");
  CHECK(readKeptRoom(good.substr(0, 40), checklist()).errors[0].code == "kept_room_damaged");
}
