// window.lestari: the automation API (docs/automation-api.md). JavaScript
// calls lestari_call(method, argsJson) and gets {"ok":..., "result"|"errors"}.
// Nothing here throws or crashes on bad input: errors are values.
#include <emscripten.h>
#include <imgui.h>

#include <functional>
#include <map>
#include <string>

#include "input.h"
#include "render_loop.h"
#include "report.h"
#include "scoring.h"
#include "runtime.h"
#include "strict_json.h"
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

json widgetsJson() {
  float d = runtime().dpr;
  json list = json::array();
  for (const auto& w : ui::trackedWidgets())
    list.push_back({{"id", w.id}, {"x", w.min.x / d}, {"y", w.min.y / d}, {"w", (w.max.x - w.min.x) / d},
                    {"h", (w.max.y - w.min.y) / d}, {"focused", w.focused}});
  return list;
}

using Handler = std::function<json(const json& args)>;

const std::string* str(const json& args, std::size_t i) {
  return args.is_array() && args.size() > i && args[i].is_string() ? &args[i].get_ref<const std::string&>() : nullptr;
}

const std::map<std::string, Handler>& handlers() {
  static const std::map<std::string, Handler> h = {
      {"version", [](const json&) { return ok(kAppVersion); }},
      {"language", [](const json&) { return ok(langCode(runtime().app->session().lang())); }},
      {"setLanguage", [](const json& a) {
         auto l = str(a, 0) ? parseLang(*str(a, 0)) : std::nullopt;
         if (!l) return fail("unknown_language", str(a, 0) ? *str(a, 0) : "?");
         runtime().app->session().setLanguage(*l);
         requestFrames();
         return ok();
       }},
      {"checklist", [](const json&) { return ok(checklistJson()); }},
      {"setAnswer", [](const json& a) {
         if (!str(a, 0) || a.size() < 2 || !(a[1].is_null() || a[1].is_number())) return fail("bad_arguments", "setAnswer");
         std::optional<int> level;
         if (a[1].is_number()) {
           double d = a[1].get<double>();
           if (d != static_cast<int>(d)) return fail("bad_arguments", "setAnswer");
           level = static_cast<int>(d);
         }
         return fromEdit(runtime().app->session().setLevel(*str(a, 0), level));
       }},
      {"setNotApplicable", [](const json& a) {
         if (!str(a, 0) || a.size() < 2 || !a[1].is_boolean()) return fail("bad_arguments", "setNotApplicable");
         return fromEdit(runtime().app->session().setNotApplicable(*str(a, 0), a[1].get<bool>()));
       }},
      {"setNote", [](const json& a) {
         if (!str(a, 0) || !str(a, 1)) return fail("bad_arguments", "setNote");
         return fromEdit(runtime().app->session().setNote(*str(a, 0), *str(a, 1)));
       }},
      {"setProfile", [](const json& a) {
         if (!str(a, 0) || a.size() < 2) return fail("bad_arguments", "setProfile");
         return fromEdit(runtime().app->session().setProfile(*str(a, 0), a[1]));
       }},
      {"state", [](const json&) {
         ui::App& app = *runtime().app;
         json doc = json::parse(app.session().exportText(), nullptr, false);
         doc["screen"] = app.screenName();
         doc["unsaved"] = app.session().unsaved();
         doc["autosaves"] = app.session().saveCount();
         return ok(doc);
       }},
      {"exportReport", [](const json&) { return ok(runtime().app->session().exportText()); }},
      {"importReport", [](const json& a) {
         if (!str(a, 0)) return fail("bad_arguments", "importReport");
         ui::Session& s = runtime().app->session();
         auto r = s.parse(*str(a, 0));
         if (!r.ok()) return json{{"ok", false}, {"errors", errorsJson(r.errors)}};
         s.replace(std::move(r.value->assessment), true);
         requestFrames();
         return ok();
       }},
      {"reset", [](const json&) {
         runtime().app->session().reset();
         requestFrames();
         return ok();
       }},
      {"download", [](const json&) {
         runtime().app->session().download();
         return ok(runtime().app->session().fileName());
       }},
      {"frameCount", [](const json&) { return ok(runtime().frameCount); }},
      {"widgets", [](const json&) { return ok(widgetsJson()); }},
      {"screen", [](const json&) { return ok(runtime().app->screenName()); }},
      {"goTo", [](const json& a) {
         if (!str(a, 0) || !runtime().app->goTo(*str(a, 0))) return fail("bad_arguments", "goTo");
         requestFrames();
         return ok();
       }},
      {"settings", [](const json&) {
         const ui::Settings& s = runtime().app->session().settings();
         return ok({{"language", langCode(s.language)}, {"uiScale", s.uiScale}, {"highContrast", s.highContrast}});
       }},
      {"setUiScale", [](const json& a) {
         if (!a.is_array() || a.empty() || !a[0].is_number() || a[0].get<double>() < 1.0 || a[0].get<double>() > 2.0)
           return fail("bad_setting", "uiScale");
         runtime().app->session().setUiScale(a[0].get<float>());
         requestFrames();
         return ok();
       }},
      {"setHighContrast", [](const json& a) {
         if (!a.is_array() || a.empty() || !a[0].is_boolean()) return fail("bad_setting", "highContrast");
         runtime().app->session().setHighContrast(a[0].get<bool>());
         requestFrames();
         return ok();
       }},
      // Internal: calls from web/glue.js.
      {"_file", [](const json& a) {
         if (!str(a, 0) || !str(a, 1)) return fail("bad_arguments", "_file");
         runtime().app->onFileOpened(*str(a, 0), *str(a, 1));
         requestFrames();
         return ok();
       }},
      {"_fileRefused", [](const json& a) {
         if (!str(a, 0) || !str(a, 1) || a.size() < 3 || !a[2].is_array()) return fail("bad_arguments", "_fileRefused");
         std::vector<std::string> args;
         for (const auto& v : a[2]) args.push_back(v.is_string() ? v.get<std::string>() : v.dump());
         runtime().app->onFileRefused(*str(a, 0), Error{"$", *str(a, 1), args});
         requestFrames();
         return ok();
       }},
      {"_text", [](const json& a) {
         if (!str(a, 0)) return fail("bad_arguments", "_text");
         typeText(*str(a, 0));
         return ok();
       }},
      {"_key", [](const json& a) {
         if (!str(a, 0)) return fail("bad_arguments", "_key");
         pressKey(*str(a, 0));
         return ok();
       }},
      {"_pump", [](const json&) {
         drawFrameNow();
         drawFrameNow();
         return ok(runtime().textInputActive);
       }},
      {"_redraw", [](const json&) {
         requestFrames();
         return ok();
       }},
  };
  return h;
}

}  // namespace

}  // namespace lestari::web

