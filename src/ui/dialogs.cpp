#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui.h>

#include "ui/dialogs.h"

#include "ui/commands.h"
#include "ui/field_errors.h"
#include "core/text/progress_text.h"
#include "ui/router.h"
#include "core/report/share_code.h"
#include "core/base/size_limits.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
// Opens (once) and begins a centred modal of the app's width; for assistive
// technology a modal dialog named by its title and described by its message,
// so that both are heard when it opens (endModal closes both).
bool beginModal(const char* id, const std::string& title, const std::string& message = "") {
  ImGuiIO& io = ImGui::GetIO();
  float w = std::min(io.DisplaySize.x - em(1.5f), em(32));
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0), ImVec2(w, io.DisplaySize.y - em(2)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.3f), em(1.1f)));
  bool open = ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                                      ImGuiWindowFlags_NoScrollbar);
  ImGui::PopStyleVar();
  if (open) beginGroup(Role::Dialog, id, title, message);
  return open;
}
void endModal() {
  endGroup();
  ImGui::EndPopup();
}
void gap(float n) { ImGui::Dummy(ImVec2(1, em(n))); }
}  // namespace

Dialogs::Open Dialogs::open() const {
  if (ctx_.session.conflict() != app::Conflict::None) return Open::Conflict;
  if (confirm_ != Confirm::None) return Open::Confirm;
  if (!errors_.empty()) return Open::Errors;
  if (ctx_.room.progress()) return Open::Reading;
  if (settings_) return Open::Settings;
  if (pasteAdd_) return Open::Paste;
  return Open::None;
}

void Dialogs::draw() {
  switch (open()) {
    case Open::None: return;
    case Open::Conflict: return drawConflict();
    case Open::Confirm: return drawConfirm();
    case Open::Errors: return drawErrors();
    case Open::Reading:
      if (beginModal("##reading", ctx_.t("reading.title"), ctx_.t("reading.hint"))) drawReading(), endModal();
      return;
    case Open::Settings:
      if (beginModal("##settings", ctx_.t("settings.title"))) drawSettings(), endModal();
      return;
    case Open::Paste:
      if (beginModal("##paste", ctx_.t("paste.title"), ctx_.t("paste.hint"))) drawPaste(), endModal();
      return;
  }
}

void Dialogs::drawReading() {
  heading(ctx_.theme.fonts().heading, ctx_.t("reading.title"));
  gap(0.3f);
  text(ctx_.t("reading.hint"));
  gap(0.6f);
  const Lang lang = ctx_.lang();
  const app::Room::Progress read = ctx_.room.progress().value_or(app::Room::Progress{});
  const std::string progress = ctx_.f("group.progress", {groupedNumber(read.done, lang), groupedNumber(read.total, lang)});
  ImGui::PushFont(ctx_.theme.fonts().bold);
  ImGui::TextUnformatted(progress.c_str());
  ImGui::PopFont();
  describe("group.progress", Role::Text, progress);  // read when reached, not announced at every file
  gap(0.2f);
  progressBar(read.total ? static_cast<float>(read.done) / static_cast<float>(read.total) : 0.f, ImGui::GetContentRegionAvail().x, em(0.5f),
              ctx_.theme.palette().accent);
  gap(0.8f);
  if (button(ctx_.t("reading.cancel"), "group.cancel", ButtonKind::Secondary) || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    ImGui::CloseCurrentPopup();
    ctx_.room.cancel();
  }
}

void Dialogs::openPaste(std::function<void(const std::string&)> add) {
  pasteAdd_ = std::move(add);
  pasteText_.clear();
  pasteCodes_ = 0;
  pasteNone_ = false;
}

