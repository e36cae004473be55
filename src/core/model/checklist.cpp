#include "core/model/checklist.h"

#include <set>

#include "core/json/json_read.h"
#include "core/json/strict_json.h"

namespace lestari {

using json = Json;

namespace {

// {"id": "...", "en": "..."}: both languages required and non-empty.
Text readText(JsonReader& r, const json& obj, const std::string& path, const char* key, bool required = true) {
  const json* v = r.member(obj, path, key, required);
  if (!v) return {};
  std::string p = jsonPathKey(path, key);
  if (!r.isObject(*v, p)) return {};
  Text t;
  if (auto id = r.string(*v, p, "id", true)) t.id = *id;
  if (auto en = r.string(*v, p, "en", true)) t.en = *en;
  if (required && (t.id.empty() || t.en.empty())) r.add(p, "empty_text", {});
  return t;
}

void readIndicator(JsonReader& r, const json& v, const std::string& p, Indicator& ind) {
  ind.id = r.string(v, p, "id", true).value_or("");
  ind.question = readText(r, v, p, "question");
  ind.guidance = readText(r, v, p, "guidance");
  ind.evidenceSufficient = readText(r, v, p, "evidenceSufficient");
  ind.evidenceInsufficient = readText(r, v, p, "evidenceInsufficient");
  ind.recommendation = readText(r, v, p, "recommendation");
  const json* levels = r.member(v, p, "levels", true);
  std::string lp = jsonPathKey(p, "levels");
  if (levels && r.isArray(*levels, lp)) {
    if (levels->size() != kMaxLevel + 1) r.add(lp, "level_count", {std::to_string(kMaxLevel + 1)});
    for (std::size_t i = 0; i < levels->size() && i <= kMaxLevel; ++i) {
      std::string ip = jsonPathIndex(lp, i);
      json wrap = {{"t", (*levels)[i]}};
      ind.levels[i] = readText(r, wrap, ip, "t");
    }
  }
}

void readField(JsonReader& r, const json& v, const std::string& p, ProfileField& f) {
  f.id = r.string(v, p, "id", true).value_or("");
  std::string type = r.string(v, p, "type", true).value_or("");
  f.label = readText(r, v, p, "label");
  f.help = readText(r, v, p, "help", false);
  if (type == "text" || type == "multiline") {
    f.type = type == "text" ? FieldType::Text : FieldType::Multiline;
    f.maxLength = static_cast<std::size_t>(r.integer(v, p, "maxLength", true, 1, 10000).value_or(200));
  } else if (type == "year") {
    f.type = FieldType::Year;
    f.min = r.integer(v, p, "min", true, 1900, 2200).value_or(1900);
    f.max = r.integer(v, p, "max", true, 1900, 2200).value_or(2200);
  } else if (type == "choice") {
    f.type = FieldType::Choice;
    const json* opts = r.member(v, p, "options", true);
    std::string op = jsonPathKey(p, "options");
    if (opts && r.isArray(*opts, op))
      for (std::size_t i = 0; i < opts->size(); ++i) {
        std::string ip = jsonPathIndex(op, i);
        if (!r.isObject((*opts)[i], ip)) continue;
        ChoiceOption o;
        o.id = r.string((*opts)[i], ip, "id", true).value_or("");
        o.label = readText(r, (*opts)[i], ip, "label");
        f.options.push_back(std::move(o));
      }
  } else {
    r.add(jsonPathKey(p, "type"), "unknown_value", {type});
  }
}

// An object keyed by the stages' ids: any other key is an error.
void onlyStages(JsonReader& r, const json& obj, const std::string& path, const std::vector<ChoiceOption>& stages) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (const auto& s : stages) known = known || s.id == it.key();
    if (!known) r.add(jsonPathKey(path, it.key()), "unknown_field", {it.key()});
  }
}

