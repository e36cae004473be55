// JavaScript side of src/platform/web/js_bridge.h. Only browser glue lives
// here: downloads, storage, clipboard, focus of the hidden text input. Text
// crosses with its length; the helpers in web/glue/ (lestariHooks) copy it
// into the heap, bounded, and encode exactly.
mergeInto(LibraryManager.library, {
  $lestariQuotaOr: function (e, other) {
    return (e && (e.name === 'QuotaExceededError' || e.code === 22)) ? 1 : other;
  },

  lestari_js_download: function (namePtr, textPtr, len) {
    var name = UTF8ToString(namePtr);
    var type = /\.html$/.test(name) ? 'text/html;charset=utf-8' : /\.csv$/.test(name) ? 'text/csv;charset=utf-8' : 'application/json';
    window.lestariHooks.saveFile(name, HEAPU8.slice(textPtr, textPtr + len), type);
  },

  lestari_js_download_workbook: function (namePtr, bytesPtr, size) {
    window.lestariHooks.saveWorkbook(UTF8ToString(namePtr), HEAPU8.slice(bytesPtr, bytesPtr + size));
  },

  lestari_js_share: function (namePtr, textPtr, len, titlePtr) {
    window.lestariHooks.share(UTF8ToString(namePtr), HEAPU8.slice(textPtr, textPtr + len), UTF8ToString(titlePtr));
  },

  lestari_js_download_stored: function (keyPtr, namePtr) {
    var value = null;
    try { value = window.localStorage.getItem(UTF8ToString(keyPtr)); } catch (e) { value = null; }
    if (value !== null) window.lestariHooks.saveFile(UTF8ToString(namePtr), window.lestariHooks.wtf8(value), 'text/plain', value);
  },

  lestari_js_save_page: function () {
    return window.lestariHooks.savePage() ? 1 : 0;
  },

  lestari_js_print: function () {
    return window.lestariHooks.print() ? 1 : 0;
  },

  lestari_js_pick_file: function (many) {
    var input = document.getElementById(many ? 'lestari-files' : 'lestari-file');
    input.value = '';
    input.click();
  },

  // The room kept across page loads (web/glue/kept_rooms.js): answers come back through calls.
  lestari_js_keep_room: function (idPtr, textPtr, len, aboutPtr, replacesPtr) {
    window.lestariHooks.keepRoom(UTF8ToString(idPtr), HEAPU8.slice(textPtr, textPtr + len), JSON.parse(UTF8ToString(aboutPtr)),
                                 UTF8ToString(replacesPtr));
  },
  lestari_js_forget_room: function (idPtr) { window.lestariHooks.forgetRoom(idPtr ? UTF8ToString(idPtr) : null); },
  lestari_js_list_rooms: function () { window.lestariHooks.listKeptRooms(); },
  lestari_js_read_room: function (idPtr) { window.lestariHooks.readKeptRoom(UTF8ToString(idPtr)); },

  lestari_js_storage_get: function (keyPtr, maxBytes, lenPtr, statusPtr) {
    var value;
    try { value = window.localStorage.getItem(UTF8ToString(keyPtr)); }
    catch (e) { HEAP32[statusPtr >> 2] = 3; return 0; }
    if (value === null) { HEAP32[statusPtr >> 2] = 0; return 0; }
    var copy = window.lestariHooks.toHeap(value, maxBytes);  // null when over: nothing copied
    if (!copy) { HEAP32[statusPtr >> 2] = 2; return 0; }
    HEAP32[lenPtr >> 2] = copy.len;
    return copy.ptr;
  },

  lestari_js_storage_set__deps: ['$lestariQuotaOr'],
  lestari_js_storage_set: function (keyPtr, valuePtr, len) {
    try {
      window.localStorage.setItem(UTF8ToString(keyPtr), UTF8ToString(valuePtr, len));
      return 0;
    } catch (e) { return lestariQuotaOr(e, 2); }
  },

  // A byte-exact rescue: the string is copied within JavaScript (never
  // through UTF-8), read back and compared before the original is removed.
  lestari_js_storage_move__deps: ['$lestariQuotaOr'],
  lestari_js_storage_move: function (fromPtr, toPtr) {
    var from = UTF8ToString(fromPtr), to = UTF8ToString(toPtr), s = window.localStorage;
    try {
      var value = s.getItem(from);
      if (value === null) return 2;
      s.setItem(to, value);
      if (s.getItem(to) !== value) { s.removeItem(to); return 2; }
      s.removeItem(from);
      return 0;
    } catch (e) { return lestariQuotaOr(e, 2); }
  },

  lestari_js_storage_remove: function (keyPtr) {
    try { window.localStorage.removeItem(UTF8ToString(keyPtr)); } catch (e) { /* unavailable: nothing to remove */ }
  },

  lestari_js_storage_keys: function (prefixPtr) {
    var prefix = UTF8ToString(prefixPtr), keys = [];
    try {
      for (var i = 0; i < window.localStorage.length; i++) {
        var k = window.localStorage.key(i);
        if (k !== null && k.indexOf(prefix) === 0) keys.push(k);
      }
    } catch (e) { return 0; }
    var copy = window.lestariHooks.toHeap(JSON.stringify(keys), 1 << 20);
    return copy ? copy.ptr : 0;
  },

  lestari_js_clipboard_set: function (textPtr) {
    window.lestariHooks.copy(UTF8ToString(textPtr));
  },

  lestari_js_text_input: function (mode) {
    window.lestariHooks.textInput(mode);
  },

  lestari_js_set_cursor: function (cssPtr) {
    window.lestariHooks.rule('#canvas').style.cursor = UTF8ToString(cssPtr);
  },

  lestari_js_set_leave_guard: function (on) {
    window.lestariHooks.leaveGuard = !!on;
  },

  lestari_js_screen_shown: function (routePtr) {
    window.lestariHooks.screenShown(UTF8ToString(routePtr));
  },

  lestari_js_semantics: function (ptr, len, buildMs) {
    window.lestariHooks.semantics(UTF8ToString(ptr, len), buildMs);
  },

  lestari_js_tab: function (backwards, typedPtr) {
    window.lestariHooks.tabFrom(!!backwards, UTF8ToString(typedPtr));
  },

  lestari_js_key_target: function () {
    return window.lestariHooks.keyTarget();
  },

  lestari_js_draw_glyph__deps: ['malloc'],
  lestari_js_draw_glyph: function (codePoint, px, baseline, em, info) {
    var g = window.lestariHooks.drawGlyph(codePoint, px, baseline, em);
    if (!g) return 0;
    var at = _malloc(g.rgba.length);
    if (!at) return 0;
    HEAPU8.set(g.rgba, at);
    HEAP32.set([g.width, g.height, g.advance, g.colour ? 1 : 0], info >> 2);
    return at;
  },

  lestari_js_touch_first: function () {
    return !!window.matchMedia && matchMedia('(pointer: coarse)').matches && !matchMedia('(any-pointer: fine)').matches;
  },

  lestari_js_font_face: function (ptr, len) {
    window.lestariHooks.fontFace(HEAPU8.slice(ptr, ptr + len));
  },

  lestari_js_ready: function (versionPtr) {
    window.lestariHooks.ready(UTF8ToString(versionPtr));
  },
});
