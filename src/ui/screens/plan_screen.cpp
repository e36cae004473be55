#include "ui/screens/plan_screen.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "ui/chrome.h"
#include "ui/commands.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/recommendation_card.h"
#include "ui/router.h"
#include "core/report/summary_html.h"
#include "core/text/text.h"
#include "core/text/typed_date.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
std::string dayMonthYear(const std::string& iso) {  // what people here write: 31/12/2026
  return iso.size() == 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}
}  // namespace

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
  drawDateField(edit, "action." + id + ".due", named("plan.due"));
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

// A date typed as people write it (31/12/2026) or picked from a calendar.
// A date that is not real is refused with a message when the field is left.
void PlanScreen::drawDateField(Action& edit, const std::string& key, const std::string& name) {
  const ImVec2 rowTop = ImGui::GetCursorScreenPos();
  FieldExtras date;
  date.hint = ctx_.t("plan.dateHint").c_str();
  date.description = ctx_.t("plan.dateHint");
  date.numeric = true;
  date.reshape = slashesAsTyped;
  typedField(ctx_, key, name, dayMonthYear(edit.due), 24, std::min(ImGui::GetContentRegionAvail().x - em(7), em(9)), date,
             [&](const std::string& typed) {
               const TypedDate d = readTypedDate(typed, ctx_.translations);
               if (d.kind == TypedDate::Kind::NotReal)
                 return std::optional<Error>(Error{key, "date_not_real", {dateInWords(d.day, d.month, d.year, ctx_.translations, ctx_.lang())}});
               if (d.kind == TypedDate::Kind::Unreadable) return std::optional<Error>(Error{key, "bad_date", {echo(typed, 20)}});
               edit.due = d.iso;  // "" when emptied
               return ctx_.session.setAction(edit);
             });
  ImGui::SameLine(0, em(0.5f));
  std::string popup = "##calendar." + key;
  if (button(ctx_.t("plan.pickDate"), key + ".calendar", ButtonKind::Secondary, 0, ctx_.t("a11y.pickDate"))) {
    std::string from = edit.due.empty() ? ctx_.host.today() : edit.due;
    calendarYear_ = std::max(digitsValue(std::string_view(from).substr(0, 4)), 2000);
    calendarMonth_ = std::clamp(digitsValue(std::string_view(from).substr(5, 2)), 1, 12);
    ImGui::OpenPopup(popup.c_str());
  }
  // The calendar opens below the field, or above it when the footer is near:
  // never over the field, the footer or off the screen.
  const ImVec2 rowEnd = ImGui::GetItemRectMax(), screen = ImGui::GetIO().DisplaySize;
  const float calendarW = calendarCell() * 7 + em(2.4f), calendarH = calendarCell() * 8 + em(2.4f), gap = em(0.3f);
  const bool below = rowEnd.y + gap + calendarH < screen.y - em(kFooterEm);
  ImGui::SetNextWindowPos(ImVec2(std::clamp(rowTop.x, 0.0f, std::max(0.0f, screen.x - calendarW)), below ? rowEnd.y + gap : rowTop.y - gap),
                          ImGuiCond_Always, ImVec2(0, below ? 0.0f : 1.0f));
  if (ImGui::BeginPopup(popup.c_str())) {
    beginGroup(Role::Dialog, popup, ctx_.t("a11y.pickDate"));
    if (auto picked = drawCalendar(edit.due)) {
      edit.due = *picked;
      ctx_.fieldErrors.set(key, ctx_.session.setAction(edit));
      ImGui::CloseCurrentPopup();
    }
    endGroup();
    ImGui::EndPopup();
  }
  ctx_.fieldErrors.show(ctx_, key);
}

// A day of the calendar: a finger's size on phones (as tall as a button).
float PlanScreen::calendarCell() const { return std::max(em(2.2f), ImGui::GetFrameHeight()); }

// A month of days, Monday first; today outlined, the chosen day filled.
std::optional<std::string> PlanScreen::drawCalendar(const std::string& selected) {
  const Palette& p = ctx_.theme.palette();
  std::optional<std::string> picked;
  const float cell = calendarCell();
  if (button("\xE2\x80\xB9", "calendar.prev", ButtonKind::Quiet, cell, ctx_.t("a11y.prevMonth")) && !(calendarYear_ == 2000 && calendarMonth_ == 1)) {
    if (--calendarMonth_ == 0) { calendarMonth_ = 12; --calendarYear_; }
  }
  ImGui::SameLine(0, 0);
  std::string title = ctx_.t(("monthFull." + std::to_string(calendarMonth_)).c_str()) + " " + std::to_string(calendarYear_);
  float titleW = cell * 5;
  ImVec2 ts = ImGui::CalcTextSize(title.c_str());
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (titleW - ts.x) * 0.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title.c_str());
  describe("calendar.month", Role::Heading, title);
  lastNode().level = 2;
  ImGui::SameLine(ImGui::GetCursorStartPos().x + cell * 6, 0);
  if (button("\xE2\x80\xBA", "calendar.next", ButtonKind::Quiet, cell, ctx_.t("a11y.nextMonth")) && !(calendarYear_ == 2100 && calendarMonth_ == 12)) {
    if (++calendarMonth_ == 13) { calendarMonth_ = 1; ++calendarYear_; }
  }
  const float x0 = ImGui::GetCursorPosX();
  for (int d = 1; d <= 7; ++d) {
    std::string wd = ctx_.t(("weekday." + std::to_string(d)).c_str());
    float x = x0 + cell * static_cast<float>(d - 1) + (cell - ImGui::CalcTextSize(wd.c_str()).x) * 0.5f;
    if (d == 1) ImGui::SetCursorPosX(x);
    else ImGui::SameLine(x);
    ImGui::TextColored(toVec4(p.muted), "%s", wd.c_str());
  }
  const std::string today = ctx_.host.today();
  int first = weekdayMondayFirst(calendarYear_, calendarMonth_, 1), days = daysInMonth(calendarYear_, calendarMonth_);
  for (int cellIndex = 0; cellIndex < 42; ++cellIndex) {
    if (cellIndex % 7) ImGui::SameLine(0, 0);
    int day = cellIndex - first + 1;
    if (day < 1 || day > days) {
      ImGui::Dummy(ImVec2(cell, cell));
      continue;
    }
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", calendarYear_, calendarMonth_, day);
    bool chosen = selected == iso, isToday = today == iso;
    if (isToday) {
      ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRect(ImVec2(at.x + 1, at.y + 1), ImVec2(at.x + cell - 1, at.y + cell - 1), p.accent, em(0.3f), 0, em(0.1f));
    }
    if (button(std::to_string(day), std::string("calendar.day.") + std::to_string(day),
               chosen ? ButtonKind::Primary : ButtonKind::Quiet, cell, displayDate(iso, ctx_.translations, ctx_.lang())))
      picked = iso;
    if (chosen) lastNode().flags |= kCurrent;
  }
  return picked;
}

}  // namespace lestari::ui
