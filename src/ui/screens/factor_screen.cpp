#include "ui/screens/factor_screen.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "ui/commands.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/router.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
// A full-width choice row: radio disc, bold title, wrapped description.
bool optionRow(const std::string& id, const std::string& title, const std::string& desc, bool selected,
               const Fonts& fonts, const Palette& p, bool radio = true) {
  float w = ImGui::GetContentRegionAvail().x;
  float pad = em(0.4f), disc = em(0.5f);
  float textX = pad * 2 + disc * 2;
  float wrap = w - textX - pad;
  ImGui::PushFont(fonts.bold);
  float titleH = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap).y;
  ImGui::PopFont();
  float descH = desc.empty() ? 0 : ImGui::CalcTextSize(desc.c_str(), nullptr, false, wrap).y;
  float h = pad * 2 + titleH + (desc.empty() ? 0 : descH + em(0.1f));
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushStyleColor(ImGuiCol_Header, ImVec4(0, 0, 0, 0));
  bool clicked = ImGui::Selectable(("##" + id).c_str(), selected, ImGuiSelectableFlags_None, ImVec2(w, h));
  ImGui::PopStyleColor();
  describe(id, radio ? Role::Radio : Role::Checkbox, title, desc, "", selected ? kChecked : 0);
  if (!desc.empty()) track(id + ".described");  // its description is shown (presentation reveals them)
  bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 end(pos.x + w, pos.y + h);
  ImVec4 a = toVec4(p.accent);
  ImU32 fill = selected ? ImGui::GetColorU32(ImVec4(a.x, a.y, a.z, 0.10f)) : hovered ? IM_COL32(0, 0, 0, 8) : p.surface;
  dl->AddRectFilled(pos, end, fill, em(0.4f));
  dl->AddRect(pos, end, selected ? p.accent : p.border, em(0.4f), 0, selected ? em(0.12f) : 1.0f);
  ImVec2 c(pos.x + pad + disc, pos.y + pad + ImGui::GetFontSize() * 0.55f);
  dl->AddCircle(c, disc, selected ? p.accent : p.muted, 0, em(0.1f));
  if (selected) dl->AddCircleFilled(c, disc * 0.55f, p.accent);
  ImGui::PushFont(fonts.bold);
  dl->AddText(fonts.bold, ImGui::GetFontSize(), ImVec2(pos.x + textX, pos.y + pad), p.text, title.c_str(), nullptr, wrap);
  ImGui::PopFont();
  if (!desc.empty())
    dl->AddText(fonts.body, ImGui::GetFontSize(), ImVec2(pos.x + textX, pos.y + pad + titleH + em(0.1f)), p.muted,
                desc.c_str(), nullptr, wrap);
  return clicked;
}
}  // namespace

std::string FactorScreen::name(std::size_t i) const { return "factor:" + ctx_.checklist.factors[i].id; }

std::size_t FactorScreen::instances() const { return ctx_.checklist.factors.size(); }

StepInfo FactorScreen::step(std::size_t i, const Results& r) const {
  const FactorResult& fr = r.factors[i];
  return {ctx_.factorLabel(i), std::to_string(fr.answered) + "/" + std::to_string(fr.applicable), fr.answered == fr.applicable,
          std::to_string(i + 1)};  // "Faktor 2 dari 5" on the page, 2 on its chip
}

void FactorScreen::onEnter(std::size_t, const std::string& anchor) {
  revealed_ = 0;
  scrollTo_ = anchor;
  glideTo_.clear();
  glideY_ = -1;
}

void FactorScreen::presenterKeys() {
  if (ImGui::IsKeyPressed(ImGuiKey_Space, false) || ImGui::IsKeyPressed(ImGuiKey_DownArrow, false))
    revealed_ = std::min(revealed_ + 1, kMaxLevel + 1);
  else if (ImGui::IsKeyPressed(ImGuiKey_UpArrow, false))
    revealed_ = std::max(revealed_ - 1, 0);
}

