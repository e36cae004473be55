#include "core/text/text.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace lestari {

std::size_t utf8Length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::size_t utf8Offset(std::string_view s, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t k = 0; at < s.size() && k < n; ++k)
    do ++at; while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80);
  return at;
}

std::size_t findInvalidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: most of a report is ASCII.
    for (std::uint64_t w; i + 8 <= n && (std::memcpy(&w, p + i, 8), (w & 0x8080808080808080ull) == 0);) i += 8;
    if (i >= n) break;
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c == 0xE0) { len = 3; lo = 0xA0; }
    else if (c >= 0xE1 && c <= 0xEC) len = 3;
    else if (c == 0xED) { len = 3; hi = 0x9F; }  // no UTF-16 surrogates
    else if (c >= 0xEE && c <= 0xEF) len = 3;
    else if (c == 0xF0) { len = 4; lo = 0x90; }
    else if (c >= 0xF1 && c <= 0xF3) len = 4;
    else if (c == 0xF4) { len = 4; hi = 0x8F; }
    else return i;
    if (i + len > n) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (std::size_t k = 2; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return i;
    i += len;
  }
  return std::string_view::npos;
}

const char* fileKind(std::string_view b) {
  auto at = [&](std::size_t from, std::string_view sig) { return b.size() >= from + sig.size() && b.substr(from, sig.size()) == sig; };
  if (at(0, "PK\x03\x04")) {
    // An Office or OpenDocument file is a zip whose parts' names (stored as
    // they are in each part's header) say what it is.
    const std::string_view head = b.substr(0, 65536);
    auto has = [&](std::string_view s) { return head.find(s) != std::string_view::npos; };
    if (has("word/") || has("opendocument.text")) return "word";
    if (has("xl/") || has("opendocument.spreadsheet")) return "excel";
    if (has("ppt/") || has("opendocument.presentation")) return "powerpoint";
    return "zip";
  }
  if (at(0, "%PDF")) return "pdf";
  if (at(0, "\xD0\xCF\x11\xE0")) return "office";  // .doc, .xls, .ppt before 2007
  if (at(0, "\x89PNG") || at(0, "\xFF\xD8\xFF") || at(0, "GIF8") || (at(0, "RIFF") && at(8, "WEBP")) || at(4, "ftypheic"))
    return "image";
  return nullptr;
}

const char* guessEncoding(std::string_view b) {
  auto starts = [&](const char* sig, std::size_t n) { return b.size() >= n && std::memcmp(b.data(), sig, n) == 0; };
  if (starts("\xFF\xFE", 2) || starts("\xFE\xFF", 2)) return "utf16";
  if (fileKind(b)) return "binary";
  // Look at the start only: enough to tell, and cheap on a large file.
  std::size_t n = b.size() < 4096 ? b.size() : 4096, zeros[2] = {0, 0}, controls = 0;
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    if (c == 0) ++zeros[i % 2];
    else if (c < 0x09 || (c > 0x0D && c < 0x20)) ++controls;
  }
  std::size_t z = zeros[0] + zeros[1];
  // ASCII text in UTF-16 has a zero in every other byte, all on one side.
  if (z * 4 > n && (zeros[0] * 10 < z || zeros[1] * 10 < z)) return "utf16";
  if (z > 0 || controls * 100 > n) return "binary";
  return "other";
}

