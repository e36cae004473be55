#include "ui/note_box.h"

#include <algorithm>
#include <cfloat>
#include <cstring>

#include <imgui_internal.h>  // ItemAdd, ButtonBehavior

#include "ui/semantics.h"
#include "core/text/text.h"
#include "ui/widgets.h"

namespace lestari::ui {

namespace {
bool blank(char c) { return c == ' ' || c == '\t'; }
int codePointsIn(std::string_view s) { return static_cast<int>(utf8Length(s)); }
// While a note grows as it is typed into, the page scrolls to keep the
// caret's line in view, as a browser's page does for its own text areas
// (the line from the canvas's wrapping: the textarea's own is alike). Only
// when the text or the caret moved: the user may scroll away meanwhile.
void keepCaretInView(const std::string& key, const std::string& value, const std::vector<WrappedLine>& lines, const ImRect& box,
                     float lineHeight, float padY) {
  static std::string lastKey;
  static std::size_t lastSize = 0;
  static int lastCaret = -1;
  const int caret = mirrorCaret(key);
  if (key == lastKey && value.size() == lastSize && caret == lastCaret) return;
  const bool first = key != lastKey;
  lastKey = key, lastSize = value.size(), lastCaret = caret;
  if (first) return;  // a press put it there: it is in view
  const std::size_t at = utf8Offset(value, static_cast<std::size_t>(caret));  // the caret's byte
  std::size_t row = 0;
  while (row + 1 < lines.size() && lines[row + 1].begin <= at) ++row;
  const float top = box.Min.y + padY + static_cast<float>(row) * lineHeight;
  ImGui::ScrollToRect(ImGui::GetCurrentWindow(), ImRect(box.Min.x, top - padY, box.Max.x, top + lineHeight + padY),
                      ImGuiScrollFlags_KeepVisibleEdgeY);
}
}  // namespace

// As ImGui wraps text (ImFont::CalcWordWrapPositionA; after a wrap the
// blanks that follow are skipped, and one line break with them), so that
// the lines drawn and the lines a click is measured on are the same.
std::vector<WrappedLine> wrapLines(std::string_view text, ImFont* font, float size, float width, std::size_t maxLines) {
  std::vector<WrappedLine> lines;
  const char* const start = text.data();
  const char* const end = start + text.size();
  const float scale = size / font->FontSize;
  const char* s = start;
  while (lines.size() < maxLines) {
    const char* eol = static_cast<const char*>(std::memchr(s, '\n', static_cast<std::size_t>(end - s)));
    if (!eol) eol = end;
    const char* wrap = s < eol ? font->CalcWordWrapPositionA(scale, s, eol, width) : eol;
    if (wrap == s && s < eol) wrap = s + 1;  // a single glyph wider than the box still takes a line
    while (wrap < eol && (static_cast<unsigned char>(*wrap) & 0xC0) == 0x80) ++wrap;  // never inside a character
    const char* last = wrap;
    while (last > s && blank(last[-1]) && wrap < eol) --last;
    lines.push_back({static_cast<std::size_t>(s - start), static_cast<std::size_t>(last - start)});
    if (wrap >= eol) {
      if (eol == end) break;
      s = eol + 1;
      continue;
    }
    s = wrap;
    while (s < eol && blank(*s)) ++s;
  }
  return lines;
}

int caretAt(std::string_view text, const std::vector<WrappedLine>& lines, ImFont* font, float size, float lineHeight, ImVec2 at) {
  if (lines.empty()) return 0;
  const auto row = static_cast<std::size_t>(std::clamp(at.y / lineHeight, 0.0f, static_cast<float>(lines.size() - 1)));
  const WrappedLine& line = lines[row];
  std::size_t best = line.begin;
  float x = 0;
  for (std::size_t i = line.begin; i < line.end;) {
    std::size_t next = i + 1;
    while (next < line.end && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    const float w = font->CalcTextSizeA(size, FLT_MAX, 0, text.data() + i, text.data() + next).x;
    if (at.x < x + w * 0.5f) break;
    x += w;
    best = next;
    i = next;
  }
  return codePointsIn(text.substr(0, best));
}

bool noteBox(const char* id, const std::string& name, std::string& value, float minHeight, float maxHeight,
             std::size_t maxChars, float width) {
  const std::string key = fieldKey(id);
  const bool changed = takeMirrorText(key, value);
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 pad = style.FramePadding;
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize(), lineHeight = ImGui::GetTextLineHeight();
  const float w = width > 0 ? width : ImGui::GetContentRegionAvail().x;
  const bool editing = mirrorCaret(key) >= 0;  // its textarea has the focus and draws the text
  const std::size_t most = maxHeight > 0 ? static_cast<std::size_t>(maxHeight / lineHeight) + 1 : SIZE_MAX;
  const auto lines = wrapLines(value, font, size, std::max(1.0f, w - 2 * pad.x), most);
  // As tall as its lines (up to maxHeight, where its textarea scrolls), the
  // same whether typed into or not: nothing under the pointer moves when the
  // focus leaves it.
  const float tall = static_cast<float>(std::max<std::size_t>(1, lines.size())) * lineHeight + 2 * pad.y;
  const float h = std::clamp(tall, minHeight, std::max(minHeight, maxHeight > 0 ? maxHeight : FLT_MAX));

  const ImVec2 pos = window->DC.CursorPos;
  const ImRect box(pos, ImVec2(pos.x + w, pos.y + h));
  const ImGuiID item = window->GetID(id);
  ImGui::ItemSize(box, pad.y);
  if (ImGui::ItemAdd(box, item)) {
    bool hovered = false, held = false;
    // A mouse asks on the press; a finger on lifting, which the page draws
    // inside the touch's end (web/glue/, _pump): only a focus given there
    // opens a phone's keyboard.
    const bool finger = ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen;
    if (ImGui::ButtonBehavior(box, item, &hovered, &held, finger ? ImGuiButtonFlags_PressedOnClickRelease : ImGuiButtonFlags_PressedOnClick)) {
      const ImGuiIO& io = ImGui::GetIO();
      const ImVec2 where = finger ? io.MouseClickedPos[0] : io.MousePos;  // (a lifted finger's position is off the page)
      const bool byMouse = (io.MouseClicked[0] || io.MouseReleased[0]) && box.Contains(where);
      const ImVec2 at(where.x - box.Min.x - pad.x, where.y - box.Min.y - pad.y);
      requestPageEdit(key, byMouse ? caretAt(value, lines, font, size, lineHeight, at) : codePointsIn(value));
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    ImGui::RenderFrame(box.Min, box.Max, ImGui::GetColorU32(ImGuiCol_FrameBg), true, style.FrameRounding);
    if (!editing) {
      ImDrawList* dl = window->DrawList;
      const ImVec4 clip(box.Min.x + pad.x * 0.5f, box.Min.y, box.Max.x - pad.x * 0.5f, box.Max.y - pad.y * 0.5f);
      const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
      float y = box.Min.y + pad.y;
      for (const WrappedLine& line : lines) {
        if (y > clip.w) break;
        if (y + lineHeight >= clip.y && line.end > line.begin)
          dl->AddText(font, size, ImVec2(box.Min.x + pad.x, y), colour, value.data() + line.begin, value.data() + line.end, 0, &clip);
        y += lineHeight;
      }
    }
  }
  if (editing && maxHeight <= 0) keepCaretInView(key, value, lines, box, lineHeight, pad.y);
  describe(key, Role::TextArea, name, "", value);
  lastNode().max = static_cast<int>(maxChars);
  keepInView(editing);
  return changed;
}

}  // namespace lestari::ui
