// Strict import: each malformed input is refused with the expected error at
// the expected JSON path, and never throws.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>

#include "helpers.h"
#include "core/report/report.h"
#include "core/model/scoring.h"
#include "core/base/size_limits.h"
#include "core/json/strict_json.h"

using namespace lestari;
using namespace lestari::test;
using json = Json;

namespace {

json validReport() {
  const Checklist& c = checklist();
  Assessment a;
  setProfileValue(a, c, "name", "Jarik Ma'Siti");
  for (const auto& f : c.factors)
    for (const auto& i : f.indicators) setLevel(a, c, i.id, 2);
  return json::parse(exportReport(c, translations(), a, Lang::Id, "2026-11-27T10:00:00Z"));
}

const std::string& firstId() { return checklist().factors[0].indicators[0].id; }
json validAction(const std::string& indicator) {
  return {{"indicator", indicator}, {"action", "Susun SOP"}, {"pic", "Budi"}, {"due", "2027-01-31"}, {"status", "in_progress"}, {"note", ""}};
}

struct Case {
  const char* name;
  std::function<std::string()> input;
  const char* path;
  const char* code;
};

std::function<std::string()> mutate(std::function<void(json&)> f) {
  return [f] {
    json d = validReport();
    f(d);
    return d.dump();
  };
}
std::function<std::string()> raw(std::string s) {
  return [s] { return s; };
}

}  // namespace

