#pragma once
// A share code: one assessment's results as a short text that survives any
// chat (letters and digits only, no character a chat or an address mangles),
// so that a participant on a phone can send it and a trainer can paste many
// at once. It carries the checklist (its id's check and its version), the
// profile's name, agency, region and stage, generatedAt to the second, and
// every indicator's level or N/A; not the notes or the plan. Versioned, with
// a 24-bit checksum. docs/report-format.md specifies the format.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "assessment.h"
#include "checklist.h"
#include "error.h"
#include "report.h"

namespace lestari {

// generatedAt: an ISO UTC timestamp (report.h isIsoUtcTimestamp), 2020 to 2155.
Result<std::string> shareCode(const Assessment& a, const Checklist& c, const std::string& generatedAt);

// The assessment a code carries (its profile, answers and generatedAt), or
// why it cannot be read: not a code, damaged (checksum), another checklist,
// a newer format. `code` may have trailing text after it.
Result<ImportedReport> readShareCode(std::string_view code, const Checklist& c);

// Every share code in a text (a chat export, messages copied with names and
// times around the codes), in order. A damaged code is kept as its errors,
// with where it starts.
struct FoundCode {
  std::size_t line = 0, column = 0;  // where it starts, from 1 (columns in characters)
  std::string text;                  // the code as found
  Result<ImportedReport> report;
};
std::vector<FoundCode> findShareCodes(std::string_view text, const Checklist& c);

// How many share codes a text that is not a JSON document (a report starts
// with "{") holds, counted by where they start, none decoded: a chat to read
// for codes when more than 0.
std::size_t countShareCodes(std::string_view text);
inline bool isChatWithCodes(std::string_view text) { return countShareCodes(text) > 0; }

}  // namespace lestari
