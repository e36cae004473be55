// Numbers as each language writes them (src/core/text/text.cpp): the screens, the
// mirror and the printed summary show these; the files keep machine numbers.
#include <doctest/doctest.h>

#include "core/text/text.h"

using namespace lestari;

TEST_CASE("numbers as Bahasa Indonesia and English write them: decimal comma or point, thousands grouped") {
  CHECK(formatNumber(37.3, Lang::Id) == "37,3");
  CHECK(formatNumber(37.3, Lang::En) == "37.3");
  CHECK(formatNumber(0.0, Lang::Id) == "0,0");
  CHECK(formatNumber(100.0, Lang::Id, 0) == "100");
  CHECK(formatNumber(1200.0, Lang::Id, 0) == "1.200");
  CHECK(formatNumber(1200.0, Lang::En, 0) == "1,200");
  CHECK(formatNumber(1234567.891, Lang::Id, 2) == "1.234.567,89");
  CHECK(formatNumber(1234567.891, Lang::En, 2) == "1,234,567.89");
  CHECK(formatNumber(999.96, Lang::Id) == "1.000,0");  // rounding reaches the next group
  CHECK(formatNumber(-1234.5, Lang::Id, 1) == "-1.234,5");
  CHECK(formatNumber(2.54, Lang::Id, 1, true) == "+2,5");
  CHECK(formatNumber(-1.04, Lang::En, 1, true) == "-1.0");
  CHECK(formatNumber(std::nullopt, Lang::Id) == "\xE2\x80\x93");
  CHECK(groupedNumber(20000, Lang::Id) == "20.000");
  CHECK(groupedNumber(999, Lang::En) == "999");
  CHECK(groupedNumber(1000, Lang::En) == "1,000");
  CHECK(groupedNumber(100000, Lang::Id) == "100.000");
}

TEST_CASE("a refused character is named by its whole code point, also past U+FFFFF") {
  CHECK(findControl("ok\x01", false) == "U+0001");
  CHECK(findControl("a\xEF\xBF\xBE", false) == "U+FFFE");
  CHECK(findControl("a\xF4\x8F\xBF\xBE", false) == "U+10FFFE");  // was cut to "U+10FFF"
  CHECK(findControl("plain text", false).empty());
}

TEST_CASE("digits read as a number, and nothing else") {
  CHECK(digitsValue("07") == 7);
  CHECK(digitsValue("2026") == 2026);
  CHECK(digitsValue("") == -1);
  CHECK(digitsValue("1a") == -1);
  CHECK(digitsValue("-1") == -1);
  CHECK(digitsValue(" 1") == -1);
  CHECK(digitsValue("1234567890") == -1);  // too long to be a date's part
}
