// Lestari always gives ImGui its own fonts (Noto Sans, src/ui/theme.cpp), so
// ImGui's built-in ProggyClean font is never used; but ImFontAtlas::Build
// refers to AddFontDefault for an empty atlas, which keeps its 12 KB of
// compressed font data in the binary. The link replaces that function with
// this one (-Wl,--wrap, emscripten.cmake): an empty atlas gets no font.
struct ImFont;
struct ImFontAtlas;
struct ImFontConfig;

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(ImFontAtlas*, const ImFontConfig*) {
  return nullptr;
}
