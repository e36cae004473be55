// Drawn with ImDrawList. Band colours are Okabe-Ito (colour-blind safe) and
// every value is also written as a number.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "ui/chart.h"

#include "core/model/stage_text.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
constexpr float kPi = 3.14159265f;
constexpr double kGrowSeconds = 0.45;  // how long the charts take to grow

// ImGui draws no dashes: short strokes along the segment.
void dashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float thickness) {
  const float dx = b.x - a.x, dy = b.y - a.y, len = std::sqrt(dx * dx + dy * dy);
  const float dash = em(0.45f), gap = em(0.3f);
  for (float t = 0; t < len; t += dash + gap) {
    const float e = std::min(len, t + dash);
    dl->AddLine(ImVec2(a.x + dx * t / len, a.y + dy * t / len), ImVec2(a.x + dx * e / len, a.y + dy * e / len), col, thickness);
  }
}

void drawRadar(const Context& ctx, float size, float grow, const Results& r, const Results* before) {
  const Palette& p = ctx.theme.palette();
  const std::size_t n = ctx.checklist.factors.size();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 origin = ImGui::GetCursorScreenPos();
  // Room outside the ring for the labels: at least their widest word (a
  // label at a side wraps into it; one wider would lie over the ring). On a
  // projector a label is the factor's number alone: the bars beside the
  // chart give each number its name and score, and the ring keeps its size
  // at the slide's text.
  const bool numbered = ctx.view.presenting;
  const float pad = em(0.3f);
  float labelRoom = numbered ? ImGui::CalcTextSize("5").x + pad * 2 : em(3.0f);
  for (std::size_t i = 0; i < n && !numbered; ++i) {
    const std::string label = ctx.factorLabel(i);
    for (std::size_t at = 0; at < label.size();) {
      const std::size_t end = std::min(label.find(' ', at), label.size());
      labelRoom = std::max(labelRoom, ImGui::CalcTextSize(label.data() + at, label.data() + end).x + pad * 2);
      at = end + 1;
    }
  }
  labelRoom = std::min(labelRoom, size * 0.3f);
  ImVec2 c(origin.x + size * 0.5f, origin.y + size * 0.5f);
  float R = size * 0.5f - labelRoom;
  auto at = [&](std::size_t i, float frac) {
    float a = -kPi / 2 + 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
    return ImVec2(c.x + std::cos(a) * R * frac, c.y + std::sin(a) * R * frac);
  };
  // Axis labels: the factor's short name (wrapped) over its score, just
  // outside the ring. At the top or bottom a label is centred and may be
  // wide; at a side it has the room between the ring and the chart's edge.
  struct Label { std::string text; float wrap; ImVec2 pos; };
  std::vector<Label> labels;
  float top = c.y - R, bottom = c.y + R;
  for (std::size_t i = 0; i < n; ++i) {
    Label l{numbered ? std::to_string(i + 1)
                     : ctx.factorLabel(i) + "\n" + (r.factors[i].score ? formatNumber(*r.factors[i].score, ctx.lang()) : "\xE2\x80\x93"),
            0, {}};
    const ImVec2 edge = at(i, 1.0f);
    const float dx = edge.x - c.x, dy = edge.y - c.y;
    const bool atSide = std::abs(dx) > R * 0.5f;
    l.wrap = atSide ? (dx > 0 ? origin.x + size - edge.x : edge.x - origin.x) - pad : labelRoom * 2.2f;
    const ImVec2 ts = ImGui::CalcTextSize(l.text.c_str(), nullptr, false, l.wrap);
    l.pos = ImVec2(edge.x - ts.x * 0.5f + dx / R * (ts.x * 0.5f + pad), edge.y - ts.y * 0.5f + dy / R * (ts.y * 0.5f + pad));
    if (atSide) l.pos.x = dx > 0 ? edge.x + pad : edge.x - pad - ts.x;
    l.pos.x = std::clamp(l.pos.x, origin.x, origin.x + size - ts.x);
    top = std::min(top, l.pos.y);
    bottom = std::max({bottom, l.pos.y + ts.y, edge.y});
    labels.push_back(std::move(l));
  }
  // Drawn from its top: the square's empty rows are given back (on a phone
  // the chart is as wide as the screen, not as tall), and a label never
  // reaches above it.
  const float shift = top - origin.y;
  c.y -= shift;
  for (Label& l : labels) l.pos.y -= shift;
  for (float ring : {0.25f, 0.5f, 0.75f, 1.0f}) {
    std::vector<ImVec2> pts;
    for (std::size_t i = 0; i < n; ++i) pts.push_back(at(i, ring));
    dl->AddPolyline(pts.data(), static_cast<int>(n), p.border, ImDrawFlags_Closed, ring == 1.0f ? 1.5f : 1.0f);
  }
  for (std::size_t i = 0; i < n; ++i) dl->AddLine(c, at(i, 1.0f), p.border);

  auto polygon = [&](const Results& res) {
    std::vector<ImVec2> out;
    for (std::size_t i = 0; i < n; ++i) {
      float v = res.factors[i].score ? static_cast<float>(*res.factors[i].score) / 100.0f : 0.0f;
      out.push_back(at(i, v * grow));
    }
    return out;
  };
  if (before) {  // the earlier result: an outline in the text colour, under the current one
    std::vector<ImVec2> old = polygon(*before);
    dl->AddPolyline(old.data(), static_cast<int>(n), p.muted, ImDrawFlags_Closed, em(0.1f));
    for (const ImVec2& pt : old) dl->AddRectFilled(ImVec2(pt.x - em(0.2f), pt.y - em(0.2f)), ImVec2(pt.x + em(0.2f), pt.y + em(0.2f)), p.muted);
  }
  if (r.stage) {  // what the stage expects: a dashed outline in the text colour, over the rings
    std::vector<ImVec2> want;
    for (std::size_t i = 0; i < n; ++i) want.push_back(at(i, static_cast<float>(r.stage->factors[i].expected) / 100.0f));
    for (std::size_t i = 0; i < n; ++i) dashedLine(dl, want[i], want[(i + 1) % n], p.text, em(0.12f));
  }
  std::vector<ImVec2> pts = polygon(r);
  ImVec4 a = toVec4(p.accent);
  dl->AddConvexPolyFilled(pts.data(), static_cast<int>(n), ImGui::GetColorU32(ImVec4(a.x, a.y, a.z, 0.22f)));
  dl->AddPolyline(pts.data(), static_cast<int>(n), p.accent, ImDrawFlags_Closed, em(0.14f));
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t bi = r.factors[i].band ? static_cast<std::size_t>(r.factors[i].band - ctx.checklist.bands.data()) : 0;
    dl->AddCircleFilled(pts[i], em(0.3f), r.factors[i].score ? p.band[std::min<std::size_t>(bi, 3)] : p.border);
    dl->AddCircle(pts[i], em(0.3f), p.text, 0, 1.0f);
  }
  for (const Label& l : labels) dl->AddText(nullptr, 0, l.pos, p.text, l.text.c_str(), nullptr, l.wrap);
  ImGui::Dummy(ImVec2(size, bottom - top));
  // The chart is an image; its text alternative gives every number on it.
  std::string alt = ctx.t("a11y.radar");
  for (std::size_t i = 0; i < n; ++i)
    alt += " " + std::to_string(i + 1) + ". " + ctx.factorLabel(i) + ": " +
           (r.factors[i].score ? formatNumber(*r.factors[i].score, ctx.lang()) : ctx.t("results.noAnswers")) +
           (before && before->factors[i].score ? " (" + ctx.t("compare.before") + " " + formatNumber(*before->factors[i].score, ctx.lang()) + ")" : "") +
           (r.stage ? "; " + ctx.f("a11y.stageExpected", {stageName(ctx.checklist, r.stage->stage, ctx.lang())}) + " " +
                          formatNumber(r.stage->factors[i].expected, ctx.lang())
                    : "") +
           ".";
  describe("results.radar", Role::Image, alt);
}

