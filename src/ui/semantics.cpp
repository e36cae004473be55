#include "semantics.h"

#include <algorithm>

#include <imgui_internal.h>

namespace lestari::ui {

namespace {
std::vector<SemanticNode> g_nodes;
std::vector<int> g_stack;
int g_textCount = 0;
// What ImGui said about the last item (IMGUI_TEST_ENGINE_ITEM_INFO).
struct ItemInfo {
  ImGuiID id = 0;
  std::string label;
  ImGuiItemStatusFlags flags = 0;
} g_info;
std::string g_focusKey;  // a focus asked for by the mirror, applied when the item is laid out
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

SemanticNode& push(SemanticNode n) {
  n.parent = g_stack.empty() ? -1 : g_stack.back();
  g_nodes.push_back(std::move(n));
  return g_nodes.back();
}

// The last item's rectangle, whole and as far as it is visible.
void placeLastItem(SemanticNode& n) {
  ImGuiContext& g = *GImGui;
  n.min = g.LastItemData.Rect.Min;
  n.max2 = g.LastItemData.Rect.Max;
  n.window = g.CurrentWindow;
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
  g_stack.clear();
  g_textCount = 0;
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
  n.key = key;
  n.role = role;
  n.item = g.LastItemData.ID;
  placeLastItem(n);
  bool reported = n.item != 0 && g_info.id == n.item;
  n.name = !name.empty() ? name : reported ? visibleLabel(g_info.label) : std::string();
  n.description = description;
  n.value = value;
  n.flags = flags;
  if (reported && (g_info.flags & ImGuiItemStatusFlags_Checked)) n.flags |= kChecked;
  if (reported && (g_info.flags & ImGuiItemStatusFlags_Openable)) n.flags |= kCollapsible;
  if (reported && (g_info.flags & ImGuiItemStatusFlags_Opened)) n.flags |= kExpanded;
  if (n.item != 0) n.flags |= kFocusable;
  if (n.item != 0 && n.item == g.ActiveId && role != Role::None) g_focused = key;  // (not a test aid's second name)
  if (!g_focused.empty() && key == g_focused) n.flags |= kFocused;
  const SemanticNode& stored = push(std::move(n));
  applyFocusRequest(stored);
  return static_cast<int>(g_nodes.size()) - 1;
}

void describeText(const std::string& text, Role role, int level) {
  if (text.empty()) return;
  SemanticNode n;
  n.key = "t." + std::to_string(g_textCount++);
  n.role = role;
  n.name = text;
  n.level = level;
  placeLastItem(n);
  applyFocusRequest(push(std::move(n)));
}

int beginGroup(Role role, const std::string& key, const std::string& name, const std::string& description) {
  SemanticNode n;
  n.key = key;
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

void requestFocus(const std::string& key) { g_focusKey = key; }

void applyFocusRequest(const SemanticNode& node) {
  if (g_focusKey.empty() || node.key != g_focusKey) return;
  g_focusKey.clear();
  g_focused = node.key;
  ImGuiContext& g = *GImGui;
  if (node.item != 0) {
    ImGui::SetFocusID(node.item, node.window);
    g.NavDisableHighlight = false;  // the focus ring shows where the focus is
    g.NavDisableMouseHover = true;
  } else {
    g.NavDisableHighlight = true;  // a heading or text: no ring on the item focused before
  }
  ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
}

bool activate(const std::string& key) {
  for (const SemanticNode& n : g_nodes)
    if (n.key == key && n.item != 0) {
      ImGui::ActivateItemByID(n.item);
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

const char* roleName(Role role) {
  static const char* const kNames[] = {"",         "text",  "heading",  "button",     "radio", "checkbox",
                                       "textfield", "textarea", "select", "img",        "progress",
                                       "radiogroup", "nav", "dialog", "status", "alert"};
  return kNames[static_cast<int>(role)];
}

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
