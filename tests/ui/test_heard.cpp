// What a screen reader is given (issue "Heard right"): answers never lost by
// choosing again, and names that say what each of many alike controls acts on.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include <imgui_internal.h>  // a window's draw list

#include "screen_harness.h"

using namespace lestari;
using namespace lestari::test;
using ui::Role;

TEST_CASE("choosing the chosen level again keeps the answer; clearing it is a control of its own") {
  Screens s;
  const Factor& f = s.newAssessmentAt(0);
  const std::string id = f.indicators[0].id;
  CHECK_FALSE(s.has("clear." + id));  // nothing to clear yet
  // The question's group says whether it is answered, as the card shows above it.
  const std::string open = s.session().tr().format("indicator.numberOpen", Lang::Id, {"1.1"});
  CHECK(s.node("levels." + id)->name.rfind(open + ": ", 0) == 0);
  REQUIRE(s.click("level." + id + ".2"));
  CHECK(s.node("levels." + id)->name.find(open) == std::string::npos);
  REQUIRE(s.session().assessment().answers.at(id).level == 2);
  REQUIRE(s.click("level." + id + ".2"));  // again, "to make sure"
  CHECK(s.session().assessment().answers.at(id).level == 2);
  CHECK((s.node("level." + id + ".2")->flags & ui::kChecked) != 0);
  REQUIRE(s.has("clear." + id));
  CHECK(s.node("clear." + id)->role == Role::Button);
  CHECK(s.node("clear." + id)->name == s.session().tr().format("a11y.clearFor", Lang::Id, {"1.1"}));
  REQUIRE(s.click("clear." + id));
  auto it = s.session().assessment().answers.find(id);
  CHECK((it == s.session().assessment().answers.end() || !it->second.level));
  CHECK_FALSE(s.has("clear." + id));
}

TEST_CASE("alike controls have names that say what they act on; every plan card has a heading") {
  Screens s;
  REQUIRE(s.click("start.demo"));
  REQUIRE(s.click("results.recs.all"));
  std::set<std::string> names;
  std::size_t buttons = 0;
  for (const auto* n : s.all(Role::Button))
    if (n->key.rfind("rec.", 0) == 0) ++buttons, names.insert(n->name);
  CHECK(buttons == s.session().results().recommendations.size());
  CHECK(names.size() == buttons);

  const Factor& f = checklist().factors[0];
  s.app().goTo("factor:" + f.id);
  s.frame(3);
  names.clear();
  for (const Indicator& ind : f.indicators) {
    const auto* g = s.node("indicator." + ind.id + ".guidance");
    if (!g) continue;  // far out of view
    CHECK((g->flags & ui::kCollapsible) != 0);
    names.insert(g->name);
  }
  CHECK(names.size() >= 2);

  s.app().goTo("plan");
  s.frame(3);
  const auto& actions = s.session().assessment().actions;
  std::size_t headings = 0;
  for (const auto* h : s.all(Role::Heading))
    for (const auto& [indicator, action] : actions)
      if (h->name == checklist().indicator(indicator)->question.id) ++headings;
  CHECK(headings == actions.size());
  names.clear();
  for (const auto& [indicator, action] : actions) names.insert(s.node("action." + indicator + ".text")->name);
  CHECK(names.size() == actions.size());
}

TEST_CASE("a profile field is read once, with its help; card titles are headings; the progress is words, not a bar") {
  Screens s;
  auto isHeading = [&](const std::string& text) {
    for (const auto* h : s.all(Role::Heading))
      if (h->name == text) return true;
    return false;
  };
  CHECK(isHeading(s.session().t("start.trainerTitle")));
  CHECK(isHeading(s.session().t("data.title")));
  REQUIRE(s.click("start.new"));
  s.frame(2);
  const ProfileField& name = checklist().profile.front();
  std::size_t said = 0;
  for (const auto& n : ui::semanticNodes()) said += n.name == name.label.id;
  CHECK(said == 1);  // the field's name, not also a paragraph before it
  CHECK(s.node("profile." + name.id)->description == name.help.id);
  CHECK(s.node("footer.progress")->role == Role::Text);
  Screens demo;
  REQUIRE(demo.click("start.demo"));
  bool weakest = false;
  for (const auto* h : demo.all(Role::Heading)) weakest = weakest || h->name == demo.session().t("results.weakestTitle");
  CHECK(weakest);
}

