#pragma once
// The automation API's plumbing (docs/automation-api.md): JavaScript calls
// lestari_call(method, argsJson, payload) and gets {"ok":..., "result"|"errors"}.
// The methods are listed by audience, each in its own file:
//   api_public.cpp  window.lestari, the documented API (and its _agg* steps);
//   api_glue.cpp    web/glue/'s transport: files, typed text, keys, other tabs;
//   api_mirror.cpp  web/mirror.js: focus, activation and typing in the mirror.
// Nothing here throws or crashes on bad input: errors are values.
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/base/error.h"
#include "core/json/json.h"

namespace lestari::web {

using json = Json;

// A handler gets the JSON arguments and, for report texts and files, the raw
// bytes (payload) that came through the heap without being re-encoded. A
// plain function, not std::function: each of the ninety methods would
// otherwise bring its own wrapper code (about 23 KB of WebAssembly).
using Handler = Json (*)(const Json& args, std::string_view payload);
using Handlers = std::map<std::string, Handler>;

void addPublicApi(Handlers& h);
void addGlueCalls(Handlers& h);
void addMirrorCalls(Handlers& h);

// Replies, with messages in both languages.
Json errorsJson(const Errors& errors);
Json fail(const std::string& code, const std::string& arg);
Json ok(Json result = nullptr);
// An edit's outcome; a frame is drawn either way.
Json fromEdit(const std::optional<Error>& e);

// Argument i as a string, or null.
const std::string* str(const Json& args, std::size_t i);
// An error decided in web/glue/: [..., code, [args...]] from index at.
std::optional<Error> errorArg(const Json& a, std::size_t at);

// A call whose one argument is a text that the app acts on, then draws.
Json withText(const Json& args, const char* method, void (*act)(const std::string& text));

// A result that is already JSON text (a room's summary): put into the reply
// as it is, instead of being parsed into a tree and written out again.
std::string& rawResult();

}  // namespace lestari::web
