// A textarea over the canvas has the canvas's letter size only if the em is
// read right from the font (src/core/text/font_metrics.cpp).
#include <doctest/doctest.h>

#include <string>

#include "core/text/font_metrics.h"

using namespace lestari;

namespace {
void put(std::string& s, std::size_t at, std::uint32_t v, int bytes) {
  if (s.size() < at + static_cast<std::size_t>(bytes)) s.resize(at + static_cast<std::size_t>(bytes), '\0');
  for (int i = bytes - 1; i >= 0; --i, v >>= 8) s[at + static_cast<std::size_t>(i)] = static_cast<char>(v & 0xFF);
}
// A font file of two tables: head (unitsPerEm) and hhea (ascender, descender).
std::string font(std::uint32_t units, int ascender, int descender) {
  std::string s(12 + 32 + 54 + 36, '\0');
  put(s, 4, 2, 2);
  const std::size_t head = 12 + 32, hhea = head + 54;
  s.replace(12, 4, "head"), put(s, 12 + 8, head, 4), put(s, 12 + 12, 54, 4);
  s.replace(28, 4, "hhea"), put(s, 28 + 8, hhea, 4), put(s, 28 + 12, 36, 4);
  put(s, head + 18, units, 2);
  put(s, hhea + 4, static_cast<std::uint16_t>(ascender), 2);
  put(s, hhea + 6, static_cast<std::uint16_t>(descender), 2);
  return s;
}
}  // namespace

TEST_CASE("the em and the ascender of a font sized by its line: each over ascender minus a negative descender") {
  CHECK(lineMetrics(font(1000, 1069, -293))->em == doctest::Approx(1000.0 / 1362));
  CHECK(lineMetrics(font(1000, 1069, -293))->ascent == doctest::Approx(1069.0 / 1362));
  CHECK(lineMetrics(font(2048, 1900, -500))->em == doctest::Approx(2048.0 / 2400));
}

TEST_CASE("bytes that are not such a font give nothing, never a read outside them") {
  const std::string good = font(1000, 1069, -293);
  CHECK_FALSE(lineMetrics("").has_value());
  CHECK_FALSE(lineMetrics(good.substr(0, good.size() - 1)).has_value());  // hhea cut short
  CHECK_FALSE(lineMetrics(good.substr(0, 40)).has_value());               // the directory only
  CHECK_FALSE(lineMetrics(font(0, 1069, -293)).has_value());
  CHECK_FALSE(lineMetrics(font(1000, -10, 10)).has_value());
  std::string far = good;
  put(far, 12 + 8, 0xFFFFFFF0u, 4);  // a table said to be past the end
  CHECK_FALSE(lineMetrics(far).has_value());
  std::string renamed = good;
  renamed.replace(28, 4, "hheb");
  CHECK_FALSE(lineMetrics(renamed).has_value());
}
