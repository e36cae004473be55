// Share codes: one assessment's results as a short text for a chat. Written
// and read back whole; damaged, foreign or truncated codes refused; found in
// a chat's text with names, times and other talk around them.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "helpers.h"
#include "aggregate.h"
#include "report.h"
#include "share_code.h"

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
  const Group fromFiles = aggregate(c, files);
  const Group fromChat = aggregate(c, {{"chat.txt", chat}});
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
  const Group both = aggregate(c, mixed);
  CHECK(both.reports.size() == 24);
  CHECK(both.counted == 12);
  // A text with no code and no report is refused as before.
  const Group none = aggregate(c, {{"catatan.txt", "bukan laporan"}});
  REQUIRE(none.failed.size() == 1);
  CHECK(none.failed[0].file == "catatan.txt");
}
