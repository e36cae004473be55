// Multi-line fields (src/ui/note_box.cpp): wrapped at the box, growing with
// their text, a press asking the page for its textarea with the caret where
// the press was; and characters the fonts lack drawn into the atlas
// (src/ui/missing_glyphs.cpp, Theme::addGlyphs).
#include <doctest/doctest.h>

#include <optional>
#include <set>
#include <string>

#include <imgui.h>

#include "ui/missing_glyphs.h"
#include "ui/note_box.h"
#include "screen_harness.h"
#include "ui/semantics.h"

using namespace lestari;
using namespace lestari::test;

namespace {
float widthOf(std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; }
const std::string kNote =
    "Tim inti terdiri dari lima orang yang sudah dilatih sejak 2023, dengan SK Kepala Dinas nomor 12/2024. "
    "Pelatihan ulang dilakukan setiap semester bersama Diskominfo dan hasilnya dicatat di buku log.";
}  // namespace

TEST_CASE("a note wraps at the box's width: every line fits, words stay whole, nothing is left out") {
  Screens s;
  s.newAssessmentAt(0);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize(), width = widthOf("Tim inti terdiri dari lima orang yang");
  const auto lines = ui::wrapLines(kNote, font, size, width);
  REQUIRE(lines.size() > 3);
  std::string joined;
  for (const auto& l : lines) {
    const std::string_view text(kNote.data() + l.begin, l.end - l.begin);
    CHECK(widthOf(text) <= width + 0.5f);
    CHECK(text.front() != ' ');
    CHECK(text.back() != ' ');
    // A line ends at a word's end: the text goes on with a blank (or ends).
    CHECK((l.end == kNote.size() || kNote[l.end] == ' '));
    joined += std::string(text) + ' ';
  }
  joined.pop_back();
  CHECK(joined == kNote);
  // A line break is a line of its own, an empty line included.
  const auto breaks = ui::wrapLines("a\n\nb", font, size, width);
  REQUIRE(breaks.size() == 3);
  CHECK(breaks[1].begin == breaks[1].end);
  // A word wider than the box is cut, never past the box, never inside a character.
  const std::string long_ = std::string(200, 'w') + "\xC3\xA9";
  for (const auto& l : ui::wrapLines(long_, font, size, width)) {
    CHECK(widthOf(std::string_view(long_.data() + l.begin, l.end - l.begin)) <= width + 0.5f);
    CHECK((l.begin == long_.size() || (static_cast<unsigned char>(long_[l.begin]) & 0xC0) != 0x80));
  }
}

TEST_CASE("a press on a wrapped line puts the caret at the character under it") {
  Screens s;
  s.newAssessmentAt(0);
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize(), line = ImGui::GetTextLineHeight(), width = widthOf("Tim inti terdiri dari lima orang yang");
  const auto lines = ui::wrapLines(kNote, font, size, width);
  const std::string_view second(kNote.data() + lines[1].begin, lines[1].end - lines[1].begin);
  // The start and the end of the second line, and the middle of its third character.
  CHECK(ui::caretAt(kNote, lines, font, size, line, ImVec2(0, line * 1.5f)) == static_cast<int>(lines[1].begin));
  CHECK(ui::caretAt(kNote, lines, font, size, line, ImVec2(width + 40, line * 1.2f)) == static_cast<int>(lines[1].end));
  const float third = widthOf(second.substr(0, 2)) + widthOf(second.substr(2, 1)) * 0.7f;
  CHECK(ui::caretAt(kNote, lines, font, size, line, ImVec2(third, line * 1.5f)) == static_cast<int>(lines[1].begin + 3));
  // Above the first line, below the last: the first, the last.
  CHECK(ui::caretAt(kNote, lines, font, size, line, ImVec2(0, -50)) == 0);
  CHECK(ui::caretAt(kNote, lines, font, size, line, ImVec2(1e4f, 1e4f)) == static_cast<int>(kNote.size()));
  // Counted in characters, not bytes.
  const std::string accented = "caf\xC3\xA9 au lait";
  const auto one = ui::wrapLines(accented, font, size, 1e4f);
  CHECK(ui::caretAt(accented, one, font, size, line, ImVec2(widthOf("caf\xC3\xA9 "), line * 0.5f)) == 5);
}

TEST_CASE("a note's box shows every line and grows with it; a phone's narrower box is taller") {
  auto heightFor = [](float width, const std::string& note) {
    Screens s(width, 768);
    const Factor& f = s.newAssessmentAt(0);
    const std::string key = "note." + f.indicators[0].id;
    ui::setMirrorText(key, note, true);
    s.frame(3);
    const auto* n = s.node(key);
    REQUIRE(n);
    CHECK(n->value == note);
    const float inner = n->max2.x - n->min.x - 2 * ImGui::GetStyle().FramePadding.x;
    const auto lines = ui::wrapLines(note, ImGui::GetFont(), ImGui::GetFontSize(), inner);
    CHECK(n->max2.y - n->min.y >= static_cast<float>(lines.size()) * ImGui::GetTextLineHeight());
    return n->max2.y - n->min.y;
  };
  const std::string long_ = kNote + " " + kNote + " " + kNote;
  const float empty = heightFor(1366, ""), laptop = heightFor(1366, long_), phone = heightFor(390, long_);
  CHECK(laptop > empty);
  CHECK(phone > laptop);
}

