#include "render_loop.h"

#include <algorithm>
#include <cmath>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "canvas.h"
#include "input.h"
#include "js_bridge.h"
#include "mirror.h"
#include "runtime.h"
#include "version.h"

namespace lestari::web {

namespace {
int g_framesWanted = 0;
bool g_scheduled = false;
double g_lastTime = 0;
float g_inertia = 0;
ImGuiMouseCursor g_cursor = ImGuiMouseCursor_COUNT;

const char* cssCursor(ImGuiMouseCursor c) {
  switch (c) {
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    case ImGuiMouseCursor_None: return "none";
    default: return "default";
  }
}

void applyInertia(float dt) {
  if (g_inertia == 0) return;
  scrollBy(g_inertia * dt);
  g_inertia *= std::exp(-dt * 4.0f);
  if (std::fabs(g_inertia) < 40.0f) {
    g_inertia = 0;
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // no hover left behind by a finger
  }
}

EM_BOOL onAnimationFrame(double, void*) {
  drawFrameNow();
  Runtime& rt = runtime();
  // ImGui spreads fast input (a click, quick typing) over several frames:
  // keep drawing until its queue is empty, then for the short tail.
  bool queued = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
  if (queued) g_framesWanted = std::max(g_framesWanted, 2);
  if (flushPendingTab()) g_framesWanted = std::max(g_framesWanted, 2);
  if (--g_framesWanted > 0 || rt.app->animating() || g_inertia != 0) return EM_TRUE;
  g_scheduled = false;
  g_framesWanted = 0;
  return EM_FALSE;
}
}  // namespace

void requestFrames(int count) {
  g_framesWanted = std::max(g_framesWanted, count);
  if (!g_scheduled) {
    g_scheduled = true;
    emscripten_request_animation_frame_loop(onAnimationFrame, nullptr);
  }
}

void setInertia(float v) {
  if (runtime().app->reducedMotion()) v = 0;  // reduced motion: a fling stops where the finger lifted
  g_inertia = v;
  if (v != 0) requestFrames(2);
}
bool inertiaActive() { return g_inertia != 0; }
bool drawing() { return g_scheduled; }

void drawFrameNow() {
  // Browser glue may be reached while a frame is drawn (the clipboard, a
  // focus change): a frame is never drawn inside another, it is queued.
  static bool drawing = false;
  if (drawing) return requestFrames();
  struct Guard { bool& b; explicit Guard(bool& x) : b(x) { b = true; } ~Guard() { b = false; } } guard(drawing);
  Runtime& rt = runtime();
  ImGuiIO& io = ImGui::GetIO();
  int w = 0, h = 0;
  rt.dpr = syncCanvasSize(w, h);
  io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  double now = emscripten_get_now() / 1000.0;
  float dt = g_lastTime > 0 ? static_cast<float>(std::clamp(now - g_lastTime, 0.001, 0.1)) : 1.0f / 60.0f;
  io.DeltaTime = dt;
  g_lastTime = now;
  applyInertia(dt);

  if (rt.app->prepareFrame(rt.dpr)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  rt.app->frame();
  ImGui::Render();
  glViewport(0, 0, w, h);
  ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ++rt.frameCount;
  publishSemantics();

  // A focused text field needs the hidden <input> (on-screen keyboard, IME, paste).
  if (io.WantTextInput != rt.textInputActive) {
    rt.textInputActive = io.WantTextInput;
    lestari_js_text_input(rt.textInputActive ? 1 : 0);
  }
  ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  if (cursor != g_cursor) {
    g_cursor = cursor;
    lestari_js_set_cursor(cssCursor(cursor));
  }
  if (!rt.ready) {
    rt.ready = true;
    lestari_js_ready(kAppVersion);
  }
}

}  // namespace lestari::web
