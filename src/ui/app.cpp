#include "ui/app.h"

#include <algorithm>

#include <imgui.h>

#include "ui/chrome.h"
#include "ui/commands.h"
#include "core/report/share_code.h"
#include "core/text/text.h"
#include "ui/widgets.h"
#include "ui/screens/compare_screen.h"
#include "ui/screens/factor_screen.h"
#include "ui/screens/room_report_screen.h"
#include "ui/screens/room_screen.h"
#include "ui/screens/plan_screen.h"
#include "ui/screens/profile_screen.h"
#include "ui/screens/results_screen.h"
#include "ui/screens/start_screen.h"

namespace lestari::ui {

namespace {
constexpr float kMaxColumnEm = 50.0f;  // reading width of the content column

template <typename T>
T loadOr(Result<T> r, std::vector<std::string>& errors, const char* what) {
  if (r.ok()) return std::move(*r.value);
  for (const auto& e : r.errors) errors.push_back(std::string(what) + ": " + e.path + " " + e.code);
  return T{};
}
}  // namespace

App::Content App::load(const AppAssets& assets) {
  Content c;
  c.checklist = loadOr(Checklist::fromTable(assets.checklistTable), c.errors, "checklist");
  c.translations = loadOr(Translations::fromTable(assets.stringsTable), c.errors, "strings");
  c.demo = assets.demo;
  c.demoEn = assets.demoEn;
  c.fonts = assets.fonts;
  return c;
}

App::App(const AppAssets& assets, Host& host)
    : content_(load(assets)),
      host_(host),
      session_(std::make_unique<Session>(content_.checklist, content_.translations, host_)),
      room_(content_.checklist),
      ctx_{*session_, room_, content_.checklist, content_.translations, theme_, host_, router_, dialogs_, fieldErrors_, notice_, view_,
           content_.demo, content_.demoEn},
      dialogs_(ctx_) {
  session_->setSummaryStyle(assets.summaryCss);
  session_->restore();

  // The route table. The wizard's steps are the wizard screens in this order.
  router_.add<StartScreen>(ctx_);
  router_.add<ProfileScreen>(ctx_);
  router_.add<FactorScreen>(ctx_);
  router_.add<ResultsScreen>(ctx_);
  router_.add<PlanScreen>(ctx_);
  router_.add<CompareScreen>(ctx_);
  router_.add<RoomScreen>(ctx_);
  router_.add<RoomReportScreen>(ctx_);
  room_.onOpened([this] { router_.goTo("group"); });  // a room read is shown
  room_.keepWith(host_);

  // What belongs to the screen that was left: its notice, refused edits, scroll.
  router_.onNavigate([this](bool anchored) {
    notice_.clear();
    fieldErrors_.clear();
    scroll_.toTop = !anchored;  // an anchor is scrolled to instead
  });
}

bool App::prepareFrame(float dpr) {
  const Settings& s = session_->settings();
  float scale = s.uiScale;
  if (view_.presenting) {
    // Sized by the screen, as a slide is: body text 28 px at 1920x1080 (read
    // from the back row), the same share of a 1366x768 or 1024x768 projector
    // (wide ones by their height, 4:3 ones by their width), never smaller
    // than on the desk, and larger if the user asked for larger.
    const ImVec2 css(ImGui::GetIO().DisplaySize.x / dpr, ImGui::GetIO().DisplaySize.y / dpr);
    const float screen = std::min(css.y / 1080.0f, css.x / 1600.0f);
    scale = std::max({s.uiScale, 1.0f, kPresentBodyPx / kBodyPx * screen});
  }
  bool rebuilt = theme_.apply(content_.fonts, dpr * scale, s.highContrast, view_.presenting);
  return rebuilt;
}

bool App::touchScroll(float dy) {
  if (dialogs_.blocking()) return false;
  scroll_.pending += dy;
  return true;
}

// ---- frame ----------------------------------------------------------------

void App::frame() {
  beginTracking();
  // Phones: every button, option and field at least 44 CSS px tall (WCAG 2.5.5).
  const float scale = theme_.scale();
  ImGui::GetStyle().FramePadding.y =
      ctx_.narrow() ? std::max(8.0f * scale, (44.0f * scale - ImGui::GetFontSize()) * 0.5f) : 8.0f * scale;
  showSessionNotice();
  presenterKeys();
  ImGuiIO& io = ImGui::GetIO();
  if (io.DisplaySize.y != scroll_.lastDisplayHeight) {
    if (io.WantTextInput || typingInPage()) keepActiveFieldVisible();  // a phone's keyboard opened
    scroll_.lastDisplayHeight = io.DisplaySize.y;
  }
  const Palette& p = theme_.palette();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar(2);

  if (!content_.errors.empty()) {  // a broken build, never a broken user file
    ImGui::SetCursorPos(ImVec2(em(1), em(1)));
    for (const auto& e : content_.errors) text(e, p.warn);
    ImGui::End();
    return;
  }

  drawHeader(ctx_);
  bool wizard = router_.stepIndex() >= 0;
  // Presenting, the header says which step this is: the step bar's names
  // were cut to "Innova…" on a projector.
  if (wizard && !view_.presenting) drawStepBar(ctx_);
  const bool footer = wizard || router_.screen().views() > 0;

  float footerH = footer ? em(kFooterEm) : 0.0f;
  float avail = ImGui::GetContentRegionAvail().x;
  float pad = std::max(ctx_.sideMargin(), (avail - em(kMaxColumnEm)) * 0.5f);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, toVec4(p.bg));
  // Messages (a notice, a storage problem) stay in view however far the page
  // is scrolled: above it, not in it.
  if (!notice_.empty() || session_->storageProblem()) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, em(0.6f)));
    // As wide as the page's cards beside the page's scrollbar.
    ImGui::BeginChild("##messages", ImVec2(-scrollbarWidth(), 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
    drawBanner(ctx_);
    ImGui::EndChild();
    ImGui::PopStyleVar();
  }
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, em(1.2f)));
  // NavFlattened: Tab and the arrow keys reach the page's widgets too.
  ImGui::BeginChild("##content", ImVec2(-1, -footerH), ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NavFlattened | scrollbarFlags());
  if (scroll_.toTop) {
    ImGui::SetScrollY(0);
    scroll_.toTop = false;
  }
  if (scroll_.pending != 0) {  // touch scrolling goes straight to the page, whatever the finger is on
    ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - scroll_.pending, 0.0f, ImGui::GetScrollMaxY()));
    scroll_.pending = 0;
  }
  drawn_ = router_.name();
  if (drawn_ != shown_) {
    shown_ = drawn_;
    ctx_.host.screenShown(drawn_);
    if (drawn_ == "start") host_.listKeptRooms();  // another tab may have kept or closed one since
  }
  const std::size_t first = semanticNodes().size();
  router_.screen().draw(router_.instance());
  // A wizard step's heading says which step it is: it is what is heard on arrival.
  if (wizard)
    for (std::size_t i = first; i < semanticNodes().size(); ++i)
      if (semanticNodes()[i].role == Role::Heading) {
        nodeAt(i).description = ctx_.f("a11y.stepOf", {std::to_string(router_.stepIndex() + 1), std::to_string(router_.steps().size())});
        break;
      }
  if (router_.screen().views() == 0) ImGui::Dummy(ImVec2(1, em(1.5f)));  // a view fits the screen: no room below it
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (footer && (router_.stepIndex() >= 0 || router_.screen().views() > 0)) drawFooter(ctx_);
  ImGui::End();
  dialogs_.draw();
  drawFocusRing(ctx_);
  // Characters the fonts lack (emoji from a chat) are drawn by the system's
  // fonts, from the next frame on: never "?".
  theme_.addGlyphs(missingGlyphs_.take(semanticNodes(), *theme_.fonts().body), ctx_.host);
}

