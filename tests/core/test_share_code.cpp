// Share codes: one assessment's results as a short text for a chat. Written
// and read back whole; damaged, foreign or truncated codes refused; found in
// a chat's text with names, times and other talk around them.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "helpers.h"
#include "core/room/aggregate.h"
#include "core/report/report.h"
#include "core/model/compare.h"
#include "core/text/sha256.h"
#include "core/report/share_code.h"

using namespace lestari;
using namespace lestari::test;

namespace {
const char* kAt = "2026-11-29T08:15:42Z";
Assessment complete() {
  const Checklist& c = checklist();
  Assessment a = allAt(3);
  setProfileValue(a, c, "name", Json("Sapa Warga Kecamatan Lowokwaru"));
  setProfileValue(a, c, "agency", Json("Pemerintah Kota Malang"));
  setProfileValue(a, c, "region", Json("Kota Malang, Jawa Timur"));
  setProfileValue(a, c, "stage", Json(c.field("stage")->options[1].id));
  setProfileValue(a, c, "unit", Json("Bagian Organisasi"));  // not carried
  int k = 0;
  for (const Factor& f : c.factors)
    for (const Indicator& i : f.indicators) {
      if (k % 7 == 3) setNotApplicable(a, c, i.id, true);
      else setLevel(a, c, i.id, k % 5);
      ++k;
    }
  setNote(a, c, c.factors[0].indicators[0].id, "bukti panjang yang tidak ikut");
  return a;
}
}  // namespace

