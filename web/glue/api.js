// window.lestari, the documented automation API (docs/automation-api.md):
// each method checks its arguments, then calls the app.
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
    if (format === 'xlsx') return r.ok ? deflateWorkbook(fromBase64(r.result)).then(toBase64) : Promise.resolve(outcome(r));
    return r.ok ? r.result : outcome(r);
  },
  setPresentation: function (on) { return checked('setPresentation', typeof on === 'boolean', function () { return call('setPresentation', [on]); }); },
  // The app itself as one file, for use without a network: the page's own
  // bytes (the build's lestari.html), from this page or any saved copy of it.
  saveOffline: function () { return result('saveOffline'); },
  // The accessible mirror's last update: {updates, nodes, buildMs, applyMs} (bench.sh).
  mirrorStats: function () { return mirror.stats(); },
  // Bytes of WebAssembly memory the page holds (a WebAssembly memory
  // never shrinks: the most it ever needed at once).
  memory: function () { return typeof wasmMemory !== 'undefined' ? wasmMemory.buffer.byteLength : 0; },
  // Bytes of that memory in use now (malloc's count).
  heapInUse: function () { return result('heapInUse'); },
  lastDownload: null,
};
window.lestari = api;
