#include <array>
#include <cctype>
#include <cmath>
#include <utility>
#include <vector>

#include "core/model/action_plan.h"
#include "core/json/json_read.h"
#include "core/report/report.h"
#include "core/model/scoring.h"
#include "core/json/strict_json.h"

namespace lestari {

using json = Json;

bool isIsoUtcTimestamp(std::string_view s) {
  // YYYY-MM-DDTHH:MM:SS, optional .fraction, then Z
  static const char kShape[] = "dddd-dd-ddTdd:dd:dd";
  if (s.size() < 20) return false;
  for (std::size_t i = 0; i < 19; ++i) {
    bool digit = std::isdigit(static_cast<unsigned char>(s[i])) != 0;
    if (kShape[i] == 'd' ? !digit : s[i] != kShape[i]) return false;
  }
  std::size_t i = 19;
  if (s[i] == '.') {
    ++i;
    std::size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    if (i == start || i - start > 9) return false;
  }
  if (i + 1 != s.size() || s[i] != 'Z') return false;
  auto num = [&](std::size_t at, std::size_t n) { return std::stoi(std::string(s.substr(at, n))); };
  // The calendar rule of every date in a report (a due date too); no leap
  // second: the times Lestari and browsers write never hold :60.
  return isValidDate(s.substr(0, 10)) && num(11, 2) <= 23 && num(14, 2) <= 59 && num(17, 2) <= 59;
}

long daysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + static_cast<long>(yoe * 365 + yoe / 4 - yoe / 100 + doy) - 719468;
}