void Dialogs::drawPaste() {
  heading(ctx_.theme.fonts().heading, ctx_.t("paste.title"));
  gap(0.3f);
  text(ctx_.t("paste.hint"));
  gap(0.5f);
  if (inputText("##paste.text", ctx_.t("paste.field"), pasteText_, true, em(8), limits::kChatChars, -1, em(12))) {
    pasteCodes_ = countShareCodes(pasteText_);  // counted as typed; decoded once, on "add"
    pasteNone_ = false;
    ctx_.fieldErrors.set("paste.text", std::nullopt);
  }
  ctx_.fieldErrors.show(ctx_, "paste.text");  // a paste that did not fit says so here
  if (pasteNone_) text(ctx_.t("paste.none"), ctx_.theme.palette().warn);
  else if (pasteCodes_) text(ctx_.f("paste.found", {groupedNumber(pasteCodes_, ctx_.lang())}), ctx_.theme.palette().ok);
  track("paste.status");
  gap(0.6f);
  bool close = false;
  if (button(ctx_.t("paste.add"), "paste.add")) {
    if (pasteCodes_ == 0) {
      pasteNone_ = true;
    } else {
      const auto add = std::move(pasteAdd_);
      const std::string chat = std::move(pasteText_);
      close = true;
      add(chat);
    }
  }
  ImGui::SameLine(0, em(0.5f));
  if (button(ctx_.t("common.cancel"), "paste.cancel", ButtonKind::Secondary) || (!close && ImGui::IsKeyPressed(ImGuiKey_Escape))) close = true;
  if (close) {
    pasteAdd_ = nullptr;
    pasteText_.clear();
    ctx_.fieldErrors.set("paste.text", std::nullopt);
    ImGui::CloseCurrentPopup();
  }
}

void Dialogs::ask(Confirm what, const std::string& key) {
  confirm_ = what;
  key_ = key;
}

void Dialogs::offerImport(ImportedReport report, const std::string& name) {
  errors_.clear();
  if (!ctx_.session.unsaved()) return finishImport(ctx_, std::move(report), name);
  import_ = std::move(report);
  importName_ = name;
  confirm_ = Confirm::Import;
}

void Dialogs::showErrors(std::vector<Error> errors, const std::string& file, bool compare) {
  errors_ = std::move(errors);
  errorFile_ = file;
  compareFailed_ = compare;
}

bool Dialogs::holdBack(const std::string& name) {
  if (confirm_ == Confirm::None) return false;
  heldBack_ = echoFileName(name);
  return true;
}
// Another tab saved or removed this assessment while this tab had changes it
// could not save. Nothing was overwritten; the user chooses, and can download
// this tab's version first. There is no "cancel": the choice is needed.
void Dialogs::drawConflict() {
  bool removed = ctx_.session.conflict() == Conflict::Removed;
  if (!beginModal("##conflict", ctx_.t("conflict.title"), ctx_.t(removed ? "conflict.bodyRemoved" : "conflict.body"))) return;
  heading(ctx_.theme.fonts().heading, ctx_.t("conflict.title"));
  gap(0.4f);
  text(ctx_.t(removed ? "conflict.bodyRemoved" : "conflict.body"));
  gap(0.6f);
  float bw = ImGui::GetContentRegionAvail().x;
  if (button(ctx_.t(removed ? "conflict.removeHere" : "conflict.takeTheirs"), "conflict.theirs", ButtonKind::Primary, bw)) {
    ctx_.session.takeTheirs();
    if (ctx_.session.assessment().empty()) ctx_.router.goTo("start");
    ImGui::CloseCurrentPopup();
  }
  gap(0.4f);
  if (button(ctx_.t("conflict.keepMine"), "conflict.mine", ButtonKind::Secondary, bw)) {
    ctx_.session.keepMineAsCopy();
    ImGui::CloseCurrentPopup();
  }
  gap(0.4f);
  if (button(ctx_.t("conflict.download"), "conflict.download", ButtonKind::Quiet, bw)) ctx_.session.download();
  endModal();
}

