#include "core/report/summary_html.h"

#include <cmath>
#include <cstdio>

#include "core/text/progress_text.h"
#include "core/report/report.h"
#include "core/model/scoring.h"
#include "core/text/sha256.h"
#include "core/model/stage_text.h"
#include "core/text/text.h"

namespace lestari {

namespace {

constexpr double kPi = 3.14159265358979323846;

// A coordinate in the SVG (never shown: the language's numbers are formatNumber's).
std::string num(double v, const char* format = "%.1f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}
std::string bandClass(const Checklist& c, const Band* b, const char* prefix) {
  std::size_t i = b ? static_cast<std::size_t>(b - c.bands.data()) : 0;
  return prefix + std::to_string(i < 3 ? i : 3);
}
std::string user(std::string_view s) { return userText(s); }

// The radar, with the screen's geometry: axes from the top, clockwise; rings
// at 25, 50, 75 and 100; each point in its band's colour; "n: score" labels.
std::string radarSvg(const Checklist& c, const Results& r, Lang lang) {
  const double width = 300, height = 220, cx = width / 2, cy = height / 2, radius = height / 2 - 26;
  const std::size_t n = c.factors.size();
  auto at = [&](std::size_t i, double frac, double extra = 0) {
    double a = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
    return std::make_pair(cx + std::cos(a) * (radius * frac + extra), cy + std::sin(a) * (radius * frac + extra));
  };
  auto points = [&](auto frac) {
    std::string p;
    for (std::size_t i = 0; i < n; ++i) {
      auto [x, y] = at(i, frac(i));
      p += num(x) + "," + num(y) + " ";
    }
    return p;
  };
  std::string svg = "<svg width=\"" + num(width, "%.0f") + "\" height=\"" + num(height, "%.0f") + "\" viewBox=\"0 0 " +
                    num(width, "%.0f") + " " + num(height, "%.0f") + "\" role=\"img\">";
  for (double ring : {0.25, 0.5, 0.75, 1.0})
    svg += "<polygon class=\"grid\" points=\"" + points([&](std::size_t) { return ring; }) + "\"/>";
  for (std::size_t i = 0; i < n; ++i) {
    auto [x, y] = at(i, 1.0);
    svg += "<line class=\"grid\" x1=\"" + num(cx) + "\" y1=\"" + num(cy) + "\" x2=\"" + num(x) + "\" y2=\"" + num(y) + "\"/>";
  }
  auto value = [&](std::size_t i) { return r.factors[i].score ? *r.factors[i].score / 100.0 : 0.0; };
  if (r.stage)  // what the stage expects: a dashed outline, as on the screen
    svg += "<polygon class=\"expected\" points=\"" + points([&](std::size_t i) { return r.stage->factors[i].expected / 100.0; }) + "\"/>";
  svg += "<polygon class=\"area\" points=\"" + points(value) + "\"/>";
  for (std::size_t i = 0; i < n; ++i) {
    auto [x, y] = at(i, value(i));
    svg += "<circle class=\"" + bandClass(c, r.factors[i].band, "f") + "\" cx=\"" + num(x) + "\" cy=\"" + num(y) +
           "\" r=\"3.5\" stroke=\"#1f2933\" stroke-width=\"0.6\"/>";
    auto [lx, ly] = at(i, 1.0, 14);
    const char* anchor = std::fabs(lx - cx) < 5 ? "middle" : lx > cx ? "start" : "end";
    std::string label = std::to_string(i + 1) + ": " + formatNumber(r.factors[i].score, lang);
    svg += "<text x=\"" + num(lx) + "\" y=\"" + num(ly + 3) + "\" text-anchor=\"" +
           anchor + "\">" + label + "</text>";
  }
  return svg + "</svg>";
}

// One bar per factor with its score and band, band thresholds as ticks.
std::string barsSvg(const Checklist& c, const Results& r, const Translations& s, Lang lang) {
  const double width = 300, row = 30, bar = 8;
  std::string svg = "<svg width=\"" + num(width, "%.0f") + "\" height=\"" + num(row * r.factors.size(), "%.0f") +
                    "\" viewBox=\"0 0 " + num(width, "%.0f") + " " + num(row * r.factors.size(), "%.0f") + "\" role=\"img\">";
  for (std::size_t i = 0; i < r.factors.size(); ++i) {
    const FactorResult& f = r.factors[i];
    double y = row * static_cast<double>(i);
    std::string value = f.score ? formatNumber(f.score, lang) + " \xC2\xB7 " + f.band->label.in(lang) : s.get("results.noAnswers", lang);
    svg += "<text x=\"0\" y=\"" + num(y + 10) + "\">" + std::to_string(i + 1) + ". " + escapeHtml(c.factors[i].shortTitle.in(lang)) +
           "</text><text x=\"" + num(width) + "\" y=\"" + num(y + 10) + "\" text-anchor=\"end\">" + escapeHtml(value) + "</text>";
    svg += "<rect class=\"track\" x=\"0\" y=\"" + num(y + 15) + "\" width=\"" + num(width) + "\" height=\"" + num(bar) + "\" rx=\"2\"/>";
    if (f.score)
      svg += "<rect class=\"" + bandClass(c, f.band, "f") + "\" x=\"0\" y=\"" + num(y + 15) + "\" width=\"" +
             num(std::fmax(2, width * *f.score / 100.0)) + "\" height=\"" + num(bar) + "\" rx=\"2\"/>";
    for (const Band& b : c.bands)
      if (b.min > 0)
        svg += "<line class=\"grid\" x1=\"" + num(width * b.min / 100) + "\" y1=\"" + num(y + 13) + "\" x2=\"" +
               num(width * b.min / 100) + "\" y2=\"" + num(y + 15 + bar + 2) + "\"/>";
    if (r.stage) {  // the stage's expectation: a dark mark across the track
      const std::string x = num(width * r.stage->factors[i].expected / 100.0);
      svg += "<line class=\"expected-mark\" x1=\"" + x + "\" y1=\"" + num(y + 12) + "\" x2=\"" + x + "\" y2=\"" +
             num(y + 15 + bar + 3) + "\"/>";
    }
  }
  return svg + "</svg>";
}

std::string profileValue(const ProfileField& f, const Assessment& a, Lang lang) {
  auto it = a.profile.find(f.id);
  if (it == a.profile.end()) return "\xE2\x80\x93";
  if (it->second.is_number_integer()) return std::to_string(it->second.get<long long>());
  std::string v = it->second.is_string() ? it->second.get<std::string>() : "";
  if (f.type == FieldType::Choice)
    if (const ChoiceOption* o = f.option(v)) return escapeHtml(o->label.in(lang));
  return user(v);
}

}  // namespace

std::string userText(std::string_view s) { return "<bdi>" + escapeHtml(s) + "</bdi>"; }

std::string signBlock(const std::string& placeAndDate, const std::string& left, const std::string& leftLine, const std::string& right,
                      const std::string& rightLine) {
  return "<section class=\"sign\"><div><p>" + placeAndDate + "</p><p>" + left + "</p><p class=\"line\">" + leftLine +
         "</p></div><div><p>&nbsp;</p><p>" + right + "</p><p class=\"line\">" + rightLine + "</p></div></section>\n";
}

std::string escapeHtml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += ch;
    }
  }
  return out;
}