TEST_CASE("malformed reports are refused with a precise error") {
  const std::string ind0 = checklist().factors[0].indicators[0].id;
  const std::vector<Case> cases = {
      // text level
      {"empty text", raw(""), "$", "empty"},
      {"only spaces", raw("  \n\t "), "$", "empty"},
      {"not json", raw("hello"), "$", "invalid_json"},
      {"truncated", [] { std::string s = validReport().dump(); return s.substr(0, s.size() / 2); }, "$", "invalid_json"},
      {"trailing garbage", [] { return validReport().dump() + " x"; }, "$", "invalid_json"},
      {"trailing comma", raw(R"({"schema": "lestari.readiness-report",})"), "$", "invalid_json"},
      {"comments", raw("// report\n{}"), "$", "invalid_json"},
      {"single quotes", raw("{'schema': 1}"), "$", "invalid_json"},
      {"NaN literal", raw(R"({"schemaVersion": NaN})"), "$", "invalid_json"},
      {"invalid utf-8 byte", raw("{\"schema\": \"\xFF\"}"), "$", "invalid_utf8"},
      {"overlong utf-8", raw("{\"schema\": \"\xC0\xAF\"}"), "$", "invalid_utf8"},
      {"utf-16 surrogate in utf-8", raw("{\"schema\": \"\xED\xA0\x80\"}"), "$", "invalid_utf8"},
      {"cut multibyte char", raw("{\"schema\": \"\xE2\x82\"}"), "$", "invalid_utf8"},
      {"too large", [] { return std::string(5 * 1024 * 1024 + 1, ' '); }, "$", "too_large"},
      {"too deep", [] { return std::string(40, '[') + std::string(40, ']'); }, "$[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]", "too_deep"},
      {"huge string", [] { return "{\"schema\": \"" + std::string(70000, 'a') + "\"}"; }, "$.schema", "string_too_long"},
      {"huge field name", [] { return "{\"" + std::string(1000000, 'k') + "\": 1}"; }, "$", "key_too_long"},
      {"too many values", [] {  // 30 lists of 1,999 numbers: each list is allowed, the total is not
         std::string list = "[" + std::string(1998 * 2, ' ') + "0]", s = "[";
         for (std::size_t k = 0; k < 1998; ++k) list[1 + 2 * k] = '0', list[2 + 2 * k] = ',';
         for (int i = 0; i < 30; ++i) s += (i ? "," : "") + list;
         return s + "]";
       }, "$", "too_many_values"},
      {"duplicate top-level key", raw(R"({"schema": "a", "schema": "b"})"), "$.schema", "duplicate_key"},
      // strict to the byte (issue 16): nothing after a NUL is ignored, one BOM only,
      // an escaped lone surrogate is a text-encoding problem
      {"NUL then garbage", [] { return validReport().dump() + std::string("\0{garbage", 9); }, "$", "invalid_json"},
      {"NUL alone at the end", [] { return validReport().dump() + std::string(1, '\0'); }, "$", "invalid_json"},
      {"NUL inside the text", [] { std::string s = validReport().dump(); s[5] = '\0'; return s; }, "$", "invalid_json"},
      {"two byte order marks", [] { return "\xEF\xBB\xBF\xEF\xBB\xBF" + validReport().dump(); }, "$", "invalid_json"},
      {"escaped lone high surrogate", [] { std::string s = validReport().dump(); s.replace(s.find("Jarik"), 5, "\\ud83d"); return s; }, "$.profile.name", "invalid_utf8"},
      {"escaped lone low surrogate", [] { std::string s = validReport().dump(); s.replace(s.find("Jarik"), 5, "\\ude00x"); return s; }, "$.profile.name", "invalid_utf8"},
      // document level
      {"array instead of object", raw("[]"), "$", "wrong_type"},
      {"string document", raw("\"report\""), "$", "wrong_type"},
      {"missing schema", mutate([](json& d) { d.erase("schema"); }), "$.schema", "missing_field"},
      {"foreign schema", mutate([](json& d) { d["schema"] = "something.else"; }), "$.schema", "foreign_schema"},
      {"schema not a string", mutate([](json& d) { d["schema"] = 7; }), "$.schema", "wrong_type"},
      {"missing schemaVersion", mutate([](json& d) { d.erase("schemaVersion"); }), "$.schemaVersion", "missing_field"},
      {"newer schemaVersion", mutate([](json& d) { d["schemaVersion"] = 99; }), "$.schemaVersion", "newer_version"},
      {"schemaVersion zero", mutate([](json& d) { d["schemaVersion"] = 0; }), "$.schemaVersion", "out_of_range"},
      {"schemaVersion fractional", mutate([](json& d) { d["schemaVersion"] = 1.5; }), "$.schemaVersion", "not_integer"},
      {"schemaVersion as string", mutate([](json& d) { d["schemaVersion"] = "2"; }), "$.schemaVersion", "wrong_type"},
      {"unknown top-level field", mutate([](json& d) { d["extra"] = true; }), "$.extra", "unknown_field"},
      {"missing generatedAt", mutate([](json& d) { d.erase("generatedAt"); }), "$.generatedAt", "missing_field"},
      {"bad generatedAt", mutate([](json& d) { d["generatedAt"] = "yesterday"; }), "$.generatedAt", "bad_timestamp"},
      {"generatedAt on 30 February", mutate([](json& d) { d["generatedAt"] = "2026-02-30T08:00:00Z"; }), "$.generatedAt", "bad_timestamp"},
      {"generatedAt on 29 February of a common year", mutate([](json& d) { d["generatedAt"] = "2027-02-29T08:00:00Z"; }), "$.generatedAt", "bad_timestamp"},
      {"generatedAt 31 April", mutate([](json& d) { d["generatedAt"] = "2026-04-31T08:00:00Z"; }), "$.generatedAt", "bad_timestamp"},
      {"generatedAt leap second", mutate([](json& d) { d["generatedAt"] = "2026-12-31T23:59:60Z"; }), "$.generatedAt", "bad_timestamp"},
      {"generatedAt month 13", mutate([](json& d) { d["generatedAt"] = "2026-13-01T08:00:00Z"; }), "$.generatedAt", "bad_timestamp"},
      {"version 2 with actions", mutate([](json& d) { d["schemaVersion"] = 2; d["actions"] = json::array({validAction(firstId())}); }), "$.actions", "unknown_field"},
      {"version 2 with empty actions", mutate([](json& d) { d["schemaVersion"] = 2; }), "$.actions", "unknown_field"},
      {"newer checklist version", mutate([](json& d) { d["checklist"]["version"] = "9.0.0"; }), "$.checklist.version", "newer_checklist"},
      {"markup as checklist version", mutate([](json& d) { d["checklist"]["version"] = "<b>1</b>"; }), "$.checklist.version", "bad_checklist_version"},
      {"checklist version with leading zero", mutate([](json& d) { d["checklist"]["version"] = "01.0.0"; }), "$.checklist.version", "bad_checklist_version"},
      {"checklist version with a tail", mutate([](json& d) { d["checklist"]["version"] = "1.0.0-x"; }), "$.checklist.version", "bad_checklist_version"},
      {"app not an object", mutate([](json& d) { d["app"] = "Lestari"; }), "$.app", "wrong_type"},
      {"missing app name", mutate([](json& d) { d["app"].erase("name"); }), "$.app.name", "missing_field"},
      {"unknown field in app", mutate([](json& d) { d["app"]["build"] = "x"; }), "$.app.build", "unknown_field"},
      {"missing checklist", mutate([](json& d) { d.erase("checklist"); }), "$.checklist", "missing_field"},
      {"other checklist", mutate([](json& d) { d["checklist"]["id"] = "other.list"; }), "$.checklist.id", "wrong_checklist"},
      {"unknown language", mutate([](json& d) { d["checklist"]["language"] = "fr"; }), "$.checklist.language", "unknown_language"},
      // profile
      {"profile is an array", mutate([](json& d) { d["profile"] = json::array(); }), "$.profile", "wrong_type"},
      {"unknown profile field", mutate([](json& d) { d["profile"]["budget"] = "1"; }), "$.profile.budget", "unknown_field"},
      {"profile name too long", mutate([](json& d) { d["profile"]["name"] = std::string(151, 'x'); }), "$.profile.name", "text_too_long"},
      {"profile name is a number", mutate([](json& d) { d["profile"]["name"] = 5; }), "$.profile.name", "wrong_type"},
      {"profile stage unknown", mutate([](json& d) { d["profile"]["stage"] = "finished"; }), "$.profile.stage", "unknown_option"},
      {"start year too early", mutate([](json& d) { d["profile"]["startYear"] = 1200; }), "$.profile.startYear", "out_of_range"},
      {"start year as text", mutate([](json& d) { d["profile"]["startYear"] = "2020"; }), "$.profile.startYear", "wrong_type"},
      {"start year fractional", mutate([](json& d) { d["profile"]["startYear"] = 2020.5; }), "$.profile.startYear", "not_integer"},
      {"newline in one-line field", mutate([](json& d) { d["profile"]["agency"] = "a\nb"; }), "$.profile.agency", "single_line"},
      {"CR in one-line field", mutate([](json& d) { d["profile"]["agency"] = "a\rb"; }), "$.profile.agency", "single_line"},
      {"U+2028 in one-line field", mutate([](json& d) { d["profile"]["name"] = "a\xE2\x80\xA8" "b"; }), "$.profile.name", "single_line"},
      {"U+2029 in one-line field", mutate([](json& d) { d["profile"]["region"] = "a\xE2\x80\xA9" "b"; }), "$.profile.region", "single_line"},
      {"NUL in one-line field", mutate([](json& d) { d["profile"]["name"] = std::string("a\0b", 3); }), "$.profile.name", "control_character"},
      {"BEL in one-line field", mutate([](json& d) { d["profile"]["agency"] = "a\x07" "b"; }), "$.profile.agency", "control_character"},
      {"TAB in one-line field", mutate([](json& d) { d["profile"]["agency"] = "a\tb"; }), "$.profile.agency", "control_character"},
      {"VT in one-line field", mutate([](json& d) { d["profile"]["region"] = "a\x0B" "b"; }), "$.profile.region", "control_character"},
      {"FF in one-line field", mutate([](json& d) { d["profile"]["region"] = "a\x0C" "b"; }), "$.profile.region", "control_character"},
      {"NEL in one-line field", mutate([](json& d) { d["profile"]["name"] = "a\xC2\x85" "b"; }), "$.profile.name", "control_character"},
      {"DEL in one-line field", mutate([](json& d) { d["profile"]["name"] = "a\x7F" "b"; }), "$.profile.name", "control_character"},
      // Noncharacters: XML (a workbook) cannot carry U+FFFE and U+FFFF.
      {"U+FFFE in a name", mutate([](json& d) { d["profile"]["name"] = "a\xEF\xBF\xBE" "b"; }), "$.profile.name", "control_character"},
      {"U+FFFF in an agency", mutate([](json& d) { d["profile"]["agency"] = "a\xEF\xBF\xBF"; }), "$.profile.agency", "control_character"},
      {"U+FDD0 in a region", mutate([](json& d) { d["profile"]["region"] = "\xEF\xB7\x90"; }), "$.profile.region", "control_character"},
      {"U+1FFFE in a note", mutate([](json& d) { d["answers"][0]["note"] = "a\xF0\x9F\xBF\xBE"; }), "$.answers[0].note", "control_character"},
      {"NUL in a note", mutate([](json& d) { d["answers"][0]["note"] = std::string("a\0b", 3); }), "$.answers[0].note", "control_character"},
      {"NUL in an action's pic", mutate([](json& d) { auto a = validAction(firstId()); a["pic"] = std::string("A\0", 2); d["actions"] = json::array({a}); }), "$.actions[0].pic", "control_character"},
      // answers
      {"answers missing", mutate([](json& d) { d.erase("answers"); }), "$.answers", "missing_field"},
      {"answers an object", mutate([](json& d) { d["answers"] = json::object(); }), "$.answers", "wrong_type"},
      {"answer not an object", mutate([](json& d) { d["answers"][3] = 2; }), "$.answers[3]", "wrong_type"},
      {"answer without id", mutate([](json& d) { d["answers"][1].erase("id"); }), "$.answers[1].id", "missing_field"},
      {"unknown indicator", mutate([](json& d) { d["answers"][2]["id"] = "made_up"; }), "$.answers[2].id", "unknown_indicator"},
      {"same indicator twice", mutate([](json& d) { d["answers"][4]["id"] = d["answers"][0]["id"]; }), "$.answers[4].id", "duplicate_indicator"},
      {"level 5", mutate([](json& d) { d["answers"][0]["level"] = 5; }), "$.answers[0].level", "level_out_of_range"},
      {"level -1", mutate([](json& d) { d["answers"][6]["level"] = -1; }), "$.answers[6].level", "level_out_of_range"},
      {"level 2.5", mutate([](json& d) { d["answers"][0]["level"] = 2.5; }), "$.answers[0].level", "not_integer"},
      {"level as string", mutate([](json& d) { d["answers"][0]["level"] = "3"; }), "$.answers[0].level", "wrong_type"},
      {"level as boolean", mutate([](json& d) { d["answers"][0]["level"] = true; }), "$.answers[0].level", "wrong_type"},
      {"level huge", mutate([](json& d) { d["answers"][0]["level"] = 18446744073709551615ull; }), "$.answers[0].level", "level_out_of_range"},
      {"level missing", mutate([](json& d) { d["answers"][0].erase("level"); }), "$.answers[0].level", "missing_field"},
      {"notApplicable as string", mutate([](json& d) { d["answers"][0]["notApplicable"] = "no"; }), "$.answers[0].notApplicable", "wrong_type"},
      {"level with notApplicable", mutate([](json& d) { d["answers"][0]["notApplicable"] = true; }), "$.answers[0].level", "level_with_not_applicable"},
      {"note too long", mutate([](json& d) { d["answers"][0]["note"] = std::string(4001, 'n'); }), "$.answers[0].note", "text_too_long"},
      {"note as array", mutate([](json& d) { d["answers"][0]["note"] = json::array(); }), "$.answers[0].note", "wrong_type"},
      {"unknown answer field", mutate([](json& d) { d["answers"][0]["score"] = 1; }), "$.answers[0].score", "unknown_field"},
      {"answer under wrong factor", mutate([](json& d) { d["answers"][0]["factor"] = "budget_flexibility"; }), "$.answers[0].factor", "wrong_factor"},
      // the follow-up plan (version 3)
      {"actions missing", mutate([](json& d) { d.erase("actions"); }), "$.actions", "missing_field"},
      {"actions an object", mutate([](json& d) { d["actions"] = json::object(); }), "$.actions", "wrong_type"},
      {"action unknown indicator", mutate([](json& d) { d["actions"] = json::array({validAction("made_up")}); }), "$.actions[0].indicator", "unknown_indicator"},
      {"action twice", mutate([](json& d) { d["actions"] = json::array({validAction(firstId()), validAction(firstId())}); }), "$.actions[1].indicator", "duplicate_indicator"},
      {"action bad date", mutate([](json& d) { auto a = validAction(firstId()); a["due"] = "2026-02-30"; d["actions"] = json::array({a}); }), "$.actions[0].due", "bad_date"},
      {"action date as number", mutate([](json& d) { auto a = validAction(firstId()); a["due"] = 20261231; d["actions"] = json::array({a}); }), "$.actions[0].due", "wrong_type"},
      {"action unknown status", mutate([](json& d) { auto a = validAction(firstId()); a["status"] = "finished"; d["actions"] = json::array({a}); }), "$.actions[0].status", "unknown_value"},
      {"action empty", mutate([](json& d) { auto a = validAction(firstId()); a["action"] = " "; d["actions"] = json::array({a}); }), "$.actions[0].action", "action_empty"},
      {"action pic two lines", mutate([](json& d) { auto a = validAction(firstId()); a["pic"] = "A\r\nB"; d["actions"] = json::array({a}); }), "$.actions[0].pic", "single_line"},
      {"action without status", mutate([](json& d) { auto a = validAction(firstId()); a.erase("status"); d["actions"] = json::array({a}); }), "$.actions[0].status", "missing_field"},
      {"action unknown field", mutate([](json& d) { auto a = validAction(firstId()); a["owner"] = "x"; d["actions"] = json::array({a}); }), "$.actions[0].owner", "unknown_field"},
      {"action under wrong factor", mutate([](json& d) { auto a = validAction(firstId()); a["factor"] = "budget_flexibility"; d["actions"] = json::array({a}); }), "$.actions[0].factor", "wrong_factor"},
      // derived parts
      {"factors not an array", mutate([](json& d) { d["factors"] = 1; }), "$.factors", "wrong_type"},
      {"overall not an object", mutate([](json& d) { d["overall"] = json::array(); }), "$.overall", "wrong_type"},
      {"recommendations not an array", mutate([](json& d) { d["recommendations"] = "none"; }), "$.recommendations", "wrong_type"},
      {"method not an object", mutate([](json& d) { d["method"] = nullptr; }), "$.method", "wrong_type"},
      {"overall score as text NaN", mutate([](json& d) { d["overall"]["score"] = "NaN"; }), "$.overall.score", "wrong_type"},
      {"overall score an object", mutate([](json& d) { d["overall"]["score"] = json::object(); }), "$.overall.score", "wrong_type"},
      {"overall band a number", mutate([](json& d) { d["overall"]["band"] = 3; }), "$.overall.band", "wrong_type"},
      {"factor score as text", mutate([](json& d) { d["factors"][0]["score"] = "x"; }), "$.factors[0].score", "wrong_type"},
      {"factor not an object", mutate([](json& d) { d["factors"][1] = 5; }), "$.factors[1]", "wrong_type"},
  };
  int checked = 0;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    std::string text = c.input();
    auto r = importReport(text, checklist());
    REQUIRE_FALSE(r.ok());
    REQUIRE_FALSE(r.errors.empty());
    bool found = false;
    for (const auto& e : r.errors) found = found || (e.path == c.path && e.code == c.code);
    CHECK_MESSAGE(found, c.name << ": got " << r.errors[0].path << " " << r.errors[0].code);
    for (const auto& e : r.errors) {
      CHECK_MESSAGE(translations().has("error." + e.code), e.code);
      CHECK(translations().message(e, Lang::En).find('{') == std::string::npos);  // every placeholder filled
    }
    ++checked;
  }
  CHECK(checked >= 40);
}

