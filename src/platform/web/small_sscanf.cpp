// ImGui calls sscanf in two places that run here: its OpenGL back end reads
// the GL and GLSL versions ("%d.%d", "#version %d"). Its settings-file
// readers call it too, but never run (io.IniFilename is null, src/platform/web/main.cpp).
// The C library's scanf is 4 KB of WebAssembly for that, so the link replaces
// sscanf with this one (-Wl,--wrap, emscripten.cmake): literal characters,
// spaces and %d or %i; any other conversion ends the match, as a failed one
// would, and the count of values read so far is returned.
#include <cstdarg>

extern "C" int __wrap_sscanf(const char* text, const char* format, ...) {
  va_list args;
  va_start(args, format);
  int read = 0;
  const char* t = text;
  for (const char* f = format; *f; ++f) {
    if (*f == ' ') {
      while (*t == ' ' || *t == '\t' || *t == '\n') ++t;
      continue;
    }
    if (*f != '%') {
      if (*t != *f) break;
      ++t;
      continue;
    }
    ++f;
    if (*f != 'd' && *f != 'i') break;
    while (*t == ' ' || *t == '\t' || *t == '\n') ++t;
    bool negative = *t == '-';
    if (*t == '-' || *t == '+') ++t;
    if (*t < '0' || *t > '9') break;
    long value = 0;
    for (; *t >= '0' && *t <= '9'; ++t)
      if (value < 100000000) value = value * 10 + (*t - '0');
    *va_arg(args, int*) = static_cast<int>(negative ? -value : value);
    ++read;
  }
  va_end(args);
  return read;
}
