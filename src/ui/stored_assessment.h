#pragma once
// How an assessment is kept in browser storage: the report, wrapped with a
// revision number that every save increases. Two tabs of the page share the
// storage; the revision tells a tab that another one saved since it last
// read, so that it never overwrites newer work. One key holds both, so a
// reader never sees a report with another save's revision.
//   {"lestari":"autosave","rev":7,"savedAt":"2026-11-28T10:00:00Z","report":{...}}
// A bare report (what Lestari stored before revisions) reads as revision 0.
#include <string>

#include "checklist.h"
#include "host.h"
#include "report.h"

namespace lestari::ui {

struct StoredAssessment {
  enum class State { Absent, Ok, Damaged, Unavailable };
  State state = State::Absent;
  long long revision = 0;
  std::string savedAt;
  ImportedReport report;  // when Ok
};

// Reads and validates the assessment stored under key.
StoredAssessment readStored(Host& host, const std::string& key, const Checklist& checklist);
// The stored form of a report text.
std::string storedForm(long long revision, const std::string& savedAt, const std::string& reportText);

}  // namespace lestari::ui