// Scores one report without touching the current assessment: trainers
// aggregate a whole group's reports. Raw text in, a small summary out.
extern "C" EMSCRIPTEN_KEEPALIVE const char* lestari_score_report(const char* text) {
  using namespace lestari;
  using namespace lestari::web;
  static std::string out;
  Json reply;
  if (!runtime().app) {
    reply = {{"ok", false}};
  } else {
    auto r = importReport(text ? text : "", runtime().app->checklist());
    if (!r.ok()) {
      reply = {{"ok", false}, {"errors", errorsJson(r.errors)}};
    } else {
      Results res = score(runtime().app->checklist(), r.value->assessment);
      Json factors = Json::array();
      for (const auto& f : res.factors) factors.push_back(f.score ? Json(*f.score) : Json(nullptr));
      reply = {{"ok", true},
               {"name", r.value->assessment.profileText("name")},
               {"score", res.overall ? Json(*res.overall) : Json(nullptr)},
               {"band", res.band ? Json(res.band->id) : Json(nullptr)},
               {"complete", res.complete},
               {"weakestFactor", res.weakest ? Json(res.weakest->id) : Json(nullptr)},
               {"factors", factors}};
    }
  }
  out = reply.dump(-1, ' ', false, Json::error_handler_t::replace);
  return out.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* lestari_call(const char* method, const char* argsJson) {
  using namespace lestari::web;
  static std::string out;
  json reply;
  auto it = handlers().find(method ? method : "");
  if (!runtime().app) {
    reply = {{"ok", false}, {"errors", json::array({{{"path", "$"}, {"code", "not_ready"}, {"message", "not ready"}}})}};
  } else if (it == handlers().end()) {
    reply = fail("unknown_method", method ? method : "");
  } else {
    auto args = lestari::parseStrictJson(argsJson ? argsJson : "[]", lestari::JsonLimits{8 * 1024 * 1024, 16, 6 * 1024 * 1024, 100, 100});
    if (!args.ok() || !args.value->is_array()) reply = fail("bad_arguments", method);
    else reply = it->second(*args.value);
  }
  out = reply.dump(-1, ' ', false, json::error_handler_t::replace);
  return out.c_str();
}
