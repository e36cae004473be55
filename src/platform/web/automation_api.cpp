// The automation API's dispatcher and shared replies (see api.h).
#include <emscripten.h>

#include "platform/web/api.h"
#include "platform/web/render_loop.h"
#include "platform/web/runtime.h"
#include "core/base/size_limits.h"
#include "core/json/strict_json.h"
#include "core/text/text.h"

namespace lestari::web {

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
json ok(json result) { return {{"ok", true}, {"result", std::move(result)}}; }
json fromEdit(const std::optional<Error>& e) {
  requestFrames();
  if (e) return {{"ok", false}, {"errors", errorsJson({*e})}};
  return ok();
}

const std::string* str(const json& args, std::size_t i) {
  return args.is_array() && args.size() > i && args[i].is_string() ? &args[i].get_ref<const std::string&>() : nullptr;
}

std::optional<Error> errorArg(const json& a, std::size_t at) {
  if (!str(a, at) || a.size() <= at + 1 || !a[at + 1].is_array()) return std::nullopt;
  Error e{"$", *str(a, at), {}};
  for (const auto& v : a[at + 1]) e.args.push_back(echo(v.is_string() ? v.get<std::string>() : v.dump()));
  return e;
}

json withText(const json& a, const char* method, void (*act)(const std::string& text)) {
  if (!str(a, 0)) return fail("bad_arguments", method);
  act(*str(a, 0));
  requestFrames();
  return ok();
}

std::string& rawResult() {
  static std::string text;
  return text;
}

namespace {
const Handlers& handlers() {
  static const Handlers h = [] {
    Handlers all;
    addPublicApi(all);
    addGlueCalls(all);
    addMirrorCalls(all);
    return all;
  }();
  return h;
}
}  // namespace

}  // namespace lestari::web

extern "C" EMSCRIPTEN_KEEPALIVE const char* lestari_call(const char* method, const char* argsJson, int argsLen,
                                                      const char* payload, int payloadLen) {
  using namespace lestari::web;
  static std::string out;
  // The last reply was read (the caller copies it at once): a large one's
  // memory is given back before anything else runs.
  if (out.capacity() > (1u << 20)) std::string().swap(out);
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
