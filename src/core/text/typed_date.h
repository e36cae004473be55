#pragma once
// A date as people type it into the plan's "target date": on a laptop
// "31/03/2027", on a phone's number pad (which on iOS has no "/") "31032027",
// or in words "31 Maret 2027", "31 Mar 2027", "March 31"-free day-first forms.
#include <optional>
#include <string>
#include <string_view>

#include "core/base/lang.h"
#include "core/model/translations.h"

namespace lestari {

struct TypedDate {
  enum class Kind { Empty, Date, NotReal, Unreadable };
  Kind kind = Kind::Unreadable;
  std::string iso;               // "YYYY-MM-DD" when kind is Date
  int day = 0, month = 0, year = 0;  // what was read, also when the date does not exist
};

// Day first, then month, then year: digits only (DDMMYYYY, 8 digits), or
// three parts separated by "/", "-", "." or spaces (one kind), the month in
// digits or as a month's name or its first three letters in either language
// (month names from the translations: monthFull.N, month.N). "2027-03-31"
// (year first) is read too. Years from 2000 to 2100.
TypedDate readTypedDate(std::string_view text, const Translations& strings);

// "30 Februari 2027": a date in words, also one that does not exist.
std::string dateInWords(int day, int month, int year, const Translations& strings, Lang lang);

// The date field as digits are typed: "3103" shows "31/03", "31032027"
// "31/03/2027". Text with anything but digits and "/" is left as it is.
std::string slashesAsTyped(std::string_view text);

}  // namespace lestari
