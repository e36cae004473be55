#include "core/text/font_metrics.h"

#include <cstdint>

namespace lestari {

namespace {
std::optional<std::uint32_t> be(std::string_view s, std::size_t at, int bytes) {
  if (at > s.size() || s.size() - at < static_cast<std::size_t>(bytes)) return std::nullopt;
  std::uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]);
  return v;
}

// Where the table `tag` starts in the file (its record in the table directory).
std::optional<std::size_t> table(std::string_view ttf, std::string_view tag, std::size_t least) {
  const auto count = be(ttf, 4, 2);
  if (!count) return std::nullopt;
  for (std::size_t i = 0; i < *count; ++i) {
    const std::size_t record = 12 + 16 * i;
    if (record + 16 > ttf.size()) return std::nullopt;
    if (ttf.substr(record, 4) != tag) continue;
    const auto offset = be(ttf, record + 8, 4), length = be(ttf, record + 12, 4);
    if (!offset || !length || *length < least || *offset > ttf.size() || ttf.size() - *offset < least) return std::nullopt;
    return *offset;
  }
  return std::nullopt;
}
}  // namespace

std::optional<LineMetrics> lineMetrics(std::string_view ttf) {
  const auto head = table(ttf, "head", 54), hhea = table(ttf, "hhea", 36);
  if (!head || !hhea) return std::nullopt;
  const auto units = be(ttf, *head + 18, 2), ascender = be(ttf, *hhea + 4, 2), descender = be(ttf, *hhea + 6, 2);
  const int line = static_cast<std::int16_t>(*ascender) - static_cast<std::int16_t>(*descender);
  if (*units == 0 || line <= 0) return std::nullopt;
  return LineMetrics{static_cast<double>(*units) / line, static_cast<double>(static_cast<std::int16_t>(*ascender)) / line};
}

}  // namespace lestari
