#pragma once
// Mouse, touch, wheel, keyboard and focus from emscripten/html5.h into ImGui.
// (Emscripten 3.1.6's GLFW has no touch, no high-DPI and no IME; see
// docs/architecture.md.) Typed text arrives through the hidden <input>.
#include <string>

namespace lestari::web {

void installInputCallbacks();
void pressKey(const std::string& name);  // "Backspace", "Enter" from the on-screen keyboard
// Scrolls by dy physical pixels, as a finger drag or fling does: the page
// itself, or inside an open dialog by wheel input.
void scrollBy(float dy);
// Tab pressed on the canvas moves the focus into the mirror only once ImGui
// has taken every key typed before it (a slow frame must not cut a date
// short). Called after each frame; true while a Tab still waits.
bool flushPendingTab();
// Text typed while such a Tab waits belongs to where the Tab goes, not to the
// field it leaves: held (true), and handed on with the Tab.
bool holdForPendingTab(const std::string& text);
// The text of the browser's paste event (Ctrl+V, Shift+Insert, Cmd+V, the
// context menu, the browser's Edit menu, a phone's "Paste"), into the field
// being edited as one edit, within its limit (refused with its message).
void paste(const std::string& text);
// What ImGui's paste takes (its clipboard): the last paste's text.
const char* pastedText();

}  // namespace lestari::web
