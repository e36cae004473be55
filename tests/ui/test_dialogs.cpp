// The dialogs: one at a time, the screen under them waits, and nothing the
// user has is replaced without a question.
#include <doctest/doctest.h>

#include "screen_harness.h"

using namespace lestari;
using namespace lestari::test;
using ui::Role;

namespace {
const std::string& firstIndicator() { return checklist().factors[0].indicators[0].id; }
}  // namespace

TEST_CASE("a report opened over unsaved work asks first; the screen under the question waits") {
  Screens s;
  REQUIRE(s.click("start.new"));
  s.session().setProfile("name", "Kerja saya");
  s.session().setLevel(firstIndicator(), 1);
  s.open("laporan.json", demoReport());
  REQUIRE(s.has("##confirm"));
  CHECK(s.node("##confirm")->role == Role::Dialog);
  CHECK(s.node("##confirm")->name == s.session().t("confirm.title"));
  CHECK(s.heard().find("laporan.json") != std::string::npos);
  CHECK(s.screen() == "profile");
  // The screen waits: touch scrolling and its buttons do nothing.
  CHECK_FALSE(s.app().touchScroll(50));
  CHECK_FALSE(s.click("nav.next"));
  CHECK(s.screen() == "profile");
  // A second file arriving meanwhile is held back, and the question says so.
  s.open("kedua.json", demoReport());
  CHECK(s.heard().find("kedua.json") != std::string::npos);
  REQUIRE(s.click("confirm.cancel"));
  CHECK_FALSE(s.has("##confirm"));
  CHECK(s.session().assessment().profileText("name") == "Kerja saya");
  CHECK(s.app().touchScroll(50));

  s.open("laporan.json", demoReport());
  REQUIRE(s.click("confirm.replace"));
  CHECK(s.screen() == "results");
  CHECK(s.session().assessment().profileText("name") != "Kerja saya");
  CHECK(s.app().notice().find("laporan.json") != std::string::npos);
}

TEST_CASE("a damaged file is refused with its reasons; the assessment is unchanged") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  const Assessment before = s.session().assessment();
  s.open("rusak.json", "{\"lestari\": ");
  REQUIRE(s.has("##importErrors"));
  CHECK(s.node("##importErrors")->name == s.session().t("import.failedTitle"));
  CHECK_FALSE(s.app().importErrors().empty());
  CHECK(s.heard().find("rusak.json") != std::string::npos);
  CHECK(s.session().assessment() == before);
  REQUIRE(s.click("import.close"));
  CHECK(s.app().importErrors().empty());
  CHECK(s.screen() == "results");
}

TEST_CASE("comparing: the picker opens, the chosen file is compared, not imported") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  const Assessment before = s.session().assessment();
  int picks = s.host().picks;
  REQUIRE(s.click("results.compare"));
  CHECK(s.screen() == "compare");
  CHECK(s.host().picks == picks + 1);
  CHECK(s.has("compare.pick"));
  std::string older = demoReport();
  older.replace(older.find("\"generatedAt\""), 0, "");
  s.open("lama.json", older);
  CHECK(s.screen() == "compare");
  REQUIRE(s.has("compare.overall"));
  CHECK(s.node("compare.overall")->role == Role::Text);
  CHECK(s.session().assessment() == before);
  // A file that is not a report: the error dialog is about the comparison.
  s.open("foto.png", "\x89PNG\r\n\x1a\n");
  REQUIRE(s.has("##importErrors"));
  CHECK(s.node("##importErrors")->name == s.session().t("compare.failedTitle"));
  REQUIRE(s.click("import.close"));
  REQUIRE(s.click("compare.back"));
  CHECK(s.screen() == "results");
}

// A file arrives and Escape is pressed before the dialog it brings is drawn
// (a slow machine): Escape is the dialog's, never the screen's behind it.
TEST_CASE("comparing: Escape in the frame a refused file arrives closes its dialog, not the comparison") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  REQUIRE(s.click("results.compare"));
  s.open("lama.json", demoReport());
  REQUIRE(s.has("compare.overall"));
  s.app().onFileOpened("foto.png", "\x89PNG\r\n\x1a\n");
  s.press(ImGuiKey_Escape);
  CHECK(s.screen() == "compare");
  CHECK(s.has("compare.overall"));
  CHECK(s.app().importErrors().empty());
}

