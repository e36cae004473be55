// The trainer's group view: reports arrive one file at a time, the view
// counts, ranks and lists failures, and a row opens one report read-only.
#include <doctest/doctest.h>

#include "screen_harness.h"
#include "app/room.h"
#include "core/report/share_code.h"
#include "core/text/text.h"

using namespace lestari;
using namespace lestari::test;
using ui::Role;

namespace {
std::string renamed(const std::string& report, const std::string& name) {
  Json doc = Json::parse(report);
  doc["profile"]["name"] = name;
  return doc.dump();
}
}  // namespace

TEST_CASE("a group of reports: counts, ranking rows, failures, one report opened and closed") {
  Screens s;
  auto& group = s.app().room();
  group.begin(false);
  group.add("a.json", renamed(demoReport(), "Alpha"));
  group.add("b.json", renamed(demoReport(), "Beta"));
  group.add("rusak.json", "{");
  group.finish();
  s.frame();
  CHECK(s.screen() == "group");
  REQUIRE(group.data());
  CHECK(group.data()->reports.size() == 2);
  CHECK(group.data()->failed.size() == 1);
  REQUIRE(s.has("group.counts"));
  REQUIRE(s.has("group.failed"));
  CHECK(s.heard().find("rusak.json") != std::string::npos);
  REQUIRE(s.has("group.row.0"));
  REQUIRE(s.has("group.row.1"));
  CHECK_FALSE(s.has("group.row.2"));
  CHECK(s.node("group.row.0")->role == Role::Button);
  CHECK(s.node("group.sort.score")->role == Role::Button);

  // Sorting by name puts Alpha first; again, Beta first. The order the
  // automation API reports is the one drawn.
  REQUIRE(s.click("group.sort.name"));
  CHECK(s.node("group.row.0")->name.find("Alpha") != std::string::npos);
  CHECK(group.data()->reports[group.order()[0]].name == "Alpha");
  REQUIRE(s.click("group.sort.name"));
  CHECK(s.node("group.row.0")->name.find("Beta") != std::string::npos);
  CHECK(group.data()->reports[group.order()[0]].name == "Beta");

  REQUIRE(s.click("group.row.0"));
  CHECK(s.screen() == "group:report");
  CHECK(s.heard().find("Beta") != std::string::npos);
  REQUIRE(s.has("group.report.score"));
  REQUIRE(s.click("group.back"));
  CHECK(s.screen() == "group");

  // Appending keeps the reports already read.
  group.begin(true);
  group.add("c.json", renamed(demoReport(), "Gamma"));
  group.finish();
  s.frame();
  CHECK(group.data()->reports.size() == 3);

  // Exports are downloads; closing leaves the view and its data.
  std::size_t downloads = s.host().downloads.size();
  REQUIRE(s.click("group.csv"));
  CHECK(s.host().downloads.size() == downloads + 1);
  REQUIRE(s.click("group.close"));
  CHECK(s.screen() == "start");
  CHECK_FALSE(group.data());
  CHECK_FALSE(s.app().goTo("group"));
}

TEST_CASE("the ranking's places come from the score: two equal reports share first place, reversing the sort keeps the places") {
  Screens s;
  auto& group = s.app().room();
  group.begin(false);
  group.add("a.json", renamed(demoReport(), "Alpha"));
  group.add("b.json", renamed(demoReport(), "Beta"));  // the same answers: the same score
  Json low = Json::parse(renamed(demoReport(), "Gamma"));
  low["answers"] = Json::array();  // nothing answered: no score, no place
  group.add("c.json", low.dump());
  group.finish();
  s.frame(2);
  auto said = [&](int row) { return s.node("group.row." + std::to_string(row))->name; };
  CHECK(said(0).rfind("1. Alpha", 0) == 0);
  CHECK(said(1).rfind("1. Beta", 0) == 0);  // not "2."
  CHECK(said(2).find("Gamma") != std::string::npos);
  CHECK(said(2).rfind("1.", 0) != 0);
  // The incomplete report says how many answers it has.
  CHECK(said(2).find(s.session().tr().format("group.incomplete", Lang::Id, {"0", std::to_string(checklist().indicatorCount())})) != std::string::npos);
  REQUIRE(s.click("group.sort.score"));  // the same column again: reversed
  s.frame(2);
  CHECK(said(2).rfind("1. Alpha", 0) == 0);
  CHECK(said(1).rfind("1. Beta", 0) == 0);
}

