#pragma once
// Caseless matching of names (a room's duplicates): the same text to a
// reader gives the same key, whatever its case, its Unicode normalisation
// form or the white space around it.
#include <string>
#include <string_view>

namespace lestari {

// The matching key of valid UTF-8 text: Unicode white space (NBSP, ideographic
// space, tabs, ...) trimmed and each inner run made one space; then full case
// folding and canonical decomposition with combining marks in canonical order
// (NFD(casefold(NFD(s))), Unicode's canonical caseless match). "Café" in NFC
// and in NFD, "ÜRÜN" and "ürün", "Straße" and "STRASSE" give the same key.
std::string caselessKey(std::string_view s);

// True for a code point with Unicode's White_Space property.
bool isUnicodeSpace(char32_t cp);

}  // namespace lestari
