// Lestari's own strict JSON parser (src/core/json/strict_json.cpp) against
// nlohmann's parser as the reference: every text either both accept, with
// the same document, or both refuse; the only texts Lestari refuses and the
// reference accepts are the ones its strict rules name (a duplicate key, a
// limit). Then the same for every one-character change of a real report,
// and a report read with its derived parts for their shape only.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "helpers.h"
#include "core/report/report.h"
#include "core/json/strict_json.h"

using namespace lestari;
using namespace lestari::test;

namespace {

// The reference's verdict: the document, or discarded when the text is not JSON.
Json reference(const std::string& text) { return Json::parse(text, nullptr, false); }

bool strictOnly(const std::string& code) {
  for (const char* c : {"duplicate_key", "too_deep", "string_too_long", "array_too_long", "too_many_keys", "key_too_long", "too_many_values"})
    if (code == c) return true;
  return false;
}

// Same verdict, same document.
void agrees(const std::string& text) {
  CAPTURE(text);
  auto mine = parseStrictJson(text);
  Json ref = reference(text);
  if (ref.is_discarded()) {
    CHECK_FALSE(mine.ok());  // (a strict rule may refuse it first: a duplicate key before the broken part)
  } else if (mine.ok()) {
    CHECK(*mine.value == ref);
    CHECK(mine.value->dump() == ref.dump());  // the same kinds of number too (1 and 1.0 differ here)
  } else {
    CHECK(strictOnly(mine.errors[0].code));
  }
}

std::string report() {
  const Checklist& c = checklist();
  Assessment a;
  setProfileValue(a, c, "name", "Layanan \"Cepat\" \xF0\x9F\x98\x80 \\ Kota");
  int k = 0;
  for (const auto& f : c.factors)
    for (const auto& i : f.indicators) {
      if (++k % 5 == 0) setNotApplicable(a, c, i.id, true);
      else setLevel(a, c, i.id, k % 5);
      setNote(a, c, i.id, k % 3 ? "" : "Bukti:\tSK\nbaris \xE2\x80\xA8 dua");
    }
  return exportReport(c, translations(), a, Lang::Id, "2026-11-27T10:00:00Z");
}

}  // namespace

TEST_CASE("the strict parser reads what the reference reads, and refuses what it refuses") {
  const std::vector<std::string> texts = {
      "0", "-0", "1", "-1", "1.5", "-1.5e3", "1E+2", "1e-2", "0.0", "18446744073709551615", "18446744073709551616",
      "-9223372036854775808", "-9223372036854775809", "1e308", "1e309", "-1e400", "123456789012345678901234567890",
      "true", "false", "null", "\"\"", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", "\"\\u00e9\\u20AC\\ud83d\\ude00\"", "\"\\u0000\"",
      "[]", "{}", "[1,2,[3,{\"a\":[]}]]", "{\"a\":{\"b\":{\"c\":null}}}", " \t\r\n[ 1 , 2 ] \n",
      "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10}",
      // refused by both
      "01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "--1", "1.5.2", "tru", "truex", "nul", "nulll", "True", "NaN",
      "Infinity", "[1,]", "[,1]", "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}", "[1 2]", "[", "]", "{",
      "\"abc", "\"a\\x\"", "\"a\\u12\"", "\"a\\u12G4\"", "\"tab\there\"", "\"line\nbreak\"", "[1]]", "{} {}", "1 2",
      "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83d\\u0041\"", "\"\\ud83dx\"", "/* c */ 1", "[1]//",
      // refused by Lestari only
      "{\"a\":1,\"a\":2}", "{\"x\":{\"k\":1,\"k\":1}}",
      // decimals made without strtod (at most 15 digits) and those just past it
      "62.5", "-0.0", "0.1", "0.3", "-33.3", "99.99999999999999", "123456789012345", "-123456789012345",
      "1234567890123456", "9007199254740993", "12345678901234.5", "1234567890123.456", "0.00000000000001",
      "0.000000000000001", "[62.5, 78.0, 85.0, 33.3, 0.7]",
  };
  for (const std::string& t : texts) agrees(t);
  // A string's end, an escape or a control character at every place in a
  // word of eight, after every length of indentation.
  for (std::size_t n = 0; n < 18; ++n) {
    const std::string run(n, 'a'), indent(n, ' ');
    agrees("\"" + run + "\"");
    agrees("[" + indent + "\"" + run + "\\n" + run + "\"" + indent + "]");
    agrees("{\n" + indent + "\"" + run + "\": \"" + run + "\t\"}");
    agrees("[\n" + indent + "1,\r\n" + indent + "\t" + indent + "2\n" + indent + "]");
  }
}

TEST_CASE("every one-character change of a report: the parser agrees with the reference") {
  const std::string text = parseOwnJson(report()).dump();  // compact: every byte a token's
  const std::string swaps = "{}[]\",:\\ 0-e.tnu\x01";
  std::size_t checked = 0;
  // Every 23rd byte, each changed to every character JSON gives a
  // meaning, and removed: about 7,000 texts, near every kind of token.
  for (std::size_t i = 0; i < text.size(); i += 23) {
    for (char c : swaps) {
      std::string t = text;
      t[i] = c;
      if (findInvalidUtf8(t) != std::string::npos) continue;  // not JSON's question
      agrees(t);
      ++checked;
    }
    agrees(text.substr(0, i) + text.substr(i + 1));
  }
  CHECK(checked > 4000);
}

