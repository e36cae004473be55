// The printed event report of a room: the event as typed (escaped), the
// counts, the stages with innovations at them, the topics for the next
// clinic (the recommendations most innovations show first), the ranking by
// code unless names are shown, a long room cut with a count, both languages.
#include <doctest/doctest.h>

#include "core/report/report.h"
#include "core/report/summary_html.h"
#include "core/room/aggregate.h"
#include "core/room/event_report.h"
#include "helpers.h"

using namespace lestari;
using namespace lestari::test;

namespace {
const Indicator& indicator(std::size_t f, std::size_t i) { return checklist().factors[f].indicators[i]; }

std::string reportText(Assessment a, const std::string& name, const char* stage, const std::string& at) {
  setProfileValue(a, checklist(), "name", name);
  setProfileValue(a, checklist(), "agency", "Kota Malang");
  if (stage) setProfileValue(a, checklist(), "stage", stage);
  return exportReport(checklist(), translations(), a, Lang::Id, at);
}

// Every indicator at 4 but the ones given: only those are recommended.
Assessment allTopBut(std::initializer_list<std::pair<const Indicator*, int>> low) {
  Assessment a = allAt(4);
  for (auto [ind, level] : low) setLevel(a, checklist(), ind->id, level);
  return a;
}

// Three innovations counted, an older copy of one, a file that is not a report.
// X is recommended to all three, Y to two of them, nothing else to any.
RoomData sampleRoom() {
  const Indicator *x = &indicator(0, 0), *y = &indicator(2, 1);
  RoomBuilder b(checklist());
  b.add("a-lama.json", reportText(allAt(0), "Si Ikan Nila", "development", "2026-10-01T08:00:00Z"));
  b.add("a.json", reportText(allTopBut({{x, 0}, {y, 1}}), "Si Ikan Nila", "development", "2026-11-01T08:00:00Z"));
  b.add("b.json", reportText(allTopBut({{x, 0}}), "Sepasar", "creation", "2026-11-02T08:00:00Z"));
  b.add("c.json", reportText(allTopBut({{x, 1}, {y, 0}}), "<b>Jarik</b>", nullptr, "2026-11-03T08:00:00Z"));
  b.add("catatan.txt", "bukan laporan");
  return std::move(b).finish();
}

const RoomEvent kEvent{"Klinik Inovasi <Malang>", "2026-12-08", "Aula Bappeda", "Dr. Rina"};

std::string body(const RoomData& g, bool showNames, Lang lang = Lang::Id, const RoomEvent& e = kEvent) {
  return eventReportBody({checklist(), translations(), g, e, showNames, lang, "2026-12-09"});
}
bool before(const std::string& h, const std::string& a, const std::string& b) {
  return h.find(a) != std::string::npos && h.find(b) != std::string::npos && h.find(a) < h.find(b);
}
}  // namespace

TEST_CASE("the room's topics: the indicators most innovations are recommended first, counted reports only") {
  const RoomData g = sampleRoom();
  REQUIRE(g.counted == 3);
  REQUIRE(g.topics.size() == 2);  // the older copy (everything at 0) is not counted
  CHECK(g.indicators[g.topics[0].indicator].indicator == &indicator(0, 0));
  CHECK(g.topics[0].reports == 3);
  CHECK(g.indicators[g.topics[1].indicator].indicator == &indicator(2, 1));
  CHECK(g.topics[1].reports == 2);
  // Each counted report's own weakest factor, counted per factor: Sepasar's is the first factor (its only low answer).
  std::size_t weakest = 0;
  for (std::size_t n : g.weakestOf) weakest += n;
  CHECK(weakest == 3);
  CHECK(g.weakestOf[0] >= 1);
  CHECK(weakestOrder(g).front() == (g.weakestOf[0] >= g.weakestOf[2] ? 0u : 2u));
}

