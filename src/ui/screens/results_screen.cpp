#include "ui/screens/results_screen.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "ui/chart.h"
#include "ui/commands.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/recommendation_card.h"
#include "ui/router.h"
#include "core/model/stage_text.h"
#include "ui/screens/compare_screen.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
std::size_t bandIndex(const Checklist& c, const Band* b) {
  return b ? static_cast<std::size_t>(b - c.bands.data()) : 0;
}
}  // namespace

StepInfo ResultsScreen::step(std::size_t, const Results& r) const { return {ctx_.t("step.results"), "", r.complete, ""}; }

void ResultsScreen::onEnter(std::size_t, const std::string&) {
  clock_.start(ctx_.view.reducedMotion);
  allRecs_ = false;
  view_ = 0;
  code_.clear();
}

int ResultsScreen::views() const {
  return ctx_.view.presenting && ctx_.session.results().overall ? 2 + static_cast<int>(recViews_.size()) : 0;
}

void ResultsScreen::showView(int v) {
  view_ = std::clamp(v < 0 ? views() + v : v, 0, std::max(0, views() - 1));
  if (v != 0) clock_.start(ctx_.view.reducedMotion);  // the chart grows as its view opens
}

void ResultsScreen::overallCard(const Results& r, float anim) {
  const Fonts& fonts = ctx_.theme.fonts();
  const Palette& p = ctx_.theme.palette();
  const Lang lang = ctx_.lang();
  beginCard("##overall");
  if (r.overall) {
    std::size_t bi = bandIndex(ctx_.checklist, r.band);
    // On a projector the score is the slide: about 100 px at 1920x1080.
    ImGui::PushFont(ctx_.view.presenting ? fonts.display : fonts.title);
    std::string score = formatNumber(*r.overall * anim, ctx_.lang());
    ImGui::TextUnformatted(score.c_str());
    track("results.score");
    const float scoreH = ImGui::GetItemRectSize().y;
    ImGui::PopFont();
    ImGui::SameLine(0, em(0.4f));
    ImGui::PushFont(fonts.heading);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + scoreH - ImGui::GetTextLineHeight() * 1.25f);
    ImGui::TextColored(toVec4(p.muted), "/ 100");
    ImGui::PopFont();
    // Band chip: colour and words, never colour alone.
    if (ctx_.view.presenting) ImGui::PushFont(fonts.heading);
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
    if (ctx_.view.presenting) ImGui::PopFont();
    describeText(ctx_.f("a11y.overall", {formatNumber(*r.overall, ctx_.lang()), label}));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    text(r.band->description.in(lang));
    if (r.stage) {  // the lens in one sentence, where the score is
      ImGui::Dummy(ImVec2(1, em(0.3f)));
      strongText(stageSentence(ctx_.checklist, ctx_.translations, *r.stage, lang));
      track("results.stage.sentence");
    }
    if (r.capped) {
      ImGui::Dummy(ImVec2(1, em(0.3f)));
      std::string th = formatNumber(ctx_.checklist.weakestLinkThreshold, ctx_.lang());
      text(ctx_.f("results.capped", {th.substr(0, th.find('.')), r.uncappedBand->label.in(lang), r.band->label.in(lang)}), p.warn);
    }
  } else {
    text(ctx_.t("results.noScore"));
  }
  endCard();
}