TEST_CASE("a step's heading says which step it is; the band legend is one text; the language switch is named in both languages") {
  Screens s;
  REQUIRE(s.click("start.new"));
  s.frame(2);
  const std::size_t steps = checklist().factors.size() + 3;
  auto h1 = [&]() -> const ui::SemanticNode* {
    for (const auto* h : s.all(Role::Heading))
      if (h->name == s.session().t("profile.title")) return h;
    return nullptr;
  };
  REQUIRE(h1());
  CHECK(h1()->description == s.session().tr().format("a11y.stepOf", Lang::Id, {"1", std::to_string(steps)}));

  const auto* sw = s.node("header.language");
  REQUIRE(sw);
  CHECK(sw->name == "English");
  CHECK(sw->lang == "en");
  CHECK(sw->description == s.session().tr().format("lang.switchHint", Lang::Id, {}));
  CHECK(s.node("settings.lang.en") == nullptr);  // (the dialog is closed)

  Screens demo;
  REQUIRE(demo.click("start.demo"));
  bool legend = false;
  for (const auto* t : demo.all(Role::Text)) {
    if (t->name.rfind(demo.session().tr().format("a11y.bandLegend", Lang::Id, {""}), 0) != 0) continue;
    legend = true;
    for (const auto& band : checklist().bands) CHECK(t->name.find(band.label.id) != std::string::npos);
  }
  CHECK(legend);
}

TEST_CASE("the language and the display size, changed, are said once (not shown)") {
  Screens s;
  const int before = s.app().view().announced;
  REQUIRE(s.click("header.language"));
  CHECK(s.session().lang() == Lang::En);
  CHECK(s.app().view().announced == before + 1);
  CHECK(s.app().view().announcement == s.session().tr().format("lang.changed", Lang::En, {}));
  CHECK(s.node("header.language")->lang == "id");
  REQUIRE(s.click("header.settings"));
  REQUIRE(s.click("settings.scale.up"));
  CHECK(s.app().view().announced == before + 2);
  CHECK(s.app().view().announcement == s.session().tr().format("a11y.scale", Lang::En, {"110"}));
}

TEST_CASE("the keyboard focus is ringed, a note field focused from the mirror and a level option too") {
  Screens s;
  const Factor& f = s.newAssessmentAt(0);
  for (const std::string key : {"note." + f.indicators[0].id, "level." + f.indicators[0].id + ".0"}) {
    CAPTURE(key);
    ui::requestFocus(key);
    s.frame(3);
    const auto* n = s.node(key);
    REQUIRE(n);
    // The ring is drawn over everything (the foreground list), just outside the control.
    const ImDrawList* fg = ImGui::GetForegroundDrawList();
    REQUIRE(fg->VtxBuffer.Size > 0);
    ImVec2 lo(1e9f, 1e9f), hi(-1e9f, -1e9f);
    for (const ImDrawVert& v : fg->VtxBuffer) {
      lo = ImVec2(std::min(lo.x, v.pos.x), std::min(lo.y, v.pos.y));
      hi = ImVec2(std::max(hi.x, v.pos.x), std::max(hi.y, v.pos.y));
    }
    CHECK(lo.x <= n->min.x - 2);
    CHECK(hi.x >= n->max2.x + 2);
    CHECK(lo.y <= n->min.y - 2);
    CHECK(hi.y >= n->max2.y + 2);
  }
}

TEST_CASE("a one-line field typed into from the mirror shows its caret where the mirror's caret is") {
  Screens s;
  s.newAssessmentAt(0);
  s.app().goTo("profile");
  s.frame(2);
  const std::string key = "profile.name";
  ui::setMirrorText(key, "Inovasi c\xC3\xA9" "d", true);  // "cé": the caret counts characters, not bytes
  ui::requestFocus(key);
  s.frame(3);
  const auto* n = s.node(key);
  REQUIRE(n);
  REQUIRE((n->flags & ui::kFocused) != 0);
  const ImVec2 o(10, 20);
  CHECK(ui::caretPosition(n->value, 10, o).x == doctest::Approx(o.x + ImGui::CalcTextSize("Inovasi c\xC3\xA9").x));
  CHECK(ui::caretPosition(n->value, 0, o).x == doctest::Approx(o.x));
  CHECK(ui::caretPosition(n->value, 99, o).x == doctest::Approx(o.x + ImGui::CalcTextSize("Inovasi c\xC3\xA9" "d").x));
  // Drawn: the field's window gets more to draw once the mirror says where the caret is.
  auto drawn = [&] {
    s.frame(2);
    return s.node(key)->window->DrawList->VtxBuffer.Size;
  };
  const int without = drawn();
  ui::setMirrorCaret(key, 10);
  CHECK(drawn() > without);
}

TEST_CASE("a note typed into in the page: the canvas draws its box but not its text, which the page's textarea shows") {
  Screens s;
  const Factor& f = s.newAssessmentAt(0);
  const std::string key = "note." + f.indicators[0].id;
  ui::setMirrorText(key, std::string(300, 'x'), true);
  ui::requestFocus(key);  // (brought into view)
  s.frame(3);
  auto drawn = [&] {
    s.frame(2);
    return s.node(key)->window->DrawList->VtxBuffer.Size;
  };
  const int shown = drawn();
  ui::setMirrorCaret(key, 3);  // its textarea took the focus (web/mirror.js)
  const int editing = drawn();
  CHECK(editing < shown);
  CHECK(s.node(key)->value == std::string(300, 'x'));  // the text is still the field's, for the textarea
  ui::setMirrorCaret("", 0);  // the textarea left
  CHECK(drawn() == shown);
}
