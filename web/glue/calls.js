// Calls into the app and the memory they cross: text and files into the
// heap within the limits the app gives, one exported function, replies as
// plain data.

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
// cross together (their byte lengths are added to the arguments); at most
// a file's bytes, or maxBytes (a kept room, which the page wrote itself).
function call(method, args, payload, maxBytes) {
  if (!started) return NOT_READY;
  var parts = Array.isArray(payload) ? payload : null;
  if (parts && parts.some(function (x) { return overBytes(x, lim().fileBytes); })) return refuse('too_large', [String(lim().fileBytes >> 20)]);
  var p = payload === undefined ? null : parts ? textsToHeap(parts) : toHeap(payload, maxBytes || lim().fileBytes);
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

// The limits come from the core (src/core/base/size_limits.h and the checklist's
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

// Argument checks made before encoding: JSON cannot carry NaN or Infinity
// (they would arrive as null and clear a value), and a text longer than its
// field is refused without being copied.
function isId(v) { return typeof v === 'string' && v.length > 0 && v.length <= 200; }
function isLevel(v) { return v === null || (typeof v === 'number' && Number.isInteger(v)); }
function tooLong(s, max) { return typeof s === 'string' && chars(s, max) > max ? refuse('text_too_long', [String(max)]) : null; }
function checked(method, ok, run) { return outcome(ok ? run() : refuse('bad_arguments', [method])); }

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
