// Lestari in the browser: WebGL2 context, ImGui, the app, input, and the
// first frame. Everything after that is driven by events (render_loop.cpp).
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "platform/web/embedded_assets.h"
#include "platform/web/input.h"
#include "platform/web/render_loop.h"
#include "platform/web/runtime.h"

using namespace lestari;

int main() {
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_FALSE;
  attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.preserveDrawingBuffer = EM_TRUE;  // the last frame stays on screen while idle
  attrs.enableExtensionsByDefault = EM_FALSE;  // ImGui needs none; enabling them all costs start-up time
  attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;  // a form, not a game: spare laptop batteries
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
  if (ctx <= 0) {
    EM_ASM({ if (window.lestariFatal) window.lestariFatal('webgl2'); });
    return 1;
  }
  emscripten_webgl_make_context_current(ctx);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // settings live in the app's own storage
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need frames while idle
  io.BackendPlatformName = "lestari_html5";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.SetClipboardTextFn = [](void*, const char* text) { web::runtime().host.copyToClipboard(text); };
  // Pasting comes through the hidden <input>'s paste event (web::paste).
  io.GetClipboardTextFn = [](void*) -> const char* { return web::pastedText(); };
  ImGui_ImplOpenGL3_Init("#version 300 es");

  web::Runtime& rt = web::runtime();
  ui::AppAssets assets{web::embeddedAsset("checklist.table"), web::embeddedAsset("strings.table"),
                       web::embeddedAsset("demo-report.json"), web::embeddedAsset("demo-report.en.json"),
                       web::embeddedAsset("summary.css"),
                       ui::FontData{web::embeddedAsset("NotoSans-Regular.subset.ttf"),
                                    web::embeddedAsset("NotoSans-Bold.subset.ttf"),
                                    web::embeddedAsset("font-ranges.txt"),
                                    web::embeddedAsset("NotoSans-Bold.ranges.txt")}};
  rt.app = std::make_unique<ui::App>(assets, rt.host);
  web::installInputCallbacks();
  // The first frame right away rather than at the next animation frame: the
  // page shows sooner. The following frames come from the loop.
  web::drawFrameNow();
  web::requestFrames();
  return 0;
}
