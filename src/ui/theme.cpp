#include "ui/theme.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "core/text/font_metrics.h"

namespace lestari::ui {

namespace {
std::vector<ImWchar> parseRanges(std::string_view text) {
  std::vector<ImWchar> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    pos = end + 1;
    // "0020-007E": two hex numbers (strtoul, not sscanf: no scanf in the binary).
    if (line.empty() || line[0] == '#') continue;
    char* dash = nullptr;
    char* last = nullptr;
    unsigned long a = std::strtoul(line.c_str(), &dash, 16);
    if (dash == line.c_str() || *dash != '-') continue;
    unsigned long b = std::strtoul(dash + 1, &last, 16);
    if (last == dash + 1) continue;
    out.push_back(static_cast<ImWchar>(a));
    out.push_back(static_cast<ImWchar>(b));
  }
  out.push_back(0);
  return out;
}

Palette lightPalette() {
  Palette p;
  p.accent = IM_COL32(15, 110, 102, 255);     // teal: the one accent colour
  p.accentText = IM_COL32(255, 255, 255, 255);
  p.text = IM_COL32(31, 41, 51, 255);
  p.muted = IM_COL32(82, 96, 109, 255);
  p.bg = IM_COL32(246, 247, 249, 255);
  p.surface = IM_COL32(255, 255, 255, 255);
  p.border = IM_COL32(214, 219, 225, 255);
  p.warn = IM_COL32(138, 75, 0, 255);
  p.warnBg = IM_COL32(255, 244, 225, 255);
  p.ok = IM_COL32(0, 110, 80, 255);
  p.neutral = IM_COL32(222, 226, 231, 255);
  p.focus = IM_COL32(0, 115, 179, 255);  // blue, apart from the teal accent and the bands
  p.band[0] = IM_COL32(213, 94, 0, 255);    // vermillion
  p.band[1] = IM_COL32(230, 159, 0, 255);   // orange
  p.band[2] = IM_COL32(86, 180, 233, 255);  // sky blue
  p.band[3] = IM_COL32(0, 158, 115, 255);   // bluish green
  const ImU32 levels[5] = {IM_COL32(213, 94, 0, 255), IM_COL32(230, 159, 0, 255), IM_COL32(240, 228, 66, 255),
                           IM_COL32(86, 180, 233, 255), IM_COL32(0, 158, 115, 255)};
  for (int i = 0; i < 5; ++i) p.level[i] = levels[i];
  return p;
}

// The projector theme: the light palette with darker text, rules and accent.
Palette contrastPalette() {
  Palette p = lightPalette();
  const std::pair<ImU32 Palette::*, ImU32> darker[] = {
      {&Palette::accent, IM_COL32(0, 77, 71, 255)},     {&Palette::text, IM_COL32(0, 0, 0, 255)},
      {&Palette::muted, IM_COL32(30, 30, 30, 255)},     {&Palette::bg, IM_COL32(255, 255, 255, 255)},
      {&Palette::border, IM_COL32(0, 0, 0, 255)},       {&Palette::warn, IM_COL32(110, 50, 0, 255)},
      {&Palette::neutral, IM_COL32(205, 205, 205, 255)}, {&Palette::focus, IM_COL32(0, 0, 0, 255)}};
  for (const auto& [field, colour] : darker) p.*field = colour;
  return p;
}
}  // namespace

ImVec4 toVec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

