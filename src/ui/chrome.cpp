#include "ui/chrome.h"

#include <algorithm>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>  // the nav focus and its window, for the focus ring

#include "ui/commands.h"
#include "ui/dialogs.h"
#include "core/text/progress_text.h"
#include "ui/router.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

void drawHeader(const Context& ctx) {
  const Palette& p = ctx.theme.palette();
  const Fonts& fonts = ctx.theme.fonts();
  const Bar bar = drawBar(em(3.4f), BarEdge::Bottom);
  const ImVec2 origin = bar.origin;
  const float w = bar.width, h = bar.height;

  float x0 = ctx.sideMargin();
  ImGui::PushFont(fonts.heading);
  float titleH = ImGui::GetTextLineHeight();
  ImGui::SetCursorScreenPos(ImVec2(origin.x + x0, origin.y + (h - titleH) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, toVec4(p.accent));
  ImGui::TextUnformatted("Lestari");
  ImGui::PopStyleColor();
  ImGui::PopFont();
  float afterTitle = ImGui::GetItemRectMax().x;

  // Right side: presentation (wide screens), language and display settings.
  const std::string& langLabel = ctx.narrow() ? ctx.t("lang.switchShort") : ctx.t("lang.switch");
  const std::string& viewLabel = ctx.t("settings.open");
  const std::string& presentLabel = ctx.t(ctx.view.presenting ? "present.exit" : "present.enter");
  float bw0 = ctx.narrow() ? 0 : buttonWidth(presentLabel) + em(0.5f);
  float bw1 = buttonWidth(langLabel);
  float bw2 = buttonWidth(viewLabel);
  float bh = ImGui::GetFrameHeight();
  float right = origin.x + w - x0;
  ImGui::SetCursorScreenPos(ImVec2(right - bw0 - bw1 - bw2 - em(0.5f), origin.y + (h - bh) * 0.5f));
  if (!ctx.narrow()) {
    if (button(presentLabel, "header.present", ctx.view.presenting ? ButtonKind::Primary : ButtonKind::Quiet)) ctx.setPresenting(!ctx.view.presenting);
    ImGui::SameLine(0, em(0.5f));
  }
  if (button(langLabel, "header.language", ButtonKind::Secondary))
    switchLanguage(ctx, ctx.lang() == Lang::Id ? Lang::En : Lang::Id);
  lastNode().name = ctx.t("lang.switch");  // "English", also where "EN" is shown
  describeLanguageSwitch(ctx, ctx.lang() == Lang::Id ? Lang::En : Lang::Id);
  ImGui::SameLine(0, em(0.5f));
  if (button(viewLabel, "header.settings", ButtonKind::Quiet)) ctx.dialogs.openSettings();

  // Between them, when there is room: the tagline or the autosave status.
  std::string status;
  const int step = ctx.router.stepIndex();
  if (ctx.view.presenting) {  // where the room is, in place of the step bar; no autosave chatter
    if (step >= 0) {
      const Route& route = ctx.router.steps()[static_cast<std::size_t>(step)];
      status = ctx.f("a11y.stepOf", {std::to_string(step + 1), std::to_string(ctx.router.steps().size())}) + " \xC2\xB7 " +
               ctx.router.stepScreen(static_cast<std::size_t>(step)).step(route.instance, ctx.session.results()).label;
    }
  } else if (step >= 0 && !ctx.session.changedAt().empty() && ctx.session.allSaved())
    status = ctx.f("autosave.status", {ctx.when(ctx.session.changedAt())});
  else if (ctx.router.is("start"))
    status = ctx.t("app.tagline");
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

void drawStepBar(const Context& ctx) {
  const Palette& p = ctx.theme.palette();
  const Results r = ctx.session.results();  // a copy: clicking a step may change it
  const Bar bar = drawBar(em(ctx.narrow() ? 3.0f : 3.3f), BarEdge::Bottom);
  const ImVec2 origin = bar.origin;
  const float w = bar.width, h = bar.height;
  ImDrawList* dl = ImGui::GetWindowDrawList();

  const int steps = static_cast<int>(ctx.router.steps().size());
  const int here = ctx.router.stepIndex();
  beginGroup(Role::Navigation, "steps", ctx.t("a11y.steps"));
  float x0 = ctx.sideMargin();
  // Each step as wide as its name needs, the room left shared out; where the
  // names do not all fit (phones, 1024 px projectors) the current step keeps
  // its whole name and the others share what is left.
  std::vector<StepInfo> infos;
  std::vector<float> widths;
  const float chrome = em(2.2f);  // number disc and paddings
  float need = 0;
  for (int s = 0; s < steps; ++s) {
    const Route& route = ctx.router.steps()[static_cast<std::size_t>(s)];
    infos.push_back(ctx.router.stepScreen(static_cast<std::size_t>(s)).step(route.instance, r));
    ImGui::PushFont(ctx.theme.fonts().bold);
    widths.push_back(chrome + ImGui::CalcTextSize(infos.back().label.c_str()).x + em(0.6f));
    ImGui::PopFont();
    need += widths.back();
  }
  const float total = w - 2 * x0;
  float gap = em(0.3f);  // between two steps
  if (need <= total) {
    for (float& sw : widths) sw += (total - need) / steps;
  } else {
    // Every step stays a finger's width (44 CSS px) wide, the current one too.
    // Eight steps on a 390 px phone: the gaps shrink before a chip does.
    const float touch = 44.0f * ctx.theme.scale();
    gap = std::clamp((total - touch * static_cast<float>(steps)) / static_cast<float>(steps), 0.0f, gap);
    const float minChip = touch + gap;
    float mine = here >= 0 ? std::min(widths[static_cast<std::size_t>(here)], total * 0.55f) : 0;
    const float others = std::max(minChip, (total - mine) / static_cast<float>(steps - (here >= 0)));
    if (here >= 0) mine = std::max(minChip, std::min(mine, total - others * static_cast<float>(steps - 1)));
    for (int s = 0; s < steps; ++s) widths[static_cast<std::size_t>(s)] = s == here ? mine : others;
  }
  float left = origin.x + x0;
  for (int s = 0; s < steps; ++s) {
    const std::string& label = infos[static_cast<std::size_t>(s)].label;
    const std::string& count = infos[static_cast<std::size_t>(s)].count;
    const bool done = infos[static_cast<std::size_t>(s)].done;
    bool current = s == here;
    const float stepW = widths[static_cast<std::size_t>(s)];
    ImVec2 a(left, origin.y + em(0.35f));
    ImVec2 b(a.x + stepW - gap, origin.y + h - em(0.35f));
    left += stepW;
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(s);
    if (ImGui::InvisibleButton("step", ImVec2(b.x - a.x, b.y - a.y))) ctx.router.goStep(s);
    bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    const std::string& mark = infos[static_cast<std::size_t>(s)].mark;
    describe("step." + std::to_string(s), Role::Button,
             (mark.empty() ? "" : mark + ". ") + label + (count.empty() ? "" : " (" + count + ")") + (done ? ", " + ctx.t("a11y.done") : ""),
             "", "", current ? kCurrent : 0);
    ImU32 bg = current ? p.accent : hovered ? IM_COL32(0, 0, 0, 14) : IM_COL32(0, 0, 0, 0);
    dl->AddRectFilled(a, b, bg, em(0.4f));
    ImU32 fg = current ? p.accentText : p.text;
    // Number disc, then the label (hidden when too narrow), then the count.
    float r0 = em(0.62f);
    ImVec2 c(a.x + em(0.35f) + r0, (a.y + b.y) * 0.5f);
    ImU32 disc = current ? p.accentText : done ? p.ok : p.neutral;
    dl->AddCircleFilled(c, r0, disc);
    const ImU32 markColour = current ? p.accent : done ? p.accentText : p.text;
    if (mark.empty()) {
      dl->AddCircleFilled(c, r0 * 0.3f, markColour);  // profile, results, plan: no number to confuse with a factor's
    } else {
      ImVec2 ns = ImGui::CalcTextSize(mark.c_str());
      dl->AddText(ImVec2(c.x - ns.x * 0.5f, c.y - ns.y * 0.5f), markColour, mark.c_str());
    }
    float tx = c.x + r0 + em(0.35f);
    float room = b.x - tx - em(0.3f);
    if (room > std::min(em(2.5f), ImGui::CalcTextSize(label.c_str()).x * 1.1f)) {
      ImGui::PushFont(current ? ctx.theme.fonts().bold : ctx.theme.fonts().body);
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

void drawFooter(const Context& ctx) {
  const Palette& p = ctx.theme.palette();
  const Results r = ctx.session.results();  // a copy: the download button may change it
  const int here = ctx.router.stepIndex();
  // Presenting a screen as views: the buttons step through them first, and
  // the middle says which view this is.
  const Screen& screen = ctx.router.screen();
  const int views = screen.views(), view = screen.view();
  const bool moreViews = view + 1 < views;
  const Bar bar = drawBar(ImGui::GetContentRegionAvail().y, BarEdge::Top);
  const ImVec2 origin = bar.origin;
  const float w = bar.width, h = bar.height;
  float x0 = ctx.sideMargin();
  float bh = ImGui::GetFrameHeight();
  float y = origin.y + (h - bh) * 0.5f;

  ImGui::SetCursorScreenPos(ImVec2(origin.x + x0, y));
  const std::string back = "\xE2\x80\xB9";  // single angle quotes: in the font, unlike arrows
  const std::string forward = "\xE2\x80\xBA";
  // Words on phones too (short ones): an arrow alone is a guess.
  if (here >= 0 || view > 0) {
    if (button(back + "  " + ctx.t(ctx.narrow() ? "nav.backShort" : "nav.back"), "nav.back", ButtonKind::Secondary, 0, ctx.t("nav.back")))
      ctx.router.advance(-1);
  } else {
    ImGui::Dummy(ImVec2(1, bh));
  }
  const float backRight = ImGui::GetItemRectMax().x;

  // The last step downloads the report; the others lead on, saying where.
  const bool last = !moreViews && here + 1 == static_cast<int>(ctx.router.steps().size());
  const bool next = moreViews || here >= 0;
  std::string nextName;
  if (moreViews) nextName = ctx.t("nav.next");
  else if (next) nextName = ctx.t(last ? "results.download" : ctx.router.stepScreen(static_cast<std::size_t>(here + 1)).arrivalKey());
  std::string nextLabel;
  if (!next) nextLabel = "";
  else if (last) nextLabel = ctx.t(ctx.narrow() ? "results.downloadShort" : "results.download");
  else if (ctx.narrow()) nextLabel = ctx.t("nav.nextShort") + "  " + forward;
  else nextLabel = nextName + "  " + forward;
  float nw = next ? ImGui::CalcTextSize(nextLabel.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 : 0;
  const float nextLeft = origin.x + w - x0 - nw;

  // Between them: the answers counted (or the view shown), in words where they fit, and a bar.
  const std::string spoken = views > 0 ? ctx.f("present.viewOf", {groupedNumber(view + 1, ctx.lang()), groupedNumber(views, ctx.lang())})
                                       : progressText(r, ctx.translations, ctx.lang());
  const std::string progress = ctx.narrow() && views == 0 ? progressText(r, ctx.translations, ctx.lang(), true) : spoken;
  float pw = ImGui::CalcTextSize(progress.c_str()).x;
  const float room = nextLeft - backRight - em(1.0f);
  float barW = std::min({em(10.0f), w * 0.25f, room});
  float midX = (backRight + nextLeft) * 0.5f;
  if (pw <= room) {
    ImGui::SetCursorScreenPos(ImVec2(midX - pw * 0.5f, origin.y + h * 0.5f - ImGui::GetTextLineHeight() * 0.75f));
    ImGui::TextUnformatted(progress.c_str());
  }
  ImGui::SetCursorScreenPos(ImVec2(midX - barW * 0.5f, origin.y + h * 0.5f + ImGui::GetTextLineHeight() * (pw <= room ? 0.4f : -0.15f)));
  const float done = views > 0 ? static_cast<float>(view + 1) / static_cast<float>(views)
                               : r.applicable ? static_cast<float>(r.answered) / r.applicable : 0.f;
  progressBar(done, barW, em(0.35f), p.accent);
  // Text, not a progress bar: a screen reader announced a bar's every change
  // as a bare "4 percent"; the words are read where the reader reads them.
  describe("footer.progress", Role::Text, spoken);

  if (!next) return;
  ImGui::SetCursorScreenPos(ImVec2(nextLeft, y));
  if (button(nextLabel, "nav.next", ButtonKind::Primary, 0, nextName)) {
    if (last) ctx.session.download();
    else ctx.router.advance(1);
  }
}

void drawBanner(const Context& ctx) {
  const Palette& p = ctx.theme.palette();
  if (const auto& problem = ctx.session.storageProblem()) {
    beginGroup(Role::Alert, "banner", "");
    beginCard("##storage", p.warnBg);
    text(ctx.translations.message(*problem, ctx.lang()), p.warn);
    if (problem->code == "storage_corrupt") {
      // Exactly what was set aside, not the new assessment.
      if (button(ctx.t("banner.downloadAside"), "banner.download", ButtonKind::Secondary))
        ctx.session.downloadStored(problem->args.at(0));
    } else if (problem->code == "storage_corrupt_kept") {
      if (button(ctx.t("banner.downloadDamaged"), "banner.download", ButtonKind::Secondary))
        ctx.session.downloadStored(ctx.session.slot());
      ImGui::SameLine(0, em(0.5f));
      if (button(ctx.t("banner.removeDamaged"), "banner.remove", ButtonKind::Quiet)) ctx.dialogs.ask(Confirm::RemoveBlocking);
    } else if (button(ctx.t("results.download"), "banner.download", ButtonKind::Secondary)) {
      ctx.session.download();
    }
    if (problem->code != "storage_corrupt_kept") {
      ImGui::SameLine(0, em(0.5f));
      if (button(ctx.t("common.dismiss"), "banner.dismiss", ButtonKind::Quiet)) ctx.session.dismissStorageProblem();
    }
    endCard();
    endGroup();
  }
  if (!ctx.notice.empty()) {
    if (ctx.session.storageProblem()) ImGui::Dummy(ImVec2(1, em(0.5f)));
    beginGroup(Role::Status, "notice.region", "");
    beginCard("##notice");
    text(ctx.notice, p.ok);
    track("notice");
    if (button(ctx.t("common.dismiss"), "notice.dismiss", ButtonKind::Quiet)) ctx.notice.clear();
    endCard();
    endGroup();
  }
}

// ImGui's own ring is a 2 px line whatever the scale (faint on a level
// option), and a field focused from the mirror had none. This one is 3 px or
// more, just outside the control, in the focus colour, clipped to the window
// the control is in (never over the footer).
void drawFocusRing(const Context& ctx) {
  ImGuiContext& g = *GImGui;
  const bool nav = !g.NavDisableHighlight && g.NavId != 0;
  for (const SemanticNode& n : semanticNodes()) {
    // A text field is ringed while it is typed into: on the canvas, or in
    // the page (its element has the focus, which ImGui's navigation does not
    // follow); not once the focus has left it.
    const bool field = (n.role == Role::TextField || n.role == Role::TextArea) && (n.flags & kFocused) &&
                       (n.item == g.ActiveId || mirrorCaret(n.key) >= 0);
    if (!(field || (nav && n.item == g.NavId)) || !n.visible || !n.window) continue;
    const float w = std::max(3.0f, em(0.17f)), out = w * 0.5f + 1.0f;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->PushClipRect(n.window->ClipRect.Min, n.window->ClipRect.Max, false);
    dl->AddRect(ImVec2(n.min.x - out, n.min.y - out), ImVec2(n.max2.x + out, n.max2.y + out), ctx.theme.palette().focus,
                ImGui::GetStyle().FrameRounding + out, 0, w);
    dl->PopClipRect();
    return;
  }
}

}  // namespace lestari::ui
