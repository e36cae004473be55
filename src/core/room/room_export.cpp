#include "core/room/room_export.h"
#include "core/base/stable_sort.h"

#include "core/json/json_writer.h"

#include <algorithm>

#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/json/json.h"
#include "core/report/report.h"

namespace lestari {

using json = Json;

namespace {
double round2(double v) { return std::round(v * 100.0) / 100.0; }
json opt(const std::optional<double>& v) { return v ? json(round2(*v)) : json(nullptr); }
json statsJson(const Stats& s) {
  return {{"n", s.n}, {"mean", opt(s.mean)}, {"median", opt(s.median)}, {"min", opt(s.min)},
          {"max", opt(s.max)}, {"sd", opt(s.sd)}};
}
std::string number(const std::optional<double>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", round2(*v));
  std::string s = buf;
  while (s.back() == '0') s.pop_back();  // 46.50 -> 46.5, 3.00 -> 3
  if (s.back() == '.') s.pop_back();
  return s;
}
std::string row(std::initializer_list<std::string> cells) {
  std::string out;
  for (const std::string& c : cells) out += (out.empty() ? "" : ",") + c;
  return out + "\r\n";
}
const char kBom[] = "\xEF\xBB\xBF";

}  // namespace

std::string csvField(std::string_view text) {
  if (text.empty()) return "";  // no value (a reader's NULL), not an empty text
  std::string out = "\"";
  out.reserve(text.size() + 8);
  bool cellMayStart = true;  // a reader splitting here would start a cell
  for (const char ch : text) {
    if (cellMayStart && (ch == '=' || ch == '+' || ch == '-' || ch == '@' || ch == '\t' || ch == '\r')) out += '\'';
    out += ch;
    if (ch == '"') out += '"';
    // Quotes and spaces between a split and a formula do not make it text.
    if (ch == ',' || ch == ';' || ch == '\n' || ch == '\r') cellMayStart = true;
    else if (ch != '"' && ch != ' ') cellMayStart = false;
  }
  return out + "\"";
}

// The stage a report names, as its id; "" when none (the CSV's empty cell).
std::string stageId(const Checklist& c, const RoomReport& r) {
  return r.results.stage ? c.stages()[r.results.stage->stage].id : std::string();
}

std::string roomJson(const RoomData& g, const Checklist& c, const Translations& s, Lang lang, const std::string& at, int indent) {
  json doc = documentHead(kRoomSchemaId, kRoomSchemaVersion, at, c, lang);
  std::size_t duplicates = 0;
  for (const RoomReport& r : g.reports) duplicates += r.duplicate && !r.counted;
  doc["reports"] = {{"read", g.reports.size()}, {"counted", g.counted}, {"notCounted", duplicates}, {"failed", g.failedCount()},
                    {"notRead", g.notRead}};
  doc["overall"] = statsJson(g.overall);
  json bands = json::object();
  for (std::size_t b = 0; b < c.bands.size(); ++b) bands[c.bands[b].id] = g.bands.empty() ? 0 : g.bands[b];
  doc["bands"] = bands;
  doc["weakestFactor"] = g.weakest ? json(g.weakest->id) : json(nullptr);
  json factors = json::array();
  for (const FactorStats& f : g.factors) {
    json item = {{"id", f.factor->id}, {"title", f.factor->title.in(lang)}};
    item.update(statsJson(f.stats));
    factors.push_back(item);
  }
  doc["factors"] = factors;
  json indicators = json::array();
  for (const IndicatorStats& is : g.indicators) {
    json item = {{"id", is.indicator->id}, {"factor", is.factor->id}};
    item.update(statsJson(is.stats));
    item["levels"] = is.levels;
    item["notApplicable"] = is.notApplicable;
    item["unanswered"] = is.unanswered;
    indicators.push_back(item);
  }
  doc["indicators"] = indicators;
  json disagreement = json::array();
  for (std::size_t i = 0; i < g.disagreement.size() && i < 5; ++i) disagreement.push_back(g.indicators[g.disagreement[i]].indicator->id);
  doc["disagreement"] = disagreement;
  json stages = json::array();
  for (std::size_t st = 0; st < g.stages.size(); ++st) {
    json fs = json::array();
    for (std::size_t fi = 0; fi < g.stages[st].factors.size(); ++fi) {
      const StageFactorStats& x = g.stages[st].factors[fi];
      fs.push_back({{"id", c.factors[fi].id}, {"n", x.n}, {"mean", x.mean ? json(*x.mean) : json(nullptr)},
                    {"expected", x.expected ? json(*x.expected) : json(nullptr)}, {"met", x.met}});
    }
    stages.push_back({{"stage", c.stages()[st].id}, {"reports", g.stages[st].reports}, {"factors", fs}});
  }
  doc["stages"] = stages;
  doc["noStage"] = g.noStage;
  // The two long lists are written one item at a time, never as one
  // document tree: a room of 100,000 reports needs no more memory than its
  // text. The result is the same as dumping the whole tree (indent 2).
  const bool pretty = indent >= 0;
  std::string out;
  // No doubling on the way (a second copy of a 5 MB text): an innovation
  // takes about 440 bytes compact, 640 indented (file names longer than "#12" more).
  out.reserve(4096 + (g.reports.size() * 64 + g.failed.size() * 16) * (pretty ? 11 : 8));
  JsonWriter w(out, pretty);
  w.beginObject();
  w.members(doc);
  w.key("innovations");
  w.beginArray();
  for (const RoomReport& r : g.reports) {
    w.beginObject();
    w.member("file", r.file);
    w.member("name", r.name);
    w.member("agency", r.agency);
    w.member("region", r.region);
    w.member("stage", stageId(c, r));
    w.member("generatedAt", r.generatedAt);
    w.member("score", r.results.overall ? json(*r.results.overall) : json(nullptr));
    w.member("band", r.results.band ? json(r.results.band->id) : json(nullptr));
    w.member("weakestFactor", r.results.weakest ? json(r.results.weakest->id) : json(nullptr));
    w.member("complete", r.results.complete);
    w.member("recalculated", r.recalculated);
    w.member("duplicate", r.duplicate);
    w.member("counted", r.counted);
    w.member("rank", r.rank ? json(r.rank) : json(nullptr));
    w.member("answered", r.answered);
    w.key("factors");
    w.beginObject();
    for (const FactorResult& f : r.results.factors) w.member(f.factor->id, f.score ? json(*f.score) : json(nullptr));
    w.endObject();
    w.endObject();
  }
  w.endArray();
  w.key("failed");
  w.beginArray();
  for (const FailedReport& f : g.failed) {
    json errors = json::array();
    for (const Error& e : f.errors) errors.push_back({{"path", e.path}, {"code", e.code}, {"message", s.message(e, lang)}});
    w.value(json{{"file", f.file}, {"errors", errors}});
  }
  w.endArray();
  w.endObject();
  if (pretty) out += '\n';
  return out;
}

std::string roomReportsCsv(const RoomData& g, const Checklist& c) {
  std::string header = "file,name,agency,region,stage,generatedAt,score,band,weakestFactor,complete,duplicate,counted,rank";
  for (const Factor& f : c.factors) header += ",factor:" + f.id;
  for (const Factor& f : c.factors)
    for (const Indicator& i : f.indicators) header += "," + i.id;
  std::string out = kBom + header + "\r\n";
  for (const RoomReport& r : g.reports) {
    std::string line = row({csvField(r.file), csvField(r.name), csvField(r.agency), csvField(r.region), csvField(stageId(c, r)),
                            csvField(r.generatedAt), number(r.results.overall), csvField(r.results.band ? r.results.band->id : ""),
                            csvField(r.results.weakest ? r.results.weakest->id : ""), r.results.complete ? "true" : "false",
                            r.duplicate ? "true" : "false", r.counted ? "true" : "false", r.rank ? std::to_string(r.rank) : ""});
    line.resize(line.size() - 2);
    for (const FactorResult& f : r.results.factors) line += "," + number(f.score);
    for (std::size_t k = 0; k < r.levels.size(); ++k)
      line += "," + (r.levels[k] ? std::to_string(*r.levels[k]) : r.notApplicable[k] ? std::string("NA") : std::string());
    out += line + "\r\n";
  }
  return out;
}

std::string roomIndicatorsCsv(const RoomData& g, const Checklist& c, Lang lang) {
  (void)c;
  std::string out = std::string(kBom) +
                    "factor,indicator,question,n,mean,median,min,max,sd,level0,level1,level2,level3,level4,notApplicable,unanswered\r\n";
  for (const IndicatorStats& is : g.indicators) {
    const Stats& s = is.stats;
    out += row({csvField(is.factor->id), csvField(is.indicator->id), csvField(is.indicator->question.in(lang)), std::to_string(s.n), number(s.mean),
                number(s.median), number(s.min), number(s.max), number(s.sd), std::to_string(is.levels[0]),
                std::to_string(is.levels[1]), std::to_string(is.levels[2]), std::to_string(is.levels[3]),
                std::to_string(is.levels[4]), std::to_string(is.notApplicable), std::to_string(is.unanswered)});
  }
  return out;
}

Workbook roomWorkbook(const RoomData& g, const Checklist& c, const Translations& s, Lang lang) {
  auto t = [&](const char* key) { return Cell::of(s.get(key, lang)); };
  auto statsCells = [](std::vector<Cell>& row, const Stats& st) {
    row.push_back(Cell::of(static_cast<double>(st.n)));
    for (const auto& v : {st.mean, st.median, st.min, st.max, st.sd}) row.push_back(Cell::of(v ? std::optional<double>(round2(*v)) : std::nullopt));
  };
  auto statsHeader = [&](const char* first) {
    return std::vector<Cell>{t(first), Cell::of(std::string("n")), t("group.mean"), t("group.median"), t("group.min"), t("group.max"), t("xlsx.sd")};
  };
  auto yesNo = [&](bool v) { return t(v ? "xlsx.yes" : "xlsx.no"); };
  auto bandWord = [&](const Band* b) { return b ? Cell::of(b->label.in(lang)) : Cell{}; };
  Workbook w;

  // The summary: per factor and overall, then the reports per band.
  Sheet summary{s.get("xlsx.sheetSummary", lang), 1, {44, 8, 11, 11, 11, 11, 18}, {statsHeader("xlsx.factor")}};
  for (const FactorStats& f : g.factors) {
    summary.rows.push_back({Cell::of(f.factor->title.in(lang))});
    statsCells(summary.rows.back(), f.stats);
  }
  summary.rows.push_back({t("xlsx.overall")});
  statsCells(summary.rows.back(), g.overall);
  summary.rows.emplace_back();
  summary.rows.push_back({t("group.colBand"), t("xlsx.reports")});
  for (std::size_t b = 0; b < c.bands.size(); ++b)
    summary.rows.push_back({Cell::of(c.bands[b].label.in(lang)), Cell::of(static_cast<double>(b < g.bands.size() ? g.bands[b] : 0))});
  // The room by stage: each stage's innovations, then per factor the mean against what the stage expects.
  summary.rows.emplace_back();
  summary.rows.push_back({t("xlsx.stage"), t("xlsx.reports"), t("xlsx.factor"), Cell::of(std::string("n")), t("group.mean"),
                          t("xlsx.expected"), t("xlsx.met")});
  for (std::size_t st = 0; st < g.stages.size(); ++st)
    for (std::size_t fi = 0; fi < c.factors.size(); ++fi) {
      const StageFactorStats& x = g.stages[st].factors[fi];
      auto rounded = [](const std::optional<double>& v) { return v ? std::optional<double>(round2(*v)) : std::nullopt; };
      summary.rows.push_back({Cell::of(c.stages()[st].label.in(lang)), Cell::of(static_cast<double>(g.stages[st].reports)),
                              Cell::of(c.factors[fi].shortTitle.in(lang)), Cell::of(static_cast<double>(x.n)), Cell::of(rounded(x.mean)),
                              Cell::of(rounded(x.expected)), Cell::of(static_cast<double>(x.met))});
    }
  summary.rows.push_back({t("xlsx.noStage"), Cell::of(static_cast<double>(g.noStage))});
  w.sheets.push_back(std::move(summary));

  // The innovations, in rank order.
  Sheet innovations{s.get("xlsx.sheetInnovations", lang), 1, {10, 36, 28, 20, 9, 13, 24}, {}};
  std::vector<Cell> header = {t("xlsx.rank"), t("group.colName"), t("xlsx.agency"), t("xlsx.region"), t("group.colScore"), t("group.colBand"),
                              t("group.colWeakest"), t("xlsx.stage")};
  innovations.widths.push_back(18);
  for (const Factor& f : c.factors) {
    header.push_back(Cell::of(f.shortTitle.in(lang)));
    innovations.widths.push_back(14);
  }
  for (const char* key : {"xlsx.complete", "xlsx.answered", "xlsx.counted", "xlsx.duplicate", "xlsx.file", "xlsx.generatedAt"}) header.push_back(t(key));
  innovations.widths.insert(innovations.widths.end(), {10, 12, 10, 14, 28, 22});
  innovations.rows.push_back(std::move(header));
  std::vector<std::size_t> order = g.byScore;  // by score; the ranked ones first, unranked (not counted) after
  stableSortIndices(order, [&](std::size_t a, std::size_t b) { return (g.reports[a].rank == 0) < (g.reports[b].rank == 0); });
  for (std::size_t i : order) {
    const RoomReport& r = g.reports[i];
    std::vector<Cell> row = {r.rank ? Cell::of(static_cast<double>(r.rank)) : Cell{}, Cell::of(r.name), Cell::of(r.agency), Cell::of(r.region),
                             Cell::of(r.results.overall), bandWord(r.results.band),
                             r.results.weakest ? Cell::of(r.results.weakest->shortTitle.in(lang)) : Cell{},
                             r.results.stage ? Cell::of(c.stages()[r.results.stage->stage].label.in(lang)) : Cell{}};
    for (const FactorResult& f : r.results.factors) row.push_back(Cell::of(f.score));
    row.insert(row.end(), {yesNo(r.results.complete), Cell::of(static_cast<double>(r.answered)), yesNo(r.counted), yesNo(r.duplicate),
                           Cell::of(r.file), Cell::of(r.generatedAt)});
    innovations.rows.push_back(std::move(row));
  }
  w.sheets.push_back(std::move(innovations));

  // The indicators: numbered as in the checklist, their statistics and levels.
  Sheet indicators{s.get("xlsx.sheetIndicators", lang), 1, {7, 24, 60, 7, 11, 11, 9, 9, 18}, {statsHeader("xlsx.number")}};
  indicators.rows[0].insert(indicators.rows[0].begin() + 1, {t("xlsx.factor"), t("xlsx.indicator")});
  for (int lv = 0; lv <= kMaxLevel; ++lv) {
    indicators.rows[0].push_back(Cell::of(s.format("xlsx.level", lang, {std::to_string(lv)})));
    indicators.widths.push_back(10);
  }
  indicators.rows[0].insert(indicators.rows[0].end(), {t("xlsx.notApplicable"), t("group.unanswered")});
  indicators.widths.insert(indicators.widths.end(), {14, 14});
  for (const IndicatorStats& is : g.indicators) {
    std::vector<Cell> row = {Cell::of(c.number(*is.factor, *is.indicator)), Cell::of(is.factor->shortTitle.in(lang)), Cell::of(is.indicator->question.in(lang))};
    statsCells(row, is.stats);
    for (std::size_t n : is.levels) row.push_back(Cell::of(static_cast<double>(n)));
    row.insert(row.end(), {Cell::of(static_cast<double>(is.notApplicable)), Cell::of(static_cast<double>(is.unanswered))});
    indicators.rows.push_back(std::move(row));
  }
  w.sheets.push_back(std::move(indicators));
  return w;
}

}  // namespace lestari
