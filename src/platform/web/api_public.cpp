// window.lestari, the documented automation API (docs/automation-api.md;
// see api.h), with the steps of lestari.aggregate (_agg*).
#include <malloc.h>

#include <algorithm>

#include "core/room/aggregate.h"
#include "platform/web/api.h"
#include "core/model/compare.h"
#include "core/room/room_export.h"
#include "core/json/json_views.h"
#include "platform/web/render_loop.h"
#include "core/report/report.h"
#include "platform/web/runtime.h"
#include "app/room.h"
#include "core/base/size_limits.h"
#include "core/text/sha256.h"
#include "core/json/strict_json.h"
#include "version.h"
#include "ui/widgets.h"

namespace lestari::web {

namespace {

// The named widgets of the last frame that are visible, with the part of
// them that is visible (in CSS pixels): where a test can click.
json widgetsJson() {
  float d = runtime().dpr;
  json list = json::array();
  for (const auto& w : ui::semanticNodes()) {
    if (!w.visible || w.key.rfind("t.", 0) == 0 || w.role >= ui::kFirstContainer) continue;
    list.push_back({{"id", w.id}, {"x", w.clipMin.x / d}, {"y", w.clipMin.y / d}, {"w", (w.clipMax.x - w.clipMin.x) / d},
                    {"h", (w.clipMax.y - w.clipMin.y) / d}, {"focused", (w.flags & ui::kFocused) != 0}});
  }
  return list;
}

// Texts that crossed together (web/glue/ call()): `sizes`, the byte length
// of each, must account for the whole payload; each text, or nothing.
std::optional<std::vector<std::string_view>> splitPayload(const json& sizes, std::string_view payload) {
  if (!sizes.is_array()) return std::nullopt;
  std::vector<std::string_view> texts;
  std::size_t at = 0;
  for (const json& size : sizes) {
    if (!size.is_number_unsigned() || size.get<std::size_t>() > payload.size() - at) return std::nullopt;
    texts.push_back(payload.substr(at, size.get<std::size_t>()));
    at += texts.back().size();
  }
  if (at != payload.size()) return std::nullopt;
  return texts;
}

// lestari.aggregate's own room, apart from the page's.
app::Room& apiRoom() {
  static app::Room room(runtime().app->checklist());
  return room;
}

// What an accepted report's reader was told: recalculated results, an older checklist.
json warningsJson(const ImportedReport& r) {
  const app::Session& s = runtime().app->session();
  json list = json::array();
  if (r.recalculated) list.push_back({{"code", "recalculated"}, {"message", s.describeRecalculation(*r.recalculated, r.assessment)}});
  for (const Error& w : r.warnings) list.push_back({{"code", w.code}, {"message", s.tr().message(w, s.lang())}});
  return list;
}

// Scores one report without touching the current assessment: trainers
// aggregate a whole room's reports. Raw text in, a small summary out.
json scoreReport(std::string_view text) {
  auto r = importReport(text, runtime().app->checklist());
  if (!r.ok()) return {{"ok", false}, {"errors", errorsJson(r.errors)}};
  json summary = scoreSummaryJson(*r.value, runtime().app->checklist());
  if (json w = warningsJson(*r.value); !w.empty()) summary["warnings"] = std::move(w);
  return ok(summary);
}

// The limits of docs/limits.md, for the JavaScript side to refuse early.
json limitsJson() {
  const Checklist& c = runtime().app->checklist();
  json fields = json::object();
  std::size_t longest = std::max(c.maxNoteLength, limits::kChatChars);  // the chat field takes the most
  for (const auto& f : c.profile)
    if (f.type == FieldType::Text || f.type == FieldType::Multiline) {
      fields[f.id] = f.maxLength;
      longest = std::max(longest, f.maxLength);
    }
  json actionFields = {{"action", c.actionMaxLength}, {"pic", c.picMaxLength}, {"note", c.actionNoteMaxLength}};
  return {{"fileBytes", limits::kFileBytes}, {"callArgsBytes", limits::kCallArgsBytes}, {"noteChars", c.maxNoteLength},
          {"pasteChars", longest}, {"fields", fields}, {"actionFields", actionFields}, {"errors", limits::kErrors}};
}

}  // namespace

void addPublicApi(Handlers& h) {
  h.insert({
      {"version", [](const json&, std::string_view) { return ok(kAppVersion); }},
      {"language", [](const json&, std::string_view) { return ok(langCode(runtime().app->session().lang())); }},
      {"setLanguage", [](const json& a, std::string_view) {
         auto l = str(a, 0) ? parseLang(*str(a, 0)) : std::nullopt;
         if (!l) return fail("unknown_language", str(a, 0) ? *str(a, 0) : "?");
         runtime().app->session().setLanguage(*l);
         requestFrames();
         return ok();
       }},
      {"checklist", [](const json&, std::string_view) {
         return ok(checklistJson(runtime().app->checklist(), runtime().app->session().lang()));
       }},
      {"setAnswer", [](const json& a, std::string_view) {
         if (!str(a, 0) || a.size() != 2 || !(a[1].is_null() || a[1].is_number_integer())) return fail("bad_arguments", "setAnswer");
         std::optional<int> level;
         if (a[1].is_number_integer()) {
           std::int64_t v = a[1].get<std::int64_t>();
           level = v < -1000 || v > 1000 ? 1000 : static_cast<int>(v);  // out of range either way
         }
         return fromEdit(runtime().app->session().setLevel(*str(a, 0), level));
       }},
      {"setNotApplicable", [](const json& a, std::string_view) {
         if (!str(a, 0) || a.size() < 2 || !a[1].is_boolean()) return fail("bad_arguments", "setNotApplicable");
         return fromEdit(runtime().app->session().setNotApplicable(*str(a, 0), a[1].get<bool>()));
       }},
      {"setNote", [](const json& a, std::string_view) {
         if (!str(a, 0) || !str(a, 1)) return fail("bad_arguments", "setNote");
         return fromEdit(runtime().app->session().setNote(*str(a, 0), *str(a, 1)));
       }},
      {"setProfile", [](const json& a, std::string_view) {
         if (!str(a, 0) || a.size() != 2 || !(a[1].is_null() || a[1].is_string() || a[1].is_number_integer()))
           return fail("bad_arguments", "setProfile");
         return fromEdit(runtime().app->session().setProfile(*str(a, 0), a[1]));
       }},
      {"state", [](const json&, std::string_view) {
         ui::App& app = *runtime().app;
         json doc = parseOwnJson(app.session().exportText());
         doc["screen"] = app.screenName();
         doc["unsaved"] = app.session().unsaved();
         doc["autosaves"] = app.session().saveCount();
         doc["notice"] = app.notice();
         const auto& problem = app.session().storageProblem();
         doc["storageProblem"] = problem ? json(problem->code) : json(nullptr);
         const char* conflicts[] = {"none", "newer", "removed"};
         doc["conflict"] = conflicts[static_cast<int>(app.session().conflict())];
         doc["importErrors"] = errorsJson(app.importErrors());
         if (const auto& g = app.room().data()) {  // "group": the API's name for the room (src/app/room.h)
           doc["group"] = roomStateJson(*g, app.room().order());
           doc["group"]["anonymous"] = app.room().anonymous(app.presenting());  // the names hidden on the projector
           const char* kept[] = {"kept", "full", "unavailable"};  // how keeping it in the browser went
           doc["group"]["kept"] = app.room().keptAll() ? json(kept[static_cast<int>(app.room().keptState())]) : json("keeping");
           const RoomEvent& e = app.room().event();  // as typed for the printed event report
           doc["group"]["event"] = {{"name", e.name}, {"date", e.date}, {"place", e.place}, {"facilitator", e.facilitator}};
         }
         return ok(doc);
       }},
      {"exportReport", [](const json&, std::string_view) { return ok(runtime().app->session().exportText()); }},
      {"shareCode", [](const json&, std::string_view) {
         auto code = runtime().app->session().shareCode();
         if (!code.ok()) return json{{"ok", false}, {"errors", errorsJson(code.errors)}};
         return ok(*code.value);
       }},
      {"importReport", [](const json&, std::string_view payload) {
         app::Session& s = runtime().app->session();
         auto r = s.parse(payload);
         if (!r.ok()) return json{{"ok", false}, {"errors", errorsJson(r.errors)}};
         json reply = ok();
         if (json w = warningsJson(*r.value); !w.empty()) reply["warnings"] = std::move(w);
         s.replace(std::move(r.value->assessment), true);
         requestFrames();
         return reply;
       }},
      {"scoreReport", [](const json&, std::string_view payload) { return scoreReport(payload); }},
      {"compare", [](const json& a, std::string_view payload) {
         // Two texts in one payload: [[sizeA, sizeB]].
         auto texts = a.is_array() && a.size() == 1 ? splitPayload(a[0], payload) : std::nullopt;
         if (!texts || texts->size() != 2) return fail("bad_arguments", "compare");
         auto r = compareReports((*texts)[0], (*texts)[1], runtime().app->checklist());
         if (!r.ok()) return json{{"ok", false}, {"errors", errorsJson(r.errors)}};
         return ok(comparisonJson(*r.value, runtime().app->checklist()));
       }},
      {"setAction", [](const json& a, std::string_view) {
         app::Session& s = runtime().app->session();
         if (!str(a, 0) || a.size() != 2 || !a[1].is_object()) return fail("bad_arguments", "setAction");
         auto it = s.assessment().actions.find(*str(a, 0));
         Action act = it != s.assessment().actions.end() ? it->second : s.draftAction(*str(a, 0));
         const json& f = a[1];
         for (auto field = f.begin(); field != f.end(); ++field) {
           const std::string& k = field.key();
           bool isText = field->is_string();
           if (k == "due" && (field->is_null() || isText)) act.due = isText ? field->get<std::string>() : "";
           else if (k == "status" && isText && parseStatus(field->get<std::string>())) act.status = *parseStatus(field->get<std::string>());
           else if (k == "action" && isText) act.text = field->get<std::string>();
           else if (k == "pic" && isText) act.pic = field->get<std::string>();
           else if (k == "note" && isText) act.note = field->get<std::string>();
           else return fail("bad_arguments", "setAction");
         }
         return fromEdit(s.setAction(act));
       }},
      {"removeAction", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "removeAction");
         return fromEdit(runtime().app->session().removeAction(*str(a, 0)));
       }},
      {"exportSummaryHtml", [](const json&, std::string_view) { return ok(runtime().app->session().summaryText()); }},
      {"downloadSummary", [](const json&, std::string_view) {
         runtime().app->session().downloadSummary();
         return ok(runtime().app->session().summaryName());
       }},
      {"limits", [](const json&, std::string_view) { return ok(limitsJson()); }},
      // Bytes of the heap in use (malloc's count): what a closed room must give back.
      {"heapInUse", [](const json&, std::string_view) { return ok(static_cast<std::size_t>(mallinfo().uordblks)); }},
      // lestari.aggregate, one text at a time (web/glue/).
      {"_aggBegin", [](const json&, std::string_view) {
         apiRoom().close();
         apiRoom().begin(false);
         return ok();
       }},
      // Texts that cross together ([first, sizes]: their byte lengths), named
      // "#first", "#first+1", …: one call for many, not one each.
      {"_aggAdd", [](const json& a, std::string_view payload) {
         auto texts = a.is_array() && a.size() == 2 && a[0].is_number_unsigned() ? splitPayload(a[1], payload) : std::nullopt;
         if (!texts) return fail("bad_arguments", "_aggAdd");
         std::size_t number = a[0].get<std::size_t>();
         for (std::string_view text : *texts) apiRoom().add("#" + std::to_string(number++), text);
         return ok();
       }},
      {"_aggRefused", [](const json& a, std::string_view) {
         auto e = errorArg(a, 1);
         if (!str(a, 0) || !e) return fail("bad_arguments", "_aggRefused");
         apiRoom().refuse(*str(a, 0), *e);
         return ok();
       }},
      {"_aggDone", [](const json& a, std::string_view) {
         app::Room& room = apiRoom();
         room.finish();
         if (!room.isOpen()) return fail("bad_arguments", "_aggDone");
         using Export = app::Room::Export;
         const app::Session& s = runtime().app->session();
         const std::string* format = str(a, 0);
         const Export what = !format ? Export::Json : *format == "csv" ? Export::ReportsCsv : *format == "xlsx" ? Export::Workbook
                             : *format == "indicators-csv" ? Export::IndicatorsCsv : Export::Json;
         std::string text = room.exportText(what, s.tr(), s.lang(), runtime().host.nowIso(), -1);
         room.close();  // its memory is given back at once
         if (what == Export::Workbook) return ok(base64(text));  // the file's bytes, as the page hands them on
         if (what != Export::Json) return ok(text);
         // Handed on as the text it is: no second tree of a large room.
         rawResult() = std::move(text);
         return ok();
       }},
      {"saveOffline", [](const json&, std::string_view) {
         bool saved = runtime().app->saveOffline();
         requestFrames();
         return saved ? ok("lestari.html") : fail("offline_unavailable", "");
       }},
      {"setPresentation", [](const json& a, std::string_view) {
         if (!a.is_array() || a.size() != 1 || !a[0].is_boolean()) return fail("bad_setting", "presentation");
         runtime().app->setPresenting(a[0].get<bool>());
         requestFrames();
         return ok();
       }},
      {"reset", [](const json&, std::string_view) {
         runtime().app->session().reset();
         requestFrames();
         return ok();
       }},
      {"download", [](const json&, std::string_view) {
         runtime().app->session().download();
         return ok(runtime().app->session().fileName());
       }},
      {"frameCount", [](const json&, std::string_view) { return ok(runtime().frameCount); }},
      {"drawing", [](const json&, std::string_view) { return ok(drawing()); }},
      {"widgets", [](const json&, std::string_view) { return ok(widgetsJson()); }},
      {"screen", [](const json&, std::string_view) { return ok(runtime().app->screenName()); }},
      {"goTo", [](const json& a, std::string_view) {
         if (!str(a, 0) || !runtime().app->goTo(*str(a, 0))) return fail("bad_arguments", "goTo");
         requestFrames();
         return ok();
       }},
      {"settings", [](const json&, std::string_view) {
         const app::Settings& s = runtime().app->session().settings();
         return ok({{"language", langCode(s.language)}, {"uiScale", s.uiScale}, {"highContrast", s.highContrast},
                    {"presentation", runtime().app->presenting()}});
       }},
      {"setUiScale", [](const json& a, std::string_view) {
         if (!a.is_array() || a.size() != 1 || !a[0].is_number() || !(a[0].get<double>() >= 1.0 && a[0].get<double>() <= 2.0))
           return fail("bad_setting", "uiScale");
         runtime().app->session().setUiScale(a[0].get<float>());
         requestFrames();
         return ok();
       }},
      {"setHighContrast", [](const json& a, std::string_view) {
         if (!a.is_array() || a.empty() || !a[0].is_boolean()) return fail("bad_setting", "highContrast");
         runtime().app->session().setHighContrast(a[0].get<bool>());
         requestFrames();
         return ok();
       }},
  });
}

}  // namespace lestari::web