TEST_CASE("duplicate keys inside nested objects are found with their path") {
  std::string text = validReport().dump();
  const std::string needle = "\"profile\":{";
  auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  text.insert(at + needle.size(), "\"name\":\"first\",");
  auto r = importReport(text, checklist());
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].path == "$.profile.name");
  CHECK(r.errors[0].code == "duplicate_key");
}

// Answers are looked for first after the last one found (a file lists them in
// the checklist's order); any order, and the last indicator followed by more,
// must read the same. (The fuzzer found the look-up running past the end.)
TEST_CASE("answers in any order read the same, and the same one twice is still found") {
  json report = validReport();
  const std::size_t n = report["answers"].size();
  for (std::size_t i = 0; i < n; ++i) report["answers"][i]["level"] = static_cast<int>(i % 5);
  const auto forward = importReport(report.dump(), checklist());
  REQUIRE(forward.ok());
  json reversed = report;
  std::reverse(reversed["answers"].begin(), reversed["answers"].end());
  const auto back = importReport(reversed.dump(), checklist());
  REQUIRE(back.ok());
  CHECK(back.value->assessment.answers == forward.value->assessment.answers);
  // The last indicator, then the first again, then the last again.
  json twice = report;
  twice["answers"].push_back(report["answers"][0]);
  twice["answers"].push_back(report["answers"][n - 1]);
  const auto r = importReport(twice.dump(), checklist());
  REQUIRE_FALSE(r.ok());
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].path == "$.answers[" + std::to_string(n) + "].id");
  CHECK(r.errors[1].path == "$.answers[" + std::to_string(n + 1) + "].id");
  CHECK(r.errors[1].code == "duplicate_indicator");
}