TEST_CASE("a chat's text opened or dropped: its share codes become a room, a damaged one listed at its line") {
  Screens s;
  const Checklist& c = s.app().checklist();
  auto demo = importReport(demoReport(), c);
  REQUIRE(demo.ok());
  std::string chat = "Grup pelatihan\n";
  for (const char* name : {"Alpha", "Beta", "Gamma"}) {
    Assessment a = demo.value->assessment;
    setProfileValue(a, c, "name", Json(name));
    chat += std::string("Peserta: ") + *shareCode(a, c, "2026-11-29T08:00:00Z").value + " terima kasih\n";
  }
  chat += "LST1RUSAK000000000000\n";
  s.open("chat.txt", chat);
  s.frame(2);
  REQUIRE(s.screen() == "group");
  const auto& g = *s.app().room().data();
  CHECK(g.reports.size() == 3);
  CHECK(g.counted == 3);
  REQUIRE(g.failed.size() == 1);
  CHECK(g.failed[0].file == "chat.txt:5");
  CHECK(s.heard().find("Gamma") != std::string::npos);
  CHECK(s.session().assessment().empty());  // the trainer's own assessment untouched
}

TEST_CASE("\"Tempel dari chat\": a pasted chat's codes join the open room, a text without codes says so, cancel changes nothing") {
  Screens s;
  const Checklist& c = s.app().checklist();
  auto demo = importReport(demoReport(), c);
  REQUIRE(demo.ok());
  auto& group = s.app().room();
  group.begin(false);
  group.add("a.json", demoReport());
  group.finish();
  s.frame(2);
  REQUIRE(s.screen() == "group");
  std::string chat = "[08.15] Bu Sari: selamat pagi\n";
  for (int i = 0; i < 30; ++i) {
    Assessment a = demo.value->assessment;
    setProfileValue(a, c, "name", Json("Peserta " + std::to_string(i)));
    setLevel(a, c, c.factors[0].indicators[0].id, i % 5);
    chat += "[08." + std::to_string(16 + i) + "] Peserta " + std::to_string(i) + ": " + *shareCode(a, c, "2026-11-29T08:00:00Z").value + " 🙏\n";
  }
  // Cancel first: nothing joins.
  REQUIRE(s.click("group.paste"));
  s.frame(3);  // the dialog opens and takes its size
  REQUIRE(s.has("paste.text"));
  CHECK(s.app().dialogs().blocking());
  ui::setMirrorText("paste.text", chat, true);
  s.frame(2);
  REQUIRE(s.click("paste.cancel"));
  CHECK_FALSE(s.has("paste.text"));
  CHECK(group.data()->reports.size() == 1);
  // A text without a code: said, and the dialog stays.
  REQUIRE(s.click("group.paste"));
  s.frame(3);
  ui::setMirrorText("paste.text", "halo semua, kodenya menyusul", true);
  s.frame(2);
  REQUIRE(s.click("paste.add"));
  CHECK(s.has("paste.text"));
  CHECK(s.heard().find(s.app().session().tr().get("paste.none", Lang::Id)) != std::string::npos);
  // The chat: thirty codes found, then added to the room.
  ui::setMirrorText("paste.text", chat, true);
  s.frame(2);
  CHECK(s.heard().find(s.app().session().tr().format("paste.found", Lang::Id, {"30"})) != std::string::npos);
  REQUIRE(s.click("paste.add"));
  s.frame(2);
  CHECK_FALSE(s.has("paste.text"));
  REQUIRE(group.data());
  CHECK(group.data()->reports.size() == 31);
  CHECK(group.data()->counted == 31);
  CHECK(group.data()->reports[1].file == "chat:2");
  CHECK(s.heard().find("Peserta 29") != std::string::npos);
  // Said once, seen and heard; files and codes counted apart.
  CHECK(s.app().notice() == "30 kode bergabung ke rekap.");
  CHECK(s.app().view().announcement == "30 kode bergabung ke rekap.");
  CHECK(s.heard().find("1 berkas dan 30 kode dibaca: 31 laporan dihitung") != std::string::npos);
  // The same chat again, with one code damaged: none of the thirty counts twice, the damaged one is named by its message.
  std::string again = chat;
  const std::size_t spoilt = again.rfind(" \xF0\x9F\x99\x8F") - 10;  // a character of the last code changed
  again[spoilt] = again[spoilt] == '2' ? '3' : '2';
  REQUIRE(s.click("group.paste"));
  s.frame(3);
  ui::setMirrorText("paste.text", again, true);
  s.frame(2);
  REQUIRE(s.click("paste.add"));
  s.frame(2);
  CHECK(s.app().notice() == "29 kode bergabung ke rekap. 1 kode rusak tidak dapat dibaca (lihat daftar). "
                            "29 di antaranya laporan ganda dari inovasi yang sama, dihitung sekali.");
  CHECK(group.data()->counted == 31);
  CHECK(s.heard().find("Peserta 29, 08.45 (chat:31)") != std::string::npos);
  CHECK(s.heard().find("1 berkas dan 60 kode dibaca") != std::string::npos);
}

