#include "mirror.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <emscripten.h>

#include "js_bridge.h"
#include "runtime.h"
#include "semantics.h"
#include "widgets.h"

namespace lestari::web {

namespace {

// A JSON string (the texts are the app's own UTF-8; control characters escaped).
void quote(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

// CSS pixels to a tenth: small enough, and stable between frames.
void number(std::string& out, float v) {
  long tenths = std::lround(v * 10.0f);
  if (tenths < 0) { out += '-'; tenths = -tenths; }
  out += std::to_string(tenths / 10);
  if (tenths % 10) { out += '.'; out += static_cast<char>('0' + tenths % 10); }
}

// A CSS colour from an ImGui one (integers only: no floating-point printf
// to compile before the first frame).
void colour(std::string& out, ImU32 c) {
  out += "\"rgb(" + std::to_string(c & 0xFF) + ' ' + std::to_string((c >> 8) & 0xFF) + ' ' + std::to_string((c >> 16) & 0xFF) +
         " / " + std::to_string(((c >> 24) & 0xFF) * 100 / 255) + "%)\"";
}

// How a field being typed into in the page looks (web/mirror.js shows its
// textarea over the canvas's box): [font size (CSS px, of the em), line px, padding x, y, text,
// caret, selection, hidden above, hidden below, field background, rounding], and the latest request to type into one (PageEdit).
void fieldLook(std::string& out, float d) {
  const ImGuiStyle& style = ImGui::GetStyle();
  // ImGui sizes the font by its line, CSS by its em.
  const double em = runtime().app->theme().bodyMetrics().em;
  out += ",\"look\":[";
  number(out, static_cast<float>(ImGui::GetFontSize() * em / d)), out += ',';
  number(out, ImGui::GetTextLineHeight() / d), out += ',';
  number(out, style.FramePadding.x / d), out += ',';
  number(out, style.FramePadding.y / d), out += ',';
  colour(out, ImGui::GetColorU32(ImGuiCol_Text)), out += ',';
  colour(out, ui::palette().accent), out += ',';
  colour(out, ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
  // What of the field being typed into the page is hidden above and below
  // (scrolled under the header or the footer): the textarea is cut there.
  float above = 0, below = 0;
  for (const ui::SemanticNode& n : ui::semanticNodes())
    if (n.role == ui::Role::TextArea && ui::mirrorCaret(n.key) >= 0) {
      const bool shown = n.visible && n.clipMax.y > n.clipMin.y;
      above = shown ? std::max(0.0f, n.clipMin.y - n.min.y) : n.max2.y - n.min.y;
      below = shown ? std::max(0.0f, n.max2.y - n.clipMax.y) : 0;
    }
  out += ',', number(out, above / d), out += ',', number(out, below / d), out += ',';
  colour(out, ImGui::GetColorU32(ImGuiCol_FrameBg)), out += ',';
  number(out, style.FrameRounding / d);
  const ui::PageEdit& edit = ui::pageEdit();
  out += "],\"edit\":[" + std::to_string(edit.serial) + ',';
  quote(out, edit.key);
  out += ',' + std::to_string(edit.caret) + ']';
}

}  // namespace

// {"lang", "screen", "look", "edit", "nodes": [[key, role, name, description, value, flags, x, y, w, h,
// parent, level, max, lang]]}: nodes in reading order, parent an index
// into the same list (or -1), rectangles in CSS pixels.
void publishSemantics() {
  static std::string last;
  double t0 = emscripten_get_now();
  Runtime& rt = runtime();
  const auto& nodes = ui::semanticNodes();
  std::vector<int> index(nodes.size(), -1);  // node -> its place among the exposed ones
  std::string out;
  out.reserve(last.size() + 256);
  out += "{\"lang\":\"";
  out += langCode(rt.app->session().lang());
  out += "\",\"screen\":";
  quote(out, rt.app->drawnScreen());
  // What is to be said once (a live region): [how many so far, the words].
  out += ",\"announce\":[" + std::to_string(rt.app->view().announced) + ',';
  quote(out, rt.app->view().announcement);
  out += ']';
  const float d = rt.dpr;
  fieldLook(out, d);
  out += ",\"nodes\":[";
  int exposed = 0;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const ui::SemanticNode& n = nodes[i];
    if (n.role == ui::Role::None) continue;
    index[i] = exposed;
    if (exposed++) out += ',';
    out += '[';
    quote(out, n.key), out += ',';
    quote(out, ui::roleName(n.role)), out += ',';
    quote(out, n.name), out += ',';
    quote(out, n.description), out += ',';
    quote(out, n.value), out += ',';
    out += std::to_string(n.flags), out += ',';
    number(out, n.min.x / d), out += ',';
    number(out, n.min.y / d), out += ',';
    number(out, (n.max2.x - n.min.x) / d), out += ',';
    number(out, (n.max2.y - n.min.y) / d), out += ',';
    out += std::to_string(n.parent >= 0 ? index[static_cast<std::size_t>(n.parent)] : -1), out += ',';
    out += std::to_string(n.level), out += ',';
    out += std::to_string(n.max), out += ',';
    quote(out, n.lang);
    out += ']';
  }
  out += "]}";
  if (out == last) return;
  last.swap(out);
  lestari_js_semantics(last.data(), static_cast<int>(last.size()), emscripten_get_now() - t0);
}

}  // namespace lestari::web
