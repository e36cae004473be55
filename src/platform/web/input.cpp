#include "platform/web/input.h"

#include <cfloat>
#include <cmath>
#include <cstring>

#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "platform/web/js_bridge.h"
#include "platform/web/render_loop.h"
#include "platform/web/runtime.h"

namespace lestari::web {

namespace {

float dpr() { return runtime().dpr; }

ImGuiKey keyFromCode(const char* code) {
  struct Entry { const char* code; ImGuiKey key; };
  static const Entry kTable[] = {
      {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
      {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
      {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
      {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
      {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
      {"Escape", ImGuiKey_Escape}, {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl},
      {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift}, {"AltLeft", ImGuiKey_LeftAlt},
      {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper}};
  for (const Entry& e : kTable)
    if (std::strcmp(code, e.code) == 0) return e.key;
  if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == 0)
    return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
  if (std::strncmp(code, "Digit", 5) == 0 && code[5] >= '0' && code[5] <= '9' && code[6] == 0)
    return static_cast<ImGuiKey>(ImGuiKey_0 + (code[5] - '0'));
  return ImGuiKey_None;
}

// The modifiers as the keyboard holds them (the last key event said so).
struct Held {
  bool ctrl = false, shift = false, alt = false, meta = false;
} g_held;

void modifiers(bool ctrl, bool shift, bool alt, bool meta) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, meta);
}
void heldModifiers(const EmscriptenKeyboardEvent* e) {
  g_held = Held{e->ctrlKey != 0, e->shiftKey != 0, e->altKey != 0, e->metaKey != 0};
  modifiers(g_held.ctrl, g_held.shift, g_held.alt, g_held.meta);
}

// The keys that paste (Ctrl+V, Cmd+V, Shift+Insert) are the browser's: only
// its paste event carries the clipboard's text (paste() below).
bool pastes(const EmscriptenKeyboardEvent* e, ImGuiKey key) {
  return ((e->ctrlKey || e->metaKey) && !e->altKey && key == ImGuiKey_V) || (e->shiftKey && key == ImGuiKey_Insert);
}

// A paste's text, until the field's own paste (below) has taken it.
std::string g_pasted;

int g_pendingTab = 0;  // 1: Tab, -1: Shift+Tab, waiting for ImGui's input queue to empty
std::string g_afterTab;  // text typed while it waits: for the element the Tab reaches

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
  const auto target = static_cast<contract::KeyTarget>(lestari_js_key_target());
  if (target == contract::KeyTarget::Other) return EM_FALSE;  // typed into something that is not the app
  ImGuiKey key = keyFromCode(e->code);
  // Android keyboards send "Unidentified": text and deletions then come from the hidden <input>.
  if (key == ImGuiKey_None && std::strlen(e->key) > 1) key = keyFromCode(e->key);
  // The keyboard focus lives in the accessible mirror (web/mirror.js), so
  // that Tab order on the canvas is the mirror's reading order: Tab is the
  // browser's. From the canvas (a field typed in, or nothing focused) it
  // moves on in the mirror from the canvas's focused item.
  if (key == ImGuiKey_Tab) {
    if (type != EMSCRIPTEN_EVENT_KEYDOWN || target == contract::KeyTarget::Mirror) return EM_FALSE;
    g_pendingTab = e->shiftKey ? -1 : 1;
    requestFrames();
    return EM_TRUE;
  }
  // In the mirror, keys act on its focused element (a button, a field); the
  // app gets only those that act on the whole page.
  if (target == contract::KeyTarget::Mirror) {
    // (A release always reaches it: a key pressed on the canvas is never left held down.)
    bool up = type != EMSCRIPTEN_EVENT_KEYDOWN;
    if (key != ImGuiKey_None && (up || key == ImGuiKey_Escape || key == ImGuiKey_PageUp || key == ImGuiKey_PageDown)) {
      ImGui::GetIO().AddKeyEvent(key, !up);
      requestFrames();
    }
    return EM_FALSE;
  }
  heldModifiers(e);
  requestFrames();
  if (pastes(e, key)) return EM_FALSE;  // the browser's paste event follows: paste()
  if (key != ImGuiKey_None) ImGui::GetIO().AddKeyEvent(key, type == EMSCRIPTEN_EVENT_KEYDOWN);
  if (type != EMSCRIPTEN_EVENT_KEYDOWN) return EM_FALSE;
  // Let the browser act on printable keys (they reach the hidden <input>) and on
  // copy/paste/cut/select-all; keep navigation keys for the app.
  int codePoints = 0;
  for (const char* k = e->key; *k; ++k) codePoints += (static_cast<unsigned char>(*k) & 0xC0) != 0x80;
  bool printable = codePoints == 1;
  // Copy, cut and select-all are the app's (its clipboard code copies the
  // field's selection): the browser must not act on the hidden input, whose
  // placeholder character it would copy. Paste stays the browser's (above).
  if ((e->ctrlKey || e->metaKey) && (key == ImGuiKey_C || key == ImGuiKey_X || key == ImGuiKey_A)) return EM_TRUE;
  if (e->ctrlKey || e->metaKey) return EM_FALSE;
  if (printable && key != ImGuiKey_Space) return EM_FALSE;
  if (key == ImGuiKey_Space) return runtime().textInputActive ? EM_FALSE : EM_TRUE;
  return key != ImGuiKey_None ? EM_TRUE : EM_FALSE;
}

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(e->clientX * dpr(), e->clientY * dpr());
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
    int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
    if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
  }
  if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  requestFrames();
  // Keep the focus where it is (the hidden text input) when clicking the canvas.
  return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_TRUE : EM_FALSE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
  double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(e->mouse.clientX * dpr(), e->mouse.clientY * dpr());
  io.AddMouseWheelEvent(static_cast<float>(-e->deltaX * scale), static_cast<float>(-e->deltaY * scale));
  requestFrames();
  return EM_TRUE;
}

// Touch: a tap is a click at the finger; a drag scrolls what is under it
// (and never clicks); a fling keeps scrolling for a moment.
struct Touch {
  long id = -1;
  float startX = 0, startY = 0, lastX = 0, lastY = 0;
  double lastT = 0;
  float velocity = 0;
  bool scrolling = false;
} g_touch;

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  const EmscriptenTouchPoint* t = nullptr;
  bool tracked = false;  // is our finger still among the touches?
  for (int i = 0; i < e->numTouches; ++i) {
    tracked = tracked || e->touches[i].identifier == g_touch.id;
    if (e->touches[i].isChanged && (g_touch.id < 0 || e->touches[i].identifier == g_touch.id)) t = &e->touches[i];
  }
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART && g_touch.id >= 0 && !tracked) g_touch.id = -1;  // a lost touchend
  bool ending = type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL;
  if (!t && !(ending && g_touch.id >= 0 && !tracked)) return EM_TRUE;
  float x = t ? t->clientX * dpr() : g_touch.lastX, y = t ? t->clientY * dpr() : g_touch.lastY;
  double now = e->timestamp;
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
    if (g_touch.id >= 0) return EM_TRUE;  // second finger: ignored
    setInertia(0);
    g_touch = Touch{t->identifier, x, y, x, y, now, 0, false};
    io.AddMousePosEvent(x, y);  // move first, so one tap is one click
    io.AddMouseButtonEvent(0, true);
  } else if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
    if (!g_touch.scrolling && std::hypot(x - g_touch.startX, y - g_touch.startY) > 10.0f * dpr()) {
      g_touch.scrolling = true;
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // release away from the pressed widget: no click
      io.AddMouseButtonEvent(0, false);
      io.AddMousePosEvent(x, y);
    }
    if (g_touch.scrolling) {
      float dy = y - g_touch.lastY;
      scrollBy(dy);
      double dt = std::max(1.0, now - g_touch.lastT) / 1000.0;
      g_touch.velocity = 0.7f * g_touch.velocity + 0.3f * static_cast<float>(dy / dt);
    } else {
      io.AddMousePosEvent(x, y);
    }
    g_touch.lastX = x;
    g_touch.lastY = y;
    g_touch.lastT = now;
  } else {  // end or cancel
    if (!g_touch.scrolling) {
      io.AddMousePosEvent(x, y);
      io.AddMouseButtonEvent(0, false);
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    } else if (type == EMSCRIPTEN_EVENT_TOUCHEND && now - g_touch.lastT < 60 && std::fabs(g_touch.velocity) > 300.0f) {
      // A fling only when the finger was still moving as it lifted.
      setInertia(g_touch.velocity);
    } else {
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    }
    g_touch.id = -1;
  }
  requestFrames();
  return EM_TRUE;  // no emulated mouse events, no browser scrolling or zoom
}