TEST_CASE("a UTF-8 byte order mark is accepted") {
  auto r = importReport("\xEF\xBB\xBF" + validReport().dump(), checklist());
  CHECK(r.ok());
}

TEST_CASE("one integer rule: a whole number written with .0 counts as that integer everywhere") {
  json d = validReport();
  d["profile"]["startYear"] = 2021.0;
  d["answers"][0]["level"] = 3.0;
  d["schemaVersion"] = 3.0;
  auto r = importReport(d.dump(), checklist());
  REQUIRE_MESSAGE(r.ok(), (r.errors.empty() ? "" : r.errors[0].code));
  CHECK(r.value->assessment.profile.at("startYear").is_number_integer());  // kept as 2021, not 2021.0
  CHECK(r.value->assessment.profile.at("startYear").get<int>() == 2021);
  CHECK(r.value->assessment.answers.at(firstId()).level == 3);
  Assessment a;
  CHECK_FALSE(setProfileValue(a, checklist(), "startYear", 2021.0));
  CHECK(a.profile.at("startYear").dump() == "2021");
}

TEST_CASE("a report of an older checklist version is read with a warning naming both versions") {
  json d = validReport();
  d["checklist"]["version"] = "0.9.0";
  auto r = importReport(d.dump(), checklist());
  REQUIRE(r.ok());
  REQUIRE(r.value->warnings.size() == 1);
  CHECK(r.value->warnings[0].code == "older_checklist");
  std::string msg = translations().message(r.value->warnings[0], Lang::En);
  CHECK(msg.find("0.9.0") != std::string::npos);
  CHECK(msg.find(checklist().version) != std::string::npos);
  CHECK(importReport(validReport().dump(), checklist()).value->warnings.empty());  // its own version: nothing to say
}

