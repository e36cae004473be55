// Every screen drawn headless: what it describes and how it moves, through
// the route table and the controls a user (or the mirror) activates.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>


#include "screen_harness.h"
#include "core/report/share_code.h"
#include "core/text/text.h"

using namespace lestari;
using namespace lestari::test;
using ui::Role;

namespace {
const Factor& factor(std::size_t i) { return checklist().factors[i]; }
const std::string& firstIndicator() { return factor(0).indicators[0].id; }
std::optional<int> levelOf(Screens& s, const std::string& id) {
  auto it = s.session().assessment().answers.find(id);
  return it == s.session().assessment().answers.end() ? std::nullopt : it->second.level;
}
}  // namespace

TEST_CASE("an empty session starts on the start screen, outside the wizard") {
  Screens s;
  CHECK(s.screen() == "start");
  for (const char* key : {"start.new", "start.import", "start.demo", "start.group", "start.offline"}) {
    REQUIRE(s.has(key));
    CHECK(s.node(key)->role == Role::Button);
    CHECK_FALSE(s.node(key)->name.empty());
  }
  CHECK_FALSE(s.has("steps"));     // no step bar
  CHECK_FALSE(s.has("nav.next"));  // no footer
  CHECK_FALSE(s.has("start.continue"));
  CHECK(s.heard().find(s.session().t("start.title")) != std::string::npos);
}

TEST_CASE("the wizard's steps follow the route table: profile, one per factor, results, plan") {
  Screens s;
  REQUIRE(s.click("start.new"));
  CHECK(s.screen() == "profile");
  const std::size_t steps = checklist().factors.size() + 3;
  REQUIRE(s.has("steps"));
  CHECK(s.node("steps")->role == Role::Navigation);
  for (std::size_t i = 0; i < steps; ++i) CHECK(s.has("step." + std::to_string(i)));
  CHECK_FALSE(s.has("step." + std::to_string(steps)));
  CHECK((s.node("step.0")->flags & ui::kCurrent) != 0);
  CHECK(s.node("step.1")->name.find(s.session().t("step.profile")) == std::string::npos);
  CHECK(s.node("step.1")->name.find(factor(0).shortTitle.in(s.session().lang())) != std::string::npos);

  // Forward through every step with the footer's button, then back out.
  std::vector<std::string> seen{s.screen()};
  for (std::size_t i = 1; i < steps; ++i) {
    REQUIRE(s.click("nav.next"));
    seen.push_back(s.screen());
    CHECK((s.node("step." + std::to_string(i))->flags & ui::kCurrent) != 0);
  }
  std::vector<std::string> expected{"profile"};
  for (const Factor& f : checklist().factors) expected.push_back("factor:" + f.id);
  expected.push_back("results");
  expected.push_back("plan");
  CHECK(seen == expected);
  // The last step's button downloads the report instead of moving on.
  std::size_t before = s.host().downloads.size();
  REQUIRE(s.click("nav.next"));
  CHECK(s.screen() == "plan");
  CHECK(s.host().downloads.size() == before + 1);
  // Back from the first step leaves the wizard.
  REQUIRE(s.click("step.0"));
  CHECK(s.screen() == "profile");
  REQUIRE(s.click("nav.back"));
  CHECK(s.screen() == "start");
}

TEST_CASE("every route name reaches its screen; the group view needs reports first") {
  Screens s;
  std::vector<std::string> names{"start", "profile", "results", "plan", "compare"};
  for (const Factor& f : checklist().factors) names.push_back("factor:" + f.id);
  for (const auto& name : names) {
    CHECK(s.app().goTo(name));
    s.frame();
    CHECK(s.screen() == name);
  }
  CHECK_FALSE(s.app().goTo("group"));
  CHECK_FALSE(s.app().goTo("group:report"));
  CHECK_FALSE(s.app().goTo("factor:nope"));
  CHECK(s.screen() == names.back());
}

