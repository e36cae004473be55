// The pre-parsed tables the browser starts from (scripts/build/make_tables.py,
// src/core/model/asset_tables.cpp) hold exactly what the JSON assets hold, and a
// damaged table is refused without reading past its end.
#include <doctest/doctest.h>

#include "helpers.h"

using namespace lestari;
using namespace lestari::test;

namespace {

std::string table(const char* name) { return readFile(std::string(LESTARI_GENERATED_DIR) + "/" + name); }

void same(const Text& a, const Text& b, const std::string& where) {
  CHECK_MESSAGE(a.id == b.id, where);
  CHECK_MESSAGE(a.en == b.en, where);
}

}  // namespace

TEST_CASE("the checklist table holds exactly the checklist JSON") {
  auto fromJson = Checklist::load(asset("checklist.json"));
  auto fromTable = Checklist::fromTable(table("checklist.table"));
  REQUIRE(fromJson.ok());
  REQUIRE_MESSAGE(fromTable.ok(), (fromTable.errors.empty() ? "" : fromTable.errors[0].code));
  const Checklist& a = *fromJson.value;
  const Checklist& b = *fromTable.value;
  CHECK(a.id == b.id);
  CHECK(a.version == b.version);
  same(a.title, b.title, "title");
  for (int i = 0; i <= kMaxLevel; ++i) same(a.levelNames[i], b.levelNames[i], "levelNames");
  CHECK(a.weakestLinkThreshold == b.weakestLinkThreshold);
  CHECK(a.weakestLinkCapBand == b.weakestLinkCapBand);
  CHECK(a.maxNoteLength == b.maxNoteLength);
  CHECK(a.actionMaxLength == b.actionMaxLength);
  CHECK(a.picMaxLength == b.picMaxLength);
  CHECK(a.actionNoteMaxLength == b.actionNoteMaxLength);

  REQUIRE(a.bands.size() == b.bands.size());
  for (std::size_t i = 0; i < a.bands.size(); ++i) {
    CHECK(a.bands[i].id == b.bands[i].id);
    CHECK(a.bands[i].min == b.bands[i].min);
    same(a.bands[i].label, b.bands[i].label, a.bands[i].id);
    same(a.bands[i].description, b.bands[i].description, a.bands[i].id);
  }

  REQUIRE(a.profile.size() == b.profile.size());
  for (std::size_t i = 0; i < a.profile.size(); ++i) {
    const ProfileField& x = a.profile[i];
    const ProfileField& y = b.profile[i];
    CHECK(x.id == y.id);
    CHECK(x.type == y.type);
    same(x.label, y.label, x.id);
    same(x.help, y.help, x.id);
    CHECK(x.maxLength == y.maxLength);
    CHECK(x.min == y.min);
    CHECK(x.max == y.max);
    REQUIRE(x.options.size() == y.options.size());
    for (std::size_t k = 0; k < x.options.size(); ++k) {
      CHECK(x.options[k].id == y.options[k].id);
      same(x.options[k].label, y.options[k].label, x.options[k].id);
    }
  }

  REQUIRE(a.factors.size() == b.factors.size());
  for (std::size_t i = 0; i < a.factors.size(); ++i) {
    const Factor& x = a.factors[i];
    const Factor& y = b.factors[i];
    CHECK(x.id == y.id);
    same(x.title, y.title, x.id);
    same(x.shortTitle, y.shortTitle, x.id);
    same(x.description, y.description, x.id);
    CHECK(x.weight == y.weight);
    REQUIRE(x.stageReasons.size() == y.stageReasons.size());
    for (std::size_t s = 0; s < x.stageReasons.size(); ++s) same(x.stageReasons[s], y.stageReasons[s], x.id);
    REQUIRE(x.indicators.size() == y.indicators.size());
    for (std::size_t k = 0; k < x.indicators.size(); ++k) {
      const Indicator& p = x.indicators[k];
      const Indicator& q = y.indicators[k];
      CHECK(p.id == q.id);
      same(p.question, q.question, p.id);
      same(p.guidance, q.guidance, p.id);
      same(p.evidenceSufficient, q.evidenceSufficient, p.id);
      same(p.evidenceInsufficient, q.evidenceInsufficient, p.id);
      same(p.recommendation, q.recommendation, p.id);
      for (int l = 0; l <= kMaxLevel; ++l) same(p.levels[l], q.levels[l], p.id);
      CHECK(p.expected == q.expected);
    }
  }
}

TEST_CASE("the strings table holds exactly the translations JSON") {
  auto fromTable = Translations::fromTable(table("strings.table"));
  REQUIRE(fromTable.ok());
  const Translations& a = translations();
  const Translations& b = *fromTable.value;
  REQUIRE(a.keys() == b.keys());
  for (const std::string& key : a.keys()) {
    CHECK_MESSAGE(a.get(key, Lang::Id) == b.get(key, Lang::Id), key);
    CHECK_MESSAGE(a.get(key, Lang::En) == b.get(key, Lang::En), key);
  }
}

TEST_CASE("a damaged table is refused, never read past its end") {
  const std::string checklistTable = table("checklist.table");
  const std::string stringsTable = table("strings.table");
  REQUIRE(checklistTable.size() > 1000);
  REQUIRE(stringsTable.size() > 1000);

  SUBCASE("cut short anywhere") {
    for (const std::string* t : {&checklistTable, &stringsTable})
      for (std::size_t n = 0; n < t->size(); n += n < 300 ? 1 : 89) {
        std::string_view cut(t->data(), n);
        bool refused = t == &checklistTable ? !Checklist::fromTable(cut).ok() : !Translations::fromTable(cut).ok();
        CHECK_MESSAGE(refused, n);
      }
    auto r = Checklist::fromTable(std::string_view(checklistTable.data(), checklistTable.size() - 1));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].code == "damaged_table");
    CHECK(r.errors[0].args == std::vector<std::string>{"checklist"});
  }
  SUBCASE("a byte too many") {
    CHECK_FALSE(Checklist::fromTable(checklistTable + '\0').ok());
    CHECK_FALSE(Translations::fromTable(stringsTable + 'x').ok());
  }
  SUBCASE("the other table, or no table at all") {
    CHECK_FALSE(Checklist::fromTable(stringsTable).ok());
    CHECK_FALSE(Translations::fromTable(checklistTable).ok());
    CHECK_FALSE(Translations::fromTable(asset("strings.json")).ok());
  }
  SUBCASE("a count or length far past the data") {
    // "LST1", then 2^40 entries, then a few bytes: refused before any allocation.
    const std::string huge = std::string("LST1") + "\x80\x80\x80\x80\x80\x20" + "\x01" "a";
    CHECK_FALSE(Translations::fromTable(huge).ok());
    const std::string longKey = std::string("LST1") + "\x01" + "\xff\xff\xff\x0f" + "abc";
    CHECK_FALSE(Translations::fromTable(longKey).ok());
    const std::string endless = std::string("LST1") + std::string(20, '\xff');
    CHECK_FALSE(Translations::fromTable(endless).ok());
  }
  SUBCASE("a well-formed small table reads") {
    // One entry: key "a", Indonesian "satu", English "one".
    const std::string one = std::string("LST1") + "\x01" + "\x01" "a" + "\x04" "satu" + "\x03" "one";
    auto r = Translations::fromTable(one);
    REQUIRE(r.ok());
    CHECK(r.value->get("a", Lang::Id) == "satu");
    CHECK(r.value->get("a", Lang::En) == "one");
  }
}