TEST_CASE("control characters: multi-line fields keep TAB and line breaks, refuse the rest") {
  Assessment a;
  const Checklist& c = checklist();
  CHECK_FALSE(setNote(a, c, firstId(), "kolom\tdua\nbaris\r\ntiga"));
  CHECK(setNote(a, c, firstId(), std::string("a\0", 2))->code == "control_character");
  CHECK(setNote(a, c, firstId(), "bell\x07")->args[0] == "U+0007");
  CHECK(setProfileValue(a, c, "name", "a\tb")->code == "control_character");
  CHECK_FALSE(setProfileValue(a, c, "name", "Rapat \xF0\x9F\x98\x80 OK"));  // an emoji is text, not a control
}

TEST_CASE("invalid JSON reports line and column") {
  auto r = importReport("{\n  \"schema\": tru\n}", checklist());
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].code == "invalid_json");
  REQUIRE(r.errors[0].args.size() == 2);
  CHECK(r.errors[0].args[0] == "2");
}

TEST_CASE("several problems are all reported in one pass") {
  json d = validReport();
  d["answers"][0]["level"] = 9;
  d["profile"]["stage"] = "x";
  d["checklist"]["language"] = "de";
  auto r = importReport(d.dump(), checklist());
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors.size() == 3);
}