// Presenting: PageDown / PageUp and the side arrows step through the wizard
// (from the start screen into it, and out of it back to the start) and
// through a screen's views, as do Space and the up and down arrows on a
// screen shown as views; Escape leaves presentation mode. A screen adds its
// own keys (FactorScreen).
void App::presenterKeys() {
  if (!view_.presenting || ImGui::GetIO().WantTextInput || dialogs_.blocking()) return;
  auto pressed = [](ImGuiKey a, ImGuiKey b) { return ImGui::IsKeyPressed(a, false) || ImGui::IsKeyPressed(b, false); };
  if (pressed(ImGuiKey_PageDown, ImGuiKey_RightArrow)) router_.advance(1);
  else if (pressed(ImGuiKey_PageUp, ImGuiKey_LeftArrow)) router_.advance(-1);
  else if (router_.screen().views() > 0 && pressed(ImGuiKey_Space, ImGuiKey_DownArrow)) router_.advance(1);
  else if (router_.screen().views() > 0 && pressed(ImGuiKey_UpArrow, ImGuiKey_UpArrow)) router_.advance(-1);
  else if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) setPresenting(false);
  else router_.screen().presenterKeys();
}

// ---- files, text and other tabs -------------------------------------------

// Many files are a room; so is one dropped on a screen of the room (it joins it).
App::FilesGo App::whereFilesGo(std::size_t files) const {
  const bool ofRoom = router_.screen().ofRoom();
  return {files > 1 || ofRoom, ofRoom};
}

