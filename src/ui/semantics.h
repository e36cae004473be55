#pragma once
// What each drawn frame means to assistive technology: its meaningful
// widgets in reading order, with a role, an accessible name, a value, a
// state and a rectangle. Dear ImGui tells what it knows through the hooks it
// has for its test engine (IMGUI_ENABLE_TEST_ENGINE: every item's label and
// status: checkable, checked, openable, opened); the app adds what ImGui
// cannot know, the role and the description, where it lays a widget out.
// The browser layer mirrors the list as ARIA elements over the canvas
// (web/mirror.js); the automation API's widgets() test aid is the same list.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <imgui.h>

#include "page_contract.h"  // generated from assets/page-contract.json

struct ImGuiWindow;

namespace lestari::ui {

// The page contract's roles, flags and slots are the UI's names too.
using namespace contract;

struct SemanticNode {
  std::string key;  // stable and unique in the frame: the widget id (with "~2" for a second copy), or "t.<hash>" for text
  std::string id;   // the widget id as drawn (the test aid's name)
  Role role = Role::None;
  std::string name, description, value;
  int level = 0;  // heading level
  int max = 0;    // text fields: the most characters they take
  std::uint16_t flags = 0;
  ImVec2 min, max2;                 // the item's rectangle (physical pixels, unclipped)
  ImVec2 clipMin, clipMax;          // the part that is visible
  bool visible = false;
  bool laidOut = false;             // false: its window was skipped (far out of view), the rectangle is the window's
  ImGuiID item = 0;                 // ImGui item, for focus and activation
  ImGuiWindow* window = nullptr;
  int parent = -1;                  // index of the container node
  std::string lang;  // the name's language where it is not the page's ("en" on "English")
};

// Called once per frame before drawing (also switches the ImGui hooks on).
void beginSemantics();
const std::vector<SemanticNode>& semanticNodes();

// Describes the last item laid out. name: the accessible name (default: the
// label ImGui reports for the item, without its "##id" part). Returns the node's index.
int describe(const std::string& key, Role role, const std::string& name = "", const std::string& description = "",
             const std::string& value = "", std::uint16_t flags = 0);
// A piece of text just laid out (no ImGui id): a paragraph or a heading.
void describeText(const std::string& text, Role role = Role::Text, int level = 0);
// Containers: what is described until endGroup() belongs to them.
int beginGroup(Role role, const std::string& key, const std::string& name, const std::string& description = "");
void endGroup();
SemanticNode& lastNode();
SemanticNode& nodeAt(std::size_t index);  // one described this frame, to add what is known only later

// The focus the mirror asked for (a screen reader or Tab moved it): the item
// gets ImGui's focus ring and is scrolled into view when it is laid out.
void requestFocus(const std::string& key);
// Called for every described item: applies a pending focus or scroll.
void applyFocusRequest(const SemanticNode& node);
// Activation from the mirror (a click on a mirrored button): queued for ImGui.
bool activate(const std::string& key);

// Text typed into the mirror's copy of field `key` (its whole new value):
// the field takes it when it is next laid out, through the same code as
// typing on the canvas. committed: the mirror's field was left.
void setMirrorText(const std::string& key, const std::string& value, bool committed);
// For a field being laid out: replaces value with the mirror's text, once.
bool takeMirrorText(const std::string& key, std::string& value, bool* committed = nullptr);
// Where the caret is in the mirror's field `key` (code points from the
// start), for the canvas to draw it there; -1: not known.
void setMirrorCaret(const std::string& key, int codePoints);
int mirrorCaret(const std::string& key);
// A field is being typed into in the page (its element has the focus).
bool typingInPage();

// A multi-line field is typed into in the page's textarea (note_box.h): a
// press on the canvas asks the page to give it the focus, the caret where
// the press was. serial grows with each request: the page acts once on each.
struct PageEdit {
  int serial = 0;
  std::string key;
  int caret = 0;  // code points before it
};
void requestPageEdit(const std::string& key, int caret);
const PageEdit& pageEdit();

// The role as the mirror names it ("button", "radiogroup", ...).
const char* roleName(Role role);

}  // namespace lestari::ui