TEST_CASE("a share code carries the results and the profile's name, agency, region and stage, and reads back exactly") {
  const Checklist& c = checklist();
  const Assessment a = complete();
  auto code = shareCode(a, c, kAt);
  REQUIRE(code.ok());
  const std::string& s = *code.value;
  CHECK(s.rfind("LST1", 0) == 0);
  CHECK(s.size() <= 300);  // a complete assessment with ordinary names
  for (char ch : s) CHECK(((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z')));  // nothing a chat or an address mangles
  for (char ch : s.substr(4)) CHECK(std::string("ILOU").find(ch) == std::string::npos);  // none to misread
  auto back = readShareCode(s, c);
  REQUIRE(back.ok());
  CHECK(back.value->generatedAt == kAt);
  CHECK(back.value->checklistVersion == c.version);
  for (const char* f : {"name", "agency", "region", "stage"}) CHECK(back.value->assessment.profileText(f) == a.profileText(f));
  CHECK(back.value->assessment.profileText("unit").empty());  // only what the format names
  for (const Factor& f : c.factors)
    for (const Indicator& i : f.indicators) {
      const Answer& want = a.answers.at(i.id);
      auto it = back.value->assessment.answers.find(i.id);
      REQUIRE(it != back.value->assessment.answers.end());
      CHECK(it->second.level == want.level);
      CHECK(it->second.notApplicable == want.notApplicable);
      CHECK(it->second.note.empty());  // notes stay home
    }
  // Lowercase, and O for 0 and I or L for 1 (read aloud, retyped), read the same.
  std::string lower = s;
  for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  CHECK(readShareCode(lower, c).ok());
}

TEST_CASE("an empty assessment, unanswered indicators and an unset stage survive too") {
  const Checklist& c = checklist();
  Assessment a;
  setLevel(a, c, c.factors[2].indicators[1].id, 0);
  auto code = shareCode(a, c, "2020-01-01T00:00:00Z");
  REQUIRE(code.ok());
  auto back = readShareCode(*code.value, c);
  REQUIRE(back.ok());
  CHECK(back.value->generatedAt == "2020-01-01T00:00:00Z");
  CHECK(back.value->assessment.answers.size() == 1);
  CHECK(back.value->assessment.answers.at(c.factors[2].indicators[1].id).level == 0);
  CHECK(back.value->assessment.profileText("stage").empty());
  CHECK_FALSE(shareCode(a, c, "2019-12-31T23:59:59Z").ok());  // before the format's epoch
  CHECK_FALSE(shareCode(a, c, "kemarin").ok());
}

TEST_CASE("a damaged, truncated or foreign code is refused with its reason, never read wrong") {
  const Checklist& c = checklist();
  const std::string s = *shareCode(complete(), c, kAt).value;
  // Every single character changed to another digit: the checksum catches it.
  std::size_t caught = 0, tried = 0;
  const std::string digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  for (std::size_t i = 4; i < s.size(); i += 3) {
    std::string bad = s;
    bad[i] = digits[(digits.find(s[i]) + 7) % 32];
    ++tried;
    auto r = readShareCode(bad, c);
    caught += !r.ok();
    if (!r.ok()) CHECK(r.errors[0].code == "share_code_damaged");
  }
  CHECK(caught == tried);
  for (std::size_t cut : {s.size() - 1, s.size() - 5, s.size() / 2, std::size_t(6)}) {
    auto r = readShareCode(s.substr(0, cut), c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].code == "share_code_damaged");
  }
  CHECK_FALSE(readShareCode("LST2" + s.substr(4), c).ok());  // another format version
  CHECK_FALSE(readShareCode("", c).ok());
  CHECK_FALSE(readShareCode("halo", c).ok());
  // Another checklist, or another version of this one.
  Checklist other = c;
  other.id = "lain";
  auto foreign = readShareCode(*shareCode(complete(), other, kAt).value, c);
  REQUIRE_FALSE(foreign.ok());
  CHECK(foreign.errors[0].code == "share_code_checklist");
  Checklist newer = c;
  newer.version = "9.0.0";
  auto version = readShareCode(*shareCode(complete(), newer, kAt).value, c);
  REQUIRE_FALSE(version.ok());
  CHECK(version.errors[0].code == "share_code_version");
  for (const char* refused : {"1.99.0", "0.9.0", "2.0.0"}) {  // a newer minor, another major
    Checklist v = c;
    v.version = refused;
    CAPTURE(refused);
    auto r = readShareCode(*shareCode(complete(), v, kAt).value, c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].code == "share_code_version");
  }
  // An older minor version lists the same indicators: read, with the warning.
  Checklist older = c;
  older.version = "1.0.0";
  REQUIRE(c.version == "1.1.0");
  auto read = readShareCode(*shareCode(complete(), older, kAt).value, c);
  REQUIRE(read.ok());
  for (const auto& [id, answer] : complete().answers) {
    CAPTURE(id);
    CHECK(read.value->assessment.answers.at(id).level == answer.level);
    CHECK(read.value->assessment.answers.at(id).notApplicable == answer.notApplicable);
  }
  REQUIRE(read.value->warnings.size() == 1);
  CHECK(read.value->warnings[0].code == "older_checklist");
}

TEST_CASE("codes found in a pasted chat: names, times and talk around them, a damaged one with where it is") {
  const Checklist& c = checklist();
  std::vector<std::string> codes;
  for (int i = 0; i < 30; ++i) {
    Assessment a = complete();
    setProfileValue(a, c, "name", Json("Inovasi Peserta " + std::to_string(i)));
    codes.push_back(*shareCode(a, c, kAt).value);
  }
  std::string chat = "[29/11/26 08.15.42] Bu Sari: Selamat pagi, ini kode hasil kami 🙏\n";
  for (int i = 0; i < 30; ++i) {
    chat += "[29/11/26 08." + std::to_string(16 + i) + "] Peserta " + std::to_string(i) + ": ";
    chat += (i % 3 == 0 ? "kode: " + codes[i] + " terima kasih" : i % 3 == 1 ? codes[i] + "\n(sudah dicek)" : "«" + codes[i] + "».");
    chat += "\n";
  }
  std::string broken = codes[4];
  broken[20] = broken[20] == 'A' ? 'B' : 'A';
  chat += "Pak Budi: maaf yang tadi salah ketik:\n  " + broken + "\nLSTM bukan kode, ALST1 juga bukan\n";
  const auto found = findShareCodes(chat, c);
  REQUIRE(found.size() == 31);
  CHECK(countShareCodes(chat) == 31);  // counted without decoding, the damaged one too
  CHECK(countShareCodes("{\"schema\": \"" + codes[0] + "\"}") == 0);  // a report is not a chat
  std::set<std::string> names;
  for (std::size_t i = 0; i < 30; ++i) {
    REQUIRE(found[i].report.ok());
    names.insert(found[i].report.value->assessment.profileText("name"));
    const std::size_t at = chat.find(codes[i]);
    CHECK(found[i].line == 1 + static_cast<std::size_t>(std::count(chat.begin(), chat.begin() + static_cast<long>(at), '\n')));
    CHECK(found[i].text == codes[i]);
  }
  CHECK(names.size() == 30);
  CHECK_FALSE(found[30].report.ok());
  CHECK(found[30].line == 1 + static_cast<std::size_t>(std::count(chat.begin(), chat.begin() + static_cast<long>(chat.find(broken)), '\n')));
  CHECK(found[30].column == 3);
  CHECK(findShareCodes("tanpa kode sama sekali", c).empty());
}

TEST_CASE("a complete assessment's code, with the demo's own long names, stays near 300 characters") {
  const Checklist& c = checklist();
  auto demo = importReport(asset("demo-report.json"), c);
  REQUIRE(demo.ok());
  auto code = shareCode(demo.value->assessment, c, demo.value->generatedAt);
  REQUIRE(code.ok());
  MESSAGE("the demo's code: " << code.value->size() << " characters");
  CHECK(code.value->size() <= 300);
}

TEST_CASE("a pasted chat joins a room: every code one report, the same numbers as their files, a damaged code listed where it is") {
  const Checklist& c = checklist();
  std::vector<std::pair<std::string, std::string>> files;
  std::string chat = "Grup Pelatihan Inovasi 2026\n";
  for (int i = 0; i < 12; ++i) {
    Assessment a = complete();
    setProfileValue(a, c, "name", Json("Inovasi " + std::to_string(i)));
    int k = 0;
    for (const Factor& f : c.factors)
      for (const Indicator& ind : f.indicators) setLevel(a, c, ind.id, (i * 3 + k++) % 5);
    const std::string at = "2026-11-29T08:" + std::to_string(10 + i) + ":00Z";
    files.push_back({"r" + std::to_string(i) + ".json", exportReport(c, translations(), a, Lang::Id, at)});
    chat += "[08." + std::to_string(10 + i) + "] Peserta " + std::to_string(i) + ": " + *shareCode(a, c, at).value + "\n";
  }
  std::string broken = *shareCode(complete(), c, kAt).value;
  broken.pop_back();
  chat += "Peserta 13: " + broken + "\n";
  const RoomData fromFiles = aggregate(c, files);
  const RoomData fromChat = aggregate(c, {{"chat.txt", chat}});
  REQUIRE(fromChat.reports.size() == 12);
  REQUIRE(fromChat.failed.size() == 1);
  CHECK(fromChat.failed[0].file == "chat.txt:14");
  CHECK(fromChat.failed[0].errors[0].code == "share_code_damaged");
  CHECK(fromChat.reports[0].file == "chat.txt:2");
  CHECK(fromChat.counted == fromFiles.counted);
  CHECK(*fromChat.overall.mean == doctest::Approx(*fromFiles.overall.mean));
  for (std::size_t f = 0; f < c.factors.size(); ++f) CHECK(*fromChat.factors[f].stats.mean == doctest::Approx(*fromFiles.factors[f].stats.mean));
  for (std::size_t r = 0; r < 12; ++r) {
    CHECK(fromChat.reports[r].name == fromFiles.reports[r].name);
    CHECK(fromChat.reports[r].results.overall == fromFiles.reports[r].results.overall);
    CHECK(fromChat.reports[r].rank == fromFiles.reports[r].rank);
    CHECK(fromChat.reports[r].generatedAt == fromFiles.reports[r].generatedAt);
  }
  // Files and codes in one room: the same innovation sent both ways is counted once (the newer).
  std::vector<std::pair<std::string, std::string>> mixed = files;
  mixed.push_back({"chat.txt", chat});
  const RoomData both = aggregate(c, mixed);
  CHECK(both.reports.size() == 24);
  CHECK(both.counted == 12);
  // A text with no code and no report is refused as before.
  const RoomData none = aggregate(c, {{"catatan.txt", "bukan laporan"}});
  REQUIRE(none.failed.size() == 1);
  CHECK(none.failed[0].file == "catatan.txt");
}

namespace {
// A code's bytes and back, from the format's description (docs/report-format.md):
// Crockford's base 32 after "LST1", the last three bytes SHA-256's first three.
std::string bytesOf(const std::string& code) {
  const std::string digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::string out;
  unsigned acc = 0;
  int n = 0;
  for (char ch : code.substr(4)) {
    acc = (acc << 5) | static_cast<unsigned>(digits.find(ch));
    if ((n += 5) >= 8) out += static_cast<char>((acc >> (n -= 8)) & 0xFF);
  }
  return out;
}
std::string codeOf(std::string bytes) {
  const std::string digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  bytes.resize(bytes.size() - 3);
  bytes += sha256(bytes).substr(0, 3);
  std::string out = "LST1";
  unsigned acc = 0;
  int n = 0;
  for (unsigned char b : bytes) {
    acc = (acc << 8) | b;
    for (n += 8; n >= 5; n -= 5) out += digits[(acc >> (n - 5)) & 31];
  }
  if (n) out += digits[(acc << (5 - n)) & 31];
  return out;
}
// The same code with its time (seconds since 2020-01-01, bytes 5 to 8) set.
std::string dated(const std::string& code, unsigned long long secondsSince2020) {
  std::string b = bytesOf(code);
  for (int k = 0; k < 4; ++k) b[5 + k] = static_cast<char>((secondsSince2020 >> (24 - 8 * k)) & 0xFF);
  return codeOf(b);
}
}  // namespace

TEST_CASE("share codes keep the date rule of every report: a code dated after 2100 is refused, as a file would be") {
  const Checklist& c = checklist();
  const std::string code = *shareCode(complete(), c, kAt).value;
  REQUIRE(readShareCode(dated(code, 0), c).ok());  // 2020-01-01, the format's first day
  const unsigned long long in2100 = static_cast<unsigned long long>(daysFromCivil(2100, 12, 31) - daysFromCivil(2020, 1, 1)) * 86400;
  auto last = readShareCode(dated(code, in2100 + 86399), c);
  REQUIRE(last.ok());
  CHECK(last.value->generatedAt == "2100-12-31T23:59:59Z");
  for (unsigned long long late : {in2100 + 86400, 0xFFFFFFFFull}) {  // 2101-01-01 and the format's last second, in 2156
    auto r = readShareCode(dated(code, late), c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].code == "bad_timestamp");
  }
  // The file with the same date is refused too: one rule.
  auto file = importReport(exportReport(c, translations(), complete(), Lang::Id, "2101-01-01T00:00:00Z"), c);
  REQUIRE_FALSE(file.ok());
  CHECK(file.errors[0].code == "bad_timestamp");
}

