// Presentation mode as the back row of a room sees it: text sized for the
// screen, results and the group overview one idea at a time (each fitting
// the screen, stepped by the presenter's keys), no autosave chatter, and
// the room anonymous on the projector while its exports keep the names.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include <imgui_internal.h>  // the content column's window, to check a view fits it

#include "screen_harness.h"
#include "app/room.h"

using namespace lestari;
using namespace lestari::test;
using ui::Role;

namespace {
struct Size {
  float w, h;
};
constexpr Size kProjectors[] = {{1920, 1080}, {1366, 768}, {1024, 768}};

// Every node of the frame lies whole inside the part of the page that is
// shown (the content column between header and footer, whatever card it is
// in): the view needs no scrolling.
void checkFits() {
  for (const ui::SemanticNode& n : ui::semanticNodes()) {
    if (!n.laidOut || n.role == Role::None) continue;
    INFO(n.key << " " << n.name.substr(0, 60));
    CHECK(n.visible);
    CHECK(n.max2.y <= n.clipMax.y + 1.0f);
    CHECK(n.max2.x <= ImGui::GetIO().DisplaySize.x + 1.0f);
    const ImGuiWindow* w = n.window;
    while (w && !std::strstr(w->Name, "##content")) w = w->ParentWindow;
    if (!w) continue;
    CHECK(n.max2.y <= w->InnerClipRect.Max.y + 1.0f);
    CHECK(w->ScrollMax.y < 1.0f);  // nothing to scroll to: not a card's edge below the fold either
  }
}

float bodyPx() { return ImGui::GetIO().Fonts->Fonts[0]->FontSize * ImGui::GetIO().FontGlobalScale; }

// The demo with every applicable answer at one level, under its own name.
std::string allAt(int level, const std::string& name) {
  Json doc = Json::parse(demoReport());
  doc["profile"]["name"] = name;
  for (Json& a : doc["answers"])
    if (!a["notApplicable"].get<bool>()) a["level"] = level;
  return doc.dump();
}
}  // namespace

TEST_CASE("presenting results: the score fills the back row's view, one idea a view, stepped by the presenter's keys") {
  for (Size size : kProjectors) {
    CAPTURE(size.w);
    Screens s(size.w, size.h);
    REQUIRE(s.click("start.demo"));
    s.app().setPresenting(true);
    s.app().goTo("results");
    s.frame(3);
    // Body text as on a slide: 36 px at 1920x1080, the same share of a smaller screen.
    const float share = std::min(size.h / 1080.0f, size.w / 1600.0f);
    CHECK(bodyPx() >= std::max(17.0f, 36.0f * share) - 0.5f);
    const ui::SemanticNode* score = s.node("results.score");
    REQUIRE(score);
    CHECK(score->max2.y - score->min.y >= 96.0f * share);
    CHECK(s.has("results.band"));
    CHECK_FALSE(s.has("results.radar"));  // the chart is the next view
    CHECK_FALSE(s.has("step.0"));         // no step bar cut to "Innova…": the header says where
    const std::string heard = s.heard();
    CHECK(heard.find(s.app().session().tr().format("a11y.stepOf", Lang::Id, {"7", "8"})) != std::string::npos);
    const std::string autosave = s.app().session().tr().format("autosave.status", Lang::Id, {""});
    CHECK(heard.find(autosave.substr(0, autosave.find(' ', 10))) == std::string::npos);
    checkFits();

    s.press(ImGuiKey_PageDown);
    CHECK(s.screen() == "results");
    CHECK(s.has("results.radar"));
    CHECK_FALSE(s.has("results.score"));
    s.frame(40);  // the chart has grown
    checkFits();
    s.press(ImGuiKey_Space);
    CHECK(s.screen() == "results");
    CHECK(s.has("results.weakest"));
    CHECK(s.has("results.rec.1"));
    // The three recommendations shown first, at the slide's size, in as many views as they need, each once.
    int recs = 0, recViews = 0;
    for (int step = 0; step < 4 && s.screen() == "results"; ++step) {
      checkFits();
      ++recViews;
      for (int k = 1; k <= 4; ++k) recs += s.has("results.rec." + std::to_string(k));
      if (s.app().screen().view() + 1 == s.app().screen().views()) break;
      s.press(ImGuiKey_Space);
      CHECK_FALSE(s.has("results.weakest"));  // the weakest factor heads the first of them only
    }
    CHECK(recs == 3);
    CHECK(s.app().screen().views() == 2 + recViews);
    s.press(ImGuiKey_RightArrow);
    CHECK(s.screen() == "plan");
    // Back from the next step: the last view first, then the one before.
    s.press(ImGuiKey_PageUp);
    CHECK(s.screen() == "results");
    CHECK(s.has("results.rec.3"));
    for (int k = 1; k < recViews; ++k) s.press(ImGuiKey_UpArrow);
    CHECK(s.has("results.weakest"));
    s.press(ImGuiKey_UpArrow);
    CHECK(s.has("results.radar"));
    // The footer's buttons step the same way.
    REQUIRE(s.click("nav.next"));
    CHECK(s.has("results.weakest"));
    REQUIRE(s.click("nav.back"));
    REQUIRE(s.click("nav.back"));
    CHECK(s.has("results.score"));
    REQUIRE(s.click("nav.back"));
    CHECK(s.screen() != "results");

    // Out of presentation mode, the whole page again.
    s.app().setPresenting(false);
    s.app().goTo("results");
    s.frame(3);
    CHECK(s.has("results.score"));
    CHECK(s.has("results.radar"));
    CHECK(s.has("step.0"));
  }
}

