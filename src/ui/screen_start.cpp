// The start screen: continue, new, import, demo; and what Lestari assesses.
#include <imgui.h>

#include "app.h"
#include "widgets.h"

namespace lestari::ui {

void App::drawStart() {
  const Palette& p = theme_.palette();
  const Fonts& fonts = theme_.fonts();
  heading(fonts.title, t("start.title"));
  ImGui::Dummy(ImVec2(1, em(0.4f)));
  text(t("start.intro"));
  ImGui::Dummy(ImVec2(1, em(1.0f)));

  float full = ImGui::GetContentRegionAvail().x;
  float bw = narrow() ? full : std::min(full, em(22));
  if (auto saved = session_->savedSummary()) {
    beginCard("##continue");
    ImGui::PushFont(fonts.bold);
    text(t("start.continueTitle"));
    ImGui::PopFont();
    text(saved->name.empty() ? t("common.untitled") : saved->name);
    textMuted(f("start.savedInfo", {when(saved->changedAt), std::to_string(saved->answered), std::to_string(saved->total)}));
    ImGui::Dummy(ImVec2(1, em(0.3f)));
    if (button(t("start.continue"), "start.continue", ButtonKind::Primary, bw)) go(0);
    endCard();
    ImGui::Dummy(ImVec2(1, em(0.8f)));
  }

  drawOthers();

  if (presenting_) {  // on a projector the example comes first, one click away
    if (button(t("start.demo"), "start.demo", ButtonKind::Primary, bw)) openDemo();
    textMuted(t("start.demoHint"));
    ImGui::Dummy(ImVec2(1, em(0.8f)));
  }
  ButtonKind newKind = session_->savedSummary() ? ButtonKind::Secondary : ButtonKind::Primary;
  if (button(t("start.new"), "start.new", newKind, bw)) startNew();
  ImGui::Dummy(ImVec2(1, em(0.5f)));
  if (button(t("start.import"), "start.import", ButtonKind::Secondary, bw)) host_.pickFile();
  textMuted(t("start.importHint"));
  ImGui::Dummy(ImVec2(1, em(0.5f)));
  if (!presenting_) {
    if (button(t("start.demo"), "start.demo", ButtonKind::Secondary, bw)) openDemo();
    textMuted(t("start.demoHint"));
  }

  ImGui::Dummy(ImVec2(1, em(1.0f)));
  ImGui::PushFont(fonts.bold);
  text(t("start.trainerTitle"));
  ImGui::PopFont();
  textMuted(t("start.trainerHint"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(t("start.group"), "start.group", ButtonKind::Secondary, bw)) host_.pickFiles();

  ImGui::Dummy(ImVec2(1, em(1.0f)));
  drawOfflineSection("start.offline", bw);

  ImGui::Dummy(ImVec2(1, em(1.4f)));
  heading(fonts.heading, t("start.factorsTitle"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  for (std::size_t i = 0; i < checklist_.factors.size(); ++i) {
    const Factor& fac = checklist_.factors[i];
    ImGui::PushFont(fonts.bold);
    text(std::to_string(i + 1) + ". " + fac.title.in(session_->lang()));
    ImGui::PopFont();
    textMuted(fac.description.in(session_->lang()));
    ImGui::Dummy(ImVec2(1, em(0.4f)));
  }
  ImGui::Dummy(ImVec2(1, em(0.8f)));
  beginCard("##privacy", p.surface);
  text(t("start.privacy"));
  ImGui::Dummy(ImVec2(1, em(0.6f)));
  drawDataSection();
  endCard();
}

// The app as one file, for a USB stick, a chat group or a day with no network.
void App::drawOfflineSection(const char* id, float width) {
  ImGui::PushFont(theme_.fonts().bold);
  text(t("offline.title"));
  ImGui::PopFont();
  textMuted(t("offline.hint"));
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  if (button(t("offline.save"), id, ButtonKind::Secondary, width)) saveOffline();
}

bool App::saveOffline() {
  bool saved = host_.saveAppCopy();
  notice_ = t(saved ? "offline.saved" : "offline.failed");
  return saved;
}

// Other assessments kept in this browser (a copy kept when two tabs
// disagreed) and damaged data set aside: open, download or remove each.
void App::drawOthers() {
  const auto& others = session_->others();
  if (others.empty()) return;
  ImGui::PushFont(theme_.fonts().bold);
  text(t("start.othersTitle"));
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(1, em(0.2f)));
  for (std::size_t i = 0; i < others.size(); ++i) {
    const SavedSummary& o = others[i];
    ImGui::PushID(static_cast<int>(i));
    beginCard("##other");
    text(o.damaged ? t("start.damaged") : o.name.empty() ? t("common.untitled") : o.name);
    if (o.damaged) textMuted(f("start.damagedInfo", {when(o.changedAt)}));
    else textMuted(f("start.savedInfo", {when(o.changedAt), std::to_string(o.answered), std::to_string(o.total)}));
    std::string id = "others." + std::to_string(i);
    if (!o.damaged) {
      if (button(t("start.open"), id + ".open", ButtonKind::Secondary)) {
        if (!session_->open(o.key)) notice_ = t("start.openFailed");
        else go(0);
      }
      ImGui::SameLine(0, em(0.5f));
    }
    if (button(t("start.download"), id + ".download", ButtonKind::Quiet)) session_->downloadStored(o.key);
    ImGui::SameLine(0, em(0.5f));
    if (button(t("start.remove"), id + ".remove", ButtonKind::Quiet)) {
      pendingKey_ = o.key;
      confirm_ = Confirm::RemoveStored;
    }
    endCard();
    ImGui::PopID();
    ImGui::Dummy(ImVec2(1, em(0.4f)));
  }
  ImGui::Dummy(ImVec2(1, em(0.6f)));
}

}  // namespace lestari::ui