TEST_CASE("choosing a level through its described option answers the indicator") {
  Screens s;
  s.app().goTo("factor:" + factor(0).id);
  s.frame();
  const std::string id = firstIndicator();
  REQUIRE(s.has("levels." + id));
  CHECK(s.node("levels." + id)->role == Role::RadioGroup);
  for (int lv = 0; lv <= kMaxLevel; ++lv) {
    const auto* option = s.node("level." + id + "." + std::to_string(lv));
    REQUIRE(option);
    CHECK(option->role == Role::Radio);
    CHECK_FALSE(option->description.empty());  // the level's descriptor is read with it
    CHECK((option->flags & ui::kChecked) == 0);
  }
  REQUIRE(s.click("level." + id + ".2"));
  CHECK(levelOf(s, id) == 2);
  CHECK((s.node("level." + id + ".2")->flags & ui::kChecked) != 0);
  CHECK((s.node("level." + id + ".3")->flags & ui::kChecked) == 0);
  // The step bar counts it.
  CHECK(s.node("step.1")->name.find("(1/") != std::string::npos);
  REQUIRE(s.click("na." + id));
  CHECK(levelOf(s, id) == std::nullopt);
  CHECK(s.session().assessment().answers.at(id).notApplicable);
}

TEST_CASE("the factor page and results lead to the first unanswered indicator") {
  Screens s;
  for (const Factor& f : checklist().factors)
    for (const Indicator& ind : f.indicators)
      if (&ind != &factor(2).indicators[1]) s.session().setLevel(ind.id, 3);
  s.app().goTo("results");
  s.frame();
  REQUIRE(s.has("results.completeNow"));
  REQUIRE(s.click("results.completeNow"));
  CHECK(s.screen() == "factor:" + factor(2).id);
}

TEST_CASE("the demo opens on results with its score, chart text and recommendations") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  CHECK(s.screen() == "results");
  CHECK(s.app().notice() == s.session().t("demo.notice"));
  REQUIRE(s.has("notice"));
  REQUIRE(s.has("results.radar"));
  const auto* radar = s.node("results.radar");
  CHECK(radar->role == Role::Image);
  for (std::size_t i = 0; i < checklist().factors.size(); ++i)
    CHECK(radar->name.find(factor(i).shortTitle.in(s.session().lang())) != std::string::npos);
  CHECK(s.has("results.score"));
  CHECK(s.has("results.rec.1"));
  // A recommendation taken into the plan, then opened there (the cards shown are the first five).
  const std::vector<Recommendation> recs = s.session().results().recommendations;  // a copy: adding rescores
  const std::vector<std::size_t> top = topRecommendations(recs);
  std::size_t rank = 0;
  while (s.session().assessment().actions.count(recs[top[rank]].indicator->id)) ++rank;
  const std::string action = recs[top[rank]].indicator->id, button = "rec." + std::to_string(rank + 1) + ".plan";
  const std::size_t planned = s.session().assessment().actions.size();
  REQUIRE(s.click(button));
  REQUIRE(s.session().assessment().actions.size() == planned + 1);
  CHECK(s.session().assessment().actions.count(action) == 1);
  REQUIRE(s.click(button));
  CHECK(s.screen() == "plan");
  CHECK(s.has("action." + action + ".text"));
  CHECK(s.node("action." + action + ".text")->role == Role::TextArea);
  CHECK(s.has("action." + action + ".status"));
}

TEST_CASE("a notice and refused edits belong to the screen they were shown on") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  REQUIRE_FALSE(s.app().notice().empty());
  s.app().refuseFieldText("note." + firstIndicator(), 10, 20);
  s.app().goTo("plan");
  s.frame();
  CHECK(s.app().notice().empty());
  s.app().goTo("factor:" + factor(0).id);
  s.frame();
  CHECK_FALSE(s.has("fieldError.note." + firstIndicator()));
  s.app().refuseFieldText("note." + firstIndicator(), 10, 20);
  s.frame();
  REQUIRE(s.has("fieldError.note." + firstIndicator()));
  CHECK((s.node("note." + firstIndicator())->flags & ui::kInvalid) != 0);
}