void Dialogs::drawConfirm() {
  std::string name = ctx_.session.assessment().profileText("name");
  if (name.empty()) name = ctx_.t("common.untitled");
  const char *title = "confirm.title", *body = "confirm.body", *action = "confirm.replace", *download = "confirm.downloadFirst";
  switch (confirm_) {
    case Confirm::Forget: title = "forget.title"; body = "forget.body"; action = "forget.confirm"; break;
    case Confirm::RemoveStored: {
      title = "removeStored.title"; body = "removeStored.body"; action = "start.remove"; download = "removeStored.download";
      for (const auto& o : ctx_.session.others())
        if (o.key == key_) name = o.damaged ? ctx_.t("start.damaged") : o.name.empty() ? ctx_.t("common.untitled") : o.name;
      break;
    }
    case Confirm::RemoveKeptRoom:  // nothing to download: the participants' files are the source
      title = "removeKept.title"; body = "removeKept.body"; action = "start.remove"; download = nullptr;
      for (const auto& k : ctx_.room.keptRooms())
        if (k.id == key_) name = groupedNumber(k.reports, ctx_.lang());
      break;
    case Confirm::RemoveBlocking:
      title = "removeBlocking.title"; body = "removeBlocking.body"; action = "removeBlocking.confirm";
      download = "banner.downloadDamaged";
      break;
    default: break;
  }
  if (!beginModal("##confirm", ctx_.t(title), ctx_.f(body, {name}))) return;
  heading(ctx_.theme.fonts().heading, ctx_.t(title));
  gap(0.4f);
  text(ctx_.f(body, {name}));
  if (confirm_ == Confirm::Import) {
    gap(0.3f);
    text(ctx_.f("confirm.importFile", {importName_}));
  }
  if (!heldBack_.empty()) {
    gap(0.3f);
    text(ctx_.f("confirm.heldBack", {heldBack_}));
  }
  gap(0.6f);
  if (download && button(ctx_.t(download), "confirm.download", ButtonKind::Secondary)) {
    if (confirm_ == Confirm::RemoveStored) ctx_.session.downloadStored(key_);
    else if (confirm_ == Confirm::RemoveBlocking) ctx_.session.downloadStored(ctx_.session.slot());
    else ctx_.session.download();
  }
  gap(0.4f);
  bool act = button(ctx_.t(action), "confirm.replace", ButtonKind::Primary);
  ImGui::SameLine(0, em(0.6f));
  bool cancel = button(ctx_.t("common.cancel"), "confirm.cancel", ButtonKind::Quiet) || ImGui::IsKeyPressed(ImGuiKey_Escape);
  if (act || cancel) heldBack_.clear();
  if (act) {
    Confirm what = confirm_;
    confirm_ = Confirm::None;
    ImGui::CloseCurrentPopup();
    confirmed(what);
  } else if (cancel) {
    confirm_ = Confirm::None;
    import_.reset();
    ImGui::CloseCurrentPopup();
  }
  endModal();
}

// The confirmed action; the question is closed already.
void Dialogs::confirmed(Confirm what) {
  switch (what) {
    case Confirm::New: ctx_.session.reset(); ctx_.router.goTo("profile"); break;
    case Confirm::Demo: loadDemo(ctx_); break;
    case Confirm::Import:
      if (import_) finishImport(ctx_, std::move(*import_), importName_);
      break;
    case Confirm::Forget:
      settings_ = false;
      ctx_.session.forgetAll();
      ctx_.room.forgetAll();
      ctx_.router.goTo("start");
      break;
    case Confirm::RemoveStored: ctx_.session.removeStored(key_); break;
    case Confirm::RemoveBlocking: ctx_.session.removeBlockingData(); break;
    case Confirm::RemoveKeptRoom: ctx_.room.forgetKept(key_); break;
    case Confirm::None: break;
  }
  import_.reset();
}

// Where in the file an error is, in words ("$B.answers[2]" is the chosen
// file's answers[2]; "$A" the current assessment in a comparison).
std::string Dialogs::where(const std::string& path) const {
  const bool current = path.rfind("$A", 0) == 0;
  const std::size_t from = path.rfind("$A", 0) == 0 || path.rfind("$B", 0) == 0 ? 2 : 1;
  std::string rest = path.substr(from);
  if (!rest.empty() && rest[0] == '.') rest.erase(0, 1);
  return ctx_.f(current ? "import.whereCurrent" : "import.where", {rest});
}

