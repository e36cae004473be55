#include "core/room/kept_room.h"

#include <cstdint>
#include <limits>

#include "core/json/json_read.h"
#include "core/json/json_writer.h"
#include "core/json/strict_json.h"
#include "core/model/action_plan.h"
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

// Sixteen hex digits (not snprintf: the printf family is kilobytes of WebAssembly).
std::string hex(std::uint64_t v) {
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = "0123456789abcdef"[v & 15];
  return out;
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
  if (const std::string& stage = at(row, 4); !stage.empty() && !c.stageIndex(stage)) return std::nullopt;
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

std::string keptRoomText(const RoomData& room, const RoomView& view, const Checklist& c) {
  std::string out;
  JsonWriter w(out, false);
  w.beginObject();
  w.members({{"schema", kSchema}, {"schemaVersion", kVersion}, {"checklist", {{"id", c.id}, {"version", c.version}}},
             {"hideNames", view.hideNames}, {"sort", static_cast<int>(view.sort)}, {"reversed", view.reversed},
             {"failedUnlisted", room.failedUnlisted}, {"notRead", room.notRead}, {"codes", room.codes},
             {"event", Json::array({view.event.name, view.event.date, view.event.place, view.event.facilitator})}});
  // Each report: file, name, agency, region, stage, generatedAt, hash, recalculated, levels.
  w.key("reports");
  w.beginArray();
  for (const RoomReport& r : room.reports) {
    const std::string stage = r.results.stage ? c.stages()[r.results.stage->stage].id : "";
    w.value(Json::array({r.file, r.name, r.agency, r.region, stage, r.generatedAt, hex(r.contentHash), r.recalculated, levelsText(r)}));
  }
  w.endArray();
  // Each failure: its file and its errors (path, code, args).
  w.key("failed");
  w.beginArray();
  for (const FailedReport& f : room.failed) {
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
  Errors errors;
  JsonReader r(errors);  // its messages are not shown: any error is a damaged record
  if (!r.isObject(doc, "$") || r.string(doc, "$", "schema", true).value_or("") != kSchema ||
      r.integer(doc, "$", "schemaVersion", true, kVersion, kVersion) != kVersion)
    return damaged();
  const Json* checklist = r.member(doc, "$", "checklist", true);
  if (!checklist || !r.isObject(*checklist, "$") || r.string(*checklist, "$", "id", true) != c.id ||
      r.string(*checklist, "$", "version", true) != c.version)
    return Result<KeptRoom>::fail(Error{"$.checklist", "kept_room_other_checklist", {}});
  KeptRoom out;
  out.view.hideNames = r.boolean(doc, "$", "hideNames", true).value_or(true);
  out.view.reversed = r.boolean(doc, "$", "reversed", true).value_or(false);
  out.view.sort = static_cast<RoomSort>(r.integer(doc, "$", "sort", true, 0, static_cast<int>(RoomSort::Weakest)).value_or(0));
  // The event (name, date, place, facilitator); rooms kept before it was asked have none.
  if (const Json* event = r.member(doc, "$", "event", false)) {
    if (!event->is_array() || event->size() != 4) return damaged();
    std::string* fields[] = {&out.view.event.name, &out.view.event.date, &out.view.event.place, &out.view.event.facilitator};
    for (std::size_t i = 0; i < 4; ++i) {
      if (!isString(*event, i) || utf8Length(at(*event, i)) > kEventFieldChars) return damaged();
      *fields[i] = at(*event, i);
    }
    if (!out.view.event.date.empty() && !isValidDate(out.view.event.date)) return damaged();
  }
  RoomData seed;
  seed.failedUnlisted = static_cast<std::size_t>(r.integer(doc, "$", "failedUnlisted", true, 0, INT64_MAX).value_or(0));
  seed.notRead = static_cast<std::size_t>(r.integer(doc, "$", "notRead", true, 0, INT64_MAX).value_or(0));
  seed.codes = static_cast<std::size_t>(r.integer(doc, "$", "codes", true, 0, INT64_MAX).value_or(0));
  const Json* reports = r.member(doc, "$", "reports", true);
  const Json* failedList = r.member(doc, "$", "failed", true);
  if (!reports || !failedList || !r.isArray(*reports, "$") || !r.isArray(*failedList, "$") || r.failed()) return damaged();

  std::size_t indicators = 0;
  for (const Factor& f : c.factors) indicators += f.indicators.size();
  for (const Json& f : *failedList) {
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
  for (const Json& row : *reports) {
    auto read = report(row, c, indicators);
    auto hash = read ? fromHex(at(row, 6)) : std::nullopt;
    if (!hash) return damaged();
    builder.addRead(at(row, 0), *read, *hash);
  }
  out.data = std::move(builder).finish();
  return Result<KeptRoom>{std::move(out), {}};
}

}  // namespace lestari
