#include "group_export.h"

#include <functional>

#include <cmath>
#include <cstdio>

#include "json.h"
#include "report.h"

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
  std::string v(text);
  if (!v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r'))
    v = "'" + v;  // a formula in a spreadsheet: shown as text instead
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char ch : v) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return q + "\"";
}

std::string groupJson(const Group& g, const Checklist& c, const Translations& s, Lang lang, const std::string& at, int indent) {
  json doc = documentHead(kGroupSchemaId, kGroupSchemaVersion, at, c, lang);
  std::size_t duplicates = 0;
  for (const GroupReport& r : g.reports) duplicates += r.duplicate && !r.counted;
  doc["reports"] = {{"read", g.reports.size()}, {"counted", g.counted}, {"notCounted", duplicates}, {"failed", g.failed.size()}};
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
  // The two long lists are written one item at a time, never as one
  // document tree: a group of 100,000 reports needs no more memory than its
  // text. The result is the same as dumping the whole tree (indent 2).
  const bool pretty = indent >= 0;
  std::string out = doc.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
  out.resize(out.size() - (pretty ? 2 : 1));  // reopen the document: drop "\n}" or "}"
  out.reserve(out.size() + (g.reports.size() * 48 + g.failed.size() * 16) * (pretty ? 12 : 8));  // no doubling on the way
  auto list = [&out, pretty](const char* key, std::size_t n, const std::function<json(std::size_t)>& item) {
    out += pretty ? ",\n  \"" : ",\"";
    out += key;
    out += pretty ? "\": [" : "\":[";
    for (std::size_t i = 0; i < n; ++i) {
      std::string text = item(i).dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
      out += i ? (pretty ? ",\n    " : ",") : (pretty ? "\n    " : "");
      for (char ch : text) {
        out += ch;
        if (ch == '\n') out += "    ";
      }
    }
    out += n && pretty ? "\n  ]" : "]";
  };
  list("innovations", g.reports.size(), [&](std::size_t i) {
    const GroupReport& r = g.reports[i];
    json fs = json::object();
    for (const FactorResult& f : r.results.factors) fs[f.factor->id] = f.score ? json(*f.score) : json(nullptr);
    return json{{"file", r.file}, {"name", r.name}, {"agency", r.agency}, {"region", r.region},
                {"generatedAt", r.generatedAt},
                {"score", r.results.overall ? json(*r.results.overall) : json(nullptr)},
                {"band", r.results.band ? json(r.results.band->id) : json(nullptr)},
                {"weakestFactor", r.results.weakest ? json(r.results.weakest->id) : json(nullptr)},
                {"complete", r.results.complete}, {"recalculated", r.recalculated},
                {"duplicate", r.duplicate}, {"counted", r.counted}, {"rank", r.rank ? json(r.rank) : json(nullptr)},
                {"answered", r.answered}, {"factors", fs}};
  });
  list("failed", g.failed.size(), [&](std::size_t i) {
    const FailedReport& f = g.failed[i];
    json errors = json::array();
    for (const Error& e : f.errors) errors.push_back({{"path", e.path}, {"code", e.code}, {"message", s.message(e, lang)}});
    return json{{"file", f.file}, {"errors", errors}};
  });
  out += pretty ? "\n}\n" : "}";
  return out;
}

std::string groupReportsCsv(const Group& g, const Checklist& c) {
  std::string header = "file,name,agency,region,generatedAt,score,band,weakestFactor,complete,duplicate,counted";
  for (const Factor& f : c.factors) header += ",factor:" + f.id;
  for (const Factor& f : c.factors)
    for (const Indicator& i : f.indicators) header += "," + i.id;
  std::string out = kBom + header + "\r\n";
  for (const GroupReport& r : g.reports) {
    std::string line = row({csvField(r.file), csvField(r.name), csvField(r.agency), csvField(r.region), r.generatedAt,
                            number(r.results.overall), r.results.band ? r.results.band->id : "",
                            r.results.weakest ? r.results.weakest->id : "", r.results.complete ? "true" : "false",
                            r.duplicate ? "true" : "false", r.counted ? "true" : "false"});
    line.resize(line.size() - 2);
    for (const FactorResult& f : r.results.factors) line += "," + number(f.score);
    for (std::size_t k = 0; k < r.levels.size(); ++k)
      line += "," + (r.levels[k] ? std::to_string(*r.levels[k]) : r.notApplicable[k] ? std::string("NA") : std::string());
    out += line + "\r\n";
  }
  return out;
}

std::string groupIndicatorsCsv(const Group& g, const Checklist& c, Lang lang) {
  (void)c;
  std::string out = std::string(kBom) +
                    "factor,indicator,question,n,mean,median,min,max,sd,level0,level1,level2,level3,level4,notApplicable,unanswered\r\n";
  for (const IndicatorStats& is : g.indicators) {
    const Stats& s = is.stats;
    out += row({is.factor->id, is.indicator->id, csvField(is.indicator->question.in(lang)), std::to_string(s.n), number(s.mean),
                number(s.median), number(s.min), number(s.max), number(s.sd), std::to_string(is.levels[0]),
                std::to_string(is.levels[1]), std::to_string(is.levels[2]), std::to_string(is.levels[3]),
                std::to_string(is.levels[4]), std::to_string(is.notApplicable), std::to_string(is.unanswered)});
  }
  return out;
}

}  // namespace lestari
