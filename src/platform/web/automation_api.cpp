// window.lestari: the automation API (docs/automation-api.md). JavaScript
// calls lestari_call(method, argsJson) and gets {"ok":..., "result"|"errors"}.
// Nothing here throws or crashes on bad input: errors are values.
#include <emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <functional>
#include <map>
#include <string>

#include "input.h"
#include "render_loop.h"
#include "aggregate.h"
#include "compare.h"
#include "group_export.h"
#include "report.h"
#include "scoring.h"
#include "runtime.h"
#include "size_limits.h"
#include "strict_json.h"
#include "text.h"
#include "version.h"
#include "widgets.h"

namespace lestari::web {

namespace {

using json = Json;

json errorsJson(const Errors& errors) {
  const Translations& tr = runtime().app->session().tr();
  Lang lang = runtime().app->session().lang();
  json list = json::array();
  for (const auto& e : errors)
    list.push_back({{"path", e.path}, {"code", e.code}, {"message", tr.message(e, lang)},
                    {"messages", {{"id", tr.message(e, Lang::Id)}, {"en", tr.message(e, Lang::En)}}}});
  return list;
}

json fail(const std::string& code, const std::string& arg) {
  return {{"ok", false}, {"errors", errorsJson({Error{"$", code, {arg}}})}};
}
json ok(json result = nullptr) { return {{"ok", true}, {"result", std::move(result)}}; }
json fromEdit(const std::optional<Error>& e) {
  requestFrames();
  if (e) return {{"ok", false}, {"errors", errorsJson({*e})}};
  return ok();
}

json checklistJson() {
  const Checklist& c = runtime().app->checklist();
  Lang lang = runtime().app->session().lang();
  json factors = json::array();
  for (const auto& f : c.factors) {
    json inds = json::array();
    for (const auto& i : f.indicators) {
      json levels = json::array();
      for (const auto& l : i.levels) levels.push_back(l.in(lang));
      inds.push_back({{"id", i.id}, {"question", i.question.in(lang)}, {"levels", levels}});
    }
    factors.push_back({{"id", f.id}, {"title", f.title.in(lang)}, {"weight", f.weight}, {"indicators", inds}});
  }
  json fields = json::array();
  for (const auto& f : c.profile) fields.push_back(f.id);
  return {{"id", c.id}, {"version", c.version}, {"factors", factors}, {"profileFields", fields}};
}

// The named widgets of the last frame that are visible, with the part of
// them that is visible (in CSS pixels): where a test can click.
json widgetsJson() {
  float d = runtime().dpr;
  json list = json::array();
  for (const auto& w : ui::semanticNodes()) {
    if (!w.visible || w.key.rfind("t.", 0) == 0 || w.role >= ui::Role::RadioGroup) continue;
    list.push_back({{"id", w.id}, {"x", w.clipMin.x / d}, {"y", w.clipMin.y / d}, {"w", (w.clipMax.x - w.clipMin.x) / d},
                    {"h", (w.clipMax.y - w.clipMin.y) / d}, {"focused", (w.flags & ui::kFocused) != 0}});
  }
  return list;
}

// A handler gets the JSON arguments and, for report texts and files, the raw
// bytes (payload) that came through the heap without being re-encoded.
// lestari.aggregate's own group, apart from the page's.
std::optional<GroupBuilder>& apiGroup() {
  static std::optional<GroupBuilder> builder;
  return builder;
}

// What an accepted report's reader was told: recalculated results, an older checklist.
json warningsJson(const ImportedReport& r) {
  const ui::Session& s = runtime().app->session();
  json list = json::array();
  if (r.recalculated) list.push_back({{"code", "recalculated"}, {"message", s.describeRecalculation(*r.recalculated, r.assessment)}});
  for (const Error& w : r.warnings) list.push_back({{"code", w.code}, {"message", s.tr().message(w, s.lang())}});
  return list;
}

json resultsJson(const Side& side) {
  const Results& r = side.results;
  return {{"generatedAt", side.generatedAt}, {"name", side.name},
          {"score", r.overall ? json(*r.overall) : json(nullptr)}, {"band", r.band ? json(r.band->id) : json(nullptr)}};
}
json directionJson(const Direction& d) { return d ? json(*d) : json(nullptr); }

// The comparison as data: the same figures the compare screen shows.
json comparisonJson(const Comparison& c) {
  json factors = json::array(), indicators = json::array(), closed = json::array();
  for (const FactorChange& f : c.factors) {
    auto d = f.delta();
    factors.push_back({{"id", f.factor->id}, {"before", f.before ? json(*f.before) : json(nullptr)},
                       {"after", f.after ? json(*f.after) : json(nullptr)}, {"delta", d ? json(*d) : json(nullptr)},
                       {"direction", directionJson(f.direction)}});
  }
  auto level = [](const std::optional<int>& lv, bool na) { return lv ? json(*lv) : na ? json("na") : json(nullptr); };
  for (const IndicatorChange& i : c.indicators)
    indicators.push_back({{"id", i.indicator->id}, {"factor", i.factor->id}, {"before", level(i.before, i.naBefore)},
                          {"after", level(i.after, i.naAfter)}, {"direction", directionJson(i.direction)}});
  for (const Recommendation& r : c.closed)
    closed.push_back({{"indicator", r.indicator->id}, {"factor", r.factor->id}, {"fromLevel", r.level}, {"targetLevel", r.level + 1}});
  const Results &b = c.before.results, &a = c.after.results;
  return {{"before", resultsJson(c.before)},
          {"after", resultsJson(c.after)},
          {"namesDiffer", c.namesDiffer},
          {"overall", {{"delta", b.overall && a.overall ? json(roundOneDecimal(*a.overall - *b.overall)) : json(nullptr)},
                       {"direction", directionJson(c.overall)}}},
          {"factors", factors},
          {"indicators", indicators},
          {"closedRecommendations", closed}};
}

// Scores one report without touching the current assessment: trainers
// aggregate a whole group's reports. Raw text in, a small summary out.
json scoreReport(std::string_view text) {
  auto r = importReport(text, runtime().app->checklist());
  if (!r.ok()) return {{"ok", false}, {"errors", errorsJson(r.errors)}};
  Results res = score(runtime().app->checklist(), r.value->assessment);
  json factors = json::array();
  for (const auto& f : res.factors) factors.push_back(f.score ? json(*f.score) : json(nullptr));
  json summary = {{"ok", true},
                  {"name", r.value->assessment.profileText("name")},
                  {"score", res.overall ? json(*res.overall) : json(nullptr)},
                  {"band", res.band ? json(res.band->id) : json(nullptr)},
                  {"complete", res.complete},
                  {"weakestFactor", res.weakest ? json(res.weakest->id) : json(nullptr)},
                  {"factors", factors},
                  {"recalculated", r.value->recalculated.has_value()}};
  if (json w = warningsJson(*r.value); !w.empty()) summary["warnings"] = std::move(w);
  return ok(summary);
}

// A result that is already JSON text (a room's summary): put into the reply
// as it is, instead of being parsed into a tree and written out again.
std::string& rawResult() {
  static std::string text;
  return text;
}

// The limits of docs/limits.md, for the JavaScript side to refuse early.
json limitsJson() {
  const Checklist& c = runtime().app->checklist();
  json fields = json::object();
  std::size_t longest = c.maxNoteLength;
  for (const auto& f : c.profile)
    if (f.type == FieldType::Text || f.type == FieldType::Multiline) {
      fields[f.id] = f.maxLength;
      longest = std::max(longest, f.maxLength);
    }
  json actionFields = {{"action", c.actionMaxLength}, {"pic", c.picMaxLength}, {"note", c.actionNoteMaxLength}};
  return {{"fileBytes", limits::kFileBytes}, {"callArgsBytes", limits::kCallArgsBytes}, {"noteChars", c.maxNoteLength},
          {"pasteChars", longest}, {"fields", fields}, {"actionFields", actionFields}, {"errors", limits::kErrors}};
}

using Handler = std::function<json(const json& args, std::string_view payload)>;

const std::string* str(const json& args, std::size_t i) {
  return args.is_array() && args.size() > i && args[i].is_string() ? &args[i].get_ref<const std::string&>() : nullptr;
}

// An error decided in glue.js: [..., code, [args...]] from index at.
std::optional<Error> errorArg(const json& a, std::size_t at) {
  if (!str(a, at) || a.size() <= at + 1 || !a[at + 1].is_array()) return std::nullopt;
  Error e{"$", *str(a, at), {}};
  for (const auto& v : a[at + 1]) e.args.push_back(echo(v.is_string() ? v.get<std::string>() : v.dump()));
  return e;
}

const std::map<std::string, Handler>& handlers() {
  static const std::map<std::string, Handler> h = {
      {"version", [](const json&, std::string_view) { return ok(kAppVersion); }},
      {"language", [](const json&, std::string_view) { return ok(langCode(runtime().app->session().lang())); }},
      {"setLanguage", [](const json& a, std::string_view) {
         auto l = str(a, 0) ? parseLang(*str(a, 0)) : std::nullopt;
         if (!l) return fail("unknown_language", str(a, 0) ? *str(a, 0) : "?");
         runtime().app->session().setLanguage(*l);
         requestFrames();
         return ok();
       }},
      {"checklist", [](const json&, std::string_view) { return ok(checklistJson()); }},
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
         if (const auto& g = app.group()) {
           json rows = json::array();
           for (std::size_t i : app.groupOrder()) {
             const GroupReport& r = g->reports[i];
             rows.push_back({{"file", r.file}, {"name", r.name}, {"score", r.results.overall ? json(*r.results.overall) : json(nullptr)},
                             {"band", r.results.band ? json(r.results.band->id) : json(nullptr)}, {"counted", r.counted},
                             {"duplicate", r.duplicate}});
           }
           doc["group"] = {{"rows", rows}, {"counted", g->counted}, {"failed", g->failed.size()},
                           {"weakestFactor", g->weakest ? json(g->weakest->id) : json(nullptr)}};
         }
         return ok(doc);
       }},
      {"exportReport", [](const json&, std::string_view) { return ok(runtime().app->session().exportText()); }},
      {"importReport", [](const json&, std::string_view payload) {
         ui::Session& s = runtime().app->session();
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
         // Two texts in one payload: [sizeA, sizeB] says where the first ends.
         if (!a.is_array() || a.size() != 1 || !a[0].is_array() || a[0].size() != 2 || !a[0][0].is_number_unsigned() ||
             !a[0][1].is_number_unsigned() || a[0][0].get<std::size_t>() + a[0][1].get<std::size_t>() != payload.size())
           return fail("bad_arguments", "compare");
         std::size_t first = a[0][0].get<std::size_t>();
         auto r = compareReports(payload.substr(0, first), payload.substr(first), runtime().app->checklist());
         if (!r.ok()) return json{{"ok", false}, {"errors", errorsJson(r.errors)}};
         return ok(comparisonJson(*r.value));
       }},
      {"setAction", [](const json& a, std::string_view) {
         ui::Session& s = runtime().app->session();
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
      // A room's reports: the page's group view (files from the picker or a
      // drop) and lestari.aggregate (its own, not shown), one text at a time.
      {"_groupBegin", [](const json& a, std::string_view) {
         runtime().app->beginRoom(a.is_array() && !a.empty() && a[0].is_boolean() && a[0].get<bool>());
         return ok();
       }},
      {"_groupFile", [](const json& a, std::string_view payload) {
         if (!str(a, 0)) return fail("bad_arguments", "_groupFile");
         runtime().app->addRoomFile(*str(a, 0), payload);
         return ok();
       }},
      {"_groupRefused", [](const json& a, std::string_view) {
         auto e = errorArg(a, 1);
         if (!str(a, 0) || !e) return fail("bad_arguments", "_groupRefused");
         runtime().app->refuseRoomFile(*str(a, 0), *e);
         return ok();
       }},
      {"_groupDone", [](const json&, std::string_view) {
         runtime().app->finishRoom();
         requestFrames();
         return ok();
       }},
      {"_aggBegin", [](const json&, std::string_view) {
         apiGroup().emplace(runtime().app->checklist());
         return ok();
       }},
      {"_aggAdd", [](const json& a, std::string_view payload) {
         if (!str(a, 0) || !apiGroup()) return fail("bad_arguments", "_aggAdd");
         apiGroup()->add(*str(a, 0), payload);
         return ok();
       }},
      {"_aggRefused", [](const json& a, std::string_view) {
         auto e = errorArg(a, 1);
         if (!str(a, 0) || !e || !apiGroup()) return fail("bad_arguments", "_aggRefused");
         apiGroup()->refuse(*str(a, 0), *e);
         return ok();
       }},
      {"_aggDone", [](const json& a, std::string_view) {
         if (!apiGroup()) return fail("bad_arguments", "_aggDone");
         Group g = std::move(*apiGroup()).finish();
         apiGroup().reset();
         ui::App& app = *runtime().app;
         Lang lang = app.session().lang();
         const std::string* format = str(a, 0);
         if (format && *format == "csv") return ok(groupReportsCsv(g, app.checklist()));
         if (format && *format == "indicators-csv") return ok(groupIndicatorsCsv(g, app.checklist(), lang));
         // Handed on as the text it is: no second tree of a large room.
         rawResult() = groupJson(g, app.checklist(), app.session().tr(), lang, runtime().host.nowIso(), -1);
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
      {"widgets", [](const json&, std::string_view) { return ok(widgetsJson()); }},
      {"screen", [](const json&, std::string_view) { return ok(runtime().app->screenName()); }},
      {"goTo", [](const json& a, std::string_view) {
         if (!str(a, 0) || !runtime().app->goTo(*str(a, 0))) return fail("bad_arguments", "goTo");
         requestFrames();
         return ok();
       }},
      {"settings", [](const json&, std::string_view) {
         const ui::Settings& s = runtime().app->session().settings();
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
      // Internal: calls from web/glue.js.
      {"_file", [](const json& a, std::string_view payload) {
         if (!str(a, 0)) return fail("bad_arguments", "_file");
         runtime().app->onFileOpened(*str(a, 0), payload);
         requestFrames();
         return ok();
       }},
      {"_storage", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_storage");
         runtime().app->onStorageChanged(*str(a, 0));
         requestFrames();
         return ok();
       }},
      {"_textRefused", [](const json& a, std::string_view) {
         if (!a.is_array() || a.empty() || !a[0].is_number_unsigned()) return fail("bad_arguments", "_textRefused");
         runtime().app->refuseText(a[0].get<std::size_t>());
         requestFrames();
         return ok();
       }},
      {"_refuse", [](const json& a, std::string_view) {
         auto e = errorArg(a, 0);
         if (!e) return fail("bad_arguments", "_refuse");
         return json{{"ok", false}, {"errors", errorsJson({*e})}};
       }},
      {"_fileRefused", [](const json& a, std::string_view) {
         auto e = errorArg(a, 1);
         if (!str(a, 0) || !e) return fail("bad_arguments", "_fileRefused");
         runtime().app->onFileRefused(*str(a, 0), *e);
         requestFrames();
         return ok();
       }},
      {"_text", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_text");
         runtime().app->insertText(*str(a, 0));
         requestFrames();
         return ok();
       }},
      {"_key", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_key");
         pressKey(*str(a, 0));
         return ok();
       }},
      {"_pump", [](const json&, std::string_view) {
         drawFrameNow();
         drawFrameNow();
         return ok(runtime().textInputActive);
       }},
      // From the accessible mirror (web/mirror.js): focus, activation, typing.
      {"_a11yFocus", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_a11yFocus");
         ui::requestFocus(*str(a, 0));
         requestFrames();
         return ok();
       }},
      {"_a11yActivate", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_a11yActivate");
         bool found = ui::activate(*str(a, 0));
         requestFrames();
         return found ? ok() : fail("bad_arguments", "_a11yActivate");
       }},
      {"_a11ySet", [](const json& a, std::string_view) {
         if (!str(a, 0) || !str(a, 1) || a.size() != 3 || !a[2].is_boolean()) return fail("bad_arguments", "_a11ySet");
         ui::setMirrorText(*str(a, 0), *str(a, 1), a[2].get<bool>());
         requestFrames();
         return ok();
       }},
      // A mirror field's text over its limit, counted in code points by
      // mirror.js and refused there, before any copy: [key, limit, count].
      {"_a11yTooLong", [](const json& a, std::string_view) {
         if (!str(a, 0) || a.size() != 3 || !a[1].is_number_unsigned() || !a[2].is_number_unsigned())
           return fail("bad_arguments", "_a11yTooLong");
         runtime().app->refuseFieldText(*str(a, 0), a[1].get<std::size_t>(), a[2].get<std::size_t>());
         requestFrames();
         return ok();
       }},
      {"_reducedMotion", [](const json& a, std::string_view) {
         if (!a.is_array() || a.size() != 1 || !a[0].is_boolean()) return fail("bad_arguments", "_reducedMotion");
         runtime().app->setReducedMotion(a[0].get<bool>());
         if (a[0].get<bool>()) setInertia(0);
         requestFrames();
         return ok();
       }},
      {"_redraw", [](const json&, std::string_view) {
         requestFrames();
         return ok();
       }},
  };
  return h;
}

}  // namespace

}  // namespace lestari::web