TEST_CASE("a profile choice is a group of radios in the mirror; choosing one is kept") {
  Screens s;
  s.app().goTo("profile");
  s.frame();
  const ProfileField* choice = nullptr;
  for (const auto& f : checklist().profile)
    if (f.type == FieldType::Choice) choice = &f;
  REQUIRE(choice);
  const std::string key = "profile." + choice->id;
  const auto* group = s.node(key);
  REQUIRE(group);
  CHECK(group->role == Role::RadioGroup);
  CHECK((group->flags & ui::kChoice) != 0);
  CHECK(group->name == choice->label.in(s.session().lang()));
  // "Not chosen" first, checked while nothing is; then every option, by its label (never its id).
  const auto* none = s.node(key + "#unset");  // (an option may be called "none")
  REQUIRE(none);
  CHECK((none->flags & ui::kChecked) != 0);
  for (const auto& o : choice->options) {
    const auto* radio = s.node(key + "." + o.id);
    REQUIRE(radio);
    CHECK(radio->role == Role::Radio);
    CHECK(radio->name == o.label.in(s.session().lang()));
    CHECK(radio->name.find(o.id) == std::string::npos);
    CHECK(radio->value == o.id);
  }
  ui::setMirrorText(key, choice->options[1].id, true);  // what the mirror sends for the radio
  s.frame(2);
  CHECK(s.session().assessment().profileText(choice->id) == choice->options[1].id);
  CHECK(s.node(key)->value == choice->options[1].id);
  CHECK((s.node(key + "." + choice->options[1].id)->flags & ui::kChecked) != 0);
  CHECK((s.node(key + "#unset")->flags & ui::kChecked) == 0);
}

TEST_CASE("presenting: level descriptors are revealed one at a time, and the keys step") {
  Screens s(1920, 1080);
  s.app().setPresenting(true);
  s.app().goTo("factor:" + factor(0).id);
  s.frame();
  const std::string id = firstIndicator();
  CHECK(s.has("present.hint"));
  CHECK_FALSE(s.has("level." + id + ".0.described"));
  ImGui::GetIO().AddMousePosEvent(600, 400);  // the wheel over the page first, as a presenter scrolls
  ImGui::GetIO().AddMouseWheelEvent(0, -2);
  s.frame(4);
  s.press(ImGuiKey_Space);
  CHECK(s.has("level." + id + ".0.described"));
  CHECK_FALSE(s.has("level." + id + ".1.described"));
  s.press(ImGuiKey_DownArrow);
  CHECK(s.has("level." + id + ".1.described"));
  s.press(ImGuiKey_UpArrow);
  CHECK_FALSE(s.has("level." + id + ".1.described"));
  // Leaving presentation mode and coming back starts with none revealed.
  s.app().setPresenting(false);
  s.frame();
  CHECK(s.has("level." + id + ".1.described"));  // all shown outside presentation mode
  s.app().setPresenting(true);
  s.frame();
  CHECK_FALSE(s.has("level." + id + ".0.described"));
  s.press(ImGuiKey_PageDown);
  CHECK(s.screen() == "factor:" + factor(1).id);
  CHECK_FALSE(s.has("level." + factor(1).indicators[0].id + ".0.described"));  // a new page starts hidden
  s.press(ImGuiKey_PageUp);
  s.press(ImGuiKey_PageUp);
  s.press(ImGuiKey_PageUp);
  CHECK(s.screen() == "start");
  s.press(ImGuiKey_Escape);
  CHECK_FALSE(s.app().presenting());
}

TEST_CASE("a phone-sized window lays every control inside the screen") {
  Screens s(390, 844);
  REQUIRE(s.click("start.demo"));
  for (const char* name : {"results", "plan", "profile"}) {
    s.app().goTo(name);
    s.frame(2);
    for (const auto& n : ui::semanticNodes()) {
      if (n.role == Role::None || !n.laidOut) continue;
      CHECK_MESSAGE(n.min.x >= -0.5f, name, " ", n.key);
      CHECK_MESSAGE(n.max2.x <= 390.5f, name, " ", n.key);
    }
  }
}

