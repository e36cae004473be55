// The follow-up plan (rencana tindak lanjut): for each recommendation taken
// up, what will be done, by whom, by when, how far it is; sortable; overdue
// actions marked against today; the printable summary.
#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "app.h"
#include "summary_html.h"
#include "text.h"
#include "widgets.h"

namespace lestari::ui {

namespace {
std::string dayMonthYear(const std::string& iso) {  // what people here write: 31/12/2026
  return iso.size() == 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}
void label(ImFont* bold, const std::string& s) {
  ImGui::PushFont(bold);
  text(s);
  ImGui::PopFont();
}
}  // namespace

void App::drawPlan() {
  const Fonts& fonts = theme_.fonts();
  const Assessment& a = session_->assessment();
  heading(fonts.title, t("plan.title"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  textMuted(t("plan.intro"));
  ImGui::Dummy(ImVec2(1, em(0.8f)));

  std::vector<const Action*> actions = orderedActions(a, checklist_, planOrder_);
  if (actions.empty()) {
    textMuted(t("plan.empty"));
  } else {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t("plan.orderBy").c_str());
    beginGroup(Role::RadioGroup, "plan.order", t("plan.orderBy"));
    const std::pair<ActionOrder, const char*> orders[] = {
        {ActionOrder::Rank, "rank"}, {ActionOrder::Due, "due"}, {ActionOrder::Status, "status"}};
    for (const auto& [order, id] : orders) {
      std::string key = std::string("plan.order.") + id;
      sameLineIfFits(buttonWidth(t(key.c_str())), em(0.5f));
      if (button(t(key.c_str()), key, planOrder_ == order ? ButtonKind::Primary : ButtonKind::Secondary)) planOrder_ = order;
      asRadio(planOrder_ == order);
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
  heading(fonts.heading, t("plan.addTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  int rank = 0, open = 0;
  const std::vector<Recommendation> recs = session_->results().recommendations;  // adding one rescores
  for (const auto& rec : recs) {
    ++rank;
    if (a.actions.count(rec.indicator->id)) continue;
    ++open;
    drawRecommendation(rec, rank, true);
  }
  if (open == 0) textMuted(t(recs.empty() ? "results.noScore" : "plan.allAdded"));

  ImGui::Dummy(ImVec2(1, em(1.0f)));
  heading(fonts.heading, t("plan.summaryTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  textMuted(t("plan.summaryHint"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(t("plan.summaryDownload"), "plan.summary", ButtonKind::Secondary, narrow() ? ImGui::GetContentRegionAvail().x : 0))
    session_->downloadSummary();
}

void App::drawActionCard(const Action& action) {
  const Fonts& fonts = theme_.fonts();
  const Palette& p = theme_.palette();
  const Lang lang = session_->lang();
  const Factor* factor = nullptr;
  const Indicator* ind = checklist_.indicator(action.indicator, &factor);
  if (!ind) return;
  const std::string& id = action.indicator;
  if (scrollToAction_ == id) {
    ImGui::SetScrollHereY(0.05f);
    scrollToAction_.clear();
  }
  Action edit = action;
  auto save = [&](const std::string& key) { setFieldError(key, session_->setAction(edit)); };
  ImGui::PushID(id.c_str());
  beginCard("##action");
  std::size_t fi = static_cast<std::size_t>(factor - checklist_.factors.data());
  std::size_t ii = static_cast<std::size_t>(ind - factor->indicators.data());
  std::string meta = f("plan.meta", {std::to_string(fi + 1) + "." + std::to_string(ii + 1), factor->shortTitle.in(lang)});
  textMuted(meta);
  if (isOverdue(action, host_.today())) {
    ImGui::SameLine(0, em(0.6f));
    ImGui::TextColored(toVec4(p.warn), "%s", t("plan.overdue").c_str());
    describe("action." + id + ".overdue", Role::Text, t("plan.overdue"));
  }
  label(fonts.bold, ind->question.in(lang));
  track("action." + id);
  ImGui::Dummy(ImVec2(1, em(0.3f)));

  label(fonts.bold, t("plan.action"));
  std::string key = "action." + id + ".text";
  if (inputText(("##" + key).c_str(), t("plan.action"), edit.text, true, em(3.2f), checklist_.actionMaxLength)) save(key);
  showFieldError(key);
  ImGui::Dummy(ImVec2(1, em(0.4f)));

  // Person in charge and target date side by side when there is room.
  const bool wide = !narrow();
  const float half = (ImGui::GetContentRegionAvail().x - em(1.0f)) * 0.5f;
  const ImVec2 row = ImGui::GetCursorPos();
  ImGui::BeginGroup();
  label(fonts.bold, t("plan.pic"));
  key = "action." + id + ".pic";
  if (inputText(("##" + key).c_str(), t("plan.pic"), edit.pic, false, 0, checklist_.picMaxLength, wide ? half : -1)) save(key);
  if (wide) ImGui::PushTextWrapPos(row.x + half);
  showFieldError(key);
  if (wide) ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  float below = ImGui::GetCursorPosY();
  if (wide) ImGui::SetCursorPos(ImVec2(row.x + half + em(1.0f), row.y));
  else ImGui::Dummy(ImVec2(1, em(0.4f)));
  ImGui::BeginGroup();
  label(fonts.bold, t("plan.due"));
  drawDateField(edit, "action." + id + ".due");
  ImGui::EndGroup();
  if (wide) ImGui::SetCursorPosY(std::max(below, ImGui::GetCursorPosY()));
  ImGui::Dummy(ImVec2(1, em(0.4f)));

  label(fonts.bold, t("plan.status"));
  beginGroup(Role::RadioGroup, "action." + id + ".status", t("plan.status"));
  for (ActionStatus st : kAllStatuses) {
    std::string sk = std::string("plan.status.") + statusId(st);
    if (st != ActionStatus::NotStarted) sameLineIfFits(buttonWidth(t(sk.c_str())), em(0.4f));
    if (button(t(sk.c_str()), "action." + id + ".status." + statusId(st),
               edit.status == st ? ButtonKind::Primary : ButtonKind::Secondary) && edit.status != st) {
      edit.status = st;
      save("action." + id + ".status");
    }
    asRadio(edit.status == st);
  }
  endGroup();
  ImGui::Dummy(ImVec2(1, em(0.4f)));

  label(fonts.bold, t("plan.note"));
  key = "action." + id + ".note";
  if (inputText(("##" + key).c_str(), t("plan.note"), edit.note, true, em(2.6f), checklist_.actionNoteMaxLength)) save(key);
  showFieldError(key);
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(t("plan.remove"), "action." + id + ".remove", ButtonKind::Quiet)) session_->removeAction(id);
  endCard();
  ImGui::PopID();
}

// A date typed as people write it (31/12/2026) or picked from a calendar.
// A date that is not real is refused with a message when the field is left.
void App::drawDateField(Action& edit, const std::string& key) {
  std::string shown = dayMonthYear(edit.due);
  bool left = false;
  FieldExtras date;
  date.hint = t("plan.dateHint").c_str();
  date.description = t("plan.dateHint");
  date.left = &left;
  if (inputLine(("##" + key).c_str(), t("plan.due"), shown, 10, std::min(ImGui::GetContentRegionAvail().x - em(7), em(9)), date)) {
    std::optional<std::string> iso = shown.empty() ? std::optional<std::string>("") : parseTypedDate(shown);
    if (iso) {
      edit.due = *iso;
      setFieldError(key, session_->setAction(edit));
    }
  }
  if (left && !shown.empty() && !parseTypedDate(shown)) setFieldError(key, Error{key, "bad_date", {echo(shown, 20)}});
  ImGui::SameLine(0, em(0.5f));
  std::string popup = "##calendar." + key;
  if (button(t("plan.pickDate"), key + ".calendar", ButtonKind::Secondary, 0, t("a11y.pickDate"))) {
    std::string from = edit.due.empty() ? host_.today() : edit.due;
    calendarYear_ = std::stoi(from.substr(0, 4));
    calendarMonth_ = std::stoi(from.substr(5, 2));
    ImGui::OpenPopup(popup.c_str());
  }
  if (ImGui::BeginPopup(popup.c_str())) {
    beginGroup(Role::Dialog, popup, t("a11y.pickDate"));
    if (auto picked = drawCalendar(edit.due)) {
      edit.due = *picked;
      setFieldError(key, session_->setAction(edit));
      ImGui::CloseCurrentPopup();
    }
    endGroup();
    ImGui::EndPopup();
  }
  showFieldError(key);
}

// A month of days, Monday first; today outlined, the chosen day filled.
std::optional<std::string> App::drawCalendar(const std::string& selected) {
  const Palette& p = theme_.palette();
  std::optional<std::string> picked;
  float cell = em(2.2f);
  if (button("\xE2\x80\xB9", "calendar.prev", ButtonKind::Quiet, cell, t("a11y.prevMonth")) && !(calendarYear_ == 2000 && calendarMonth_ == 1)) {
    if (--calendarMonth_ == 0) { calendarMonth_ = 12; --calendarYear_; }
  }
  ImGui::SameLine(0, 0);
  std::string title = t(("monthFull." + std::to_string(calendarMonth_)).c_str()) + " " + std::to_string(calendarYear_);
  float titleW = cell * 5;
  ImVec2 ts = ImGui::CalcTextSize(title.c_str());
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (titleW - ts.x) * 0.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title.c_str());
  describe("calendar.month", Role::Heading, title);
  lastNode().level = 2;
  ImGui::SameLine(ImGui::GetCursorStartPos().x + cell * 6, 0);
  if (button("\xE2\x80\xBA", "calendar.next", ButtonKind::Quiet, cell, t("a11y.nextMonth")) && !(calendarYear_ == 2100 && calendarMonth_ == 12)) {
    if (++calendarMonth_ == 13) { calendarMonth_ = 1; ++calendarYear_; }
  }
  const float x0 = ImGui::GetCursorPosX();
  for (int d = 1; d <= 7; ++d) {
    std::string wd = t(("weekday." + std::to_string(d)).c_str());
    float x = x0 + cell * static_cast<float>(d - 1) + (cell - ImGui::CalcTextSize(wd.c_str()).x) * 0.5f;
    if (d == 1) ImGui::SetCursorPosX(x);
    else ImGui::SameLine(x);
    ImGui::TextColored(toVec4(p.muted), "%s", wd.c_str());
  }
  const std::string today = host_.today();
  int first = weekdayMondayFirst(calendarYear_, calendarMonth_, 1), days = daysInMonth(calendarYear_, calendarMonth_);
  for (int cellIndex = 0; cellIndex < 42; ++cellIndex) {
    if (cellIndex % 7) ImGui::SameLine(0, 0);
    int day = cellIndex - first + 1;
    if (day < 1 || day > days) {
      ImGui::Dummy(ImVec2(cell, cell));
      continue;
    }
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", calendarYear_, calendarMonth_, day);
    bool chosen = selected == iso, isToday = today == iso;
    if (isToday) {
      ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRect(ImVec2(at.x + 1, at.y + 1), ImVec2(at.x + cell - 1, at.y + cell - 1), p.accent, em(0.3f), 0, em(0.1f));
    }
    if (button(std::to_string(day), std::string("calendar.day.") + std::to_string(day),
               chosen ? ButtonKind::Primary : ButtonKind::Quiet, cell, displayDate(iso, session_->tr(), session_->lang())))
      picked = iso;
    if (chosen) lastNode().flags |= kCurrent;
  }
  return picked;
}

}  // namespace lestari::ui