TEST_CASE("a hostile file gets short messages and at most 50 listed errors") {
  // A field name of a million characters is refused, and never echoed in full.
  auto big = importReport("{\"" + std::string(1000000, 'k') + "\": 1}", checklist());
  REQUIRE_FALSE(big.ok());
  REQUIRE(big.errors.size() == 1);
  CHECK(big.errors[0].code == "key_too_long");
  CHECK(translations().message(big.errors[0], Lang::Id).size() < 300);
  CHECK(big.errors[0].path.size() < 100);

  // 2,000 answers with 20 unknown fields each: 42,000 problems, 50 listed, the rest counted.
  json d = validReport();
  json answers = json::array();
  for (int i = 0; i < 2000; ++i) {
    json a = json::object();
    for (int k = 0; k < 20; ++k) a["x" + std::to_string(k)] = 0;
    answers.push_back(a);
  }
  d["answers"] = answers;
  auto many = importReport(d.dump(), checklist());
  REQUIRE_FALSE(many.ok());
  REQUIRE(many.errors.size() == 51);
  CHECK(many.errors.back().code == "more_errors");
  const std::size_t listed = 50;
  std::size_t total = listed + std::stoul(many.errors.back().args.at(0));
  CHECK(total == 2000 * 21);  // 20 unknown fields and a missing id per answer
  CHECK(translations().message(many.errors.back(), Lang::En) == "… and " + many.errors.back().args[0] + " more problems.");

  // A long foreign value is echoed short.
  json foreign = validReport();
  foreign["schema"] = std::string(190, 'z');
  auto f = importReport(foreign.dump(), checklist());
  REQUIRE_FALSE(f.ok());
  CHECK(f.errors[0].code == "foreign_schema");
  CHECK(translations().message(f.errors[0], Lang::En).size() < 200);
}

