#include "platform/web/canvas.h"

#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>

namespace lestari::web {

namespace {

// The largest backing store the GPU draws whole: MAX_VIEWPORT_DIMS and the
// renderbuffer limit (read once; a context is current by the first frame).
void gpuLimits(int& maxW, int& maxH) {
  static GLint dims[2] = {0, 0}, renderbuffer = 0;
  if (dims[0] <= 0) {
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, dims);
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &renderbuffer);
    if (dims[0] <= 0 || dims[1] <= 0) dims[0] = dims[1] = 4096;  // WebGL2's guaranteed minimum
  }
  maxW = renderbuffer > 0 ? std::min<int>(dims[0], renderbuffer) : dims[0];
  maxH = renderbuffer > 0 ? std::min<int>(dims[1], renderbuffer) : dims[1];
}

void setSize(int w, int h) {
  int curW = 0, curH = 0;
  emscripten_get_canvas_element_size("#canvas", &curW, &curH);
  if (w != curW || h != curH) emscripten_set_canvas_element_size("#canvas", w, h);
}

}  // namespace

float syncCanvasSize(int& width, int& height) {
  double cssW = 0, cssH = 0;
  emscripten_get_element_css_size("#canvas", &cssW, &cssH);
  float scale = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (!(scale > 0)) scale = 1;
  if (cssW <= 0 || cssH <= 0) {
    emscripten_get_canvas_element_size("#canvas", &width, &height);
    return scale;
  }
  // Past the GPU's limits the page would draw only a corner: the backing
  // store is clamped and everything is drawn at the smaller scale (as for a
  // very high pixel density), still filling the window.
  int maxW = 0, maxH = 0;
  gpuLimits(maxW, maxH);
  scale = std::min({scale, static_cast<float>(maxW / cssW), static_cast<float>(maxH / cssH)});
  int w = std::max(1, static_cast<int>(std::floor(cssW * scale))), h = std::max(1, static_cast<int>(std::floor(cssH * scale)));
  setSize(w, h);
  // The browser may grant a smaller drawing buffer than asked (memory): fit that.
  int grantedW = w, grantedH = h;
  if (auto ctx = emscripten_webgl_get_current_context()) emscripten_webgl_get_drawing_buffer_size(ctx, &grantedW, &grantedH);
  if (grantedW > 0 && grantedH > 0 && (grantedW < w || grantedH < h)) {
    scale *= std::min(static_cast<float>(grantedW) / w, static_cast<float>(grantedH) / h);
    w = std::max(1, static_cast<int>(std::floor(cssW * scale)));
    h = std::max(1, static_cast<int>(std::floor(cssH * scale)));
    setSize(w, h);
  }
  width = w;
  height = h;
  return scale;
}

}  // namespace lestari::web
