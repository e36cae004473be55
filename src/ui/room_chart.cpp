#include "ui/room_chart.h"

#include <algorithm>

#include <imgui.h>

#include "ui/chart.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
ImU32 bandColour(const Context& ctx, const Band* b) {
  const std::size_t i = b ? static_cast<std::size_t>(b - ctx.checklist.bands.data()) : 0;
  return ctx.theme.palette().band[std::min<std::size_t>(i, 3)];
}
// Labels in bold (on a projector the body size is the slide's: 36 px at 1920x1080).
ImFont* labelFont(const Context& ctx) { return ctx.theme.fonts().bold; }
void boldText(const Context& ctx, const std::string& s) {  // seen, not read: the chart's image text says it
  ImGui::PushFont(labelFont(ctx));
  ImGui::TextUnformatted(s.c_str());
  ImGui::PopFont();
}
// A label on the left and its value at the right edge of `width`.
void labelled(const Context& ctx, const std::string& label, const std::string& value, float width) {
  boldText(ctx, label);
  const float vw = ImGui::CalcTextSize(value.c_str()).x;
  if (vw + ImGui::GetItemRectSize().x + em(1) < width) ImGui::SameLine(width - vw);
  ImGui::TextColored(toVec4(ctx.theme.palette().muted), "%s", value.c_str());
}
}  // namespace

void factorSpreadChart(const Context& ctx, const RoomData& g) {
  const TightRows tight(ctx.view.presenting);
  const Palette& p = ctx.theme.palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float width = ImGui::GetContentRegionAvail().x;
  std::string alt = ctx.t("group.chartFactors") + ".";
  ImGui::BeginGroup();
  for (std::size_t i = 0; i < g.factors.size(); ++i) {
    const Stats& s = g.factors[i].stats;
    const std::string label = std::to_string(i + 1) + ". " + ctx.factorLabel(i);
    const std::string value = s.n ? formatNumber(s.mean, ctx.lang()) + "  (" + formatNumber(s.min, ctx.lang()) + "\xE2\x80\x93" + formatNumber(s.max, ctx.lang()) + ")" : "\xE2\x80\x93";
    labelled(ctx, label, value, width);
    alt += " " + (s.n ? ctx.f("a11y.factorSpread", {label, formatNumber(s.mean, ctx.lang()), formatNumber(s.min, ctx.lang()), formatNumber(s.max, ctx.lang())}) : label + ": \xE2\x80\x93.");
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = em(0.8f);
    scoreTrack(ctx, pos, width, h);
    if (s.n) {
      auto x = [&](double v) { return pos.x + width * static_cast<float>(v) / 100.0f; };
      // The mean as a bar in its band's colour, the spread as a whisker over it.
      dl->AddRectFilled(pos, ImVec2(std::max(x(*s.mean), pos.x + h * 0.6f), pos.y + h), bandColour(ctx, bandFor(ctx.checklist, *s.mean)), h * 0.3f);
      const float mid = pos.y + h * 0.5f, line = std::max(2.0f, em(0.12f)), cap = h * 0.5f + em(0.15f);
      dl->AddLine(ImVec2(x(*s.min), mid), ImVec2(x(*s.max), mid), p.text, line);
      for (double v : {*s.min, *s.max}) dl->AddLine(ImVec2(x(v), mid - cap), ImVec2(x(v), mid + cap), p.text, line);
    }
    ImGui::Dummy(ImVec2(width, h + em(0.15f)));
    track("group.chart.factor." + g.factors[i].factor->id);
    ImGui::Dummy(ImVec2(1, em(ctx.view.presenting ? 0.25f : 0.5f)));  // a projector's view holds all five rows
  }
  textMuted(ctx.t("group.chartFactorsKey"));
  ImGui::EndGroup();
  describe("group.chart.factors", Role::Image, alt);
}

void stageChart(const Context& ctx, const RoomData& g, std::size_t stage) {
  const TightRows tight(ctx.view.presenting);
  const Palette& p = ctx.theme.palette();
  const Lang lang = ctx.lang();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float width = ImGui::GetContentRegionAvail().x;
  const StageStats& ss = g.stages[stage];
  const std::string& stageId = ctx.checklist.stages()[stage].id;
  std::string alt = ctx.f("group.stageCount", {ctx.checklist.stages()[stage].label.in(lang), groupedNumber(ss.reports, lang)}) + ".";
  ImGui::BeginGroup();
  for (std::size_t i = 0; i < ss.factors.size(); ++i) {
    const StageFactorStats& x = ss.factors[i];
    const std::string label = std::to_string(i + 1) + ". " + ctx.factorLabel(i);
    const std::string value = x.n ? ctx.f("group.stageValue", {formatNumber(x.mean, lang), formatNumber(x.expected, lang), groupedNumber(x.met, lang),
                                                             groupedNumber(x.n, lang)})
                                  : "\xE2\x80\x93";
    labelled(ctx, label, value, width);
    alt += " " + label + ": " + value + ".";
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float h = em(0.8f);
    scoreTrack(ctx, pos, width, h);
    if (x.n && x.mean) {
      auto at = [&](double v) { return pos.x + width * static_cast<float>(v) / 100.0f; };
      dl->AddRectFilled(pos, ImVec2(std::max(at(*x.mean), pos.x + h * 0.6f), pos.y + h), bandColour(ctx, bandFor(ctx.checklist, *x.mean)), h * 0.3f);
      if (x.expected) {  // what the stage expects: an upright mark across the bar
        const float ex = at(*x.expected), half = std::max(1.5f, em(0.09f)), over = em(0.2f);
        dl->AddRectFilled(ImVec2(ex - half, pos.y - over), ImVec2(ex + half, pos.y + h + over), p.text);
      }
    }
    ImGui::Dummy(ImVec2(width, h + em(0.15f)));
    track("group.chart.stage." + stageId + "." + ctx.checklist.factors[i].id);
    ImGui::Dummy(ImVec2(1, em(ctx.view.presenting ? 0.05f : 0.5f)));  // a projector's view holds the five rows and the key
  }
  textMuted(ctx.t("group.chartStageKey"));
  ImGui::EndGroup();
  describe("group.chart.stage." + stageId, Role::Image, alt);
}

