// A room's reports: statistics computed by hand, N/A and unanswered
// indicators, a broken file mixed in, the same innovation sent twice; and the
// CSV exports read back.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "core/room/aggregate.h"
#include "core/text/caseless.h"
#include "core/room/room_export.h"
#include "core/room/xlsx.h"
#include "core/room/workbook.h"
#include "helpers.h"
#include "core/json/json_views.h"
#include "core/report/report.h"
#include "core/report/share_code.h"
#include "core/base/size_limits.h"

using namespace lestari;
using namespace lestari::test;
using json = Json;

namespace {
const std::string& ind(std::size_t f, std::size_t i) { return checklist().factors[f].indicators[i].id; }
std::string report(const Assessment& a, const std::string& at) {
  return exportReport(checklist(), translations(), a, Lang::Id, at);
}
Assessment named(Assessment a, const std::string& name, const std::string& agency) {
  setProfileValue(a, checklist(), "name", name);
  setProfileValue(a, checklist(), "agency", agency);
  return a;
}
// R1 (replaced by R5), R2, R3, a broken file, R5 (the same innovation as R1, newer).
std::vector<std::pair<std::string, std::string>> room() {
  const Checklist& c = checklist();
  Assessment r1 = named(allAt(2), "Si Ikan Nila", "Kota Malang");
  setLevel(r1, c, ind(0, 0), 4);
  Assessment r2 = named(allAt(1), "Jarik Ma'Siti", "Kab. Malang");
  setLevel(r2, c, ind(0, 0), 0);
  setNotApplicable(r2, c, ind(0, 1), true);
  Assessment r3 = named(Assessment{}, "SEPASAR PEDAS", "Kota Batu");
  setLevel(r3, c, ind(0, 0), 3);
  for (std::size_t i = 0; i < 5; ++i) setLevel(r3, c, ind(1, i), 3);
  Assessment r5 = named(allAt(3), "  si ikan nila ", "KOTA MALANG");
  setLevel(r5, c, ind(0, 0), 2);
  return {{"r1.json", report(r1, "2026-11-01T08:00:00Z")}, {"r2.json", report(r2, "2026-11-02T08:00:00Z")},
          {"r3.json", report(r3, "2026-11-03T08:00:00Z")}, {"rusak.json", "{\"schema\": tru"},
          {"r5.json", report(r5, "2026-11-20T08:00:00Z")}};
}
}  // namespace

TEST_CASE("statistics of a set of values") {
  Stats s = statsOf({3, 0, 2});
  CHECK(s.n == 3);
  CHECK(*s.mean == doctest::Approx(5.0 / 3));
  CHECK(*s.median == 2);
  CHECK(*s.min == 0);
  CHECK(*s.max == 3);
  CHECK(*s.sd == doctest::Approx(std::sqrt(14.0 / 9)));
  CHECK(*statsOf({1, 2, 3, 10}).median == 2.5);
  CHECK_FALSE(statsOf({}).mean);
}

