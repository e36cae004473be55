#pragma once
// A multi-line field (an evidence note, the plan's action, a pasted chat):
// the canvas draws its text wrapped at the box's width, and the box grows
// with it, so every word can be read. Typing happens in the page's own
// textarea (the mirror's element for the field, web/mirror.js), shown over
// the box while it has the focus: wrapping, the caret, selection, Up/Down,
// the context menu, paste, undo and a phone's keyboard are the browser's.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace lestari::ui {

// The lines of `text` wrapped at `width` as the canvas draws them: byte
// ranges [begin, end) (a line's trailing blanks and its line break left
// out). At most maxLines lines are laid out.
struct WrappedLine {
  std::size_t begin, end;
};
std::vector<WrappedLine> wrapLines(std::string_view text, ImFont* font, float size, float width, std::size_t maxLines = SIZE_MAX);
// The caret (code points from the start) nearest to `at`, a point relative
// to the first line's top left, for lines of `lineHeight`.
int caretAt(std::string_view text, const std::vector<WrappedLine>& lines, ImFont* font, float size, float lineHeight, ImVec2 at);

// The field; returns true when its text changed (typed in the page).
// minHeight: the box's height when empty; maxHeight: the most it grows to
// (0: as tall as its text, while it is not being edited).
bool noteBox(const char* id, const std::string& name, std::string& value, float minHeight, float maxHeight,
             std::size_t maxChars, float width);

}  // namespace lestari::ui
