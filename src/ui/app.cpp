#include "app.h"

#include <algorithm>
#include <cmath>
#include <cfloat>
#include <ctime>

#include <imgui.h>

#include "text.h"
#include "widgets.h"

namespace lestari::ui {

namespace {
constexpr float kMaxColumnEm = 50.0f;  // reading width of the content column
constexpr double kChartAnimation = 0.45;

template <typename T>
T loadOr(Result<T> r, std::vector<std::string>& errors, const char* what) {
  if (r.ok()) return std::move(*r.value);
  for (const auto& e : r.errors) errors.push_back(std::string(what) + ": " + e.path + " " + e.code);
  return T{};
}
}  // namespace

App::App(const AppAssets& assets, Host& host)
    : demo_(assets.demo), fontData_(assets.fonts), host_(host) {
  checklist_ = loadOr(Checklist::fromTable(assets.checklistTable), loadErrors_, "checklist");
  translations_ = loadOr(Translations::fromTable(assets.stringsTable), loadErrors_, "strings");
  session_ = std::make_unique<Session>(checklist_, translations_, host_);
  session_->setSummaryStyle(assets.summaryCss);
  session_->restore();
}

bool App::prepareFrame(float dpr) {
  dpr_ = dpr;
  const Settings& s = session_->settings();
  float scale = presenting_ ? std::max(s.uiScale, 1.5f) : s.uiScale;
  bool rebuilt = theme_.apply(fontData_, dpr * scale, s.highContrast || presenting_);
  setPalette(&theme_.palette());
  setFonts(&theme_.fonts());
  return rebuilt;
}

bool App::animating() const {
  return (screen_ == resultsStep() || screen_ == kCompare) && resultsShownAt_ >= 0 && ImGui::GetTime() - resultsShownAt_ < kChartAnimation;
}

// How far the charts have grown since they were shown: 0 .. 1, eased out
// (fast, then settling); 1 at once with reduced motion.
float App::chartProgress() const {
  if (resultsShownAt_ < 0) return 1.0f;
  float t = static_cast<float>(std::clamp((ImGui::GetTime() - resultsShownAt_) / kChartAnimation, 0.0, 1.0));
  return 1.0f - (1.0f - t) * (1.0f - t) * (1.0f - t);
}

// The space at the window's sides: less on a phone.
float App::sideMargin() const { return em(narrow() ? 0.8f : 1.5f); }

// A dialog is open: it takes the input, the screen under it waits.
bool App::dialogOpen() const {
  return session_->conflict() != Conflict::None || confirm_ != Confirm::None || !importErrors_.empty() || showSettings_;
}

bool App::touchScroll(float dy) {
  if (dialogOpen()) return false;
  pendingScroll_ += dy;
  return true;
}

bool App::narrow() const { return ImGui::GetIO().DisplaySize.x < em(36); }

void App::go(int screen) {
  screen_ = std::clamp(screen, kGroupReport, planStep());
  revealed_ = 0;
  if (screen_ != kCompare) pickForCompare_ = false;  // a file chosen later elsewhere is imported
  scrollTop_ = true;
  notice_.clear();  // a notice belongs to the screen it was shown on
  fieldErrors_.clear();
  bool charts = screen_ == resultsStep() || screen_ == kCompare;
  resultsShownAt_ = charts && !reducedMotion_ ? ImGui::GetTime() : -1;  // -1: drawn whole at once
}

std::string App::screenName() const {
  if (screen_ == kStart) return "start";
  if (screen_ == 0) return "profile";
  if (screen_ == resultsStep()) return "results";
  if (screen_ == planStep()) return "plan";
  if (screen_ == kCompare) return "compare";
  if (screen_ == kGroup) return "group";
  if (screen_ == kGroupReport) return "group:report";
  return "factor:" + checklist_.factors[static_cast<std::size_t>(screen_ - 1)].id;
}

bool App::goTo(std::string_view name) {
  if (name == "start") return go(kStart), true;
  if (name == "profile") return go(0), true;
  if (name == "results") return go(resultsStep()), true;
  if (name == "plan") return go(planStep()), true;
  if (name == "compare") return go(kCompare), true;
  if (name == "group" && group_) return go(kGroup), true;
  for (std::size_t i = 0; i < checklist_.factors.size(); ++i)
    if (name == "factor:" + checklist_.factors[i].id) return go(static_cast<int>(i) + 1), true;
  return false;
}

std::string App::factorLabel(std::size_t i) const { return checklist_.factors[i].shortTitle.in(session_->lang()); }

std::string App::when(const std::string& iso) const {
  if (iso.size() < 19) return iso;
  std::tm tm{};
  tm.tm_year = std::stoi(iso.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(iso.substr(5, 2)) - 1;
  tm.tm_mday = std::stoi(iso.substr(8, 2));
  tm.tm_hour = std::stoi(iso.substr(11, 2));
  tm.tm_min = std::stoi(iso.substr(14, 2));
  tm.tm_sec = std::stoi(iso.substr(17, 2));
  std::time_t utc = timegm(&tm);
  std::tm local{};
  localtime_r(&utc, &local);
  char hh[4], mm[4];
  std::snprintf(hh, sizeof hh, "%02d", local.tm_hour);
  std::snprintf(mm, sizeof mm, "%02d", local.tm_min);
  std::string month = "month." + std::to_string(local.tm_mon + 1);
  return f("time.dateTime", {std::to_string(local.tm_mday), t(month.c_str()), std::to_string(local.tm_year + 1900), hh, mm});
}

// ---- frame ----------------------------------------------------------------

void App::frame() {
  beginTracking();
  showSessionNotice();
  presentationKeys();
  ImGuiIO& io = ImGui::GetIO();
  if (io.DisplaySize.y != lastDisplayHeight_) {
    if (io.WantTextInput) keepActiveFieldVisible();
    lastDisplayHeight_ = io.DisplaySize.y;
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

  if (!loadErrors_.empty()) {  // a broken build, never a broken user file
    ImGui::SetCursorPos(ImVec2(em(1), em(1)));
    for (const auto& e : loadErrors_) text(e, p.warn);
    ImGui::End();
    return;
  }

  drawHeader();
  bool wizard = screen_ >= 0;
  if (wizard) drawStepBar();

  float footerH = wizard ? em(3.6f) : 0.0f;
  float avail = ImGui::GetContentRegionAvail().x;
  float pad = std::max(sideMargin(), (avail - em(kMaxColumnEm)) * 0.5f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, em(1.2f)));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, toVec4(p.bg));
  // NavFlattened: Tab and the arrow keys reach the page's widgets too.
  ImGui::BeginChild("##content", ImVec2(-1, -footerH), ImGuiChildFlags_AlwaysUseWindowPadding, ImGuiWindowFlags_NavFlattened);
  if (scrollTop_) {
    ImGui::SetScrollY(0);
    scrollTop_ = false;
  }
  if (pendingScroll_ != 0) {  // touch scrolling goes straight to the page, whatever the finger is on
    ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() - pendingScroll_, 0.0f, ImGui::GetScrollMaxY()));
    pendingScroll_ = 0;
  }
  drawBanner();
  if (screen_ == kStart) drawStart();
  else if (screen_ == 0) drawProfile();
  else if (screen_ == resultsStep()) drawResults();
  else if (screen_ == planStep()) drawPlan();
  else if (screen_ == kCompare) drawCompare();
  else if (screen_ == kGroup) drawGroup();
  else if (screen_ == kGroupReport) drawGroupReport();
  else drawFactor(static_cast<std::size_t>(screen_ - 1));
  ImGui::Dummy(ImVec2(1, em(1.5f)));
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (wizard) drawFooter();
  ImGui::End();
  drawModals();
}