TEST_CASE("a room: counted reports, a broken file listed apart, a resubmitted innovation counted once") {
  RoomData g = aggregate(checklist(), room());
  REQUIRE(g.reports.size() == 4);
  REQUIRE(g.failed.size() == 1);
  CHECK(g.failed[0].file == "rusak.json");
  CHECK(g.failed[0].errors[0].code == "invalid_json");
  CHECK(g.counted == 3);
  CHECK(g.reports[0].duplicate);
  CHECK_FALSE(g.reports[0].counted);  // R1: replaced by the newer R5
  CHECK(g.reports[3].duplicate);
  CHECK(g.reports[3].counted);
  CHECK_FALSE(g.reports[1].duplicate);

  // Indicator 1.1: R2 0, R3 3, R5 2.
  const IndicatorStats& first = g.indicators[0];
  CHECK(first.stats.n == 3);
  CHECK(*first.stats.mean == doctest::Approx(5.0 / 3));
  CHECK(*first.stats.median == 2);
  CHECK(*first.stats.min == 0);
  CHECK(*first.stats.max == 3);
  CHECK(first.levels == std::array<std::size_t, 5>{1, 0, 1, 1, 0});
  // Indicator 1.2: R2 not applicable, R3 unanswered, R5 3.
  const IndicatorStats& second = g.indicators[1];
  CHECK(second.stats.n == 1);
  CHECK(*second.stats.mean == 3);
  CHECK(second.notApplicable == 1);
  CHECK(second.unanswered == 1);
  // Factor 1: R2 (0+1+1+1)/4 -> 18.8, R3 75.0, R5 (2+3+3+3+3)/5 -> 70.0.
  CHECK(g.factors[0].stats.n == 3);
  CHECK(*g.factors[0].stats.mean == doctest::Approx((18.8 + 75 + 70) / 3));
  CHECK(*g.factors[0].stats.median == 70);
  CHECK(*g.factors[0].stats.min == doctest::Approx(18.8));
  // Factor 3: R3 has no answers there; R2 25, R5 75.
  CHECK(g.factors[2].stats.n == 2);
  CHECK(*g.factors[2].stats.mean == 50);
  // Overall: R2 (18.8 + 4 x 25) / 5 = 23.8, R3 (75 + 75) / 2 = 75, R5 (70 + 4 x 75) / 5 = 74.
  CHECK(*g.overall.mean == doctest::Approx((23.8 + 75 + 74) / 3));
  CHECK(*g.overall.median == 74);
  CHECK(g.bands == std::vector<std::size_t>{1, 0, 2, 0});
  // Factors 3, 4 and 5 all average 50: the first of them is the room's weakest.
  REQUIRE(g.weakest);
  CHECK(g.weakest->id == checklist().factors[2].id);
  // Disagreement: indicator 1.1 (sd 1.25) before indicator 1.3 (R2 1, R5 3: sd 1).
  REQUIRE(g.disagreement.size() >= 2);
  CHECK(g.disagreement[0] == 0);
  CHECK(g.disagreement[1] == 2);
}

TEST_CASE("group exports: JSON and CSV files that read back") {
  RoomData g = aggregate(checklist(), room());
  json doc = json::parse(roomJson(g, checklist(), translations(), Lang::En, "2026-11-28T10:00:00Z"));
  CHECK(doc["schema"] == kRoomSchemaId);
  CHECK(doc["reports"]["read"] == 4);
  CHECK(doc["reports"]["counted"] == 3);
  CHECK(doc["reports"]["notCounted"] == 1);
  CHECK(doc["reports"]["failed"] == 1);
  CHECK(doc["indicators"][0]["mean"] == 1.67);
  CHECK(doc["indicators"][0]["sd"] == 1.25);
  CHECK(doc["weakestFactor"] == checklist().factors[2].id);
  CHECK(doc["failed"][0]["errors"][0]["message"].get<std::string>().find("JSON") != std::string::npos);
  // Written item by item, it is still exactly the document's own 2-space form.
  std::string text = roomJson(g, checklist(), translations(), Lang::En, "2026-11-28T10:00:00Z");
  CHECK(text == Json::parse(text).dump(2) + "\n");
  std::string compact = roomJson(g, checklist(), translations(), Lang::En, "2026-11-28T10:00:00Z", -1);
  CHECK(compact == Json::parse(text).dump());
  RoomData none = aggregate(checklist(), {});
  std::string empty = roomJson(none, checklist(), translations(), Lang::En, "2026-11-28T10:00:00Z");
  CHECK(empty == Json::parse(empty).dump(2) + "\n");
  CHECK(Json::parse(empty)["innovations"].empty());

  std::string csv = roomReportsCsv(g, checklist());
  CHECK(csv.rfind("\xEF\xBB\xBF" "file,name,", 0) == 0);
  std::size_t lines = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++lines;
  CHECK(lines == 5);  // header and four reports
  CHECK(csv.find("\"Jarik Ma'Siti\",\"Kab. Malang\"") != std::string::npos);  // every text quoted
  CHECK(csv.find(",NA,") != std::string::npos);  // R2's not applicable 1.2
  std::string stats = roomIndicatorsCsv(g, checklist(), Lang::Id);
  CHECK(stats.find("\r\n\"innovator_capacity\",\"" + ind(0, 0) + "\",") != std::string::npos);
}

