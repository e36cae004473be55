#include "ui/widgets.h"

#include <algorithm>

#include <imgui_internal.h>  // ScrollToItem
#include <misc/cpp/imgui_stdlib.h>

#include "ui/note_box.h"
#include "core/text/text.h"

namespace lestari::ui {

namespace {
int g_keepActiveVisible = 0;
ActiveField g_active;
bool g_activeSeen = false;  // a text field was active in this frame
}  // namespace

const ActiveField* activeField() { return g_active.id.empty() ? nullptr : &g_active; }
void noteInsertedChars(std::size_t n) { g_active.chars += n; }

std::optional<std::pair<int, int>> activeSelection(const std::string& key) {
  const ImGuiContext& g = *GImGui;
  if (g_active.id != key || g.ActiveId == 0 || g.InputTextState.ID != g.ActiveId) return std::nullopt;
  const ImGuiInputTextState& st = g.InputTextState;
  const int a = st.Stb.select_start, b = st.Stb.select_end;
  if (a == b) return std::make_pair(st.Stb.cursor, st.Stb.cursor);
  return std::make_pair(std::min(a, b), std::max(a, b));
}

ImVec2 caretPosition(const std::string& text, int codePoints, ImVec2 origin) {
  const std::size_t at = utf8Offset(text, static_cast<std::size_t>(std::max(codePoints, 0)));  // the byte the caret stands before
  std::size_t from = 0;  // the start of the caret's line
  if (at > 0)
    if (std::size_t nl = text.rfind('\n', at - 1); nl != std::string::npos) from = nl + 1;
  const float lines = static_cast<float>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(from), '\n'));
  const float x = ImGui::CalcTextSize(text.data() + from, text.data() + at).x;
  return ImVec2(origin.x + x, origin.y + lines * ImGui::GetTextLineHeight());
}

void trackTextField(const std::string& id, std::size_t maxChars, bool multiline, bool numeric) {
  if (!ImGui::IsItemActive()) return;
  std::size_t chars = 0;
  if (ImGuiInputTextState* st = ImGui::GetInputTextState(ImGui::GetItemID())) {
    int sel = st->GetSelectionEnd() - st->GetSelectionStart();
    chars = static_cast<std::size_t>(st->CurLenW - (sel < 0 ? -sel : sel));
  }
  g_active = ActiveField{id, maxChars, multiline, chars, numeric};
  g_activeSeen = true;
}

void keepActiveFieldVisible() { g_keepActiveVisible = 3; }

void keepInView(bool edited) {
  // After the window shrank (a phone keyboard opened), bring the field back into view.
  if (g_keepActiveVisible > 0 && edited) {
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleCenterY);
    --g_keepActiveVisible;
  }
}

void beginTracking() {
  beginSemantics();
  if (!g_activeSeen) g_active = ActiveField{};  // no field was active in the last frame
  g_activeSeen = false;
}

void track(const std::string& id) { describe(id, Role::None); }

namespace {
// The look of the ImGui context being drawn (Theme::current): the widgets
// have no Context; a frame is always drawn after Theme::apply.
const Palette& palette() { return Theme::current()->palette(); }
const Fonts* themeFonts() { return Theme::current() ? &Theme::current()->fonts() : nullptr; }
}  // namespace

float em(float n) { return n * ImGui::GetFontSize(); }

std::string fieldKey(std::string_view id) { return std::string(id.rfind("##", 0) == 0 ? id.substr(2) : id); }

int scrollbarFlags() { return ImGui::GetIO().MouseSource == ImGuiMouseSource_TouchScreen ? ImGuiWindowFlags_NoScrollbar : 0; }
float scrollbarWidth() { return scrollbarFlags() ? 0.0f : ImGui::GetStyle().ScrollbarSize; }

bool button(const std::string& label, const std::string& id, ButtonKind kind, float width, const std::string& name) {
  const Palette& p = palette();
  int colors = 0;
  if (kind != ButtonKind::Primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, kind == ButtonKind::Secondary ? toVec4(p.surface) : ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.90f, 0.95f, 0.94f, 1));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.82f, 0.91f, 0.89f, 1));
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(p.accent));
    ImGui::PushStyleColor(ImGuiCol_Border, toVec4(kind == ButtonKind::Secondary ? p.accent : IM_COL32(0, 0, 0, 0)));
    colors = 5;
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, toVec4(p.accentText));
    colors = 1;
  }
  std::string full = label + "###" + id;  // the id alone: a label that changes keeps the focus
  bool pressed = ImGui::Button(full.c_str(), ImVec2(width, 0));
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::PopStyleColor(colors);
  describe(id, Role::Button, name.empty() ? label : name);  // the label also when ImGui clipped the button
  return pressed;
}

