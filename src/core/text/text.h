#pragma once
// Small UTF-8 helpers shared by the parser, the validators and the messages.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/lang.h"

namespace lestari {

// Number of Unicode code points in valid UTF-8 text.
std::size_t utf8Length(std::string_view s);
// The byte at which code point `n` starts (the text's size past its end).
std::size_t utf8Offset(std::string_view s, std::size_t n);

// Index of the first byte that breaks UTF-8 (overlong forms and surrogates
// included), or npos when the text is valid.
std::size_t findInvalidUtf8(std::string_view text);

// What a text that is not UTF-8 most likely is, for the error message:
// "utf16" (a UTF-16 byte order mark or many zero bytes), "binary" (control
// bytes or a known binary signature) or "other".
const char* guessEncoding(std::string_view bytes);
// What a file that is plainly not text is, by its first bytes: "word",
// "excel", "powerpoint" (Office or OpenDocument), "office" (Office before
// 2007), "pdf", "image", "zip"; nullptr for anything else. A report dropped
// by mistake is then named for what it is ("bukan laporan Lestari: berkas Word?").
const char* fileKind(std::string_view bytes);

// A user-supplied value as it may be echoed in a message: at most maxChars
// code points (then "…"), control characters and line breaks shown as spaces,
// broken UTF-8 replaced. Messages stay short whatever the input.
std::string echo(std::string_view s, std::size_t maxChars = 60);
// A file name as echoed in a message: a long one loses its middle, never its
// end, so that its date and extension still show ("lestari-…-2026-11-28.json").
std::string echoFileName(std::string_view name, std::size_t maxChars = 60);

// True when s holds a line break of any kind: LF, CR, U+2028 or U+2029.
bool hasLineBreak(std::string_view s);
// Every kind of line break (CR LF, CR, U+2028, U+2029) as "\n", or as a
// space when the text goes into a one-line field.
std::string normalizeLineBreaks(std::string_view s, bool multiline);

// The first character a field may not hold, as "U+0007", or "" when there
// is none. Every field refuses C0 controls (NUL, BEL, VT, FF, ...), DEL, C1
// controls (U+0080..U+009F, NEL included) and noncharacters (U+FDD0..U+FDEF
// and the last two of every plane, U+FFFE and U+FFFF among them: XML, and so
// a workbook, cannot carry those two); a multi-line field still takes TAB, LF
// and CR. Line breaks in one-line fields are hasLineBreak's.
std::string findControl(std::string_view s, bool multiline);
// A Unicode noncharacter: U+FDD0..U+FDEF, U+xFFFE and U+xFFFF of every plane.
bool isNoncharacter(char32_t cp);

// Lower-case ASCII for a Latin letter with diacritics (U+00C0..U+017F): "a"
// for Á, "ss" for ß, "ae" for Æ. nullptr for other code points.
const char* asciiFold(char32_t cp);

// A number as the interface's language writes it, with that many decimals:
// "37,3" and "1.200,5" in Bahasa Indonesia, "37.3" and "1,200.5" in English;
// "–" when there is none; with plusSign, "+2,5" and "-1,0". The files (JSON,
// CSV, share codes) keep machine numbers and never pass through here.
std::string formatNumber(std::optional<double> v, Lang lang, int decimals = 1, bool plusSign = false);
// A count the same way: "1.200" and "1,200".
std::string groupedNumber(std::size_t n, Lang lang);

// The number a run of ASCII digits writes ("07" is 7; at most nine digits);
// -1 when the run is empty, too long or holds anything but digits.
int digitsValue(std::string_view s);

// Decodes the code point at s[i] (valid UTF-8 assumed) and advances i.
char32_t nextCodePoint(std::string_view s, std::size_t& i);
// One code point written as UTF-8.
void appendUtf8(std::string& out, char32_t cp);

// A fast, fixed hash of a text (no security role): a report's identity in a
// room, a save recognised when read back.
std::uint64_t textHash(std::string_view text);

}  // namespace lestari
