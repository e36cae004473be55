// Export, import and migration of the readiness report.
#include <doctest/doctest.h>

#include "helpers.h"
#include "core/model/action_plan.h"
#include "core/report/report.h"
#include "core/model/scoring.h"
#include "core/text/text.h"

using namespace lestari;
using namespace lestari::test;
using json = Json;

namespace {
const char* kAt = "2026-11-27T10:00:00Z";

Assessment sample() {
  const Checklist& c = checklist();
  Assessment a;
  setProfileValue(a, c, "name", "Si Ikan Nila");
  setProfileValue(a, c, "agency", "Pemerintah Kota Malang");
  setProfileValue(a, c, "stage", "development");
  setProfileValue(a, c, "startYear", 2019);
  setProfileValue(a, c, "replicationDetail", "Direplikasi oleh:\nKab. Blitar");
  int n = 0;
  for (const auto& f : c.factors)
    for (const auto& i : f.indicators) {
      if (n % 7 == 3) setNotApplicable(a, c, i.id, true);
      else if (n % 5 != 4) setLevel(a, c, i.id, n % 5);
      if (n % 3 == 0) setNote(a, c, i.id, "Bukti: SK No. " + std::to_string(n) + " — \"kutipan\" ✓ é");
      ++n;
    }
  return a;
}
}  // namespace

TEST_CASE("export then import gives the same assessment back") {
  Assessment a = sample();
  for (Lang lang : {Lang::Id, Lang::En}) {
    std::string text = exportReport(checklist(), translations(), a, lang, kAt);
    auto back = importReport(text, checklist());
    REQUIRE_MESSAGE(back.ok(), (back.errors.empty() ? "" : back.errors[0].path + " " + back.errors[0].code));
    CHECK(back.value->assessment == a);
    CHECK(back.value->language == lang);
    CHECK(back.value->generatedAt == kAt);
    CHECK(back.value->sourceSchemaVersion == kReportSchemaVersion);
    // and exporting the imported assessment reproduces the text byte for byte
    CHECK(exportReport(checklist(), translations(), back.value->assessment, lang, kAt) == text);
  }
}

TEST_CASE("a report is written exactly as its document dumped with two-space indents, whatever it holds") {
  // The writer (JsonWriter) never builds the tree: the text it gives must be
  // what dumping the tree gives, empty lists, nested objects, escapes and all.
  Assessment full = sample();
  REQUIRE_FALSE(setAction(full, checklist(), Action{checklist().factors[0].indicators[0].id, "Tindak \"lanjut\"\\ 🙂", "Bu Sari",
                                                    "2026-12-31", ActionStatus::InProgress, "catatan\nbaris kedua"}));
  for (const Assessment& a : {Assessment{}, allAt(4), allAt(0), full})
    for (Lang lang : {Lang::Id, Lang::En}) {
      const std::string text = exportReport(checklist(), translations(), a, lang, kAt);
      CHECK(text == Json::parse(text).dump(2) + "\n");
    }
}

TEST_CASE("an empty assessment round-trips too") {
  std::string text = exportReport(checklist(), translations(), Assessment{}, Lang::Id, kAt);
  auto back = importReport(text, checklist());
  REQUIRE(back.ok());
  CHECK(back.value->assessment.empty());
  json doc = json::parse(text);
  CHECK(doc["overall"]["score"].is_null());
  CHECK(doc["overall"]["complete"] == false);
}

TEST_CASE("the report holds scores, bands, answers and the method") {
  Assessment a = sample();
  Results r = score(checklist(), a);
  json doc = json::parse(exportReport(checklist(), translations(), a, Lang::En, kAt));
  CHECK(doc["schema"] == kReportSchemaId);
  CHECK(doc["schemaVersion"] == kReportSchemaVersion);
  CHECK(doc["checklist"]["language"] == "en");
  CHECK(doc["answers"].size() == checklist().indicatorCount());
  CHECK(doc["factors"].size() == 5);
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(doc["factors"][i]["id"] == checklist().factors[i].id);
    if (r.factors[i].score) CHECK(doc["factors"][i]["score"].get<double>() == doctest::Approx(*r.factors[i].score));
  }
  CHECK(doc["overall"]["score"].get<double>() == doctest::Approx(*r.overall));
  CHECK(doc["overall"]["band"] == r.band->id);
  CHECK(doc["overall"]["weakestFactor"] == r.weakest->id);
  CHECK(doc["recommendations"].size() == r.recommendations.size());
  CHECK(doc["recommendations"][0]["indicator"] == r.recommendations[0].indicator->id);
  CHECK(doc["method"]["factorScore"] == translations().get("method.factorScore", Lang::En));
  CHECK(doc["method"]["bands"].size() == checklist().bands.size());
  CHECK(doc["profile"]["startYear"] == 2019);
  CHECK(doc["profile"]["contact"].is_null());
}

TEST_CASE("a version 1 report is migrated") {
  const Checklist& c = checklist();
  std::string first = c.factors[0].indicators[0].id, second = c.factors[1].indicators[2].id;
  json v1 = {{"schema", kReportSchemaId},
             {"schemaVersion", 1},
             {"generatedAt", "2025-01-02T03:04:05Z"},
             {"app", {{"name", "Lestari"}, {"version", "0.0.1"}}},
             {"checklist", {{"id", c.id}, {"version", "0.9.0"}}},
             {"language", "en"},
             {"profile", {{"name", "SEPASAR PEDAS"}}},
             {"answers", {{first, {{"level", 3}, {"note", "ok"}}}, {second, {{"level", -1}}}}}};
  auto r = importReport(v1.dump(), c);
  REQUIRE_MESSAGE(r.ok(), (r.errors.empty() ? "" : r.errors[0].path + " " + r.errors[0].code));
  CHECK(r.value->sourceSchemaVersion == 1);
  CHECK(r.value->language == Lang::En);
  CHECK(r.value->assessment.answers.at(first).level == 3);
  CHECK(r.value->assessment.answers.at(first).note == "ok");
  CHECK(r.value->assessment.answers.at(second).notApplicable);
  CHECK_FALSE(r.value->assessment.answers.at(second).level);
  CHECK(r.value->assessment.profileText("name") == "SEPASAR PEDAS");
}

