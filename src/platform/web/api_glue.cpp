// web/glue/'s transport into the app (see api.h): files from the picker
// and drops (one report, or a room's), text and keys from the hidden input,
// other tabs' storage changes, reduced motion, a redraw.
#include <imgui.h>

#include "platform/web/api.h"
#include "platform/web/input.h"
#include "platform/web/render_loop.h"
#include "platform/web/runtime.h"

namespace lestari::web {

void addGlueCalls(Handlers& h) {
  h.insert({
      // The room's reports from the picker or a drop, one file at a time:
      // [append, files]; a batch dropped meanwhile adds its count
      // (_groupMore). A file's reply says whether to go on (false: stopped).
      {"_groupBegin", [](const json& a, std::string_view) {
         const bool append = a.is_array() && !a.empty() && a[0].is_boolean() && a[0].get<bool>();
         const std::size_t files = a.is_array() && a.size() > 1 && a[1].is_number_unsigned() ? a[1].get<std::size_t>() : 1;
         runtime().app->room().begin(append, files);
         requestFrames();
         return ok();
       }},
      // Files chosen or dropped together: [how many]; the app says where they go.
      {"_filesGo", [](const json& a, std::string_view) {
         if (!a.is_array() || a.empty() || !a[0].is_number_unsigned()) return fail("bad_arguments", "_filesGo");
         const auto go = runtime().app->whereFilesGo(a[0].get<std::size_t>());
         return ok({{"room", go.room}, {"append", go.append}});
       }},
      {"_groupMore", [](const json& a, std::string_view) {
         if (!a.is_array() || a.empty() || !a[0].is_number_unsigned()) return fail("bad_arguments", "_groupMore");
         runtime().app->room().more(a[0].get<std::size_t>());
         return ok();
       }},
      {"_groupFile", [](const json& a, std::string_view payload) {
         if (!str(a, 0)) return fail("bad_arguments", "_groupFile");
         requestFrames();
         return ok(runtime().app->room().add(*str(a, 0), payload));
       }},
      {"_groupRefused", [](const json& a, std::string_view) {
         auto e = errorArg(a, 1);
         if (!str(a, 0) || !e) return fail("bad_arguments", "_groupRefused");
         requestFrames();
         return ok(runtime().app->room().refuse(*str(a, 0), *e));
       }},
      {"_groupDone", [](const json&, std::string_view) {
         runtime().app->room().finish();
         requestFrames();
         return ok();
       }},
      // The room kept across page loads (web/glue/kept_rooms.js): how keeping
      // went ([0 ok, 1 full, 2 unavailable]), the rooms kept ([[{id, reports,
      // savedAt}]]), one room's bytes ([id], or [id, false]: not read).
      {"_roomKept", [](const json& a, std::string_view) {
         const int code = a.is_array() && !a.empty() && a[0].is_number_integer() ? a[0].get<int>() : 2;
         runtime().app->onRoomKept(code == 0 ? app::StoreResult::Ok : code == 1 ? app::StoreResult::Full : app::StoreResult::Unavailable);
         requestFrames();
         return ok();
       }},
      {"_keptRooms", [](const json& a, std::string_view) {
         std::vector<app::Room::Kept> rooms;
         if (a.is_array() && !a.empty() && a[0].is_array())
           for (const json& k : a[0])
             if (k.is_object() && k.value("id", json()).is_string() && k.value("reports", json()).is_number_unsigned() &&
                 k.value("savedAt", json()).is_string())
               rooms.push_back({k["id"].get<std::string>(), k["reports"].get<std::size_t>(), k["savedAt"].get<std::string>()});
         runtime().app->onKeptRooms(std::move(rooms));
         requestFrames();
         return ok();
       }},
      {"_keptRoomRead", [](const json& a, std::string_view payload) {
         if (!str(a, 0)) return fail("bad_arguments", "_keptRoomRead");
         const bool read = a.size() < 2;
         runtime().app->onKeptRoomRead(*str(a, 0), read ? std::optional<std::string_view>(payload) : std::nullopt);
         requestFrames();
         return ok();
       }},
      // Internal: calls from web/glue/.
      {"_file", [](const json& a, std::string_view payload) {
         if (!str(a, 0)) return fail("bad_arguments", "_file");
         runtime().app->onFileOpened(*str(a, 0), payload);
         requestFrames();
         return ok();
       }},
      {"_storage", [](const json& a, std::string_view) {
         return withText(a, "_storage", [](const std::string& key) { runtime().app->onStorageChanged(key); });
       }},
      // The browser's Back or Forward reached an entry for a screen: [route];
      // the answer says what happened ("moved", "dialog", "refused").
      {"_history", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_history");
         const auto h = runtime().app->fromHistory(*str(a, 0));
         if (h == ui::App::History::Dialog) pressKey("Escape");  // answered as Esc answers it
         requestFrames();
         return ok(h == ui::App::History::Moved ? "moved" : h == ui::App::History::Dialog ? "dialog" : "refused");
       }},
      // This window keeps its storage only until it closes: [say it now].
      {"_storageEndsWithWindow", [](const json& a, std::string_view) {
         runtime().app->onStorageEndsWithWindow(a.is_array() && !a.empty() && a[0].is_boolean() && a[0].get<bool>());
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
      // The room's workbook was saved: [name].
      {"_workbookDone", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_workbookDone");
         runtime().app->onWorkbookDone(*str(a, 0));
         requestFrames();
         return ok();
       }},
      // The report was shared, the share sheet closed, or it was downloaded instead.
      {"_shared", [](const json& a, std::string_view) {
         if (!str(a, 0) || !str(a, 1)) return fail("bad_arguments", "_shared");
         runtime().app->onShared(*str(a, 0), *str(a, 1));
         requestFrames();
         return ok();
       }},
      {"_fileRefused", [](const json& a, std::string_view) {
         auto e = errorArg(a, 1);
         if (!str(a, 0) || !e) return fail("bad_arguments", "_fileRefused");
         runtime().app->onFileRefused(*str(a, 0), *e);
         requestFrames();
         return ok();
       }},
      // Typed and pasted text, as the payload (a chat pasted into "Tempel
      // dari chat" is up to 100,000 characters, 400 KB of emoji: past what one
      // argument may hold). Well-formed UTF-8 (web/glue/).
      // What to print in the page (the summary, or the event report while
      // the room is shown): {lang, css, body}, each apart.
      {"_printable", [](const json&, std::string_view) {
         const auto p = runtime().app->printable();
         return ok({{"lang", langCode(p.lang)}, {"css", p.css}, {"body", p.body}});
       }},
      {"_text", [](const json&, std::string_view payload) {
         std::string text(payload);
         if (!holdForPendingTab(text)) runtime().app->insertText(text);
         requestFrames();
         return ok();
       }},
      {"_paste", [](const json&, std::string_view payload) {
         paste(std::string(payload));
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
  });
}

}  // namespace lestari::web
