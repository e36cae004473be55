#pragma once
// The readiness report (docs/report-format.md, assets/report.schema.json):
// export to JSON text and strict import back into an assessment.
#include <string>
#include <string_view>

#include "json.h"

#include "assessment.h"
#include "checklist.h"
#include "error.h"
#include "lang.h"
#include "translations.h"

namespace lestari {

inline constexpr const char* kReportSchemaId = "lestari.readiness-report";
inline constexpr int kReportSchemaVersion = 2;

// The report as JSON text (2-space indented, keys in a reading order).
std::string exportReport(const Checklist& checklist, const Translations& strings, const Assessment& assessment,
                         Lang language, const std::string& generatedAt);

struct ImportedReport {
  Assessment assessment;
  Lang language = Lang::Id;
  std::string generatedAt;
  std::string checklistVersion;
  int sourceSchemaVersion = kReportSchemaVersion;  // older versions were migrated
};

// Never throws. Either a complete assessment or every error found, each with
// its JSON path. Derived parts (factors, overall, ...) are type-checked and
// then recomputed from the answers, never trusted.
Result<ImportedReport> importReport(std::string_view text, const Checklist& checklist);

// Rewrites an older report document into the current shape in place.
// Returns false (with an error) for a version it does not know.
bool migrateReport(Json& doc, int fromVersion, Errors& errors);

// "YYYY-MM-DDTHH:MM:SS[.fff]Z"
bool isIsoUtcTimestamp(std::string_view s);
// "lestari-si-ikan-nila-2026-11-27.json" from the innovation name and a date "YYYY-MM-DD".
std::string reportFileName(const std::string& innovationName, const std::string& isoDate);

}  // namespace lestari
