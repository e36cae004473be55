#pragma once
// A share code: one assessment's results as a short text that survives any
// chat (letters and digits only, no character a chat or an address mangles),
// so that a participant on a phone can send it and a trainer can paste many
// at once. It carries the checklist (its id's check and its version), the
// profile's name, agency, region and stage, generatedAt to the second, and
// every indicator's level or N/A; not the notes or the plan. Versioned, with
// a 24-bit checksum. docs/report-format.md specifies the format.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/assessment.h"
#include "core/model/checklist.h"
#include "core/base/error.h"
#include "core/report/report.h"

namespace lestari {

// generatedAt: an ISO UTC timestamp (report.h isIsoUtcTimestamp), 2020 to 2155.
Result<std::string> shareCode(const Assessment& a, const Checklist& c, const std::string& generatedAt);

// The assessment a code carries (its profile, answers and generatedAt), or
// why it cannot be read: not a code, damaged (checksum), another checklist,
// a newer format, a date after 2100 (the date rule of every report).
// `code` may have text after it; `used`, when given, says how many of its
// characters the code took (0 when it could not be read).
Result<ImportedReport> readShareCode(std::string_view code, const Checklist& c, std::size_t* used = nullptr);

// Every share code in a text (a chat export, messages copied with names and
// times around the codes), in order: wherever "LST1" starts a run of letters
// and digits (after a letter too, two codes written together, look-alike
// letters such as fullwidth or Cyrillic ones). Every such run that cannot be
// read is kept as its errors, with where it starts: none is skipped.
struct FoundCode {
  std::size_t line = 0, column = 0;  // where it starts, from 1 (columns in characters)
  std::string text;                  // the code as found
  std::string from;                  // the message that holds it: "Pak Hendra, 10.04" (chat_message.h), or ""
  Result<ImportedReport> report;
};
std::vector<FoundCode> findShareCodes(std::string_view text, const Checklist& c);
// The same one at a time, to visit; while wanted() is false the codes left
// are only counted, not read (a full room), and their number returned.
std::size_t visitShareCodes(std::string_view text, const Checklist& c, const std::function<void(FoundCode&&)>& visit,
                            const std::function<bool()>& wanted);

// How many share codes a text that is not a JSON document (a report starts
// with "{") holds, counted by where "LST1" starts (as findShareCodes finds
// them), none decoded: a chat to read for codes when more than 0.
std::size_t countShareCodes(std::string_view text);
inline bool isChatWithCodes(std::string_view text) { return countShareCodes(text) > 0; }

}  // namespace lestari