void drawBars(const Context& ctx, float width, float grow, const Results& r, const Results* before) {
  const TightRows tight(ctx.view.presenting);
  const Palette& p = ctx.theme.palette();
  const Fonts& fonts = ctx.theme.fonts();
  const Lang lang = ctx.lang();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::BeginGroup();  // SameLine offsets below are relative to the group's left edge
  for (std::size_t i = 0; i < r.factors.size(); ++i) {
    const FactorResult& fr = r.factors[i];
    std::string label = std::to_string(i + 1) + ". " + ctx.factorLabel(i);
    std::string value = fr.score ? formatNumber(*fr.score, ctx.lang()) + "  \xC2\xB7  " + fr.band->label.in(lang) : ctx.t("results.noAnswers");
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopFont();
    float vw = ImGui::CalcTextSize(value.c_str()).x;
    if (vw + ImGui::GetItemRectSize().x + em(1) < width) ImGui::SameLine(width - vw);
    ImGui::TextColored(toVec4(p.muted), "%s", value.c_str());
    describeText(label + ": " + value);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float h = em(0.8f);
    scoreTrack(ctx, pos, width, h);
    if (fr.score) {
      std::size_t bi = static_cast<std::size_t>(fr.band - ctx.checklist.bands.data());
      float w = std::max(h * 0.6f, width * static_cast<float>(*fr.score) / 100.0f * grow);
      dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), p.band[std::min<std::size_t>(bi, 3)], h * 0.3f);
    }
    if (r.stage) {  // the stage's expectation: a dark mark across the track
      float x = pos.x + width * static_cast<float>(r.stage->factors[i].expected) / 100.0f;
      dl->AddRectFilled(ImVec2(x - em(0.09f), pos.y - em(0.25f)), ImVec2(x + em(0.09f), pos.y + h + em(0.25f)), p.text);
    }
    ImGui::Dummy(ImVec2(width, h));
    track("results.bar." + ctx.checklist.factors[i].id);
    if (r.stage && !ctx.view.presenting) {  // a projected view has no room: the mark and the legend say it
      textMuted(factorStageText(ctx.translations, r.stage->factors[i], lang));
      track("results.bar." + ctx.checklist.factors[i].id + ".stage");
    }
    if (before) {  // the earlier score: a thin bar in the text colour below
      const FactorResult& old = before->factors[i];
      ImVec2 at = ImGui::GetCursorScreenPos();
      float bh = em(0.3f);
      at.y += em(0.15f);
      if (old.score)
        dl->AddRectFilled(at, ImVec2(at.x + std::max(bh, width * static_cast<float>(*old.score) / 100.0f * grow), at.y + bh), p.muted, bh * 0.3f);
      ImGui::Dummy(ImVec2(width, bh + em(0.15f)));
    }
    ImGui::Dummy(ImVec2(1, em(ctx.view.presenting ? 0.2f : 0.55f)));  // a projector's view holds the five and the legend
  }
  // Legend: band names with their colours, wrapping when the row is full.
  auto legendLabel = [&](std::size_t b) {
    return ctx.checklist.bands[b].label.in(lang) + " (" + std::to_string(static_cast<int>(ctx.checklist.bands[b].min)) + "+)";
  };
  float box = em(0.7f);
  std::string spoken;  // the legend is one text in the mirror: "Kategori skor: Rentan (0+), …"
  for (std::size_t b = 0; b < ctx.checklist.bands.size(); ++b) {
    ImVec2 pos = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(ImVec2(pos.x, pos.y + em(0.2f)), ImVec2(pos.x + box, pos.y + em(0.2f) + box),
                      p.band[std::min<std::size_t>(b, 3)], 2);
    ImGui::Dummy(ImVec2(box, box));
    ImGui::SameLine(0, em(0.3f));
    std::string lbl = legendLabel(b);
    plainText(lbl);
    spoken += (b ? ", " : "") + lbl;
    if (b + 1 < ctx.checklist.bands.size()) {
      float next = box + em(1.1f) + ImGui::CalcTextSize(legendLabel(b + 1).c_str()).x;
      if (ImGui::GetItemRectMax().x + next < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine(0, em(0.8f));
    }
  }
  describeText(ctx.f("a11y.bandLegend", {spoken}));
  if (r.stage) {  // the expectation's key, last in the legend: a short dark dashed stroke, then its words
    const std::string words = ctx.f("stage.legend", {stageName(ctx.checklist, r.stage->stage, lang)});
    const float need = em(2.6f) + ImGui::CalcTextSize(words.c_str()).x;
    if (ImGui::GetItemRectMax().x + need < ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine(0, em(0.8f));
    ImVec2 pos = ImGui::GetCursorScreenPos();
    float y = pos.y + ImGui::GetTextLineHeight() * 0.5f;
    dashedLine(dl, ImVec2(pos.x, y), ImVec2(pos.x + em(1.4f), y), p.text, em(0.14f));
    ImGui::Dummy(ImVec2(em(1.4f), 1));
    ImGui::SameLine(0, em(0.4f));
    plainText(words);
    track("results.stage.legend");
  }
  ImGui::EndGroup();
}
}  // namespace