TEST_CASE("the group workbook: a summary, innovations in rank order with numbers as numbers, indicators, in the interface language") {
  RoomData g = aggregate(checklist(), room());
  const Workbook w = roomWorkbook(g, checklist(), translations(), Lang::Id);
  REQUIRE(w.sheets.size() == 3);
  CHECK(w.sheets[0].name == "Ringkasan");
  CHECK(w.sheets[1].name == "Inovasi");
  CHECK(w.sheets[2].name == "Indikator");
  for (const Sheet& s : w.sheets) {
    CHECK(s.frozenRows == 1);
    CHECK(s.name.size() <= 31);
    REQUIRE_FALSE(s.rows.empty());
    CHECK(s.widths.size() == s.rows[0].size());  // every column has its width
    for (const auto& row : s.rows) CHECK(row.size() <= s.rows[0].size());
  }
  // Summary: factor 1 n 3, mean (18.8 + 75 + 70) / 3 rounded to two places; overall; bands 1, 0, 2, 0.
  const Sheet& summary = w.sheets[0];
  CHECK(summary.rows[0][0] == Cell::of(std::string("Faktor")));
  CHECK(summary.rows[0][2] == Cell::of(std::string("Rata-rata")));
  CHECK(summary.rows[1][0] == Cell::of(checklist().factors[0].title.in(Lang::Id)));
  CHECK(summary.rows[1][1] == Cell::of(3.0));
  CHECK(summary.rows[1][2].number == doctest::Approx(54.6));
  CHECK(summary.rows[6][0] == Cell::of(std::string("Skor keseluruhan")));
  CHECK(summary.rows[6][2].number == doctest::Approx(57.6));  // (23.8 + 75 + 74) / 3
  CHECK(summary.rows[9] == std::vector<Cell>{Cell::of(std::string("Rentan")), Cell::of(1.0)});
  CHECK(summary.rows[11] == std::vector<Cell>{Cell::of(std::string("Kokoh")), Cell::of(2.0)});
  // Innovations: R3 75 first, R5 74, R2 23.8, then R1 (not counted, no rank).
  const Sheet& inn = w.sheets[1];
  REQUIRE(inn.rows.size() == 5);
  CHECK(inn.rows[0][0] == Cell::of(std::string("Peringkat")));
  CHECK(inn.rows[0][1] == Cell::of(std::string("Inovasi")));
  const std::vector<std::pair<std::string, std::optional<double>>> expected = {
      {"SEPASAR PEDAS", 1}, {"  si ikan nila ", 2}, {"Jarik Ma'Siti", 3}, {"Si Ikan Nila", std::nullopt}};
  for (std::size_t k = 0; k < expected.size(); ++k) {
    CHECK(inn.rows[k + 1][1].text == expected[k].first);
    CHECK(inn.rows[k + 1][0] == Cell::of(expected[k].second));
  }
  CHECK(inn.rows[1][4] == Cell::of(75.0));
  CHECK(inn.rows[1][5] == Cell::of(std::string("Kokoh")));  // the band in words, not "kokoh"
  CHECK(inn.rows[3][4] == Cell::of(23.8));
  CHECK(inn.rows[3][8] == Cell::of(18.8));  // factor 1's score, after the stage
  // Indicators: 1.1 with n 3, levels 1 0 1 1 0; 1.2 with one N/A, one unanswered.
  const Sheet& ind = w.sheets[2];
  REQUIRE(ind.rows.size() == 1 + g.indicators.size());
  CHECK(ind.rows[0][2] == Cell::of(std::string("Indikator")));
  CHECK(ind.rows[0][9] == Cell::of(std::string("Tingkat 0")));
  CHECK(ind.rows[1][0] == Cell::of(std::string("1.1")));
  CHECK(ind.rows[1][3] == Cell::of(3.0));
  CHECK(ind.rows[1][4].number == doctest::Approx(1.67));
  for (int lv = 0; lv < 5; ++lv) CHECK(ind.rows[1][9 + static_cast<std::size_t>(lv)] == Cell::of(static_cast<double>(std::array<int, 5>{1, 0, 1, 1, 0}[static_cast<std::size_t>(lv)])));
  CHECK(ind.rows[2][14] == Cell::of(1.0));
  CHECK(ind.rows[2][15] == Cell::of(1.0));
  // In English, English headers and bands.
  const Workbook en = roomWorkbook(g, checklist(), translations(), Lang::En);
  CHECK(en.sheets[1].name == "Innovations");
  CHECK(en.sheets[1].rows[0][0] == Cell::of(std::string("Rank")));
  CHECK(en.sheets[1].rows[1][5] == Cell::of(checklist().bands[2].label.in(Lang::En)));
}

