// The room (src/app/room.h) without ImGui: reading in batches with progress
// and a stop that leaves the room as it was, a full room, the order kept
// until the room or the sort changes, names hidden only while presenting,
// and exports named in the interface's language.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/room.h"
#include "core/report/report.h"
#include "fake_host.h"
#include "helpers.h"

using namespace lestari;
using namespace lestari::test;

namespace {
// A report of that innovation with every indicator at that level.
std::string report(const std::string& name, int level) {
  Assessment a = allAt(level);
  setProfileValue(a, checklist(), "name", Json(name));
  return exportReport(checklist(), translations(), a, Lang::Id, "2026-12-01T08:00:00Z");
}
std::vector<std::string> namesInOrder(const app::Room& room) {
  std::vector<std::string> names;
  for (std::size_t i : room.order()) names.push_back(room.data()->reports[i].name);
  return names;
}
}  // namespace

TEST_CASE("a room read in one batch: opened once, told once, ranked by score") {
  app::Room room(checklist());
  int told = 0;
  room.onOpened([&] { ++told; });
  room.begin(false, 3);
  CHECK(room.add("a.json", report("Alpha", 1)));
  CHECK(room.add("b.json", report("Beta", 4)));
  CHECK(room.refuse("c.json", Error{"$", "file_too_large", {}}));
  CHECK_FALSE(room.isOpen());  // shown once every file is read
  room.finish();
  REQUIRE(room.isOpen());
  CHECK(told == 1);
  CHECK(room.opened() == 1);
  CHECK(room.data()->reports.size() == 2);
  CHECK(room.data()->failedCount() == 1);
  CHECK(namesInOrder(room) == std::vector<std::string>{"Beta", "Alpha"});
}

TEST_CASE("sorting: by name, again reversed, and back to score; the order follows a batch appended") {
  app::Room room(checklist());
  room.begin(false, 2);
  room.add("a.json", report("Beta", 2));
  room.add("b.json", report("Alpha", 3));
  room.finish();
  room.sortBy(RoomSort::Name);
  CHECK(namesInOrder(room) == std::vector<std::string>{"Alpha", "Beta"});
  room.sortBy(RoomSort::Name);
  CHECK(room.reversed());
  CHECK(namesInOrder(room) == std::vector<std::string>{"Beta", "Alpha"});
  room.begin(true, 1);
  room.add("c.json", report("Gamma", 0));
  CHECK(namesInOrder(room).size() == 2);  // the room shown is the one before the batch
  room.finish();
  CHECK(namesInOrder(room) == std::vector<std::string>{"Gamma", "Beta", "Alpha"});
  room.sortBy(RoomSort::Score);
  CHECK_FALSE(room.reversed());
  CHECK(namesInOrder(room) == std::vector<std::string>{"Alpha", "Beta", "Gamma"});
  room.sortBy(RoomSort::Score);
  CHECK(namesInOrder(room) == std::vector<std::string>{"Gamma", "Beta", "Alpha"});
}

TEST_CASE("reading many files shows progress; a stop forgets the batch and keeps the room as it was") {
  app::Room room(checklist());
  room.begin(false, 1);
  room.add("a.json", report("Alpha", 2));
  room.finish();
  CHECK_FALSE(room.progress());  // one file: no progress dialog

  room.begin(true, app::Room::kProgressFiles);
  for (int i = 0; i < 10; ++i) CHECK(room.add("x" + std::to_string(i) + ".json", report("X" + std::to_string(i), 1)));
  REQUIRE(room.progress());
  CHECK(room.progress()->done == 10);
  CHECK(room.progress()->total == app::Room::kProgressFiles);
  room.more(5);
  CHECK(room.progress()->total == app::Room::kProgressFiles + 5);
  room.cancel();
  CHECK_FALSE(room.progress());
  CHECK_FALSE(room.add("late.json", report("Late", 3)));  // the reader is told to stop
  room.finish();  // a finish after a stop changes nothing
  CHECK(room.opened() == 1);
  REQUIRE(room.data());
  CHECK(room.data()->reports.size() == 1);
}