void scoreTrack(const Context& ctx, ImVec2 pos, float width, float h) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), IM_COL32(0, 0, 0, 20), h * 0.3f);
  for (const Band& b : ctx.checklist.bands)  // band thresholds as ticks
    if (b.min > 0) {
      float x = pos.x + width * static_cast<float>(b.min) / 100.0f;
      dl->AddLine(ImVec2(x, pos.y - em(0.15f)), ImVec2(x, pos.y + h + em(0.15f)), ctx.theme.palette().border, 1.0f);
    }
}

// Radar beside the bars on wide screens, stacked on phones; with `before`,
// both series and a legend saying which is which.
void chartCard(const Context& ctx, float anim, const Results& r, const Results* before) {
  // Larger on a projector, yet within the screen's height (a view does not
  // scroll): measured before the card, whose own height follows its content.
  const float most = ctx.view.presenting ? std::min(em(27), ImGui::GetContentRegionAvail().y - em(3.0f)) : em(22);
  beginCard("##chart");
  float avail = ImGui::GetContentRegionAvail().x;
  bool side = avail > em(34);
  float radar = side ? std::min(avail * 0.48f, most) : std::min(avail, most);
  if (side) {
    ImGui::BeginGroup();
    drawRadar(ctx, radar, anim, r, before);
    ImGui::EndGroup();
    ImGui::SameLine(0, em(1.2f));
    ImGui::BeginGroup();
    drawBars(ctx, ImGui::GetContentRegionAvail().x, anim, r, before);
    ImGui::EndGroup();
  } else {
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - radar) * 0.5f);
    drawRadar(ctx, radar, anim, r, before);
    ImGui::Dummy(ImVec2(1, em(0.6f)));
    drawBars(ctx, avail, anim, r, before);
  }
  if (before) {
    const Palette& p = ctx.theme.palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::Dummy(ImVec2(1, em(0.4f)));
    for (int k = 0; k < 2; ++k) {
      ImVec2 pos = ImGui::GetCursorScreenPos();
      float y = pos.y + ImGui::GetTextLineHeight() * 0.5f;
      dl->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + em(1.4f), y), k == 0 ? p.muted : p.accent, em(k == 0 ? 0.12f : 0.2f));
      ImGui::Dummy(ImVec2(em(1.4f), 1));
      ImGui::SameLine(0, em(0.4f));
      plainText(ctx.t(k == 0 ? "compare.before" : "compare.after"));
      if (k == 0) ImGui::SameLine(0, em(1.2f));
    }
  }
  endCard();
}