TEST_CASE("a press on a note asks the page for its textarea, the caret where the press was") {
  Screens s;
  const Factor& f = s.newAssessmentAt(0);
  const std::string key = "note." + f.indicators[0].id;
  ui::setMirrorText(key, kNote, true);
  ui::requestFocus(key);  // (brought into view)
  s.frame(3);
  const auto* n = s.node(key);
  REQUIRE(n);
  REQUIRE(n->visible);
  const int before = ui::pageEdit().serial;
  const ImVec2 pad = ImGui::GetStyle().FramePadding;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(n->min.x + pad.x + 1, n->min.y + pad.y + ImGui::GetTextLineHeight() * 0.5f);
  s.frame(1);
  io.AddMouseButtonEvent(0, true);
  s.frame(1);
  io.AddMouseButtonEvent(0, false);
  s.frame(1);
  CHECK(ui::pageEdit().serial == before + 1);
  CHECK(ui::pageEdit().key == key);
  CHECK(ui::pageEdit().caret == 0);  // before the first character
}

TEST_CASE("characters the fonts lack are drawn by the system's fonts into the atlas once, in colour where they are") {
  Screens s;
  const Factor& f = s.newAssessmentAt(0);
  const std::string key = "note." + f.indicators[0].id;
  // An emoji drawn in colour, a letter drawn as a shape (tinted as text is).
  s.host().glyphs = [](char32_t c, int px, int) {
    app::GlyphBitmap b{px, px, static_cast<float>(px), c == U'\U0001F642', {}};
    b.rgba.assign(static_cast<std::size_t>(px * px * 4), 200);
    return std::optional<app::GlyphBitmap>(b);
  };
  ImFont* body = ImGui::GetIO().Fonts->Fonts[0];
  REQUIRE(body->FindGlyphNoFallback(0x1F642) == nullptr);
  ui::setMirrorText(key, "Rapat \xF0\x9F\x99\x82 \xE1\x9A\xA0 selesai", true);  // 🙂 and ᚠ (runic), which the subset lacks
  s.frame(4);
  body = ImGui::GetIO().Fonts->Fonts[0];
  const ImFontGlyph* emoji = body->FindGlyphNoFallback(0x1F642);
  const ImFontGlyph* rune = body->FindGlyphNoFallback(0x16A0);
  REQUIRE(emoji);
  REQUIRE(rune);
  CHECK(emoji->Colored);
  CHECK_FALSE(rune->Colored);
  CHECK(emoji->AdvanceX > 0);
  // Each asked once per text size (body and bold share one), and never a letter the font has.
  std::size_t askedEmoji = 0;
  for (const auto& [c, px] : s.host().glyphsAsked) {
    CHECK(c != U'R');
    askedEmoji += c == U'\U0001F642';
  }
  CHECK(askedEmoji == 3);
  s.frame(3);
  std::size_t again = 0;
  for (const auto& [c, px] : s.host().glyphsAsked) again += c == U'\U0001F642';
  CHECK(again == askedEmoji);
}

TEST_CASE("past the most characters a session draws, the rest stay as ImGui draws them, and nothing grows without end") {
  Screens s;
  const Factor& f = s.newAssessmentAt(0);
  s.host().glyphs = [](char32_t, int px, int) {
    app::GlyphBitmap b{2, px, 2, false, {}};
    b.rgba.assign(static_cast<std::size_t>(2 * px * 4), 255);
    return std::optional<app::GlyphBitmap>(b);
  };
  std::string many;
  for (char32_t c = 0x4E00; c < 0x4E00 + 400; ++c) {  // 400 CJK characters, none in the subset
    many += static_cast<char>(0xE0 | (c >> 12));
    many += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    many += static_cast<char>(0x80 | (c & 0x3F));
  }
  ui::setMirrorText("note." + f.indicators[0].id, many, true);
  s.frame(4);
  std::set<char32_t> asked;
  for (const auto& [c, px] : s.host().glyphsAsked) asked.insert(c);
  CHECK(asked.size() == ui::MissingGlyphs::kMost);
  ImFont* body = ImGui::GetIO().Fonts->Fonts[0];
  CHECK(body->FindGlyphNoFallback(0x4E00) != nullptr);
  CHECK(body->FindGlyphNoFallback(0x4E00 + 399) == nullptr);
}

TEST_CASE("a note is ringed while typed into in the page, and not once the focus has left it for the canvas") {
  Screens s;
  const Factor& f = s.newAssessmentAt(0);
  const std::string key = "note." + f.indicators[0].id;
  ui::requestFocus(key);  // (brought into view)
  s.frame(3);
  auto ringed = [&] {
    s.frame(2);
    const auto* n = s.node(key);
    for (const ImDrawVert& v : ImGui::GetForegroundDrawList()->VtxBuffer)
      if (v.pos.x < n->min.x && v.pos.y > n->min.y && v.pos.y < n->max2.y) return true;  // just left of the box
    return false;
  };
  ui::setMirrorCaret(key, 0);  // its textarea has the focus
  CHECK(ringed());
  ui::setMirrorCaret("", 0);  // left: a press on the page's background
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(3, 400);
  s.frame(1);
  io.AddMouseButtonEvent(0, true);
  s.frame(1);
  io.AddMouseButtonEvent(0, false);
  CHECK_FALSE(ringed());
}