extern "C" EMSCRIPTEN_KEEPALIVE const char* lestari_call(const char* method, const char* argsJson, int argsLen,
                                                      const char* payload, int payloadLen) {
  using namespace lestari::web;
  static std::string out;
  json reply;
  auto it = handlers().find(method ? method : "");
  if (!runtime().app) {
    reply = {{"ok", false}, {"errors", json::array({{{"path", "$"}, {"code", "not_ready"}, {"message", "not ready"}}})}};
  } else if (it == handlers().end()) {
    reply = fail("unknown_method", lestari::echo(method ? method : ""));
  } else {
    lestari::JsonLimits lim;
    lim.maxBytes = lestari::limits::kCallArgsBytes;
    auto args = lestari::parseStrictJson(std::string_view(argsJson ? argsJson : "[]", argsJson ? argsLen : 2), lim);
    std::string_view bytes(payload ? payload : "", payload ? static_cast<std::size_t>(payloadLen) : 0);
    if (!args.ok() || !args.value->is_array()) reply = fail("bad_arguments", method);
    else reply = it->second(*args.value, bytes);
  }
  if (out.capacity() > (1u << 20)) std::string().swap(out);  // the last large reply was read: its memory can serve again
  out = reply.dump(-1, ' ', false, json::error_handler_t::replace);
  if (!rawResult().empty()) {  // {"ok":true,"result":null} with the text in place of null, in the text's own memory
    std::string& text = rawResult();
    text.insert(0, out, 0, out.size() - 5);
    text += '}';
    out.swap(text);
    std::string().swap(text);
  }
  return out.c_str();
}