TEST_CASE("text that is not UTF-8: the byte position and what the file seems to be") {
  auto code = [](const std::string& text) {
    auto r = importReport(text, checklist());
    REQUIRE_FALSE(r.ok());
    return r.errors[0].code + "@" + r.errors[0].args.at(0);
  };
  // Latin-1 "café": the é is the file's 16th byte.
  CHECK(code("{\"schema\": \"caf\xE9\"}") == "invalid_utf8@16");
  // The byte order mark counts: positions are the file's own.
  CHECK(code("\xEF\xBB\xBF{\"a\": \"\xFF\"}") == "invalid_utf8@11");
  // UTF-16 with and without a byte order mark.
  std::string utf16 = "\xFF\xFE";
  for (char ch : std::string("{\"schema\": 1}")) utf16 += std::string(1, ch) + std::string(1, '\0');
  CHECK(code(utf16) == "invalid_utf8_utf16@1");
  CHECK(code(utf16.substr(2) + "\xE9") == "invalid_utf8_utf16@27");
  // Bytes that are not text and of no kind known: binary, at the first bad byte.
  CHECK(code(std::string("\x01\x02\0\x03", 4) + "\x9A\x90") == "invalid_utf8_binary@5");
  for (const char* c : {"invalid_utf8", "invalid_utf8_utf16", "invalid_utf8_binary"}) {
    std::string m = translations().message(Error{"$", c, {"7"}}, Lang::Id);
    CHECK(m.find("7") != std::string::npos);
  }
}

TEST_CASE("a file of another kind dropped by mistake is named for what it is, even where its bytes are all ASCII") {
  auto kind = [](const std::string& bytes) {
    auto r = importReport(bytes, checklist());
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "$");
    return r.errors[0].code;
  };
  // A zip's parts are named in their headers: the first ones say what the file is.
  auto zip = [](const std::string& part) { return std::string("PK\x03\x04\x14\0\x06\0", 8) + "[Content_Types].xml\x9A\x90PK\x03\x04" + part + "\xFF"; };
  CHECK(kind(zip("word/document.xml")) == "foreign_word");
  CHECK(kind(zip("xl/workbook.xml")) == "foreign_excel");
  CHECK(kind(zip("ppt/presentation.xml")) == "foreign_powerpoint");
  CHECK(kind(std::string("PK\x03\x04", 4) + "mimetypeapplication/vnd.oasis.opendocument.text") == "foreign_word");
  CHECK(kind(std::string("PK\x03\x04", 4) + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet") == "foreign_excel");
  CHECK(kind(zip("laporan/peserta-1.json")) == "foreign_zip");
  CHECK(kind("%PDF-1.4\n1 0 obj << >> endobj\n") == "foreign_pdf");  // ASCII throughout: still a PDF, not broken JSON
  CHECK(kind("%PDF-1.7\n\xE2\xE3\xCF\xD3\n") == "foreign_pdf");
  CHECK(kind(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) == "foreign_office");
  CHECK(kind(std::string("\x89PNG\r\n\x1A\n", 8)) == "foreign_image");
  CHECK(kind(std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)) == "foreign_image");
  CHECK(kind(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)) == "foreign_image");
  CHECK(kind(std::string("\0\0\0\x18" "ftypheic", 12)) == "foreign_image");
  // Said plainly in both languages, as the issue's trainer would want.
  CHECK(translations().message(Error{"$", "foreign_word", {}}, Lang::Id).rfind("Bukan laporan Lestari: berkas Word?", 0) == 0);
  CHECK(translations().message(Error{"$", "foreign_word", {}}, Lang::En).rfind("Not a Lestari report: a Word file?", 0) == 0);
  // A report whose text merely mentions those names is still read.
  Assessment a;
  setProfileValue(a, checklist(), "name", "PK word/ xl/ %PDF");
  CHECK(importReport(exportReport(checklist(), translations(), a, Lang::Id, "2026-12-07T00:00:00Z"), checklist()).ok());
}