float buttonWidth(const std::string& label) {
  return ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
}

bool rowButton(const std::string& label, const std::string& id, ButtonKind kind, bool first, bool stacked) {
  if (!first && stacked) ImGui::Dummy(ImVec2(1, em(0.4f)));
  else if (!first) sameLineIfFits(buttonWidth(label), em(0.6f));
  return button(label, id, kind, stacked ? ImGui::GetContentRegionAvail().x : 0);
}

void sameLineIfFits(float width, float spacing) {
  float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetItemRectMax().x + spacing + width <= right) ImGui::SameLine(0, spacing);
  else ImGui::Dummy(ImVec2(1, spacing * 0.5f));
}

void wrappedText(const std::string& s, ImU32 color, Role role, int level) {
  if (color) ImGui::PushStyleColor(ImGuiCol_Text, toVec4(color));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
  ImGui::PopTextWrapPos();
  if (color) ImGui::PopStyleColor();
  describeText(s, role, level);
}

namespace {

// The bold fonts carry only the characters of the app's own texts (a smaller
// file and atlas); a name a user typed may have others (é, ł, ß...).
bool hasEveryGlyph(ImFont* font, const std::string& s) {
  for (const char* p = s.c_str(); *p;) {
    unsigned int c = 0;
    int n = ImTextCharFromUtf8(&c, p, nullptr);
    if (n <= 0) return false;
    p += n;
    if (c >= 0x20 && !font->FindGlyphNoFallback(static_cast<ImWchar>(c))) return false;
  }
  return true;
}
}  // namespace

void text(const std::string& s, ImU32 color) {
  bool isHeading = themeFonts() && (ImGui::GetFont() == themeFonts()->title || ImGui::GetFont() == themeFonts()->heading);
  wrappedText(s, color, isHeading ? Role::Heading : Role::Text, themeFonts() && ImGui::GetFont() == themeFonts()->title ? 1 : 2);
}

void asRadio(bool checked) {
  SemanticNode& n = lastNode();
  n.role = Role::Radio;
  n.flags = checked ? (n.flags | kChecked) : (n.flags & ~kChecked);
}

void markInvalid(const std::string& key, const std::string& message) {
  auto& nodes = const_cast<std::vector<SemanticNode>&>(semanticNodes());
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it)
    if (it->key == key) {
      it->flags |= kInvalid;
      it->description = message;
      return;
    }
}

void plainText(const std::string& s) {
  ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
  describeText(s);
}

void textMuted(const std::string& s) { text(s, palette().muted); }

void fieldLabel(const std::string& s, bool help) {
  ImGui::PushFont(themeFonts() ? (help ? themeFonts()->body : themeFonts()->bold) : nullptr);
  if (help) ImGui::PushStyleColor(ImGuiCol_Text, toVec4(palette().muted));
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
  ImGui::PopTextWrapPos();
  if (help) ImGui::PopStyleColor();
  ImGui::PopFont();
}

void strongText(const std::string& s, ImU32 color) {
  ImGui::PushFont(themeFonts() ? themeFonts()->bold : nullptr);
  text(s, color);
  ImGui::PopFont();
}

void heading(ImFont* font, const std::string& s) {
  // Text the heading font cannot show whole is shown in the body font, still a heading.
  bool whole = !themeFonts() || hasEveryGlyph(font, s);
  ImGui::PushFont(whole ? font : themeFonts()->body);
  wrappedText(s, 0, Role::Heading, themeFonts() && font == themeFonts()->title ? 1 : 2);
  ImGui::PopFont();
}

void pageTitle(const std::string& title, const std::string& intro) {
  heading(themeFonts() ? themeFonts()->title : nullptr, title);
  ImGui::Dummy(ImVec2(1, em(0.3f)));
  textMuted(intro);
  ImGui::Dummy(ImVec2(1, em(0.8f)));
}

void progressBar(float fraction, float width, float height, ImU32 fill) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float r = height * 0.5f;
  dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), IM_COL32(0, 0, 0, 28), r);
  if (fraction > 0)
    dl->AddRectFilled(pos, ImVec2(pos.x + std::max(height, width * std::min(fraction, 1.0f)), pos.y + height), fill, r);
  ImGui::Dummy(ImVec2(width, height));
}