TEST_CASE("the XLSX file: a stored ZIP of the workbook's parts, cells by name, texts shared once and escaped") {
  CHECK(crc32("123456789") == 0xCBF43926u);  // the check value of CRC-32
  CHECK(crc32("") == 0u);
  CHECK(cellName(0, 0) == "A1");
  CHECK(cellName(11, 27) == "AB12");
  CHECK(cellName(0, 26 * 27) == "AAA1");
  Workbook w;
  w.sheets.push_back(Sheet{"Satu & <dua>", 1, {10, 20.5},
                           {{Cell::of(std::string("Nama")), Cell{}, Cell::of(std::string("Skor"))},
                            {Cell::of(std::string("Dinas\rPendidikan <b>")), Cell{}, Cell::of(46.5)},
                            {Cell::of(std::string("Nama")), Cell::of(0.1 + 0.2)}}});
  const std::string file = xlsxFile(w);
  CHECK(file.substr(0, 4) == std::string("PK\3\4", 4));
  CHECK(file.find("PK\5\6") != std::string::npos);  // the end of the central directory
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                           "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"})
    CHECK_MESSAGE(file.find(part) != std::string::npos, part);
  CHECK(file.find("name=\"Satu &amp; &lt;dua&gt;\"") != std::string::npos);
  CHECK(file.find("Dinas_x000D_Pendidikan &lt;b&gt;") != std::string::npos);  // a control as Office escapes it
  CHECK(file.find("uniqueCount=\"3\"") != std::string::npos);                 // "Nama" once
  CHECK(file.find("<c r=\"B1\" s=\"1\"/>") != std::string::npos);           // an empty header cell keeps the header's style
  CHECK(file.find("<c r=\"B2\"") == std::string::npos);                       // an empty cell elsewhere is not written
  CHECK(file.find("<c r=\"C2\"><v>46.5</v></c>") != std::string::npos);
  CHECK(file.find("ySplit=\"1\" topLeftCell=\"A2\"") != std::string::npos);
  CHECK(xlsxFile(w) == file);  // the same workbook, the same bytes (no clock)
}