void Theme::buildFonts(const FontData& data, float scale, bool display) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  if (ranges_.empty()) {
    bodyMetrics_ = lineMetrics(data.regular).value_or(bodyMetrics_);
    ranges_ = parseRanges(data.ranges);
    headingRanges_ = parseRanges(data.boldRanges);
  }
  // Raster at no more than 3x; beyond that, scale the glyphs up (keeps the atlas small on dense phones).
  float raster = std::min(scale, 3.0f);
  io.FontGlobalScale = scale / raster;
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the bytes live in the embedded assets
  cfg.OversampleH = 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  auto add = [&](std::string_view ttf, float px, const ImWchar* glyphs) {
    return io.Fonts->AddFontFromMemoryTTF(const_cast<char*>(ttf.data()), static_cast<int>(ttf.size()),
                                          std::round(px * raster), &cfg, glyphs);
  };
  // Body text shows what users type: every range. Bold and headings show only
  // the app's own texts: fewer glyphs to rasterise, a faster first frame.
  fonts_.body = add(data.regular, kBodyPx, ranges_.data());
  fonts_.bold = add(data.bold, kBodyPx, headingRanges_.data());
  fonts_.heading = add(data.bold, kBodyPx * 1.3f, headingRanges_.data());
  fonts_.title = add(data.bold, kBodyPx * 1.8f, headingRanges_.data());
  static const ImWchar kNumber[] = {0x0020, 0x0020, 0x002C, 0x0039, 0x2013, 0x2013, 0};  // space , - . / 0-9 –
  fonts_.display = display ? add(data.bold, kBodyPx * 3.5f, kNumber) : fonts_.title;
  auto px = [&](float size) { return static_cast<int>(std::round(size * raster)); };
  const auto pending = reserveGlyphs({{fonts_.body, px(kBodyPx)}, {fonts_.bold, px(kBodyPx)},
                                            {fonts_.heading, px(kBodyPx * 1.3f)}, {fonts_.title, px(kBodyPx * 1.8f)}});
  io.Fonts->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // a third less texture to fill and upload
  io.Fonts->Build();
  fillGlyphs(pending);
  glyphsPending_ = false;
  fontScale_ = scale;
  display_ = display;
}

void Theme::addGlyphs(const std::vector<char32_t>& chars, Host& host) {
  if (chars.empty()) return;
  host_ = &host;
  drawnChars_.insert(drawnChars_.end(), chars.begin(), chars.end());
  glyphsPending_ = true;
}

std::vector<Theme::PendingGlyph> Theme::reserveGlyphs(const std::vector<std::pair<ImFont*, int>>& sizes) {
  std::vector<PendingGlyph> pending;
  if (!host_ || drawnChars_.empty()) return pending;
  const double ascent = bodyMetrics_.ascent;
  drawn_.reserve(drawn_.size() + drawnChars_.size() * sizes.size());  // (pointers into it are kept until fillGlyphs)
  for (const auto& [font, px] : sizes)
    for (char32_t c : drawnChars_) {
      auto at = std::find_if(drawn_.begin(), drawn_.end(), [&, px = px](const Drawn& d) { return d.c == c && d.px == px; });
      if (at == drawn_.end()) {
        drawn_.push_back({c, px, host_->drawGlyph(c, px, static_cast<int>(std::lround(px * ascent)))});
        at = drawn_.end() - 1;
      }
      const std::optional<GlyphBitmap>& b = at->bitmap;
      if (!b || b->width <= 0 || b->height <= 0) continue;
      const int rect = ImGui::GetIO().Fonts->AddCustomRectFontGlyph(font, static_cast<ImWchar>(c), b->width, b->height, b->advance);
      pending.push_back({rect, font, &*b});
    }
  return pending;
}

void Theme::fillGlyphs(const std::vector<PendingGlyph>& pending) {
  if (pending.empty()) return;
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  for (const PendingGlyph& p : pending) {
    const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(p.rect);
    if (!r || !r->IsPacked()) continue;
    const GlyphBitmap& b = *p.bitmap;
    for (int y = 0; y < b.height; ++y)
      std::memcpy(pixels + (static_cast<std::size_t>(r->Y + y) * static_cast<std::size_t>(width) + r->X) * 4,
                  b.rgba.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(b.width) * 4, static_cast<std::size_t>(b.width) * 4);
    // A colour emoji keeps its colours; a drawn letter is tinted as text is.
    if (b.colour)
      if (ImFontGlyph* g = const_cast<ImFontGlyph*>(p.font->FindGlyphNoFallback(static_cast<ImWchar>(r->GlyphID)))) g->Colored = 1;
  }
}

const Theme* Theme::current() { return static_cast<const Theme*>(ImGui::GetIO().UserData); }

