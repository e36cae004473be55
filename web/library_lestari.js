// JavaScript side of src/platform/web/js_bridge.h. Only browser glue lives
// here: downloads, storage, clipboard, focus of the hidden text input.
mergeInto(LibraryManager.library, {
  lestari_js_download: function (namePtr, textPtr) {
    var name = UTF8ToString(namePtr), text = UTF8ToString(textPtr);
    var url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
    if (window.lestariHooks) window.lestariHooks.downloaded(name, text);
  },

  lestari_js_pick_file: function () {
    var input = document.getElementById('lestari-file');
    input.value = '';
    input.click();
  },

  lestari_js_storage_get__deps: ['malloc'],
  lestari_js_storage_get: function (keyPtr) {
    var value = null;
    try { value = window.localStorage.getItem(UTF8ToString(keyPtr)); } catch (e) { value = null; }
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },

  lestari_js_storage_set: function (keyPtr, valuePtr) {
    try {
      window.localStorage.setItem(UTF8ToString(keyPtr), UTF8ToString(valuePtr));
      return 0;
    } catch (e) {
      return (e && (e.name === 'QuotaExceededError' || e.code === 22)) ? 1 : 2;
    }
  },

  lestari_js_storage_remove: function (keyPtr) {
    try { window.localStorage.removeItem(UTF8ToString(keyPtr)); } catch (e) { /* unavailable: nothing to remove */ }
  },

  lestari_js_clipboard_set: function (textPtr) {
    var text = UTF8ToString(textPtr);
    function fallback() {
      var ta = document.createElement('textarea');
      ta.value = text;
      ta.style.position = 'fixed';
      ta.style.opacity = '0';
      document.body.appendChild(ta);
      ta.select();
      try { document.execCommand('copy'); } catch (e) { /* nothing else to try */ }
      ta.remove();
      window.lestariHooks && window.lestariHooks.refocusText();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
    else fallback();
  },

  lestari_js_text_input: function (active) {
    window.lestariHooks && window.lestariHooks.textInput(!!active);
  },

  lestari_js_set_cursor: function (cssPtr) {
    document.getElementById('canvas').style.cursor = UTF8ToString(cssPtr);
  },

  lestari_js_ready: function (versionPtr) {
    window.lestariHooks && window.lestariHooks.ready(UTF8ToString(versionPtr));
  },
});
