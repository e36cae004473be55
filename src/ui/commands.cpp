#include "ui/commands.h"

#include <imgui.h>

#include "ui/dialogs.h"
#include "ui/router.h"
#include "ui/widgets.h"

namespace lestari::ui {

void switchLanguage(const Context& ctx, Lang to) {
  ctx.session.setLanguage(to);
  ctx.announce(ctx.t("lang.changed"));  // in the language now shown
}

void setDisplayScale(const Context& ctx, int percent) {
  ctx.session.setUiScale(static_cast<float>(percent) / 100.0f);
  ctx.announce(ctx.f("a11y.scale", {std::to_string(percent)}));
}

void describeLanguageSwitch(const Context& ctx, Lang to) {
  SemanticNode& n = lastNode();
  n.lang = to == Lang::En ? "en" : "id";
  if (to != ctx.lang()) n.description = ctx.t("lang.switchHint");
}

void startNew(const Context& ctx) {
  if (ctx.session.unsaved()) return ctx.dialogs.ask(Confirm::New);
  ctx.session.reset();
  ctx.router.goTo("profile");
}

void openDemo(const Context& ctx) {
  if (ctx.session.unsaved()) return ctx.dialogs.ask(Confirm::Demo);
  loadDemo(ctx);
}

void loadDemo(const Context& ctx) {
  auto r = ctx.session.parse(ctx.lang() == Lang::En ? ctx.demoEn : ctx.demo);  // in the interface's language
  if (r.ok()) ctx.session.replace(std::move(r.value->assessment), true);
  ctx.router.goTo("results");
  ctx.notice = ctx.t("demo.notice");
}

void finishImport(const Context& ctx, ImportedReport r, const std::string& name) {
  std::string note = r.recalculated ? " " + ctx.session.describeRecalculation(*r.recalculated, r.assessment) : "";
  for (const Error& w : r.warnings) note += " " + ctx.translations.message(w, ctx.lang());
  ctx.session.replace(std::move(r.assessment), true);
  ctx.router.goTo("results");
  ctx.notice = ctx.f("import.done", {name}) + note;
}

bool saveOffline(const Context& ctx) {
  bool saved = ctx.host.saveAppCopy();
  ctx.notice = ctx.t(saved ? "offline.saved" : "offline.failed");
  return saved;
}

void printSummary(const Context& ctx) {
  if (ctx.host.openPrintDialog()) return;
  ctx.session.downloadSummary();
  ctx.session.takeNotice();  // this one says more
  ctx.notice = ctx.f("print.unavailable", {ctx.session.summaryName()});
}

void printEventReport(const Context& ctx) {
  if (ctx.host.openPrintDialog()) return;
  const app::Room::File file = ctx.room.eventReportFile(ctx.translations, ctx.lang(), ctx.host.today(), ctx.session.summaryStyle());
  ctx.host.download(file.name, file.body);
  ctx.notice = ctx.f("event.printUnavailable", {file.name});
}

void summaryButtons(const Context& ctx, const std::string& prefix) {
  if (rowButton(ctx.t("results.print"), prefix + ".print", ButtonKind::Primary, true, ctx.narrow())) printSummary(ctx);
  if (rowButton(ctx.t("plan.summaryDownload"), prefix + ".summary", ButtonKind::Secondary, false, ctx.narrow()))
    ctx.session.downloadSummary();
}

void goToFirstUnanswered(const Context& ctx) {
  const Indicator* ind = firstUnanswered(ctx.session.assessment(), ctx.checklist);
  const Factor* factor = nullptr;
  if (ind && ctx.checklist.indicator(ind->id, &factor)) ctx.router.goTo("factor:" + factor->id, ind->id);
}

void offlineSection(const Context& ctx, const char* id, float width) {
  heading(ctx.theme.fonts().bold, ctx.t("offline.title"));
  textMuted(ctx.t("offline.hint"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(ctx.t("offline.save"), id, ButtonKind::Secondary, width)) saveOffline(ctx);
}

void dataSection(const Context& ctx) {
  heading(ctx.theme.fonts().bold, ctx.t("data.title"));
  text(ctx.t("data.where"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(ctx.t("data.forget"), "data.forget", ButtonKind::Secondary)) ctx.dialogs.ask(Confirm::Forget);
}

}  // namespace lestari::ui
