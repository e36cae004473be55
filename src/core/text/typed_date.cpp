#include "core/text/typed_date.h"

#include <cctype>
#include <cstdio>
#include <vector>

#include "core/model/action_plan.h"
#include "core/text/caseless.h"
#include "core/text/text.h"

namespace lestari {

namespace {

bool allDigits(std::string_view s) { return digitsValue(s) >= 0; }
int number(std::string_view s) { return digitsValue(s); }

// A month's number from its name or its first letters (three or more) in
// either language, whatever the case: "Maret", "mar", "Agustus", "Agu", "May".
int monthFromWord(std::string_view word, const Translations& strings) {
  if (word.size() < 3) return 0;
  const std::string w = caselessKey(word);
  for (Lang lang : {Lang::Id, Lang::En})
    for (int m = 1; m <= 12; ++m) {
      const std::string full = caselessKey(strings.get("monthFull." + std::to_string(m), lang));
      const std::string shortName = caselessKey(strings.get("month." + std::to_string(m), lang));
      if (w == shortName || (w.size() <= full.size() && full.compare(0, w.size(), w) == 0)) return m;
    }
  return 0;
}

TypedDate dated(int day, int month, int year) {
  TypedDate t;
  t.day = day;
  t.month = month;
  t.year = year;
  const bool inRange = year >= 2000 && year <= 2100 && month >= 1 && month <= 12 && day >= 1;
  if (!inRange) return t;  // Unreadable: not a day, a month or a year we take
  if (day > daysInMonth(year, month)) {
    t.kind = TypedDate::Kind::NotReal;
    return t;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  t.kind = TypedDate::Kind::Date;
  t.iso = buf;
  return t;
}

}  // namespace

TypedDate readTypedDate(std::string_view text, const Translations& strings) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return TypedDate{TypedDate::Kind::Empty, "", 0, 0, 0};
  if (text.size() == 8 && allDigits(text)) return dated(number(text.substr(0, 2)), number(text.substr(2, 2)), number(text.substr(4)));
  // The parts (runs of letters and digits) and what stands between them:
  // one "/", "-" or "." (the same one throughout), or only spaces and commas
  // ("31 Maret 2027", "31 Mar, 2027", "05 / 01 / 2027").
  std::vector<std::string> parts;
  char sep = 0;
  for (std::size_t i = 0; i < text.size();) {
    char strong = 0;
    for (; i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i])); ++i) {
      const char c = text[i];
      if (c == ' ' || c == ',') continue;
      if ((c != '/' && c != '-' && c != '.') || strong) return TypedDate{};  // another character, or two in one gap
      strong = c;
    }
    if (strong && !parts.empty() && !(sep && strong != sep)) sep = strong;
    else if (strong) return TypedDate{};  // before the first part, or a second kind of separator
    std::string part;
    for (; i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])); ++i) part += text[i];
    if (!part.empty()) parts.push_back(part);
  }
  if (parts.size() != 3) return TypedDate{};
  const bool yearFirst = parts[0].size() == 4 && allDigits(parts[0]);
  const std::string &d = yearFirst ? parts[2] : parts[0], &m = parts[1], &y = yearFirst ? parts[0] : parts[2];
  if (!allDigits(d) || d.size() > 2 || !allDigits(y) || y.size() != 4) return TypedDate{};
  int month = 0;
  if (allDigits(m)) month = m.size() <= 2 ? number(m) : 0;
  else month = monthFromWord(m, strings);
  if (month == 0) return TypedDate{};
  return dated(number(d), month, number(y));
}

std::string dateInWords(int day, int month, int year, const Translations& strings, Lang lang) {
  return std::to_string(day) + " " + strings.get("monthFull." + std::to_string(month), lang) + " " + std::to_string(year);
}

std::string slashesAsTyped(std::string_view text) {
  // Only digits and slashes, each slash after the day's or the month's two
  // digits (where this puts them); otherwise the text stays as typed
  // ("1/2/2027", "31 Maret 2027").
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else if (c != '/' || (digits.size() != 2 && digits.size() != 4) || (i > 0 && text[i - 1] == '/')) return std::string(text);
  }
  if (digits.size() > 8) return std::string(text);
  std::string shown;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i == 2 || i == 4) shown += '/';
    shown += digits[i];
  }
  if (!text.empty() && text.back() == '/') shown += '/';  // the user's own slash after the day or the month
  return shown;
}

}  // namespace lestari
