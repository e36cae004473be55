#include "ui/date_field.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "core/report/summary_html.h"
#include "core/text/text.h"
#include "core/text/typed_date.h"
#include "ui/chrome.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
std::string dayMonthYear(const std::string& iso) {  // what people here write: 31/12/2026
  return iso.size() == 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}
}  // namespace

void DateField::draw(const Context& ctx, const std::string& key, const std::string& name, const std::string& iso,
                     const std::function<std::optional<Error>(const std::string& iso)>& set) {
  const ImVec2 rowTop = ImGui::GetCursorScreenPos();
  FieldExtras date;
  date.hint = ctx.t("plan.dateHint").c_str();
  date.description = ctx.t("plan.dateHint");
  date.numeric = true;
  date.reshape = slashesAsTyped;
  typedField(ctx, key, name, dayMonthYear(iso), 24, std::min(ImGui::GetContentRegionAvail().x - em(7), em(9)), date,
             [&](const std::string& typed) {
               const TypedDate d = readTypedDate(typed, ctx.translations);
               if (d.kind == TypedDate::Kind::NotReal)
                 return std::optional<Error>(Error{key, "date_not_real", {dateInWords(d.day, d.month, d.year, ctx.translations, ctx.lang())}});
               if (d.kind == TypedDate::Kind::Unreadable) return std::optional<Error>(Error{key, "bad_date", {echo(typed, 20)}});
               return set(d.iso);
             });
  ImGui::SameLine(0, em(0.5f));
  std::string popup = "##calendar." + key;
  if (button(ctx.t("plan.pickDate"), key + ".calendar", ButtonKind::Secondary, 0, ctx.t("a11y.pickDate"))) {
    std::string from = iso.empty() ? ctx.host.today() : iso;
    year_ = std::max(digitsValue(std::string_view(from).substr(0, 4)), 2000);
    month_ = std::clamp(digitsValue(std::string_view(from).substr(5, 2)), 1, 12);
    ImGui::OpenPopup(popup.c_str());
  }
  // The calendar opens below the field, or above it when the footer is near:
  // never over the field, the footer or off the screen.
  const ImVec2 rowEnd = ImGui::GetItemRectMax(), screen = ImGui::GetIO().DisplaySize;
  const float calendarW = cellSize() * 7 + em(2.4f), calendarH = cellSize() * 8 + em(2.4f), gap = em(0.3f);
  const bool below = rowEnd.y + gap + calendarH < screen.y - em(kFooterEm);
  ImGui::SetNextWindowPos(ImVec2(std::clamp(rowTop.x, 0.0f, std::max(0.0f, screen.x - calendarW)), below ? rowEnd.y + gap : rowTop.y - gap),
                          ImGuiCond_Always, ImVec2(0, below ? 0.0f : 1.0f));
  if (ImGui::BeginPopup(popup.c_str())) {
    beginGroup(Role::Dialog, popup, ctx.t("a11y.pickDate"));
    if (auto picked = drawCalendar(ctx, iso)) {
      ctx.fieldErrors.set(key, set(*picked));
      ImGui::CloseCurrentPopup();
    }
    endGroup();
    ImGui::EndPopup();
  }
  ctx.fieldErrors.show(ctx, key);
}

// A day of the calendar: a finger's size on phones (as tall as a button).
float DateField::cellSize() const { return std::max(em(2.2f), ImGui::GetFrameHeight()); }

// A month of days, Monday first; today outlined, the chosen day filled.
std::optional<std::string> DateField::drawCalendar(const Context& ctx, const std::string& selected) {
  const Palette& p = ctx.theme.palette();
  std::optional<std::string> picked;
  const float cell = cellSize();
  if (button("\xE2\x80\xB9", "calendar.prev", ButtonKind::Quiet, cell, ctx.t("a11y.prevMonth")) && !(year_ == 2000 && month_ == 1)) {
    if (--month_ == 0) { month_ = 12; --year_; }
  }
  ImGui::SameLine(0, 0);
  std::string title = ctx.t(("monthFull." + std::to_string(month_)).c_str()) + " " + std::to_string(year_);
  float titleW = cell * 5;
  ImVec2 ts = ImGui::CalcTextSize(title.c_str());
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (titleW - ts.x) * 0.5f);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(title.c_str());
  describe("calendar.month", Role::Heading, title);
  lastNode().level = 2;
  ImGui::SameLine(ImGui::GetCursorStartPos().x + cell * 6, 0);
  if (button("\xE2\x80\xBA", "calendar.next", ButtonKind::Quiet, cell, ctx.t("a11y.nextMonth")) && !(year_ == 2100 && month_ == 12)) {
    if (++month_ == 13) { month_ = 1; ++year_; }
  }
  const float x0 = ImGui::GetCursorPosX();
  for (int d = 1; d <= 7; ++d) {
    std::string wd = ctx.t(("weekday." + std::to_string(d)).c_str());
    float x = x0 + cell * static_cast<float>(d - 1) + (cell - ImGui::CalcTextSize(wd.c_str()).x) * 0.5f;
    if (d == 1) ImGui::SetCursorPosX(x);
    else ImGui::SameLine(x);
    ImGui::TextColored(toVec4(p.muted), "%s", wd.c_str());
  }
  const std::string today = ctx.host.today();
  int first = weekdayMondayFirst(year_, month_, 1), days = daysInMonth(year_, month_);
  for (int cellIndex = 0; cellIndex < 42; ++cellIndex) {
    if (cellIndex % 7) ImGui::SameLine(0, 0);
    int day = cellIndex - first + 1;
    if (day < 1 || day > days) {
      ImGui::Dummy(ImVec2(cell, cell));
      continue;
    }
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year_, month_, day);
    bool chosen = selected == iso, isToday = today == iso;
    if (isToday) {
      ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRect(ImVec2(at.x + 1, at.y + 1), ImVec2(at.x + cell - 1, at.y + cell - 1), p.accent, em(0.3f), 0, em(0.1f));
    }
    if (button(std::to_string(day), std::string("calendar.day.") + std::to_string(day),
               chosen ? ButtonKind::Primary : ButtonKind::Quiet, cell, displayDate(iso, ctx.translations, ctx.lang())))
      picked = iso;
    if (chosen) lastNode().flags |= kCurrent;
  }
  return picked;
}

}  // namespace lestari::ui
