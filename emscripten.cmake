# Everything Emscripten-specific lives here.
#  - Used as the toolchain file of the `web` preset (before project()): finds
#    Debian's Emscripten 3.1.6 and sets compile flags.
#  - Included by the root CMakeLists.txt (after project()): the browser
#    platform layer, the page (dist/lestari.html, one self-contained file,
#    also served as dist/index.html), the files that make a hosted copy
#    installable and offline (manifest, service worker, icon) and the assets.

if(NOT DEFINED LESTARI_ASSETS_DIR)  # read as the toolchain file (also inside try_compile)
  # ---- toolchain part ------------------------------------------------------
  set(EMSCRIPTEN_ROOT_PATH "/usr/share/emscripten" CACHE PATH "Emscripten install")
  include("${EMSCRIPTEN_ROOT_PATH}/cmake/Modules/Platform/Emscripten.cmake")
  # Debian's emcc needs Debian's acorn module, which the machine's node does not see.
  set(CMAKE_CXX_COMPILER_LAUNCHER env NODE_PATH=/usr/share/nodejs CACHE STRING "" FORCE)
  set(CMAKE_CXX_LINKER_LAUNCHER env NODE_PATH=/usr/share/nodejs CACHE STRING "" FORCE)
  set(CMAKE_C_COMPILER_LAUNCHER env NODE_PATH=/usr/share/nodejs CACHE STRING "" FORCE)  # the workbook writer's C libraries
  # Size first: -Oz, LTO, no exceptions (errors are values), no RTTI.
  set(CMAKE_CXX_FLAGS_INIT "-fno-exceptions -fno-rtti -DJSON_NOEXCEPTION")
  set(CMAKE_CXX_FLAGS_MINSIZEREL "-Oz -flto -DNDEBUG" CACHE STRING "" FORCE)
  set(CMAKE_C_FLAGS_MINSIZEREL "-Oz -flto -DNDEBUG" CACHE STRING "" FORCE)
  return()
endif()

# ---- project part -----------------------------------------------------------
set(LESTARI_DIST "${PROJECT_BINARY_DIR}/dist")
set(WEB_DIR "${PROJECT_SOURCE_DIR}/web")

