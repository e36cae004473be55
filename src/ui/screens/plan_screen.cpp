#include "ui/screens/plan_screen.h"

#include <algorithm>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "ui/commands.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/recommendation_card.h"
#include "ui/router.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

StepInfo PlanScreen::step(std::size_t, const Results&) const {
  const auto& actions = ctx_.session.assessment().actions;
  std::size_t finished = std::count_if(actions.begin(), actions.end(),
                                       [](const auto& kv) { return kv.second.status == ActionStatus::Done; });
  if (actions.empty()) return {ctx_.t("step.plan"), "", false, ""};
  return {ctx_.t("step.plan"), std::to_string(finished) + "/" + std::to_string(actions.size()), finished == actions.size(), ""};
}

void PlanScreen::draw(std::size_t) {
  const Fonts& fonts = ctx_.theme.fonts();
  const Assessment& a = ctx_.session.assessment();
  pageTitle(ctx_.t("plan.title"), ctx_.t("plan.intro"));
  summaryButtons(ctx_, "plan");  // the summary carries the plan: print it from here too
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  std::vector<const Action*> actions = orderedActions(a, ctx_.checklist, order_);
  if (actions.empty()) {
    textMuted(ctx_.t("plan.empty"));
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ctx_.t("plan.orderBy").c_str());
    beginGroup(Role::RadioGroup, "plan.order", ctx_.t("plan.orderBy"));
    const std::pair<ActionOrder, const char*> orders[] = {
        {ActionOrder::Rank, "rank"}, {ActionOrder::Due, "due"}, {ActionOrder::Status, "status"}};
    for (const auto& [order, id] : orders) {
      std::string key = std::string("plan.order.") + id;
      sameLineIfFits(buttonWidth(ctx_.t(key.c_str())), em(0.5f));
      if (button(ctx_.t(key.c_str()), key, order_ == order ? ButtonKind::Primary : ButtonKind::Secondary)) order_ = order;
      asRadio(order_ == order);
    }
    endGroup();
    ImGui::Dummy(ImVec2(1, em(0.6f)));
    // Copies: editing or removing an action changes the plan under the loop.
    std::vector<Action> shown;
    for (const Action* act : actions) shown.push_back(*act);
    for (const Action& act : shown) {
      drawActionCard(act);
      ImGui::Dummy(ImVec2(1, em(0.7f)));
    }
  }

  // Recommendations still to take up.
  ImGui::Dummy(ImVec2(1, em(0.8f)));
  heading(fonts.heading, ctx_.t("plan.addTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  int rank = 0, open = 0;
  const std::vector<Recommendation> recs = ctx_.session.results().recommendations;  // adding one rescores
  for (const auto& rec : recs) {
    ++rank;
    if (a.actions.count(rec.indicator->id)) continue;
    ++open;
    recommendationCard(ctx_, rec, rank, true);
  }
  if (open == 0) textMuted(ctx_.t(recs.empty() ? "results.noScore" : "plan.allAdded"));

}

void PlanScreen::drawActionCard(const Action& action) {
  const Palette& p = ctx_.theme.palette();
  const Lang lang = ctx_.lang();
  const Factor* factor = nullptr;
  const Indicator* ind = ctx_.checklist.indicator(action.indicator, &factor);
  if (!ind) return;
  const std::string& id = action.indicator;
  if (scrollTo_ == id) {
    ImGui::SetScrollHereY(0.05f);
    scrollTo_.clear();
  }
  Action edit = action;
  auto save = [&](const std::string& key) { ctx_.fieldErrors.set(key, ctx_.session.setAction(edit)); };
  ImGui::PushID(id.c_str());
  beginCard("##action");
  const std::string number = ctx_.checklist.number(*factor, *ind);
  std::string meta = ctx_.f("plan.meta", {number, factor->shortTitle.in(lang)});
  // Every card repeats its fields: each field's name says which indicator it is for.
  auto named = [&](const char* label) { return ctx_.t(label) + " \xC2\xB7 " + ctx_.f("a11y.indicatorNumber", {number}); };
  textMuted(meta);
  if (isOverdue(action, ctx_.host.today())) {
    ImGui::SameLine(0, em(0.6f));
    ImGui::TextColored(toVec4(p.warn), "%s", ctx_.t("plan.overdue").c_str());
    describe("action." + id + ".overdue", Role::Text, ctx_.t("plan.overdue"));
  }
  heading(ctx_.theme.fonts().bold, ind->question.in(lang));  // each card a heading of its own
  track("action." + id);
  ImGui::Dummy(ImVec2(1, em(0.3f)));

  strongText(ctx_.t("plan.action"));
  std::string key = "action." + id + ".text";
  if (inputText(("##" + key).c_str(), named("plan.action"), edit.text, true, em(3.2f), ctx_.checklist.actionMaxLength)) save(key);
  ctx_.fieldErrors.show(ctx_, key);
  ImGui::Dummy(ImVec2(1, em(0.4f)));

  // Person in charge and target date side by side when there is room.
  const bool wide = !ctx_.narrow();
  const float half = (ImGui::GetContentRegionAvail().x - em(1.0f)) * 0.5f;
  const ImVec2 row = ImGui::GetCursorPos();
  ImGui::BeginGroup();
  strongText(ctx_.t("plan.pic"));
  key = "action." + id + ".pic";
  if (inputText(("##" + key).c_str(), named("plan.pic"), edit.pic, false, 0, ctx_.checklist.picMaxLength, wide ? half : -1)) save(key);
  if (wide) ImGui::PushTextWrapPos(row.x + half);
  ctx_.fieldErrors.show(ctx_, key);
  if (wide) ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  float below = ImGui::GetCursorPosY();
  if (wide) ImGui::SetCursorPos(ImVec2(row.x + half + em(1.0f), row.y));
  else ImGui::Dummy(ImVec2(1, em(0.4f)));
  ImGui::BeginGroup();
  strongText(ctx_.t("plan.due"));
  dueDate_.draw(ctx_, "action." + id + ".due", named("plan.due"), edit.due, [&](const std::string& iso) {
    edit.due = iso;  // "" when emptied
    return ctx_.session.setAction(edit);
  });
  ImGui::EndGroup();
  if (wide) ImGui::SetCursorPosY(std::max(below, ImGui::GetCursorPosY()));
  ImGui::Dummy(ImVec2(1, em(0.4f)));

  strongText(ctx_.t("plan.status"));
  beginGroup(Role::RadioGroup, "action." + id + ".status", named("plan.status"));
  for (ActionStatus st : kAllStatuses) {
    std::string sk = std::string("plan.status.") + statusId(st);
    if (st != ActionStatus::NotStarted) sameLineIfFits(buttonWidth(ctx_.t(sk.c_str())), em(0.4f));
    if (button(ctx_.t(sk.c_str()), "action." + id + ".status." + statusId(st),
               edit.status == st ? ButtonKind::Primary : ButtonKind::Secondary) && edit.status != st) {
      edit.status = st;
      save("action." + id + ".status");
    }
    asRadio(edit.status == st);
  }
  endGroup();
  ImGui::Dummy(ImVec2(1, em(0.4f)));

  strongText(ctx_.t("plan.note"));
  key = "action." + id + ".note";
  if (inputText(("##" + key).c_str(), named("plan.note"), edit.note, true, em(2.6f), ctx_.checklist.actionNoteMaxLength)) save(key);
  ctx_.fieldErrors.show(ctx_, key);
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(ctx_.t("plan.remove"), "action." + id + ".remove", ButtonKind::Quiet, 0, named("plan.remove"))) ctx_.session.removeAction(id);
  endCard();
  ImGui::PopID();
}

}  // namespace lestari::ui