void App::drawHeader() {
  const Palette& p = theme_.palette();
  const Fonts& fonts = theme_.fonts();
  const Bar bar = drawBar(em(3.4f), BarEdge::Bottom);
  const ImVec2 origin = bar.origin;
  const float w = bar.width, h = bar.height;

  float x0 = sideMargin();
  ImGui::PushFont(fonts.heading);
  float titleH = ImGui::GetTextLineHeight();
  ImGui::SetCursorScreenPos(ImVec2(origin.x + x0, origin.y + (h - titleH) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(p.accent));
  ImGui::TextUnformatted("Lestari");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  float afterTitle = ImGui::GetItemRectMax().x;

  // Right side: presentation (wide screens), language and display settings.
  const std::string& langLabel = narrow() ? t("lang.switchShort") : t("lang.switch");
  const std::string& viewLabel = t("settings.open");
  const std::string& presentLabel = t(presenting_ ? "present.exit" : "present.enter");
  float bw0 = narrow() ? 0 : buttonWidth(presentLabel) + em(0.5f);
  float bw1 = buttonWidth(langLabel);
  float bw2 = buttonWidth(viewLabel);
  float bh = ImGui::GetFrameHeight();
  float right = origin.x + w - x0;
  ImGui::SetCursorScreenPos(ImVec2(right - bw0 - bw1 - bw2 - em(0.5f), origin.y + (h - bh) * 0.5f));
  if (!narrow()) {
    if (button(presentLabel, "header.present", presenting_ ? ButtonKind::Primary : ButtonKind::Quiet)) setPresenting(!presenting_);
    ImGui::SameLine(0, em(0.5f));
  }
  if (button(langLabel, "header.language", ButtonKind::Secondary))
    session_->setLanguage(session_->lang() == Lang::Id ? Lang::En : Lang::Id);
  ImGui::SameLine(0, em(0.5f));
  if (button(viewLabel, "header.settings", ButtonKind::Quiet)) showSettings_ = true;

  // Between them, when there is room: the tagline or the autosave status.
  std::string status;
  if (screen_ >= 0 && !session_->changedAt().empty() && session_->allSaved())
    status = f("autosave.status", {when(session_->changedAt())});
  else if (screen_ == kStart)
    status = t("app.tagline");
  float room = right - bw0 - bw1 - bw2 - em(1.5f) - (afterTitle + em(1.0f));
  if (!status.empty() && ImGui::CalcTextSize(status.c_str()).x < room) {
    ImGui::SetCursorScreenPos(ImVec2(afterTitle + em(1.0f), origin.y + (h - ImGui::GetTextLineHeight()) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(p.muted));
    plainText(status);
    ImGui::PopStyleColor();
    track("header.status");
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
}

void App::drawStepBar() {
  const Palette& p = theme_.palette();
  const Results r = session_->results();  // a copy: clicking a step may change it
  const Bar bar = drawBar(em(narrow() ? 3.0f : 3.3f), BarEdge::Bottom);
  const ImVec2 origin = bar.origin;
  const float w = bar.width, h = bar.height;
  ImDrawList* dl = ImGui::GetWindowDrawList();

  const int steps = planStep() + 1;
  beginGroup(Role::Navigation, "steps", t("a11y.steps"));
  float x0 = sideMargin();
  float stepW = (w - 2 * x0) / steps;
  for (int s = 0; s < steps; ++s) {
    std::string label, count;
    bool done = false;
    if (s == 0) {
      label = t("step.profile");
      done = !session_->assessment().profileText("name").empty();
    } else if (s == resultsStep()) {
      label = t("step.results");
      done = r.complete;
    } else if (s == planStep()) {
      label = t("step.plan");
      const auto& actions = session_->assessment().actions;
      std::size_t finished = std::count_if(actions.begin(), actions.end(),
                                           [](const auto& kv) { return kv.second.status == ActionStatus::Done; });
      if (!actions.empty()) count = std::to_string(finished) + "/" + std::to_string(actions.size());
      done = !actions.empty() && finished == actions.size();
    } else {
      const FactorResult& fr = r.factors[static_cast<std::size_t>(s - 1)];
      label = factorLabel(static_cast<std::size_t>(s - 1));
      count = std::to_string(fr.answered) + "/" + std::to_string(fr.applicable);
      done = fr.answered == fr.applicable;
    }
    bool current = s == screen_;
    ImVec2 a(origin.x + x0 + s * stepW, origin.y + em(0.35f));
    ImVec2 b(a.x + stepW - em(0.3f), origin.y + h - em(0.35f));
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(s);
    if (ImGui::InvisibleButton("step", ImVec2(b.x - a.x, b.y - a.y))) go(s);
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    describe("step." + std::to_string(s), Role::Button,
             std::to_string(s + 1) + ". " + label + (count.empty() ? "" : " (" + count + ")") + (done ? ", " + t("a11y.done") : ""),
             "", "", current ? kCurrent : 0);
    ImU32 bg = current ? p.accent : hovered ? IM_COL32(0, 0, 0, 14) : IM_COL32(0, 0, 0, 0);
    dl->AddRectFilled(a, b, bg, em(0.4f));
    ImU32 fg = current ? p.accentText : p.text;
    // Number disc, then the label (hidden when too narrow), then the count.
    float r0 = em(0.62f);
    ImVec2 c(a.x + em(0.35f) + r0, (a.y + b.y) * 0.5f);
    ImU32 disc = current ? p.accentText : done ? p.ok : p.neutral;
    dl->AddCircleFilled(c, r0, disc);
    std::string num = std::to_string(s + 1);
    ImVec2 ns = ImGui::CalcTextSize(num.c_str());
    dl->AddText(ImVec2(c.x - ns.x * 0.5f, c.y - ns.y * 0.5f), current ? p.accent : done ? p.accentText : p.text, num.c_str());
    float tx = c.x + r0 + em(0.35f);
    float room = b.x - tx - em(0.3f);
    if (room > em(2.5f)) {
      ImGui::PushFont(current ? theme_.fonts().bold : theme_.fonts().body);
      float lineH = ImGui::GetTextLineHeight();
      std::string shown = label;
      while (!shown.empty() && ImGui::CalcTextSize(shown.c_str()).x > room) {
        shown.pop_back();
        while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80) shown.pop_back();
      }
      if (shown.size() < label.size() && shown.size() > 3) shown = shown.substr(0, shown.size() - 2) + "\xE2\x80\xA6";
      float ty = count.empty() ? c.y - lineH * 0.5f : c.y - lineH;
      dl->AddText(ImVec2(tx, ty), fg, shown.c_str());
      ImGui::PopFont();
      if (!count.empty()) dl->AddText(ImVec2(tx, ty + lineH), current ? fg : p.muted, count.c_str());
    }
  }
  endGroup();
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
}

void App::drawFooter() {
  const Palette& p = theme_.palette();
  const Results r = session_->results();  // a copy: the download button may change it
  const Bar bar = drawBar(ImGui::GetContentRegionAvail().y, BarEdge::Top);
  const ImVec2 origin = bar.origin;
  const float w = bar.width, h = bar.height;
  float x0 = sideMargin();
  float bh = ImGui::GetFrameHeight();
  float y = origin.y + (h - bh) * 0.5f;

  ImGui::SetCursorScreenPos(ImVec2(origin.x + x0, y));
  const std::string back = "\xE2\x80\xB9";  // single angle quotes: in the font, unlike arrows
  const std::string forward = "\xE2\x80\xBA";
  if (button(narrow() ? back : back + "  " + t("nav.back"), "nav.back", ButtonKind::Secondary, 0, t("nav.back")))
    go(screen_ - 1);

  std::string progress = f(narrow() ? "progress.short" : "progress.overall",
                           {std::to_string(r.answered), std::to_string(r.applicable)});
  float pw = ImGui::CalcTextSize(progress.c_str()).x;
  float barW = std::min(em(10), w * 0.25f);
  float midX = origin.x + w * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(midX - pw * 0.5f, origin.y + h * 0.5f - ImGui::GetTextLineHeight() * 0.75f));
  ImGui::TextUnformatted(progress.c_str());
  describe("footer.progress", Role::Progress, f("progress.overall", {std::to_string(r.answered), std::to_string(r.applicable)}));
  lastNode().level = static_cast<int>(r.answered);
  lastNode().max = static_cast<int>(r.applicable);
  ImGui::SetCursorScreenPos(ImVec2(midX - barW * 0.5f, origin.y + h * 0.5f + ImGui::GetTextLineHeight() * 0.4f));
  progressBar(r.applicable ? static_cast<float>(r.answered) / r.applicable : 0.f, barW, em(0.35f), p.accent);

  std::string nextLabel;
  if (screen_ == planStep()) nextLabel = t(narrow() ? "results.downloadShort" : "results.download");
  else if (narrow()) nextLabel = forward;
  else if (screen_ == resultsStep()) nextLabel = t("nav.toPlan") + "  " + forward;
  else nextLabel = t(screen_ == resultsStep() - 1 ? "nav.toResults" : "nav.next") + "  " + forward;
  float nw = ImGui::CalcTextSize(nextLabel.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + w - x0 - nw, y));
  std::string nextName = screen_ == planStep() ? t("results.download") : t(screen_ == resultsStep() ? "nav.toPlan" : screen_ == resultsStep() - 1 ? "nav.toResults" : "nav.next");
  if (button(nextLabel, "nav.next", ButtonKind::Primary, 0, nextName)) {
    if (screen_ == planStep()) session_->download();
    else go(screen_ + 1);
  }
}

