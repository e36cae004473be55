// window.lestari (docs/automation-api.md) and the browser events that are not
// input callbacks: the hidden text input for keyboards and IME, the file
// picker, drag and drop. Runs before the wasm module starts.
(function () {
  'use strict';
  var MAX_FILE_BYTES = 5 * 1024 * 1024;
  var canvas = document.getElementById('canvas');
  var text = document.getElementById('lestari-text');
  var fileInput = document.getElementById('lestari-file');
  Module.canvas = canvas;

  // Every call returns plain data and never throws.
  function call(method, args) {
    try {
      var reply = Module.ccall('lestari_call', 'string', ['string', 'string'], [method, JSON.stringify(args || [])]);
      return JSON.parse(reply);
    } catch (e) {
      return { ok: false, errors: [{ path: '$', code: 'not_ready', message: String(e && e.message || e) }] };
    }
  }
  function result(method, args) { var r = call(method, args); return r.ok ? r.result : undefined; }
  function outcome(method, args) {
    var r = call(method, args);
    return { ok: !!r.ok, errors: r.ok ? [] : (r.errors || []) };
  }

  var api = {
    isReady: false,
    version: '',
    language: function () { return result('language'); },
    setLanguage: function (lang) { return outcome('setLanguage', [lang]); },
    checklist: function () { return result('checklist'); },
    setAnswer: function (id, level) { return outcome('setAnswer', [id, level === undefined ? null : level]); },
    setNotApplicable: function (id, value) { return outcome('setNotApplicable', [id, value]); },
    setNote: function (id, note) { return outcome('setNote', [id, note]); },
    setProfile: function (field, value) { return outcome('setProfile', [field, value === undefined ? null : value]); },
    state: function () { return result('state'); },
    exportReport: function () { return result('exportReport'); },
    importReport: function (json) {
      if (typeof json !== 'string') return { ok: false, errors: [{ path: '$', code: 'bad_arguments', message: 'text expected' }] };
      return outcome('importReport', [json]);
    },
    reset: function () { return outcome('reset'); },
    download: function () { return result('download'); },
    frameCount: function () { return result('frameCount'); },
    widgets: function () { return result('widgets') || []; },
    widget: function (id) { return api.widgets().filter(function (w) { return w.id === id; })[0] || null; },
    screen: function () { return result('screen'); },
    goTo: function (name) { return outcome('goTo', [name]); },
    settings: function () { return result('settings'); },
    setUiScale: function (s) { return outcome('setUiScale', [s]); },
    setHighContrast: function (on) { return outcome('setHighContrast', [on]); },
    // Scores many reports (e.g. a whole training group's) without changing the
    // current assessment: [{ok, name, score, band, complete, weakestFactor, factors} | {ok:false, errors}].
    scoreReports: function (texts) {
      if (!Array.isArray(texts)) return [];
      return texts.map(function (t) {
        try { return JSON.parse(Module.ccall('lestari_score_report', 'string', ['string'], [String(t)])); } catch (e) { return { ok: false, errors: [{ path: '$', code: 'not_ready', message: String(e) }] }; }
      });
    },
    // Bytes of WebAssembly memory in use by the page (the heap only grows).
    memory: function () { return typeof wasmMemory !== 'undefined' ? wasmMemory.buffer.byteLength : 0; },
    lastDownload: null,
  };
  window.lestari = api;

  // ---- hooks called from web/library_lestari.js ----
  var SENTINEL = '\u200b';  // keeps Backspace working on phone keyboards with an "empty" field
  function resetText() { text.value = SENTINEL; text.setSelectionRange(1, 1); }
  window.lestariHooks = {
    ready: function (version) {
      api.version = version;
      api.isReady = true;
      var loading = document.getElementById('lestari-loading');
      if (loading) loading.remove();
      window.dispatchEvent(new Event('lestari-ready'));
    },
    textInput: function (active) {
      if (active) { resetText(); text.focus({ preventScroll: true }); }
      else if (document.activeElement === text) text.blur();
    },
    refocusText: function () { if (result('_pump')) text.focus({ preventScroll: true }); },
    downloaded: function (name, content) { api.lastDownload = { name: name, text: content }; },
  };

  // ---- text from keyboards, IME and paste ----
  var composing = false;
  text.addEventListener('compositionstart', function () { composing = true; });
  text.addEventListener('compositionend', function () { composing = false; flush(); });
  text.addEventListener('input', function (e) {
    if (composing || e.isComposing) return;
    if (e.inputType && e.inputType.indexOf('delete') === 0) {
      call('_key', [e.inputType === 'deleteContentForward' ? 'Delete' : 'Backspace']);
      resetText();
      return;
    }
    flush();
  });
  // Paste (Ctrl+V, long-press menu): take the text from the event itself.
  text.addEventListener('paste', function (e) {
    var pasted = e.clipboardData && e.clipboardData.getData('text/plain');
    e.preventDefault();
    if (pasted) call('_text', [pasted]);
  });
  function flush() {
    var typed = text.value.split(SENTINEL).join('');
    if (typed) call('_text', [typed]);
    resetText();
  }
  // A phone opens its keyboard only for a focus inside the touch gesture itself.
  document.addEventListener('touchend', function () {
    if (result('_pump')) text.focus({ preventScroll: true });
  });

  // ---- files: picker and drag & drop ----
  function openFile(file) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) { call('_fileRefused', [file.name, 'too_large', ['5']]); return; }
    file.arrayBuffer().then(function (buf) {
      var content;
      try { content = new TextDecoder('utf-8', { fatal: true }).decode(buf); }
      catch (e) { call('_fileRefused', [file.name, 'invalid_utf8', ['?']]); return; }
      call('_file', [file.name, content]);
    }, function () { call('_fileRefused', [file.name, 'file_read_failed', []]); });
  }
  fileInput.addEventListener('change', function () { openFile(fileInput.files && fileInput.files[0]); });
  window.addEventListener('dragover', function (e) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    var files = e.dataTransfer && e.dataTransfer.files;
    if (!files || files.length !== 1) { call('_fileRefused', ['', 'not_a_file', []]); return; }
    openFile(files[0]);
  });
  window.lestariFatal = function (what) {
    var loading = document.getElementById('lestari-loading');
    if (loading) loading.textContent = what === 'webgl2'
      ? 'Peramban ini tidak mendukung WebGL2. / This browser does not support WebGL2.'
      : 'Lestari gagal dimuat. / Lestari failed to load.';
  };
})();