bool Theme::apply(const FontData& data, float scale, bool highContrast, bool presenting) {
  ImGui::GetIO().UserData = this;  // the context's own slot for its owner's data: where widgets find the look
  bool fontsChanged = std::fabs(scale - fontScale_) > 0.001f || presenting != display_ || glyphsPending_;
  if (fontsChanged) buildFonts(data, scale, presenting);
  highContrast = highContrast || presenting;
  if (!fontsChanged && styled_ && highContrast == highContrast_) return false;
  scale_ = scale;
  highContrast_ = highContrast;
  styled_ = true;
  palette_ = highContrast ? contrastPalette() : lightPalette();
  const Palette& p = palette_;

  // Every colour a Lestari screen can show is set below from the palette;
  // the rest (title bars, tabs, tables, menus: never drawn here) keep
  // ImGuiStyle's defaults. Not ImGui::StyleColorsLight: 2.5 KB of code for
  // colours that are overwritten or never seen.
  ImGuiStyle style;
  style.WindowPadding = ImVec2(20, 16);
  style.FramePadding = ImVec2(12, 8);
  style.ItemSpacing = ImVec2(12, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(8, 6);
  style.ScrollbarSize = 14;
  style.GrabMinSize = 14;
  style.WindowRounding = 0;
  style.ChildRounding = 8;
  style.FrameRounding = 6;
  style.PopupRounding = 8;
  style.GrabRounding = 6;
  style.ScrollbarRounding = 6;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = highContrast ? 2.0f : 1.0f;
  style.PopupBorderSize = 1;
  style.TouchExtraPadding = ImVec2(0, 0);
  style.ScaleAllSizes(scale);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = toVec4(p.text);
  c[ImGuiCol_TextDisabled] = toVec4(p.muted);
  c[ImGuiCol_WindowBg] = toVec4(p.bg);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = toVec4(p.surface);
  c[ImGuiCol_Border] = toVec4(p.border);
  c[ImGuiCol_FrameBg] = toVec4(p.surface);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.96f, 0.96f, 1);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.88f, 0.94f, 0.93f, 1);
  ImVec4 accent = toVec4(p.accent);
  c[ImGuiCol_Button] = accent;
  c[ImGuiCol_ButtonHovered] = ImVec4(accent.x * 0.85f, accent.y * 0.85f, accent.z * 0.85f, 1);
  c[ImGuiCol_ButtonActive] = ImVec4(accent.x * 0.7f, accent.y * 0.7f, accent.z * 0.7f, 1);
  c[ImGuiCol_Header] = ImVec4(accent.x, accent.y, accent.z, 0.14f);
  c[ImGuiCol_HeaderHovered] = ImVec4(accent.x, accent.y, accent.z, 0.08f);
  c[ImGuiCol_HeaderActive] = ImVec4(accent.x, accent.y, accent.z, 0.20f);
  c[ImGuiCol_CheckMark] = accent;
  c[ImGuiCol_SliderGrab] = accent;
  c[ImGuiCol_SliderGrabActive] = accent;
  c[ImGuiCol_NavHighlight] = ImVec4(0, 0, 0, 0);  // ImGui's 2 px ring: drawFocusRing draws a clearer one
  c[ImGuiCol_TextSelectedBg] = ImVec4(accent.x, accent.y, accent.z, 0.30f);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  ImVec4 muted = toVec4(p.muted);
  c[ImGuiCol_ScrollbarGrab] = ImVec4(muted.x, muted.y, muted.z, 0.45f);
  c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(muted.x, muted.y, muted.z, 0.70f);
  c[ImGuiCol_ScrollbarGrabActive] = ImVec4(muted.x, muted.y, muted.z, 0.90f);
  c[ImGuiCol_Separator] = toVec4(p.border);
  c[ImGuiCol_ResizeGrip] = c[ImGuiCol_ResizeGripHovered] = c[ImGuiCol_ResizeGripActive] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.12f, 0.14f, 0.45f);
  c[ImGuiCol_PlotHistogram] = accent;
  ImGui::GetStyle() = style;
  return fontsChanged;
}

}  // namespace lestari::ui
