// The modal dialogs: another tab's changes, confirmations before anything
// is replaced or removed, import errors, display settings and the data kept
// in this browser. One shows at a time, the most urgent first.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui.h>

#include "app.h"
#include "widgets.h"

namespace lestari::ui {

namespace {
// Opens (once) and begins a centred modal of the app's width; for assistive
// technology a modal dialog named by its title (endModal closes both).
bool beginModal(const char* id, const std::string& title) {
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
  if (open) beginGroup(Role::Dialog, id, title);
  return open;
}
void endModal() {
  endGroup();
  ImGui::EndPopup();
}
void gap(float n) { ImGui::Dummy(ImVec2(1, em(n))); }
}  // namespace

void App::drawModals() {
  if (session_->conflict() != Conflict::None) drawConflict();
  else if (confirm_ != Confirm::None) drawConfirm();
  else if (!importErrors_.empty()) drawImportErrors();
  else if (showSettings_ && beginModal("##settings", t("settings.title"))) {
    drawSettings();
    endModal();
  }
}

// Another tab saved or removed this assessment while this tab had changes it
// could not save. Nothing was overwritten; the user chooses, and can download
// this tab's version first. There is no "cancel": the choice is needed.
void App::drawConflict() {
  if (!beginModal("##conflict", t("conflict.title"))) return;
  bool removed = session_->conflict() == Conflict::Removed;
  heading(theme_.fonts().heading, t("conflict.title"));
  gap(0.4f);
  text(t(removed ? "conflict.bodyRemoved" : "conflict.body"));
  gap(0.6f);
  float bw = ImGui::GetContentRegionAvail().x;
  if (button(t(removed ? "conflict.removeHere" : "conflict.takeTheirs"), "conflict.theirs", ButtonKind::Primary, bw)) {
    session_->takeTheirs();
    if (session_->assessment().empty()) go(kStart);
    ImGui::CloseCurrentPopup();
  }
  gap(0.4f);
  if (button(t("conflict.keepMine"), "conflict.mine", ButtonKind::Secondary, bw)) {
    session_->keepMineAsCopy();
    ImGui::CloseCurrentPopup();
  }
  gap(0.4f);
  if (button(t("conflict.download"), "conflict.download", ButtonKind::Quiet, bw)) session_->download();
  endModal();
}

void App::drawConfirm() {
  std::string name = session_->assessment().profileText("name");
  if (name.empty()) name = t("common.untitled");
  const char *title = "confirm.title", *body = "confirm.body", *action = "confirm.replace", *download = "confirm.downloadFirst";
  switch (confirm_) {
    case Confirm::Forget: title = "forget.title"; body = "forget.body"; action = "forget.confirm"; break;
    case Confirm::RemoveStored: {
      title = "removeStored.title"; body = "removeStored.body"; action = "start.remove"; download = "removeStored.download";
      for (const auto& o : session_->others())
        if (o.key == pendingKey_) name = o.damaged ? t("start.damaged") : o.name.empty() ? t("common.untitled") : o.name;
      break;
    }
    case Confirm::RemoveBlocking:
      title = "removeBlocking.title"; body = "removeBlocking.body"; action = "removeBlocking.confirm";
      download = "banner.downloadDamaged";
      break;
    default: break;
  }
  if (!beginModal("##confirm", t(title))) return;
  heading(theme_.fonts().heading, t(title));
  gap(0.4f);
  text(f(body, {name}));
  if (confirm_ == Confirm::Import) {
    gap(0.3f);
    text(f("confirm.importFile", {pendingName_}));
  }
  if (!heldBack_.empty()) {
    gap(0.3f);
    text(f("confirm.heldBack", {heldBack_}));
  }
  gap(0.6f);
  if (button(t(download), "confirm.download", ButtonKind::Secondary)) {
    if (confirm_ == Confirm::RemoveStored) session_->downloadStored(pendingKey_);
    else if (confirm_ == Confirm::RemoveBlocking) session_->downloadStored(session_->slot());
    else session_->download();
  }
  gap(0.4f);
  bool act = button(t(action), "confirm.replace", ButtonKind::Primary);
  ImGui::SameLine(0, em(0.6f));
  bool cancel = button(t("common.cancel"), "confirm.cancel", ButtonKind::Quiet) || ImGui::IsKeyPressed(ImGuiKey_Escape);
  if (act || cancel) heldBack_.clear();
  if (act) {
    Confirm what = confirm_;
    confirm_ = Confirm::None;
    ImGui::CloseCurrentPopup();
    switch (what) {
      case Confirm::New: session_->reset(); go(0); break;
      case Confirm::Demo: loadDemo(); break;
      case Confirm::Import:
        if (pendingImport_) finishImport(std::move(*pendingImport_), pendingName_);
        break;
      case Confirm::Forget:
        showSettings_ = false;
        session_->forgetAll();
        go(kStart);
        break;
      case Confirm::RemoveStored: session_->removeStored(pendingKey_); break;
      case Confirm::RemoveBlocking: session_->removeBlockingData(); break;
      case Confirm::None: break;
    }
    pendingImport_.reset();
  } else if (cancel) {
    confirm_ = Confirm::None;
    pendingImport_.reset();
    ImGui::CloseCurrentPopup();
  }
  endModal();
}

void App::drawImportErrors() {
  if (!beginModal("##importErrors", t(compareFailed_ ? "compare.failedTitle" : "import.failedTitle"))) return;
  const Palette& p = theme_.palette();
  heading(theme_.fonts().heading, t(compareFailed_ ? "compare.failedTitle" : "import.failedTitle"));
  gap(0.3f);
  text(f(compareFailed_ ? "compare.failedBody" : "import.failedBody", {importErrorFile_}));
  gap(0.5f);
  float listH = std::min(em(14), ImGui::GetIO().DisplaySize.y * 0.45f);
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, listH));
  ImGui::BeginChild("##errs", ImVec2(-1, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY);
  for (const auto& e : importErrors_) {  // at most limits::kErrors, then "… and N more"
    bool more = e.code == "more_errors";
    text(translations_.message(e, session_->lang()), more ? p.muted : p.warn);
    if (!more) textMuted(e.path);
    gap(0.3f);
  }
  ImGui::EndChild();
  track("import.errors");
  gap(0.5f);
  textMuted(t("import.unchanged"));
  gap(0.5f);
  if (button(t("common.close"), "import.close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    importErrors_.clear();
    ImGui::CloseCurrentPopup();
  }
  endModal();
}

void App::drawSettings() {
  const Settings& s = session_->settings();
  heading(theme_.fonts().heading, t("settings.title"));
  gap(0.5f);

  ImGui::PushFont(theme_.fonts().bold);
  text(t("settings.language"));
  ImGui::PopFont();
  beginGroup(Role::RadioGroup, "settings.language", t("settings.language"));
  if (button("Bahasa Indonesia", "settings.lang.id", s.language == Lang::Id ? ButtonKind::Primary : ButtonKind::Secondary))
    session_->setLanguage(Lang::Id);
  asRadio(s.language == Lang::Id);
  ImGui::SameLine(0, em(0.5f));
  if (button("English", "settings.lang.en", s.language == Lang::En ? ButtonKind::Primary : ButtonKind::Secondary))
    session_->setLanguage(Lang::En);
  asRadio(s.language == Lang::En);
  endGroup();
  gap(0.8f);

  ImGui::PushFont(theme_.fonts().bold);
  text(t("settings.scale"));
  ImGui::PopFont();
  int pct = static_cast<int>(std::lround(s.uiScale * 100));
  if (button("\xE2\x80\x93", "settings.scale.down", ButtonKind::Secondary, 0, t("a11y.smaller")) && pct > 100)
    session_->setUiScale((pct - 10) / 100.0f);
  ImGui::SameLine(0, em(0.8f));
  ImGui::AlignTextToFramePadding();
  std::string pctText = std::to_string(pct) + " %";
  ImGui::TextUnformatted(pctText.c_str());
  describe("settings.scale.value", Role::Text, f("a11y.scale", {std::to_string(pct)}));
  ImGui::SameLine(0, em(0.8f));
  if (button("+", "settings.scale.up", ButtonKind::Secondary, 0, t("a11y.larger")) && pct < 200)
    session_->setUiScale((pct + 10) / 100.0f);
  gap(0.8f);

  ImGui::PushFont(theme_.fonts().bold);
  text(t("settings.theme"));
  ImGui::PopFont();
  beginGroup(Role::RadioGroup, "settings.theme", t("settings.theme"));
  // RadioButton: ImGui reports its label and whether it is checked.
  if (ImGui::RadioButton(t("settings.theme.light").c_str(), !s.highContrast)) session_->setHighContrast(false);
  describe("settings.theme.light", Role::Radio, t("settings.theme.light"), "", "", s.highContrast ? 0 : kChecked);
  if (ImGui::RadioButton(t("settings.theme.contrast").c_str(), s.highContrast)) session_->setHighContrast(true);
  describe("settings.theme.contrast", Role::Radio, t("settings.theme.contrast"), "", "", s.highContrast ? kChecked : 0);
  endGroup();
  gap(0.5f);
  textMuted(t("settings.remembered"));
  gap(0.8f);
  ImGui::PushFont(theme_.fonts().bold);
  text(t("present.title"));
  ImGui::PopFont();
  textMuted(t("present.about"));
  if (button(t(presenting_ ? "present.exit" : "present.enter"), "settings.present", ButtonKind::Secondary)) {
    setPresenting(!presenting_);
    showSettings_ = false;
    ImGui::CloseCurrentPopup();
  }
  gap(0.8f);
  drawOfflineSection("settings.offline", 0);
  gap(0.8f);
  drawDataSection();
  gap(0.8f);
  if (button(t("common.close"), "settings.close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    showSettings_ = false;
    ImGui::CloseCurrentPopup();
  }
}

// Where the data is kept, and the way to remove it (shared laptops).
void App::drawDataSection() {
  ImGui::PushFont(theme_.fonts().bold);
  text(t("data.title"));
  ImGui::PopFont();
  text(t("data.where"));
  gap(0.3f);
  if (button(t("data.forget"), "data.forget", ButtonKind::Secondary)) confirm_ = Confirm::Forget;
}

}  // namespace lestari::ui