EM_BOOL onFocus(int type, const EmscriptenFocusEvent* e, void*) {
  // Only the page itself gaining or losing focus: the focus moving between
  // the page's own elements (the mirror, the hidden input) must not make
  // ImGui drop a mouse button that is down.
  if (std::strcmp(e->nodeName, "#window") != 0) return EM_FALSE;
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  requestFrames();
  return EM_FALSE;
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
  requestFrames();
  return EM_FALSE;
}

}  // namespace

void installInputCallbacks() {
  // A phone or tablet starts as a touch screen (no desktop scrollbar before
  // the first touch); a mouse used later brings the scrollbar back.
  // (ImGui takes a source with the next pointer event: one is sent, far off
  // the page; ImGui would drop one where the pointer already is.)
  if (lestari_js_touch_first()) {
    ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    ImGui::GetIO().AddMousePosEvent(-1e5f, -1e5f);
  }
  const char* canvas = "#canvas";
  emscripten_set_mousedown_callback(canvas, nullptr, true, onMouse);
  // On the canvas, not the window: a window listening for mouse buttons makes
  // a screen reader call every heading and text of the mirror "clickable".
  // A press that leaves the canvas still ends there: the page captures the
  // pointer on pointerdown (web/glue/).
  emscripten_set_mouseup_callback(canvas, nullptr, true, onMouse);
  emscripten_set_mousemove_callback(canvas, nullptr, true, onMouse);
  emscripten_set_mouseleave_callback(canvas, nullptr, true, onMouse);
  emscripten_set_wheel_callback(canvas, nullptr, true, onWheel);
  emscripten_set_touchstart_callback(canvas, nullptr, true, onTouch);
  emscripten_set_touchmove_callback(canvas, nullptr, true, onTouch);
  emscripten_set_touchend_callback(canvas, nullptr, true, onTouch);
  emscripten_set_touchcancel_callback(canvas, nullptr, true, onTouch);
  emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onKey);
  emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onKey);
  emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onFocus);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onFocus);
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onResize);
}

