#include "canvas.h"

#include <cmath>

#include <emscripten/html5.h>

namespace lestari::web {

float syncCanvasSize(int& width, int& height) {
  double cssW = 0, cssH = 0;
  emscripten_get_element_css_size("#canvas", &cssW, &cssH);
  float dpr = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (dpr <= 0) dpr = 1;
  int w = static_cast<int>(std::lround(cssW * dpr));
  int h = static_cast<int>(std::lround(cssH * dpr));
  int curW = 0, curH = 0;
  emscripten_get_canvas_element_size("#canvas", &curW, &curH);
  if (w > 0 && h > 0 && (w != curW || h != curH)) emscripten_set_canvas_element_size("#canvas", w, h);
  width = w > 0 ? w : curW;
  height = h > 0 ? h : curH;
  return dpr;
}

}  // namespace lestari::web