void ResultsScreen::chartSection(const Results& r, float anim) {
  heading(ctx_.theme.fonts().heading, ctx_.t("results.chartTitle"));
  ImGui::Dummy(ImVec2(1, em(0.4f)));
  chartCard(ctx_, anim, r, nullptr);
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// Read against the stage: what it expects of the factors below it, and why;
// without a stage, the three stages to choose from here (the score stays).
void ResultsScreen::stageCard(const Results& r) {
  const Lang lang = ctx_.lang();
  beginCard("##stage");
  heading(ctx_.theme.fonts().bold, ctx_.t("stage.title"));
  if (!r.stage) {
    text(ctx_.t("stage.none"));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    const auto& stages = ctx_.checklist.stages();
    for (std::size_t i = 0; i < stages.size(); ++i)
      if (rowButton(stages[i].label.in(lang), "results.stage." + stages[i].id, ButtonKind::Secondary, i == 0, ctx_.narrow())) {
        ctx_.session.setProfile("stage", Json(stages[i].id));
        // The buttons go with the choice: a screen reader hears what it gave.
        if (const auto& now = ctx_.session.results().stage) ctx_.announce(stageSentence(ctx_.checklist, ctx_.translations, *now, lang));
      }
    endCard();
    ImGui::Dummy(ImVec2(1, em(1.0f)));
    return;
  }
  text(ctx_.f("stage.indicatorsBelow", {std::to_string(r.stage->indicatorsBelow), std::to_string(r.answered)}));
  track("results.stage.below");
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (r.stage->factorsMet == r.stage->factorsTotal) {
    textMuted(ctx_.t("stage.allMet"));
  } else {
    strongText(ctx_.t("stage.reasonsTitle"));
    for (std::size_t i = 0; i < r.factors.size(); ++i) {
      const FactorStage& fs = r.stage->factors[i];
      if (!fs.meets || *fs.meets) continue;
      text(ctx_.factorLabel(i) + ": " + ctx_.checklist.factors[i].stageReasons.at(r.stage->stage).in(lang));
      track("results.stage.reason." + ctx_.checklist.factors[i].id);
    }
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// The weakest factor's line ("Strategi manajemen risiko — 35,0", every
// factor of a tie named: choosing one in silence would not be honest) and
// what it means for the recommendations shown first.
std::pair<std::string, std::string> ResultsScreen::weakestTexts(const Results& r) const {
  const Lang lang = ctx_.lang();
  const FactorResult& wf = r.factors[static_cast<std::size_t>(r.weakest - ctx_.checklist.factors.data())];
  std::string names;
  std::size_t tied = 0;
  for (std::size_t i = 0; i < r.factors.size(); ++i)
    if (r.factors[i].score && std::abs(*r.factors[i].score - *wf.score) < 1e-9)
      names += (names.empty() ? "" : "; ") + ctx_.checklist.factors[i].title.in(lang), ++tied;
  const std::vector<std::size_t> top = topRecommendations(r.recommendations, 1);
  const bool firstFromWeakest = !top.empty() && r.recommendations[top[0]].factor == r.weakest;
  return {names + " \xE2\x80\x94 " + formatNumber(*wf.score, lang),
          !firstFromWeakest ? ctx_.t("results.weakestHintStage")
          : tied > 1        ? ctx_.f("results.weakestTieHint", {std::to_string(tied), r.weakest->title.in(lang)})
                            : ctx_.t("results.weakestHint")};
}

void ResultsScreen::weakestCard(const Results& r) {
  if (!r.weakest) return;
  const auto [line, hint] = weakestTexts(r);
  beginCard("##weakest");
  heading(ctx_.theme.fonts().bold, ctx_.t("results.weakestTitle"));  // a card title: a heading for screen readers
  ImGui::PushFont(ctx_.theme.fonts().heading);
  wrappedText(line, 0, Role::Text, 0);
  ImGui::PopFont();
  track("results.weakest");
  text(hint);  // what it says of the recommendations is true of the ones shown first
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
}

// Presenting: the recommendations shown first, as many a view as fit (the
// first view holds the weakest factor's card above them).
void ResultsScreen::measureRecViews(const Results& r) {
  const float width = ImGui::GetContentRegionAvail().x, spacing = ImGui::GetStyle().ItemSpacing.y;
  const float line = ImGui::GetTextLineHeight() + spacing;
  std::vector<float> heights;
  for (std::size_t k : topRecommendations(r.recommendations, 3)) {
    const Indicator& ind = *r.recommendations[k].indicator;
    ImGui::PushFont(ctx_.theme.fonts().bold);
    float h = wrappedHeight("1. " + ind.question.in(ctx_.lang()), width);
    ImGui::PopFont();
    heights.push_back(h + wrappedHeight(ind.recommendation.in(ctx_.lang()), width) + em(0.5f) + 3 * spacing);
  }
  float weakest = 0;
  if (r.weakest) {
    const auto [names, hint] = weakestTexts(r);
    const float inner = width - em(2.0f);  // the card's padding
    ImGui::PushFont(ctx_.theme.fonts().heading);
    weakest = wrappedHeight(names, inner);
    ImGui::PopFont();
    weakest += line + wrappedHeight(hint, inner) + 3 * spacing + em(1.8f) + em(1.0f) + spacing;
  }
  ImGui::PushFont(ctx_.theme.fonts().heading);
  const float title = wrappedHeight(ctx_.t("results.recommendationsTitle"), width) + spacing;
  ImGui::PopFont();
  const float avail = ImGui::GetContentRegionAvail().y - title - em(0.3f) - spacing;
  recViews_ = viewStarts(heights, avail - weakest, avail);
}

void ResultsScreen::draw(std::size_t) {
  const Fonts& fonts = ctx_.theme.fonts();
  const Palette& p = ctx_.theme.palette();
  // A copy: a button below (add to the plan) recomputes the session's results mid-frame.
  const Results r = ctx_.session.results();
  float anim = clock_.progress();
  std::string name = ctx_.session.assessment().profileText("name");
  if (ctx_.view.presenting && r.overall) measureRecViews(r);
  view_ = std::min(view_, std::max(0, views() - 1));
  if (views() > 0 && view_ > 0) {  // presenting: one idea a view
    if (view_ == 1) return chartSection(r, anim);
    const std::size_t page = static_cast<std::size_t>(view_ - 2);
    if (page == 0) weakestCard(r);
    heading(fonts.heading, ctx_.t("results.recommendationsTitle"));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    const std::vector<std::size_t> top = topRecommendations(r.recommendations, 3);
    if (top.empty()) textMuted(ctx_.t("results.noRecommendations"));
    const std::size_t end = page + 1 < recViews_.size() ? recViews_[page + 1] : top.size();
    for (std::size_t k = recViews_[page]; k < end && k < top.size(); ++k) {  // the question and what to do: the room reads no more
      const Recommendation& rec = r.recommendations[top[k]];
      strongText(std::to_string(k + 1) + ". " + rec.indicator->question.in(ctx_.lang()));
      text(rec.indicator->recommendation.in(ctx_.lang()));
      track("results.rec." + std::to_string(k + 1));
      ImGui::Dummy(ImVec2(1, em(0.5f)));
    }
    return;
  }
  textMuted(name.empty() ? ctx_.t("common.untitled") : name);
  heading(fonts.title, ctx_.t("results.title"));
  ImGui::Dummy(ImVec2(1, em(0.6f)));

  if (!r.complete) {
    beginCard("##incomplete", p.warnBg);
    text(ctx_.f("results.incomplete", {std::to_string(r.applicable - r.answered), std::to_string(r.applicable)}), p.warn);
    if (button(ctx_.t("results.completeNow"), "results.completeNow", ButtonKind::Secondary)) goToFirstUnanswered(ctx_);
    endCard();
    ImGui::Dummy(ImVec2(1, em(0.8f)));
  }

  overallCard(r, anim);
  if (views() > 0) return;

  // What people come here for, in view on arrival: print, keep, compare.
  ImGui::Dummy(ImVec2(1, em(0.8f)));
  const bool stacked = ctx_.narrow();
  if (rowButton(ctx_.t("results.print"), "results.print", ButtonKind::Primary, true, stacked)) printSummary(ctx_);
  if (rowButton(ctx_.t("results.download"), "results.download", ButtonKind::Secondary, false, stacked)) ctx_.session.download();
  if (rowButton(ctx_.t("results.share"), "results.share", ButtonKind::Secondary, false, stacked)) ctx_.session.share();
  if (rowButton(ctx_.t("results.compare"), "results.compare", ButtonKind::Secondary, false, stacked))
    ctx_.router.goTo("compare", CompareScreen::kPick);  // waits for the earlier report: from the picker, or dropped
  if (rowButton(ctx_.t("results.code"), "results.code", ButtonKind::Secondary, false, stacked)) {
    auto code = ctx_.session.shareCode();
    if (code.ok()) {
      code_ = *code.value;
      ctx_.host.copyToClipboard(code_);
      ctx_.notice = ctx_.t("notice.codeCopied");
    } else {
      ctx_.notice = ctx_.translations.message(code.errors[0], ctx_.lang());
    }
  }
  if (!code_.empty()) {  // shown too: a phone without clipboard access copies it by hand
    ImGui::Dummy(ImVec2(1, em(0.6f)));
    beginCard("##code");
    strongText(ctx_.t("results.codeTitle"));
    text(code_);
    track("results.code.text");
    textMuted(ctx_.t("results.codeHint"));
    endCard();
  }
  ImGui::Dummy(ImVec2(1, em(1.2f)));

  if (r.overall) {
    chartSection(r, anim);  // radar beside the bars on wide screens, stacked on phones
    stageCard(r);           // after the chart, which a laptop shows on arrival; the sentence is in the score's card
    weakestCard(r);
  }

  heading(fonts.heading, ctx_.t("results.recommendationsTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (r.recommendations.empty()) textMuted(ctx_.t(r.overall ? "results.noRecommendations" : "results.noScore"));
  // The five with the most impact (two at most from one factor), or all of them.
  const std::vector<std::size_t> top = topRecommendations(r.recommendations);
  std::vector<std::size_t> shown = top;
  if (allRecs_ || shown.size() == r.recommendations.size()) {
    shown.resize(r.recommendations.size());
    for (std::size_t i = 0; i < shown.size(); ++i) shown[i] = i;
  } else {
    textMuted(ctx_.t("results.recsTopHint"));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
  }
  int rank = 0;
  for (std::size_t i : shown) recommendationCard(ctx_, r.recommendations[i], ++rank, true);
  if (r.recommendations.size() > top.size()) {
    std::string label = allRecs_ ? ctx_.t("results.recsFewer") : ctx_.f("results.recsAll", {std::to_string(r.recommendations.size())});
    if (button(label, "results.recs.all", ButtonKind::Secondary, stacked ? ImGui::GetContentRegionAvail().x : 0)) allRecs_ = !allRecs_;
  }

  ImGui::Dummy(ImVec2(1, em(1.2f)));
  heading(fonts.heading, ctx_.t("results.saveTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  textMuted(ctx_.f("results.saveHint", {ctx_.session.fileName()}));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  textMuted(ctx_.t("plan.summaryHint"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (rowButton(ctx_.t("plan.summaryDownload"), "results.summary", ButtonKind::Secondary, true, stacked)) ctx_.session.downloadSummary();
  if (rowButton(ctx_.t("results.import"), "results.import", ButtonKind::Secondary, false, stacked)) ctx_.host.pickFile();
  if (rowButton(ctx_.t("results.home"), "results.home", ButtonKind::Quiet, false, stacked)) ctx_.router.goTo("start");
}

}  // namespace lestari::ui
