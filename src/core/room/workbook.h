#pragma once
// A spreadsheet workbook as plain data: sheets of rows of cells (numbers
// stay numbers, so a spreadsheet in any region shows its own decimal mark),
// each sheet with its column widths and a frozen header row. Written as an
// XLSX file by src/core/room/xlsx.h.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/error.h"

namespace lestari {

struct Cell {
  enum class Kind { Empty, Number, Text };
  Kind kind = Kind::Empty;
  double number = 0;
  std::string text;
  static Cell of(const std::optional<double>& v) { return v ? Cell{Kind::Number, *v, {}} : Cell{}; }
  static Cell of(double v) { return Cell{Kind::Number, v, {}}; }
  static Cell of(std::string s) { return Cell{Kind::Text, 0, std::move(s)}; }
  bool operator==(const Cell& o) const { return kind == o.kind && number == o.number && text == o.text; }
};

struct Sheet {
  std::string name;  // at most 31 characters, none of []:*?/\ (Excel's rule)
  int frozenRows = 1;
  std::vector<double> widths;
  std::vector<std::vector<Cell>> rows;  // the first: the header
};

struct Workbook {
  std::vector<Sheet> sheets;
};

// A cell's text as a workbook keeps it, whatever reached the writer: what
// XML cannot carry (broken UTF-8, NUL, U+FFFE, U+FFFF) becomes U+FFFD, and a
// text that holds _xHHHH_ literally gets _x005F_ before it, so that a
// spreadsheet reads it back unchanged instead of as the character HHHH
// (ECMA-376's escape of a string; the writer escapes control characters
// that way itself, xlsx.cpp).
std::string spreadsheetText(std::string_view text);

}  // namespace lestari
