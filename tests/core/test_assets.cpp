// The shipped content: loads, has the shape the brief asks for, and both
// languages are complete.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "helpers.h"
#include "core/json/strict_json.h"

using namespace lestari;
using namespace lestari::test;

TEST_CASE("checklist asset loads with the five factors in order") {
  auto r = Checklist::load(asset("checklist.json"));
  REQUIRE_MESSAGE(r.ok(), (r.errors.empty() ? "" : r.errors[0].path + " " + r.errors[0].code));
  const std::vector<std::string> expected = {"innovator_capacity", "barrier_unit", "risk_management", "data_knowledge",
                                             "budget_flexibility"};
  REQUIRE(r.value->factors.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Factor& f = r.value->factors[i];
    CHECK(f.id == expected[i]);
    CHECK(f.indicators.size() >= 5);
    CHECK(f.indicators.size() <= 8);
    for (const auto& ind : f.indicators)
      for (const auto& level : ind.levels) {
        CHECK_FALSE(level.id.empty());
        CHECK_FALSE(level.en.empty());
        CHECK(level.id != level.en);  // really translated
      }
  }
}

TEST_CASE("profile fields cover the brief") {
  for (const char* id : {"name", "agency", "unit", "region", "stage", "startYear", "kippResult", "replication", "contact"})
    CHECK_MESSAGE(checklist().field(id) != nullptr, id);
  const ProfileField* stage = checklist().field("stage");
  REQUIRE(stage);
  CHECK(stage->options.size() == 3);
}

TEST_CASE("strings: every error code used by the core has a message in both languages") {
  for (const char* code : {"too_large", "empty", "invalid_utf8", "invalid_json", "too_deep", "string_too_long",
                           "array_too_long", "too_many_keys", "duplicate_key", "missing_field", "wrong_type",
                           "text_too_long", "not_integer", "out_of_range", "unknown_field", "foreign_schema",
                           "newer_version", "unknown_version", "bad_timestamp", "wrong_checklist", "unknown_language",
                           "unknown_indicator", "duplicate_indicator", "wrong_factor", "level_out_of_range",
                           "level_with_not_applicable", "single_line", "unknown_option", "key_too_long", "too_many_values",
                           "more_errors", "invalid_utf8_utf16", "invalid_utf8_binary", "damaged_table", "control_character",
                           "foreign_word", "foreign_excel", "foreign_powerpoint", "foreign_office", "foreign_pdf",
                           "foreign_image", "foreign_zip",
                           "bad_checklist_version", "newer_checklist", "older_checklist",
                           "share_code_damaged", "share_code_checklist", "share_code_version", "expected_decreasing"}) {
    std::string key = std::string("error.") + code;
    CHECK_MESSAGE(translations().has(key), key);
    CHECK(translations().get(key, Lang::Id) != translations().get(key, Lang::En));
  }
}

TEST_CASE("strings: a translation missing in one language is refused") {
  auto r = Translations::load(R"({"id": {"a": "satu", "b": "dua"}, "en": {"a": "one"}})");
  REQUIRE_FALSE(r.ok());
  CHECK(r.errors[0].path == "$.en.b");
}

TEST_CASE("placeholders are filled and unknown ones stay visible") {
  CHECK(fillPlaceholders("{0} of {1}", {"3", "5"}) == "3 of 5");
  CHECK(fillPlaceholders("{2} {x}", {"a"}) == "{2} {x}");
}

namespace {
std::vector<std::pair<unsigned, unsigned>> fontRanges() {
  std::vector<std::pair<unsigned, unsigned>> ranges;
  std::istringstream in(asset("font-ranges.txt"));
  std::string line;
  while (std::getline(in, line)) {
    unsigned a = 0, b = 0;
    if (!line.empty() && line[0] != '#' && std::sscanf(line.c_str(), "%x-%x", &a, &b) == 2) ranges.push_back({a, b});
  }
  return ranges;
}
bool inFont(unsigned cp) {
  static const auto ranges = fontRanges();
  for (auto& r : ranges)
    if (cp >= r.first && cp <= r.second) return true;
  return false;
}
}  // namespace

// Characters the UI writes as escapes in its C++ sources ("\xE2\x80\xBA")
// must be in the font too, or they show as "?".
TEST_CASE("escaped characters in the UI sources are inside the font ranges") {
  std::vector<std::string> files;  // every UI source, the screens' included
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(LESTARI_SOURCE_DIR) + "/src/ui"))
    if (entry.path().extension() == ".cpp") files.push_back(entry.path().string());
  REQUIRE(files.size() > 10);
  for (const std::string& file : files) {
    std::string src = readFile(file);
    REQUIRE_FALSE(src.empty());
    for (std::size_t i = 0; (i = src.find("\\x", i)) != std::string::npos;) {
      std::string bytes;
      while (i + 3 < src.size() && src.compare(i, 2, "\\x") == 0) {
        bytes += static_cast<char>(std::stoi(src.substr(i + 2, 2), nullptr, 16));
        i += 4;
      }
      unsigned char c = static_cast<unsigned char>(bytes[0]);
      int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      for (std::size_t k = 0; k + static_cast<std::size_t>(len) <= bytes.size(); k += static_cast<std::size_t>(len)) {
        unsigned cp = static_cast<unsigned char>(bytes[k]) & (0xFF >> (len + 1));
        for (int j = 1; j < len; ++j) cp = (cp << 6) | (static_cast<unsigned char>(bytes[k + j]) & 0x3F);
        CHECK_MESSAGE(inFont(cp), file << ": U+" << std::hex << cp);
      }
    }
  }
}

// Every character the interface can show must be in the subset font.
TEST_CASE("every character in the assets is inside the font ranges") {
  std::vector<std::pair<unsigned, unsigned>> ranges;
  std::istringstream in(asset("font-ranges.txt"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    unsigned a = 0, b = 0;
    REQUIRE(std::sscanf(line.c_str(), "%x-%x", &a, &b) == 2);
    ranges.push_back({a, b});
  }
  REQUIRE_FALSE(ranges.empty());
  for (const char* file : {"checklist.json", "strings.json", "demo-report.json"}) {
    std::string text = asset(file);
    REQUIRE(findInvalidUtf8(text) == std::string::npos);
    std::set<unsigned> missing;
    for (std::size_t i = 0; i < text.size();) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      unsigned cp;
      int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      cp = len == 1 ? c : (c & (0xFF >> (len + 1)));
      for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      i += static_cast<std::size_t>(len);
      if (cp == '\n' || cp == '\r' || cp == '\t') continue;
      bool in_range = false;
      for (auto& r : ranges) in_range = in_range || (cp >= r.first && cp <= r.second);
      if (!in_range) missing.insert(cp);
    }
    for (unsigned cp : missing) FAIL_CHECK(file << ": U+" << std::hex << cp << " not in font-ranges.txt");
  }
}
