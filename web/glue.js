// window.lestari (docs/automation-api.md) and the browser events that are not
// input callbacks: the hidden text input for keyboards and IME, the file
// picker, drag and drop, other tabs, leaving the page. Runs before the wasm
// module starts.
//
// Every string and file goes to WebAssembly through malloc'd heap memory with
// its length (never on the small wasm stack), and only after it is known to be
// within the limits of docs/limits.md: what is over is refused, with a
// message, before anything is copied.
(function () {
  'use strict';
  var ownScript = document.currentScript;  // this program's own text, for savePage
  // What the page changes at run time stays out of its DOM, so that a copy a
  // browser saves from the DOM ("Webpage, Complete") starts clean and keeps
  // its Content-Security-Policy: no style attributes (this stylesheet,
  // which is not part of the DOM, does the styling: the mirror's positions,
  // the cursor, the loading note), and what a saved copy may carry from its
  // last run (the mirror, messages) is removed before anything else.
  var sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
  var rules = new Map();  // selector -> its rule
  function rule(selector) {
    if (!rules.has(selector)) rules.set(selector, sheet.cssRules[sheet.insertRule(selector + '{}', sheet.cssRules.length)]);
    return rules.get(selector);
  }
  function dropRule(selector) {
    var at = Array.prototype.indexOf.call(sheet.cssRules, rules.get(selector));
    if (at >= 0) sheet.deleteRule(at);
    rules.delete(selector);
  }
  (function cleanSavedCopy() {
    var mirror = document.getElementById('lestari-a11y');
    if (mirror) mirror.textContent = '';
    ['lestari-descriptions', 'lestari-live', 'lestari-copyarea', 'lestari-print'].forEach(function (id) { var el = document.getElementById(id); if (el) el.remove(); });
    Array.prototype.forEach.call(document.querySelectorAll('a[download], link[rel="manifest"]'), function (el) { el.remove(); });
    delete document.documentElement.dataset.fatal;
  })();
  var canvas = document.getElementById('canvas');
  var text = document.getElementById('lestari-text');
  var fileInput = document.getElementById('lestari-file');
  var filesInput = document.getElementById('lestari-files');
  Module.canvas = canvas;
  // A mouse press on the canvas keeps the mouse until it is released, even
  // outside the window: the app listens for the mouse on the canvas only
  // (src/platform/web/input.cpp says why).
  // A right-press on a text field gives the field's element the focus
  // first, and is not captured (the context menu follows the capture): the
  // menu is then the browser's own for a text field (web/mirror.js, menuOn).
  canvas.addEventListener('pointerdown', function (e) {
    if (e.button === 2 && window.lestariHooks.menuOn && window.lestariHooks.menuOn(e.clientX, e.clientY)) return;
    if (e.pointerType === 'mouse') canvas.setPointerCapture(e.pointerId);
  });
  // The WebAssembly is compiled here rather than by Emscripten's loader,
  // which would fetch() even the copy embedded in the page (its CSP has
  // connect-src 'none'). The page (lestari.html, and index.html, the same
  // file) carries it gzip-compressed, in base64 in a data block
  // (scripts/build/finish_page.py): decompressed by the browser's own
  // DecompressionStream.
  function fromBase64(text, n) {
    var bytes = atob(text), out = new Uint8Array(n);
    for (var i = 0; i < n; i++) out[i] = bytes.charCodeAt(i);
    return out;
  }
  // A gzip-compressed wasm block of the page (this app's, the workbook
  // writer's), inflated by the browser: as a stream, and compiled whole.
  function inflate(gz) { return new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip')); }
  function instantiateGz(gz, imports) {
    return new Response(inflate(gz)).arrayBuffer().then(function (b) { return WebAssembly.instantiate(b, imports); });
  }
  Module.instantiateWasm = function (imports, receive) {
    // The block stays in the page: a copy saved from the DOM needs it to start.
    var block = document.getElementById('lestari-wasm');
    if (!block) { window.lestariFatal('load'); return {}; }
    if (typeof DecompressionStream === 'undefined') { window.lestariFatal('decompress'); return {}; }
    var gz = fromBase64(block.textContent, +block.getAttribute('data-bytes'));
    // Compiled while it is decompressed (streaming), where the browser can.
    var asBytes = function () { return instantiateGz(gz, imports); };
    var ready = WebAssembly.instantiateStreaming
      ? WebAssembly.instantiateStreaming(new Response(inflate(gz), { headers: { 'Content-Type': 'application/wasm' } }), imports).catch(asBytes)
      : asBytes();
    ready.then(function (r) { receive(r.instance, r.module); }, function () { window.lestariFatal('load'); });
    return {};
  };
  // The canvas has no menu of its own (a text field's is the browser's: its
  // element is under the pointer then, see menuOn in web/mirror.js).
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  // The limits come from the core (src/core/size_limits.h and the checklist's
  // field lengths: one source), asked on first use, not during start-up (the
  // first frame comes sooner). Before the app has started nothing gets in.
  var limits = null;
  var NO_LIMITS = { fileBytes: 0, callArgsBytes: 0, pasteChars: 0, noteChars: 0, fields: {}, actionFields: {} };
  function lim() {
    if (limits) return limits;
    if (!started) return NO_LIMITS;
    limits = { fileBytes: 0, callArgsBytes: 16, pasteChars: 0, noteChars: 0 };  // enough for the one call that asks
    var r = call('limits');
    limits = r.ok ? r.result : null;
    return limits || NO_LIMITS;
  }
  function fieldLimit(field) { return lim().fields[field] || lim().pasteChars; }
  function actionLimit(field) { return lim().actionFields[field] || lim().pasteChars; }

  // ---- text and bytes into the heap ----
  // Bytes of s as WTF-8 (UTF-8, with an unpaired surrogate as its own three
  // bytes, which the core then refuses instead of silently altering), counted
  // without copying and stopping once over max.
  function wtf8Length(s, max) {
    var n = 0;
    for (var i = 0; i < s.length && n <= max; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xD800 && c <= 0xDBFF && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }
  function wtf8Into(s, out, at) {
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s.charCodeAt(++i) - 0xDC00);
      }
      if (c < 0x80) out[at++] = c;
      else if (c < 0x800) { out[at++] = 0xC0 | (c >> 6); out[at++] = 0x80 | (c & 63); }
      else if (c < 0x10000) { out[at++] = 0xE0 | (c >> 12); out[at++] = 0x80 | ((c >> 6) & 63); out[at++] = 0x80 | (c & 63); }
      else { out[at++] = 0xF0 | (c >> 18); out[at++] = 0x80 | ((c >> 12) & 63); out[at++] = 0x80 | ((c >> 6) & 63); out[at++] = 0x80 | (c & 63); }
    }
    return at;
  }
  function wtf8(s) {
    var out = new Uint8Array(wtf8Length(s, Infinity));
    wtf8Into(s, out, 0);
    return out;
  }
  // {ptr, len} of a NUL-terminated heap copy (the caller frees), or null when
  // data (a string or a Uint8Array) is over max bytes: then nothing is copied.
  // A string with no half of a UTF-16 pair alone is written by the browser's
  // own encoder, byte for byte what wtf8Into writes, many times faster (a
  // room's thousands of reports cross here).
  var encoder = typeof TextEncoder !== 'undefined' && TextEncoder.prototype.encodeInto ? new TextEncoder() : null;
  function wellFormed(s) {
    return s.isWellFormed ? s.isWellFormed() : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
  }
  // Whether s takes more than max bytes; exact only where it could.
  function overBytes(s, max) { return s.length > max || (s.length * 3 > max && wtf8Length(s, max + 1) > max); }
  // Texts one after another in one NUL-terminated heap copy (the caller
  // frees): {ptr, len, sizes}, each text's bytes where the last one's end.
  function textsToHeap(texts) {
    // Room for three bytes a code unit; a long text is measured instead.
    var room = texts.map(function (t) { return t.length * 3 <= (1 << 20) ? t.length * 3 : wtf8Length(t, Infinity); });
    var ptr = Module._malloc(room.reduce(function (n, r) { return n + r; }, 0) + 1);
    if (!ptr) return null;
    var end = ptr;
    var sizes = texts.map(function (t, i) {
      var start = end;
      end = encoder && wellFormed(t) ? end + encoder.encodeInto(t, HEAPU8.subarray(end, end + room[i])).written : wtf8Into(t, HEAPU8, end);
      return end - start;
    });
    HEAPU8[end] = 0;
    return { ptr: ptr, len: end - ptr, sizes: sizes };
  }
  // {ptr, len} of a NUL-terminated heap copy (the caller frees), or null when
  // data (a string or a Uint8Array) is over max bytes: then nothing is copied.
  function toHeap(data, max) {
    if (typeof data === 'string') return overBytes(data, max) ? null : textsToHeap([data]);
    if (data.length > max) return null;
    var ptr = Module._malloc(data.length + 1);
    if (!ptr) return null;
    HEAPU8.set(data, ptr);
    HEAPU8[ptr + data.length] = 0;
    return { ptr: ptr, len: data.length };
  }
  // Code points of s, counted only up to max + 1.
  function chars(s, max) {
    if (s.length <= max) return s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g) || []).length;
    if (s.length > 2 * (max + 1)) return max + 1;
    var n = 0;
    for (var i = 0; i < s.length && n <= max; i++, n++) if ((s.charCodeAt(i) & 0xFC00) === 0xD800) i++;
    return n;
  }

  // Every call returns plain data and never throws, also before the module
  // has started (or when it could not start).
  var started = false;
  Module.onRuntimeInitialized = function () { started = true; };
  var NOT_READY = { ok: false, errors: [{ path: '$', code: 'not_ready', message: 'Lestari belum siap. / Lestari is not ready.' }] };
  // payload: one text or file (a string or bytes), or a list of texts that
  // cross together (their byte lengths are added to the arguments).
  function call(method, args, payload) {
    if (!started) return NOT_READY;
    var parts = Array.isArray(payload) ? payload : null;
    if (parts && parts.some(function (x) { return overBytes(x, lim().fileBytes); })) return refuse('too_large', [String(lim().fileBytes >> 20)]);
    var p = payload === undefined ? null : parts ? textsToHeap(parts) : toHeap(payload, lim().fileBytes);
    if (p && parts) args = (args || []).concat([p.sizes]);
    var m = toHeap(method, 256), a = toHeap(JSON.stringify(args || []), lim().callArgsBytes);
    try {
      if (!m || !a) return refuse('bad_arguments', [method]);
      if (payload !== undefined && !p) return refuse('too_large', [String(lim().fileBytes >> 20)]);
      var reply = Module._lestari_call(m.ptr, a.ptr, a.len, p ? p.ptr : 0, p ? p.len : 0);
      return JSON.parse(UTF8ToString(reply));
    } catch (e) {
      return { ok: false, errors: [{ path: '$', code: 'not_ready', message: String(e && e.message || e) }] };
    } finally {
      [m, a, p].forEach(function (h) { if (h) Module._free(h.ptr); });
    }
  }
  // A refusal decided here, before any copy, with the app's own messages.
  function refuse(code, args) { return call('_refuse', [code, args || []]); }
  function result(method, args) { var r = call(method, args); return r.ok ? r.result : undefined; }
  function outcome(r) {
    var o = { ok: !!r.ok, errors: r.ok ? [] : (r.errors || []) };
    if (r.warnings) o.warnings = r.warnings;
    return o;
  }

  // Argument checks made before encoding: JSON cannot carry NaN or Infinity
  // (they would arrive as null and clear a value), and a text longer than its
  // field is refused without being copied.
  function isId(v) { return typeof v === 'string' && v.length > 0 && v.length <= 200; }
  function isLevel(v) { return v === null || (typeof v === 'number' && Number.isInteger(v)); }
  function tooLong(s, max) { return typeof s === 'string' && chars(s, max) > max ? refuse('text_too_long', [String(max)]) : null; }
  function checked(method, ok, run) { return outcome(ok ? run() : refuse('bad_arguments', [method])); }

  var api = {
    isReady: false,
    version: '',
    language: function () { return result('language'); },
    setLanguage: function (lang) { return checked('setLanguage', typeof lang === 'string' && lang.length <= 20, function () { return call('setLanguage', [lang]); }); },
    checklist: function () { return result('checklist'); },
    limits: function () { return result('limits'); },
    setAnswer: function (id, level) {
      return checked('setAnswer', isId(id) && isLevel(level), function () { return call('setAnswer', [id, level]); });
    },
    setNotApplicable: function (id, value) {
      return checked('setNotApplicable', isId(id) && typeof value === 'boolean', function () { return call('setNotApplicable', [id, value]); });
    },
    setNote: function (id, note) {
      return checked('setNote', isId(id) && typeof note === 'string', function () {
        return tooLong(note, lim().noteChars) || call('setNote', [id, note]);
      });
    },
    setProfile: function (field, value) {
      var ok = isId(field) && (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value)));
      return checked('setProfile', ok, function () {
        return tooLong(value, fieldLimit(field)) || call('setProfile', [field, value]);
      });
    },
    state: function () { return result('state'); },
    exportReport: function () { return result('exportReport'); },
    // The results as a share code for a chat (docs/report-format.md).
    shareCode: function () { return result('shareCode'); },
    importReport: function (json) {
      return checked('importReport', typeof json === 'string', function () { return call('importReport', [], json); });
    },
    reset: function () { return outcome(call('reset')); },
    download: function () { return result('download'); },
    frameCount: function () { return result('frameCount'); },
    drawing: function () { return result('drawing'); },
    widgets: function () { return result('widgets') || []; },
    widget: function (id) { return api.widgets().filter(function (w) { return w.id === id; })[0] || null; },
    screen: function () { return result('screen'); },
    goTo: function (name) { return checked('goTo', isId(name), function () { return call('goTo', [name]); }); },
    settings: function () { return result('settings'); },
    setUiScale: function (s) {
      return checked('setUiScale', typeof s === 'number' && isFinite(s), function () { return call('setUiScale', [s]); });
    },
    setHighContrast: function (on) { return checked('setHighContrast', typeof on === 'boolean', function () { return call('setHighContrast', [on]); }); },
    // The follow-up plan: fields {action, pic, due ('YYYY-MM-DD' or null), status
    // ('not_started', 'in_progress', 'done'), note}; absent fields keep their value.
    setAction: function (id, fields) {
      var ok = isId(id) && fields !== null && typeof fields === 'object' && !Array.isArray(fields) &&
        Object.keys(fields).every(function (k) { return typeof fields[k] === 'string' || (k === 'due' && fields[k] === null); });
      return checked('setAction', ok, function () {
        // Each text against its own limit before anything is copied.
        var over = null;
        Object.keys(fields).some(function (k) { over = tooLong(fields[k], actionLimit(k)); return over; });
        return over || call('setAction', [id, fields]);
      });
    },
    removeAction: function (id) { return checked('removeAction', isId(id), function () { return call('removeAction', [id]); }); },
    exportSummaryHtml: function () { return result('exportSummaryHtml'); },
    downloadSummary: function () { return result('downloadSummary'); },
    // Progress between two reports (either order): {ok, result: {before, after,
    // namesDiffer, overall, factors, indicators, closedRecommendations}} or {ok: false, errors}.
    compare: function (a, b) {
      if (typeof a !== 'string' || typeof b !== 'string') return outcome(refuse('bad_arguments', ['compare']));
      var r = call('compare', [], [a, b]);
      return r.ok ? { ok: true, result: r.result } : outcome(r);
    },
    // Scores many reports (e.g. a whole training group's) without changing the
    // current assessment: [{ok, name, score, band, complete, weakestFactor, factors, recalculated} | {ok:false, errors}].
    // Each text goes alone through the heap: one bad or huge text never spoils the rest.
    scoreReports: function (texts) {
      if (!Array.isArray(texts)) return [];
      return texts.map(function (t) {
        if (typeof t !== 'string') return outcome(refuse('bad_arguments', ['scoreReports']));
        var r = call('scoreReport', [], t);
        return r.ok ? r.result : outcome(r);
      });
    },
    // A group's reports at once, without changing the page: the group summary
    // (format 'json', the default: assets/group.schema.json), a CSV ('csv':
    // one row per report; 'indicators-csv': one row per indicator) or the
    // Excel workbook ('xlsx': a promise of the file in base64, or of
    // {ok: false, errors}). Texts are named "#1", "#2", ... in the result;
    // each crosses alone.
    aggregate: function (texts, format) {
      if (!Array.isArray(texts) || (format !== undefined && ['json', 'csv', 'indicators-csv', 'xlsx'].indexOf(format) < 0)) {
        return outcome(refuse('bad_arguments', ['aggregate']));
      }
      call('_aggBegin');
      // Texts cross a batch at a time (at most 256 texts, 256 K characters): one
      // call each would cost a tenth of the whole; a refused one ends its
      // batch, to keep the order.
      var batch = [], first = 1, room = 0;
      var sendBatch = function () {
        var r = batch.length ? call('_aggAdd', [first], batch) : { ok: true };
        // A batch the app could not take is still in the room: each text as refused.
        if (!r.ok) batch.forEach(function (t, k) { call('_aggRefused', ['#' + (first + k), r.errors[0].code, []]); });
        batch = [], room = 0;
      };
      texts.forEach(function (t, i) {
        var name = '#' + (i + 1);
        if (typeof t !== 'string' || overBytes(t, lim().fileBytes)) {
          sendBatch();
          if (typeof t !== 'string') call('_aggRefused', [name, 'wrong_type', ['string', typeof t]]);
          else call('_aggRefused', [name, 'too_large', [String(lim().fileBytes >> 20)]]);
          return;
        }
        if (!batch.length) first = i + 1;
        batch.push(t);
        room += t.length;
        if (room > (1 << 18) || batch.length === 256) sendBatch();
      });
      sendBatch();
      var r = call('_aggDone', [format || 'json']);
      if (format === 'xlsx') {
        if (!r.ok) return Promise.resolve(outcome(r));
        return workbook(wtf8(r.result)).then(toBase64, function (e) { return outcome(workbookRefused(e)); });
      }
      return r.ok ? r.result : outcome(r);
    },
    setPresentation: function (on) { return checked('setPresentation', typeof on === 'boolean', function () { return call('setPresentation', [on]); }); },
    // The app itself as one file, for use without a network: the page's own
    // bytes (the build's lestari.html), from this page or any saved copy of it.
    saveOffline: function () { return result('saveOffline'); },
    // The accessible mirror's last update: {updates, nodes, buildMs, applyMs} (bench.sh).
    mirrorStats: function () { return window.lestariHooks.mirrorStats(); },
    // Bytes of WebAssembly memory the page holds (a WebAssembly memory
    // never shrinks: the most it ever needed at once).
    memory: function () { return typeof wasmMemory !== 'undefined' ? wasmMemory.buffer.byteLength : 0; },
    // Bytes of that memory in use now (malloc's count).
    heapInUse: function () { return result('heapInUse'); },
    lastDownload: null,
  };
  window.lestari = api;

  // ---- the workbook writer ----
  // A module of its own (src/platform/web/xlsx): its loader is in this
  // script, its wasm in a data block of the page (scripts/build/
  // finish_page.py), compiled the first time a workbook is asked for, never
  // before. In: the workbook's text (src/core/workbook.h); out: the XLSX
  // file's bytes.
  var xlsxWriter = null;
  function workbook(text) {
    if (!xlsxWriter) {
      xlsxWriter = LestariXlsx({
        instantiateWasm: function (imports, receive) {
          var block = document.getElementById('lestari-xlsx');
          var gz = fromBase64(block.textContent, +block.getAttribute('data-bytes'));
          instantiateGz(gz, imports).then(function (r) { receive(r.instance, r.module); }, function () { xlsxWriter = null; });
          return {};
        },
      });
      api.workbookWriterStarted = true;
    }
    return xlsxWriter.then(function (m) {
      var at = m._malloc(text.length);
      m.HEAPU8.set(text, at);
      var n = m._xlsx_write(at, text.length);
      m._free(at);
      if (n < 0) throw new Error(m.UTF8ToString(m._xlsx_error()));
      var bytes = m.HEAPU8.slice(m._xlsx_result(), m._xlsx_result() + n);
      m._xlsx_release();
      return bytes;
    });
  }
  // "workbook_invalid:3" (the writer's error) as an error's code and arguments.
  function workbookError(e) {
    var said = String(e && e.message || e), colon = said.indexOf(':');
    return colon > 0 && /^workbook_/.test(said) ? [said.slice(0, colon), [said.slice(colon + 1)]] : ['workbook_failed', [said]];
  }
  function workbookRefused(e) { var err = workbookError(e); return refuse(err[0], err[1]); }
  function toBase64(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }

  // ---- hooks called from web/library_lestari.js ----
  var SENTINEL = '\u200b';  // keeps Backspace working on phone keyboards with an "empty" field
  // A private or guest window erases storage when it closes. Firefox and
  // Safari let the page know: they refuse it the origin's private file
  // system. Chromium's incognito gives no sign (docs/privacy.md); on file://
  // Chromium refuses that file system in every window, so there only
  // Firefox's refusal counts. Said once per tab (sessionStorage, which lasts
  // across reloads); the app keeps the leave prompt until the report is downloaded.
  function privateWindow() {
    var s = navigator.storage;
    if (!s || typeof s.getDirectory !== 'function') return;
    if (location.protocol === 'file:' && !/Firefox\//.test(navigator.userAgent)) return;
    s.getDirectory().then(function () {}, function () {
      var said = false;
      try { said = sessionStorage.getItem('lestari:private-said') === '1'; sessionStorage.setItem('lestari:private-said', '1'); } catch (e) { /* none: say it */ }
      call('_storageEndsWithWindow', [!said]);
    });
  }
  function resetText() { text.value = SENTINEL; text.setSelectionRange(1, 1); }
  var glyphCanvas = null;  // where drawGlyph draws
  window.lestariHooks = {
    call: call,  // for web/mirror.js
    chars: chars,
    wellFormedText: wellFormedText,
    rule: rule,
    dropRule: dropRule,
    toHeap: toHeap,
    wtf8: wtf8,
    leaveGuard: false,
    ready: function (version) {
      api.version = version;
      if (/[?&]present(=|&|$)/.test(window.location.search)) call('setPresentation', [true]);  // for projectors
      // Reduced motion (a system setting): no chart animation, no scrolling on
      // after a fling. The core starts with motion: told only when it is off.
      var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)');
      if (still) {
        if (still.matches) call('_reducedMotion', [true]);
        still.addEventListener('change', function () { call('_reducedMotion', [still.matches]); });
      }
      api.isReady = true;
      rule('#lestari-loading').style.display = 'none';
      offlineInstall();
      privateWindow();
      window.dispatchEvent(new Event('lestari-ready'));
    },
    // Where the keys go: 0 the app's canvas (its hidden input, or nothing
    // focused), 1 the accessible mirror, 2 an element that is not the app's
    // (a browser extension's box, a test's own text area): the app leaves those keys alone.
    keyTarget: function () {
      var el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement || el === text || el.id === 'canvas') return 0;
      return window.lestariHooks.mirrorFocused() ? 1 : 2;
    },
    // The canvas's font, for a note typed into in the page (web/mirror.js):
    // the same letters in the box and in its textarea. Made from the bytes,
    // not fetched (the page's CSP has no font source).
    fontFace: function (bytes) {
      if (typeof FontFace !== 'function' || !document.fonts) return;
      var face = new FontFace('LestariBody', bytes);
      face.load().then(function () { document.fonts.add(face); }, function () { /* the system's sans-serif then */ });
    },
    // A character the app's fonts lack (an emoji), drawn by the system's
    // fonts for the canvas's atlas (src/ui/theme.cpp): RGBA rows, in colour
    // where the font draws in colour, else white (the app tints it as text).
    drawGlyph: function (codePoint, px, baseline, em) {
      var ch = String.fromCodePoint(codePoint);
      var c = glyphCanvas || (glyphCanvas = document.createElement('canvas'));
      var g = c.getContext('2d', { willReadFrequently: true });
      if (!g) return null;
      g.font = em + 'px sans-serif';
      var advance = Math.round(g.measureText(ch).width);
      c.width = Math.max(1, advance);
      c.height = px;  // (a new size clears the canvas and its settings)
      g.font = em + 'px sans-serif';
      g.fillStyle = '#000';
      g.fillText(ch, 0, baseline);
      var d = g.getImageData(0, 0, c.width, c.height).data, colour = false;
      for (var i = 0; i < d.length && !colour; i += 4) colour = d[i + 3] > 0 && Math.max(Math.abs(d[i] - d[i + 1]), Math.abs(d[i + 1] - d[i + 2])) > 24;
      if (!colour) for (var j = 0; j < d.length; j += 4) { d[j] = d[j + 1] = d[j + 2] = 255; }
      return { width: c.width, height: c.height, advance: advance, colour: colour, rgba: d };
    },
    textInput: function (mode) {
      text.inputMode = mode === 2 ? 'numeric' : 'text';
      if (mode) { resetText(); text.focus({ preventScroll: true }); }
      else if (document.activeElement === text) text.blur();
    },
    // "Cetak / simpan PDF": the browser's print dialog, which prints the
    // summary (below). An Android web view (an app's in-app browser) has a
    // print() that does nothing: the caller saves the file instead.
    print: function () {
      if (typeof window.print !== 'function' || /; wv\)/.test(navigator.userAgent)) return false;
      setTimeout(function () { window.print(); });  // after the frame that asked
      return true;
    },
    // The room's workbook: written by the writer module, then downloaded; the
    // app hears how it went (a notice, or the error's message).
    saveWorkbook: function (name, text) {
      workbook(text).then(function (bytes) {
        window.lestariHooks.saveFile(name, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', toBase64(bytes));
        call('_workbookDone', [name]);
      }, function (e) {
        call('_workbookDone', [name].concat(workbookError(e)));
      });
    },
    // The report file to the system's share sheet where the browser shares
    // files (phones); elsewhere, or when sharing fails, a download. The app
    // hears which: shared, cancelled (the user closed the sheet) or downloaded.
    share: function (name, bytes, title) {
      var done = function (how) { call('_shared', [name, how]); };
      var download = function () { window.lestariHooks.saveFile(name, bytes, 'application/json'); done('downloaded'); };
      var data = typeof File === 'function' ? { files: [new File([bytes], name, { type: 'application/json' })], title: title } : null;
      var can = false;
      try { can = !!(data && navigator.share && navigator.canShare && navigator.canShare(data)); } catch (e) { can = false; }
      if (!can) { setTimeout(download); return; }  // after the frame that asked
      navigator.share(data).then(function () { done('shared'); }, function (e) {
        if (e && e.name === 'AbortError') done('cancelled');
        else download();  // not allowed here, or the share failed: the file is not lost
      });
    },
    saveFile: function (name, bytes, type, asText) {
      var url = URL.createObjectURL(new Blob([bytes], { type: type }));
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
      api.lastDownload = { name: name, text: asText !== undefined ? asText : new TextDecoder().decode(bytes) };
    },
    // Called while a frame is being drawn: nothing here may call back into
    // the app (no frame inside a frame).
    copy: function (s) {
      function fallback() {  // plain http: no navigator.clipboard
        var refocus = document.activeElement === text;
        var ta = document.createElement('textarea');
        ta.id = 'lestari-copyarea';
        ta.value = s;
        var look = rule('#lestari-copyarea').style;
        look.position = 'fixed';
        look.opacity = '0';
        document.body.appendChild(ta);
        ta.select();
        try { document.execCommand('copy'); } catch (e) { /* nothing else to try */ }
        ta.remove();
        if (refocus) text.focus({ preventScroll: true });
      }
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(s).catch(fallback);
      else fallback();
    },
  };

  // ---- text from keyboards, IME and paste ----
  // Over the longest field, text is refused here; the app refuses what does
  // not fit the field that has the focus, with the same message. The text
  // crosses as the call's payload, not as an argument (whose strings are
  // held to a report's 64 KB): a pasted chat is up to 400 KB. Whatever is
  // refused is said under the field, never silently.
  function insert(s, method) {
    if (!s) return;
    s = wellFormedText(s);
    var r = chars(s, lim().pasteChars) > lim().pasteChars ? null : call(method || '_text', [], s);
    if (!r || !r.ok) call('_textRefused', [chars(s, Infinity)]);
  }
  // Half of a UTF-16 pair alone (a damaged clipboard, an IME) as U+FFFD:
  // typed text is the user's own, shown as it arrives, not a file to refuse.
  function wellFormedText(s) {
    if (wellFormed(s)) return s;
    if (s.toWellFormed) return s.toWellFormed();
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      var pair = c >= 0xD800 && c <= 0xDBFF && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00;
      if (pair) { out += s.slice(i, i + 2); i++; } else out += (c & 0xF800) === 0xD800 ? '\uFFFD' : s[i];
    }
    return out;
  }
  var composing = false;
  text.addEventListener('compositionstart', function () { composing = true; });
  text.addEventListener('compositionend', function () { composing = false; flushTyped(); });
  text.addEventListener('input', function (e) {
    if (composing || e.isComposing) return;
    if (e.inputType && e.inputType.indexOf('delete') === 0) {
      call('_key', [e.inputType === 'deleteContentForward' ? 'Delete' : 'Backspace']);
      resetText();
      return;
    }
    flushTyped();
  });
  // Paste (Ctrl+V, Shift+Insert, Cmd+V, a context menu, the browser's Edit
  // menu, long-press "Paste"): the text from the event itself, into the
  // field as one edit (src/platform/web/input.cpp, paste()). Heard on the
  // document: the focus may be on the page itself rather than the hidden
  // input (it came back from elsewhere) while a field is being edited. The
  // mirror's fields and anything not the app's paste as the browser does.
  document.addEventListener('paste', function (e) {
    if (window.lestariHooks.keyTarget() !== 0) return;
    var pasted = e.clipboardData && e.clipboardData.getData('text/plain');
    e.preventDefault();
    insert(pasted, '_paste');
  });
  // What the hidden input holds (less its sentinel) goes to the app.
  function flushTyped() {
    var typed = text.value.split(SENTINEL).join('');
    resetText();
    insert(typed);
  }
  // A phone opens its keyboard only for a focus inside the touch gesture itself.
  document.addEventListener('touchend', function () {
    if (result('_pump')) text.focus({ preventScroll: true });
  });

  // ---- files: picker and drag & drop (bytes, validated by the core) ----
  function openFile(file) {
    if (!file) return;
    if (file.size > lim().fileBytes) { call('_fileRefused', [file.name, 'too_large', [String(lim().fileBytes >> 20)]]); return; }
    file.arrayBuffer().then(function (buf) {
      call('_file', [file.name], new Uint8Array(buf));
    }, function () { call('_fileRefused', [file.name, 'file_read_failed', []]); });
  }
  // Many files (a group's reports), read in slices: up to 256 at once (or
  // 16 MB: a file read alone waits on the browser), then handed over one by
  // one for at most ~20 ms before the page may draw and answer (the app
  // shows how far it is, and may stop it: a file's reply is then false). A
  // file too large is listed as refused, never read. A batch dropped while another is still being
  // read joins it: every file ends as a row or a listed failure.
  var reading = null;  // the files of the batch being read
  // A task of its own, at once: setTimeout waits 4 ms once nested, which a
  // room of 10,000 files paid a few hundred times over.
  var later = [], channel = new MessageChannel();
  channel.port1.onmessage = function () { later.shift()(); };
  function soon(f) { later.push(f); channel.port2.postMessage(0); }
  function openMany(files, append) {
    if (reading) {
      Array.prototype.push.apply(reading, Array.prototype.slice.call(files));
      call('_groupMore', [files.length]);
      return;
    }
    var list = reading = Array.prototype.slice.call(files), queued = 0, ahead = null;
    call('_groupBegin', [append, list.length]);
    var tooLarge = [String(lim().fileBytes >> 20)];
    function read(file) {
      if (file.size > lim().fileBytes) return Promise.resolve({ refused: 'too_large', args: tooLarge });
      return file.arrayBuffer().then(function (buf) { return { bytes: new Uint8Array(buf) }; },
        function () { return { refused: 'file_read_failed', args: [] }; });
    }
    // The next files to read (or none left), their bytes on the way.
    function take() {
      var batch = [], bytes = 0;
      while (queued < list.length && batch.length < 256 && bytes < (16 << 20)) {
        var file = list[queued++];
        batch.push(file);
        bytes += file.size > lim().fileBytes ? 0 : file.size;
      }
      return batch.length ? { batch: batch, got: Promise.all(batch.map(read)) } : null;
    }
    // One batch handed over while the next one is read.
    function slice() {
      var current = ahead || take();
      ahead = null;
      if (!current) {
        var start = performance.now();
        reading = null;
        call('_groupDone');
        measured('lestari-read', start);
        return;
      }
      current.got.then(function (got) {
        // Starting 256 reads is work too: a task of its own, and none once stopped.
        soon(function () { if (reading === list) ahead = ahead || take(); });
        hand(current.batch, got, 0);
      });
    }
    // Each slice of the app's work is a "lestari-read" user-timing measure
    // (the browser's performance panel shows them; the tests read them).
    function measured(name, start) { try { performance.measure(name, { start: start }); } catch (e) { /* an old browser */ } }
    function hand(batch, got, k) {
      var start = performance.now();
      for (; k < batch.length; k++) {
        if (performance.now() - start > 20) {  // a frame may come first
          measured('lestari-read', start);
          soon(function () { hand(batch, got, k); });
          return;
        }
        var r = got[k], reply = r.bytes ? call('_groupFile', [batch[k].name], r.bytes) : call('_groupRefused', [batch[k].name, r.refused, r.args]);
        if (!reply.ok || reply.result !== true) { reading = null; return; }  // stopped in the app
      }
      measured('lestari-read', start);
      soon(slice);
    }
    slice();
  }
  function onGroupScreen() { return /^group/.test(result('screen') || ''); }
  fileInput.addEventListener('change', function () { openFile(fileInput.files && fileInput.files[0]); });
  filesInput.addEventListener('change', function () {
    if (filesInput.files && filesInput.files.length) openMany(filesInput.files, onGroupScreen());
  });
  window.addEventListener('dragover', function (e) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    var files = e.dataTransfer && e.dataTransfer.files;
    if (!files || files.length === 0) { call('_fileRefused', ['', 'not_a_file', []]); return; }
    if (files.length > 1 || onGroupScreen() || reading) openMany(files, onGroupScreen());
    else openFile(files[0]);
  });

  // ---- Back and Forward between screens ----
  // Each screen the app shows is an entry in the tab's history (the address
  // stays as it is, so a saved file works the same): Back shows the screen
  // before, Forward the next, Back from the first screen leaves the page as
  // on any site. Back while a dialog is open answers it as Esc does, and the
  // screen stays (its entry is put back).
  var shownRoute = null, arriving = null;  // arriving: the route Back/Forward asked for
  window.lestariHooks.screenShown = function (route) {
    if (arriving === route) arriving = null;
    else if (shownRoute === null) history.replaceState({ lestari: route }, '');
    else history.pushState({ lestari: route }, '');
    shownRoute = route;
  };
  window.addEventListener('popstate', function (e) {
    var route = e.state && e.state.lestari;
    if (!route || !api.isReady) return;
    var reply = call('_history', [route]);
    var how = reply.ok ? reply.result : 'refused';
    if (how === 'moved') { if (route !== shownRoute) arriving = route; }
    else history.pushState({ lestari: shownRoute }, '');  // the screen stays: so does its entry
  });

  // ---- other tabs of the page, and leaving it ----
  window.addEventListener('storage', function (e) {
    if (e.key === null || e.key.indexOf('lestari.') === 0) call('_storage', [e.key || '']);
  });
  // Printing, however it is asked for (Ctrl+P, the browser's menu, "Cetak /
  // simpan PDF"), prints the summary (src/core/summary_html.cpp), never the
  // canvas: before printing, the summary's body goes into the page and its
  // stylesheet applies to print media only; after printing both go again, so
  // a copy saved from the DOM carries none of it.
  var printSheet = new CSSStyleSheet();
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat([printSheet]);
  function unprint() {
    var box = document.getElementById('lestari-print');
    if (box) box.remove();
  }
  window.addEventListener('beforeprint', function () {
    unprint();
    var html = api.isReady && result('exportSummaryHtml');
    if (!html) return;
    // Its stylesheet cut out as text (the summary escapes every "<" of the
    // user's), and only its body parsed: a parsed <style> would be checked
    // against this page's Content-Security-Policy.
    var css = html.slice(html.indexOf('<style>') + 7, html.indexOf('</style>'));
    var doc = new DOMParser().parseFromString(html.slice(html.indexOf('<body>')), 'text/html');
    printSheet.replaceSync('#lestari-print{display:none}@media print{html,body{height:auto;overflow:visible}' +
      'body>:not(#lestari-print){display:none!important}#lestari-print{display:block}' + css + '}');
    var box = document.createElement('div');
    box.id = 'lestari-print';
    box.lang = (/<html lang="(\w+)"/.exec(html) || [])[1] || '';
    while (doc.body.firstChild) box.appendChild(document.adoptNode(doc.body.firstChild));
    document.body.appendChild(box);
  });
  window.addEventListener('afterprint', unprint);

  window.addEventListener('beforeunload', function (e) {
    if (!window.lestariHooks.leaveGuard) return;
    e.preventDefault();  // work is not saved: the browser asks first
    e.returnValue = '';
  });
  // The page's own bytes, rebuilt from its parts (scripts/build/finish_page.py
  // writes the source block and checks that this gives the file exactly).
  function pageSource() {
    var src = document.getElementById('lestari-source'), wasm = document.getElementById('lestari-wasm'), xlsx = document.getElementById('lestari-xlsx');
    if (!src || !wasm || !ownScript) return null;
    var parts = JSON.parse(src.textContent);
    // The <style> text is in the page once (finish_page.py INNER marks its place).
    var before = parts.before.replace('\u0001style\u0001', function () { return document.querySelector('style').textContent; });
    return before + '<script type="application/json" id="lestari-source">' + src.textContent + '</' + 'script>\n' +
      '<script type="application/octet-stream" id="lestari-wasm" data-bytes="' + wasm.getAttribute('data-bytes') + '">' +
      wasm.textContent + '</' + 'script>\n' + (xlsx ? '<script type="application/octet-stream" id="lestari-xlsx" data-bytes="' +
      xlsx.getAttribute('data-bytes') + '">' + xlsx.textContent + '</' + 'script>\n' : '') + '<script>' + ownScript.textContent + '</' + 'script>' + parts.after;
  }
  window.lestariHooks.savePage = function () {
    var page = pageSource();
    if (page === null) return false;
    window.lestariHooks.saveFile('lestari.html', new TextEncoder().encode(page), 'text/html;charset=utf-8', page);
    return true;
  };
  // Served over https (or from this machine): a service worker keeps the
  // app's own files for use with no network, and a manifest lets a phone add
  // it to the home screen. Nothing else is cached or sent anywhere; plain
  // http and file:// copies do without it.
  function offlineInstall() {
    if (!window.isSecureContext || !/^https?:$/.test(location.protocol) || !navigator.serviceWorker) return;
    navigator.serviceWorker.register('sw.js').then(function () {
      var link = document.createElement('link');
      link.rel = 'manifest';
      link.href = 'manifest.webmanifest';
      document.head.appendChild(link);
    }, function () { /* not hosted with its offline files: nothing to install */ });
  }
  window.lestariFatal = function (what) {
    var loading = document.getElementById('lestari-loading');
    dropRule('#lestari-loading');
    var messages = {
      webgl2: 'Peramban ini tidak mendukung WebGL2, yang diperlukan Lestari. Perbarui peramban (Chrome, Edge, Firefox atau Safari versi baru). / This browser does not support WebGL2, which Lestari needs. Please update the browser (a recent Chrome, Edge, Firefox or Safari).',
      decompress: 'Peramban ini terlalu lama untuk membuka Lestari (tidak ada DecompressionStream). Perbarui peramban (Chrome 80, Firefox 113, Safari 16.4 atau lebih baru). / This browser is too old to open Lestari (no DecompressionStream). Please update it (Chrome 80, Firefox 113, Safari 16.4 or newer).',
    };
    if (loading) loading.textContent = messages[what] || 'Lestari gagal dimuat. Buka berkas asli lestari.html, atau simpan salinan dengan "Simpan untuk dipakai offline" di Lestari. / Lestari failed to load. Open the original lestari.html file, or keep a copy with "Save for offline use" in Lestari.';
    document.documentElement.dataset.fatal = what;  // for tests and support: why it stopped
  };
})();