TEST_CASE("many files: a dialog says how far reading is, in the language's digits, and stopping leaves the room as it was") {
  Screens s;
  auto& group = s.app().room();
  group.begin(false);
  group.add("a.json", renamed(demoReport(), "Alpha"));
  group.finish();
  s.frame();
  REQUIRE(group.data());

  // A few files: no dialog (it would only flash).
  group.begin(true, 3);
  for (int i = 0; i < 3; ++i) CHECK(group.add("f" + std::to_string(i) + ".json", renamed(demoReport(), "F" + std::to_string(i))));
  s.frame();
  CHECK_FALSE(s.has("group.progress"));
  group.finish();
  s.frame();
  CHECK(group.data()->reports.size() == 4);

  // 3,000 files: the room shown is the one before them while they are read.
  group.begin(true, 2000);
  group.more(1000);  // a second drop joins the first
  const std::string report = demoReport();
  for (int i = 0; i < 1200; ++i) REQUIRE(group.add("r" + std::to_string(i) + ".json", renamed(report, "R" + std::to_string(i))));
  s.frame();
  REQUIRE(s.has("group.progress"));
  CHECK(s.node("group.progress")->name == "1.200 dari 3.000 berkas");
  CHECK(s.heard().find("1.200 dari 3.000 berkas") != std::string::npos);
  CHECK(group.data()->reports.size() == 4);
  REQUIRE(s.has("group.cancel"));
  CHECK(s.node("group.cancel")->role == Role::Button);

  // In English, English digits.
  s.app().session().setLanguage(Lang::En);
  s.frame();
  CHECK(s.node("group.progress")->name == "1,200 of 3,000 files");
  s.app().session().setLanguage(Lang::Id);
  s.frame();

  // Stopping: the dialog goes, the caller is told to read no further, the room is as it was.
  REQUIRE(s.click("group.cancel"));
  s.frame();
  CHECK_FALSE(s.has("group.progress"));
  CHECK_FALSE(group.add("late.json", report));
  CHECK_FALSE(group.refuse("late2.json", Error{"$", "too_large", {"2"}}));
  group.finish();  // what the page says when its last file was read
  s.frame();
  CHECK(s.screen() == "group");
  CHECK(group.data()->reports.size() == 4);

  // Read to the end, the files join the room.
  group.begin(true, 60);
  for (int i = 0; i < 60; ++i) group.add("n" + std::to_string(i) + ".json", renamed(report, "N" + std::to_string(i)));
  s.frame();
  CHECK(s.node("group.progress")->name == "60 dari 60 berkas");
  group.finish();
  s.frame();
  CHECK_FALSE(s.has("group.progress"));
  CHECK(group.data()->reports.size() == 64);
}

