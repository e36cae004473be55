#include "ui/missing_glyphs.h"

#include <algorithm>
#include <string>

#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace lestari::ui {

std::vector<char32_t> MissingGlyphs::take(const std::vector<SemanticNode>& nodes, const ImFont& font) {
  std::vector<char32_t> fresh;
  auto scan = [&](const std::string& s) {
    const char* p = s.c_str();
    const char* end = p + s.size();
    while (p < end && found_.size() < kMost) {
      if (static_cast<unsigned char>(*p) < 0x80) {  // the common case: nothing to look up
        ++p;
        continue;
      }
      unsigned int c = 0;
      p += ImTextCharFromUtf8(&c, p, end);
      if (c < 0x80 || font.FindGlyphNoFallback(static_cast<ImWchar>(c)) || std::find(found_.begin(), found_.end(), c) != found_.end())
        continue;
      found_.push_back(c);
      fresh.push_back(c);
    }
  };
  for (const SemanticNode& n : nodes) {
    scan(n.name);
    scan(n.description);
    scan(n.value);
  }
  return fresh;
}

}  // namespace lestari::ui
