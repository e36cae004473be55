# Settings shared by every target.
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

set(LESTARI_ASSETS_DIR "${PROJECT_SOURCE_DIR}/assets")
set(LESTARI_GENERATED_DIR "${PROJECT_BINARY_DIR}/generated")
# Debian's interpreter: fonttools lives there whatever python3 is first on PATH.
find_program(LESTARI_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT LESTARI_PYTHON)
  find_program(LESTARI_PYTHON NAMES python3 REQUIRED)
endif()

configure_file("${PROJECT_SOURCE_DIR}/cmake/version.h.in" "${LESTARI_GENERATED_DIR}/lestari/version.h" @ONLY)

function(lestari_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
endfunction()

# The native build (the test preset) runs under AddressSanitizer and
# UndefinedBehaviorSanitizer: a read of freed memory or an overflow fails the
# test that reached it. Any finding stops the program (no recovery).
option(LESTARI_SANITIZE "Build natively with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# -O1 and line tables only: what the sanitizers need for exact reports, at half
# the compile time of -O2 -g (the test files themselves build at -O0, below).
if(LESTARI_SANITIZE AND NOT EMSCRIPTEN)
  set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O1 -g1 -DNDEBUG")
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# Test programs: their own code needs no optimisation (the code under test
# keeps the build type's); -O0 builds them five times faster.
function(lestari_test_program target)
  if(NOT EMSCRIPTEN)
    target_compile_options(${target} PRIVATE -O0)
  endif()
endfunction()