TEST_CASE("a room of 250: the ranking a hundred rows a page, the pages' buttons only where there is a way, sorting back to the first") {
  Screens s;
  auto& group = s.app().room();
  const std::string report = demoReport();
  group.begin(false, 250);
  for (int i = 0; i < 250; ++i) group.add("r" + std::to_string(i) + ".json", renamed(report, "R" + std::to_string(i)));
  group.finish();
  s.frame();
  CHECK(s.has("group.row.0"));
  CHECK(s.has("group.row.99"));
  CHECK_FALSE(s.has("group.row.100"));
  CHECK_FALSE(s.has("group.page.prev"));
  CHECK(s.heard().find("1\xE2\x80\x93" "100 dari 250") != std::string::npos);
  REQUIRE(s.click("group.page.next"));
  REQUIRE(s.click("group.page.next"));
  CHECK(s.has("group.row.249"));
  CHECK_FALSE(s.has("group.row.199"));
  CHECK_FALSE(s.has("group.page.next"));
  REQUIRE(s.has("group.page.prev"));
  REQUIRE(s.click("group.sort.name"));  // a new order starts at its first page
  CHECK(s.has("group.row.0"));
  CHECK_FALSE(s.has("group.row.249"));
}

TEST_CASE("the room by stage: how many at each stage, each factor's mean against that stage's expectation, read as one sentence a row") {
  Screens s;
  auto& group = s.app().room();
  group.begin(false);
  auto staged = [](const std::string& name, const char* stage) {
    Json doc = Json::parse(demoReport());
    doc["profile"]["name"] = name;
    if (stage) doc["profile"]["stage"] = stage;
    else doc["profile"].erase("stage");
    return doc.dump();
  };
  group.add("a.json", staged("Alpha", "creation"));
  group.add("b.json", staged("Beta", "creation"));
  group.add("c.json", staged("Gamma", "institutionalisation"));
  group.add("d.json", staged("Delta", nullptr));
  group.finish();
  s.frame(2);
  REQUIRE(s.screen() == "group");
  const RoomData& g = *group.data();
  const Translations& t = s.session().tr();
  CHECK(s.heard().find(t.format("group.stageCount", Lang::Id, {"Penciptaan", "2"})) != std::string::npos);
  CHECK(s.heard().find(t.format("group.stageCount", Lang::Id, {"Pengembangan", "0"})) != std::string::npos);
  CHECK(s.heard().find(t.format("group.stageCount", Lang::Id, {"Pelembagaan", "1"})) != std::string::npos);
  CHECK(s.heard().find(t.format("group.noStage", Lang::Id, {"1"})) != std::string::npos);
  // One row per factor at a stage with innovations, none at an empty stage.
  const std::string budget = checklist().factors[4].id;
  REQUIRE(s.has("group.stage.creation." + budget));
  CHECK_FALSE(s.has("group.stage.development." + budget));
  const auto* row = s.node("group.stage.institutionalisation." + budget);
  REQUIRE(row);
  const StageFactorStats& x = g.stages[2].factors[4];
  CHECK(row->name.find(t.get("group.expected", Lang::Id) + " " + formatNumber(x.expected, Lang::Id)) != std::string::npos);
  CHECK(row->name.find(t.get("group.mean", Lang::Id) + " " + formatNumber(x.mean, Lang::Id)) != std::string::npos);
  // The same answers, read against a later stage, expect more of them.
  CHECK(*g.stages[2].factors[4].expected > *g.stages[0].factors[4].expected);
}

TEST_CASE("where files chosen or dropped together go: one alone, many to a new room, any on a room's screen joins it") {
  Screens s;
  auto go = [&](std::size_t n) {
    const auto g = s.app().whereFilesGo(n);
    return std::pair<bool, bool>{g.room, g.append};
  };
  CHECK(go(1) == std::pair<bool, bool>{false, false});
  CHECK(go(3) == std::pair<bool, bool>{true, false});
  auto& room = s.app().room();
  room.begin(false);
  room.add("a.json", renamed(demoReport(), "Alpha"));
  room.finish();
  s.frame();
  REQUIRE(s.screen() == "group");
  CHECK(go(1) == std::pair<bool, bool>{true, true});
  CHECK(go(4) == std::pair<bool, bool>{true, true});
  REQUIRE(s.click("group.row.0"));
  REQUIRE(s.screen() == "group:report");
  CHECK(go(1) == std::pair<bool, bool>{true, true});
  REQUIRE(s.click("group.back"));
  REQUIRE(s.click("group.close"));
  CHECK(go(1) == std::pair<bool, bool>{false, false});
}

