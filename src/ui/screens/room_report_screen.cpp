#include "ui/screens/room_report_screen.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/commands.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/recommendation_card.h"
#include "ui/router.h"
#include "ui/chart.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

void RoomReportScreen::draw(std::size_t) {
  const RoomReport* report = ctx_.room.selected();
  if (!report) return (void)ctx_.router.goTo("group");
  const RoomReport& r = *report;
  const Lang lang = ctx_.lang();
  const Fonts& fonts = ctx_.theme.fonts();
  if (button("\xE2\x80\xB9  " + ctx_.t("group.back"), "group.back", ButtonKind::Quiet)) return (void)ctx_.router.goTo("group");
  ImGui::Dummy(ImVec2(1, em(0.4f)));
  const bool anonymous = ctx_.room.anonymous(ctx_.view.presenting);  // on a projector: no file name or agency that would say whose it is
  if (!anonymous) textMuted(r.file);
  heading(fonts.title, ctx_.room.shownName(ctx_.room.selectedIndex(), ctx_.view.presenting, ctx_.t("common.untitled")));
  if (!r.agency.empty() && !anonymous) text(r.agency);
  ImGui::Dummy(ImVec2(1, em(0.6f)));
  beginCard("##groupReportScore");
  ImGui::PushFont(fonts.title);
  ImGui::TextUnformatted(formatNumber(r.results.overall, ctx_.lang()).c_str());
  ImGui::PopFont();
  describe("group.report.score", Role::Text, ctx_.f("a11y.overall", {formatNumber(r.results.overall, ctx_.lang()), r.results.band ? r.results.band->label.in(lang) : "-"}));
  text(r.results.band ? r.results.band->label.in(lang) : ctx_.t("results.noScore"));
  if (!r.counted) textMuted(ctx_.t("group.notCountedHint"));
  endCard();
  ImGui::Dummy(ImVec2(1, em(1.0f)));
  if (r.results.overall) {
    chartCard(ctx_, 1.0f, r.results, nullptr);
    ImGui::Dummy(ImVec2(1, em(1.0f)));
  }
  heading(fonts.heading, ctx_.t("results.recommendationsTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  int rank = 0;
  for (const Recommendation& rec : r.results.recommendations) recommendationCard(ctx_, rec, ++rank, false);
}

}  // namespace lestari::ui
