// The assessor's way to the signed summary, without a browser: what is in view
// on arrival, what a finger can hit, the recommendations shown first, the
// print path and the download notices (issue "Walk out with the signed summary").
#include <doctest/doctest.h>

#include <algorithm>

#include "ui/chrome.h"
#include "screen_harness.h"

using namespace lestari;
using namespace lestari::test;
using ui::Role;

namespace {
float height(const ui::SemanticNode* n) { return n->max2.y - n->min.y; }
// Wholly inside the part of the window between the top and `bottom`.
bool inView(const ui::SemanticNode* n, float bottom) { return n && n->visible && n->min.y >= 0 && n->max2.y <= bottom; }
}  // namespace

TEST_CASE("results: print, download and compare are in view on arrival, on a laptop and on a phone") {
  for (ImVec2 size : {ImVec2(1366, 768), ImVec2(390, 844)}) {
    CAPTURE(size.x);
    Screens s(size.x, size.y);
    REQUIRE(s.click("start.demo"));
    REQUIRE(s.click("notice.dismiss"));
    s.app().goTo("plan");
    s.app().goTo("results");  // arriving as from the wizard: no notice, at the top
    s.frame(3);
    const float footerTop = size.y - s.app().theme().fonts().body->FontSize * ui::kFooterEm;
    for (const char* id : {"results.score", "results.print", "results.download", "results.compare"})
      CHECK_MESSAGE(inView(s.node(id), footerTop), id);
  }
}

TEST_CASE("print: the browser's dialog, or where it cannot print, the summary saved with how to print it") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  REQUIRE(s.click("results.print"));
  CHECK(s.host().prints == 1);
  CHECK(s.host().downloads.empty());
  s.host().canPrint = false;
  REQUIRE(s.click("results.print"));
  REQUIRE(s.host().downloads.size() == 1);
  const std::string name = s.host().downloads.back().first;
  CHECK(name == s.session().summaryName());
  CHECK(s.host().downloads.back().second.find("<!doctype html>") == 0);
  CHECK(s.app().notice() == s.session().tr().format("print.unavailable", Lang::Id, {name}));
  s.app().goTo("plan");
  s.frame(2);
  s.host().canPrint = true;
  REQUIRE(s.click("plan.print"));
  CHECK(s.host().prints == 3);
}

TEST_CASE("every download names its file and says it is the copy to keep") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  REQUIRE(s.click("results.download"));
  REQUIRE(s.host().downloads.size() == 1);
  const std::string report = s.host().downloads.back().first;
  CHECK(report.size() > 5);
  CHECK(report.substr(report.size() - 5) == ".json");
  CHECK(s.app().notice() == s.session().tr().format("notice.downloaded", Lang::Id, {report}));
  REQUIRE(s.has("notice"));
  REQUIRE(s.click("results.summary"));
  CHECK(s.app().notice() == s.session().tr().format("notice.downloaded", Lang::Id, {s.session().summaryName()}));
  // Far down the page the notice is still in view: it sits above the page, not in it.
  for (int i = 0; i < 40; ++i) s.app().touchScroll(-200), s.frame();
  CHECK(s.node("notice")->visible);
  CHECK(s.node("notice")->min.y < 300);
}

TEST_CASE("the five recommendations with the most impact come first, at most two from one factor, then all of them") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  const Results r = s.session().results();
  REQUIRE(r.recommendations.size() > 5);
  CHECK(s.has("results.rec.5"));
  CHECK_FALSE(s.has("results.rec.6"));
  // Each card names its factor; no factor more than twice.
  std::vector<std::size_t> top = topRecommendations(r.recommendations);
  for (std::size_t i = 0; i < top.size(); ++i) {
    const Factor* f = r.recommendations[top[i]].factor;
    CHECK(std::count_if(top.begin(), top.end(), [&](std::size_t j) { return r.recommendations[j].factor == f; }) <= 2);
  }
  const std::string& all = s.session().tr().format("results.recsAll", Lang::Id, {std::to_string(r.recommendations.size())});
  REQUIRE(s.has("results.recs.all"));
  CHECK(s.node("results.recs.all")->name == all);
  REQUIRE(s.click("results.recs.all"));
  CHECK(s.has("results.rec." + std::to_string(r.recommendations.size())));
}

