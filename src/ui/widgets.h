#pragma once
// Small building blocks shared by the screens, so each screen reads as layout.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <imgui.h>

#include "ui/semantics.h"
#include "ui/theme.h"

namespace lestari::ui {

// Each frame starts with this (semantics, the active text field).
void beginTracking();
// Names the last item for the automation API's widgets() test aid, without
// exposing it to assistive technology (describe() does both).
void track(const std::string& id);

float em(float n);  // n times the current font size
// A field's ImGui id is "##" and its key ("##note.f1.i1" is the field "note.f1.i1"):
// the key is what the mirror, the field errors and the tests name it by.
std::string fieldKey(std::string_view id);
// On a touch screen (the last pointer was a finger) no desktop scrollbar is
// drawn over the content: a finger scrolls the page itself.
int scrollbarFlags();
float scrollbarWidth();

enum class ButtonKind { Primary, Secondary, Quiet };
// name: the accessible name when the label alone does not say it ("+").
bool button(const std::string& label, const std::string& id, ButtonKind kind = ButtonKind::Primary, float width = 0,
            const std::string& name = "");

// Width of a button with this label (for laying out rows that may wrap).
float buttonWidth(const std::string& label);
// SameLine when an item of that width still fits on the current line.
void sameLineIfFits(float width, float spacing);
// A button in a row of actions: side by side while they fit, one under the
// other at full width on phones (`stacked`).
bool rowButton(const std::string& label, const std::string& id, ButtonKind kind, bool first, bool stacked);

void text(const std::string& s, ImU32 color = 0);      // wrapped at the region's edge
// Wrapped text read as `role` whatever its font (a big figure that is no heading).
void wrappedText(const std::string& s, ImU32 color, Role role, int level);
// A field's visible label in bold: not in the mirror, where the field itself
// carries it as its name (a screen reader read every label twice).
// `help`: the field's help under its label, muted (the field's description).
void fieldLabel(const std::string& s, bool help = false);
void textMuted(const std::string& s);
void strongText(const std::string& s, ImU32 color = 0);  // in the bold font: a label, a card's title
void heading(ImFont* font, const std::string& s);      // wrapped; level 1 in the title font, else 2
// A screen's title (level 1) and the muted line that introduces it.
void pageTitle(const std::string& title, const std::string& intro);
// ImGui::TextUnformatted, described as text for assistive technology.
void plainText(const std::string& s);
// The button just described is one choice of a radio group (checked or not).
void asRadio(bool checked);
// The field `key` (described earlier in this frame) is invalid: message says why.
void markInvalid(const std::string& key, const std::string& message);
// A rounded bar, 0..1 filled; optional label drawn at the right.
void progressBar(float fraction, float width, float height, ImU32 fill);
// The next frames scroll the active text field into view (after a resize).
void keepActiveFieldVisible();
// For a field laid out just now: keeps it in view while `edited` (see above).
void keepInView(bool edited);
// A std::string-backed text field; returns true when edited. maxChars is the
// most the field takes: typed and pasted text that would not fit is refused
// before it reaches the field (see ActiveField).
// name: its label, for assistive technology. A multi-line field is a
// noteBox (note_box.h): height is its least, maxHeight its most (0: as
// tall as its text).
bool inputText(const char* id, const std::string& name, std::string& value, bool multiline, float height, std::size_t maxChars,
               float width = -1, float maxHeight = 0);
// The same field, for one line with more to say: a hint shown while empty,
// ImGui input flags (digits only), a description for assistive technology,
// and whether the user left it after editing (on the canvas or in the mirror).
// Where a caret after `codePoints` characters of `text` stands in a field
// whose text starts at `origin` (the frame's padding in): its top.
ImVec2 caretPosition(const std::string& text, int codePoints, ImVec2 origin);

struct FieldExtras {
  const char* hint = nullptr;
  int flags = 0;  // ImGuiInputTextFlags
  std::string description;
  bool* left = nullptr;
  bool numeric = false;  // digits (a year, a date): the number keyboard on phones
  // What the field shows as it is typed (the date's slashes), or nullptr.
  std::string (*reshape)(std::string_view typed) = nullptr;
};
bool inputLine(const char* id, const std::string& name, std::string& value, std::size_t maxChars, float width,
               const FieldExtras& extras);
// The text field being typed in (last frame): its widget id and what it takes.
struct ActiveField {
  std::string id;  // tracked widget id, e.g. "note.ic_team_competence"
  std::size_t maxChars = 0;
  bool multiline = false;
  std::size_t chars = 0;  // characters it holds now, less the selection (replaced by typing)
  bool numeric = false;
};
const ActiveField* activeField();
// The selection in the field `key` being edited on the canvas, in code
// points [start, end); nothing when that field is not being edited.
std::optional<std::pair<int, int>> activeSelection(const std::string& key);
// Text handed to ImGui for the active field since the last frame.
void noteInsertedChars(std::size_t n);
// Registers the last item as a text field of that size when it is active.
void trackTextField(const std::string& id, std::size_t maxChars, bool multiline, bool numeric = false);

// A full-width band (header, step bar, footer) at the cursor, on the surface
// colour with a rule on one edge. The caller lays out its content inside.
enum class BarEdge { Top, Bottom };
struct Bar {
  ImVec2 origin;
  float width, height;
};
Bar drawBar(float height, BarEdge rule);

// On a projector a chart's rows sit closer (the view holds them all, its text
// the slide's size): ImGui's item spacing made small while it lives.
struct TightRows {
  explicit TightRows(bool on);
  ~TightRows();
  TightRows(const TightRows&) = delete;
  TightRows& operator=(const TightRows&) = delete;
  bool on;
};

// Items of these heights shown a view at a time (a projector does not
// scroll): where each view starts. The first view holds `firstAvail`, the
// others `avail`; an item taller than a view has a view of its own.
std::vector<std::size_t> viewStarts(const std::vector<float>& heights, float firstAvail, float avail);
// The height of text wrapped at `width` in the current font.
float wrappedHeight(const std::string& s, float width);

// Panels with a border and padding: BeginChild with auto height.
void beginCard(const char* id, ImU32 bg = 0);
void endCard();

}  // namespace lestari::ui