TEST_CASE("timestamps are compared as moments: a fraction of a second is later than none") {
  CHECK(generatedAfter("2026-11-27T08:00:00.900Z", "2026-11-27T08:00:00Z"));
  CHECK_FALSE(generatedAfter("2026-11-27T08:00:00Z", "2026-11-27T08:00:00.900Z"));
  CHECK(generatedAfter("2026-11-27T08:00:00.1Z", "2026-11-27T08:00:00.099999999Z"));
  CHECK_FALSE(generatedAfter("2026-11-27T08:00:00.5Z", "2026-11-27T08:00:00.500Z"));  // the same moment
  CHECK(generatedAfter("2026-11-27T08:00:01Z", "2026-11-27T08:00:00.999Z"));
  CHECK(momentOf("2026-11-27T08:00:00.900Z")->nanos == 900000000);
  CHECK_FALSE(momentOf("2026-02-30T08:00:00Z"));
  // In a room, the newer of two reports of one innovation counts, whatever their order.
  const Checklist& c = checklist();
  Assessment a = complete();
  const std::string early = exportReport(c, translations(), a, Lang::Id, "2026-11-27T08:00:00Z");
  setLevel(a, c, c.factors[0].indicators[0].id, 0);
  const std::string late = exportReport(c, translations(), a, Lang::Id, "2026-11-27T08:00:00.900Z");
  for (bool lateFirst : {false, true}) {
    RoomData g = lateFirst ? aggregate(c, {{"b.json", late}, {"a.json", early}}) : aggregate(c, {{"a.json", early}, {"b.json", late}});
    REQUIRE(g.reports.size() == 2);
    const RoomReport& counted = g.reports[g.reports[0].counted ? 0 : 1];
    CHECK(counted.generatedAt == "2026-11-27T08:00:00.900Z");
    CHECK(g.counted == 1);
  }
  // And a comparison puts it after.
  auto cmp = compareReports(late, early, c);
  REQUIRE(cmp.ok());
  CHECK(cmp.value->after.generatedAt == "2026-11-27T08:00:00.900Z");
}