// The radar's square on a phone is as wide as the screen: its empty rows
// above and below are given back, and the labels beside it wrap into the
// room there is (at 1024 px on a projector "Unit pengurai hambatan" had lain
// over the ring).
TEST_CASE("the radar takes the height its ring and labels need, on a phone and a laptop") {
  for (float width : {390.0f, 1366.0f}) {
    Screens s(width, 3000);  // tall: the chart is laid out without scrolling to it
    REQUIRE(s.click("start.demo"));
    s.app().goTo("results");
    s.frame(2);
    const ui::SemanticNode* radar = nullptr;
    for (const auto& n : ui::semanticNodes())
      if (n.key == "results.radar") radar = &n;
    REQUIRE(radar != nullptr);
    REQUIRE(radar->laidOut);
    const float w = radar->max2.x - radar->min.x, h = radar->max2.y - radar->min.y;
    CAPTURE(width);
    CHECK(w > 200.0f);
    CHECK(h < w * 0.9f);  // the whole square was reserved before
    CHECK(h > w * 0.5f);  // and the ring with its labels is still there
  }
}

TEST_CASE("a year that is not four digits is refused with a message under the field, never parsed") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  s.app().goTo("profile");
  s.frame();
  const Json was = s.session().assessment().profile.at("startYear");
  for (const char* typed : {"----", "+12", "20-1"}) {
    REQUIRE(s.click("profile.startYear"));
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
    s.press(ImGuiKey_A);
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
    s.app().insertText(typed);
    s.frame(3);
    REQUIRE(s.click("profile.name"));  // leaving it: the message stays with the field
    CHECK_MESSAGE(s.has("fieldError.profile.startYear"), typed);
    CHECK(s.session().assessment().profile.at("startYear") == was);
  }
}

TEST_CASE("\"Salin kode hasil\" copies the results as a share code and shows it, for a phone without clipboard access") {
  Screens s(390, 844);
  REQUIRE(s.click("start.demo"));
  s.app().goTo("results");
  s.frame(2);
  CHECK_FALSE(s.has("results.code.text"));
  REQUIRE(s.click("results.code"));
  const std::string code = s.host().clipboard;
  REQUIRE(code.rfind("LST1", 0) == 0);
  REQUIRE(s.has("results.code.text"));
  CHECK(s.heard().find(code) != std::string::npos);  // shown, and read aloud whole
  CHECK(s.app().notice() == s.app().session().tr().get("notice.codeCopied", Lang::Id));
  // The code reads back as this assessment's results.
  auto back = readShareCode(code, s.app().checklist());
  REQUIRE(back.ok());
  const Assessment& a = s.session().assessment();
  CHECK(back.value->assessment.profileText("name") == a.profileText("name"));
  for (const auto& [id, answer] : a.answers) {
    if (answer.level || answer.notApplicable) {
      REQUIRE(back.value->assessment.answers.count(id));
      CHECK(back.value->assessment.answers.at(id).level == answer.level);
      CHECK(back.value->assessment.answers.at(id).notApplicable == answer.notApplicable);
    }
  }
  // Every widget inside the phone's width, the code too (it is one long word).
  for (const ui::SemanticNode& n : ui::semanticNodes())
    if (n.laidOut && n.role != ui::Role::None) CHECK(n.max2.x <= 390.0f + 1.0f);
}

TEST_CASE("\"Bagikan hasil\" hands the report file to the share sheet; the notice says how it went, and a shared or downloaded file counts as kept") {
  Screens s(390, 844);
  REQUIRE(s.click("start.demo"));
  REQUIRE(s.session().setProfile("name", Json("Layanan Cepat")) == std::nullopt);
  s.app().goTo("results");
  s.frame(2);
  CHECK(s.session().unsaved());
  REQUIRE(s.click("results.share"));
  REQUIRE(s.host().shares.size() == 1);
  const auto& shared = s.host().shares[0];
  CHECK(shared.name == s.session().fileName());
  CHECK(shared.title == "Laporan kesiapan Lestari");
  // The file is the report: it reads back as this assessment.
  auto back = importReport(shared.text, s.app().checklist());
  REQUIRE(back.ok());
  CHECK(back.value->assessment.profileText("name") == "Layanan Cepat");
  CHECK(back.value->assessment.answers.size() == s.session().assessment().answers.size());

  const Translations& t = s.session().tr();
  s.app().onShared(shared.name, "cancelled");
  CHECK(s.app().notice() == t.get("notice.shareCancelled", Lang::Id));
  CHECK(s.session().unsaved());  // closing the sheet sent nothing
  s.app().onShared(shared.name, "downloaded");
  CHECK(s.app().notice() == t.format("notice.shareDownloaded", Lang::Id, {shared.name}));
  CHECK_FALSE(s.session().unsaved());
  REQUIRE(s.session().setProfile("name", Json("Layanan Cepat 2")) == std::nullopt);
  s.app().onShared(shared.name, "shared");
  CHECK(s.app().notice() == t.format("notice.shared", Lang::Id, {shared.name}));
  CHECK_FALSE(s.session().unsaved());
}

