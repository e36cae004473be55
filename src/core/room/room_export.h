#pragma once
// A room's reports as files: the room's summary as JSON
// (assets/group.schema.json) and two CSV files for spreadsheets, one row per
// report and one row per indicator. CSV: RFC 4180, comma-separated, dot as
// decimal mark, UTF-8 with a byte order mark (Excel then reads Indonesian text
// right), CR LF line ends; a text that starts like a formula (= + - @) gets a
// leading apostrophe so a spreadsheet never runs it. The workbook: the same
// for people (src/core/room/workbook.h): a summary, one row per innovation in
// rank order and one per indicator, headers and bands in the interface
// language, numbers as numbers.
#include <string>
#include <string_view>

#include "core/room/aggregate.h"
#include "core/model/checklist.h"
#include "core/base/lang.h"
#include "core/model/translations.h"
#include "core/room/workbook.h"

namespace lestari {

inline constexpr const char* kRoomSchemaId = "lestari.group-summary";
inline constexpr int kRoomSchemaVersion = 2;  // 2: the room by stage (stages, noStage, each innovation's stage)

// indent: 2 for a file a person may open, -1 (compact) for a program's result.
std::string roomJson(const RoomData& g, const Checklist& c, const Translations& s, Lang lang, const std::string& generatedAt,
                      int indent = 2);
std::string roomReportsCsv(const RoomData& g, const Checklist& c);
std::string roomIndicatorsCsv(const RoomData& g, const Checklist& c, Lang lang);
Workbook roomWorkbook(const RoomData& g, const Checklist& c, const Translations& s, Lang lang);

// One text field of a CSV file, safe however the file is split: always
// quoted, and a formula's first character (= + - @ TAB CR) made text by a '
// before it wherever a cell may start: at the text's start and after every
// "," ";" or line break in it (quotes and spaces between them included).
// Excel in Indonesian settings splits on ";", so "Posyandu;=1+1" would
// otherwise open as a live formula. An empty text is no value (written as nothing).
std::string csvField(std::string_view text);

}  // namespace lestari