TEST_CASE("on a phone every button, option and field is at least 44 px tall, and Back / Next keep their words") {
  Screens s(390, 844);
  REQUIRE(s.click("start.new"));
  s.frame(2);
  for (const std::string& screen : {std::string("profile"), std::string("factor:barrier_unit"), std::string("results"), std::string("plan")}) {
    CAPTURE(screen);
    s.app().goTo(screen);
    s.frame(3);
    for (Role role : {Role::Button, Role::TextField, Role::TextArea, Role::Radio, Role::Checkbox})
      for (const auto* n : s.all(role)) {
        if (n->key.rfind("step.", 0) == 0 || !n->laidOut) continue;
        // A choice's radios are the mirror's reading of one drop-down (the group's box): that is what is touched.
        const ui::SemanticNode* group = n->parent >= 0 ? &ui::semanticNodes()[static_cast<std::size_t>(n->parent)] : nullptr;
        if (group && (group->flags & ui::kChoice)) n = group;
        CHECK_MESSAGE(height(n) >= 44.0f, n->key);
      }
  }
  s.app().goTo("profile");
  s.frame(3);
  CHECK(s.node("nav.back")->name == s.session().t("nav.back"));
  CHECK(s.heard().find(s.session().t("nav.nextShort")) == std::string::npos);  // the name says where, the label "Lanjut"
}

TEST_CASE("the step bar shows every step's whole name at 1366 px; a phone shows the current step's name") {
  Screens s;
  REQUIRE(s.click("start.new"));
  s.frame(2);
  ImFont* bold = s.app().theme().fonts().bold;
  for (std::size_t i = 0; i < 8; ++i) {
    const auto* step = s.node("step." + std::to_string(i));
    REQUIRE(step);
    std::string label = step->name.substr(step->name.find(". ") + 2);
    label = label.substr(0, label.find(" ("));
    label = label.substr(0, label.find(", "));
    const float need = bold->CalcTextSizeA(bold->FontSize, FLT_MAX, 0, label.c_str()).x + bold->FontSize * 2.2f;
    CHECK_MESSAGE(step->max2.x - step->min.x >= need, label);
  }
  Screens phone(390, 844);
  REQUIRE(phone.click("start.new"));
  phone.app().goTo("factor:barrier_unit");
  phone.frame(2);
  // On a phone every step stays a finger's width (44 px), inside the screen;
  // the current one's name is the page's heading (and the step's spoken name).
  int steps = 0;
  for (; phone.has("step." + std::to_string(steps)); ++steps) {
    const auto* step = phone.node("step." + std::to_string(steps));
    CHECK(step->max2.x - step->min.x >= 44.0f - 0.01f);  // (float arithmetic)
    CHECK(step->max2.x <= 390.5f);
  }
  CHECK(steps == 8);  // the profile, five factors, results, the plan
  // A factor's chip carries the factor's own number, as the page says "Faktor 2 dari 5".
  CHECK(phone.node("step.2")->name.rfind("2. ", 0) == 0);
  CHECK(phone.node("step.0")->name.rfind("1. ", 0) == std::string::npos);
}

TEST_CASE("the profile shows two fields a row on a laptop, one on a phone") {
  Screens s;
  REQUIRE(s.click("start.new"));
  s.frame(2);
  const auto *name = s.node("profile.name"), *agency = s.node("profile.agency");
  REQUIRE((name && agency));
  CHECK(agency->min.x > name->max2.x);
  CHECK(std::abs(agency->min.y - name->min.y) < 1.0f);
  Screens phone(390, 844);
  REQUIRE(phone.click("start.new"));
  phone.frame(2);
  CHECK(phone.node("profile.agency")->min.y > phone.node("profile.name")->max2.y);
}

TEST_CASE("on a laptop a factor page shows its first question and all its levels on arrival") {
  Screens s;
  const Factor& f = s.newAssessmentAt(1, 3);
  const float footerTop = 768 - s.app().theme().fonts().body->FontSize * ui::kFooterEm;
  CHECK(inView(s.node("indicator." + f.indicators[0].id), footerTop));
  for (int lv = 0; lv <= 4; ++lv) {
    const std::string key = "level." + f.indicators[0].id + "." + std::to_string(lv);
    CHECK_MESSAGE(inView(s.node(key), footerTop), key);
  }
}

TEST_CASE("the demo speaks the interface's language") {
  Screens s;
  s.session().setLanguage(Lang::En);
  s.frame();
  REQUIRE(s.click("start.demo"));
  const std::string name = s.session().assessment().profileText("name");
  CHECK(name.rfind("EXAMPLE", 0) == 0);
  const Results r = s.session().results();
  s.session().setLanguage(Lang::Id);
  REQUIRE(s.click("results.home"));
  REQUIRE(s.click("start.demo"));
  if (s.has("confirm.replace")) REQUIRE(s.click("confirm.replace"));
  CHECK(s.session().assessment().profileText("name").rfind("CONTOH", 0) == 0);
  CHECK(s.session().results().overall == r.overall);  // the same answers in either language
}