TEST_CASE("a full room stops reading and counts the rest as not read") {
  app::Room room(checklist(), 2);
  room.begin(false, 5);
  CHECK(room.add("a.json", report("A", 1)));
  CHECK_FALSE(room.add("b.json", report("B", 2)));  // full: the rest is not read
  REQUIRE(room.isOpen());
  CHECK(room.data()->reports.size() == 2);
  CHECK(room.data()->notRead == 3);
  CHECK_FALSE(room.add("c.json", report("C", 3)));
}

TEST_CASE("names are hidden only while presenting, and only while the trainer keeps them hidden") {
  app::Room room(checklist());
  room.begin(false, 2);
  room.add("a.json", report("Alpha", 1));
  room.add("b.json", report("", 2));
  room.finish();
  CHECK(room.shownName(0, false, "Tanpa nama") == "Alpha");
  CHECK(room.shownName(1, false, "Tanpa nama") == "Tanpa nama");
  CHECK(room.shownName(0, true, "Tanpa nama") == "P01");
  room.setHideNames(false);
  CHECK(room.shownName(0, true, "Tanpa nama") == "Alpha");
  CHECK(room.shownName(7, false, "x").empty());
  room.select(1);
  REQUIRE(room.selected());
  CHECK(room.selected()->file == "b.json");
  room.select(9);
  CHECK_FALSE(room.selected());
}

TEST_CASE("exports: named in the interface's language with the date, the names kept, closing forgets") {
  app::Room room(checklist());
  room.setHideNames(true);
  room.begin(false, 1);
  room.add("a.json", report("Posyandu Ceria", 3));
  room.finish();
  using Export = app::Room::Export;
  for (Lang lang : {Lang::Id, Lang::En}) {
    const std::string stem = translations().get("group.fileStem", lang);
    const auto json = room.exportFile(Export::Json, translations(), lang, "2026-12-07", "2026-12-07T09:00:00Z");
    CHECK(json.name == stem + "-2026-12-07.json");
    CHECK(json.body.find("Posyandu Ceria") != std::string::npos);
    const auto csv = room.exportFile(Export::ReportsCsv, translations(), lang, "2026-12-07", "now");
    CHECK(csv.name == stem + "-" + translations().get("group.fileReports", lang) + "-2026-12-07.csv");
    CHECK(csv.body.find("Posyandu Ceria") != std::string::npos);
    const auto book = room.exportFile(Export::Workbook, translations(), lang, "2026-12-07", "now");
    CHECK(book.name.size() > 5);
    CHECK(book.name.substr(book.name.size() - 5) == ".xlsx");
    CHECK(room.exportFile(Export::IndicatorsCsv, translations(), lang, "2026-12-07", "now").name.find(
              translations().get("group.fileIndicators", lang)) != std::string::npos);
  }
  CHECK(room.exportText(Export::Json, translations(), Lang::Id, "now", -1).find('\n') == std::string::npos);
  room.close();
  CHECK_FALSE(room.isOpen());
  CHECK(room.order().empty());
  CHECK(room.exportText(Export::Json, translations(), Lang::Id, "now").empty());
}

// ---- kept across page loads ---------------------------------------------------

namespace {
// A room of these innovations read anew in this tab (room).
void readRoom(app::Room& room, const std::vector<std::pair<std::string, int>>& innovations) {
  room.begin(false, innovations.size());
  for (const auto& [name, level] : innovations) room.add(name + ".json", report(name, level));
  room.finish();
}
}  // namespace