char32_t nextCodePoint(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

std::string echoFileName(std::string_view name, std::size_t maxChars) {
  const std::size_t tail = 20;
  const std::size_t n = findInvalidUtf8(name) == std::string_view::npos ? utf8Length(name) : 0;
  if (n <= maxChars || maxChars <= tail + 1) return echo(name, maxChars);
  std::size_t at = 0;
  for (std::size_t cp = 0; cp < n - tail; ++cp) nextCodePoint(name, at);
  return echo(name, maxChars - tail - 1) + echo(name.substr(at), tail);
}

std::string echo(std::string_view s, std::size_t maxChars) {
  std::string out;
  std::size_t chars = 0, i = 0;
  while (i < s.size()) {
    if (chars == maxChars) { out += "\xE2\x80\xA6"; break; }  // "…"
    std::size_t bad = findInvalidUtf8(s.substr(i, 4));
    std::size_t start = i;
    if (bad == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a broken byte
      ++i;
    } else {
      char32_t cp = nextCodePoint(s, i);
      if (cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029) out += ' ';
      else out.append(s.substr(start, i - start));
    }
    ++chars;
  }
  return out;
}

bool hasLineBreak(std::string_view s) {
  return s.find_first_of("\r\n") != std::string_view::npos || s.find("\xE2\x80\xA8") != std::string_view::npos ||
         s.find("\xE2\x80\xA9") != std::string_view::npos;
}

std::string normalizeLineBreaks(std::string_view s, bool multiline) {
  const char* br = multiline ? "\n" : " ";
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\r') {
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
      out += br;
    } else if (c == '\n') {
      out += br;
    } else if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
      out += br;
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

bool isNoncharacter(char32_t cp) { return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE; }

std::string findControl(std::string_view s, bool multiline) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) { ++i; continue; }
    char32_t cp = nextCodePoint(s, i);
    bool allowed = (cp > 0x9F && !isNoncharacter(cp)) || (multiline && (cp == '\t' || cp == '\n' || cp == '\r')) ||
                   (!multiline && (cp == '\n' || cp == '\r'));  // reported as single_line
    if (!allowed) {
      char buf[12];  // "U+10FFFE" and its NUL
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
      return buf;
    }
  }
  return "";
}

const char* asciiFold(char32_t cp) {
  // One letter per code point; '*' marks the few that need two letters and
  // '-' the two signs (× ÷) that are not letters.
  static const char kLatin1[] = "aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y";  // U+00C0..U+00FF
  static const char kExtA[] =  // U+0100..U+017F, sixteen a row
      "aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "ii**jjkkklllllll"
      "lllnnnnnnnnnoooo" "oo**rrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";
  static const char* const kSingle[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                        "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
  char c;
  if (cp >= 0xC0 && cp <= 0xFF) c = kLatin1[cp - 0xC0];
  else if (cp >= 0x100 && cp <= 0x17F) c = kExtA[cp - 0x100];
  else return nullptr;
  if (c >= 'a' && c <= 'z') return kSingle[c - 'a'];
  switch (cp) {
    case 0xC6: case 0xE6: return "ae";
    case 0xDE: case 0xFE: return "th";
    case 0xDF: return "ss";
    case 0x132: case 0x133: return "ij";
    case 0x152: case 0x153: return "oe";
    default: return nullptr;
  }
}

std::string formatNumber(std::optional<double> v, Lang lang, int decimals, bool plusSign) {
  if (!v) return "\xE2\x80\x93";
  char buf[48];
  std::snprintf(buf, sizeof buf, plusSign ? "%+.*f" : "%.*f", decimals, *v);
  std::string_view s(buf);
  std::string out;
  if (s[0] == '-' || s[0] == '+') {
    out += s[0];
    s.remove_prefix(1);
  }
  const std::size_t point = std::min(s.find('.'), s.size());
  const char group = lang == Lang::Id ? '.' : ',', decimal = lang == Lang::Id ? ',' : '.';
  for (std::size_t i = 0; i < point; ++i) {
    if (i > 0 && (point - i) % 3 == 0) out += group;
    out += s[i];
  }
  if (point < s.size()) {
    out += decimal;
    out += s.substr(point + 1);
  }
  return out;
}

std::string groupedNumber(std::size_t n, Lang lang) { return formatNumber(static_cast<double>(n), lang, 0); }

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// FNV-1a's step over eight bytes at a time, with a shift so high bits reach
// low ones: a byte at a time cost a tenth of reading a room.
std::uint64_t textHash(std::string_view text) {
  std::uint64_t h = 1469598103934665603ull;
  std::size_t i = 0;
  for (std::uint64_t w; i + 8 <= text.size(); i += 8) {
    std::memcpy(&w, text.data() + i, 8);
    h = (h ^ w) * 1099511628211ull;
    h ^= h >> 32;
  }
  for (; i < text.size(); ++i) h = (h ^ static_cast<unsigned char>(text[i])) * 1099511628211ull;
  return h;
}

int digitsValue(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n;
}

}  // namespace lestari