TEST_CASE("parts read for their shape only: checked in full, kept empty, everything else the same") {
  const std::string text = report();
  const std::initializer_list<std::string_view> shapeOnly = {"recommendations", "method"};
  auto full = parseStrictJson(text);
  auto shaped = parseStrictJson(text, {}, shapeOnly);
  REQUIRE(full.ok());
  REQUIRE(shaped.ok());
  Json expected = *full.value;
  REQUIRE(expected["recommendations"].size() > 0);
  expected["recommendations"] = Json::array();
  expected["method"] = Json::object();
  CHECK(*shaped.value == expected);

  // A fault inside a part read for its shape is found as in a full read, at the same place.
  const std::size_t at = text.find("\"recommendations\"");
  const std::size_t inner = text.find("\"indicator\"", at);
  REQUIRE(inner != std::string::npos);
  std::vector<std::string> damaged = {
      text.substr(0, inner) + "\"indicator\": 1, " + text.substr(inner),                // duplicate key
      text.substr(0, inner) + "\"x\": tru, " + text.substr(inner),                      // broken literal
      text.substr(0, inner) + "\"x\": 1e999, " + text.substr(inner),                    // a number past a double
      text.substr(0, inner) + "\"x\": \"\\ud83d\", " + text.substr(inner),               // half a UTF-16 pair
      text.substr(0, inner) + "\"x\": \"" + std::string(70000, 'a') + "\", " + text.substr(inner),  // too long
      text.substr(0, inner) + "\"x\": [[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]], " + text.substr(inner),  // too deep
  };
  for (const std::string& t : damaged) {
    auto a = parseStrictJson(t), b = parseStrictJson(t, {}, shapeOnly);
    REQUIRE_FALSE(a.ok());
    REQUIRE_FALSE(b.ok());
    CHECK(a.errors[0].code == b.errors[0].code);
    CHECK(a.errors[0].path == b.errors[0].path);
    CHECK(a.errors[0].args == b.errors[0].args);
  }
  // Its kind is kept: a report whose recommendations are not a list is still told so.
  std::string wrongKind = text;
  wrongKind.replace(wrongKind.find('[', at), 1, "{\"a\": 1, \"b\": [");
  wrongKind.insert(wrongKind.find("\n  ]", at) + 4, "}");
  auto r = importReport(wrongKind, checklist());
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].path == "$.recommendations");
  CHECK(r.errors[0].code == "wrong_type");
}

TEST_CASE("an error in a key is the object's, whatever came before: read in full or for its shape, at any depth") {
  // The keys of an object read for its shape are kept one after another in
  // one buffer, which grows as the next key is read; a path made from the
  // last key after that growth read freed memory (AddressSanitizer:
  // heap-use-after-free in pathOf). Keys of every length before the broken
  // one, so that the buffer grows at every place.
  const std::vector<std::string> broken = {"\"x\\ud800\"", "\"\\udc00\"", "\"x\\ud83d\\u0041\""};
  for (const bool shape : {true, false})
    for (int depth = 1; depth <= 4; ++depth)
      for (const std::size_t length : {1u, 7u, 8u, 15u, 16u, 17u, 26u, 31u, 32u, 33u, 64u, 100u, 128u})
        for (const std::string& bad : broken) {
          std::string open, close, path = "$.method";
          for (int d = 1; d < depth; ++d) open += "{\"k" + std::to_string(d) + "\":", close += "}", path += ".k" + std::to_string(d);
          const std::string text = "{\"method\":" + open + "{\"" + std::string(length, 'a') + "\":1," + bad + ":2}" + close + "}";
          CAPTURE(text);
          auto r = shape ? parseStrictJson(text, {}, {"method"}) : parseStrictJson(text);
          REQUIRE_FALSE(r.ok());
          CHECK(r.errors[0].code == "invalid_utf8");
          CHECK(r.errors[0].path == path);  // the object holding the broken key, never the key before it
        }
  // The case the probe found, and an error after a key is still that key's.
  auto probe = parseStrictJson(R"({"method":{"abcdefghijklmnopqrstuvwxyz":1,"x\ud800"}})", {}, {"method"});
  REQUIRE_FALSE(probe.ok());
  CHECK(probe.errors[0].path == "$.method");
  auto value = parseStrictJson(R"({"method":{"abcdefghijklmnopqrstuvwxyz":"x\ud800"}})", {}, {"method"});
  REQUIRE_FALSE(value.ok());
  CHECK(value.errors[0].path == "$.method.abcdefghijklmnopqrstuvwxyz");
  // Through the report reader, as the page reads a file.
  auto imported = importReport(R"({"method":{"abcdefghijklmnopqrstuvwxyz":1,"x\ud800"}})", checklist());
  REQUIRE_FALSE(imported.ok());
  CHECK(imported.errors[0].path == "$.method");
}