std::string displayDate(std::string_view iso, const Translations& s, Lang lang) {
  if (iso.size() < 10) return std::string(iso);
  int month = std::atoi(std::string(iso.substr(5, 2)).c_str()), day = std::atoi(std::string(iso.substr(8, 2)).c_str());
  if (month < 1 || month > 12) return std::string(iso.substr(0, 10));
  return std::to_string(day) + " " + s.get("month." + std::to_string(month), lang) + " " + std::string(iso.substr(0, 4));
}

std::string summaryFileName(const std::string& name, const std::string& isoDate) {
  std::string json = reportFileName(name, isoDate);
  return json.substr(0, json.size() - 5) + ".html";
}

std::string printablePage(Lang lang, const std::string& title, std::string_view css, const std::string& body) {
  std::string h = "<!doctype html>\n<html lang=\"" + std::string(langCode(lang)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-" +
       base64(sha256(css)) + "'; img-src data:; base-uri 'none'; form-action 'none'\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + escapeHtml(title) + "</title>\n<style>" + std::string(css) + "</style>\n</head>\n<body>\n";
  return h + body + "</body>\n</html>\n";
}

std::string summaryHtml(const SummaryInput& in) {
  std::string name = in.assessment.profileText("name");
  if (name.empty()) name = in.strings.get("common.untitled", in.lang);
  return printablePage(in.lang, in.strings.format("summary.title", in.lang, {name}), in.css, summaryBody(in));
}

std::string summaryBody(const SummaryInput& in) {
  const Checklist& c = in.checklist;
  const Translations& s = in.strings;
  const Lang lang = in.lang;
  const Assessment& a = in.assessment;
  const Results r = score(c, a);
  auto t = [&](const char* key) { return escapeHtml(s.get(key, lang)); };
  auto f = [&](const char* key, const std::vector<std::string>& args) { return escapeHtml(s.format(key, lang, args)); };
  std::string name = a.profileText("name");
  if (name.empty()) name = s.get("common.untitled", lang);

  // Who and when.
  std::string h = "<header><p class=\"kicker\">" + t("summary.kicker") + "</p><h1>" + user(name) + "</h1><p class=\"meta\">";
  std::string sep;
  for (const char* id : {"agency", "unit", "region"})
    if (!a.profileText(id).empty()) { h += sep + user(a.profileText(id)); sep = " \xC2\xB7 "; }
  h += "</p><p class=\"meta\">" + f("summary.dates", {displayDate(in.changedAt, s, lang), displayDate(in.today, s, lang), c.version}) +
       "</p></header>\n";

  // The result.
  h += "<h2>" + t("summary.resultTitle") + "</h2>\n<section class=\"result\"><div>";
  if (r.overall) {
    h += "<div class=\"score\">" + formatNumber(r.overall, lang) + " <small>/ 100</small></div><span class=\"band " +
         bandClass(c, r.band, "b") + "\">" + escapeHtml(r.band->label.in(lang)) + "</span></div><div><p>" +
         escapeHtml(r.band->description.in(lang)) + "</p>";
    if (r.capped) {
      std::string th = formatNumber(c.weakestLinkThreshold, lang, 0);
      h += "<p class=\"warn\">" + f("results.capped", {th, r.uncappedBand->label.in(lang), r.band->label.in(lang)}) + "</p>";
    }
    if (r.weakest)
      h += "<p><b>" + t("results.weakestTitle") + ":</b> " + escapeHtml(r.weakest->title.in(lang)) + "</p>";
    if (r.stage)  // with the key to the charts' dark marks
      h += "<p class=\"stage\"><b>" + escapeHtml(stageSentence(c, s, *r.stage, lang)) + "</b> " +
           f("stage.legend", {stageName(c, r.stage->stage, lang)}) + ".</p>";
  } else {
    h += "</div><div><p>" + t("results.noScore") + "</p>";
  }
  h += "<p class=\"muted\">" + progressText(r, s, lang) +
       "</p></div></section>\n";
  if (r.overall) h += "<div class=\"charts\">" + radarSvg(c, r, lang) + barsSvg(c, r, s, lang) + "</div>\n";


  // The profile.
  h += "<h2>" + t("profile.title") + "</h2>\n<table class=\"profile\">";
  for (const ProfileField& pf : c.profile)
    h += "<tr><th>" + escapeHtml(pf.label.in(lang)) + "</th><td>" + profileValue(pf, a, lang) + "</td></tr>";
  h += "</table>\n";

  // Each factor: its score, its indicators' levels and the evidence notes.
  h += "<h2>" + t("summary.answersTitle") + "</h2>\n";
  for (std::size_t fi = 0; fi < c.factors.size(); ++fi) {
    const Factor& fac = c.factors[fi];
    const FactorResult& fr = r.factors[fi];
    // With a stage, its expectation on the same line, and the reason where the factor falls short.
    const FactorStage* fs = r.stage ? &r.stage->factors[fi] : nullptr;
    std::string expected;
    if (fs && fs->meets)
      expected = " \xC2\xB7 " + f("summary.stageShort", {formatNumber(fs->expected, lang), s.get(*fs->meets ? "stage.met" : "stage.notMet", lang)});
    h += "<h3>" + std::to_string(fi + 1) + ". " + escapeHtml(fac.title.in(lang)) + " \xE2\x80\x94 " +
         (fr.score ? formatNumber(fr.score, lang) + " \xC2\xB7 " + escapeHtml(fr.band->label.in(lang)) : t("results.noAnswers")) + expected + "</h3>\n";
    if (fs && fs->meets && !*fs->meets)
      h += "<p class=\"muted note\">" + escapeHtml(fac.stageReasons.at(r.stage->stage).in(lang)) + "</p>\n";
    h += "<table><tr><th></th><th>" + t("summary.colIndicator") + "</th><th>" + t("summary.colLevel") + "</th><th>" +
         t("indicator.note") + "</th></tr>";
    for (std::size_t ii = 0; ii < fac.indicators.size(); ++ii) {
      const Indicator& ind = fac.indicators[ii];
      auto it = a.answers.find(ind.id);
      Answer ans = it == a.answers.end() ? Answer{} : it->second;
      std::string level = ans.level ? std::to_string(*ans.level) + " \xC2\xB7 " + escapeHtml(c.levelNames[*ans.level].in(lang))
                          : ans.notApplicable ? t("indicator.notApplicable") : "<span class=\"muted\">" + t("results.noAnswers") + "</span>";
      h += "<tr><td class=\"num\">" + std::to_string(fi + 1) + "." + std::to_string(ii + 1) + "</td><td>" +
           escapeHtml(ind.question.in(lang)) + "</td><td class=\"level\">" + level + "</td><td>" + user(ans.note) + "</td></tr>";
    }
    h += "</table>\n";
  }

  // Recommendations, most important first.
  h += "<h2>" + t("results.recommendationsTitle") + "</h2>\n";
  if (r.recommendations.empty()) h += "<p class=\"muted\">" + t(r.overall ? "results.noRecommendations" : "results.noScore") + "</p>";
  else {
    // With a stage, those below its expectation under their own heading, then
    // the others, numbered on (the screen says which later stage needs each:
    // on paper, four pages hold the summary and its signatures).
    std::size_t below = 0;
    while (below < r.recommendations.size() && r.recommendations[below].belowStage) ++below;
    auto list = [&](std::size_t from, std::size_t to) {
      h += from ? "<ol start=\"" + std::to_string(from + 1) + "\">" : std::string("<ol>");
      for (std::size_t k = from; k < to; ++k) {
        const Recommendation& rec = r.recommendations[k];
        h += "<li><b>" + escapeHtml(rec.factor->shortTitle.in(lang)) + ":</b> " + escapeHtml(rec.indicator->recommendation.in(lang)) +
             " <span class=\"muted\">(" + f("summary.levels", {std::to_string(rec.level), std::to_string(rec.level + 1)}) + ")</span></li>";
      }
      h += "</ol>\n";
    };
    if (r.stage && below > 0) h += "<h3 class=\"warn\">" + t("stage.recBelow") + "</h3>\n";
    if (below > 0) list(0, below);
    if (r.stage && below > 0 && below < r.recommendations.size()) h += "<h3>" + t("stage.recOthers") + "</h3>\n";
    if (below < r.recommendations.size()) list(below, r.recommendations.size());
  }

  // The follow-up plan.
  h += "<h2>" + t("plan.title") + "</h2>\n";
  auto actions = orderedActions(a, c, ActionOrder::Rank);
  if (actions.empty()) h += "<p class=\"muted\">" + t("plan.empty") + "</p>\n";
  else {
    h += "<table><tr><th>" + t("plan.action") + "</th><th>" + t("plan.pic") + "</th><th>" + t("plan.due") + "</th><th>" +
         t("plan.status") + "</th></tr>";
    for (const Action* act : actions) {
      std::string status = t((std::string("plan.status.") + statusId(act->status)).c_str());
      if (isOverdue(*act, in.today)) status += " \xC2\xB7 <span class=\"late\">" + t("plan.overdue") + "</span>";
      h += "<tr><td>" + user(act->text) + (act->note.empty() ? "" : "<br><span class=\"muted\">" + user(act->note) + "</span>") +
           "</td><td>" + user(act->pic) + "</td><td class=\"level\">" +
           (act->due.empty() ? std::string("\xE2\x80\x93") : displayDate(act->due, s, lang)) + "</td><td class=\"level\">" + status +
           "</td></tr>";
    }
    h += "</table>\n";
  }

  // How the scores were computed.
  h += "<h2>" + t("summary.methodTitle") + "</h2>\n<section class=\"method\">";
  const Band* cap = c.band(c.weakestLinkCapBand);
  for (const char* key : {"method.levels", "method.factorScore", "method.overallScore", "method.bandRule"})
    h += "<p>" + t(key) + "</p>";
  h += "<p>" + f("method.weakestLinkRule", {formatNumber(c.weakestLinkThreshold, lang, 0), cap ? cap->label.in(lang) : ""}) + "</p>";
  h += "<p>" + t("method.completeness") + "</p></section>\n";

  // Signatures: prepared by, acknowledged by (the signer writes their own
  // name, NIP and title: a title made up from the agency's name is often wrong).
  std::string place = a.profileText("region").empty() ? std::string("\xE2\x80\xA6\xE2\x80\xA6") : a.profileText("region");
  return h + signBlock(user(place) + ", " + escapeHtml(displayDate(in.today, s, lang)), t("summary.preparedBy"), t("summary.signLine"),
                       t("summary.acknowledged"), t("summary.signLine"));
}

}  // namespace lestari
