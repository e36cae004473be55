#include "core/text/caseless.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/text/text.h"

namespace lestari {

namespace {

struct FoldRun { char32_t start; std::uint16_t count; std::uint8_t stride; std::int32_t delta; };
struct FoldMulti { std::uint16_t cp; std::uint16_t to[3]; };  // to: zero after the last
struct CombiningClass { std::uint16_t first, last; std::uint8_t ccc; };

// Generated at build time (scripts/build/make_fold_table.py).
#include "unicode_fold.inc"

static_assert(kFoldMultiMax <= 3, "FoldMulti holds at most three code points");

// Hangul syllables decompose by formula (Unicode's section 3.12).
bool decomposeHangul(char32_t cp, std::vector<char32_t>& out) {
  constexpr char32_t kBase = 0xAC00, kL = 0x1100, kV = 0x1161, kT = 0x11A7;
  constexpr char32_t kTCount = 28, kNCount = 21 * 28, kCount = 19 * 21 * 28;
  if (cp < kBase || cp >= kBase + kCount) return false;
  char32_t i = cp - kBase;
  out.push_back(kL + i / kNCount);
  out.push_back(kV + (i % kNCount) / kTCount);
  if (i % kTCount) out.push_back(kT + i % kTCount);
  return true;
}

void fold(char32_t cp, std::vector<char32_t>& out) {
  if (decomposeHangul(cp, out)) return;
  auto multi = std::lower_bound(std::begin(kFoldMultis), std::end(kFoldMultis), cp,
                                [](const FoldMulti& m, char32_t c) { return m.cp < c; });
  if (multi != std::end(kFoldMultis) && multi->cp == cp) {
    for (std::uint16_t to : multi->to)
      if (to) out.push_back(to);
    return;
  }
  auto run = std::upper_bound(std::begin(kFoldRuns), std::end(kFoldRuns), cp,
                              [](char32_t c, const FoldRun& r) { return c < r.start; });
  if (run != std::begin(kFoldRuns)) {
    --run;
    char32_t offset = cp - run->start;
    if (offset < static_cast<char32_t>(run->count) * run->stride && offset % run->stride == 0) {
      out.push_back(static_cast<char32_t>(static_cast<std::int64_t>(cp) + run->delta));
      return;
    }
  }
  out.push_back(cp);
}

int combiningClass(char32_t cp) {
  auto it = std::upper_bound(std::begin(kCombiningClasses), std::end(kCombiningClasses), cp,
                             [](char32_t c, const CombiningClass& r) { return c < r.first; });
  if (it == std::begin(kCombiningClasses)) return 0;
  --it;
  return cp <= it->last ? it->ccc : 0;
}

}  // namespace

bool isUnicodeSpace(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

std::string caselessKey(std::string_view s) {
  std::vector<char32_t> cps;
  cps.reserve(s.size());
  bool space = false, ascii = true;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = nextCodePoint(s, i);
    if (isUnicodeSpace(cp)) { space = !cps.empty(); continue; }
    if (space) cps.push_back(' ');
    space = false;
    // ASCII folds to lower case and has no combining marks (a room's names mostly).
    if (cp < 0x80) cps.push_back(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    else ascii = false, fold(cp, cps);
  }
  // Canonical order: within each run of combining marks, a stable sort by class.
  for (std::size_t i = 0; !ascii && i < cps.size();) {
    if (combiningClass(cps[i]) == 0) { ++i; continue; }
    std::size_t j = i;
    while (j < cps.size() && combiningClass(cps[j]) != 0) ++j;
    // A run is a few marks: sorted by insertion, which keeps equals in order.
    for (std::size_t k = i + 1; k < j; ++k)
      for (std::size_t m = k; m > i && combiningClass(cps[m]) < combiningClass(cps[m - 1]); --m) std::swap(cps[m], cps[m - 1]);
    i = j;
  }
  std::string out;
  out.reserve(s.size());
  for (char32_t cp : cps) appendUtf8(out, cp);
  return out;
}

}  // namespace lestari