TEST_CASE("a room is kept as it changes, read back after a reload, and forgotten when closed") {
  Storage browser;
  FakeHost tab(browser);
  app::Room room(checklist());
  room.keepWith(tab);
  readRoom(room, {{"Alpha", 1}, {"Beta", 4}, {"Gamma", 2}});
  REQUIRE(browser.rooms.size() == 1);
  const std::string id = browser.rooms.begin()->first;
  CHECK(tab.keptRooms()[0].reports == 3);
  CHECK(tab.keptRooms()[0].savedAt == tab.nowIso());
  room.sortBy(RoomSort::Name);
  room.setHideNames(false);
  room.begin(true, 1);  // more files join the room: kept under the same record
  room.add("d.json", report("Delta", 3));
  room.finish();
  REQUIRE(browser.rooms.size() == 1);
  CHECK(browser.rooms.begin()->first == id);
  CHECK(tab.keptRooms()[0].reports == 4);

  // The page is reloaded: a new room object, the kept one offered, then opened.
  FakeHost reloaded(browser);
  app::Room again(checklist());
  again.keepWith(reloaded);
  int told = 0;
  again.onOpened([&] { ++told; });
  again.setKeptRooms(reloaded.keptRooms());
  REQUIRE(again.keptRooms().size() == 1);
  CHECK_FALSE(again.openKept(id, browser.rooms.at(id).text));
  CHECK(told == 1);
  REQUIRE(again.isOpen());
  CHECK(namesInOrder(again) == namesInOrder(room));  // the trainer's sort came back with it
  CHECK(again.sort() == RoomSort::Name);
  CHECK_FALSE(again.anonymous(true));
  CHECK(again.keptRooms().empty());  // the one opened is no longer offered
  REQUIRE(browser.rooms.size() == 1);  // taken over: kept under an id of its own, the old record gone
  CHECK(browser.rooms.count(id) == 0);

  again.close();
  CHECK(browser.rooms.empty());
}

TEST_CASE("two tabs keep their rooms apart, and a new room replaces the one open in its tab only") {
  Storage browser;
  FakeHost one(browser), two(browser);
  app::Room first(checklist()), second(checklist());
  first.keepWith(one);
  second.keepWith(two);
  readRoom(first, {{"Alpha", 1}});
  readRoom(second, {{"Beta", 2}, {"Gamma", 3}});
  REQUIRE(browser.rooms.size() == 2);
  readRoom(first, {{"Delta", 4}, {"Eps", 0}, {"Zeta", 1}});  // the first tab's new room replaces its old one
  REQUIRE(browser.rooms.size() == 2);
  std::vector<std::size_t> sizes;
  for (const auto& k : one.keptRooms()) sizes.push_back(k.reports);
  std::sort(sizes.begin(), sizes.end());
  CHECK(sizes == std::vector<std::size_t>{2, 3});
  // The second tab, offered the list, does not offer its own room.
  second.setKeptRooms(two.keptRooms());
  REQUIRE(second.keptRooms().size() == 1);
  CHECK(second.keptRooms()[0].reports == 3);
}

TEST_CASE("a damaged kept room is not opened and the room open stays; a full storage leaves the room working") {
  Storage browser;
  FakeHost tab(browser);
  app::Room room(checklist());
  room.keepWith(tab);
  readRoom(room, {{"Alpha", 1}, {"Beta", 2}});
  const std::string id = browser.rooms.begin()->first;
  std::string text = browser.rooms.at(id).text;
  auto error = room.openKept(id, text.substr(0, text.size() / 2));
  REQUIRE(error);
  CHECK(error->code == "kept_room_damaged");
  CHECK(room.data()->reports.size() == 2);
  CHECK(browser.rooms.count(id) == 1);  // nothing forgotten

  browser.roomsFull = true;
  room.begin(true, 1);
  room.add("c.json", report("Gamma", 3));
  room.finish();
  CHECK(tab.roomResults.back() == app::StoreResult::Full);
  room.keptResult(tab.roomResults.back());
  CHECK(room.keptState() == app::StoreResult::Full);
  CHECK(room.data()->reports.size() == 3);  // the room itself is as read
  CHECK(readKeptRoom(browser.rooms.at(id).text, checklist()).value->data.reports.size() == 2);  // the last kept copy stays
  room.close();
  CHECK(room.keptState() == app::StoreResult::Ok);
}
