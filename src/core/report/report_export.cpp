#include "core/report/report.h"

#include <cctype>

#include "core/json/json_writer.h"
#include "core/model/scoring.h"
#include "core/text/text.h"
#include "version.h"

namespace lestari {

using ojson = Json;

namespace {

ojson scoreValue(const std::optional<double>& s) { return s ? ojson(*s) : ojson(nullptr); }
ojson bandId(const Band* b) { return b ? ojson(b->id) : ojson(nullptr); }

ojson methodJson(const Checklist& c, const Translations& s, Lang lang) {
  ojson bands = ojson::array();
  for (std::size_t i = 0; i < c.bands.size(); ++i) {
    const Band& b = c.bands[i];
    bands.push_back({{"id", b.id}, {"min", b.min},
                     {"max", i + 1 < c.bands.size() ? ojson(c.bands[i + 1].min) : ojson(100)},
                     {"label", b.label.in(lang)}});
  }
  ojson weights = ojson::object();
  for (const auto& f : c.factors) weights[f.id] = f.weight;
  const Band* cap = c.band(c.weakestLinkCapBand);
  std::string threshold = Json(c.weakestLinkThreshold).dump();
  return {
      {"levels", s.get("method.levels", lang)},
      {"factorScore", s.get("method.factorScore", lang)},
      {"overallScore", s.get("method.overallScore", lang)},
      {"bandRule", s.get("method.bandRule", lang)},
      {"weakestLinkRule", s.format("method.weakestLinkRule", lang, {threshold, cap ? cap->label.in(lang) : ""})},
      {"completeness", s.get("method.completeness", lang)},
      {"recommendationOrder", s.get("method.recommendationOrder", lang)},
      {"stageLens", s.get("method.stageLens", lang)},
      {"maxLevel", kMaxLevel},
      {"weights", weights},
      {"bands", bands},
      {"weakestLink", {{"threshold", c.weakestLinkThreshold}, {"capBand", c.weakestLinkCapBand}}},
  };
}

}  // namespace

Json documentHead(const char* schema, int version, const std::string& generatedAt, const Checklist& c, Lang lang) {
  ojson doc;
  doc["schema"] = schema;
  doc["schemaVersion"] = version;
  doc["generatedAt"] = generatedAt;
  doc["app"] = {{"name", kAppName}, {"version", kAppVersion}};
  doc["checklist"] = {{"id", c.id}, {"version", c.version}, {"language", langCode(lang)}};
  return doc;
}

std::string exportReport(const Checklist& c, const Translations& s, const Assessment& a, Lang lang,
                         const std::string& generatedAt) {
  return exportReport(c, s, a, score(c, a), lang, generatedAt);
}

// Written value by value (JsonWriter), not built as a tree: the autosave
// writes it on every click.
std::string exportReport(const Checklist& c, const Translations& s, const Assessment& a, const Results& res, Lang lang,
                         const std::string& generatedAt) {
  std::string out;
  out.reserve(16384);
  JsonWriter w(out);
  w.beginObject();
  w.members(documentHead(kReportSchemaId, kReportSchemaVersion, generatedAt, c, lang));

  w.key("profile");
  w.beginObject();
  for (const auto& f : c.profile) {
    auto it = a.profile.find(f.id);
    ojson v = nullptr;
    if (it != a.profile.end() && it->second.is_string()) v = it->second.get<std::string>();
    if (it != a.profile.end() && it->second.is_number_integer()) v = it->second.get<std::int64_t>();
    w.key(f.id);
    w.value(v);
  }
  w.endObject();

  w.key("answers");
  w.beginArray();
  for (const auto& f : c.factors)
    for (const auto& ind : f.indicators) {
      auto it = a.answers.find(ind.id);
      const Answer ans = it == a.answers.end() ? Answer{} : it->second;
      w.beginObject();
      w.member("id", ind.id);
      w.member("factor", f.id);
      w.member("level", ans.level ? ojson(*ans.level) : ojson(nullptr));
      w.member("notApplicable", ans.notApplicable);
      w.member("note", ans.note);
      w.endObject();
    }
  w.endArray();

  w.key("factors");
  w.beginArray();
  for (std::size_t i = 0; i < res.factors.size(); ++i) {
    const FactorResult& fr = res.factors[i];
    const FactorStage* fs = res.stage ? &res.stage->factors[i] : nullptr;
    w.beginObject();
    w.member("id", fr.factor->id);
    w.member("title", fr.factor->title.in(lang));
    w.member("weight", fr.factor->weight);
    w.member("score", scoreValue(fr.score));
    w.member("band", bandId(fr.band));
    w.member("answered", fr.answered);
    w.member("applicable", fr.applicable);
    w.member("total", fr.total);
    w.member("expected", fs ? ojson(fs->expected) : ojson(nullptr));
    w.member("belowStage", fs ? ojson(fs->below) : ojson(nullptr));
    w.endObject();
  }
  w.endArray();

  ojson stage = nullptr;
  if (res.stage)
    stage = {{"stage", c.stages()[res.stage->stage].id}, {"factorsMet", res.stage->factorsMet},
             {"factorsTotal", res.stage->factorsTotal}, {"indicatorsBelow", res.stage->indicatorsBelow}};
  w.key("overall");
  w.value({{"score", scoreValue(res.overall)},
           {"band", bandId(res.band)},
           {"bandLabel", res.band ? ojson(res.band->label.in(lang)) : ojson(nullptr)},
           {"uncappedBand", bandId(res.uncappedBand)},
           {"capped", res.capped},
           {"complete", res.complete},
           {"answered", res.answered},
           {"applicable", res.applicable},
           {"total", res.total},
           {"weakestFactor", res.weakest ? ojson(res.weakest->id) : ojson(nullptr)},
           {"stage", stage}});

  w.key("recommendations");
  w.beginArray();
  int rank = 0;
  for (const auto& r : res.recommendations) {
    w.beginObject();
    w.member("rank", ++rank);
    w.member("factor", r.factor->id);
    w.member("indicator", r.indicator->id);
    w.member("currentLevel", r.level);
    w.member("targetLevel", r.level + 1);
    w.member("belowStage", r.belowStage);
    w.member("laterStage", r.laterStage ? ojson(c.stages()[*r.laterStage].id) : ojson(nullptr));
    w.member("text", r.indicator->recommendation.in(lang));
    w.member("nextLevel", r.indicator->levels[r.level + 1].in(lang));
    w.endObject();
  }
  w.endArray();

  w.key("actions");
  w.beginArray();  // in checklist order, so a report always reads the same
  for (const auto& f : c.factors)
    for (const auto& ind : f.indicators) {
      auto it = a.actions.find(ind.id);
      if (it == a.actions.end()) continue;
      const Action& act = it->second;
      w.beginObject();
      w.member("indicator", ind.id);
      w.member("factor", f.id);
      w.member("action", act.text);
      w.member("pic", act.pic);
      w.member("due", act.due.empty() ? ojson(nullptr) : ojson(act.due));
      w.member("status", statusId(act.status));
      w.member("note", act.note);
      w.endObject();
    }
  w.endArray();
  w.key("method");
  w.value(methodJson(c, s, lang));
  w.endObject();
  out += '\n';
  return out;
}

std::string reportFileName(const std::string& name, const std::string& isoDate) {
  // Latin letters lose their accents (Á -> a, ğ -> g); anything else separates words.
  std::string slug;
  std::string_view text = name;
  std::size_t i = 0;
  const bool valid = findInvalidUtf8(text) == std::string_view::npos;
  while (i < text.size() && slug.size() < 60) {
    unsigned char ch = static_cast<unsigned char>(text[i]);
    const char* folded = nullptr;
    if (ch < 0x80) {
      ++i;
      if (std::isalnum(ch)) {
        slug += static_cast<char>(std::tolower(ch));
        continue;
      }
    } else if (valid) {
      folded = asciiFold(nextCodePoint(text, i));
    } else {
      ++i;
    }
    if (folded) slug += folded;
    else if (!slug.empty() && slug.back() != '-') slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return "lestari-" + (slug.empty() ? std::string() : slug + "-") + isoDate + ".json";
}

}  // namespace lestari
