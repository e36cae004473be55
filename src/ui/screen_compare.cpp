// Progress over time: an earlier report beside the current assessment (or
// two reports). Overall and band before and after, both series on the
// chart, the change per factor and per indicator, and the recommendations
// of the earlier report that are now closed.
#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "app.h"
#include "summary_html.h"
#include "widgets.h"

namespace lestari::ui {

namespace {
std::string score1(const std::optional<double>& v) {
  if (!v) return "\xE2\x80\x93";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", *v);
  return buf;
}
std::string signedDelta(double d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%+.1f", d);
  return buf;
}
}  // namespace

// The direction of a change in words (the marks on screen are drawn).
std::string App::changeWord(Direction d) const {
  return t(!d ? "a11y.changeNone" : *d > 0 ? "a11y.changeUp" : *d < 0 ? "a11y.changeDown" : "a11y.changeSame");
}

void App::drawCompare() {
  const Fonts& fonts = theme_.fonts();
  const Palette& p = theme_.palette();
  const Lang lang = session_->lang();
  float bw = narrow() ? ImGui::GetContentRegionAvail().x : 0;
  if (!comparison_) {  // waiting for the earlier report
    heading(fonts.title, t("compare.title"));
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    text(t("compare.choose"));
    ImGui::Dummy(ImVec2(1, em(0.8f)));
    if (button(t("compare.pick"), "compare.pick", ButtonKind::Primary, bw)) {
      pickForCompare_ = true;
      host_.pickFile();
    }
    textMuted(t("start.importHint"));
    ImGui::Dummy(ImVec2(1, em(0.8f)));
    if (button(t("compare.back"), "compare.back", ButtonKind::Secondary, bw)) go(resultsStep());
    return;
  }
  const Comparison& cmp = *comparison_;
  float anim = chartProgress();

  heading(fonts.title, t("compare.title"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  for (const Side* side : {&cmp.before, &cmp.after}) {
    std::string name = side->name.empty() ? t("common.untitled") : side->name;
    textMuted(f("compare.side", {t(side == &cmp.before ? "compare.before" : "compare.after"), name,
                                 displayDate(side->generatedAt, session_->tr(), lang)}));
  }
  if (cmp.namesDiffer) {
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    beginCard("##names", p.warnBg);
    text(f("compare.namesDiffer", {cmp.before.name, cmp.after.name}), p.warn);
    endCard();
    track("compare.namesDiffer");
  }
  ImGui::Dummy(ImVec2(1, em(0.8f)));

  // Overall and band, before and after.
  beginCard("##overall");
  textMuted(t("compare.overall"));
  const Results &b = cmp.before.results, &a = cmp.after.results;
  ImGui::PushFont(fonts.title);  // before, the mark, after: one line in the large font
  ImGui::TextUnformatted(score1(b.overall).c_str());
  ImGui::SameLine(0, em(0.5f));
  drawChange(cmp.overall);
  ImGui::SameLine(0, em(0.5f));
  ImGui::TextUnformatted(score1(a.overall).c_str());
  ImGui::PopFont();
  describe("compare.overall", Role::Text, f("a11y.compareOverall", {score1(b.overall), score1(a.overall), changeWord(cmp.overall)}));
  if (b.overall && a.overall) textMuted(f("compare.delta", {signedDelta(*a.overall - *b.overall)}));
  std::string bands = (b.band ? b.band->label.in(lang) : "\xE2\x80\x93") + "  \xE2\x80\xBA  " + (a.band ? a.band->label.in(lang) : "\xE2\x80\x93");
  text(f("compare.bands", {bands}));
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  if (a.overall || b.overall) {
    heading(fonts.heading, t("results.chartTitle"));
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    drawChartCard(anim, a, &b);
    ImGui::Dummy(ImVec2(1, em(1.0f)));
  }
  drawCompareTables(cmp);

  ImGui::Dummy(ImVec2(1, em(1.0f)));
  if (button(t("compare.back"), "compare.back", ButtonKind::Primary, bw)) go(resultsStep());
  if (!narrow()) ImGui::SameLine(0, em(0.6f));
  else ImGui::Dummy(ImVec2(1, em(0.4f)));
  if (button(t("compare.another"), "compare.another", ButtonKind::Secondary, bw)) {
    pickForCompare_ = true;
    host_.pickFile();
  }
  textMuted(t("start.importHint"));
}

// Per factor and per indicator: before, after and the direction of change;
// then the earlier recommendations now reached.
void App::drawCompareTables(const Comparison& cmp) {
  const Fonts& fonts = theme_.fonts();
  const Lang lang = session_->lang();
  auto level = [&](const std::optional<int>& lv, bool na) {
    return lv ? std::to_string(*lv) : na ? t("compare.na") : std::string("\xE2\x80\x93");
  };
  // Rows of four columns, laid out by hand: the label wraps in the first.
  const float col = em(narrow() ? 3.4f : 5.5f);
  auto row = [&](const std::string& label, const std::string& before, const std::string& after, Direction d,
                 const std::string& id, bool header = false, const std::string& delta = "") {
    float x = ImGui::GetCursorPosX(), y = ImGui::GetCursorPosY();
    float labelW = ImGui::GetContentRegionAvail().x - 3 * col;
    ImGui::PushTextWrapPos(x + labelW - em(0.5f));
    if (header) ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    float below = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x + labelW, y));
    ImGui::TextUnformatted(before.c_str());
    ImGui::SetCursorPos(ImVec2(x + labelW + col, y));
    ImGui::TextUnformatted(after.c_str());
    ImGui::SetCursorPos(ImVec2(x + labelW + 2 * col, y));
    if (header) {
      ImGui::TextUnformatted(t("compare.change").c_str());
      ImGui::PopFont();
    } else {
      drawChange(d);
      describe(id, Role::Text, f("a11y.compareRow", {label, before, after, changeWord(d)}) + (delta.empty() ? "" : " (" + delta + ")"));
      if (!delta.empty()) {
        ImGui::SameLine(0, em(0.3f));
        ImGui::TextUnformatted(delta.c_str());
      }
    }
    ImGui::SetCursorPos(ImVec2(x, std::max(below, ImGui::GetCursorPosY()) + em(0.25f)));
  };
  auto table = [&](const std::string& first) {
    row(first, t("compare.before"), t("compare.after"), std::nullopt, "", true);
    return true;
  };
  heading(fonts.heading, t("compare.factors"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##factors");
  if (table(t("compare.factor"))) {
    for (std::size_t i = 0; i < cmp.factors.size(); ++i) {
      const FactorChange& fc = cmp.factors[i];
      auto d = fc.delta();
      row(std::to_string(i + 1) + ". " + fc.factor->shortTitle.in(lang), score1(fc.before), score1(fc.after), fc.direction,
          "compare.factor." + fc.factor->id, false, d && *d != 0 ? signedDelta(*d) : "");
    }
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  heading(fonts.heading, t("compare.indicators"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##indicators");
  if (table(t("summary.colIndicator"))) {
    std::size_t fi = 0, ii = 0;
    const Factor* last = nullptr;
    for (const IndicatorChange& ic : cmp.indicators) {
      if (ic.factor != last) {
        last = ic.factor;
        ++fi;
        ii = 0;
      }
      ++ii;
      row(std::to_string(fi) + "." + std::to_string(ii) + " " + ic.indicator->question.in(lang), level(ic.before, ic.naBefore),
          level(ic.after, ic.naAfter), ic.direction, "compare.indicator." + ic.indicator->id);
    }
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  heading(fonts.heading, t("compare.closedTitle"));
  track("compare.closed");
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (cmp.closed.empty()) textMuted(t("compare.closedNone"));
  int rank = 0;
  for (const Recommendation& rec : cmp.closed) drawRecommendation(rec, ++rank, false);
}

}  // namespace lestari::ui
