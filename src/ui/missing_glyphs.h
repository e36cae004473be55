#pragma once
// Characters that the app's subset fonts lack (emoji above all, pasted from
// a chat): found in what a frame shows, so that the system's fonts can draw
// them into the atlas (Theme::addGlyphs) instead of ImGui's "?".
#include <cstddef>
#include <vector>

#include <imgui.h>

#include "ui/semantics.h"

namespace lestari::ui {

class MissingGlyphs {
 public:
  // The most characters added in a session: each costs atlas space at every
  // text size (docs/performance.md). Beyond it, "?" as before.
  static constexpr std::size_t kMost = 256;
  // Characters of the nodes' texts that `font` has no glyph for and that
  // were not found before.
  std::vector<char32_t> take(const std::vector<SemanticNode>& nodes, const ImFont& font);

 private:
  std::vector<char32_t> found_;  // (a few hundred at most: a list is enough)
};

}  // namespace lestari::ui