void bandChart(const Context& ctx, const RoomData& g) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Lang lang = ctx.lang();
  const float width = ImGui::GetContentRegionAvail().x;
  std::size_t most = 1;
  for (std::size_t n : g.bands) most = std::max(most, n);
  float labelW = 0;
  ImGui::PushFont(labelFont(ctx));
  for (const Band& b : ctx.checklist.bands) labelW = std::max(labelW, ImGui::CalcTextSize(b.label.in(lang).c_str()).x);
  ImGui::PopFont();
  labelW += em(1.0f);
  const float countW = ImGui::CalcTextSize("0000").x + em(0.6f), barW = std::max(em(4), width - labelW - countW);
  std::string alt = ctx.t("group.chartBands") + ":";
  ImGui::BeginGroup();
  for (std::size_t b = 0; b < ctx.checklist.bands.size() && b < g.bands.size(); ++b) {
    const std::string label = ctx.checklist.bands[b].label.in(lang), count = groupedNumber(g.bands[b], lang);
    const float y = ImGui::GetCursorPosY(), x0 = ImGui::GetCursorPosX();
    boldText(ctx, label);
    const ImVec2 at = ImGui::GetItemRectMin();
    const float h = ImGui::GetTextLineHeight() * 0.8f, w = barW * static_cast<float>(g.bands[b]) / static_cast<float>(most);
    const ImVec2 bar(at.x + labelW, at.y + ImGui::GetTextLineHeight() * 0.1f);
    dl->AddRectFilled(bar, ImVec2(bar.x + barW, bar.y + h), IM_COL32(0, 0, 0, 20), h * 0.2f);
    if (g.bands[b]) dl->AddRectFilled(bar, ImVec2(bar.x + std::max(w, em(0.3f)), bar.y + h), ctx.theme.palette().band[std::min<std::size_t>(b, 3)], h * 0.2f);
    ImGui::SetCursorPos(ImVec2(x0 + labelW + barW + em(0.6f), y));
    ImGui::TextUnformatted(count.c_str());
    track("group.chart.band." + ctx.checklist.bands[b].id);
    ImGui::SetCursorPos(ImVec2(x0, y + ImGui::GetTextLineHeight() + em(0.7f)));
    alt += (b ? ", " : " ") + ctx.f("a11y.bandCount", {label, count});
  }
  ImGui::Dummy(ImVec2(1, 1));
  ImGui::EndGroup();
  describe("group.chart.bands", Role::Image, alt + ".");
}

// The level bars' colours: levels 0-4, not applicable, unanswered.
void levelLegend(const Context& ctx) {
  const Palette& p = ctx.theme.palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int lv = 0; lv <= kMaxLevel + 2; ++lv) {
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImU32 color = lv <= kMaxLevel ? p.level[lv] : lv == kMaxLevel + 1 ? p.muted : p.neutral;
    dl->AddRectFilled(ImVec2(at.x, at.y + em(0.25f)), ImVec2(at.x + em(0.8f), at.y + em(1.05f)), color, 2);
    ImGui::Dummy(ImVec2(em(0.8f), em(1)));
    ImGui::SameLine(0, em(0.3f));
    std::string label = lv <= kMaxLevel ? std::to_string(lv) : ctx.t(lv == kMaxLevel + 1 ? "compare.na" : "group.unanswered");
    ImGui::TextUnformatted(label.c_str());
    if (lv < kMaxLevel + 2) sameLineIfFits(em(3), em(0.8f));
  }
}

void levelBar(const Context& ctx, const IndicatorStats& is) {
  const Palette& p = ctx.theme.palette();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const Stats& s = is.stats;
  // The stacked bar: every counted report once.
  std::size_t total = s.n + is.notApplicable + is.unanswered;
  ImVec2 at = ImGui::GetCursorScreenPos();
  float w = ImGui::GetContentRegionAvail().x, h = em(0.7f), x = at.x;
  auto segment = [&](std::size_t count, ImU32 color) {
    if (!count || !total) return;
    float seg = w * static_cast<float>(count) / static_cast<float>(total);
    dl->AddRectFilled(ImVec2(x, at.y), ImVec2(x + seg, at.y + h), color);
    x += seg;
  };
  for (int lv = 0; lv <= kMaxLevel; ++lv) segment(is.levels[static_cast<std::size_t>(lv)], p.level[lv]);
  segment(is.notApplicable, p.muted);
  segment(is.unanswered, p.neutral);
  ImGui::Dummy(ImVec2(w, h));
  std::string alt = ctx.t("a11y.distribution");
  for (int lv = 0; lv <= kMaxLevel; ++lv) alt += " " + ctx.f("a11y.levelCount", {std::to_string(lv), std::to_string(is.levels[static_cast<std::size_t>(lv)])});
  alt += " " + ctx.t("compare.na") + " " + std::to_string(is.notApplicable) + ", " + ctx.t("group.unanswered") + " " + std::to_string(is.unanswered) + ".";
  describe("group.bar." + is.indicator->id, Role::Image, alt);
}

}  // namespace lestari::ui
