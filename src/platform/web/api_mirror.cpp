// web/mirror.js's calls (see api.h): focus, activation and typing in the
// accessible mirror come back to the app as input.
#include "platform/web/api.h"
#include "platform/web/render_loop.h"
#include "platform/web/runtime.h"
#include "ui/widgets.h"

namespace lestari::web {

void addMirrorCalls(Handlers& h) {
  h.insert({
      // From the accessible mirror (web/mirror.js): focus, activation, typing.
      {"_a11yFocus", [](const json& a, std::string_view) {
         return withText(a, "_a11yFocus", [](const std::string& key) { ui::requestFocus(key); });
       }},
      {"_a11yActivate", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_a11yActivate");
         bool found = ui::activate(*str(a, 0));
         requestFrames();
         return found ? ok() : fail("bad_arguments", "_a11yActivate");
       }},
      // A mirror field's whole text, as the payload (a pasted chat is up to
      // 400 KB, past what an argument holds): [key, committed].
      {"_a11ySet", [](const json& a, std::string_view text) {
         if (!str(a, 0) || a.size() != 2 || !a[1].is_boolean()) return fail("bad_arguments", "_a11ySet");
         ui::setMirrorText(*str(a, 0), std::string(text), a[1].get<bool>());
         requestFrames();
         return ok();
       }},
      // A right-press on a field (web/mirror.js, menuOn): the selection it
      // has on the canvas, [start, end] in code points, or null.
      {"_fieldSelection", [](const json& a, std::string_view) {
         if (!str(a, 0)) return fail("bad_arguments", "_fieldSelection");
         const auto sel = ui::activeSelection(*str(a, 0));
         return sel ? ok(json::array({sel->first, sel->second})) : ok(nullptr);
       }},
      // Where the caret is in a mirror field: [key, code points before it].
      {"_a11yCaret", [](const json& a, std::string_view) {
         if (!str(a, 0) || a.size() != 2 || !a[1].is_number_unsigned()) return fail("bad_arguments", "_a11yCaret");
         ui::setMirrorCaret(*str(a, 0), a[1].get<int>());
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
  });
}

}  // namespace lestari::web
