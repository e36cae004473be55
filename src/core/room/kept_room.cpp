#include "core/room/kept_room.h"

#include <cstdio>
#include <limits>

#include "core/json/json_writer.h"
#include "core/json/strict_json.h"
#include "core/model/scoring.h"
#include "core/text/text.h"

namespace lestari {

namespace {

constexpr const char* kSchema = "lestari.kept-room";
constexpr int kVersion = 1;

// A report's levels in checklist order, one character each: '0'..'4' a
// level, 'n' not applicable, '-' unanswered.
std::string levelsText(const RoomReport& r) {
  std::string out;
  for (std::size_t k = 0; k < r.levels.size(); ++k)
    out += r.levels[k] ? static_cast<char>('0' + *r.levels[k]) : k < r.notApplicable.size() && r.notApplicable[k] ? 'n' : '-';
  return out;
}

std::string hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::optional<std::uint64_t> fromHex(const std::string& s) {
  if (s.size() != 16) return std::nullopt;
  std::uint64_t v = 0;
  for (char ch : s) {
    int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
    if (d < 0) return std::nullopt;
    v = v * 16 + static_cast<unsigned>(d);
  }
  return v;
}

Result<KeptRoom> damaged() { return Result<KeptRoom>::fail(Error{"$", "kept_room_damaged", {}}); }

bool isString(const Json& a, std::size_t i) { return a.size() > i && a[i].is_string(); }
const std::string& at(const Json& a, std::size_t i) { return a[i].get_ref<const std::string&>(); }

// One kept report as the room reads it: its profile's few fields, its
// answers from the levels, its results scored again.
std::optional<ImportedReport> report(const Json& row, const Checklist& c, std::size_t indicators) {
  if (!row.is_array() || row.size() != 9 || !row[7].is_boolean()) return std::nullopt;
  for (std::size_t i = 0; i < 9; ++i)
    if (i != 7 && !isString(row, i)) return std::nullopt;
  const std::string& levels = at(row, 8);
  if (levels.size() != indicators) return std::nullopt;
  ImportedReport r;
  const char* fields[] = {"name", "agency", "region", "stage"};
  for (std::size_t f = 0; f < 4; ++f)
    if (!at(row, 1 + f).empty()) r.assessment.profile[fields[f]] = at(row, 1 + f);
  if (const std::string& stage = at(row, 4); !stage.empty()) {
    bool known = false;
    for (const ChoiceOption& s : c.stages()) known = known || s.id == stage;
    if (!known) return std::nullopt;
  }
  std::size_t k = 0;
  for (const Factor& f : c.factors)
    for (const Indicator& ind : f.indicators) {
      const char ch = levels[k++];
      if (ch == '-') continue;
      Answer a;
      if (ch == 'n') a.notApplicable = true;
      else if (ch >= '0' && ch <= '4') a.level = ch - '0';
      else return std::nullopt;
      r.assessment.answers[ind.id] = a;
    }
  r.generatedAt = at(row, 5);
  r.results = score(c, r.assessment);
  if (row[7].get<bool>()) r.recalculated = StoredResults{};
  return r;
}

}  // namespace

std::string keptRoomText(const KeptRoom& room, const Checklist& c) {
  std::string out;
  JsonWriter w(out, false);
  w.beginObject();
  w.members({{"schema", kSchema}, {"schemaVersion", kVersion}, {"checklist", {{"id", c.id}, {"version", c.version}}},
             {"hideNames", room.hideNames}, {"sort", static_cast<int>(room.sort)}, {"reversed", room.reversed},
             {"failedUnlisted", room.data.failedUnlisted}, {"notRead", room.data.notRead}});
  // Each report: file, name, agency, region, stage, generatedAt, hash, recalculated, levels.
  w.key("reports");
  w.beginArray();
  for (const RoomReport& r : room.data.reports) {
    const std::string stage = r.results.stage ? c.stages()[r.results.stage->stage].id : "";
    w.value(Json::array({r.file, r.name, r.agency, r.region, stage, r.generatedAt, hex(r.contentHash), r.recalculated, levelsText(r)}));
  }
  w.endArray();
  // Each failure: its file and its errors (path, code, args).
  w.key("failed");
  w.beginArray();
  for (const FailedReport& f : room.data.failed) {
    Json errors = Json::array();
    for (const Error& e : f.errors) errors.push_back(Json::array({e.path, e.code, e.args}));
    w.value(Json::array({f.file, std::move(errors)}));
  }
  w.endArray();
  w.endObject();
  return out;
}

Result<KeptRoom> readKeptRoom(std::string_view text, const Checklist& c) {
  JsonLimits lim;  // the room's own limits, not a report's
  lim.maxBytes = 256u << 20;
  lim.maxArrayItems = limits::kRoomReports + limits::kRoomFailedListed;
  lim.maxValues = std::numeric_limits<std::size_t>::max();
  auto parsed = parseStrictJson(text, lim);
  if (!parsed.ok()) return damaged();
  const Json& doc = *parsed.value;
  auto is = [&](const char* key, bool (Json::*type)() const noexcept) { return doc.is_object() && doc.contains(key) && (doc[key].*type)(); };
  if (!is("schema", &Json::is_string) || doc["schema"] != kSchema || !is("schemaVersion", &Json::is_number_integer) ||
      doc["schemaVersion"] != kVersion || !is("checklist", &Json::is_object) || !is("reports", &Json::is_array) ||
      !is("failed", &Json::is_array) || !is("hideNames", &Json::is_boolean) || !is("reversed", &Json::is_boolean) ||
      !is("sort", &Json::is_number_unsigned) || !is("failedUnlisted", &Json::is_number_unsigned) ||
      !is("notRead", &Json::is_number_unsigned) || doc["sort"].get<unsigned>() > static_cast<unsigned>(RoomSort::Weakest))
    return damaged();
  if (doc["checklist"].value("id", "") != c.id || doc["checklist"].value("version", "") != c.version)
    return Result<KeptRoom>::fail(Error{"$.checklist", "kept_room_other_checklist", {}});

  std::size_t indicators = 0;
  for (const Factor& f : c.factors) indicators += f.indicators.size();
  RoomData seed;
  seed.failedUnlisted = doc["failedUnlisted"].get<std::size_t>();
  seed.notRead = doc["notRead"].get<std::size_t>();
  for (const Json& f : doc["failed"]) {
    if (!f.is_array() || f.size() != 2 || !isString(f, 0) || !f[1].is_array() || f[1].empty()) return damaged();
    FailedReport failed{at(f, 0), {}};
    for (const Json& e : f[1]) {
      if (!e.is_array() || e.size() != 3 || !isString(e, 0) || !isString(e, 1) || !e[2].is_array()) return damaged();
      Error error{at(e, 0), at(e, 1), {}};
      for (const Json& arg : e[2]) {
        if (!arg.is_string()) return damaged();
        error.args.push_back(arg.get<std::string>());
      }
      failed.errors.push_back(std::move(error));
    }
    seed.failed.push_back(std::move(failed));
  }
  RoomBuilder builder(c, seed);
  for (const Json& row : doc["reports"]) {
    auto r = report(row, c, indicators);
    auto hash = r ? fromHex(at(row, 6)) : std::nullopt;
    if (!hash) return damaged();
    builder.addRead(at(row, 0), *r, *hash);
  }
  KeptRoom out;
  out.data = std::move(builder).finish();
  out.hideNames = doc["hideNames"].get<bool>();
  out.sort = static_cast<RoomSort>(doc["sort"].get<unsigned>());
  out.reversed = doc["reversed"].get<bool>();
  return Result<KeptRoom>{std::move(out), {}};
}

}  // namespace lestari