void App::drawBanner() {
  const Palette& p = theme_.palette();
  if (const auto& problem = session_->storageProblem()) {
    beginGroup(Role::Alert, "banner", "");
    beginCard("##storage", p.warnBg);
    text(translations_.message(*problem, session_->lang()), p.warn);
    if (problem->code == "storage_corrupt") {
      // Exactly what was set aside, not the new assessment.
      if (button(t("banner.downloadAside"), "banner.download", ButtonKind::Secondary))
        session_->downloadStored(problem->args.at(0));
    } else if (problem->code == "storage_corrupt_kept") {
      if (button(t("banner.downloadDamaged"), "banner.download", ButtonKind::Secondary))
        session_->downloadStored(session_->slot());
      ImGui::SameLine(0, em(0.5f));
      if (button(t("banner.removeDamaged"), "banner.remove", ButtonKind::Quiet)) confirm_ = Confirm::RemoveBlocking;
    } else if (button(t("results.download"), "banner.download", ButtonKind::Secondary)) {
      session_->download();
    }
    if (problem->code != "storage_corrupt_kept") {
      ImGui::SameLine(0, em(0.5f));
      if (button(t("common.dismiss"), "banner.dismiss", ButtonKind::Quiet)) session_->dismissStorageProblem();
    }
    endCard();
    endGroup();
    ImGui::Dummy(ImVec2(1, em(0.6f)));
  }
  if (!notice_.empty()) {
    beginGroup(Role::Status, "notice.region", "");
    beginCard("##notice");
    text(notice_, p.ok);
    track("notice");
    if (button(t("common.dismiss"), "notice.dismiss", ButtonKind::Quiet)) notice_.clear();
    endCard();
    endGroup();
    ImGui::Dummy(ImVec2(1, em(0.6f)));
  }
}

