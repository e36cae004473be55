#pragma once
// The readiness report (docs/report-format.md, assets/report.schema.json):
// export to JSON text and strict import back into an assessment.
#include <optional>
#include <string>
#include <string_view>

#include "core/json/json.h"

#include "core/model/assessment.h"
#include "core/model/checklist.h"
#include "core/base/error.h"
#include "core/base/lang.h"
#include "core/model/scoring.h"
#include "core/model/translations.h"

namespace lestari {

inline constexpr const char* kReportSchemaId = "lestari.readiness-report";
inline constexpr int kReportSchemaVersion = 4;

// The first fields of every document Lestari writes: schema, schemaVersion,
// generatedAt, app, checklist {id, version, language}.
Json documentHead(const char* schema, int version, const std::string& generatedAt, const Checklist& c, Lang lang);

// The report as JSON text (2-space indented, keys in a reading order).
std::string exportReport(const Checklist& checklist, const Translations& strings, const Assessment& assessment,
                         Lang language, const std::string& generatedAt);
// The same with the assessment's results already computed (score(checklist, assessment)).
std::string exportReport(const Checklist& checklist, const Translations& strings, const Assessment& assessment,
                         const Results& results, Lang language, const std::string& generatedAt);

// What a file said about its own results, when that differs from what its
// answers give: the answers are the truth, but the user is told.
struct StoredResults {
  bool overallDiffers = false;
  std::optional<double> score;  // the file's overall score (null in the file: none)
  std::string band;             // the file's band id (shortened if strange)
  std::string factor;           // when only factors differ: the first one
  std::optional<double> factorScore;
};

struct ImportedReport {
  Assessment assessment;
  Lang language = Lang::Id;
  std::string generatedAt;
  std::string checklistVersion;
  int sourceSchemaVersion = kReportSchemaVersion;  // older versions were migrated
  Results results;                                 // of its answers, recomputed (never the file's)
  std::optional<StoredResults> recalculated;       // the file's results differed
  Errors warnings;  // read, but the user is told (older_checklist)
};

// Never throws. Either a complete assessment or every error found (the first
// limits::kErrors, then "more_errors" with the count), each with its JSON path
// in the file's own terms. Derived parts (factors, overall, ...) are
// type-checked and recomputed from the answers, never trusted.
Result<ImportedReport> importReport(std::string_view text, const Checklist& checklist);
// The same for a document already parsed with parseStrictJson.
Result<ImportedReport> readReport(Json doc, const Checklist& checklist);

// "YYYY-MM-DDTHH:MM:SS[.fff]Z", a real date from 2000 to 2100: the one rule
// for every report's generatedAt, a file's or a share code's.
bool isIsoUtcTimestamp(std::string_view s);
// The moment such a timestamp names, to compare two: "…08:00:00.900Z" is
// after "…08:00:00Z" (as text it sorts before). None for other text.
struct Moment {
  long long seconds = 0;  // since 1970-01-01T00:00:00Z
  long nanos = 0;
  bool operator<(const Moment& o) const { return seconds != o.seconds ? seconds < o.seconds : nanos < o.nanos; }
  bool operator==(const Moment& o) const { return seconds == o.seconds && nanos == o.nanos; }
};
std::optional<Moment> momentOf(std::string_view isoUtcTimestamp);
// Whether report a was generated after report b: as moments, or as text for
// a timestamp that is not one (never in a read report).
bool generatedAfter(std::string_view a, std::string_view b);
// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long daysFromCivil(long year, unsigned month, unsigned day);
// "lestari-si-ikan-nila-2026-11-27.json" from the innovation name and a date "YYYY-MM-DD".
std::string reportFileName(const std::string& innovationName, const std::string& isoDate);

}  // namespace lestari
