#include "core/room/workbook.h"

#include "core/text/text.h"

namespace lestari {

namespace {
bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }
}  // namespace

std::string spreadsheetText(std::string_view text) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t bad = findInvalidUtf8(text.substr(i, 4));
    if (bad == 0) {  // a broken byte
      out += kReplacement;
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = nextCodePoint(text, i);
    if (cp == 0 || cp == 0xFFFE || cp == 0xFFFF) {
      out += kReplacement;
    } else {
      if (cp == '_' && start + 7 <= text.size() && text[start + 1] == 'x' && isHex(text[start + 2]) && isHex(text[start + 3]) &&
          isHex(text[start + 4]) && isHex(text[start + 5]) && text[start + 6] == '_')
        out += "_x005F";
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace lestari