// The texts on screen that start with `start` (the mirror's nodes of role text).
static std::vector<std::string> textsStarting(const Screens& s, const std::string& start) {
  std::vector<std::string> out;
  for (const auto* n : s.all(Role::Text))
    if (n->name.rfind(start, 0) == 0) out.push_back(n->name);
  return out;
}

TEST_CASE("results read against the stage: the sentence, each factor's expectation, the reasons, the chart's words and the recommendations' order") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  REQUIRE(s.session().assessment().profileText("stage") == "development");
  s.frame(2);
  const Results r = s.session().results();
  REQUIRE(r.stage);
  const Translations& t = s.session().tr();
  CHECK(textsStarting(s, "Untuk tahap pengembangan: " + std::to_string(r.stage->factorsMet) + " dari 5 faktor sesuai harapan.").size() == 1);
  CHECK(textsStarting(s, "Indikator di bawah harapan tahap ini: " + std::to_string(r.stage->indicatorsBelow) + " dari " + std::to_string(r.answered) + " yang dijawab.").size() == 1);
  // The chart's text names the expectation for each factor; each bar says its own.
  const std::string radar = s.node("results.radar")->name;
  CHECK(radar.find("harapan tahap pengembangan") != std::string::npos);
  CHECK(textsStarting(s, "Garis gelap: harapan tahap pengembangan").size() == 1);
  const std::vector<std::string> bars = textsStarting(s, "Skor harapan tahap ini: ");
  REQUIRE(bars.size() == 5);
  std::size_t reasons = 0;
  for (std::size_t i = 0; i < 5; ++i) {
    const FactorStage& fs = r.stage->factors[i];
    CAPTURE(factor(i).id);
    CHECK(bars[i].find(formatNumber(fs.expected, Lang::Id) + " \xC2\xB7 " + t.get(*fs.meets ? "stage.met" : "stage.notMet", Lang::Id)) != std::string::npos);
    CHECK(radar.find(formatNumber(fs.expected, Lang::Id)) != std::string::npos);
    // A factor below its stage gets the reason of what the stage expects of it.
    const auto reason = textsStarting(s, factor(i).shortTitle.id + ": " + factor(i).stageReasons[1].id);
    CHECK(reason.size() == (*fs.meets ? 0u : 1u));
    reasons += reason.size();
  }
  CHECK(reasons == r.stage->factorsTotal - r.stage->factorsMet);
  CHECK(reasons > 0);
  // The first card is what the stage asks for now, and says so.
  REQUIRE(r.recommendations.front().belowStage);
  REQUIRE(s.has("rec.1.stage"));
  CHECK(textsStarting(s, t.get("stage.recBelow", Lang::Id)).size() >= 1);

  // Without a stage: an invitation and the three stages; choosing one reads the results by it.
  REQUIRE(s.session().setProfile("stage", Json(nullptr)) == std::nullopt);
  s.frame(2);
  CHECK(textsStarting(s, "Untuk tahap").empty());
  CHECK(textsStarting(s, "Skor harapan tahap").empty());
  CHECK_FALSE(s.has("rec.1.stage"));
  CHECK_FALSE(s.has("results.stage.legend"));
  CHECK(textsStarting(s, t.get("stage.none", Lang::Id)).size() == 1);
  CHECK(s.node("results.radar")->name.find("harapan") == std::string::npos);
  REQUIRE(s.click("results.stage.creation"));
  s.frame(2);
  CHECK(s.session().assessment().profileText("stage") == "creation");
  CHECK(textsStarting(s, "Untuk tahap penciptaan: ").size() == 1);
  // The buttons are gone with the choice: what it gave is said aloud.
  CHECK(s.app().view().announcement.rfind("Untuk tahap penciptaan: ", 0) == 0);
  // The same in English, without a word of Indonesian.
  s.app().session().setLanguage(Lang::En);
  s.frame(2);
  CHECK(textsStarting(s, "For the creation stage: ").size() == 1);
  CHECK(textsStarting(s, "Expected at this stage: ").size() == 5);
  CHECK(s.node("results.radar")->name.find("creation stage expects") != std::string::npos);
}

