#!/usr/bin/env bash
# Builds the stock Dear ImGui glfw + opengl3 example (continuous rendering,
# demo window) with the same Emscripten and ImGui sources as Lestari, as one
# self-contained HTML file, for side-by-side measurements.
# Usage: build_stock.sh <imgui-dir> <out-dir>
set -euo pipefail
IMGUI="$1"; OUT="$2"
mkdir -p "$OUT/example_glfw_opengl3" "$OUT/libs/emscripten"
cp "$IMGUI/examples/example_glfw_opengl3/main.cpp" "$OUT/example_glfw_opengl3/main.cpp"
# Debian's +ds repack lacks examples/libs: the stand-in the example expects.
cat > "$OUT/libs/emscripten/emscripten_mainloop_stub.h" <<'STUB'
#pragma once
#include <emscripten.h>
#include <functional>
static std::function<void()> MainLoopForEmscriptenP;
static void MainLoopForEmscripten() { MainLoopForEmscriptenP(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN MainLoopForEmscriptenP = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(MainLoopForEmscripten, 0, true)
STUB
if [ "$OUT/stock.html" -nt "$0" ] && [ -f "$OUT/stock.html" ]; then exit 0; fi
NODE_PATH=/usr/share/nodejs em++ -std=c++17 -Oz -flto -DIMGUI_DISABLE_DEBUG_TOOLS \
  -I"$IMGUI" -I"$IMGUI/backends" \
  "$OUT/example_glfw_opengl3/main.cpp" "$IMGUI"/imgui.cpp "$IMGUI"/imgui_draw.cpp "$IMGUI"/imgui_tables.cpp \
  "$IMGUI"/imgui_widgets.cpp "$IMGUI"/imgui_demo.cpp "$IMGUI"/backends/imgui_impl_glfw.cpp \
  "$IMGUI"/backends/imgui_impl_opengl3.cpp \
  -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sENVIRONMENT=web -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 \
  -sMINIFY_HTML=0 -sSINGLE_FILE=1 -o "$OUT/stock.html"
