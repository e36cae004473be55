#include "ui/screens/start_screen.h"

#include <algorithm>

#include <imgui.h>

#include "core/text/text.h"
#include "ui/commands.h"
#include "ui/dialogs.h"
#include "ui/context.h"
#include "ui/field_errors.h"
#include "ui/router.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
// "Terakhir diubah … · 22 dijawab · 3 tidak berlaku (dari 25 indikator)": the
// count adds up to the indicators the start screen promised.
std::string savedInfo(const Context& ctx, const SavedSummary& s) {
  if (s.notApplicable == 0) return ctx.f("start.savedInfo", {ctx.when(s.changedAt), std::to_string(s.answered), std::to_string(s.total)});
  return ctx.f("start.savedInfoNa", {ctx.when(s.changedAt), std::to_string(s.answered), std::to_string(s.notApplicable),
                                     std::to_string(s.total + s.notApplicable)});
}
// Where the user left off: the results of a finished assessment, else the
// first question still open, or the profile when nothing is answered yet.
void continueWhereLeft(const Context& ctx, const SavedSummary& s) {
  if (s.total > 0 && s.answered == s.total) ctx.router.goTo("results");
  else if (s.answered > 0) goToFirstUnanswered(ctx);
  else ctx.router.goTo("profile");
}
}  // namespace