// {"creation": 1, ...}: an integer level for every stage, never decreasing.
std::vector<int> readExpected(JsonReader& r, const json& v, const std::string& p, const std::vector<ChoiceOption>& stages) {
  std::vector<int> out;
  const json* e = r.member(v, p, "expected", true);
  std::string ep = jsonPathKey(p, "expected");
  if (!e || !r.isObject(*e, ep)) return out;
  onlyStages(r, *e, ep, stages);
  for (const auto& s : stages) {
    int level = static_cast<int>(r.integer(*e, ep, s.id.c_str(), true, 0, kMaxLevel).value_or(0));
    if (!out.empty() && level < out.back()) r.add(jsonPathKey(ep, s.id), "expected_decreasing", {});
    out.push_back(level);
  }
  return out;
}

std::vector<Text> readStageReasons(JsonReader& r, const json& v, const std::string& p,
                                   const std::vector<ChoiceOption>& stages) {
  std::vector<Text> out;
  const json* reasons = r.member(v, p, "stageReasons", true);
  std::string rp = jsonPathKey(p, "stageReasons");
  if (!reasons || !r.isObject(*reasons, rp)) return out;
  onlyStages(r, *reasons, rp, stages);
  for (const auto& s : stages) out.push_back(readText(r, *reasons, rp, s.id.c_str()));
  return out;
}

}  // namespace

const ChoiceOption* ProfileField::option(std::string_view optionId) const {
  for (const auto& o : options)
    if (o.id == optionId) return &o;
  return nullptr;
}

Result<Checklist> Checklist::load(std::string_view text) {
  auto doc = parseStrictJson(text, JsonLimits{1 << 20, 16, 64 * 1024, 2000, 200});
  if (!doc.ok()) return Result<Checklist>::fail(doc.errors);
  Errors errors;
  JsonReader r(errors);
  const json& root = *doc.value;
  if (!r.isObject(root, "$")) return Result<Checklist>::fail(errors);

  Checklist c;
  c.id = r.string(root, "$", "id", true).value_or("");
  c.version = r.string(root, "$", "version", true).value_or("");
  c.title = readText(r, root, "$", "title");
  c.maxNoteLength = static_cast<std::size_t>(r.integer(root, "$", "maxNoteLength", true, 1, 20000).value_or(4000));
  if (const json* plan = r.member(root, "$", "actionPlan", true); plan && r.isObject(*plan, "$.actionPlan")) {
    auto length = [&](const char* key) {
      return static_cast<std::size_t>(r.integer(*plan, "$.actionPlan", key, true, 1, 20000).value_or(1));
    };
    c.actionMaxLength = length("actionMaxLength");
    c.picMaxLength = length("picMaxLength");
    c.actionNoteMaxLength = length("noteMaxLength");
  }

  if (const json* names = r.member(root, "$", "levelNames", true); names && r.isArray(*names, "$.levelNames")) {
    if (names->size() != kMaxLevel + 1) r.add("$.levelNames", "level_count", {std::to_string(kMaxLevel + 1)});
    for (std::size_t i = 0; i < names->size() && i <= kMaxLevel; ++i) {
      json wrap = {{"t", (*names)[i]}};
      c.levelNames[i] = readText(r, wrap, jsonPathIndex("$.levelNames", i), "t");
    }
  }

  if (const json* bands = r.member(root, "$", "bands", true); bands && r.isArray(*bands, "$.bands")) {
    for (std::size_t i = 0; i < bands->size(); ++i) {
      std::string p = jsonPathIndex("$.bands", i);
      if (!r.isObject((*bands)[i], p)) continue;
      Band b;
      b.id = r.string((*bands)[i], p, "id", true).value_or("");
      b.min = r.number((*bands)[i], p, "min", true).value_or(0);
      b.label = readText(r, (*bands)[i], p, "label");
      b.description = readText(r, (*bands)[i], p, "description");
      if (!c.bands.empty() && b.min <= c.bands.back().min) r.add(p, "bands_not_ascending", {});
      c.bands.push_back(std::move(b));
    }
    if (c.bands.empty() || c.bands.front().min != 0) r.add("$.bands", "bands_start", {});
  }

  if (const json* wl = r.member(root, "$", "weakestLink", true); wl && r.isObject(*wl, "$.weakestLink")) {
    c.weakestLinkThreshold = r.number(*wl, "$.weakestLink", "threshold", true).value_or(40);
    c.weakestLinkCapBand = r.string(*wl, "$.weakestLink", "capBand", true).value_or("");
    if (!c.band(c.weakestLinkCapBand)) r.add("$.weakestLink.capBand", "unknown_value", {c.weakestLinkCapBand});
  }

  std::set<std::string> ids;  // indicator, factor and field ids must all be unique
  auto unique = [&](const std::string& key, const std::string& p) {
    if (key.empty() || !ids.insert(key).second) r.add(p, "duplicate_id", {key});
  };

  if (const json* fields = r.member(root, "$", "profile", true); fields && r.isArray(*fields, "$.profile")) {
    for (std::size_t i = 0; i < fields->size(); ++i) {
      std::string p = jsonPathIndex("$.profile", i);
      if (!r.isObject((*fields)[i], p)) continue;
      ProfileField f;
      readField(r, (*fields)[i], p, f);
      unique("profile." + f.id, p);
      c.profile.push_back(std::move(f));
    }
  }

  if (const json* factors = r.member(root, "$", "factors", true); factors && r.isArray(*factors, "$.factors")) {
    for (std::size_t i = 0; i < factors->size(); ++i) {
      std::string p = jsonPathIndex("$.factors", i);
      const json& fv = (*factors)[i];
      if (!r.isObject(fv, p)) continue;
      Factor f;
      f.id = r.string(fv, p, "id", true).value_or("");
      unique(f.id, p);
      f.title = readText(r, fv, p, "title");
      f.shortTitle = readText(r, fv, p, "shortTitle");
      f.description = readText(r, fv, p, "description");
      f.weight = r.number(fv, p, "weight", true).value_or(1);
      if (!(f.weight > 0)) r.add(jsonPathKey(p, "weight"), "out_of_range", {"0", "inf"});
      f.stageReasons = readStageReasons(r, fv, p, c.stages());
      const json* inds = r.member(fv, p, "indicators", true);
      std::string ip = jsonPathKey(p, "indicators");
      if (inds && r.isArray(*inds, ip)) {
        for (std::size_t k = 0; k < inds->size(); ++k) {
          std::string kp = jsonPathIndex(ip, k);
          if (!r.isObject((*inds)[k], kp)) continue;
          Indicator ind;
          readIndicator(r, (*inds)[k], kp, ind);
          ind.expected = readExpected(r, (*inds)[k], kp, c.stages());
          unique(ind.id, kp);
          f.indicators.push_back(std::move(ind));
        }
        if (f.indicators.empty()) r.add(ip, "empty_list", {});
      }
      c.factors.push_back(std::move(f));
    }
    if (c.factors.empty()) r.add("$.factors", "empty_list", {});
  }

  if (!errors.empty()) return Result<Checklist>::fail(errors);
  return Result<Checklist>{std::move(c), {}};
}