void App::onFileOpened(const std::string& name, std::string_view bytes) {
  if (router_.screen().takeFile(name, bytes)) return;
  if (dialogs_.holdBack(name)) return;
  if (isChatWithCodes(bytes)) {  // a chat's share codes: a room, not one assessment
    room_.begin(false);
    room_.add(name, bytes);
    room_.finish();
    return;
  }
  auto r = session_->parse(bytes);
  if (!r.ok()) return dialogs_.showErrors(r.errors, echoFileName(name), false);
  dialogs_.offerImport(std::move(*r.value), echoFileName(name));
}

void App::onFileRefused(const std::string& name, const Error& error) {
  if (router_.screen().takeRefusedFile(name, error)) return;
  if (dialogs_.holdBack(name)) return;
  dialogs_.showErrors({error}, echoFileName(name), false);
}

void App::onKeptRoomRead(const std::string& id, std::optional<std::string_view> text) {
  std::optional<Error> failed = text ? room_.openKept(id, *text) : Error{"$", "kept_room_unreadable", {}};
  if (failed) notice_ = ctx_.t(failed->code == "kept_room_other_checklist" ? "start.keptOtherChecklist" : "start.keptDamaged");
}

void App::onWorkbookDone(const std::string& name) {
  notice_ = ctx_.f("notice.downloadedFile", {name});
}

void App::onShared(const std::string& name, const std::string& how) {
  if (how == "shared" || how == "downloaded") session_->markKept();  // the user has the file
  notice_ = how == "shared" ? ctx_.f("notice.shared", {name}) : how == "cancelled" ? ctx_.t("notice.shareCancelled")
                                                                                  : ctx_.f("notice.shareDownloaded", {name});
}

bool App::saveOffline() { return ui::saveOffline(ctx_); }

app::Session::Printable App::printable() const {
  if (router_.name() != "group" || !room_.isOpen()) return session_->printable();
  const Lang lang = session_->lang();
  return {lang, std::string(session_->summaryStyle()), room_.eventReportBody(content_.translations, lang, host_.today())};
}

App::History App::fromHistory(std::string_view name) {
  if (dialogs_.blocking()) return History::Dialog;
  return router_.goTo(name) ? History::Moved : History::Refused;
}

void App::insertText(const std::string& in) {
  if (!activeField()) {  // nothing to type into: ImGui drops it
    ImGui::GetIO().AddInputCharactersUTF8(in.c_str());
    return;
  }
  if (auto text = fitText(in)) ImGui::GetIO().AddInputCharactersUTF8(text->c_str());
}

std::optional<std::string> App::fitText(const std::string& in) {
  const ActiveField* field = activeField();
  if (!field) return std::nullopt;
  std::string text = normalizeLineBreaks(in, field->multiline);
  std::size_t after = field->chars + utf8Length(text);
  if (after > field->maxChars) {
    refuseFieldText(field->id, field->maxChars, after);
    return std::nullopt;
  }
  noteInsertedChars(utf8Length(text));
  return text;
}

void App::refuseText(std::size_t chars) {
  if (const ActiveField* field = activeField()) refuseFieldText(field->id, field->maxChars, chars);
}

void App::onStorageChanged(const std::string& key) {
  session_->onStorageChanged(key);
  if (auto n = session_->takeNotice()) {
    if (n->key == "notice.removedElsewhere") router_.goTo("start");  // nothing left to show here
    notice_ = ctx_.f(n->key.c_str(), n->args);
  }
}

void App::showSessionNotice() {
  if (auto n = session_->takeNotice()) notice_ = ctx_.f(n->key.c_str(), n->args);
}

}  // namespace lestari::ui