TEST_CASE("settings: language and theme as radio groups; forgetting asks first") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  REQUIRE(s.click("header.settings"));
  REQUIRE(s.has("##settings"));
  CHECK(s.node("settings.language")->role == Role::RadioGroup);
  CHECK((s.node("settings.lang.id")->flags & ui::kChecked) != 0);
  REQUIRE(s.click("settings.lang.en"));
  CHECK(s.session().lang() == Lang::En);
  CHECK(s.node("##settings")->name == s.session().t("settings.title"));
  REQUIRE(s.click("data.forget"));
  REQUIRE(s.has("##confirm"));  // the question replaces the settings
  REQUIRE(s.click("confirm.cancel"));
  CHECK_FALSE(s.session().assessment().empty());
  REQUIRE(s.click("settings.close"));
  CHECK_FALSE(s.has("##settings"));
}

TEST_CASE("comparing with a report from an earlier stage: both stages, each side's factors met, and the move named") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  Json older = Json::parse(demoReport());
  older["profile"]["stage"] = "creation";
  older["generatedAt"] = "2024-01-15T08:00:00Z";
  REQUIRE(s.click("results.compare"));
  s.open("tahun-lalu.json", older.dump());
  REQUIRE(s.screen() == "compare");
  s.frame(2);
  const Translations& t = s.session().tr();
  const std::string arrow = "  \xE2\x80\xBA  ";
  bool stages = false;
  for (const auto* n : s.all(Role::Text)) stages = stages || n->name == t.format("compare.stages", Lang::Id, {"Penciptaan" + arrow + "Pengembangan"});
  CHECK(stages);
  REQUIRE(s.has("compare.stageMoved"));
  bool moved = false;
  for (const auto* n : s.all(Role::Text)) moved = moved || n->name == t.format("compare.stageMoved", Lang::Id, {"pengembangan"});
  CHECK(moved);
}

TEST_CASE("Back and Forward: each screen shown is said once to the host; history moves between screens, answers a dialog first; Esc leaves the comparison") {
  Screens s;
  REQUIRE(s.click("start.new"));
  s.frame(2);
  REQUIRE(s.click("nav.next"));
  s.frame(2);
  const std::vector<std::string> shown = s.host().shown;
  REQUIRE(shown.size() >= 3);
  CHECK(shown[shown.size() - 3] == "start");
  CHECK(shown[shown.size() - 2] == "profile");
  CHECK(shown.back() == s.screen());
  CHECK(s.screen().rfind("factor:", 0) == 0);
  // Back: the screen before; Forward: the next again. Nothing more is said for the same screen.
  CHECK(s.app().fromHistory("profile") == ui::App::History::Moved);
  s.frame(2);
  CHECK(s.screen() == "profile");
  CHECK(s.host().shown.back() == "profile");
  const std::size_t told = s.host().shown.size();
  s.frame(3);
  CHECK(s.host().shown.size() == told);
  // A dialog open: Back answers it and the screen stays.
  REQUIRE(s.click("header.settings"));
  s.frame(2);
  REQUIRE(s.has("##settings"));
  CHECK(s.app().fromHistory("start") == ui::App::History::Dialog);
  CHECK(s.screen() == "profile");
  s.press(ImGuiKey_Escape);  // what the page does with that answer
  s.frame(2);
  CHECK_FALSE(s.has("##settings"));
  CHECK(s.app().fromHistory("no-such-screen") == ui::App::History::Refused);
  CHECK(s.screen() == "profile");
}

TEST_CASE("the comparison: a way back at its top, and Esc returns to the results") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  REQUIRE(s.click("results.compare"));
  s.open("lama.json", demoReport());
  s.frame(2);
  REQUIRE(s.screen() == "compare");
  REQUIRE(s.has("compare.backTop"));
  CHECK(s.node("compare.backTop")->min.y < s.node("compare.overall")->min.y);
  s.press(ImGuiKey_Escape);
  s.frame(2);
  CHECK(s.screen() == "results");
  REQUIRE(s.click("results.compare"));
  s.open("lama.json", demoReport());
  s.frame(2);
  REQUIRE(s.click("compare.backTop"));
  CHECK(s.screen() == "results");
}