void StartScreen::draw(std::size_t) {
  const Palette& p = ctx_.theme.palette();
  const Fonts& fonts = ctx_.theme.fonts();
  heading(fonts.title, ctx_.t("start.title"));
  ImGui::Dummy(ImVec2(1, em(0.4f)));
  text(ctx_.t("start.intro"));
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  float full = ImGui::GetContentRegionAvail().x;
  float bw = ctx_.narrow() ? full : std::min(full, em(22));
  if (auto saved = ctx_.session.savedSummary()) {
    beginCard("##continue");
    strongText(ctx_.t("start.continueTitle"));
    text(saved->name.empty() ? ctx_.t("common.untitled") : saved->name);
    textMuted(savedInfo(ctx_, *saved));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    if (button(ctx_.t("start.continue"), "start.continue", ButtonKind::Primary, bw)) continueWhereLeft(ctx_, *saved);
    endCard();
    ImGui::Dummy(ImVec2(1, em(0.8f)));
  }

  drawKeptRooms(bw);
  drawOthers();

  if (ctx_.view.presenting) {  // on a projector the example comes first, one click away
    if (button(ctx_.t("start.demo"), "start.demo", ButtonKind::Primary, bw)) openDemo(ctx_);
    textMuted(ctx_.t("start.demoHint"));
    ImGui::Dummy(ImVec2(1, em(0.8f)));
  }
  // One filled button: continuing (an assessment, a kept room) comes first when there is one.
  ButtonKind newKind = ctx_.session.savedSummary() || !ctx_.room.keptRooms().empty() ? ButtonKind::Secondary : ButtonKind::Primary;
  if (button(ctx_.t("start.new"), "start.new", newKind, bw)) startNew(ctx_);
  ImGui::Dummy(ImVec2(1, em(0.5f)));
  if (button(ctx_.t("start.import"), "start.import", ButtonKind::Secondary, bw)) ctx_.host.pickFile();
  if (!ctx_.narrow()) textMuted(ctx_.t("start.importHint"));  // phones cannot drop files
  ImGui::Dummy(ImVec2(1, em(0.5f)));
  if (!ctx_.view.presenting) {
    if (button(ctx_.t("start.demo"), "start.demo", ButtonKind::Secondary, bw)) openDemo(ctx_);
    textMuted(ctx_.t("start.demoHint"));
  }

  ImGui::Dummy(ImVec2(1, em(1.0f)));
  heading(ctx_.theme.fonts().bold, ctx_.t("start.trainerTitle"));
  textMuted(ctx_.t("start.trainerHint"));
  if (!ctx_.narrow()) textMuted(ctx_.t("start.trainerDrop"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(ctx_.t("start.group"), "start.group", ButtonKind::Secondary, bw)) ctx_.host.pickFiles();

  ImGui::Dummy(ImVec2(1, em(1.0f)));
  offlineSection(ctx_, "start.offline", bw);

  ImGui::Dummy(ImVec2(1, em(1.4f)));
  heading(fonts.heading, ctx_.t("start.factorsTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  for (std::size_t i = 0; i < ctx_.checklist.factors.size(); ++i) {
    const Factor& fac = ctx_.checklist.factors[i];
    strongText(std::to_string(i + 1) + ". " + fac.title.in(ctx_.lang()));
    textMuted(fac.description.in(ctx_.lang()));
    ImGui::Dummy(ImVec2(1, em(0.4f)));
  }
  ImGui::Dummy(ImVec2(1, em(0.8f)));
  beginCard("##privacy", p.surface);
  text(ctx_.t("start.privacy"));
  ImGui::Dummy(ImVec2(1, em(0.6f)));
  dataSection(ctx_);
  endCard();
}

// Rooms kept by an earlier page (a reload, a crash, a closed tab): open one, or remove it.
void StartScreen::drawKeptRooms(float buttonWidth) {
  const auto& kept = ctx_.room.keptRooms();
  if (kept.empty()) return;
  beginCard("##keptRooms");
  strongText(ctx_.t("start.keptTitle"));
  ImGui::Dummy(ImVec2(1, em(0.2f)));
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const std::string id = "start.kept." + std::to_string(i);
    const std::string about = ctx_.f("start.keptAbout", {groupedNumber(kept[i].reports, ctx_.lang()), ctx_.when(kept[i].savedAt)});
    const std::string full = ctx_.t("start.keptOpen") + " (" + about + ")";
    // On a phone the count and date go above a shorter button (its name stays whole).
    const bool fits = ui::buttonWidth(full) <= ImGui::GetContentRegionAvail().x;
    if (!fits) textMuted(about);
    const std::string& label = fits ? full : ctx_.t("start.keptOpen");
    const float width = std::min(ImGui::GetContentRegionAvail().x, std::max(buttonWidth, ui::buttonWidth(label)));
    if (button(label, id + ".open", ButtonKind::Primary, width, full)) ctx_.host.readKeptRoom(kept[i].id);
    sameLineIfFits(ui::buttonWidth(ctx_.t("start.remove")), em(0.5f));
    if (button(ctx_.t("start.remove"), id + ".remove", ButtonKind::Quiet)) ctx_.dialogs.ask(Confirm::RemoveKeptRoom, kept[i].id);
  }
  endCard();
  ImGui::Dummy(ImVec2(1, em(0.8f)));
}

// Other assessments kept in this browser (a copy kept when two tabs
// disagreed) and damaged data set aside: open, download or remove each.
void StartScreen::drawOthers() {
  const auto& others = ctx_.session.others();
  if (others.empty()) return;
  strongText(ctx_.t("start.othersTitle"));
  ImGui::Dummy(ImVec2(1, em(0.2f)));
  for (std::size_t i = 0; i < others.size(); ++i) {
    const SavedSummary& o = others[i];
    ImGui::PushID(static_cast<int>(i));
    beginCard("##other");
    text(o.damaged ? ctx_.t("start.damaged") : o.name.empty() ? ctx_.t("common.untitled") : o.name);
    if (o.damaged) textMuted(ctx_.f("start.damagedInfo", {ctx_.when(o.changedAt)}));
    else textMuted(savedInfo(ctx_, o));
    std::string id = "others." + std::to_string(i);
    if (!o.damaged) {
      if (button(ctx_.t("start.open"), id + ".open", ButtonKind::Secondary)) {
        if (!ctx_.session.open(o.key)) ctx_.notice = ctx_.t("start.openFailed");
        else continueWhereLeft(ctx_, o);
      }
      ImGui::SameLine(0, em(0.5f));
    }
    if (button(ctx_.t("start.download"), id + ".download", ButtonKind::Quiet)) ctx_.session.downloadStored(o.key);
    ImGui::SameLine(0, em(0.5f));
    if (button(ctx_.t("start.remove"), id + ".remove", ButtonKind::Quiet)) {
      ctx_.dialogs.ask(Confirm::RemoveStored, o.key);
    }
    endCard();
    ImGui::PopID();
    ImGui::Dummy(ImVec2(1, em(0.4f)));
  }
  ImGui::Dummy(ImVec2(1, em(0.6f)));
}

}  // namespace lestari::ui
