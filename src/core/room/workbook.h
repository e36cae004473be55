#pragma once
// A spreadsheet workbook as plain data: sheets of rows of cells (numbers
// stay numbers, so a spreadsheet in any region shows its own decimal mark),
// each sheet with its column widths and a frozen header row. The browser's
// XLSX writer (src/platform/web/xlsx) is a module of its own, compiled on
// first use; it gets the workbook as text in the small format below and
// returns the file.
//
// The text: a first line "lestari-workbook 1", then one line per item,
// fields separated by a tab, in a text field "\\" "\t" "\n" "\r" escaped:
//   sheet <TAB> name <TAB> frozen rows
//   widths <TAB> w0 <TAB> w1 ...       (characters, as a spreadsheet counts them)
//   row                                (a new row in the current sheet)
//   t <TAB> text | n <TAB> number | e  (a cell in the current row; e: empty)
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

std::string workbookText(const Workbook& w);

// A cell's text as a workbook keeps it, whatever reached the writer: what
// XML cannot carry (broken UTF-8, NUL, U+FFFE, U+FFFF) becomes U+FFFD, and a
// text that holds _xHHHH_ literally gets _x005F_ before it, so that a
// spreadsheet reads it back unchanged instead of as the character HHHH
// (ECMA-376's escape of a string; libxlsxwriter writes controls that way
// itself but does not escape a literal one).
std::string spreadsheetText(std::string_view text);
// The same workbook back; an error for text that is not one (never a crash).
Result<Workbook> parseWorkbookText(std::string_view text);

}  // namespace lestari