// ---- actions ----------------------------------------------------------------

void App::startNew() {
  if (session_->unsaved()) { confirm_ = Confirm::New; return; }
  session_->reset();
  go(0);
}

void App::openDemo() {
  if (session_->unsaved()) { confirm_ = Confirm::Demo; return; }
  loadDemo();
}

void App::loadDemo() {
  auto r = session_->parse(demo_);
  if (r.ok()) session_->replace(std::move(r.value->assessment), true);
  go(resultsStep());
  notice_ = t("demo.notice");
}

void App::onFileOpened(const std::string& name, std::string_view bytes) {
  if (pickForCompare_ || screen_ == kCompare) {
    pickForCompare_ = false;
    compareWith(name, bytes);
    return;
  }
  // A file that arrives while a question is open (a second drop) never
  // changes what the question is about: it is held back, and the dialog says so.
  if (confirm_ != Confirm::None) { heldBack_ = echo(name); return; }
  compareFailed_ = false;
  auto r = session_->parse(bytes);
  if (!r.ok()) {
    importErrors_ = r.errors;
    importErrorFile_ = echo(name);
    pendingImport_.reset();
    return;
  }
  pendingImport_ = std::move(*r.value);
  pendingName_ = echo(name);
  importErrors_.clear();
  if (session_->unsaved()) { confirm_ = Confirm::Import; return; }
  finishImport(std::move(*pendingImport_), pendingName_);
  pendingImport_.reset();
}

