#include "core/room/event_report.h"

#include <algorithm>

#include "core/base/stable_sort.h"
#include "core/report/report.h"
#include "core/report/summary_html.h"
#include "core/text/text.h"

namespace lestari {

std::vector<std::size_t> weakestOrder(const RoomData& g) {
  std::vector<std::size_t> order;
  for (std::size_t fi = 0; fi < g.weakestOf.size(); ++fi)
    if (g.weakestOf[fi]) order.push_back(fi);
  stableSortIndices(order, [&](std::size_t x, std::size_t y) { return g.weakestOf[x] > g.weakestOf[y]; });
  return order;
}

std::string roomWeakestText(const RoomData& g, const Checklist& c, Lang lang) {
  std::string text;  // a tie is said, not hidden behind the first
  for (const Factor* f : g.weakestTied)
    text += (text.empty() ? "" : " \xC2\xB7 ") + f->title.in(lang) + " \xE2\x80\x94 " +
            formatNumber(g.factors[static_cast<std::size_t>(f - c.factors.data())].stats.mean, lang);
  return text.empty() ? "\xE2\x80\x93" : text;
}

std::string roomCountsText(const RoomData& g, const Translations& s, Lang lang) {
  const std::size_t notCounted = g.reports.size() - g.counted;
  const std::size_t read = g.reports.size() + g.failedCount(), codes = std::min(g.codes, read), files = read - codes;
  const std::string what = codes == 0   ? s.format("group.readFiles", lang, {groupedNumber(files, lang)})
                           : files == 0 ? s.format("group.readCodes", lang, {groupedNumber(codes, lang)})
                                        : s.format("group.readBoth", lang, {groupedNumber(files, lang), groupedNumber(codes, lang)});
  return s.format("group.counts", lang, {what, groupedNumber(g.counted, lang), groupedNumber(notCounted, lang), groupedNumber(g.failedCount(), lang)});
}

namespace {

// A bar for a mean with its range (min to max), 0-100 across: as the room's chart on screen.
std::string rangeBar(const Stats& st) {
  if (!st.mean) return {};
  auto x = [](double v) { return std::to_string(static_cast<int>(v * 1.2 + 0.5)); };  // 120 wide
  return "<svg width=\"120\" height=\"10\" viewBox=\"0 0 120 10\" role=\"img\"><rect class=\"track\" x=\"0\" y=\"2\" width=\"120\" "
         "height=\"6\" rx=\"2\"/><rect class=\"f2\" x=\"0\" y=\"2\" width=\"" + x(*st.mean) + "\" height=\"6\" rx=\"2\"/><line "
         "class=\"expected-mark\" x1=\"" + x(*st.min) + "\" y1=\"5\" x2=\"" + x(*st.max) + "\" y2=\"5\"/></svg>";
}

class Writer {
 public:
  explicit Writer(const EventReportInput& in) : in_(in), c_(in.checklist), s_(in.strings), g_(in.room), lang_(in.lang) {}
  std::string body();

 private:
  std::string t(const char* key) const { return escapeHtml(s_.get(key, lang_)); }
  std::string f(const char* key, const std::vector<std::string>& args) const { return escapeHtml(s_.format(key, lang_, args)); }
  std::string n(std::size_t v) const { return groupedNumber(v, lang_); }
  std::string num(const std::optional<double>& v, int decimals = 1) const { return formatNumber(v, lang_, decimals); }
  // Appends each piece in turn (no temporary strings joined: small WebAssembly).
  void put(std::initializer_list<std::string_view> pieces) {
    for (std::string_view p : pieces) h_.append(p);
  }
  void row(std::initializer_list<std::string_view> cells, bool header = false) {
    h_ += "<tr>";
    for (std::string_view cell : cells) put({header ? "<th>" : "<td>", cell, header ? "</th>" : "</td>"});
    h_ += "</tr>";
  }
  std::string factorTitle(std::size_t fi, bool shortTitle) const;  // "2. Anggaran"
  void header();
  void counted();
  void bands();
  void factors();
  void weakest();
  void stages();
  void disagreement();
  void topics();
  void ranking();