void changeMark(const Context& ctx, Direction d) {
  const Palette& p = ctx.theme.palette();
  if (!d) {
    textMuted("\xE2\x80\x93");
    return;
  }
  if (*d == 0) {
    ImGui::TextColored(toVec4(p.muted), "=");
    return;
  }
  // No arrow glyph in the font: a drawn triangle, as tall as the text's capitals.
  float s = ImGui::GetFontSize() * 0.8f;
  ImVec2 at = ImGui::GetCursorScreenPos();
  at.y += (ImGui::GetTextLineHeight() - s) * 0.5f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 col = *d > 0 ? p.ok : p.warn;
  if (*d > 0) dl->AddTriangleFilled(ImVec2(at.x + s * 0.5f, at.y + s * 0.2f), ImVec2(at.x + s * 0.9f, at.y + s * 0.8f), ImVec2(at.x + s * 0.1f, at.y + s * 0.8f), col);
  else dl->AddTriangleFilled(ImVec2(at.x + s * 0.1f, at.y + s * 0.2f), ImVec2(at.x + s * 0.9f, at.y + s * 0.2f), ImVec2(at.x + s * 0.5f, at.y + s * 0.8f), col);
  ImGui::Dummy(ImVec2(s, ImGui::GetTextLineHeight()));
}

std::string changeWord(const Context& ctx, Direction d) {
  return ctx.t(!d ? "a11y.changeNone" : *d > 0 ? "a11y.changeUp" : *d < 0 ? "a11y.changeDown" : "a11y.changeSame");
}

void ChartClock::start(bool reducedMotion) { shownAt_ = reducedMotion ? -1 : ImGui::GetTime(); }

float ChartClock::progress() const {
  if (shownAt_ < 0) return 1.0f;
  float t = static_cast<float>(std::clamp((ImGui::GetTime() - shownAt_) / kGrowSeconds, 0.0, 1.0));
  return 1.0f - (1.0f - t) * (1.0f - t) * (1.0f - t);
}

bool ChartClock::running() const { return shownAt_ >= 0 && ImGui::GetTime() - shownAt_ < kGrowSeconds; }

}  // namespace lestari::ui
