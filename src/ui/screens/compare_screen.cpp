#include "ui/screens/compare_screen.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/chart.h"
#include "ui/commands.h"
#include "ui/dialogs.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/recommendation_card.h"
#include "ui/router.h"
#include "core/model/stage_text.h"
#include "core/report/summary_html.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
std::string signedDelta(double d, Lang lang) { return formatNumber(d, lang, 1, true); }
}  // namespace

void CompareScreen::onEnter(std::size_t, const std::string& anchor) {
  clock_.start(ctx_.view.reducedMotion);
  if (anchor == kPick) {
    comparison_.reset();
    ctx_.host.pickFile();
  }
}

// The chosen file beside the current assessment: the earlier of the two (by
// the time each last changed) is "before".
bool CompareScreen::takeFile(const std::string& name, std::string_view bytes) {
  auto r = compareReports(ctx_.session.exportText(), bytes, ctx_.checklist);
  if (!r.ok()) {
    ctx_.dialogs.showErrors(r.errors, echoFileName(name), true);
    return true;
  }
  comparison_ = std::move(*r.value);
  ctx_.router.goTo("compare");  // from the top, the charts growing
  return true;
}

bool CompareScreen::takeRefusedFile(const std::string& name, const Error& error) {
  ctx_.dialogs.showErrors({error}, echoFileName(name), true);
  return true;
}

