#include "platform/web/render_loop.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "platform/web/canvas.h"
#include "platform/web/embedded_assets.h"
#include "platform/web/input.h"
#include "platform/web/js_bridge.h"
#include "platform/web/mirror.h"
#include "platform/web/runtime.h"
#include "version.h"
#include "ui/widgets.h"

namespace lestari::web {

namespace {
int g_framesWanted = 0;
bool g_scheduled = false;
std::uint64_t g_picture = 0, g_lastPicture = 0;  // what the last two frames drew
int g_settling = 0;  // frames drawn in a row because the picture still changed

// A fingerprint of what a frame draws (its vertices: what moves or changes
// colour moves them) and of what it means (focus, hover, activity): equal for
// two frames in a row, the page is still and the loop may stop.
std::uint64_t fingerprint(const ImDrawData* d) {
  std::uint64_t h = 1469598103934665603ull;
  auto mix = [&h](const void* data, std::size_t bytes) {  // whole 32-bit words (ImDrawVert is 20 bytes)
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i + 4 <= bytes; i += 4) {
      std::uint32_t w;
      std::memcpy(&w, p + i, 4);
      h = (h ^ w) * 1099511628211ull;
    }
  };
  for (int n = 0; n < d->CmdListsCount; ++n)
    mix(d->CmdLists[n]->VtxBuffer.Data, static_cast<std::size_t>(d->CmdLists[n]->VtxBuffer.Size) * sizeof(ImDrawVert));
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const ImGuiID ids[] = {g.NavId, g.HoveredId, g.ActiveId, static_cast<ImGuiID>(g.OpenPopupStack.Size)};
  mix(ids, sizeof ids);
  return h;
}
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
  // After the frames asked for, go on while the picture still changes (a
  // popup sizing itself, a scroll landing), up to a bound.
  bool changing = g_picture != g_lastPicture && ++g_settling <= 16;
  if (--g_framesWanted > 0 || changing || rt.app->animating() || g_inertia != 0) return EM_TRUE;
  g_scheduled = false;
  g_framesWanted = 0;
  g_settling = 0;
  return EM_FALSE;
}
}  // namespace

void requestFrames(int count) {
  g_framesWanted = std::max(g_framesWanted, count);
  g_settling = 0;
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
  g_lastPicture = g_picture;
  g_picture = fingerprint(ImGui::GetDrawData());
  ++rt.frameCount;
  publishSemantics();

  // A focused text field needs the hidden <input> (on-screen keyboard, IME, paste).
  // A field of digits asks for the number keyboard.
  const ui::ActiveField* field = ui::activeField();
  using Mode = contract::TextInputMode;
  const Mode mode = !io.WantTextInput ? Mode::None : field && field->numeric ? Mode::Digits : Mode::Text;
  if (mode != rt.textInputMode) {
    rt.textInputActive = mode != Mode::None;
    rt.textInputMode = mode;
    lestari_js_text_input(static_cast<int>(mode));
  }
  ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
  if (cursor != g_cursor) {
    g_cursor = cursor;
    lestari_js_set_cursor(cssCursor(cursor));
  }
  if (!rt.ready) {
    rt.ready = true;
    lestari_js_ready(kAppVersion);
    // The canvas's font for the page's own text areas (a note being typed into).
    const std::string_view font = embeddedAsset("NotoSans-Regular.subset.ttf");
    lestari_js_font_face(font.data(), static_cast<int>(font.size()));
  }
}

}  // namespace lestari::web
