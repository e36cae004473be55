#pragma once
// How an assessment is kept in browser storage: the report, wrapped with the
// save's id (a revision number that every save increases, and the id of the
// tab that wrote it) and its lineage (the ids of the saves it continues, its
// own last). Two tabs of the page share the storage. Two tabs that save
// within a few milliseconds can both write revision N; the writer in the id
// still tells them apart, and the lineage tells a tab whether the stored save
// continues its own work (take it) or replaced it (ask the user). One key
// holds all of it, so a reader never sees a report with another save's id.
//   {"lestari":"autosave","rev":7,"writer":"k3x9","lineage":["6.a1b2","7.k3x9"],
//    "savedAt":"2026-11-28T10:00:00Z","report":{...}}
// A bare report (before revisions) reads as revision 0, an envelope without
// writer (before writers) as its revision alone.
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/checklist.h"
#include "app/host.h"
#include "core/report/report.h"

namespace lestari::app {

struct StoredAssessment {
  enum class State { Absent, Ok, Damaged, Unavailable };
  State state = State::Absent;
  long long revision = 0;
  std::string id;                    // "7.k3x9"; "7" or "0" for older forms
  std::vector<std::string> lineage;  // the saves it continues, oldest first, id last
  std::string savedAt;
  ImportedReport report;  // when Ok
};

// Reads and validates the assessment stored under key.
StoredAssessment readStored(Host& host, const std::string& key, const Checklist& checklist);
// How many ids a lineage keeps: enough for a tab that missed that many saves.
inline constexpr std::size_t kLineage = 32;
// The id of a save.
std::string saveId(long long revision, const std::string& writer);
// What a tab last wrote under a key: reading the key's bytes back tells
// whether they are still that save, without parsing and scoring them again.
struct Written {
  std::string key;
  std::size_t size = 0;  // of the stored form
  std::uint64_t hash = 0;  // textHash of it
  long long revision = 0;
  std::vector<std::string> lineage;  // ends with the save's id
};
Written writtenAs(const std::string& key, const std::string& storedText, long long revision, std::vector<std::string> lineage);
// True when the key holds exactly what was written (no other tab saved since).
bool stillWritten(Host& host, const Written& w);
// The stored form of a report text; lineage ends with saveId(revision, writer).
std::string storedForm(long long revision, const std::string& writer, const std::vector<std::string>& lineage,
                       const std::string& savedAt, const std::string& reportText);

}  // namespace lestari::app