void FactorScreen::draw(std::size_t index) {
  if (presenting_ != ctx_.view.presenting) revealed_ = 0;
  presenting_ = ctx_.view.presenting;
  const Factor& fac = ctx_.checklist.factors[index];
  const Fonts& fonts = ctx_.theme.fonts();
  const Palette& p = ctx_.theme.palette();
  const Lang lang = ctx_.lang();
  const FactorResult fr = ctx_.session.results().factors[index];  // a copy: answering rescores

  if (ctx_.view.presenting) {
    beginCard("##presentHint");
    textMuted(ctx_.t("present.hint"));
    endCard();
    track("present.hint");
    ImGui::Dummy(ImVec2(1, em(0.6f)));
  }
  const std::string kicker = ctx_.f("factor.kicker", {std::to_string(index + 1), std::to_string(ctx_.checklist.factors.size())});
  heading(fonts.title, fac.title.in(lang));
  textMuted(fac.description.in(lang));
  // Compact, so that on a laptop the first question and its levels are in view on arrival.
  // The factor's progress: a short bar with its words beside it.
  const float barW = std::min(em(8), ImGui::GetContentRegionAvail().x * 0.3f);
  ImGui::AlignTextToFramePadding();
  ImVec2 barAt = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(barAt.x, barAt.y + (ImGui::GetFrameHeight() - em(0.35f)) * 0.5f));
  progressBar(fr.applicable ? static_cast<float>(fr.answered) / fr.applicable : 0, barW, em(0.35f), p.accent);
  ImGui::SameLine(0, em(0.8f));
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, barAt.y));
  ImGui::AlignTextToFramePadding();
  std::size_t open = fr.applicable - fr.answered;
  if (open > 0) {
    std::string status = kicker + " \xC2\xB7 " + ctx_.f("factor.unanswered", {std::to_string(open), std::to_string(fr.applicable)});
    textMuted(status);
    sameLineIfFits(buttonWidth(ctx_.t("factor.jump")), em(0.6f));
    if (button(ctx_.t("factor.jump"), "factor.jump", ButtonKind::Quiet))
      if (const Indicator* first = firstUnanswered(ctx_.session.assessment(), ctx_.checklist, &fac)) scrollTo_ = first->id;
  } else {
    text(kicker + " \xC2\xB7 " + ctx_.t("factor.allAnswered"), p.ok);
  }
  ImGui::Dummy(ImVec2(1, em(0.1f)));
  for (std::size_t i = 0; i < fac.indicators.size(); ++i) {
    drawIndicator(index, fac.indicators[i], i);
    ImGui::Dummy(ImVec2(1, em(0.6f)));
  }
  // The glide to the next open indicator: 0.2 s eased (however few frames a
  // slow machine draws in it), or at once under reduced motion; the user's own
  // scrolling ends it.
  if (glideY_ >= 0) {
    if (ImGui::GetIO().MouseWheel != 0 || ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
      glideY_ = -1;
      glideTo_.clear();
    } else {
      if (glideTime_ == 0) glideFrom_ = ImGui::GetScrollY();
      glideTime_ += ImGui::GetIO().DeltaTime;
      const float f = ctx_.view.reducedMotion ? 1.0f : std::min(1.0f, glideTime_ / 0.2f), eased = 1 - (1 - f) * (1 - f) * (1 - f);
      const float target = std::min(glideY_, ImGui::GetScrollMaxY());
      ImGui::SetScrollY(glideFrom_ + (target - glideFrom_) * eased);
      if (f >= 1) glideY_ = -1, glideTo_.clear();
    }
  }
  if (open == 0 && ctx_.session.results().answered < ctx_.session.results().applicable) {
    if (button(ctx_.t("factor.nextUnanswered"), "factor.nextUnanswered", ButtonKind::Secondary)) goToFirstUnanswered(ctx_);
  }
}

// The next indicator of this factor still open after `from`, if any.
void FactorScreen::glideToNextOpen(const Indicator& from) {
  const Factor* fac = nullptr;
  if (!ctx_.checklist.indicator(from.id, &fac)) return;
  bool after = false;
  for (const Indicator& ind : fac->indicators) {
    if (after) {
      auto it = ctx_.session.assessment().answers.find(ind.id);
      if (it == ctx_.session.assessment().answers.end() || (!it->second.level && !it->second.notApplicable)) {
        glideTo_ = ind.id;
        glideY_ = -1;  // a new glide, from where the page is now
        return;
      }
    }
    after = after || ind.id == from.id;
  }
}