TEST_CASE("version 1 reports: wrongly typed answers are refused at their own paths") {
  const Checklist& c = checklist();
  const std::string a = c.factors[0].indicators[0].id, b = c.factors[0].indicators[1].id;
  auto v1 = [&](json answers, json language = "id") {
    json d = {{"schema", kReportSchemaId}, {"schemaVersion", 1}, {"generatedAt", "2025-01-02T03:04:05Z"},
              {"app", {{"name", "Lestari"}, {"version", "0.0.1"}}}, {"checklist", {{"id", c.id}, {"version", "0.9.0"}}},
              {"language", language}, {"profile", json::object()}, {"answers", answers}};
    return importReport(d.dump(), c);
  };
  auto has = [](const Result<ImportedReport>& r, const std::string& path, const std::string& code) {
    for (const auto& e : r.errors)
      if (e.path == path && e.code == code) return true;
    return false;
  };
  auto s = v1({{a, "3"}});
  CHECK_FALSE(s.ok());
  CHECK(has(s, "$.answers." + a, "wrong_type"));
  auto arr = v1({{a, {{"level", json::array({3})}}}});
  CHECK(has(arr, "$.answers." + a + ".level", "wrong_type"));
  auto str = v1({{a, {{"level", "3"}}}, {b, {{"level", 2}}}});
  CHECK(has(str, "$.answers." + a + ".level", "wrong_type"));
  CHECK(str.errors.size() == 1);
  CHECK(has(v1({{a, {{"level", 7}}}}), "$.answers." + a + ".level", "level_out_of_range"));
  CHECK(has(v1({{a, {{"level", 2.5}}}}), "$.answers." + a + ".level", "not_integer"));
  CHECK(has(v1({{a, {{"note", 12}}}}), "$.answers." + a + ".note", "wrong_type"));
  CHECK(has(v1({{a, {{"level", 1}, {"score", 1}}}}), "$.answers." + a + ".score", "unknown_field"));
  CHECK(has(v1({{"made_up", {{"level", 1}}}}), "$.answers.made_up", "unknown_indicator"));
  CHECK(has(v1(json::array()), "$.answers", "wrong_type"));
  CHECK(has(v1({{a, {{"level", 1}}}}, "fr"), "$.language", "unknown_language"));
  // and a well-formed one still imports
  auto good = v1({{a, {{"level", 4}, {"note", "x"}}}, {b, {{"level", -1}}}});
  REQUIRE(good.ok());
  CHECK(good.value->assessment.answers.at(a).level == 4);
  CHECK(good.value->assessment.answers.at(b).notApplicable);
}

TEST_CASE("hand-edited scores: import succeeds on the answers, and says what changed") {
  json d = validReport();  // every indicator at level 2: 50.0, Bertumbuh
  auto same = importReport(d.dump(), checklist());
  REQUIRE(same.ok());
  CHECK_FALSE(same.value->recalculated);

  json edited = d;
  edited["overall"]["score"] = 99.9;
  edited["overall"]["band"] = "lestari";
  auto r = importReport(edited.dump(), checklist());
  REQUIRE(r.ok());
  REQUIRE(r.value->recalculated);
  CHECK(r.value->recalculated->overallDiffers);
  CHECK(*r.value->recalculated->score == doctest::Approx(99.9));
  CHECK(r.value->recalculated->band == "lestari");
  CHECK(score(checklist(), r.value->assessment).overall == doctest::Approx(50.0));

  json factorOnly = d;
  factorOnly["factors"][2]["score"] = 75;
  auto f = importReport(factorOnly.dump(), checklist());
  REQUIRE(f.ok());
  REQUIRE(f.value->recalculated);
  CHECK_FALSE(f.value->recalculated->overallDiffers);
  CHECK(f.value->recalculated->factor == checklist().factors[2].id);
  CHECK(*f.value->recalculated->factorScore == doctest::Approx(75));
}

// Lestari's own exports read back (state(), a room's group JSON): the same
// parser, without the limits meant for untrusted files.
TEST_CASE("parseOwnJson reads the app's own text past the file limits, and gives null for what is not JSON") {
  std::string big = "[";
  for (std::size_t i = 0; i < limits::kArrayItems + 10; ++i) big += (i ? ",1" : "1");
  big += "]";
  CHECK_FALSE(parseStrictJson(big).ok());  // an untrusted file this long is refused
  Json own = parseOwnJson(big);
  REQUIRE(own.is_array());
  CHECK(own.size() == limits::kArrayItems + 10);
  CHECK(parseOwnJson(R"({"b":1,"a":[true,"x"]})").dump() == R"({"b":1,"a":[true,"x"]})");  // order kept
  CHECK(parseOwnJson("{\"a\":").is_null());
  CHECK(parseOwnJson("").is_null());
}
