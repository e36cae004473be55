#pragma once
// A workbook (src/core/room/workbook.h) as an XLSX file: the few parts of
// Office Open XML a worksheet-only workbook needs (content types, the
// workbook, its sheets, one bold wrapped style for the frozen header rows),
// in a ZIP archive whose entries are stored, not compressed. Written here in
// a few kilobytes of code instead of a writer library of 80 KB gzipped in
// every copy of the page (docs/performance.md).
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/room/workbook.h"

namespace lestari {

// The file's bytes.
std::string xlsxFile(const Workbook& w);

// A ZIP archive of these files (name, bytes), stored; names in ASCII.
std::string zipStored(const std::vector<std::pair<std::string, std::string>>& files);
std::uint32_t crc32(std::string_view bytes);
// "A1" for row 0, column 0; "AB12" for row 11, column 27.
std::string cellName(std::size_t row, std::size_t column);

}  // namespace lestari