TEST_CASE("every code-like run in a chat is read or listed with its line: after a letter, two written together, look-alike letters") {
  const Checklist& c = checklist();
  std::vector<std::string> codes;
  for (int i = 0; i < 6; ++i) {
    Assessment a = complete();
    setProfileValue(a, c, "name", Json("Inovasi " + std::to_string(i)));
    codes.push_back(*shareCode(a, c, kAt).value);
  }
  // Cyrillic Т (U+0422) for the prefix's T, a fullwidth digit for the code's first digit.
  std::string lookAlike = codes[3];
  const std::size_t digitAt = lookAlike.find_first_of("0123456789", 4);
  REQUIRE(digitAt != std::string::npos);
  const std::string fullwidth = std::string("\xEF\xBC") + static_cast<char>(0x90 + (lookAlike[digitAt] - '0'));
  lookAlike = "LS\xD0\xA2" + lookAlike.substr(3, digitAt - 3) + fullwidth + lookAlike.substr(digitAt + 1);
  std::string withU = codes[5];
  withU[30] = 'U';  // not a letter of the code (Crockford leaves it out)
  const std::string chat = "Bu Sari: kode" + codes[0] + "\n"                  // 1: after a letter
                           "Pak Hendra: " + codes[1] + codes[2] + "\n"          // 2: two written together
                           "Peserta 3: " + lookAlike + "\n"                     // 3: look-alike letters
                           "Peserta 4: " + codes[4] + "terima kasih\n"          // 4: a word right after it
                           "Peserta 5: " + withU + "\n";                        // 5: cannot be read
  const auto found = findShareCodes(chat, c);
  REQUIRE(found.size() == 6);
  CHECK(countShareCodes(chat) == 6);
  const std::size_t lines[] = {1, 2, 2, 3, 4, 5};
  for (std::size_t k = 0; k < 5; ++k) {
    CAPTURE(k);
    REQUIRE(found[k].report.ok());
    CHECK(found[k].report.value->assessment.profileText("name") == "Inovasi " + std::to_string(k));
    CHECK(found[k].line == lines[k]);
  }
  CHECK(found[0].column == 14);
  CHECK(found[1].text == codes[1]);
  CHECK(found[2].text == codes[2]);
  CHECK(found[3].text == lookAlike);
  CHECK(found[4].text == codes[4]);
  CHECK_FALSE(found[5].report.ok());
  CHECK(found[5].line == 5);
  // In a room: five reports and one failure named by its line.
  RoomData g = aggregate(c, {{"chat", chat}});
  CHECK(g.reports.size() == 5);
  REQUIRE(g.failed.size() == 1);
  CHECK(g.failed[0].file == "chat:5");
}