void App::finishImport(ImportedReport r, const std::string& name) {
  std::string note = r.recalculated ? " " + session_->describeRecalculation(*r.recalculated, r.assessment) : "";
  for (const Error& w : r.warnings) note += " " + session_->tr().message(w, session_->lang());
  session_->replace(std::move(r.assessment), true);
  go(resultsStep());
  notice_ = f("import.done", {name}) + note;
}

void App::onFileRefused(const std::string& name, const Error& error) {
  if (confirm_ != Confirm::None) { heldBack_ = echo(name); return; }
  compareFailed_ = pickForCompare_ || screen_ == kCompare;
  pickForCompare_ = false;
  importErrors_ = {error};
  importErrorFile_ = echo(name);
}

// The chosen file beside the current assessment: the earlier of the two
// (by the time each last changed) is "before".
void App::compareWith(const std::string& name, std::string_view bytes) {
  auto r = compareReports(session_->exportText(), bytes, checklist_);
  if (!r.ok()) {
    compareFailed_ = true;
    importErrors_ = r.errors;
    importErrorFile_ = echo(name);
    return;
  }
  comparison_ = std::move(*r.value);
  go(kCompare);
}

void App::addToPlan(const std::string& indicator) {
  if (!session_->assessment().actions.count(indicator)) session_->setAction(session_->draftAction(indicator));
}