void CompareScreen::draw(std::size_t) {
  const Fonts& fonts = ctx_.theme.fonts();
  const Palette& p = ctx_.theme.palette();
  const Lang lang = ctx_.lang();
  float bw = ctx_.narrow() ? ImGui::GetContentRegionAvail().x : 0;
  // Esc returns to the results, as Back does (no dialog open or asked for: Esc is the dialog's then).
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ctx_.dialogs.blocking()) {
    ctx_.router.goTo("results");
    return;
  }
  if (!comparison_) {  // waiting for the earlier report
    heading(fonts.title, ctx_.t("compare.title"));
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    text(ctx_.t("compare.choose"));
    ImGui::Dummy(ImVec2(1, em(0.8f)));
    if (button(ctx_.t("compare.pick"), "compare.pick", ButtonKind::Primary, bw)) {
      ctx_.host.pickFile();
    }
    if (!ctx_.narrow()) textMuted(ctx_.t("start.importHint"));  // phones cannot drop files
    ImGui::Dummy(ImVec2(1, em(0.8f)));
    if (button(ctx_.t("compare.back"), "compare.back", ButtonKind::Secondary, bw)) ctx_.router.goTo("results");
    return;
  }
  const Comparison& cmp = *comparison_;
  float anim = clock_.progress();

  // The way back at the top too: the comparison is eight screens long on a phone.
  if (button(ctx_.t("compare.back"), "compare.backTop", ButtonKind::Quiet)) ctx_.router.goTo("results");
  heading(fonts.title, ctx_.t("compare.title"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  for (const Side* side : {&cmp.before, &cmp.after}) {
    std::string name = side->name.empty() ? ctx_.t("common.untitled") : side->name;
    textMuted(ctx_.f("compare.side", {ctx_.t(side == &cmp.before ? "compare.before" : "compare.after"), name,
                                 displayDate(side->generatedAt, ctx_.translations, lang)}));
  }
  if (cmp.namesDiffer) {
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    beginCard("##names", p.warnBg);
    text(ctx_.f("compare.namesDiffer", {cmp.before.name, cmp.after.name}), p.warn);
    endCard();
    track("compare.namesDiffer");
  }
  ImGui::Dummy(ImVec2(1, em(0.8f)));

  // Overall and band, before and after.
  beginCard("##overall");
  textMuted(ctx_.t("compare.overall"));
  const Results &b = cmp.before.results, &a = cmp.after.results;
  ImGui::PushFont(fonts.title);  // before, the mark, after: one line in the large font
  ImGui::TextUnformatted(formatNumber(b.overall, ctx_.lang()).c_str());
  ImGui::SameLine(0, em(0.5f));
  changeMark(ctx_, cmp.overall);
  ImGui::SameLine(0, em(0.5f));
  ImGui::TextUnformatted(formatNumber(a.overall, ctx_.lang()).c_str());
  ImGui::PopFont();
  describe("compare.overall", Role::Text, ctx_.f("a11y.compareOverall", {formatNumber(b.overall, ctx_.lang()), formatNumber(a.overall, ctx_.lang()), changeWord(ctx_, cmp.overall)}));
  if (b.overall && a.overall) textMuted(ctx_.f("compare.delta", {signedDelta(*a.overall - *b.overall, ctx_.lang())}));
  std::string bands = (b.band ? b.band->label.in(lang) : "\xE2\x80\x93") + "  \xE2\x80\xBA  " + (a.band ? a.band->label.in(lang) : "\xE2\x80\x93");
  text(ctx_.f("compare.bands", {bands}));
  stageLines(cmp);
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  if (a.overall || b.overall) {
    heading(fonts.heading, ctx_.t("results.chartTitle"));
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    chartCard(ctx_, anim, a, &b);
    ImGui::Dummy(ImVec2(1, em(1.0f)));
  }
  drawTables(cmp);

  ImGui::Dummy(ImVec2(1, em(1.0f)));
  if (button(ctx_.t("compare.back"), "compare.back", ButtonKind::Primary, bw)) ctx_.router.goTo("results");
  if (!ctx_.narrow()) ImGui::SameLine(0, em(0.6f));
  else ImGui::Dummy(ImVec2(1, em(0.4f)));
  if (button(ctx_.t("compare.another"), "compare.another", ButtonKind::Secondary, bw)) {
    ctx_.host.pickFile();
  }
  if (!ctx_.narrow()) textMuted(ctx_.t("start.importHint"));
}

// Each report read against its own stage; moving on to a later one is named,
// as it raises what is expected.
void CompareScreen::stageLines(const Comparison& cmp) {
  const Results &b = cmp.before.results, &a = cmp.after.results;
  if (!b.stage && !a.stage) return;
  const Lang lang = ctx_.lang();
  const auto& stages = ctx_.checklist.stages();
  auto label = [&](const Results& r) { return r.stage ? stages[r.stage->stage].label.in(lang) : std::string("\xE2\x80\x93"); };
  auto met = [&](const Results& r) {
    return r.stage ? ctx_.f("compare.metOf", {std::to_string(r.stage->factorsMet), std::to_string(r.stage->factorsTotal)})
                   : std::string("\xE2\x80\x93");
  };
  const std::string arrow = "  \xE2\x80\xBA  ";
  text(ctx_.f("compare.stages", {label(b) + arrow + label(a)}));
  text(ctx_.f("compare.stageMet", {met(b) + arrow + met(a)}));
  if (cmp.stage && *cmp.stage != 0) {
    strongText(ctx_.f(*cmp.stage > 0 ? "compare.stageMoved" : "compare.stageBack", {stageName(ctx_.checklist, a.stage->stage, lang)}));
    track("compare.stageMoved");
  }
}

// Per factor and per indicator: before, after and the direction of change;
// then the earlier recommendations now reached.
void CompareScreen::drawTables(const Comparison& cmp) {
  const Fonts& fonts = ctx_.theme.fonts();
  const Lang lang = ctx_.lang();
  auto level = [&](const std::optional<int>& lv, bool na) {
    return lv ? std::to_string(*lv) : na ? ctx_.t("compare.na") : std::string("\xE2\x80\x93");
  };
  // Rows of four columns, laid out by hand: the label wraps in the first.
  const float col = em(ctx_.narrow() ? 3.4f : 5.5f);
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
      ImGui::TextUnformatted(ctx_.t("compare.change").c_str());
      ImGui::PopFont();
    } else {
      changeMark(ctx_, d);
      describe(id, Role::Text, ctx_.f("a11y.compareRow", {label, before, after, changeWord(ctx_, d)}) + (delta.empty() ? "" : " (" + delta + ")"));
      if (!delta.empty()) {
        ImGui::SameLine(0, em(0.3f));
        ImGui::TextUnformatted(delta.c_str());
      }
    }
    ImGui::SetCursorPos(ImVec2(x, std::max(below, ImGui::GetCursorPosY()) + em(0.25f)));
  };
  auto table = [&](const std::string& first) {
    row(first, ctx_.t("compare.before"), ctx_.t("compare.after"), std::nullopt, "", true);
    return true;
  };
  heading(fonts.heading, ctx_.t("compare.factors"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##factors");
  if (table(ctx_.t("compare.factor"))) {
    for (std::size_t i = 0; i < cmp.factors.size(); ++i) {
      const FactorChange& fc = cmp.factors[i];
      auto d = fc.delta();
      row(std::to_string(i + 1) + ". " + fc.factor->shortTitle.in(lang), formatNumber(fc.before, ctx_.lang()), formatNumber(fc.after, ctx_.lang()), fc.direction,
          "compare.factor." + fc.factor->id, false, d && *d != 0 ? signedDelta(*d, lang) : "");
    }
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  heading(fonts.heading, ctx_.t("compare.indicators"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  beginCard("##indicators");
  if (table(ctx_.t("summary.colIndicator"))) {
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

  heading(fonts.heading, ctx_.t("compare.closedTitle"));
  track("compare.closed");
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (cmp.closed.empty()) textMuted(ctx_.t("compare.closedNone"));
  int rank = 0;
  for (const Recommendation& rec : cmp.closed) recommendationCard(ctx_, rec, ++rank, false);
}

}  // namespace lestari::ui