void scrollBy(float dy) {
  if (runtime().app->touchScroll(dy)) return;
  // ImGui scrolls 5 lines of the body font per wheel unit.
  ImGuiIO& io = ImGui::GetIO();
  float step = 5.0f * io.FontGlobalScale * (io.Fonts->Fonts.Size ? io.Fonts->Fonts[0]->FontSize : 17.0f);
  io.AddMouseWheelEvent(0, dy / step);
}

void pressKey(const std::string& name) {
  ImGuiKey key = keyFromCode(name.c_str());
  if (key == ImGuiKey_None) return;
  ImGui::GetIO().AddKeyEvent(key, true);
  ImGui::GetIO().AddKeyEvent(key, false);
  requestFrames();
}

bool flushPendingTab() {
  if (g_pendingTab == 0) return false;
  if (ImGui::GetCurrentContext()->InputEventsQueue.Size > 0) return true;  // keys typed before it come first
  int backwards = g_pendingTab < 0 ? 1 : 0;
  g_pendingTab = 0;
  std::string typed;
  typed.swap(g_afterTab);
  lestari_js_tab(backwards, typed.c_str());
  return false;
}

void paste(const std::string& text) {
  if (holdForPendingTab(text)) return;
  auto fitted = runtime().app->fitText(text);
  if (!fitted) return;  // no field being edited, or refused with its message
  // The field's own paste, as ImGui does it for Ctrl+V: the whole text as
  // one edit (one undo), replacing the selection. Characters would be lost
  // while Ctrl or Cmd is held (ImGui ignores typing then), and would each be
  // an edit of their own. Exactly Ctrl is held for the press, then the keys
  // as the keyboard holds them (ImGui's queue takes them in order).
  g_pasted = std::move(*fitted);
  ImGuiIO& io = ImGui::GetIO();
  modifiers(true, false, false, false);
  io.AddKeyEvent(ImGuiKey_V, true);
  io.AddKeyEvent(ImGuiKey_V, false);
  modifiers(g_held.ctrl, g_held.shift, g_held.alt, g_held.meta);
  requestFrames();
}

const char* pastedText() { return g_pasted.c_str(); }

bool holdForPendingTab(const std::string& text) {
  if (g_pendingTab == 0) return false;
  g_afterTab += text;
  return true;
}

}  // namespace lestari::web
