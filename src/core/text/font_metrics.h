#pragma once
// What a TrueType font's own tables say about its size: Dear ImGui sizes a
// font by its line (ascender to descender, as stb_truetype does), the
// browser by its em; a textarea over the canvas needs the one from the other.
#include <optional>
#include <string_view>

namespace lestari {

// A line's parts as fractions of its height (ascender - descender), from
// the font's head and hhea tables: the em (unitsPerEm) and the ascender.
struct LineMetrics {
  double em, ascent;
};
// Nothing for bytes that are not such a font (too short, a table missing or
// out of the file, a line of no height).
std::optional<LineMetrics> lineMetrics(std::string_view ttf);

}  // namespace lestari