TEST_CASE("presenting a room: counts and bands, factor means, weakest, disagreement, then the ranking a page at a time, anonymous") {
  for (Size size : kProjectors) {
    CAPTURE(size.w);
    Screens s(size.w, size.h);
    auto& room = s.app().room();
    auto anonymous = [&] { return room.anonymous(s.app().presenting()); };
    auto group = [&]() -> const ui::Screen& { return s.app().screen(); };  // the room's screen, once shown
    room.begin(false);
    const int n = 23;  // more rows than one view holds
    for (int i = 0; i < n; ++i) room.add("peserta-" + std::to_string(i) + ".json", allAt(i % 5, "Inovasi Rahasia " + std::to_string(i)));
    room.finish();
    s.app().setPresenting(true);
    s.frame(3);
    REQUIRE(s.screen() == "group");
    CHECK(anonymous());
    CHECK(s.has("group.chart.bands"));
    checkFits();
    const int counted = group().views();  // the footer's "Bagian 1 dari N", said before the ranking is drawn
    int views = 0, rows = 0;
    std::vector<std::string> seen;
    for (int step = 0; step < 20 && s.screen() == "group"; ++step) {
      ++views;
      s.frame(2);  // a card takes its height in the frame after it first shows
      checkFits();
      for (const char* key : {"group.chart.bands", "group.chart.factors", "group.weakest", "group.row.0"})
        if (s.has(key)) seen.push_back(key);
      if (s.has("group.weakest"))  // each factor's count of innovations it is the weakest of: every report's factors are equal, the first is named
        CHECK(s.heard().find(s.app().session().tr().format("event.weakestOf", Lang::Id, {s.app().checklist().factors[0].title.in(Lang::Id), "23", "23"})) !=
              std::string::npos);
      for (const ui::SemanticNode* node : s.all(Role::Button))
        if (node->key.rfind("group.row.", 0) == 0) ++rows;
      CHECK(s.heard().find("Inovasi Rahasia") == std::string::npos);  // no name on the projector
      const int before = group().view();
      s.press(ImGuiKey_PageDown);
      if (group().view() == before) break;  // the last view: a page that is not a step stays
    }
    CHECK(s.screen() == "group");
    CHECK(rows == n);  // every report on one of the ranking's views, once
    CHECK(views == group().views());
    CHECK(views == counted);
    CHECK(views > 5);  // the ranking took more than one view
    for (const char* key : {"group.chart.bands", "group.chart.factors", "group.weakest", "group.row.0"})
      CHECK(std::find(seen.begin(), seen.end(), key) != seen.end());
    CHECK(bodyPx() >= std::max(17.0f, 36.0f * std::min(size.h / 1080.0f, size.w / 1600.0f)) - 0.5f);  // the rows' text too
    CHECK(s.node("group.row.0") == nullptr);  // the last view holds the last rows, not the first
    // A code names each report, by the order the files were read.
    const std::string heard = s.heard();
    CHECK(heard.find("P0") != std::string::npos);

    // The trainer shows the names.
    REQUIRE(s.has("group.anonymous"));
    CHECK((s.node("group.anonymous")->flags & ui::kChecked) != 0);
    REQUIRE(s.click("group.anonymous"));
    CHECK_FALSE(anonymous());
    CHECK(s.heard().find("Inovasi Rahasia") != std::string::npos);
    REQUIRE(s.click("group.anonymous"));
    CHECK(anonymous());
    // An opened report keeps the code, and shows no file name or agency.
    s.press(ImGuiKey_PageUp);
    for (const ui::SemanticNode* node : s.all(Role::Button))
      if (node->key.rfind("group.row.", 0) == 0) {
        REQUIRE(s.click(node->key));
        break;
      }
    CHECK(s.screen() == "group:report");
    CHECK(s.heard().find("Inovasi Rahasia") == std::string::npos);
    CHECK(s.heard().find("peserta-") == std::string::npos);
    REQUIRE(s.click("group.back"));

    // Off the projector the names are back, and the exports keep them whatever the setting.
    s.app().setPresenting(false);
    s.frame(3);
    CHECK_FALSE(anonymous());
    CHECK(s.heard().find("Inovasi Rahasia 0") != std::string::npos);
    REQUIRE(s.click("group.json"));
    REQUIRE_FALSE(s.host().downloads.empty());
    CHECK(s.host().downloads.back().second.find("Inovasi Rahasia 22") != std::string::npos);
  }
}