TEST_CASE("a kept room: the room says where it is kept (or that it cannot be); the start screen offers it, opens it, removes it after asking") {
  Storage browser;
  {
    Screens before(1366, 768, &browser);
    auto& room = before.app().room();
    room.begin(false);
    room.add("a.json", renamed(demoReport(), "Alpha"));
    room.add("b.json", renamed(demoReport(), "Beta"));
    room.finish();
    before.frame();
    const std::string kept = before.session().t("group.kept");
    CHECK(before.heard().find(kept) != std::string::npos);
    before.app().onRoomKept(app::StoreResult::Full);  // what the browser answered
    before.frame();
    CHECK(before.heard().find(before.session().t("group.keptFull")) != std::string::npos);
    CHECK(before.heard().find(kept) == std::string::npos);
    before.app().onRoomKept(app::StoreResult::Unavailable);
    before.frame();
    CHECK(before.heard().find(before.session().t("group.keptUnavailable")) != std::string::npos);
  }
  REQUIRE(browser.rooms.size() == 1);
  const std::string id = browser.rooms.begin()->first;
  browser.rooms["room-older"] = {browser.rooms.at(id).text, R"({"reports": 2, "savedAt": "2026-11-20T09:00:00Z"})"};  // another tab's, a week older

  Screens after(1366, 768, &browser);  // the page loaded again
  after.frame();
  CHECK(after.host().roomLists > 0);  // the start screen asks what is kept
  CHECK_FALSE(after.has("start.kept.0.open"));
  after.app().onKeptRooms(after.host().keptRooms());
  after.frame();
  REQUIRE(after.has("start.kept.1.open"));  // newest first
  // The local time where the machine is (09:15 UTC is the same day from UTC-9 to UTC+14).
  CHECK(after.node("start.kept.0.open")->name.rfind("Buka rekap tersimpan (2 laporan, 27 Nov 2026, pukul ", 0) == 0);
  CHECK(after.node("start.kept.1.open")->name.rfind("Buka rekap tersimpan (2 laporan, 20 Nov 2026, pukul ", 0) == 0);
  {  // on a phone the whole label does not fit: the count and date above a shorter button, its name whole
    Screens phone(390, 844, &browser);
    phone.app().onKeptRooms(phone.host().keptRooms());
    phone.frame(2);
    REQUIRE(phone.has("start.kept.0.open"));
    const auto* open = phone.node("start.kept.0.open");
    CHECK(open->name == after.node("start.kept.0.open")->name);
    CHECK(open->max2.x <= 390);
    bool about = false;
    for (const auto* n : phone.all(ui::Role::Text)) about = about || n->name.rfind("2 laporan, 27 Nov 2026, pukul ", 0) == 0;
    CHECK(about);
  }

  // Removing asks first; Cancel keeps it, Remove forgets it.
  REQUIRE(after.click("start.kept.1.remove"));
  CHECK(after.heard().find("Hapus rekap tersimpan?") != std::string::npos);
  CHECK_FALSE(after.has("confirm.download"));  // nothing to download: the participants' files are the source
  REQUIRE(after.click("confirm.cancel"));
  CHECK(browser.rooms.size() == 2);
  REQUIRE(after.click("start.kept.1.remove"));
  REQUIRE(after.click("confirm.replace"));
  CHECK(browser.rooms.count("room-older") == 0);
  CHECK_FALSE(after.has("start.kept.1.open"));

  REQUIRE(after.click("start.kept.0.open"));
  REQUIRE(after.host().roomReads == std::vector<std::string>{id});
  after.app().onKeptRoomRead(id, std::string_view("{\"schema\""));  // damaged on the way: said, nothing opened
  after.frame();
  CHECK(after.screen() == "start");
  CHECK(after.app().notice() == after.session().t("start.keptDamaged"));
  CHECK(browser.rooms.count(id) == 1);
  after.app().onKeptRoomRead(id, browser.rooms.at(id).text);
  after.frame(2);
  CHECK(after.screen() == "group");
  CHECK(after.app().room().data()->reports.size() == 2);
  CHECK(browser.rooms.size() == 1);  // taken over under this page's own record
  CHECK(browser.rooms.count(id) == 0);

  // "Remove all Lestari data from this browser" (a shared laptop) takes the kept rooms too.
  after.app().goTo("start");
  after.frame(2);
  REQUIRE(after.click("data.forget"));
  REQUIRE(after.click("confirm.replace"));
  CHECK(browser.rooms.empty());
  CHECK_FALSE(after.app().room().isOpen());
}

