// The room's workbook, written by a WebAssembly module of its own.
// A module of its own (src/platform/web/xlsx): its loader is in this
// script, its wasm in a data block of the page (scripts/build/
// finish_page.py), compiled the first time a workbook is asked for, never
// before. In: the workbook's text (src/core/room/workbook.h); out: the XLSX
// file's bytes.
var xlsxWriter = null, workbookStarted = false;
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
    workbookStarted = true;
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
