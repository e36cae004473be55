// The plan's target date as people type it (src/core/text/typed_date.cpp): a
// laptop's slashes, a phone's number pad (no "/" on iOS), month names in
// either language, and a date that does not exist named in words.
#include <doctest/doctest.h>

#include "helpers.h"
#include "core/text/typed_date.h"

using namespace lestari;
using namespace lestari::test;

namespace {
std::string iso(std::string_view typed) {
  const TypedDate d = readTypedDate(typed, translations());
  return d.kind == TypedDate::Kind::Date ? d.iso : "(" + std::to_string(static_cast<int>(d.kind)) + ")";
}
const std::string kUnreadable = "(3)", kNotReal = "(2)";
}  // namespace

TEST_CASE("a date from digits only, with any one separator, or with a month's name in either language") {
  for (const char* typed : {"31/03/2027", "31032027", "31-03-2027", "31.03.2027", "31 03 2027", " 31/3/2027 ", "2027-03-31",
                            "31 Maret 2027", "31 maret 2027", "31 MAR 2027", "31 Mar. 2027", "31 March 2027", "31-Mar-2027",
                            "31 Mar, 2027"})
    CHECK_MESSAGE(iso(typed) == "2027-03-31", typed);
  CHECK(iso("1/2/2027") == "2027-02-01");
  CHECK(iso(" 05 / 01 / 2027 ") == "2027-01-05");
  CHECK(iso("17 Agustus 2026") == "2026-08-17");
  CHECK(iso("17 Agu 2026") == "2026-08-17");
  CHECK(iso("17 Aug 2026") == "2026-08-17");
  CHECK(iso("1 Mei 2027") == "2027-05-01");
  CHECK(iso("1 May 2027") == "2027-05-01");
  CHECK(iso("25 Des 2026") == "2026-12-25");
  CHECK(iso("29022028") == "2028-02-29");  // a leap year
  CHECK(readTypedDate("", translations()).kind == TypedDate::Kind::Empty);
  CHECK(readTypedDate("   ", translations()).kind == TypedDate::Kind::Empty);
}

TEST_CASE("what is not a date is refused; a date that does not exist is named in words") {
  for (const char* typed : {"3103202", "310320270", "31/03", "31/03/27", "31/03-2027", "Maret 2027", "31 Ma 2027", "31 Xyz 2027",
                            "31/13/2027", "12/31/2026", "31/12/20266", "00/03/2027", "31/03/1999", "31/03/2101", "abc", "31//03/2027", "3 1/03/2027"})
    CHECK_MESSAGE(iso(typed) == kUnreadable, typed);
  const TypedDate feb = readTypedDate("30022027", translations());
  REQUIRE(feb.kind == TypedDate::Kind::NotReal);
  CHECK(dateInWords(feb.day, feb.month, feb.year, translations(), Lang::Id) == "30 Februari 2027");
  CHECK(dateInWords(feb.day, feb.month, feb.year, translations(), Lang::En) == "30 February 2027");
  CHECK(iso("29/02/2027") == kNotReal);
  CHECK(iso("31 April 2027") == kNotReal);
}

TEST_CASE("as digits are typed, the date field shows the slashes; slashes the user placed stay") {
  CHECK(slashesAsTyped("3") == "3");
  CHECK(slashesAsTyped("31") == "31");
  CHECK(slashesAsTyped("310") == "31/0");
  CHECK(slashesAsTyped("3103") == "31/03");
  CHECK(slashesAsTyped("31/032") == "31/03/2");
  CHECK(slashesAsTyped("31032027") == "31/03/2027");
  CHECK(slashesAsTyped("31/03/2027") == "31/03/2027");
  CHECK(slashesAsTyped("31/") == "31/");       // the user's own slash after the day
  CHECK(slashesAsTyped("31/03/") == "31/03/");
  CHECK(slashesAsTyped("1/2/2027") == "1/2/2027");
  CHECK(slashesAsTyped("31 Maret 2027") == "31 Maret 2027");
  CHECK(slashesAsTyped("310320271") == "310320271");  // more than a date: left for the message
  CHECK(slashesAsTyped("") == "");
}
