#include "core/report/share_code.h"

#include "core/report/chat_message.h"
#include "core/model/scoring.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "core/text/sha256.h"
#include "core/text/text.h"

namespace lestari {

namespace {
constexpr std::string_view kPrefix = "LST1";  // "LST" and the format's version
constexpr char kDigits[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford's base 32: no I, L, O, U
constexpr int kUnanswered = 6, kNotApplicable = 5;
constexpr std::size_t kCheck = 3;  // bytes of SHA-256 at the end
const char* const kTexts[] = {"name", "agency", "region"};

// The value of a base-32 character (Crockford: any case; O is 0, I and L are 1), or -1.
int digit(char ch) {
  if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  if (ch == 'O') return 0;
  if (ch == 'I' || ch == 'L') return 1;
  for (int i = 0; i < 32; ++i)
    if (kDigits[i] == ch) return i;
  return -1;
}

std::uint16_t checklistKey(const std::string& id) {  // FNV-1a, folded to 16 bits
  std::uint32_t h = 2166136261u;
  for (unsigned char ch : id) h = (h ^ ch) * 16777619u;
  return static_cast<std::uint16_t>(h ^ (h >> 16));
}

// "1.0.0" as three bytes (no sscanf in the browser's build: docs/performance.md).
bool versionBytes(const std::string& v, unsigned char out[3]) {
  std::size_t at = 0;
  for (int k = 0; k < 3; ++k) {
    unsigned n = 0, digits = 0;
    while (at < v.size() && v[at] >= '0' && v[at] <= '9' && digits < 4) n = n * 10 + static_cast<unsigned>(v[at++] - '0'), ++digits;
    if (!digits || n > 255 || (k < 2 ? at >= v.size() || v[at++] != '.' : at != v.size())) return false;
    out[k] = static_cast<unsigned char>(n);
  }
  return true;
}

// A civil date and time from seconds since 1970 (Howard Hinnant's algorithm;
// daysFromCivil in report_import.cpp is the other way).
std::string civilFromSeconds(long long s) {
  long z = static_cast<long>(s / 86400) + 719468;
  const long sec = static_cast<long>(s % 86400);
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
  const long y = static_cast<long>(yoe) + era * 400 + (m <= 2);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02uT%02ld:%02ld:%02ldZ", y, m, d, sec / 3600, sec / 60 % 60, sec % 60);
  return buf;
}
const long long kEpoch = daysFromCivil(2020, 1, 1) * 86400LL;

void putVarint(std::string& out, std::size_t n) {
  do {
    unsigned char b = n & 0x7F;
    n >>= 7;
    out += static_cast<char>(b | (n ? 0x80 : 0));
  } while (n);
}

Error damaged() { return Error{"$", "share_code_damaged", {}}; }
}  // namespace

Result<std::string> shareCode(const Assessment& a, const Checklist& c, const std::string& generatedAt) {
  using R = Result<std::string>;
  unsigned char version[3];
  if (!versionBytes(c.version, version)) return R::fail(Error{"$.checklist.version", "bad_checklist_version", {c.version}});
  if (!isIsoUtcTimestamp(generatedAt)) return R::fail(Error{"$.generatedAt", "bad_timestamp", {generatedAt}});
  const long long at = daysFromCivil(std::stol(generatedAt.substr(0, 4)), static_cast<unsigned>(std::stoi(generatedAt.substr(5, 2))),
                                     static_cast<unsigned>(std::stoi(generatedAt.substr(8, 2)))) * 86400LL +
                       std::stoi(generatedAt.substr(11, 2)) * 3600 + std::stoi(generatedAt.substr(14, 2)) * 60 + std::stoi(generatedAt.substr(17, 2)) - kEpoch;
  if (at < 0 || at > 0xFFFFFFFFLL) return R::fail(Error{"$.generatedAt", "bad_timestamp", {generatedAt}});
  std::string p;
  const std::uint16_t key = checklistKey(c.id);
  p += static_cast<char>(key >> 8), p += static_cast<char>(key & 0xFF);
  p.append(reinterpret_cast<const char*>(version), 3);
  for (int shift = 24; shift >= 0; shift -= 8) p += static_cast<char>((at >> shift) & 0xFF);
  int stage = 0;
  if (const ProfileField* f = c.field("stage"))
    for (std::size_t i = 0; i < f->options.size(); ++i)
      if (f->options[i].id == a.profileText("stage")) stage = static_cast<int>(i) + 1;
  p += static_cast<char>(stage);
  // Levels: three bits each, first indicator in the highest bits.
  unsigned bits = 0, held = 0;
  for (const Factor& f : c.factors)
    for (const Indicator& ind : f.indicators) {
      auto it = a.answers.find(ind.id);
      int v = kUnanswered;
      if (it != a.answers.end()) v = it->second.notApplicable ? kNotApplicable : it->second.level ? *it->second.level : kUnanswered;
      bits = (bits << 3) | static_cast<unsigned>(v);
      held += 3;
      while (held >= 8) {
        p += static_cast<char>((bits >> (held - 8)) & 0xFF);
        held -= 8;
      }
    }
  if (held) p += static_cast<char>((bits << (8 - held)) & 0xFF);
  for (const char* field : kTexts) {
    const std::string text = a.profileText(field);
    putVarint(p, text.size());
    p += text;
  }
  p += sha256(p).substr(0, kCheck);
  // Base 32, five bits a character, the last padded with zeros.
  std::string out(kPrefix);
  unsigned acc = 0;
  int n = 0;
  for (unsigned char b : p) {
    acc = (acc << 8) | b;
    n += 8;
    while (n >= 5) {
      out += kDigits[(acc >> (n - 5)) & 31];
      n -= 5;
    }
  }
  if (n) out += kDigits[(acc << (5 - n)) & 31];
  return R{std::move(out), {}};
}

Result<ImportedReport> readShareCode(std::string_view code, const Checklist& c, std::size_t* used) {
  using R = Result<ImportedReport>;
  if (used) *used = 0;
  if (code.size() < kPrefix.size() + 1) return R::fail(damaged());
  for (std::size_t i = 0; i < kPrefix.size(); ++i)
    if ((code[i] & ~0x20) != (kPrefix[i] & ~0x20) && !(kPrefix[i] == '1' && digit(code[i]) == 1)) return R::fail(damaged());
  // Every base-32 character after the prefix, as bytes (a chat's text may follow).
  std::string bytes;
  unsigned acc = 0;
  int n = 0;
  for (std::size_t i = kPrefix.size(); i < code.size() && digit(code[i]) >= 0; ++i) {
    acc = (acc << 5) | static_cast<unsigned>(digit(code[i]));
    n += 5;
    if (n >= 8) {
      bytes += static_cast<char>((acc >> (n - 8)) & 0xFF);
      n -= 8;
    }
  }
  std::size_t pos = 0;
  auto need = [&](std::size_t k) { return pos + k <= bytes.size(); };
  auto byte = [&]() { return static_cast<unsigned char>(bytes[pos++]); };
  if (!need(10)) return R::fail(damaged());
  const std::uint16_t key = static_cast<std::uint16_t>(byte() << 8 | byte());
  const unsigned v0 = byte(), v1 = byte(), v2 = byte();
  unsigned long long at = 0;
  for (int k = 0; k < 4; ++k) at = at << 8 | byte();
  const unsigned stage = byte();
  const std::size_t count = c.indicatorCount();
  const std::size_t levelBytes = (count * 3 + 7) / 8;
  if (!need(levelBytes)) return R::fail(damaged());
  const std::size_t levelsAt = pos;
  pos += levelBytes;
  std::string texts[3];
  for (std::string& t : texts) {
    std::size_t len = 0;
    for (int shift = 0;; shift += 7) {
      if (!need(1) || shift > 28) return R::fail(damaged());
      const unsigned char b = byte();
      len |= static_cast<std::size_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) break;
    }
    if (!need(len)) return R::fail(damaged());
    t = bytes.substr(pos, len);
    pos += len;
  }
  if (!need(kCheck) || sha256(std::string_view(bytes).substr(0, pos)).substr(0, kCheck) != bytes.substr(pos, kCheck)) return R::fail(damaged());
  // Its characters: the prefix and the bytes read, five bits a character.
  if (used) *used = kPrefix.size() + ((pos + kCheck) * 8 + 4) / 5;
  // Whole and as written: now what it says.
  unsigned char mine[3] = {0, 0, 0};
  versionBytes(c.version, mine);
  if (key != checklistKey(c.id)) return R::fail(Error{"$", "share_code_checklist", {}});
  const std::string theirs = std::to_string(v0) + "." + std::to_string(v1) + "." + std::to_string(v2);
  // A code lists every indicator's level in the checklist's order, which only
  // a new major version may change: an older minor version reads as it is, with
  // the same warning as an older report; anything else is refused.
  const bool same = v0 == mine[0] && v1 == mine[1] && v2 == mine[2];
  const bool olderMinor = v0 == mine[0] && (v1 < mine[1] || (v1 == mine[1] && v2 < mine[2]));
  if (!same && !olderMinor) return R::fail(Error{"$", "share_code_version", {theirs, c.version}});
  ImportedReport out;
  out.checklistVersion = theirs;
  if (olderMinor) out.warnings.push_back(Error{"$.checklist.version", "older_checklist", {theirs, c.version}});
  out.generatedAt = civilFromSeconds(kEpoch + static_cast<long long>(at));
  Errors errors;
  // The date rule of every report (a file after 2100 is refused; a code could
  // say up to 2156 and would then win every later correction in a room).
  if (!isIsoUtcTimestamp(out.generatedAt)) errors.push_back(Error{"$.generatedAt", "bad_timestamp", {out.generatedAt}});
  for (std::size_t k = 0; k < 3; ++k)
    if (!texts[k].empty())
      if (auto e = setProfileValue(out.assessment, c, kTexts[k], Json(texts[k]))) errors.push_back(*e);
  if (stage) {
    const ProfileField* f = c.field("stage");
    if (!f || stage > f->options.size()) errors.push_back(damaged());
    else if (auto e = setProfileValue(out.assessment, c, "stage", Json(f->options[stage - 1].id))) errors.push_back(*e);
  }
  std::size_t i = 0;
  for (const Factor& f : c.factors)
    for (const Indicator& ind : f.indicators) {
      const std::size_t bit = i++ * 3;
      unsigned v = 0;
      for (int k = 0; k < 3; ++k) v = v << 1 | ((static_cast<unsigned char>(bytes[levelsAt + (bit + k) / 8]) >> (7 - (bit + k) % 8)) & 1);
      if (v <= kMaxLevel) setLevel(out.assessment, c, ind.id, static_cast<int>(v));
      else if (v == kNotApplicable) setNotApplicable(out.assessment, c, ind.id, true);
      else if (v != kUnanswered) errors.push_back(damaged());
    }
  if (!errors.empty()) return R::fail(std::move(errors));
  out.results = score(c, out.assessment);
  return R{std::move(out), {}};
}

namespace {
// Characters that stand for the letters and digits of a code where a chat,
// a keyboard or an IME wrote look-alikes: fullwidth forms, and the Cyrillic
// and Greek capitals and small letters drawn like Latin ones. A code written
// with them is read as the Latin one; any code-like run that then cannot be
// read is listed, never skipped.
struct LookAlike {
  char32_t cp;
  char ascii;
};
constexpr LookAlike kLookAlikes[] = {
    {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'}, {0x039A, 'K'},
    {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A5, 'Y'}, {0x03A7, 'X'},
    {0x03BF, 'o'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'},
    {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'},
    {0x0425, 'X'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0445, 'x'},
    {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04C0, 'I'}, {0x2160, 'I'}, {0x217C, 'l'},
};

// The code character at text[i]: its bytes (0: none) and the ASCII letter or
// digit it stands for.
std::size_t codeChar(std::string_view text, std::size_t i, char& ascii) {
  const unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    if (!std::isalnum(b)) return 0;
    ascii = static_cast<char>(b);
    return 1;
  }
  if (findInvalidUtf8(text.substr(i, 4)) == 0) return 0;
  std::size_t at = i;
  const char32_t cp = nextCodePoint(text, at);
  if (cp >= 0xFF10 && cp <= 0xFF19) ascii = static_cast<char>('0' + (cp - 0xFF10));        // fullwidth digits
  else if (cp >= 0xFF21 && cp <= 0xFF3A) ascii = static_cast<char>('A' + (cp - 0xFF21));   // fullwidth capitals
  else if (cp >= 0xFF41 && cp <= 0xFF5A) ascii = static_cast<char>('a' + (cp - 0xFF41));   // fullwidth small letters
  else {
    ascii = 0;
    for (const LookAlike& l : kLookAlikes)
      if (l.cp == cp) ascii = l.ascii;
    if (!ascii) return 0;
  }
  return at - i;
}

// "LST1" (any case, I or L for the 1, look-alikes too) in a run of code characters at k.
bool prefixAt(const std::string& run, std::size_t k) {
  return k + kPrefix.size() <= run.size() && (run[k] & ~0x20) == 'L' && (run[k + 1] & ~0x20) == 'S' &&
         (run[k + 2] & ~0x20) == 'T' && digit(run[k + 3]) == 1;
}

// Every code-like run of text: letters and digits (and their look-alikes)
// holding "LST1" with a character after it, wherever it stands (after a
// letter too). Each run as ASCII, with the byte in text of each of its characters.
template <typename Visit>
void codeRuns(std::string_view text, Visit visit) {
  std::string run;
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    char ascii = 0;
    const std::size_t n = i < text.size() ? codeChar(text, i, ascii) : 0;
    if (n) {
      run += ascii;
      at.push_back(i);
      i += n - 1;
      continue;
    }
    if (run.size() > kPrefix.size()) {
      at.push_back(i);  // where the run ends
      visit(run, at);
    }
    run.clear();
    at.clear();
  }
}

// The starts of the codes in a run: a code read whole goes on after its own
// last character (two codes written together are two); after one that
// cannot be read, the next "LST1" in the run.
template <typename Visit>
void codesInRun(const std::string& run, Visit visit) {
  for (std::size_t k = 0; k + kPrefix.size() < run.size();) {
    if (!prefixAt(run, k)) {
      ++k;
      continue;
    }
    const std::size_t used = visit(k);
    k += used ? used : kPrefix.size();
  }
}

// Line and column (from 1; columns in characters) of byte `at`, going on from where the last call stood.
struct Position {
  std::string_view text;
  std::size_t byte = 0, line = 1, column = 1;
  void to(std::size_t at) {
    for (; byte < at && byte < text.size(); ++byte) {
      const unsigned char ch = static_cast<unsigned char>(text[byte]);
      if (ch == '\n') line = 1 + line, column = 1;
      else if ((ch & 0xC0) != 0x80) ++column;  // a character, not a UTF-8 continuation byte
    }
  }
};
}  // namespace

std::size_t countShareCodes(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || text[first] == '{') return 0;
  std::size_t n = 0;
  codeRuns(text, [&](const std::string& run, const std::vector<std::size_t>&) {
    for (std::size_t k = 0; k + kPrefix.size() < run.size(); ++k) n += prefixAt(run, k);
  });
  return n;
}

std::size_t visitShareCodes(std::string_view text, const Checklist& c, const std::function<void(FoundCode&&)>& visit,
                            const std::function<bool()>& wanted) {
  Position where{text};
  std::size_t skipped = 0;
  codeRuns(text, [&](const std::string& run, const std::vector<std::size_t>& at) {
    codesInRun(run, [&](std::size_t k) -> std::size_t {
      if (!wanted()) {
        ++skipped;
        return 0;  // (the next "LST1" is the next code: a code's own letters never hold an L)
      }
      std::size_t used = 0;
      auto report = readShareCode(std::string_view(run).substr(k), c, &used);
      // The code as written: up to its last character, or the rest of the run.
      const std::size_t end = used ? k + used : run.size();
      where.to(at[k]);
      visit(FoundCode{where.line, where.column, std::string(text.substr(at[k], at[end] - at[k])), chatMessageFrom(text, at[k]),
                      std::move(report)});
      return used;
    });
  });
  return skipped;
}

std::vector<FoundCode> findShareCodes(std::string_view text, const Checklist& c) {
  std::vector<FoundCode> found;
  visitShareCodes(text, c, [&](FoundCode&& code) { found.push_back(std::move(code)); }, [] { return true; });
  return found;
}

}  // namespace lestari
