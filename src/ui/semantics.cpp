#include "ui/semantics.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include <imgui_internal.h>

namespace lestari::ui {

namespace {
std::vector<SemanticNode> g_nodes;
std::set<std::string> g_keys;  // this frame's keys (a tree: no hash table code for one set)
std::vector<int> g_stack;
// What ImGui said about the last item (IMGUI_TEST_ENGINE_ITEM_INFO).
struct ItemInfo {
  ImGuiID id = 0;
  std::string label;
  ImGuiItemStatusFlags flags = 0;
} g_info;
std::string g_focusKey;  // a focus asked for by the mirror, applied when the item is laid out
bool g_activateToo = false;  // ... and activated then (a click from the mirror)
int g_focusTries = 0;
std::string g_focused;   // the item that has the keyboard focus: focused from the mirror, or last used on the canvas
struct MirrorText {
  std::string value;
  bool committed = false;
  int frames = 0;  // frames it waited: a field that is no longer laid out never takes it
};
std::vector<std::pair<std::string, MirrorText>> g_mirrorText;  // by field key, newest value only

std::string visibleLabel(const std::string& label) {  // "Lanjutkan##start.continue" -> "Lanjutkan"
  std::size_t hashes = label.find("##");
  return hashes == std::string::npos ? label : label.substr(0, hashes);
}

bool isControl(Role r) { return r >= Role::Button && r <= Role::TextArea; }

// A key drawn twice in one frame (the same section on a screen and in a
// dialog) gets a suffix: the mirror finds its elements by key.
std::string uniqueKey(const std::string& key) {
  std::string k = key;
  for (int copy = 2; !g_keys.insert(k).second; ++copy) k = key + "~" + std::to_string(copy);
  return k;
}

SemanticNode& push(SemanticNode n) {
  n.parent = g_stack.empty() ? -1 : g_stack.back();
  g_nodes.push_back(std::move(n));
  return g_nodes.back();
}

// The last item's rectangle, whole and as far as it is visible.
// In a window ImGui skips (a card scrolled far out of view) nothing is laid
// out: the item stands at its window's place, without an ImGui item.
void placeLastItem(SemanticNode& n) {
  ImGuiContext& g = *GImGui;
  n.window = g.CurrentWindow;
  if (g.CurrentWindow->SkipItems) {
    n.min = n.clipMin = n.clipMax = g.CurrentWindow->Pos;
    n.max2 = ImVec2(n.min.x + g.CurrentWindow->Size.x, n.min.y + g.CurrentWindow->Size.y);
    n.visible = false;
    n.laidOut = false;
    return;
  }
  n.laidOut = true;
  n.min = g.LastItemData.Rect.Min;
  n.max2 = g.LastItemData.Rect.Max;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 wmin = dl->GetClipRectMin(), wmax = dl->GetClipRectMax();
  n.clipMin = ImVec2(std::max(n.min.x, wmin.x), std::max(n.min.y, wmin.y));
  n.clipMax = ImVec2(std::min(n.max2.x, wmax.x), std::min(n.max2.y, wmax.y));
  n.visible = ImGui::IsItemVisible() && n.clipMax.x > n.clipMin.x && n.clipMax.y > n.clipMin.y;
}
}  // namespace

void beginSemantics() {
  // The focus moves to the mirror's element: a field being typed in is left
  // now, before it is laid out, so that it sees itself deactivated (a typed
  // date is checked when it is left) as with a click elsewhere.
  ImGuiContext& g = *GImGui;
  if (!g_focusKey.empty() && g.ActiveId != 0) {
    auto same = std::find_if(g_nodes.begin(), g_nodes.end(), [&](const SemanticNode& n) { return n.key == g_focusKey; });
    if (same == g_nodes.end() || same->item != g.ActiveId) ImGui::ClearActiveID();
  }
  g_nodes.clear();
  g_keys.clear();
  g_stack.clear();
  g_info = ItemInfo{};
  for (auto it = g_mirrorText.begin(); it != g_mirrorText.end();)
    it = it->second.frames++ > 0 ? g_mirrorText.erase(it) : it + 1;
  g.TestEngineHookItems = true;  // ImGui reports labels and states to the hooks below
}

const std::vector<SemanticNode>& semanticNodes() { return g_nodes; }

int describe(const std::string& key, Role role, const std::string& name, const std::string& description,
             const std::string& value, std::uint16_t flags) {
  ImGuiContext& g = *GImGui;
  SemanticNode n;
  n.id = key;
  n.key = uniqueKey(key);
  n.role = role;
  placeLastItem(n);
  n.item = n.laidOut ? g.LastItemData.ID : 0;
  bool reported = n.item != 0 && g_info.id == n.item;
  n.name = !name.empty() ? name : reported ? visibleLabel(g_info.label) : std::string();
  n.description = description;
  n.value = value;
  n.flags = flags;
  if (reported && (g_info.flags & ImGuiItemStatusFlags_Checked)) n.flags |= kChecked;
  if (reported && (g_info.flags & ImGuiItemStatusFlags_Openable)) n.flags |= kCollapsible;
  if (reported && (g_info.flags & ImGuiItemStatusFlags_Opened)) n.flags |= kExpanded;
  if (n.item != 0 || isControl(role)) n.flags |= kFocusable;
  if (n.item != 0 && n.item == g.ActiveId && role != Role::None) g_focused = n.key;  // (not a test aid's second name)
  if (!g_focused.empty() && n.key == g_focused) n.flags |= kFocused;
  const SemanticNode& stored = push(std::move(n));
  applyFocusRequest(stored);
  return static_cast<int>(g_nodes.size()) - 1;
}

void describeText(const std::string& text, Role role, int level) {
  if (text.empty()) return;
  SemanticNode n;
  // Keyed by what it says (not by its place), so that a text appearing
  // above does not make every text below it look changed.
  std::uint32_t h = 2166136261u;
  for (unsigned char c : text) h = (h ^ c) * 16777619u;
  char hex[12];
  std::snprintf(hex, sizeof hex, "t.%08x", static_cast<unsigned>(h));
  n.key = n.id = uniqueKey(hex);
  n.role = role;
  n.name = text;
  n.level = level;
  placeLastItem(n);
  applyFocusRequest(push(std::move(n)));
}

int beginGroup(Role role, const std::string& key, const std::string& name, const std::string& description) {
  SemanticNode n;
  n.id = key;
  n.key = uniqueKey(key);
  n.role = role;
  n.name = name;
  n.description = description;
  n.min = n.max2 = ImGui::GetCursorScreenPos();
  n.window = GImGui->CurrentWindow;
  push(std::move(n));
  g_stack.push_back(static_cast<int>(g_nodes.size()) - 1);
  return g_stack.back();
}

void endGroup() {
  if (!g_stack.empty()) g_stack.pop_back();
}

SemanticNode& lastNode() { return g_nodes.back(); }
SemanticNode& nodeAt(std::size_t index) { return g_nodes[index]; }

void requestFocus(const std::string& key) {
  g_focusKey = key;
  g_activateToo = false;
  g_focusTries = 0;
}

void applyFocusRequest(const SemanticNode& node) {
  if (g_focusKey.empty() || node.key != g_focusKey) return;
  ImGuiContext& g = *GImGui;
  if (!node.laidOut) {
    // Bring its window near; the focus is given when it is laid out.
    if (++g_focusTries > 8) g_focusKey.clear();
    else if (node.window && node.window->ParentWindow)
      ImGui::ScrollToRect(node.window->ParentWindow, node.window->Rect(), ImGuiScrollFlags_KeepVisibleEdgeY);
    return;
  }
  g_focusKey.clear();
  g_focused = node.key;
  if (node.item != 0) {
    // A field edited on the canvas whose page element took the focus (its
    // context menu): the page's element edits it from now on, not both.
    if (g.ActiveId == node.item && !g_activateToo) ImGui::ClearActiveID();
    ImGui::SetFocusID(node.item, node.window);
    g.NavDisableHighlight = false;  // the focus ring shows where the focus is
    g.NavDisableMouseHover = true;
    if (g_activateToo) ImGui::ActivateItemByID(node.item);
  } else {
    g.NavDisableHighlight = true;  // a heading or text: no ring on the item focused before
  }
  ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
}

// While a dialog is open, only what is inside it can be reached: the screen
// under it waits (as it does for the mouse and the keyboard on the canvas).
static bool blockedByDialog(const SemanticNode& n) {
  int dialog = -1;
  for (std::size_t i = 0; i < g_nodes.size(); ++i)
    if (g_nodes[i].role == Role::Dialog) dialog = static_cast<int>(i);  // the last one opened is on top
  if (dialog < 0) return false;
  for (int p = n.parent; p >= 0; p = g_nodes[static_cast<std::size_t>(p)].parent)
    if (p == dialog) return false;
  return true;
}

bool activate(const std::string& key) {
  for (const SemanticNode& n : g_nodes)
    if (n.key == key && (n.item != 0 || isControl(n.role))) {
      if (blockedByDialog(n)) return false;
      // Focused first, activated when next laid out: ImGui lays out a
      // clipped item (under the footer, scrolled away) only when it has the
      // focus, and the layout of a screen that just opened still moves. An
      // activation asked for at once was often lost (the first click on a
      // new page did nothing).
      requestFocus(key);  // brings it into view first if need be
      g_activateToo = true;
      return true;
    }
  return false;
}

void setMirrorText(const std::string& key, const std::string& value, bool committed) {
  for (auto& [k, t] : g_mirrorText)
    if (k == key) {
      t.value = value;
      t.committed = t.committed || committed;
      return;
    }
  g_mirrorText.push_back({key, MirrorText{value, committed, 0}});
}

bool takeMirrorText(const std::string& key, std::string& value, bool* committed) {
  for (auto it = g_mirrorText.begin(); it != g_mirrorText.end(); ++it)
    if (it->first == key) {
      value = std::move(it->second.value);
      if (committed) *committed = it->second.committed;
      g_mirrorText.erase(it);
      return true;
    }
  return false;
}

namespace {
std::string g_caretKey;
int g_caret = -1;
}  // namespace

void setMirrorCaret(const std::string& key, int codePoints) {
  g_caretKey = key;
  g_caret = codePoints;
}

int mirrorCaret(const std::string& key) { return key == g_caretKey ? g_caret : -1; }
bool typingInPage() { return !g_caretKey.empty(); }

namespace {
PageEdit g_pageEdit;
}  // namespace

void requestPageEdit(const std::string& key, int caret) {
  g_pageEdit.serial++;
  g_pageEdit.key = key;
  g_pageEdit.caret = caret;
}

const PageEdit& pageEdit() { return g_pageEdit; }

const char* roleName(Role role) { return kRoleNames[static_cast<int>(role)]; }

}  // namespace lestari::ui

// ---- Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE) ----------------
// ImGui calls these for every item it lays out; Lestari keeps what the last
// item reported, and describe() picks it up right after the item.

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  lestari::ui::g_info.id = id;
  lestari::ui::g_info.label = label ? label : "";
  lestari::ui::g_info.flags = flags;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
