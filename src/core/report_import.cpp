#include "report.h"

#include <cctype>
#include <set>

#include "json_read.h"
#include "strict_json.h"

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
  int month = num(5, 2), day = num(8, 2), hour = num(11, 2), minute = num(14, 2), second = num(17, 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

bool migrateReport(json& doc, int fromVersion, Errors& errors) {
  if (fromVersion == 1) {
    // Version 1 (the first prototype) kept the language at the top level and
    // the answers as an object {indicatorId: {level, note}} with level -1 for
    // "not applicable".
    if (doc.contains("language") && doc.contains("checklist") && doc["checklist"].is_object()) {
      doc["checklist"]["language"] = doc["language"];
      doc.erase("language");
    }
    if (doc.contains("answers") && doc["answers"].is_object()) {
      json list = json::array();
      for (auto it = doc["answers"].begin(); it != doc["answers"].end(); ++it) {
        json entry = it->is_object() ? *it : json::object();
        entry["id"] = it.key();
        bool na = entry.contains("level") && entry["level"].is_number() && entry["level"].get<double>() == -1;
        entry["notApplicable"] = na;
        if (na) entry["level"] = nullptr;
        if (!entry.contains("level")) entry["level"] = nullptr;
        if (!entry.contains("note")) entry["note"] = "";
        list.push_back(std::move(entry));
      }
      doc["answers"] = std::move(list);
    }
    doc["schemaVersion"] = 2;
    return true;
  }
  errors.push_back({"$.schemaVersion", "unknown_version", {std::to_string(fromVersion)}});
  return false;
}

namespace {

void readProfile(JsonReader& r, const json& profile, const Checklist& c, Assessment& out) {
  for (auto it = profile.begin(); it != profile.end(); ++it) {
    std::string p = jsonPathKey("$.profile", it.key());
    const ProfileField* f = c.field(it.key());
    if (!f) { r.add(p, "unknown_field", {it.key()}); continue; }
    if (auto e = checkProfileValue(*f, *it, p)) { r.errors().push_back(*e); continue; }
    bool empty = it->is_null() || (it->is_string() && it->get_ref<const std::string&>().empty());
    if (!empty) out.profile[f->id] = *it;
  }
}

void readAnswers(JsonReader& r, const json& answers, const Checklist& c, Assessment& out) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    std::string p = jsonPathIndex("$.answers", i);
    const json& a = answers[i];
    if (!r.isObject(a, p)) continue;
    r.onlyKeys(a, p, {"id", "factor", "level", "notApplicable", "note"});
    auto id = r.string(a, p, "id", true, 200);
    if (!id) continue;
    const Factor* owner = nullptr;
    if (!c.indicator(*id, &owner)) { r.add(jsonPathKey(p, "id"), "unknown_indicator", {*id}); continue; }
    if (!seen.insert(*id).second) { r.add(jsonPathKey(p, "id"), "duplicate_indicator", {*id}); continue; }
    if (auto factor = r.string(a, p, "factor", false, 200); factor && *factor != owner->id)
      r.add(jsonPathKey(p, "factor"), "wrong_factor", {*factor, owner->id});

    Answer ans;
    const json* level = r.member(a, p, "level", true);
    if (level && !level->is_null()) {
      std::string lp = jsonPathKey(p, "level");
      std::size_t before = r.errors().size();
      auto v = r.integer(a, p, "level", true, 0, kMaxLevel);
      if (v) ans.level = static_cast<int>(*v);
      else if (r.errors().size() > before && r.errors().back().code == "out_of_range")
        r.errors().back().code = "level_out_of_range";
    }
    ans.notApplicable = r.boolean(a, p, "notApplicable", true).value_or(false);
    if (ans.notApplicable && ans.level) r.add(jsonPathKey(p, "level"), "level_with_not_applicable", {});
    ans.note = r.string(a, p, "note", true, c.maxNoteLength).value_or("");
    if (!ans.empty()) out.answers[*id] = std::move(ans);
  }
}

}  // namespace

Result<ImportedReport> importReport(std::string_view text, const Checklist& c) {
  auto parsed = parseStrictJson(text);
  if (!parsed.ok()) return Result<ImportedReport>::fail(parsed.errors);
  json doc = std::move(*parsed.value);
  Errors errors;
  JsonReader r(errors);
  if (!r.isObject(doc, "$")) return Result<ImportedReport>::fail(errors);

  // Identity and version first: a foreign or newer document is not read further.
  auto schema = r.string(doc, "$", "schema", true, 200);
  if (schema && *schema != kReportSchemaId) r.add("$.schema", "foreign_schema", {*schema});
  auto version = r.integer(doc, "$", "schemaVersion", true, 1, 1000000);
  if (!errors.empty()) return Result<ImportedReport>::fail(errors);
  if (*version > kReportSchemaVersion) {
    r.add("$.schemaVersion", "newer_version", {std::to_string(*version), std::to_string(kReportSchemaVersion)});
    return Result<ImportedReport>::fail(errors);
  }
  ImportedReport out;
  out.sourceSchemaVersion = static_cast<int>(*version);
  for (int v = out.sourceSchemaVersion; v < kReportSchemaVersion; ++v)
    if (!migrateReport(doc, v, errors)) return Result<ImportedReport>::fail(errors);

  r.onlyKeys(doc, "$", {"schema", "schemaVersion", "generatedAt", "app", "checklist", "profile", "answers",
                        "factors", "overall", "recommendations", "method"});
  if (auto at = r.string(doc, "$", "generatedAt", true, 64)) {
    if (!isIsoUtcTimestamp(*at)) r.add("$.generatedAt", "bad_timestamp", {*at});
    out.generatedAt = *at;
  }
  if (const json* app = r.member(doc, "$", "app", true); app && r.isObject(*app, "$.app")) {
    r.string(*app, "$.app", "name", true, 100);
    r.string(*app, "$.app", "version", true, 50);
  }
  if (const json* cl = r.member(doc, "$", "checklist", true); cl && r.isObject(*cl, "$.checklist")) {
    r.onlyKeys(*cl, "$.checklist", {"id", "version", "language"});
    auto id = r.string(*cl, "$.checklist", "id", true, 200);
    if (id && *id != c.id) r.add("$.checklist.id", "wrong_checklist", {*id, c.id});
    out.checklistVersion = r.string(*cl, "$.checklist", "version", true, 50).value_or("");
    if (auto lang = r.string(*cl, "$.checklist", "language", true, 10)) {
      if (auto l = parseLang(*lang)) out.language = *l;
      else r.add("$.checklist.language", "unknown_language", {*lang});
    }
  }
  if (const json* profile = r.member(doc, "$", "profile", true); profile && r.isObject(*profile, "$.profile"))
    readProfile(r, *profile, c, out.assessment);
  if (const json* answers = r.member(doc, "$", "answers", true); answers && r.isArray(*answers, "$.answers"))
    readAnswers(r, *answers, c, out.assessment);
  // Derived parts: recomputed from the answers, but a wrong shape means a damaged file.
  if (const json* v = r.member(doc, "$", "factors", false)) r.isArray(*v, "$.factors");
  if (const json* v = r.member(doc, "$", "overall", false)) r.isObject(*v, "$.overall");
  if (const json* v = r.member(doc, "$", "recommendations", false)) r.isArray(*v, "$.recommendations");
  if (const json* v = r.member(doc, "$", "method", false)) r.isObject(*v, "$.method");

  if (!errors.empty()) return Result<ImportedReport>::fail(errors);
  return Result<ImportedReport>{std::move(out), {}};
}

}  // namespace lestari