TEST_CASE("the shipped demo report imports cleanly") {
  auto r = importReport(asset("demo-report.json"), checklist());
  REQUIRE_MESSAGE(r.ok(), (r.errors.empty() ? "" : r.errors[0].path + " " + r.errors[0].code));
  CHECK_FALSE(r.value->assessment.profileText("name").empty());
  CHECK(score(checklist(), r.value->assessment).complete);
}

TEST_CASE("file names come from the innovation name and the date") {
  CHECK(reportFileName("Si Ikan Nila", "2026-11-27") == "lestari-si-ikan-nila-2026-11-27.json");
  CHECK(reportFileName("Jarik Ma'Siti", "2026-01-05") == "lestari-jarik-ma-siti-2026-01-05.json");
  CHECK(reportFileName("  Émas  Hitam!! ", "2026-01-05") == "lestari-emas-hitam-2026-01-05.json");
  CHECK(reportFileName("", "2026-01-05") == "lestari-2026-01-05.json");
  CHECK(reportFileName("漢字", "2026-01-05") == "lestari-2026-01-05.json");
  CHECK(reportFileName(std::string(300, 'a'), "2026-01-05").size() < 90);
  // Accented Latin letters are transliterated, not dropped.
  CHECK(reportFileName(u8"\u00C1gua \u00C7ay \u011F \u00D1o\u00F1o \u00D6z", "2026-01-05") ==
        "lestari-agua-cay-g-nono-oz-2026-01-05.json");
  CHECK(reportFileName(u8"Stra\u00DFe \u00C6sir \u0152uvre \u0141\u00F3d\u017A", "2026-01-05") ==
        "lestari-strasse-aesir-oeuvre-lodz-2026-01-05.json");
  CHECK(reportFileName("Caf\xE9 broken", "2026-01-05") == "lestari-caf-broken-2026-01-05.json");
}

TEST_CASE("ISO 8601 UTC timestamps") {
  CHECK(isIsoUtcTimestamp("2026-11-27T10:00:00Z"));
  CHECK(isIsoUtcTimestamp("2026-11-27T10:00:00.123Z"));
  CHECK_FALSE(isIsoUtcTimestamp("2026-11-27 10:00:00Z"));
  CHECK_FALSE(isIsoUtcTimestamp("2026-11-27T10:00:00+07:00"));
  CHECK_FALSE(isIsoUtcTimestamp("2026-13-27T10:00:00Z"));
  CHECK_FALSE(isIsoUtcTimestamp("2026-11-27T10:00:00.Z"));
}

TEST_CASE("edits are validated and a refused edit changes nothing") {
  const Checklist& c = checklist();
  Assessment a = sample();
  const Assessment before = a;
  const std::string id = c.factors[0].indicators[0].id;
  CHECK(setLevel(a, c, "no_such_indicator", 2)->code == "unknown_indicator");
  CHECK(setLevel(a, c, id, 5)->code == "out_of_range");
  CHECK(setLevel(a, c, id, -1)->code == "out_of_range");
  CHECK(setNote(a, c, id, std::string(c.maxNoteLength + 1, 'x'))->code == "text_too_long");
  CHECK(setNote(a, c, id, "\xC3\x28")->code == "invalid_utf8");
  CHECK(setProfileValue(a, c, "nope", "x")->code == "unknown_field");
  CHECK(setProfileValue(a, c, "stage", "finished")->code == "unknown_option");
  CHECK(setProfileValue(a, c, "startYear", "2020")->code == "wrong_type");
  CHECK(setProfileValue(a, c, "startYear", 1800)->code == "out_of_range");
  CHECK(setProfileValue(a, c, "name", "two\nlines")->code == "single_line");
  CHECK(a == before);
}

TEST_CASE("a level clears not-applicable and not-applicable clears the level") {
  const Checklist& c = checklist();
  const std::string id = c.factors[2].indicators[1].id;
  Assessment a;
  setLevel(a, c, id, 3);
  setNotApplicable(a, c, id, true);
  CHECK_FALSE(a.answers.at(id).level);
  setLevel(a, c, id, 1);
  CHECK_FALSE(a.answers.at(id).notApplicable);
  setLevel(a, c, id, std::nullopt);
  CHECK(a.answers.count(id) == 0);  // nothing left to keep
}

TEST_CASE("pasted line breaks: kept as newlines in notes, spaces in one-line fields") {
  const std::string in = "a\r\nb\rc\nd\xE2\x80\xA8" "e\xE2\x80\xA9" "f";
  CHECK(normalizeLineBreaks(in, true) == "a\nb\nc\nd\ne\nf");
  CHECK(normalizeLineBreaks(in, false) == "a b c d e f");
  CHECK_FALSE(hasLineBreak(normalizeLineBreaks(in, false)));
  CHECK(normalizeLineBreaks("\xC3\xA9\xE2\x80\x94", false) == "\xC3\xA9\xE2\x80\x94");  // other characters untouched
}