void App::setFieldError(const std::string& widget, const std::optional<Error>& e) {
  fieldErrors_.erase(std::remove_if(fieldErrors_.begin(), fieldErrors_.end(),
                                    [&](const auto& fe) { return fe.first == widget; }),
                     fieldErrors_.end());
  if (e) fieldErrors_.push_back({widget, *e});
}

void App::showFieldError(const std::string& widget) {
  for (const auto& fe : fieldErrors_)
    if (fe.first == widget) {
      std::string message = translations_.message(fe.second, session_->lang());
      text(message, theme_.palette().warn);
      track("fieldError." + widget);
      markInvalid(widget, message);  // the field itself says it, for screen readers
    }
}

void App::jumpToFirstUnanswered() {
  for (std::size_t i = 0; i < checklist_.factors.size(); ++i)
    for (const auto& ind : checklist_.factors[i].indicators) {
      auto it = session_->assessment().answers.find(ind.id);
      if (it == session_->assessment().answers.end() || (!it->second.level && !it->second.notApplicable)) {
        go(static_cast<int>(i) + 1);
        scrollTop_ = false;
        scrollToIndicator_ = ind.id;
        return;
      }
    }
}

// ---- presentation mode -------------------------------------------------------

void App::setPresenting(bool on) {
  presenting_ = on;
  revealed_ = 0;
  // The keys belong to the presenter: arrows and Space step and reveal
  // instead of moving the keyboard focus.
  ImGuiIO& io = ImGui::GetIO();
  if (on) io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
  else io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

void App::presentationKeys() {
  if (!presenting_ || ImGui::GetIO().WantTextInput || dialogOpen()) return;
  auto pressed = [](ImGuiKey a, ImGuiKey b) { return ImGui::IsKeyPressed(a, false) || ImGui::IsKeyPressed(b, false); };
  bool onFactor = screen_ >= 1 && screen_ < resultsStep();
  if (pressed(ImGuiKey_PageDown, ImGuiKey_RightArrow)) go(screen_ < 0 ? 0 : std::min(screen_ + 1, planStep()));
  else if (pressed(ImGuiKey_PageUp, ImGuiKey_LeftArrow)) go(screen_ <= 0 ? kStart : screen_ - 1);
  else if (onFactor && pressed(ImGuiKey_Space, ImGuiKey_DownArrow)) revealed_ = std::min(revealed_ + 1, kMaxLevel + 1);
  else if (onFactor && ImGui::IsKeyPressed(ImGuiKey_UpArrow, false)) revealed_ = std::max(revealed_ - 1, 0);
  else if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) setPresenting(false);
}

// ---- text into fields and other tabs -----------------------------------------

void App::insertText(const std::string& in) {
  const ActiveField* field = activeField();
  if (!field) {  // nothing to type into: ImGui drops it
    ImGui::GetIO().AddInputCharactersUTF8(in.c_str());
    return;
  }
  std::string text = normalizeLineBreaks(in, field->multiline);
  std::size_t after = field->chars + utf8Length(text);
  if (after > field->maxChars) {
    refuseFieldText(field->id, field->maxChars, after);
    return;
  }
  noteInsertedChars(utf8Length(text));
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
}

void App::refuseText(std::size_t chars) {
  if (const ActiveField* field = activeField()) refuseFieldText(field->id, field->maxChars, chars);
}

void App::refuseFieldText(const std::string& field, std::size_t maxChars, std::size_t chars) {
  setFieldError(field, Error{field, "paste_too_long", {std::to_string(maxChars), std::to_string(chars)}});
}

void App::onStorageChanged(const std::string& key) {
  session_->onStorageChanged(key);
  if (auto n = session_->takeNotice()) {
    if (n->key == "notice.removedElsewhere") go(kStart);  // nothing left to show here
    notice_ = f(n->key.c_str(), n->args);
  }
}

void App::showSessionNotice() {
  if (auto n = session_->takeNotice()) notice_ = f(n->key.c_str(), n->args);
}

}  // namespace lestari::ui