TEST_CASE("the event report: the event escaped, the counts, stages, topics and the ranking by code") {
  const RoomData g = sampleRoom();
  const std::string h = body(g, false);
  CHECK(h.find("Klinik Inovasi &lt;Malang&gt;") != std::string::npos);
  CHECK(h.find("<Malang>") == std::string::npos);
  CHECK(h.find("8 Des 2026") != std::string::npos);  // the event's date, as people write it
  CHECK(h.find("Aula Bappeda") != std::string::npos);
  CHECK(h.find("Dr. Rina") != std::string::npos);
  // Five files: three counted, one older copy, one not a report.
  CHECK(h.find("5 berkas dibaca: 3 laporan dihitung, 1 tidak dihitung") != std::string::npos);
  CHECK(h.find("1 tidak dapat dibaca") != std::string::npos);
  // Stages with innovations at them, and the one naming none.
  CHECK(h.find("Tahap Penciptaan: 1 inovasi") != std::string::npos);
  CHECK(h.find("Tahap Pengembangan: 1 inovasi") != std::string::npos);
  CHECK(h.find("Tahap Pelembagaan") == std::string::npos);
  CHECK(h.find("Tanpa tahap: 1 inovasi") != std::string::npos);
  // The topics, most common first, with how many innovations each.
  const std::string x = escapeHtml(indicator(0, 0).recommendation.in(Lang::Id)), y = escapeHtml(indicator(2, 1).recommendation.in(Lang::Id));
  CHECK(before(h, "Topik untuk klinik berikutnya", x));
  CHECK(before(h, x + " <span class=\"muted\">(3 dari 3 inovasi)", y + " <span class=\"muted\">(2 dari 3 inovasi)"));
  // Levels chosen for X (0, 0, 1) where the room disagrees.
  CHECK(h.find("tingkat 0: 2 · tingkat 1: 1 · tingkat 2: 0") != std::string::npos);
  // The ranking by code: no innovation's name anywhere.
  for (const char* code : {"P02", "P03", "P04"}) CHECK(h.find(std::string("<td>") + code + "</td>") != std::string::npos);
  CHECK(h.find("<td>P01</td>") == std::string::npos);  // the older copy is not ranked
  for (const char* name : {"Si Ikan Nila", "Sepasar", "Jarik"}) CHECK(h.find(name) == std::string::npos);
  CHECK(h.find("Fasilitator,") != std::string::npos);
  CHECK(h.find("Mengetahui,") != std::string::npos);
}

TEST_CASE("the event report names the innovations only when the trainer shows them") {
  const std::string h = body(sampleRoom(), true);
  CHECK(h.find("Si Ikan Nila") != std::string::npos);
  CHECK(h.find("Sepasar") != std::string::npos);
  CHECK(h.find("&lt;b&gt;Jarik&lt;/b&gt;") != std::string::npos);
  CHECK(h.find("<b>Jarik") == std::string::npos);
  CHECK(h.find("<td>P02</td>") == std::string::npos);
}

TEST_CASE("the event report in English, and with nothing typed") {
  const std::string h = body(sampleRoom(), false, Lang::En, RoomEvent{});
  CHECK(h.find("Topics for the next clinic") != std::string::npos);
  CHECK(h.find("3 of 3 innovations") != std::string::npos);
  CHECK(h.find("Untitled event") != std::string::npos);
  for (const char* id : {"Topik", "dihitung", "Tahap", "inovasi"}) CHECK(h.find(id) == std::string::npos);
  CHECK(h.find(escapeHtml(indicator(0, 0).recommendation.in(Lang::En))) != std::string::npos);
}

TEST_CASE("a room of 250 lists 200 ranked innovations and counts the rest; an empty room prints its counts") {
  RoomBuilder b(checklist());
  for (int i = 0; i < 250; ++i) b.add("r.json", reportText(allAt(i % 5), "Inovasi " + std::to_string(i), nullptr, "2026-11-01T08:00:00Z"));
  const std::string h = body(std::move(b).finish(), false);
  std::size_t rows = 0;
  for (std::size_t at = h.find("<td>P"); at != std::string::npos; at = h.find("<td>P", at + 1)) ++rows;
  CHECK(rows == kEventRankingRows);
  CHECK(h.find("… dan 50 inovasi lainnya") != std::string::npos);

  RoomBuilder none(checklist());
  none.add("x.txt", "hello");
  const std::string empty = body(std::move(none).finish(), false);
  CHECK(empty.find("0 laporan dihitung") != std::string::npos);
  CHECK(empty.find("Peringkat") == std::string::npos);
  CHECK(empty.find("Mengetahui,") != std::string::npos);
}

TEST_CASE("the event report as a file: self-contained, no script, named for the event") {
  const RoomData g = sampleRoom();
  const EventReportInput in{checklist(), translations(), g, kEvent, false, Lang::Id, "2026-12-09"};
  const std::string html = eventReportHtml(in, "body{color:#000}");
  CHECK(html.rfind("<!doctype html>", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("<title>Laporan kegiatan — Klinik Inovasi &lt;Malang&gt;</title>") != std::string::npos);
  CHECK(eventReportFileName(in) == "lestari-laporan-kegiatan-klinik-inovasi-malang-2026-12-09.html");
}