TEST_CASE("phone footer in English on the last step: the download button says what, nothing overlaps") {
  Screens s(390, 844);
  s.session().setLanguage(Lang::En);
  s.frame();
  REQUIRE(s.click("start.demo"));
  s.app().goTo("plan");
  s.frame(3);
  const auto *back = s.node("nav.back"), *next = s.node("nav.next"), *progress = s.node("footer.progress");
  REQUIRE((back && next && progress));
  CHECK(next->max2.x <= 390.5f);
  CHECK(progress->min.x >= back->max2.x);
  CHECK(progress->max2.x <= next->min.x);
  CHECK(s.heard().find(s.session().t("results.downloadShort")) != std::string::npos);
}

TEST_CASE("the calendar opens clear of its field and the footer, inside the screen, with days a finger can hit") {
  for (ImVec2 size : {ImVec2(1366, 768), ImVec2(390, 844)}) {
    CAPTURE(size.x);
    Screens s(size.x, size.y);
    REQUIRE(s.click("start.demo"));
    s.app().goTo("plan");
    s.frame(3);
    const std::string id = s.session().assessment().actions.begin()->first;
    REQUIRE(s.click("action." + id + ".due.calendar"));
    const auto* field = s.node("action." + id + ".due");
    REQUIRE(field);
    const ImVec2 fieldMin = field->min, fieldMax = field->max2;
    const float footerTop = size.y - s.app().theme().fonts().body->FontSize * ui::kFooterEm;
    for (int day : {1, 15, 28}) {
      const auto* d = s.node("calendar.day." + std::to_string(day));
      REQUIRE(d);
      CHECK(d->min.y >= 0);
      CHECK(d->max2.y <= footerTop);
      CHECK(d->max2.x <= size.x);
      CHECK((d->max2.y <= fieldMin.y || d->min.y >= fieldMax.y));  // never over the field
      if (size.x < 500) CHECK(height(d) >= 44.0f);
    }
  }
}

TEST_CASE("phones are not told to drop files; an error's place is said in words, never as an internal path") {
  Screens phone(390, 844);
  CHECK(phone.heard().find(phone.session().t("start.importHint")) == std::string::npos);
  CHECK(phone.heard().find(phone.session().t("start.trainerDrop")) == std::string::npos);
  Screens laptop;
  CHECK(laptop.heard().find(laptop.session().t("start.importHint")) != std::string::npos);

  REQUIRE(laptop.click("start.demo"));
  REQUIRE(laptop.click("results.compare"));
  std::string earlier = demoReport();
  earlier.insert(earlier.find('{') + 1, "\"plan\": [],");  // a key no report has
  laptop.open("laporan-tahun-lalu-dinas-kesehatan-kabupaten-contoh-versi-akhir-2025-11-28.json", earlier);
  const std::string heard = laptop.heard();
  CHECK(heard.find("$B") == std::string::npos);
  CHECK(heard.find(laptop.session().tr().format("import.where", Lang::Id, {"plan"})) != std::string::npos);
  CHECK(heard.find("2025-11-28.json") != std::string::npos);  // a long name keeps its end
}

TEST_CASE("a target date typed on a phone's number pad: slashes appear as the digits come, a day that does not exist is named") {
  Screens s(390, 844);
  REQUIRE(s.click("start.demo"));
  s.app().goTo("plan");
  s.frame(3);
  const std::string id = s.session().assessment().actions.begin()->first, key = "action." + id + ".due";
  auto typeDate = [&](const char* digits) {
    REQUIRE(s.click(key));
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
    s.press(ImGuiKey_A);
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
    s.press(ImGuiKey_Delete);
    for (const char* c = digits; *c; ++c) {  // one key at a time, as a number pad sends them
      s.app().insertText(std::string(1, *c));
      s.frame();
    }
  };
  typeDate("3103");
  REQUIRE(s.node(key));
  CHECK(s.node(key)->value == "31/03");
  typeDate("30022027");
  CHECK(s.node(key)->value == "30/02/2027");
  s.press(ImGuiKey_Tab);  // leaving the field: the date is read
  s.frame(3);
  REQUIRE(s.has("fieldError." + key));
  CAPTURE(s.node("fieldError." + key)->name);
  CHECK(s.heard().find("30 Februari 2027 tidak ada") != std::string::npos);
  typeDate("31032027");
  s.press(ImGuiKey_Tab);
  s.frame(3);
  CHECK(s.session().assessment().actions.at(id).due == "2027-03-31");
  CHECK_FALSE(s.has("fieldError." + key));
}
