#pragma once
// Look and feel: one accent colour, calm light theme and a high-contrast
// projector theme, a real TTF font rasterised for the screen's pixel density.
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <imgui.h>

#include "core/text/font_metrics.h"
#include "ui/app_names.h"

namespace lestari::ui {

constexpr float kBodyPx = 17.0f;         // body text, CSS pixels at 100 %
constexpr float kPresentBodyPx = 36.2f;  // presenting at 1920x1080: body and table text read from the back row (36 px, rounded up)

struct FontData {
  std::string_view regular, bold;  // TTF bytes (subset at build time)
  std::string_view ranges;         // assets/font-ranges.txt
  // The characters of the bold subset (ASCII and those of the checklist and
  // the translations), in the same format: the bold and heading fonts
  // rasterise only those, not every range.
  std::string_view boldRanges;
};

struct Palette {
  ImU32 accent, accentText, text, muted, bg, surface, border, warn, warnBg, ok;
  ImU32 neutral;  // fills that carry text on top (step discs), light in every theme
  ImU32 focus;    // the keyboard focus ring (drawFocusRing)
  ImU32 band[4];  // colour-blind-safe (Okabe-Ito): bands from lowest to highest
  ImU32 level[5];  // levels 0..4 in distributions (Okabe-Ito, low to high)
};

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  // The score on a projector (about 100 px at 1920x1080): built only while
  // presenting, with only the characters of a number ("46.5 / 100").
  ImFont* display = nullptr;
};

class Theme {
 public:
  // scale = device pixel ratio x user UI scale. Rebuilds fonts when it changes.
  // Returns true when the font atlas changed (the renderer must re-upload it).
  // presenting: the display font too, and the projector palette.
  bool apply(const FontData& data, float scale, bool highContrast, bool presenting = false);
  const Palette& palette() const { return palette_; }
  // The theme the current ImGui context was last styled with (apply), for the
  // widgets, which are drawn in it without a Context; none before.
  static const Theme* current();
  const Fonts& fonts() const { return fonts_; }
  float scale() const { return scale_; }
  // The body font's line as its own tables give it (its em and ascender):
  // for what the browser draws beside the canvas in the same font.
  const LineMetrics& bodyMetrics() const { return bodyMetrics_; }
  // Characters the fonts lack, drawn by the host (Host::drawGlyph) into the
  // atlas at every text size from the next apply() on.
  void addGlyphs(const std::vector<char32_t>& chars, Host& host);
  bool glyphsPending() const { return glyphsPending_; }

 private:
  void buildFonts(const FontData& data, float scale, bool display);
  // Adds the drawn characters to each font before the atlas is built; the
  // returned rectangles are filled with their pixels after (fillGlyphs).
  struct PendingGlyph {
    int rect;
    ImFont* font;
    const GlyphBitmap* bitmap;
  };
  std::vector<PendingGlyph> reserveGlyphs(const std::vector<std::pair<ImFont*, int>>& sizes);
  void fillGlyphs(const std::vector<PendingGlyph>& pending);
  std::vector<char32_t> drawnChars_;
  struct Drawn {
    char32_t c;
    int px;
    std::optional<GlyphBitmap> bitmap;
  };
  std::vector<Drawn> drawn_;  // by character and pixel size
  Host* host_ = nullptr;
  bool glyphsPending_ = false;
  Palette palette_{};
  LineMetrics bodyMetrics_{0.75, 0.8};  // (Noto Sans's, near enough, until read)
  Fonts fonts_{};
  float scale_ = 0, fontScale_ = 0;
  bool highContrast_ = false, styled_ = false, display_ = false;
  std::vector<ImWchar> ranges_;
  std::vector<ImWchar> headingRanges_;
};

ImVec4 toVec4(ImU32 c);

}  // namespace lestari::ui