# Font: Noto Sans subset to the glyph ranges in assets/font-ranges.txt.
set(FONT_SRC_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Where NotoSans-*.ttf are")
set(_fonts)
# Bold shows only the app's own texts: ASCII and the characters of those.
set(_texts_Regular)
set(_texts_Bold "${LESTARI_ASSETS_DIR}/checklist.json" "${LESTARI_ASSETS_DIR}/strings.json" "${LESTARI_ASSETS_DIR}/ui-marks.json")
foreach(style Regular Bold)
  set(_out "${LESTARI_GENERATED_DIR}/NotoSans-${style}.subset.ttf")
  set(_ranges "${LESTARI_GENERATED_DIR}/NotoSans-${style}.ranges.txt")  # the characters kept
  add_custom_command(OUTPUT "${_out}" "${_ranges}"
    COMMAND "${LESTARI_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/build/subset_font.py"
            "${FONT_SRC_DIR}/NotoSans-${style}.ttf" "${LESTARI_ASSETS_DIR}/font-ranges.txt" "${_out}" "${_ranges}"
            ${_texts_${style}}
    DEPENDS "${PROJECT_SOURCE_DIR}/scripts/build/subset_font.py" "${LESTARI_ASSETS_DIR}/font-ranges.txt" ${_texts_${style}}
    COMMENT "Subsetting NotoSans-${style}")
  list(APPEND _fonts "${_out}")
endforeach()
list(APPEND _fonts "${LESTARI_GENERATED_DIR}/NotoSans-Bold.ranges.txt")  # what the bold fonts rasterise

# Assets (minified JSON) and fonts become a C++ table: no filesystem, no fetch.
# The checklist and translations come pre-parsed (cmake/tables.cmake).
set(_asset_files ${LESTARI_TABLES}
                 "${LESTARI_ASSETS_DIR}/demo-report.json" "${LESTARI_ASSETS_DIR}/demo-report.en.json"
                 "${LESTARI_ASSETS_DIR}/font-ranges.txt"
                 "${LESTARI_ASSETS_DIR}/summary.css")
set(_embedded "${LESTARI_GENERATED_DIR}/embedded_assets.cpp")
add_custom_command(OUTPUT "${_embedded}"
  COMMAND "${LESTARI_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/build/embed_assets.py" "${_embedded}" ${_asset_files} ${_fonts}
  DEPENDS "${PROJECT_SOURCE_DIR}/scripts/build/embed_assets.py" ${_asset_files} ${_fonts}
  COMMENT "Embedding assets and fonts")

# The thin browser layer: canvas and pixel density, input, draw-on-demand
# loop, storage, downloads, file import, and the window.lestari API.
set(_platform "${PROJECT_SOURCE_DIR}/src/platform/web")
add_library(lestari_platform STATIC
  ${_platform}/automation_api.cpp ${_platform}/api_public.cpp ${_platform}/api_glue.cpp ${_platform}/api_mirror.cpp
  ${_platform}/canvas.cpp ${_platform}/input.cpp ${_platform}/mirror.cpp
  ${_platform}/render_loop.cpp ${_platform}/runtime.cpp ${_platform}/web_host.cpp ${_platform}/no_default_font.cpp ${_platform}/small_sscanf.cpp
  "${_embedded}")
target_link_libraries(lestari_platform PUBLIC lestari_ui)
lestari_warnings(lestari_platform)

# The page's script: its parts by concern (web/glue/), the accessible mirror
# and the page contract, joined into one function in this order, each part
# using only what the parts before it declare (scripts/build/join_script.py).
set(_script_parts "${LESTARI_CONTRACT_JS}"
  ${WEB_DIR}/glue/page.js ${WEB_DIR}/glue/loading.js ${WEB_DIR}/glue/calls.js
  ${WEB_DIR}/mirror.js ${WEB_DIR}/glue/canvas.js ${WEB_DIR}/glue/text_input.js ${WEB_DIR}/glue/workbook.js ${WEB_DIR}/glue/api.js
  ${WEB_DIR}/glue/files.js ${WEB_DIR}/glue/history.js ${WEB_DIR}/glue/storage.js ${WEB_DIR}/glue/kept_rooms.js ${WEB_DIR}/glue/print.js
  ${WEB_DIR}/glue/saving.js ${WEB_DIR}/glue/fonts.js ${WEB_DIR}/glue/hooks.js)
set(_script "${LESTARI_GENERATED_DIR}/page_script.js")
add_custom_command(OUTPUT "${_script}"
  COMMAND "${LESTARI_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/build/join_script.py" "${_script}" ${_script_parts}
  DEPENDS "${PROJECT_SOURCE_DIR}/scripts/build/join_script.py" ${_script_parts}
  COMMENT "Joining the page's script")
add_custom_target(lestari_script DEPENDS "${_script}")

set(LESTARI_WEB_LINK_FLAGS
  -Oz -flto
  -sENVIRONMENT=web -sFILESYSTEM=0
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sEXPORTED_FUNCTIONS=_main,_lestari_call,_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString
  -sMINIFY_HTML=0 -sTEXTDECODER=2 -sDYNAMIC_EXECUTION=0
  -Wl,--wrap=_ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig  # src/platform/web/no_default_font.cpp
  -Wl,--wrap=sscanf  # src/platform/web/small_sscanf.cpp
  # wasm-opt would inline every function with one caller, whatever its size:
  # the frame became one 72 KB function holding every screen, all of it
  # compiled by the browser before the first frame. Screens stay apart.
  -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=60
  -sMALLOC=emmalloc  # a quarter of dlmalloc's code; the app allocates little and briefly
  -sSUPPORT_LONGJMP=0 -sGL_TRACK_ERRORS=0 -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  "--js-library=${WEB_DIR}/library_lestari.js"
  "--pre-js=${_script}"
  "--shell-file=${WEB_DIR}/shell.html")
set(_web_deps "${WEB_DIR}/library_lestari.js" "${_script}" "${WEB_DIR}/shell.html")

# One page, one link. The one file is also the hosted page (index.html): a
# hosted copy saved with Ctrl+S is then the one file too, and works offline
# (docs/performance.md says why not three files). finish_page.py compresses
# the wasm, minifies the script, writes the Content-Security-Policy and the
# page's own source block ("Save for offline"); offline_files.py writes the
# manifest, the service worker and the icon for https hosting.
add_executable(lestari "${PROJECT_SOURCE_DIR}/src/platform/web/main.cpp")
target_link_libraries(lestari PRIVATE lestari_platform)
add_dependencies(lestari lestari_script)
target_link_options(lestari PRIVATE ${LESTARI_WEB_LINK_FLAGS} -sSINGLE_FILE=1)
set_target_properties(lestari PROPERTIES SUFFIX ".html" RUNTIME_OUTPUT_DIRECTORY "${LESTARI_DIST}"
                      LINK_DEPENDS "${_web_deps};${PROJECT_SOURCE_DIR}/scripts/build/finish_page.py;${PROJECT_SOURCE_DIR}/scripts/build/offline_files.py;${WEB_DIR}/sw.js;${WEB_DIR}/manifest.webmanifest;${WEB_DIR}/icon.svg")
add_custom_command(TARGET lestari POST_BUILD
  COMMAND "${LESTARI_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/build/finish_page.py" "${LESTARI_DIST}/lestari.html"
  COMMAND "${CMAKE_COMMAND}" -E copy "${LESTARI_DIST}/lestari.html" "${LESTARI_DIST}/index.html"
  COMMAND "${LESTARI_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/build/offline_files.py" "${WEB_DIR}" "${LESTARI_DIST}"
  VERBATIM)