TEST_CASE("views by measured height: as many items a view as fit, the first view smaller, an item taller than a view alone") {
  using V = std::vector<std::size_t>;
  CHECK(ui::viewStarts({}, 100, 100) == V{0});
  CHECK(ui::viewStarts({30, 30, 30}, 100, 100) == V{0});
  CHECK(ui::viewStarts({30, 30, 30, 30}, 100, 100) == V{0, 3});
  CHECK(ui::viewStarts({30, 30, 30, 30}, 50, 100) == V{0, 1});
  CHECK(ui::viewStarts({150, 30, 150, 30}, 100, 100) == V{0, 1, 2, 3});
  CHECK(ui::viewStarts({60, 40, 60}, 100, 100) == V{0, 2});  // exactly full stays on its view
}

TEST_CASE("the room's charts: factor means with their spread and the bands, every number in the mirror's text") {
  Screens s;
  auto& group = s.app().room();
  group.begin(false);
  // Every answer at 1, 2 and 4: each factor scores 25, 50 and 100 (docs/scoring.md: mean level / 4).
  group.add("a.json", allAt(1, "A"));
  group.add("b.json", allAt(2, "B"));
  group.add("c.json", allAt(4, "C"));
  group.finish();
  s.frame(2);
  const ui::SemanticNode* spread = s.node("group.chart.factors");
  REQUIRE(spread);
  CHECK(spread->role == Role::Image);
  const auto& tr = s.app().session().tr();
  const Checklist& c = s.app().checklist();
  for (std::size_t i = 0; i < c.factors.size(); ++i) {
    const std::string label = std::to_string(i + 1) + ". " + c.factors[i].shortTitle.in(Lang::Id);
    CHECK(spread->name.find(tr.format("a11y.factorSpread", Lang::Id, {label, "58,3", "25,0", "100,0"})) != std::string::npos);
    CHECK(s.has("group.chart.factor." + c.factors[i].id));
  }
  const ui::SemanticNode* bands = s.node("group.chart.bands");
  REQUIRE(bands);
  const int expected[] = {1, 1, 0, 1};  // 25 rentan, 50 bertumbuh, none kokoh, 100 lestari
  for (std::size_t b = 0; b < c.bands.size(); ++b)
    CHECK(bands->name.find(tr.format("a11y.bandCount", Lang::Id, {c.bands[b].label.in(Lang::Id), std::to_string(expected[b])})) !=
          std::string::npos);
}