const Factor* Checklist::factor(std::string_view factorId) const {
  for (const auto& f : factors)
    if (f.id == factorId) return &f;
  return nullptr;
}

const Indicator* Checklist::indicator(std::string_view indicatorId, const Factor** owner) const {
  for (const auto& f : factors)
    for (const auto& i : f.indicators)
      if (i.id == indicatorId) {
        if (owner) *owner = &f;
        return &i;
      }
  return nullptr;
}

std::string Checklist::number(const Factor& factor, const Indicator& indicator) const {
  return std::to_string(&factor - factors.data() + 1) + "." + std::to_string(&indicator - factor.indicators.data() + 1);
}

const ProfileField* Checklist::field(std::string_view fieldId) const {
  for (const auto& f : profile)
    if (f.id == fieldId) return &f;
  return nullptr;
}

const Band* Checklist::band(std::string_view bandId) const {
  for (const auto& b : bands)
    if (b.id == bandId) return &b;
  return nullptr;
}

const std::vector<ChoiceOption>& Checklist::stages() const {
  static const std::vector<ChoiceOption> none;
  const ProfileField* f = field("stage");
  return f && f->type == FieldType::Choice ? f->options : none;
}

std::optional<std::size_t> Checklist::stageIndex(std::string_view stageId) const {
  const auto& all = stages();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].id == stageId) return i;
  return std::nullopt;
}

std::size_t Checklist::indicatorCount() const {
  std::size_t n = 0;
  for (const auto& f : factors) n += f.indicators.size();
  return n;
}

}  // namespace lestari