void FactorScreen::drawIndicator(std::size_t fi, const Indicator& ind, std::size_t ii) {
  const Fonts& fonts = ctx_.theme.fonts();
  const Palette& p = ctx_.theme.palette();
  const Lang lang = ctx_.lang();
  auto it = ctx_.session.assessment().answers.find(ind.id);
  const Answer answer = it == ctx_.session.assessment().answers.end() ? Answer{} : it->second;
  bool unanswered = !answer.level && !answer.notApplicable;

  if (scrollTo_ == ind.id) {
    ImGui::SetScrollHereY(0.05f);
    scrollTo_.clear();
  }
  if (glideTo_ == ind.id) {  // where it is in this frame's layout (the one above may have grown)
    if (glideY_ < 0) glideTime_ = 0;
    glideY_ = std::max(0.0f, ImGui::GetCursorPosY() - ImGui::GetWindowHeight() * 0.05f);
  }
  ImGui::PushID(ind.id.c_str());
  beginCard(("##card" + ind.id).c_str());
  std::string number = std::to_string(fi + 1) + "." + std::to_string(ii + 1);
  const std::string status = unanswered ? ctx_.f("indicator.numberOpen", {number}) : ctx_.f("indicator.number", {number});
  textMuted(status);
  ImGui::PushFont(fonts.heading);
  text(ind.question.in(lang));
  ImGui::PopFont();
  track("indicator." + ind.id);
  ImGui::Dummy(ImVec2(1, em(0.3f)));

  ImGui::PushStyleColor(ImGuiCol_Header, ImVec4(0, 0, 0, 0));
  bool guide = ImGui::TreeNodeEx(("##guide" + ind.id).c_str(), ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_FramePadding, "%s", ctx_.t("indicator.guidance").c_str());
  ImGui::PopStyleColor();
  describe("indicator." + ind.id + ".guidance", Role::Button, ctx_.f("a11y.guidanceFor", {number}), "", "",
           kCollapsible | (guide ? kExpanded : 0));
  if (guide) {
    text(ind.guidance.in(lang));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    strongText(ctx_.t("indicator.sufficient"), p.ok);
    text(ind.evidenceSufficient.in(lang));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    strongText(ctx_.t("indicator.insufficient"), p.warn);
    text(ind.evidenceInsufficient.in(lang));
    ImGui::TreePop();
  }
  // The levels close together: on a laptop all five are in view with the question.
  // The group is named by what is seen above it: the status ("belum dijawab") and the question.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, em(0.25f)));
  beginGroup(Role::RadioGroup, "levels." + ind.id, ctx_.f("a11y.levelsFor", {status, ind.question.in(lang)}));
  for (int lv = 0; lv <= kMaxLevel; ++lv) {
    std::string title = std::to_string(lv) + " \xC2\xB7 " + ctx_.checklist.levelNames[lv].in(lang);
    bool selected = answer.level && *answer.level == lv;
    // Presenting: each level's descriptor appears when the presenter reveals it.
    bool shown = !ctx_.view.presenting || lv < revealed_ || selected;
    const std::string& desc = shown ? ind.levels[lv].in(lang) : std::string();
    // Choosing the chosen level again keeps it (radio buttons never uncheck
    // themselves); clearing an answer is a control of its own, below.
    if (optionRow("level." + ind.id + "." + std::to_string(lv), title, desc, selected, fonts, p) && !selected) {
      ctx_.session.setLevel(ind.id, lv);
      if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) glideToNextOpen(ind);  // pointer only
    }
  }
  endGroup();
  if (optionRow("na." + ind.id, ctx_.t("indicator.notApplicable"), ctx_.t("indicator.notApplicableHint"), answer.notApplicable, fonts, p, false))
    ctx_.session.setNotApplicable(ind.id, !answer.notApplicable);
  ImGui::PopStyleVar();
  if (answer.level && button(ctx_.t("indicator.clear"), "clear." + ind.id, ButtonKind::Quiet, 0, ctx_.f("a11y.clearFor", {number})))
    ctx_.session.setLevel(ind.id, std::nullopt);

  ImGui::Dummy(ImVec2(1, em(0.3f)));
  strongText(ctx_.t("indicator.note"));
  std::string note = answer.note;
  std::string noteId = "##note." + ind.id;
  if (inputText(noteId.c_str(), ctx_.f("a11y.noteFor", {number}), note, true, em(4.2f), ctx_.checklist.maxNoteLength))
    ctx_.fieldErrors.set(fieldKey(noteId), ctx_.session.setNote(ind.id, note));
  ctx_.fieldErrors.show(ctx_, fieldKey(noteId));
  endCard();
  ImGui::PopID();
}

}  // namespace lestari::ui
