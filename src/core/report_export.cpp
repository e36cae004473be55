#include "report.h"

#include <cctype>

#include "scoring.h"
#include "text.h"
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
  const Results res = score(c, a);
  ojson doc = documentHead(kReportSchemaId, kReportSchemaVersion, generatedAt, c, lang);

  ojson profile = ojson::object();
  for (const auto& f : c.profile) {
    auto it = a.profile.find(f.id);
    ojson v = nullptr;
    if (it != a.profile.end() && it->second.is_string()) v = it->second.get<std::string>();
    if (it != a.profile.end() && it->second.is_number_integer()) v = it->second.get<std::int64_t>();
    profile[f.id] = v;
  }
  doc["profile"] = profile;

  ojson answers = ojson::array();
  for (const auto& f : c.factors)
    for (const auto& ind : f.indicators) {
      auto it = a.answers.find(ind.id);
      Answer ans = it == a.answers.end() ? Answer{} : it->second;
      answers.push_back({{"id", ind.id}, {"factor", f.id},
                         {"level", ans.level ? ojson(*ans.level) : ojson(nullptr)},
                         {"notApplicable", ans.notApplicable}, {"note", ans.note}});
    }
  doc["answers"] = answers;

  ojson factors = ojson::array();
  for (std::size_t i = 0; i < res.factors.size(); ++i) {
    const FactorResult& fr = res.factors[i];
    const FactorStage* fs = res.stage ? &res.stage->factors[i] : nullptr;
    factors.push_back({{"id", fr.factor->id}, {"title", fr.factor->title.in(lang)}, {"weight", fr.factor->weight},
                       {"score", scoreValue(fr.score)}, {"band", bandId(fr.band)},
                       {"answered", fr.answered}, {"applicable", fr.applicable}, {"total", fr.total},
                       {"expected", fs ? ojson(fs->expected) : ojson(nullptr)},
                       {"belowStage", fs ? ojson(fs->below) : ojson(nullptr)}});
  }
  doc["factors"] = factors;
  ojson stage = nullptr;
  if (res.stage)
    stage = {{"stage", c.stages()[res.stage->stage].id}, {"factorsMet", res.stage->factorsMet},
             {"factorsTotal", res.stage->factorsTotal}, {"indicatorsBelow", res.stage->indicatorsBelow}};

  doc["overall"] = {{"score", scoreValue(res.overall)},
                    {"band", bandId(res.band)},
                    {"bandLabel", res.band ? ojson(res.band->label.in(lang)) : ojson(nullptr)},
                    {"uncappedBand", bandId(res.uncappedBand)},
                    {"capped", res.capped},
                    {"complete", res.complete},
                    {"answered", res.answered},
                    {"applicable", res.applicable},
                    {"total", res.total},
                    {"weakestFactor", res.weakest ? ojson(res.weakest->id) : ojson(nullptr)},
                    {"stage", stage}};

  ojson recs = ojson::array();
  int rank = 0;
  for (const auto& r : res.recommendations)
    recs.push_back({{"rank", ++rank}, {"factor", r.factor->id}, {"indicator", r.indicator->id},
                    {"currentLevel", r.level}, {"targetLevel", r.level + 1},
                    {"belowStage", r.belowStage},
                    {"laterStage", r.laterStage ? ojson(c.stages()[*r.laterStage].id) : ojson(nullptr)},
                    {"text", r.indicator->recommendation.in(lang)},
                    {"nextLevel", r.indicator->levels[r.level + 1].in(lang)}});
  doc["recommendations"] = recs;

  ojson actions = ojson::array();  // in checklist order, so a report always reads the same
  for (const auto& f : c.factors)
    for (const auto& ind : f.indicators) {
      auto it = a.actions.find(ind.id);
      if (it == a.actions.end()) continue;
      const Action& act = it->second;
      actions.push_back({{"indicator", ind.id}, {"factor", f.id}, {"action", act.text}, {"pic", act.pic},
                         {"due", act.due.empty() ? ojson(nullptr) : ojson(act.due)}, {"status", statusId(act.status)},
                         {"note", act.note}});
    }
  doc["actions"] = actions;
  doc["method"] = methodJson(c, s, lang);
  return doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
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