std::optional<Moment> momentOf(std::string_view s) {
  if (!isIsoUtcTimestamp(s)) return std::nullopt;
  auto num = [&](std::size_t at, std::size_t n) {
    long v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  Moment m;
  m.seconds = daysFromCivil(num(0, 4), static_cast<unsigned>(num(5, 2)), static_cast<unsigned>(num(8, 2))) * 86400LL +
              num(11, 2) * 3600 + num(14, 2) * 60 + num(17, 2);
  if (s[19] == '.') {  // a fraction of up to nine digits, as nanoseconds
    long scale = 100000000;
    for (std::size_t i = 20; i < s.size() && s[i] != 'Z'; ++i, scale /= 10) m.nanos += (s[i] - '0') * scale;
  }
  return m;
}

bool generatedAfter(std::string_view a, std::string_view b) {
  const auto ma = momentOf(a), mb = momentOf(b);
  if (ma && mb) return mb < *ma;
  return a > b;
}

namespace {

// Where a migrated part came from: errors found after migration are reported
// at the path the user can find in their own (older) file.
using PathMap = std::vector<std::pair<std::string, std::string>>;  // new prefix -> old path

void remapPaths(Errors& errors, const PathMap& map) {
  for (Error& e : errors)
    for (const auto& [now, was] : map) {
      bool under = e.path.compare(0, now.size(), now) == 0 &&
                   (e.path.size() == now.size() || e.path[now.size()] == '.' || e.path[now.size()] == '[');
      if (under) {
        e.path = was + e.path.substr(now.size());
        break;
      }
    }
}

// Version 1 (the first prototype) kept the language at the top level and the
// answers as an object {indicatorId: {level, note}} with level -1 for "not
// applicable". Each entry is checked here, in version 1's own terms.
void migrateFromV1(json& doc, JsonReader& r, PathMap& paths) {
  if (const json* lang = r.member(doc, "$", "language", false)) {
    if (doc.contains("checklist") && doc["checklist"].is_object() && !doc["checklist"].contains("language")) {
      doc["checklist"]["language"] = *lang;
      paths.push_back({"$.checklist.language", "$.language"});
    }
    doc.erase("language");
  }
  const json* answers = r.member(doc, "$", "answers", false);
  if (!answers) return;
  if (!answers->is_object()) {
    r.add("$.answers", "wrong_type", {"object", jsonTypeName(*answers)});
    doc.erase("answers");
    doc["answers"] = json::array();  // reported already: not again as "missing"
    return;
  }
  json list = json::array();
  for (auto it = answers->begin(); it != answers->end(); ++it) {
    std::string p = jsonPathKey("$.answers", it.key());
    if (!r.isObject(*it, p)) continue;
    r.onlyKeys(*it, p, {"level", "note"});
    json entry = {{"id", it.key()}, {"level", nullptr}, {"notApplicable", false}, {"note", ""}};
    if (const json* level = r.member(*it, p, "level", false); level && !level->is_null()) {
      std::size_t before = r.errors().size();
      if (auto v = r.integer(*it, p, "level", false, -1, kMaxLevel)) {
        if (*v == -1) entry["notApplicable"] = true;
        else entry["level"] = *v;
      } else if (r.errors().size() > before && r.errors().back().code == "out_of_range") {
        r.errors().back().code = "level_out_of_range";
      }
    }
    if (const json* note = r.member(*it, p, "note", false)) {
      if (note->is_string()) entry["note"] = *note;
      else r.add(jsonPathKey(p, "note"), "wrong_type", {"string", jsonTypeName(*note)});
    }
    std::string now = jsonPathIndex("$.answers", list.size());
    paths.push_back({now + ".id", p});
    paths.push_back({now, p});
    list.push_back(std::move(entry));
  }
  doc["answers"] = std::move(list);
}

// Rewrites an older report document into the next version's shape in place.
bool migrate(json& doc, int fromVersion, JsonReader& r, PathMap& paths) {
  if (fromVersion == 1) {
    migrateFromV1(doc, r, paths);
    doc["schemaVersion"] = 2;
    return true;
  }
  if (fromVersion == 2) {  // version 3 adds the follow-up plan: a version 2 file never has one
    if (doc.is_object() && doc.contains("actions")) r.add("$.actions", "unknown_field", {"actions"});
    doc["actions"] = json::array();
    doc["schemaVersion"] = 3;
    return true;
  }
  if (fromVersion == 3) {  // version 4 adds the stage lens, derived and recomputed: nothing to move
    doc["schemaVersion"] = 4;
    return true;
  }
  r.add("$.schemaVersion", "unknown_version", {std::to_string(fromVersion)});
  return false;
}

void readProfile(JsonReader& r, const json& profile, const Checklist& c, Assessment& out) {
  for (auto it = profile.begin(); it != profile.end(); ++it) {
    std::string p = jsonPathKey("$.profile", it.key());
    const ProfileField* f = c.field(it.key());
    if (!f) { r.add(p, "unknown_field", {it.key()}); continue; }
    if (auto e = checkProfileValue(*f, *it, p)) { r.add(std::move(*e)); continue; }
    bool empty = it->is_null() || (it->is_string() && it->get_ref<const std::string&>().empty());
    if (!empty) out.profile[f->id] = canonicalProfileValue(*it);
  }
}

// The checklist's indicators in order, each with its factor: a file lists its
// answers in this order, so each id is looked for first after the last one.
struct IndicatorCursor {
  explicit IndicatorCursor(const Checklist& c) {
    for (const Factor& f : c.factors)
      for (const Indicator& ind : f.indicators) all.push_back({&f, &ind});
  }
  // The place of id in `all`, or all.size().
  std::size_t find(std::string_view id) {
    for (std::size_t n = 0; n < all.size(); ++n) {
      const std::size_t at = next;
      next = at + 1 < all.size() ? at + 1 : 0;
      if (all[at].second->id == id) return at;
    }
    return all.size();
  }
  std::vector<std::pair<const Factor*, const Indicator*>> all;
  std::size_t next = 0;
};

void readAnswers(JsonReader& r, const json& answers, const Checklist& c, Assessment& out) {
  IndicatorCursor indicators(c);
  std::vector<bool> seen(indicators.all.size());
  std::string p;  // "$.answers[i]", made again in place for each answer
  for (std::size_t i = 0; i < answers.size(); ++i) {
    p.assign("$.answers[").append(std::to_string(i)).append("]");
    const json& a = answers[i];
    if (!r.isObject(a, p)) continue;
    r.onlyKeys(a, p, {"id", "factor", "level", "notApplicable", "note"});
    const std::string* id = r.text(a, p, "id", true, 200);  // read in place: a room reads thousands
    if (!id) continue;
    const std::size_t at = indicators.find(*id);
    if (at == indicators.all.size()) { r.add(jsonPathKey(p, "id"), "unknown_indicator", {*id}); continue; }
    if (seen[at]) { r.add(jsonPathKey(p, "id"), "duplicate_indicator", {*id}); continue; }
    seen[at] = true;
    const Factor* owner = indicators.all[at].first;
    if (const std::string* factor = r.text(a, p, "factor", false, 200); factor && *factor != owner->id)
      r.add(jsonPathKey(p, "factor"), "wrong_factor", {*factor, owner->id});

    Answer ans;
    const json* level = r.member(a, p, "level", true);
    if (level && !level->is_null()) {
      std::size_t before = r.errors().size();
      auto v = r.integer(a, p, "level", true, 0, kMaxLevel);
      if (v) ans.level = static_cast<int>(*v);
      else if (r.errors().size() > before && r.errors().back().code == "out_of_range")
        r.errors().back().code = "level_out_of_range";
    }
    ans.notApplicable = r.boolean(a, p, "notApplicable", true).value_or(false);
    if (ans.notApplicable && ans.level) r.add(jsonPathKey(p, "level"), "level_with_not_applicable", {});
    ans.note = r.string(a, p, "note", true, c.maxNoteLength).value_or("");
    if (auto cc = findControl(ans.note, true); !cc.empty()) r.add(jsonPathKey(p, "note"), "control_character", {cc});
    if (!ans.empty()) out.answers[*id] = std::move(ans);
  }
}

void readActions(JsonReader& r, const json& actions, const Checklist& c, Assessment& out) {
  for (std::size_t i = 0; i < actions.size(); ++i) {
    std::string p = jsonPathIndex("$.actions", i);
    const json& a = actions[i];
    if (!r.isObject(a, p)) continue;
    r.onlyKeys(a, p, {"indicator", "factor", "action", "pic", "due", "status", "note"});
    Action act;
    auto id = r.string(a, p, "indicator", true, 200);
    const Factor* owner = nullptr;
    if (id && !c.indicator(*id, &owner)) { r.add(jsonPathKey(p, "indicator"), "unknown_indicator", {*id}); continue; }
    if (id && out.actions.count(*id)) { r.add(jsonPathKey(p, "indicator"), "duplicate_indicator", {*id}); continue; }
    if (auto factor = r.string(a, p, "factor", false, 200); factor && owner && *factor != owner->id)
      r.add(jsonPathKey(p, "factor"), "wrong_factor", {*factor, owner->id});
    auto text = r.string(a, p, "action", true, c.actionMaxLength);
    auto pic = r.string(a, p, "pic", true, c.picMaxLength);
    auto note = r.string(a, p, "note", true, c.actionNoteMaxLength);
    if (const json* due = r.member(a, p, "due", true); due && !due->is_null()) act.due = r.string(a, p, "due", true, 10).value_or("");
    auto status = r.string(a, p, "status", true, 20);
    if (status && !parseStatus(*status)) r.add(jsonPathKey(p, "status"), "unknown_value", {*status});
    if (!id || !text || !pic || !note || !status || !parseStatus(*status)) continue;
    act.indicator = *id;
    act.text = *text;
    act.pic = *pic;
    act.note = *note;
    act.status = *parseStatus(*status);
    if (auto e = checkAction(act, c, p)) {
      if (e->path == p + ".indicator") e->path = jsonPathKey(p, "indicator");
      r.add(std::move(*e));
      continue;
    }
    out.actions[act.indicator] = std::move(act);
  }
}

// "1.2.3" as numbers, or none for anything else.
std::optional<std::array<long, 3>> parseVersion(const std::string& v) {
  std::array<long, 3> out{};
  std::size_t at = 0;
  for (std::size_t k = 0; k < 3; ++k) {
    std::size_t start = at;
    while (at < v.size() && at - start < 6 && std::isdigit(static_cast<unsigned char>(v[at]))) ++at;
    if (at == start || (at - start > 1 && v[start] == '0')) return std::nullopt;
    out[k] = std::stol(v.substr(start, at - start));
    if (k < 2 && (at >= v.size() || v[at++] != '.')) return std::nullopt;
  }
  if (at != v.size()) return std::nullopt;
  return out;
}

// The checklist version is never rewritten silently: a report of an older
// version of this checklist is read with a warning that names both (its
// indicators are still checked one by one); a newer or malformed one is refused.
void checkChecklistVersion(JsonReader& r, ImportedReport& out, const Checklist& c) {
  const std::string& file = out.checklistVersion;
  if (file == c.version) return;
  auto mine = parseVersion(c.version), theirs = parseVersion(file);
  if (!theirs) r.add("$.checklist.version", "bad_checklist_version", {file, c.version});
  else if (mine && *theirs > *mine) r.add("$.checklist.version", "newer_checklist", {file, c.version});
  else out.warnings.push_back(Error{"$.checklist.version", "older_checklist", {echo(file), c.version}});
}

// A derived part's own fields, when present, have their documented types
// (then they are recomputed): score a number or null, id and band strings.
void checkDerived(JsonReader& r, const json& part, const std::string& path) {
  for (const char* key : {"score", "expected", "belowStage"})
    if (const json* v = r.member(part, path, key, false); v && !v->is_number() && !v->is_null())
      r.add(jsonPathKey(path, key), "wrong_type", {"number", jsonTypeName(*v)});
  if (const json* v = r.member(part, path, "stage", false); v && !v->is_object() && !v->is_null())
    r.add(jsonPathKey(path, "stage"), "wrong_type", {"object", jsonTypeName(*v)});
  for (const char* key : {"id", "band"})
    if (const json* v = r.member(part, path, key, false); v && !v->is_string() && !v->is_null())
      r.add(jsonPathKey(path, key), "wrong_type", {"string", jsonTypeName(*v)});
}

// A stored score as the file has it: a number, null, or something else (NaN).
std::optional<double> storedScore(const json& obj, bool& present) {
  auto it = obj.find("score");
  present = it != obj.end() && (it->is_number() || it->is_null());
  if (!present || it->is_null()) return std::nullopt;
  return it->get<double>();
}
bool sameScore(const std::optional<double>& a, const std::optional<double>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || std::fabs(*a - *b) < 0.05;
}

// Compares the file's derived parts (when it has them) with the recomputation.
std::optional<StoredResults> compareResults(const json& doc, const Checklist& c, const Results& res) {
  StoredResults out;
  auto overall = doc.find("overall");
  if (overall != doc.end() && overall->is_object()) {
    bool present = false;
    out.score = storedScore(*overall, present);
    auto band = overall->find("band");
    std::string computedBand = res.band ? res.band->id : "";
    std::string fileBand = band != overall->end() && band->is_string() ? band->get<std::string>() : "";
    out.band = echo(fileBand, 30);
    out.overallDiffers = (present && !sameScore(out.score, res.overall)) ||
                         (band != overall->end() && fileBand != computedBand);
  }
  auto factors = doc.find("factors");
  if (!out.overallDiffers && factors != doc.end() && factors->is_array()) {
    for (const json& f : *factors) {
      if (!f.is_object() || !f.contains("id") || !f["id"].is_string()) continue;
      const Factor* factor = c.factor(f["id"].get_ref<const std::string&>());
      if (!factor) continue;
      bool present = false;
      std::optional<double> stored = storedScore(f, present);
      const FactorResult& fr = res.factors[static_cast<std::size_t>(factor - c.factors.data())];
      if (present && !sameScore(stored, fr.score)) {
        out.factor = factor->id;
        out.factorScore = stored;
        return out;
      }
    }
  }
  if (!out.overallDiffers) return std::nullopt;
  return out;
}

}  // namespace

Result<ImportedReport> importReport(std::string_view text, const Checklist& c) {
  // The derived recommendations and method are recomputed, never read: the
  // parser checks them in full but does not build them (two thirds of a report).
  auto parsed = parseStrictJson(text, {}, {"recommendations", "method"});
  if (!parsed.ok()) return Result<ImportedReport>::fail(parsed.errors);
  return readReport(std::move(*parsed.value), c);
}

Result<ImportedReport> readReport(json doc, const Checklist& c) {
  Errors errors;
  JsonReader r(errors);
  PathMap paths;
  auto fail = [&] {
    Errors out = r.finish();
    remapPaths(out, paths);
    return Result<ImportedReport>::fail(std::move(out));
  };
  if (!r.isObject(doc, "$")) return fail();

  // Identity and version first: a foreign or newer document is not read further.
  auto schema = r.string(doc, "$", "schema", true, 200);
  if (schema && *schema != kReportSchemaId) r.add("$.schema", "foreign_schema", {*schema});
  auto version = r.integer(doc, "$", "schemaVersion", true, 1, 1000000);
  if (r.failed()) return fail();
  if (*version > kReportSchemaVersion) {
    r.add("$.schemaVersion", "newer_version", {std::to_string(*version), std::to_string(kReportSchemaVersion)});
    return fail();
  }
  ImportedReport out;
  out.sourceSchemaVersion = static_cast<int>(*version);
  for (int v = out.sourceSchemaVersion; v < kReportSchemaVersion; ++v)
    if (!migrate(doc, v, r, paths)) return fail();

  r.onlyKeys(doc, "$", {"schema", "schemaVersion", "generatedAt", "app", "checklist", "profile", "answers",
                        "factors", "overall", "recommendations", "actions", "method"});
  if (auto at = r.string(doc, "$", "generatedAt", true, 64)) {
    if (!isIsoUtcTimestamp(*at)) r.add("$.generatedAt", "bad_timestamp", {*at});
    out.generatedAt = *at;
  }
  if (const json* app = r.member(doc, "$", "app", true); app && r.isObject(*app, "$.app")) {
    r.onlyKeys(*app, "$.app", {"name", "version"});
    r.string(*app, "$.app", "name", true, 100);
    r.string(*app, "$.app", "version", true, 50);
  }
  if (const json* cl = r.member(doc, "$", "checklist", true); cl && r.isObject(*cl, "$.checklist")) {
    r.onlyKeys(*cl, "$.checklist", {"id", "version", "language"});
    auto id = r.string(*cl, "$.checklist", "id", true, 200);
    if (id && *id != c.id) r.add("$.checklist.id", "wrong_checklist", {*id, c.id});
    out.checklistVersion = r.string(*cl, "$.checklist", "version", true, 50).value_or("");
    if (r.member(*cl, "$.checklist", "version", false) && !r.failed()) checkChecklistVersion(r, out, c);
    if (auto lang = r.string(*cl, "$.checklist", "language", true, 10)) {
      if (auto l = parseLang(*lang)) out.language = *l;
      else r.add("$.checklist.language", "unknown_language", {*lang});
    }
  }
  if (const json* profile = r.member(doc, "$", "profile", true); profile && r.isObject(*profile, "$.profile"))
    readProfile(r, *profile, c, out.assessment);
  if (const json* answers = r.member(doc, "$", "answers", true); answers && r.isArray(*answers, "$.answers"))
    readAnswers(r, *answers, c, out.assessment);
  if (const json* actions = r.member(doc, "$", "actions", true); actions && r.isArray(*actions, "$.actions"))
    readActions(r, *actions, c, out.assessment);
  // Derived parts: recomputed from the answers, but a wrong shape means a damaged file.
  if (const json* v = r.member(doc, "$", "factors", false); v && r.isArray(*v, "$.factors"))
    for (std::size_t i = 0; i < v->size(); ++i)
      if (std::string p = jsonPathIndex("$.factors", i); r.isObject((*v)[i], p)) checkDerived(r, (*v)[i], p);
  if (const json* v = r.member(doc, "$", "overall", false); v && r.isObject(*v, "$.overall")) checkDerived(r, *v, "$.overall");
  if (const json* v = r.member(doc, "$", "recommendations", false)) r.isArray(*v, "$.recommendations");
  if (const json* v = r.member(doc, "$", "method", false)) r.isObject(*v, "$.method");

  if (r.failed()) return fail();
  out.results = score(c, out.assessment);
  out.recalculated = compareResults(doc, c, out.results);
  return Result<ImportedReport>{std::move(out), {}};
}

}  // namespace lestari