// Typed as a trainer types (keys into the field, then leaving it).
TEST_CASE("the event report: fields typed in the room and kept with it; printing prints the event report while the room is shown") {
  Storage browser;
  Screens s(1366, 768, &browser);
  auto& room = s.app().room();
  room.begin(false);
  room.add("a.json", renamed(demoReport(), "Alpha"));
  room.add("b.json", renamed(demoReport(), "Beta"));
  room.finish();
  s.frame(2);
  auto type = [&](const std::string& key, const std::string& text) {
    REQUIRE(s.click(key));
    for (char c : text) s.app().insertText(std::string(1, c)), s.frame();
    s.press(ImGuiKey_Tab);  // leaving it
  };
  REQUIRE(s.has("group.event.name"));
  CHECK(s.node("group.event.name")->description == s.session().t("event.hint"));  // what the card is for, heard with its first field
  type("group.event.name", "Klinik Inovasi Malang");
  type("group.event.date", "08122026");
  type("group.event.place", "Aula Bappeda");
  type("group.event.facilitator", "Dr. Rina");
  CHECK(room.event() == RoomEvent{"Klinik Inovasi Malang", "2026-12-08", "Aula Bappeda", "Dr. Rina"});
  REQUIRE(browser.rooms.size() == 1);  // kept with the room
  const std::string kept = browser.rooms.begin()->second.text;
  CHECK(kept.find("\"Klinik Inovasi Malang\",\"2026-12-08\",\"Aula Bappeda\",\"Dr. Rina\"") != std::string::npos);

  // What printing prints: the event report here, the summary elsewhere.
  const auto printed = s.app().printable();
  CHECK(printed.body.find("Klinik Inovasi Malang") != std::string::npos);
  CHECK(printed.body.find(s.session().t("event.topicsTitle")) != std::string::npos);
  CHECK(printed.body.find("Alpha") == std::string::npos);  // names hidden by default
  REQUIRE(s.has("group.event.anonymous"));
  CHECK((s.node("group.event.anonymous")->flags & ui::kChecked) != 0);
  REQUIRE(s.click("group.event.anonymous"));  // the trainer shows the names: printed too
  CHECK(s.app().printable().body.find("Alpha") != std::string::npos);
  const int prints = s.host().prints;
  REQUIRE(s.click("group.print"));
  CHECK(s.host().prints == prints + 1);
  CHECK(s.host().downloads.empty());
  // A browser that cannot print: the report as a file, and how to print it.
  s.host().canPrint = false;
  REQUIRE(s.click("group.print"));
  REQUIRE(s.host().downloads.size() == 1);
  CHECK(s.host().downloads[0].first == "lestari-laporan-kegiatan-klinik-inovasi-malang-2026-11-27.html");
  CHECK(s.host().downloads[0].second.find("Klinik Inovasi Malang") != std::string::npos);
  CHECK(s.app().notice().find(s.host().downloads[0].first) != std::string::npos);
  s.app().goTo("start");
  s.frame();
  CHECK(s.app().printable().body.find("Klinik Inovasi Malang") == std::string::npos);

  // Reloaded: the event is back with the room; closing the room forgets it.
  Screens again(1366, 768, &browser);
  again.app().onKeptRooms(again.host().keptRooms());
  again.frame();
  REQUIRE(again.click("start.kept.0.open"));
  again.app().onKeptRoomRead(again.host().roomReads.back(), browser.rooms.begin()->second.text);
  again.frame(2);
  CHECK(again.app().room().event().place == "Aula Bappeda");
  REQUIRE(again.click("group.close"));
  CHECK(again.app().room().event() == RoomEvent{});
}