namespace {
// A field typed into from the mirror is not ImGui's active field, so ImGui
// draws no caret in it: drawn here, where the mirror says it is (it does not
// blink: that would cost frames).
void drawMirrorCaret(const SemanticNode& n, const std::string& value) {
  const int at = mirrorCaret(n.key);
  if (at < 0 || !(n.flags & kFocused) || ImGui::IsItemActive() || !n.visible) return;
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  const ImVec2 top = caretPosition(value, at, ImVec2(n.min.x + pad.x, n.min.y + pad.y));
  const float w = std::max(1.0f, ImGui::GetFontSize() * 0.09f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(n.clipMin, n.clipMax, true);
  dl->AddRectFilled(top, ImVec2(top.x + w, top.y + ImGui::GetFontSize()), palette().text);
  dl->PopClipRect();
}

// One text field for every kind: the canvas's edit, the mirror's text, the
// description, the limit and keeping it in view while typed into.
// After each edit, the field's reshape (FieldExtras) rewrites the text; the
// caret stays at the end when it was there (typing digits into a date).
int reshapeEdit(ImGuiInputTextCallbackData* d) {
  const auto* x = static_cast<const FieldExtras*>(d->UserData);
  const std::string shown = x->reshape(std::string_view(d->Buf, static_cast<std::size_t>(d->BufTextLen)));
  if (shown == std::string_view(d->Buf, static_cast<std::size_t>(d->BufTextLen))) return 0;
  const bool atEnd = d->CursorPos == d->BufTextLen;
  d->DeleteChars(0, d->BufTextLen);
  d->InsertChars(0, shown.c_str());
  if (!atEnd) d->CursorPos = std::min(d->CursorPos, d->BufTextLen);
  d->SelectionStart = d->SelectionEnd = d->CursorPos;
  return 0;
}

bool textField(const char* id, const std::string& name, std::string& value, bool multiline, float height, float maxHeight,
               std::size_t maxChars, float width, const FieldExtras& x) {
  if (multiline) return noteBox(id, name, value, height, maxHeight, maxChars, width);
  ImGui::SetNextItemWidth(width);
  const int flags = x.flags | (x.reshape ? ImGuiInputTextFlags_CallbackEdit : 0);
  ImGuiInputTextCallback edit = x.reshape ? reshapeEdit : nullptr;
  void* user = const_cast<FieldExtras*>(&x);
  bool changed = x.hint ? ImGui::InputTextWithHint(id, x.hint, &value, flags, edit, user) : ImGui::InputText(id, &value, flags, edit, user);
  if (x.left) *x.left = ImGui::IsItemDeactivatedAfterEdit();
  const std::string key = fieldKey(id);
  changed = takeMirrorText(key, value, x.left) || changed;
  describe(key, Role::TextField, name, x.description, value);
  lastNode().max = static_cast<int>(maxChars);
  if (x.numeric) lastNode().flags |= kNumeric;
  drawMirrorCaret(lastNode(), value);
  trackTextField(key, maxChars, false, x.numeric);
  keepInView(ImGui::IsItemActive() || mirrorCaret(key) >= 0);
  return changed;
}
}  // namespace

bool inputText(const char* id, const std::string& name, std::string& value, bool multiline, float height, std::size_t maxChars,
               float width, float maxHeight) {
  return textField(id, name, value, multiline, height, maxHeight, maxChars, width, FieldExtras{});
}

bool inputLine(const char* id, const std::string& name, std::string& value, std::size_t maxChars, float width,
               const FieldExtras& extras) {
  return textField(id, name, value, false, 0, 0, maxChars, width, extras);
}

Bar drawBar(float height, BarEdge rule) {
  const Palette& p = palette();
  Bar bar{ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x, height};
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 end(bar.origin.x + bar.width, bar.origin.y + height);
  dl->AddRectFilled(bar.origin, end, p.surface);
  float y = rule == BarEdge::Top ? bar.origin.y : end.y - 1;
  dl->AddLine(ImVec2(bar.origin.x, y), ImVec2(end.x, y), p.border, 1.0f);
  return bar;
}

std::vector<std::size_t> viewStarts(const std::vector<float>& heights, float firstAvail, float avail) {
  std::vector<std::size_t> starts{0};
  float used = 0, room = firstAvail;
  for (std::size_t i = 0; i < heights.size(); ++i) {
    if (used > 0 && used + heights[i] > room) starts.push_back(i), used = 0, room = avail;
    used += heights[i];
  }
  return starts;
}

float wrappedHeight(const std::string& s, float width) { return ImGui::CalcTextSize(s.c_str(), nullptr, false, width).y; }

TightRows::TightRows(bool on) : on(on) {
  if (on) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, em(0.15f)));
}
TightRows::~TightRows() {
  if (on) ImGui::PopStyleVar();
}

void beginCard(const char* id, ImU32 bg) {
  const Palette& p = palette();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, toVec4(bg ? bg : p.surface));
  ImGui::PushStyleColor(ImGuiCol_Border, toVec4(p.border));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(em(1.0f), em(0.9f)));
  ImGui::BeginChild(id, ImVec2(-1, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
}

void endCard() {
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(2);
}

}  // namespace lestari::ui