void Dialogs::drawErrors() {
  // Its message: which file, and the first reason (the list follows in the dialog).
  std::string message = ctx_.f(compareFailed_ ? "compare.failedBody" : "import.failedBody", {errorFile_});
  if (!errors_.empty()) message += " " + ctx_.translations.message(errors_.front(), ctx_.lang());
  if (!beginModal("##importErrors", ctx_.t(compareFailed_ ? "compare.failedTitle" : "import.failedTitle"), message)) return;
  const Palette& p = ctx_.theme.palette();
  heading(ctx_.theme.fonts().heading, ctx_.t(compareFailed_ ? "compare.failedTitle" : "import.failedTitle"));
  gap(0.3f);
  text(ctx_.f(compareFailed_ ? "compare.failedBody" : "import.failedBody", {errorFile_}));
  gap(0.5f);
  float listH = std::min(em(14), ImGui::GetIO().DisplaySize.y * 0.45f);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, listH));
  ImGui::BeginChild("##errs", ImVec2(-1, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  for (const auto& e : errors_) {  // at most limits::kErrors, then "… and N more"
    bool more = e.code == "more_errors";
    text(ctx_.translations.message(e, ctx_.lang()), more ? p.muted : p.warn);
    if (!more && e.path.size() > 2) textMuted(where(e.path));
    gap(0.3f);
  }
  ImGui::EndChild();
  track("import.errors");
  gap(0.5f);
  textMuted(ctx_.t("import.unchanged"));
  gap(0.5f);
  if (button(ctx_.t("common.close"), "import.close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    errors_.clear();
    ImGui::CloseCurrentPopup();
  }
  endModal();
}

void Dialogs::drawSettings() {
  const Settings& s = ctx_.session.settings();
  heading(ctx_.theme.fonts().heading, ctx_.t("settings.title"));
  gap(0.5f);

  strongText(ctx_.t("settings.language"));
  beginGroup(Role::RadioGroup, "settings.language", ctx_.t("settings.language"));
  if (button("Bahasa Indonesia", "settings.lang.id", s.language == Lang::Id ? ButtonKind::Primary : ButtonKind::Secondary))
    switchLanguage(ctx_, Lang::Id);
  asRadio(s.language == Lang::Id);
  describeLanguageSwitch(ctx_, Lang::Id);
  ImGui::SameLine(0, em(0.5f));
  if (button("English", "settings.lang.en", s.language == Lang::En ? ButtonKind::Primary : ButtonKind::Secondary))
    switchLanguage(ctx_, Lang::En);
  asRadio(s.language == Lang::En);
  describeLanguageSwitch(ctx_, Lang::En);
  endGroup();
  gap(0.8f);

  strongText(ctx_.t("settings.scale"));
  int pct = static_cast<int>(std::lround(s.uiScale * 100));
  if (button("\xE2\x80\x93", "settings.scale.down", ButtonKind::Secondary, 0, ctx_.t("a11y.smaller")) && pct > 100)
    setDisplayScale(ctx_, pct - 10);
  ImGui::SameLine(0, em(0.8f));
  ImGui::AlignTextToFramePadding();
  std::string pctText = std::to_string(pct) + " %";
  ImGui::TextUnformatted(pctText.c_str());
  describe("settings.scale.value", Role::Text, ctx_.f("a11y.scale", {std::to_string(pct)}));
  ImGui::SameLine(0, em(0.8f));
  if (button("+", "settings.scale.up", ButtonKind::Secondary, 0, ctx_.t("a11y.larger")) && pct < 200)
    setDisplayScale(ctx_, pct + 10);
  gap(0.8f);

  strongText(ctx_.t("settings.theme"));
  beginGroup(Role::RadioGroup, "settings.theme", ctx_.t("settings.theme"));
  // RadioButton: ImGui reports its label and whether it is checked.
  if (ImGui::RadioButton(ctx_.t("settings.theme.light").c_str(), !s.highContrast)) ctx_.session.setHighContrast(false);
  describe("settings.theme.light", Role::Radio, ctx_.t("settings.theme.light"), "", "", s.highContrast ? 0 : kChecked);
  if (ImGui::RadioButton(ctx_.t("settings.theme.contrast").c_str(), s.highContrast)) ctx_.session.setHighContrast(true);
  describe("settings.theme.contrast", Role::Radio, ctx_.t("settings.theme.contrast"), "", "", s.highContrast ? kChecked : 0);
  endGroup();
  gap(0.5f);
  textMuted(ctx_.t("settings.remembered"));
  gap(0.8f);
  strongText(ctx_.t("present.title"));
  textMuted(ctx_.t("present.about"));
  if (button(ctx_.t(ctx_.view.presenting ? "present.exit" : "present.enter"), "settings.present", ButtonKind::Secondary)) {
    ctx_.setPresenting(!ctx_.view.presenting);
    settings_ = false;
    ImGui::CloseCurrentPopup();
  }
  gap(0.8f);
  offlineSection(ctx_, "settings.offline", 0);
  gap(0.8f);
  dataSection(ctx_);
  gap(0.8f);
  if (button(ctx_.t("common.close"), "settings.close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    settings_ = false;
    ImGui::CloseCurrentPopup();
  }
}

}  // namespace lestari::ui
