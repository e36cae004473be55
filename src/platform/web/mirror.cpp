#include "platform/web/mirror.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <string>

#include <emscripten.h>

#include "platform/web/js_bridge.h"
#include "platform/web/runtime.h"
#include "ui/semantics.h"
#include "ui/widgets.h"

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

// A JSON array whose slots are named by the page contract (NodeSlot,
// LookSlot, EditSlot): each value is written at its slot's name, and the
// names must come in the contract's order (a slot skipped or out of order
// stops a debug build; the page reads the slots by the same names).
class Slots {
 public:
  Slots(std::string& out, int count) : out_(out), count_(count) {}
  ~Slots() {
    assert(next_ == count_);
    out_ += ']';
  }
  std::string& at(int slot) {
    assert(slot == next_);
    out_ += next_++ ? ',' : '[';
    (void)slot;
    return out_;
  }

 private:
  std::string& out_;
  [[maybe_unused]] int count_;  // checked by the destructor in a debug build
  int next_ = 0;
};

// How a field being typed into in the page looks (web/mirror.js shows its
// textarea over the canvas's box), and the latest request to type into one (PageEdit).
void fieldLook(std::string& out, float d) {
  const ImGuiStyle& style = ImGui::GetStyle();
  // ImGui sizes the font by its line, CSS by its em.
  const double em = runtime().app->theme().bodyMetrics().em;
  out += ",\"look\":";
  {
    Slots look(out, ui::kLookSlots);
    number(look.at(ui::kLookFontSize), static_cast<float>(ImGui::GetFontSize() * em / d));
    number(look.at(ui::kLookLineHeight), ImGui::GetTextLineHeight() / d);
    number(look.at(ui::kLookPadX), style.FramePadding.x / d);
    number(look.at(ui::kLookPadY), style.FramePadding.y / d);
    colour(look.at(ui::kLookText), ImGui::GetColorU32(ImGuiCol_Text));
    colour(look.at(ui::kLookCaret), runtime().app->theme().palette().accent);
    colour(look.at(ui::kLookSelection), ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
    // What of the field being typed into the page is hidden above and below
    // (scrolled under the header or the footer): the textarea is cut there.
    float above = 0, below = 0;
    for (const ui::SemanticNode& n : ui::semanticNodes())
      if (n.role == ui::Role::TextArea && ui::mirrorCaret(n.key) >= 0) {
        const bool shown = n.visible && n.clipMax.y > n.clipMin.y;
        above = shown ? std::max(0.0f, n.clipMin.y - n.min.y) : n.max2.y - n.min.y;
        below = shown ? std::max(0.0f, n.max2.y - n.clipMax.y) : 0;
      }
    number(look.at(ui::kLookHiddenAbove), above / d);
    number(look.at(ui::kLookHiddenBelow), below / d);
    colour(look.at(ui::kLookFieldBackground), ImGui::GetColorU32(ImGuiCol_FrameBg));
    number(look.at(ui::kLookRounding), style.FrameRounding / d);
  }
  const ui::PageEdit& request = ui::pageEdit();
  out += ",\"edit\":";
  Slots edit(out, ui::kEditSlots);
  edit.at(ui::kEditSerial) += std::to_string(request.serial);
  quote(edit.at(ui::kEditKey), request.key);
  edit.at(ui::kEditCaret) += std::to_string(request.caret);
}

}  // namespace

// {"lang", "screen", "announce", "look", "edit", "nodes"}: nodes in reading
// order, each an array of the page contract's node slots (parent: an index
// into the same list, or -1; rectangles in CSS pixels).
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
    Slots node(out, ui::kNodeSlots);
    quote(node.at(ui::kNodeKey), n.key);
    quote(node.at(ui::kNodeRole), ui::roleName(n.role));
    quote(node.at(ui::kNodeName), n.name);
    quote(node.at(ui::kNodeDescription), n.description);
    quote(node.at(ui::kNodeValue), n.value);
    node.at(ui::kNodeFlags) += std::to_string(n.flags);
    number(node.at(ui::kNodeX), n.min.x / d);
    number(node.at(ui::kNodeY), n.min.y / d);
    number(node.at(ui::kNodeW), (n.max2.x - n.min.x) / d);
    number(node.at(ui::kNodeH), (n.max2.y - n.min.y) / d);
    node.at(ui::kNodeParent) += std::to_string(n.parent >= 0 ? index[static_cast<std::size_t>(n.parent)] : -1);
    node.at(ui::kNodeHeadingLevel) += std::to_string(n.role == ui::Role::Heading ? n.level : 0);
    node.at(ui::kNodeMaxChars) += std::to_string(n.max);
    quote(node.at(ui::kNodeLang), n.lang);
  }
  out += "]}";
  if (out == last) return;
  last.swap(out);
  lestari_js_semantics(last.data(), static_cast<int>(last.size()), emscripten_get_now() - t0);
}

}  // namespace lestari::web