TEST_CASE("a workbook cell's text: what XML cannot carry replaced, a literal _xHHHH_ escaped so that it reads back as written") {
  CHECK(spreadsheetText("Si Ikan Nila \xF0\x9F\x90\x9F") == "Si Ikan Nila \xF0\x9F\x90\x9F");
  CHECK(spreadsheetText("_x0041_lpha") == "_x005F_x0041_lpha");
  CHECK(spreadsheetText("Dinas_x000D_Pendidikan") == "Dinas_x005F_x000D_Pendidikan");
  CHECK(spreadsheetText("_x00e9_ _x12_ _xZZZZ_ x0041_") == "_x005F_x00e9_ _x12_ _xZZZZ_ x0041_");  // only a whole escape
  CHECK(spreadsheetText("a\xEF\xBF\xBE" "b\xEF\xBF\xBF") == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");  // U+FFFE, U+FFFF
  CHECK(spreadsheetText(std::string("a\0b", 3)) == "a\xEF\xBF\xBD" "b");                           // NUL
  CHECK(spreadsheetText("a\xC3(\xED\xA0\x80") == "a\xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");   // broken UTF-8
  CHECK(spreadsheetText("tab\there") == "tab\there");  // controls: the writer escapes them itself
}

TEST_CASE("CSV fields: always quoted, a formula made text wherever a reader may split") {
  CHECK(csvField("Si Ikan Nila") == "\"Si Ikan Nila\"");
  CHECK(csvField("") == "");  // no value
  CHECK(csvField("Kota Malang, Jawa Timur") == "\"Kota Malang, Jawa Timur\"");
  CHECK(csvField("Tim \"Inovasi\"") == "\"Tim \"\"Inovasi\"\"\"");
  CHECK(csvField("baris\nkedua") == "\"baris\nkedua\"");
  CHECK(csvField("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csvField("+62 812") == "\"'+62 812\"");
  CHECK(csvField("@SUM(A1)") == "\"'@SUM(A1)\"");
  // Split on ";" (Excel in Indonesian settings) or "," the parts are cells too.
  CHECK(csvField("Posyandu;=1+1;") == "\"Posyandu;'=1+1;\"");
  CHECK(csvField("a, -2") == "\"a, '-2\"");
  CHECK(csvField("a;\"=1") == "\"a;\"\"'=1\"");
  CHECK(csvField("a;\t=1") == "\"a;'\t=1\"");
  CHECK(csvField("Dinas - Kota") == "\"Dinas - Kota\"");  // a dash inside a cell is only a dash
}

TEST_CASE("caseless keys: Unicode case folding, white space and normalisation forms") {
  CHECK(caselessKey("\xC3\x9Cr\xC3\xBCn") == caselessKey("\xC3\x9CR\xC3\x9CN"));        // Ürün / ÜRÜN
  CHECK(caselessKey("\xC3\x89LAN") == caselessKey("\xC3\xA9lan"));                      // ÉLAN / élan
  CHECK(caselessKey("Caf\xC3\xA9") == caselessKey("Cafe\xCC\x81"));                     // NFC / NFD
  CHECK(caselessKey("Stra\xC3\x9F" "e") == caselessKey("STRASSE"));                     // full folding: ß = ss
  CHECK(caselessKey("\xC2\xA0 Sapa\xE3\x80\x80Warga\xE2\x80\xAF") == caselessKey("sapa warga"));  // NBSP, ideographic space
  CHECK(caselessKey("\xCE\xA3\xCE\x99\xCE\xA3") == caselessKey("\xCF\x83\xCE\xB9\xCF\x82"));  // ΣΙΣ / σις (final sigma)
  CHECK(caselessKey("\xED\x95\x9C") == caselessKey("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"));  // 한: syllable / jamo
  // Combining marks in either order: dot below (220) and acute (230).
  CHECK(caselessKey("a\xCC\x81\xCC\xA3") == caselessKey("a\xCC\xA3\xCC\x81"));
  CHECK(caselessKey("\xF0\x90\x90\x80") == caselessKey("\xF0\x90\x90\xA8"));            // Deseret, outside the BMP
  // Different texts stay different.
  CHECK(caselessKey("Cafe") != caselessKey("Caf\xC3\xA9"));
  CHECK(caselessKey("Sapa Warga") != caselessKey("SapaWarga"));
  CHECK(caselessKey("  ") == "");
}

TEST_CASE("a room matches duplicates with Unicode case folding, white space and NFC/NFD") {
  auto pair = [](const std::string& a, const std::string& b) {
    Assessment x = named(allAt(2), a, "Dinas Kesehatan"), y = named(allAt(3), b, "DINAS KESEHATAN");
    return aggregate(checklist(), {{"a.json", report(x, "2026-11-01T08:00:00Z")}, {"b.json", report(y, "2026-11-02T08:00:00Z")}});
  };
  for (auto [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"\xC3\x9Cr\xC3\xBCn", "\xC3\x9CR\xC3\x9CN"}, {"\xC3\x89LAN", "\xC3\xA9lan"},
           {"\xC2\xA0" "Caf\xC3\xA9\xC2\xA0", "Cafe\xCC\x81"}}) {
    CAPTURE(a);
    RoomData g = pair(a, b);
    CHECK(g.counted == 1);
    CHECK(g.reports[0].duplicate);
    CHECK_FALSE(g.reports[0].counted);  // the newer one counts
  }
  CHECK(pair("Cafe", "Caf\xC3\xA9").counted == 2);
}

TEST_CASE("two reports of one innovation with the same generatedAt: the same one counts in any order") {
  Assessment x = named(allAt(1), "Si Ikan Nila", "Kota Malang"), y = named(allAt(4), "Si Ikan Nila", "Kota Malang");
  std::string tx = report(x, "2026-11-01T08:00:00Z"), ty = report(y, "2026-11-01T08:00:00Z");
  RoomData one = aggregate(checklist(), {{"x.json", tx}, {"y.json", ty}});
  RoomData two = aggregate(checklist(), {{"y.json", ty}, {"x.json", tx}});
  REQUIRE(one.counted == 1);
  REQUIRE(two.counted == 1);
  CHECK(*one.overall.mean == *two.overall.mean);
  // The same text under two names: the smaller file name counts, in any order.
  RoomData same1 = aggregate(checklist(), {{"b.json", tx}, {"a.json", tx}});
  RoomData same2 = aggregate(checklist(), {{"a.json", tx}, {"b.json", tx}});
  auto countedFile = [](const RoomData& g) { for (auto& r : g.reports) if (r.counted) return r.file; return std::string(); };
  CHECK(countedFile(same1) == "a.json");
  CHECK(countedFile(same2) == "a.json");
}

TEST_CASE("the room's table order: by score (highest first), name, band or weakest factor; stable; reversible") {
  RoomData g = aggregate(checklist(), room());  // r1 (2s, one 4), r2 (1s), r3 (partly 3s), r5 (3s, one 2)
  auto names = [&](const std::vector<std::size_t>& order) {
    std::vector<std::string> out;
    for (std::size_t i : order) out.push_back(g.reports[i].name);
    return out;
  };
  std::vector<std::size_t> byScore = roomOrder(g, checklist());
  REQUIRE(byScore.size() == g.reports.size());
  for (std::size_t k = 1; k < byScore.size(); ++k)
    CHECK(g.reports[byScore[k - 1]].results.overall.value_or(-1) >= g.reports[byScore[k]].results.overall.value_or(-1));
  std::vector<std::size_t> reversed = roomOrder(g, checklist(), RoomSort::Score, true);
  CHECK(std::vector<std::size_t>(byScore.rbegin(), byScore.rend()) == reversed);
  std::vector<std::string> byName = names(roomOrder(g, checklist(), RoomSort::Name));
  CHECK(std::is_sorted(byName.begin(), byName.end()));
  std::vector<std::size_t> byBand = roomOrder(g, checklist(), RoomSort::Band);
  for (std::size_t k = 1; k < byBand.size(); ++k) {
    const Band* a = g.reports[byBand[k - 1]].results.band;
    const Band* b = g.reports[byBand[k]].results.band;
    CHECK((a ? a - checklist().bands.data() : -1) >= (b ? b - checklist().bands.data() : -1));
  }
  // Equal keys keep the order the reports came in.
  RoomData same = aggregate(checklist(), {{"a.json", report(named(allAt(2), "A", "X"), "2026-11-01T08:00:00Z")},
                                       {"b.json", report(named(allAt(2), "B", "X"), "2026-11-01T08:00:00Z")}});
  CHECK(roomOrder(same, checklist()) == std::vector<std::size_t>{0, 1});
  CHECK(roomOrder(same, checklist(), RoomSort::Score, true) == std::vector<std::size_t>{1, 0});
}

TEST_CASE("ranks come from the score: ties share a place (1, 1, 3), the sort order never changes them, uncounted reports have none") {
  const Checklist& c = checklist();
  // Two at the same score, one lower, one higher, an incomplete one, and a resubmission of the highest.
  Assessment partial = named(Assessment{}, "Baru Mulai", "Kab. Blitar");
  setLevel(partial, c, ind(0, 0), 1);
  RoomData g = aggregate(c, {{"a.json", report(named(allAt(2), "Alfa", "X"), "2026-11-01T08:00:00Z")},
                          {"b.json", report(named(allAt(3), "Bravo", "X"), "2026-11-01T08:00:00Z")},
                          {"c.json", report(named(allAt(2), "Charlie", "X"), "2026-11-01T08:00:00Z")},
                          {"d.json", report(named(allAt(1), "Delta", "X"), "2026-11-01T08:00:00Z")},
                          {"e.json", report(partial, "2026-11-01T08:00:00Z")},
                          {"f.json", report(named(allAt(0), "bravo", "x"), "2026-10-01T08:00:00Z")}});  // older: not counted
  auto rankOf = [&](const std::string& file) {
    for (const RoomReport& r : g.reports)
      if (r.file == file) return r.rank;
    return -1;
  };
  // By hand: Bravo 75 > Alfa = Charlie 50 > Baru Mulai (one answer, level 1: 25) = Delta 25; f is not counted.
  CHECK(rankOf("b.json") == 1);
  CHECK(rankOf("a.json") == 2);
  CHECK(rankOf("c.json") == 2);
  CHECK(rankOf("d.json") == 4);
  CHECK(rankOf("e.json") == 4);
  CHECK(rankOf("f.json") == 0);
  // How many answers each has: all, or one.
  for (const RoomReport& r : g.reports) CHECK(r.answered == (r.file == "e.json" ? 1u : r.levels.size()));
  // Sorting the other way, or by name, moves rows, not ranks.
  Json reversed = roomStateJson(g, roomOrder(g, c, RoomSort::Score, true));
  Json byName = roomStateJson(g, roomOrder(g, c, RoomSort::Name));
  for (const Json* view : {&reversed, &byName})
    for (const Json& row : (*view)["rows"]) {
      const int expected = rankOf(row["file"].get<std::string>());
      if (expected) CHECK(row["rank"] == expected);
      else CHECK(row["rank"].is_null());
    }
  // The export carries them too.
  Json doc = Json::parse(roomJson(g, c, translations(), Lang::Id, "2026-11-30T00:00:00Z"));
  for (const Json& item : doc["innovations"]) {
    const int expected = rankOf(item["file"].get<std::string>());
    if (expected) CHECK(item["rank"] == expected);
    CHECK(item["answered"].is_number_unsigned());
  }
}

TEST_CASE("factors that tie for the room's weakest are all named") {
  const Checklist& c = checklist();
  // Every factor at level 2 but the first two at level 1: those two tie.
  Assessment a = named(allAt(2), "Alfa", "X");
  for (std::size_t f = 0; f < 2; ++f)
    for (std::size_t i = 0; i < c.factors[f].indicators.size(); ++i) setLevel(a, c, ind(f, i), 1);
  RoomData g = aggregate(c, {{"a.json", report(a, "2026-11-01T08:00:00Z")}});
  REQUIRE(g.weakestTied.size() == 2);
  CHECK(g.weakestTied[0] == &c.factors[0]);
  CHECK(g.weakestTied[1] == &c.factors[1]);
  CHECK(g.weakest == &c.factors[0]);
  RoomData one = aggregate(c, {{"b.json", report(named(allAt(2), "B", "X"), "2026-11-01T08:00:00Z")}});
  CHECK(one.weakestTied.size() == c.factors.size());  // all equal: all tie
}

TEST_CASE("participant codes: P01 onwards, as many digits as the room's largest number, never two alike") {
  CHECK(participantCode(0, 15) == "P01");
  CHECK(participantCode(14, 15) == "P15");
  CHECK(participantCode(0, 3) == "P01");
  CHECK(participantCode(0, 100) == "P001");
  CHECK(participantCode(99, 100) == "P100");
  CHECK(participantCode(9999, 10000) == "P10000");
  std::set<std::string> codes;
  for (std::size_t i = 0; i < 1000; ++i) codes.insert(participantCode(i, 1000));
  CHECK(codes.size() == 1000);
}

TEST_CASE("the room by stage: innovations per stage, and per factor their mean score against the mean of what each is expected") {
  const Checklist& c = checklist();
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<Assessment> at(3);  // what each stage's reports are, to compute by hand
  std::vector<std::vector<Assessment>> byStage(3);
  const char* stages[] = {"creation", "development", "institutionalisation"};
  for (int i = 0; i < 9; ++i) {
    Assessment a = named(allAt(i % 5), "Inovasi " + std::to_string(i), "Kab. " + std::to_string(i));
    if (i % 4 == 1) setNotApplicable(a, c, ind(1, 0), true);
    if (i < 8) {  // the ninth names no stage
      REQUIRE_FALSE(setProfileValue(a, c, "stage", Json(stages[i % 3])));
      byStage[static_cast<std::size_t>(i % 3)].push_back(a);
    }
    files.push_back({"r" + std::to_string(i) + ".json", report(a, "2026-11-2" + std::to_string(i) + "T10:00:00Z")});
  }
  const RoomData g = aggregate(c, files);
  REQUIRE(g.stages.size() == 3);
  CHECK(g.noStage == 1);
  for (std::size_t st = 0; st < 3; ++st) {
    CAPTURE(stages[st]);
    CHECK(g.stages[st].reports == byStage[st].size());
    for (std::size_t fi = 0; fi < c.factors.size(); ++fi) {
      // By hand: each report's factor score, and its expected levels over the indicators it answered.
      double scores = 0, expected = 0;
      std::size_t met = 0;
      for (const Assessment& a : byStage[st]) {
        int levels = 0, wants = 0, n = 0;
        for (const Indicator& i : c.factors[fi].indicators) {
          const auto& ans = a.answers.at(i.id);
          if (!ans.level) continue;
          levels += *ans.level;
          wants += i.expected[st];
          ++n;
        }
        const double score = roundOneDecimal(25.0 * levels / n), want = roundOneDecimal(25.0 * wants / n);
        scores += score;
        expected += want;
        met += score >= want;
      }
      const StageFactorStats& x = g.stages[st].factors[fi];
      CHECK(x.n == byStage[st].size());
      CHECK(*x.mean == doctest::Approx(scores / static_cast<double>(byStage[st].size())));
      CHECK(*x.expected == doctest::Approx(expected / static_cast<double>(byStage[st].size())));
      CHECK(x.met == met);
    }
  }
  // The summary, the CSV and the workbook carry it.
  const Json doc = Json::parse(roomJson(g, c, translations(), Lang::Id, "2026-11-30T10:00:00Z"));
  CHECK(doc["schemaVersion"] == 2);
  CHECK(doc["stages"][1]["stage"] == "development");
  CHECK(doc["stages"][1]["reports"] == byStage[1].size());
  CHECK(doc["noStage"] == 1);
  std::size_t named0 = 0;
  for (const auto& r : doc["innovations"]) named0 += r["stage"] == "";
  CHECK(named0 == 1);
  const std::string csv = roomReportsCsv(g, c);
  CHECK(csv.find("region,stage,generatedAt") != std::string::npos);
  CHECK(csv.find(",Provinsi") == std::string::npos);  // (no region given: empty cells around the stage)
  CHECK(csv.find("\"Inovasi 1\",\"Kab. 1\",,\"development\",") != std::string::npos);
  CHECK(csv.find("\"Inovasi 8\",\"Kab. 8\",,,") != std::string::npos);
  const Workbook w = roomWorkbook(g, c, translations(), Lang::Id);
  const auto& head = w.sheets[1].rows[0];
  auto col = std::find_if(head.begin(), head.end(), [](const Cell& x) { return x.text == "Tahap"; });
  REQUIRE(col != head.end());
  const std::size_t k = static_cast<std::size_t>(col - head.begin());
  std::set<std::string> seen;
  for (std::size_t r = 1; r < w.sheets[1].rows.size(); ++r) seen.insert(w.sheets[1].rows[r][k].text);
  CHECK(seen == std::set<std::string>{"", "Penciptaan", "Pengembangan", "Pelembagaan"});
  bool block = false;
  for (const auto& row : w.sheets[0].rows)
    block = block || (row.size() == 7 && row[0].text == "Pengembangan" && row[2].text == c.factors[0].shortTitle.id &&
                      row[1].number == static_cast<double>(byStage[1].size()));
  CHECK(block);
}

TEST_CASE("a room has a limit: past it nothing more is read, only counted; failures past a thousand are counted, not listed") {
  const Checklist& c = checklist();
  std::vector<std::string> reports;
  for (int i = 0; i < 8; ++i) reports.push_back(report(named(allAt(i % 5), "Inovasi " + std::to_string(i), "Kota"), "2026-11-01T08:00:00Z"));
  RoomBuilder files(c, 5);
  for (int i = 0; i < 8; ++i) files.add("r" + std::to_string(i) + ".json", reports[static_cast<std::size_t>(i)]);
  files.refuse("besar.json", Error{"$", "too_large", {"5"}});
  CHECK(files.full());
  CHECK(files.size() == 9);
  RoomData g = std::move(files).finish();
  CHECK(g.reports.size() == 5);
  CHECK(g.notRead == 4);
  CHECK(g.reports.back().name == "Inovasi 4");  // the first five, in order
  // A chat's codes, the same: the codes past the limit are counted, not read.
  std::string chat = "Grup pelatihan\n";
  for (int i = 0; i < 8; ++i) {
    Assessment a = named(allAt(3), "Kode " + std::to_string(i), "Kota");
    chat += "Peserta: " + *shareCode(a, c, "2026-11-29T08:00:00Z").value + "\n";
  }
  RoomBuilder codes(c, 5);
  codes.add("chat", chat);
  RoomData fromChat = std::move(codes).finish();
  CHECK(fromChat.reports.size() == 5);
  CHECK(fromChat.notRead == 3);
  // The summary says both.
  const Json doc = Json::parse(roomJson(fromChat, c, translations(), Lang::Id, "2026-11-29T09:00:00Z"));
  CHECK(doc["reports"]["read"] == 5);
  CHECK(doc["reports"]["notRead"] == 3);
  // Failures: the first thousand listed, the rest counted, all in the totals.
  RoomBuilder broken(c);
  for (int i = 0; i < 1005; ++i) broken.add("rusak" + std::to_string(i) + ".json", "{\"schema\": tru");
  RoomData b = std::move(broken).finish();
  CHECK(b.failed.size() == limits::kRoomFailedListed);
  CHECK(b.failedUnlisted == 5);
  CHECK(b.failedCount() == 1005);
  const Json view = Json::parse(roomJson(b, c, translations(), Lang::Id, "2026-11-29T09:00:00Z"));
  CHECK(view["reports"]["failed"] == 1005);
  CHECK(view["failed"].size() == limits::kRoomFailedListed);
  // Joining a full room keeps what it had not read.
  RoomBuilder more(c, fromChat, 5);
  more.add("r9.json", reports[0]);
  CHECK(std::move(more).finish().notRead == 4);
}