  const EventReportInput& in_;
  const Checklist& c_;
  const Translations& s_;
  const RoomData& g_;
  const Lang lang_;
  std::string h_;
};

void Writer::header() {
  const RoomEvent& e = in_.event;
  put({"<header><p class=\"kicker\">", t("event.kicker"), "</p><h1>", e.name.empty() ? t("event.untitled") : userText(e.name),
       "</h1><p class=\"meta\">"});
  if (!e.date.empty()) put({escapeHtml(displayDate(e.date, s_, lang_)), e.place.empty() ? "" : " \xC2\xB7 "});
  if (!e.place.empty()) h_ += userText(e.place);
  h_ += "</p>";
  if (!e.facilitator.empty()) put({"<p class=\"meta\">", t("event.facilitator"), ": ", userText(e.facilitator), "</p>"});
  put({"<p class=\"meta\">", f("event.printed", {displayDate(in_.today, s_, lang_), c_.version}), "</p></header>\n"});
}

void Writer::counted() {
  put({"<h2>", t("event.countedTitle"), "</h2>\n<p><b>", escapeHtml(roomCountsText(g_, s_, lang_)), "</b></p><p>", t("event.countedHow"), "</p>"});
  if (g_.notRead) put({"<p class=\"warn\">", f("group.notRead", {n(limits::kRoomReports), n(g_.notRead)}), "</p>"});
  if (g_.overall.n)
    put({"<p>", f("group.overall", {num(g_.overall.mean), num(g_.overall.median), num(g_.overall.min), num(g_.overall.max)}), "</p>"});
  h_ += "\n";
}

void Writer::bands() {
  put({"<h2>", t("group.chartBands"), "</h2>\n<table>"});
  row({t("group.colBand"), t("event.colReports"), t("event.colShare")}, true);
  for (std::size_t b = c_.bands.size(); b-- > 0;) {  // best first, as on screen
    const double share = g_.overall.n ? 100.0 * static_cast<double>(g_.bands[b]) / static_cast<double>(g_.overall.n) : 0.0;
    const char cls[] = {'b', static_cast<char>('0' + std::min<std::size_t>(b, 3)), 0};
    row({"<span class=\"band " + std::string(cls) + "\">" + escapeHtml(c_.bands[b].label.in(lang_)) + "</span>", n(g_.bands[b]), num(share, 0) + "%"});
  }
  h_ += "</table>\n";
}

std::string Writer::factorTitle(std::size_t fi, bool shortTitle) const {
  return std::to_string(fi + 1) + ". " + escapeHtml((shortTitle ? c_.factors[fi].shortTitle : c_.factors[fi].title).in(lang_));
}

void Writer::factors() {
  put({"<h2>", t("group.chartFactors"), "</h2>\n<table>"});
  row({t("event.colFactor"), t("group.mean"), t("group.median"), t("group.min"), t("group.max"), "n", ""}, true);
  for (std::size_t fi = 0; fi < g_.factors.size(); ++fi) {
    const Stats& st = g_.factors[fi].stats;
    row({factorTitle(fi, false), num(st.mean), num(st.median), num(st.min), num(st.max), n(st.n), rangeBar(st)});
  }
  put({"</table><p class=\"muted note\">", t("event.factorsKey"), "</p>\n"});
}

// The lowest mean (a tie named whole), then how many innovations each factor is the weakest of.
void Writer::weakest() {
  put({"<h2>", t("group.weakestTitle"), "</h2>\n<p><b>", escapeHtml(roomWeakestText(g_, c_, lang_))});
  h_ += "</b></p><ul>";
  for (std::size_t fi : weakestOrder(g_))
    put({"<li>", f("event.weakestOf", {c_.factors[fi].title.in(lang_), n(g_.weakestOf[fi]), n(g_.counted)}), "</li>"});
  h_ += "</ul>\n";
}

void Writer::stages() {
  put({"<h2>", t("group.stageTitle"), "</h2>\n<p class=\"muted note\">", t("group.stageIntro"), "</p>\n"});
  for (std::size_t st = 0; st < g_.stages.size(); ++st) {
    const StageStats& ss = g_.stages[st];
    if (ss.reports == 0) continue;
    put({"<h3>", f("group.stageViewTitle", {c_.stages()[st].label.in(lang_), n(ss.reports)}), "</h3>\n<table>"});
    row({t("event.colFactor"), t("group.mean"), t("group.expected"), t("group.met")}, true);
    for (std::size_t fi = 0; fi < ss.factors.size(); ++fi) {
      const StageFactorStats& x = ss.factors[fi];
      row({factorTitle(fi, true), num(x.mean), num(x.expected), x.n ? f("event.metOf", {n(x.met), n(x.n)}) : "\xE2\x80\x93"});
    }
    h_ += "</table>\n";
  }
  if (g_.noStage) put({"<p class=\"muted\">", f("group.noStage", {n(g_.noStage)}), "</p>\n"});
}

void Writer::disagreement() {
  put({"<h2>", t("group.disagreementTitle"), "</h2>\n"});
  if (g_.disagreement.empty()) return put({"<p class=\"muted\">", t("group.disagreementNone"), "</p>\n"});
  h_ += "<ol>";
  for (std::size_t k = 0; k < g_.disagreement.size() && k < kEventListItems; ++k) {
    const IndicatorStats& is = g_.indicators[g_.disagreement[k]];
    put({"<li>", f("group.disagreementItem", {is.indicator->question.in(lang_), num(is.stats.sd, 2), num(is.stats.min, 0), num(is.stats.max, 0)}),
         "<br><span class=\"muted\">"});
    for (std::size_t l = 0; l < is.levels.size(); ++l)  // how many chose each level
      put({l ? " \xC2\xB7 " : "", f("event.levelCount", {std::to_string(l), n(is.levels[l])})});
    h_ += "</span></li>";
  }
  h_ += "</ol>\n";
}

void Writer::topics() {
  put({"<h2>", t("event.topicsTitle"), "</h2>\n<p class=\"muted note\">", t("event.topicsIntro"), "</p>\n"});
  if (g_.topics.empty()) return put({"<p class=\"muted\">", t("results.noRecommendations"), "</p>\n"});
  h_ += "<ol>";
  for (std::size_t k = 0; k < g_.topics.size() && k < kEventListItems; ++k) {
    const IndicatorStats& is = g_.indicators[g_.topics[k].indicator];
    put({"<li><b>", escapeHtml(is.factor->shortTitle.in(lang_)), ":</b> ", escapeHtml(is.indicator->recommendation.in(lang_)),
         " <span class=\"muted\">(", f("event.topicCount", {n(g_.topics[k].reports), n(g_.counted)}), ")</span></li>"});
  }
  h_ += "</ol>\n";
}

// The counted reports in rank order: codes unless the trainer shows the names.
void Writer::ranking() {
  put({"<h2>", t("group.rankingTitle"), "</h2>\n"});
  if (!in_.showNames) put({"<p class=\"muted note\">", t("event.codesKey"), "</p>"});
  h_ += "<table>";
  row({"#", t("group.colName"), t("group.colScore"), t("group.colBand"), t("group.colWeakest")}, true);
  std::size_t ranked = 0;
  for (std::size_t i : g_.byScore) {
    const RoomReport& r = g_.reports[i];
    if (!r.counted || !r.results.overall || ++ranked > kEventRankingRows) continue;
    std::string who = participantCode(i, g_.reports.size());
    if (in_.showNames)
      who = (r.name.empty() ? t("common.untitled") : userText(r.name)) + (r.agency.empty() ? "" : "<br><span class=\"muted\">" + userText(r.agency) + "</span>");
    row({n(static_cast<std::size_t>(r.rank)), who, num(r.results.overall), escapeHtml(r.results.band->label.in(lang_)),
         r.results.weakest ? escapeHtml(r.results.weakest->shortTitle.in(lang_)) : "\xE2\x80\x93"});
  }
  h_ += "</table>\n";
  if (ranked > kEventRankingRows) put({"<p class=\"muted\">", f("event.moreRanked", {n(ranked - kEventRankingRows)}), "</p>\n"});
}

std::string Writer::body() {
  header();
  counted();
  if (g_.counted > 0) {
    bands();
    factors();
    weakest();
    stages();
    disagreement();
    topics();
    ranking();
  }
  const std::string place = in_.event.place.empty() ? std::string("\xE2\x80\xA6\xE2\x80\xA6") : in_.event.place;
  h_ += signBlock(userText(place) + ", " + escapeHtml(displayDate(in_.today, s_, lang_)), t("event.facilitator") + ",",
                  in_.event.facilitator.empty() ? t("summary.signLine") : userText(in_.event.facilitator), t("summary.acknowledged"),
                  t("summary.signLine"));
  return std::move(h_);
}

}  // namespace

std::string eventReportBody(const EventReportInput& in) { return Writer(in).body(); }

std::string eventReportHtml(const EventReportInput& in, std::string_view css) {
  const std::string name = in.event.name.empty() ? in.strings.get("event.untitled", in.lang) : in.event.name;
  return printablePage(in.lang, in.strings.format("event.pageTitle", in.lang, {name}), css, eventReportBody(in));
}

std::string eventReportFileName(const EventReportInput& in) {
  std::string json = reportFileName(in.strings.get("event.fileStem", in.lang) + " " + in.event.name, in.today);
  return json.substr(0, json.size() - 5) + ".html";
}

}  // namespace lestari