TEST_CASE("results speak the interface's numbers: 37,3 in Bahasa Indonesia, 37.3 in English") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  const auto overall = s.session().results().overall;
  REQUIRE(overall);
  char machine[32];
  std::snprintf(machine, sizeof machine, "%.1f", *overall);
  std::string indonesian = machine;
  std::replace(indonesian.begin(), indonesian.end(), '.', ',');
  REQUIRE(indonesian != machine);  // the demo's score has a fraction
  s.frame();
  CHECK(s.heard().find(indonesian) != std::string::npos);
  CHECK(s.heard().find(machine) == std::string::npos);
  s.app().session().setLanguage(Lang::En);
  s.frame();
  s.frame();
  CHECK(s.heard().find(machine) != std::string::npos);
}

TEST_CASE("factors tied for weakest are all named, and the sentence about the first recommendation stays true") {
  Screens s;
  REQUIRE(s.click("start.new"));
  for (const Factor& f : checklist().factors)
    for (const Indicator& i : f.indicators) REQUIRE_FALSE(s.session().setLevel(i.id, 2));
  s.app().goTo("results");
  s.frame(3);
  const std::string heard = s.heard();
  for (const Factor& f : checklist().factors) CHECK_MESSAGE(heard.find(f.title.in(Lang::Id)) != std::string::npos, f.id);
  CHECK(heard.find(s.session().tr().format("results.weakestTieHint", Lang::Id, {std::to_string(checklist().factors.size()),
                                                                                   checklist().factors[0].title.in(Lang::Id)})) !=
        std::string::npos);
  CHECK(heard.find(s.session().t("results.weakestHint")) == std::string::npos);
  // One factor lower: named alone, with the plain sentence.
  REQUIRE_FALSE(s.session().setLevel(checklist().factors[1].indicators[0].id, 0));
  s.frame(3);
  CHECK(s.heard().find(s.session().t("results.weakestHint")) != std::string::npos);
}

TEST_CASE("\"Lanjutkan penilaian tersimpan\" opens where the user left off, and its count says the not-applicable ones") {
  Storage st;
  {
    Screens s(1366, 768, &st);
    REQUIRE(s.click("start.new"));
    REQUIRE_FALSE(s.session().setLevel(checklist().factors[0].indicators[0].id, 3));
  }
  {
    Screens s(1366, 768, &st);
    REQUIRE(s.click("start.continue"));
    s.frame(2);
    CHECK(s.screen() == "factor:" + checklist().factors[0].id);  // the first question still open is in the first factor
  }
  {
    Screens s(1366, 768, &st);
    const auto& f = checklist().factors;
    for (std::size_t i = 0; i < f.size(); ++i)
      for (std::size_t k = 0; k < f[i].indicators.size(); ++k)
        if (i == 1 && k == 0) REQUIRE_FALSE(s.session().setNotApplicable(f[i].indicators[k].id, true));
        else REQUIRE_FALSE(s.session().setLevel(f[i].indicators[k].id, 2));
  }
  Screens s(1366, 768, &st);
  const std::size_t total = checklist().indicatorCount();
  CHECK(s.heard().find(std::to_string(total - 1) + " dijawab \xC2\xB7 1 tidak berlaku (dari " + std::to_string(total) + " indikator)") !=
        std::string::npos);
  REQUIRE(s.click("start.continue"));
  s.frame(2);
  CHECK(s.screen() == "results");
}

TEST_CASE("damaged data set aside under a key that holds no time is listed, not a crash") {
  // The time of data set aside comes from its storage key, which another tab
  // or a damaged browser profile can make anything; it was read with
  // std::stoi, which stops the app on letters.
  Storage st;
  st.values[std::string(app::Session::kBrokenPrefix) + "not-a-time-at-all-xyz"] = "{";
  Screens s(1366, 768, &st);
  s.frame(2);
  CHECK(s.screen() == "start");
  CHECK(s.heard().find("not-a-time-at-all-xy") != std::string::npos);  // shown as it is
}
