// Results: overall score and band, radar and bars, weakest factor,
// ordered recommendations, completeness warning, download and import.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "app.h"
#include "widgets.h"

namespace lestari::ui {

namespace {
std::string oneDecimal(double v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}
std::size_t bandIndex(const Checklist& c, const Band* b) {
  return b ? static_cast<std::size_t>(b - c.bands.data()) : 0;
}
}  // namespace

void App::drawResults() {
  const Fonts& fonts = theme_.fonts();
  const Palette& p = theme_.palette();
  const Lang lang = session_->lang();
  // A copy: a button below (add to the plan) recomputes the session's results mid-frame.
  const Results r = session_->results();
  float anim = chartProgress();

  std::string name = session_->assessment().profileText("name");
  textMuted(name.empty() ? t("common.untitled") : name);
  heading(fonts.title, t("results.title"));
  ImGui::Dummy(ImVec2(1, em(0.6f)));

  if (!r.complete) {
    beginCard("##incomplete", p.warnBg);
    text(f("results.incomplete", {std::to_string(r.applicable - r.answered), std::to_string(r.applicable)}), p.warn);
    if (button(t("results.completeNow"), "results.completeNow", ButtonKind::Secondary)) jumpToFirstUnanswered();
    endCard();
    ImGui::Dummy(ImVec2(1, em(0.8f)));
  }

  // Overall score and band.
  beginCard("##overall");
  if (r.overall) {
    std::size_t bi = bandIndex(checklist_, r.band);
    ImGui::PushFont(fonts.title);
    std::string score = oneDecimal(*r.overall * anim);
    ImGui::TextUnformatted(score.c_str());
    track("results.score");
    ImGui::PopFont();
    ImGui::SameLine(0, em(0.4f));
    ImGui::PushFont(fonts.heading);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + em(0.9f));
    ImGui::TextColored(toVec4(p.muted), "/ 100");
    ImGui::PopFont();
    // Band chip: colour and words, never colour alone.
    std::string label = r.band->label.in(lang);
    ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float padX = em(0.6f), padY = em(0.25f);
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + ts.x + 2 * padX, pos.y + ts.y + 2 * padY),
                                              p.band[std::min<std::size_t>(bi, 3)], em(1));
    ImGui::GetWindowDrawList()->AddText(fonts.bold, ImGui::GetFontSize(), ImVec2(pos.x + padX, pos.y + padY),
                                        IM_COL32(0, 0, 0, 255), label.c_str());
    ImGui::Dummy(ImVec2(ts.x + 2 * padX, ts.y + 2 * padY));
    track("results.band");
    describeText(f("a11y.overall", {oneDecimal(*r.overall), label}));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    text(r.band->description.in(lang));
    if (r.capped) {
      ImGui::Dummy(ImVec2(1, em(0.3f)));
      std::string th = oneDecimal(checklist_.weakestLinkThreshold);
      text(f("results.capped", {th.substr(0, th.find('.')), r.uncappedBand->label.in(lang), r.band->label.in(lang)}), p.warn);
    }
  } else {
    text(t("results.noScore"));
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  if (r.overall) {
    // Chart: radar beside the bars on wide screens, stacked on phones.
    heading(fonts.heading, t("results.chartTitle"));
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    drawChartCard(anim, r, nullptr);
    ImGui::Dummy(ImVec2(1, em(1.0f)));

    if (r.weakest) {
      const FactorResult& wf = r.factors[static_cast<std::size_t>(r.weakest - checklist_.factors.data())];
      beginCard("##weakest");
      textMuted(t("results.weakestTitle"));
      ImGui::PushFont(fonts.heading);
      text(r.weakest->title.in(lang) + " \xE2\x80\x94 " + oneDecimal(*wf.score));
      ImGui::PopFont();
      track("results.weakest");
      text(t("results.weakestHint"));
      endCard();
      ImGui::Dummy(ImVec2(1, em(1.0f)));
    }
  }

  heading(fonts.heading, t("results.recommendationsTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (r.recommendations.empty()) textMuted(t(r.overall ? "results.noRecommendations" : "results.noScore"));
  int rank = 0;
  for (const auto& rec : r.recommendations) drawRecommendation(rec, ++rank, true);

  ImGui::Dummy(ImVec2(1, em(1.0f)));
  heading(fonts.heading, t("results.saveTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  textMuted(f("results.saveHint", {session_->fileName()}));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  float bw = narrow() ? ImGui::GetContentRegionAvail().x : 0;
  if (button(t("results.download"), "results.download", ButtonKind::Primary, bw)) session_->download();
  if (!narrow()) ImGui::SameLine(0, em(0.6f));
  else ImGui::Dummy(ImVec2(1, em(0.4f)));
  if (button(t("results.import"), "results.import", ButtonKind::Secondary, bw)) host_.pickFile();
  if (!narrow()) ImGui::SameLine(0, em(0.6f));
  else ImGui::Dummy(ImVec2(1, em(0.4f)));
  if (button(t("results.home"), "results.home", ButtonKind::Quiet, bw)) go(kStart);

  ImGui::Dummy(ImVec2(1, em(1.2f)));
  heading(fonts.heading, t("results.moreTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  textMuted(t("plan.summaryHint"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(t("plan.summaryDownload"), "results.summary", ButtonKind::Secondary, bw)) session_->downloadSummary();
  ImGui::Dummy(ImVec2(1, em(0.6f)));
  textMuted(t("results.compareHint"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(t("results.compare"), "results.compare", ButtonKind::Secondary, bw)) {
    comparison_.reset();
    go(kCompare);  // waits for the earlier report: from the picker, or dropped
    pickForCompare_ = true;
    host_.pickFile();
  }
}

// One recommendation card; on the results screen with its place in the plan.
void App::drawRecommendation(const Recommendation& rec, int rank, bool planButton) {
  const Lang lang = session_->lang();
  ImGui::PushID(rank);
  beginCard("##rec");
  textMuted(f("results.recMeta", {std::to_string(rank), rec.factor->shortTitle.in(lang), std::to_string(rec.level),
                                  std::to_string(rec.level + 1)}));
  ImGui::PushFont(theme_.fonts().bold);
  text(rec.indicator->question.in(lang));
  ImGui::PopFont();
  text(rec.indicator->recommendation.in(lang));
  textMuted(f("results.nextLevel", {rec.indicator->levels[rec.level + 1].in(lang)}));
  if (planButton) {
    ImGui::Dummy(ImVec2(1, em(0.2f)));
    std::string id = "rec." + std::to_string(rank) + ".plan";
    if (session_->assessment().actions.count(rec.indicator->id)) {
      if (button(t("plan.inPlan"), id, ButtonKind::Quiet)) {
        go(planStep());
        scrollToAction_ = rec.indicator->id;
      }
    } else if (button(t("plan.add"), id, ButtonKind::Secondary)) {
      addToPlan(rec.indicator->id);
    }
  }
  endCard();
  track("results.rec." + std::to_string(rank));
  ImGui::PopID();
  ImGui::Dummy(ImVec2(1, em(0.5f)));
}

}  // namespace lestari::ui
