#pragma once
// The event report for the organisers and the agencies' heads: what a room
// of participants' reports shows, on A4 portrait, in one language, printed
// through the browser's print dialog like the assessor's summary (same
// stylesheet, same rules: no script, user text escaped and isolated). The
// event, how the reports were counted, the bands, the factor means with
// their range, the room by stage, the weakest factors, where the room
// disagrees, the topics for the next clinic, the ranking (codes unless the
// trainer shows the names) and a signature block.
#include <string>
#include <string_view>

#include "core/base/lang.h"
#include "core/model/checklist.h"
#include "core/model/translations.h"
#include "core/room/aggregate.h"
#include "core/room/room_event.h"

namespace lestari {

struct EventReportInput {
  const Checklist& checklist;
  const Translations& strings;
  const RoomData& room;
  const RoomEvent& event;
  bool showNames;     // the trainer shows the innovations' names (else P01, P02, …)
  Lang lang;
  std::string today;  // "YYYY-MM-DD": the printing date
};

// The report's body (the page prints it with assets/summary.css applied apart).
std::string eventReportBody(const EventReportInput& in);
// The same as one self-contained HTML file (where the browser cannot print: it is saved).
std::string eventReportHtml(const EventReportInput& in, std::string_view css);
// "lestari-laporan-kegiatan-klinik-inovasi-2026-12-08.html"
std::string eventReportFileName(const EventReportInput& in);

// The room's counts in words, as the room screen says them: "11 berkas dan
// 22 kode dibaca: 30 laporan dihitung, 1 tidak dihitung (laporan ganda), 1 tidak dapat dibaca."
std::string roomCountsText(const RoomData& g, const Translations& s, Lang lang);

// The room's weakest factor with its mean, every factor of a tie: "Anggaran — 41,2 · Data — 41,2"; "–" with none.
std::string roomWeakestText(const RoomData& g, const Checklist& c, Lang lang);

// The factors that are some counted report's weakest, the most often first
// (checklist order on ties): indices into RoomData::weakestOf.
std::vector<std::size_t> weakestOrder(const RoomData& g);

// How many ranked rows a printed report lists (a room of thousands is in its workbook).
constexpr std::size_t kEventRankingRows = 200;
// How many disagreements and topics it names.
constexpr std::size_t kEventListItems = 5;

}  // namespace lestari
