# Third-party code, never committed: Debian packages and the ImGui tree that
# scripts/setup.sh unpacks into .deps/ (or any tree passed as -DIMGUI_DIR=...).
set(IMGUI_DIR "${PROJECT_SOURCE_DIR}/.deps/imgui-1.90.1" CACHE PATH "Dear ImGui 1.90.1 source tree")

if(EMSCRIPTEN)
  # Reaching /usr/include from a wasm build would pull glibc headers in, so the
  # header-only libraries are linked alone into a folder of their own.
  set(_hdr "${PROJECT_BINARY_DIR}/third_party_include")
  file(MAKE_DIRECTORY "${_hdr}")
  if(NOT EXISTS "${_hdr}/nlohmann")
    file(CREATE_LINK /usr/include/nlohmann "${_hdr}/nlohmann" SYMBOLIC)
  endif()
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
  target_include_directories(nlohmann_json::nlohmann_json SYSTEM INTERFACE "${_hdr}")
else()
  find_package(nlohmann_json 3.11 REQUIRED)
  find_package(doctest REQUIRED)
endif()

# Dear ImGui: in the browser with its OpenGL ES 3 renderer; natively without
# any renderer, for the screen tests (tests/ui) that draw frames headless.
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found at ${IMGUI_DIR}: run scripts/setup.sh or pass -DIMGUI_DIR=...")
endif()
set(_imgui_sources ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
                   ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
if(EMSCRIPTEN)
  list(APPEND _imgui_sources ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
endif()
add_library(imgui STATIC ${_imgui_sources})
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
target_compile_definitions(imgui PUBLIC
  IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_FILE_FUNCTIONS  # no files in the browser: settings live in localStorage
  # 32-bit characters: text fields keep every code point a user can type or
  # paste (emoji, CJK Extension B, mathematical letters). With 16-bit ones
  # ImGui turns them into U+FFFD and leaves NULs behind on edit.
  IMGUI_USE_WCHAR32
  IMGUI_ENABLE_TEST_ENGINE)  # its item hooks feed the accessible mirror (src/ui/semantics.cpp)
if(EMSCRIPTEN)
  target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()
