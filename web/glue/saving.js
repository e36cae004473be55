// Files out of the page: downloads, the share sheet, the clipboard, the
// room's workbook, the page's own bytes ("Save for offline use") and the
// offline files of a hosted copy.
function saveFile(name, bytes, type, asText) {
  var url = URL.createObjectURL(new Blob([bytes], { type: type }));
  var a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  api.lastDownload = { name: name, text: asText !== undefined ? asText : new TextDecoder().decode(bytes) };
}
// The room's workbook (the XLSX file's bytes, written by the app, deflated
// here), then the app hears it went (a notice), after the frame that asked.
function saveWorkbook(name, bytes) {
  deflateWorkbook(bytes).then(function (file) {
    saveFile(name, file, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', toBase64(file));
    call('_workbookDone', [name]);
  });
}
// The report file to the system's share sheet where the browser shares
// files (phones); elsewhere, or when sharing fails, a download. The app
// hears which: shared, cancelled (the user closed the sheet) or downloaded.
function share(name, bytes, title) {
  var done = function (how) { call('_shared', [name, how]); };
  var download = function () { saveFile(name, bytes, 'application/json'); done('downloaded'); };
  var data = typeof File === 'function' ? { files: [new File([bytes], name, { type: 'application/json' })], title: title } : null;
  var can = false;
  try { can = !!(data && navigator.share && navigator.canShare && navigator.canShare(data)); } catch (e) { can = false; }
  if (!can) { setTimeout(download); return; }  // after the frame that asked
  navigator.share(data).then(function () { done('shared'); }, function (e) {
    if (e && e.name === 'AbortError') done('cancelled');
    else download();  // not allowed here, or the share failed: the file is not lost
  });
}
// Called while a frame is being drawn: nothing here may call back into
// the app (no frame inside a frame).
function copy(s) {
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
}
// The page's own bytes, rebuilt from its parts (scripts/build/finish_page.py
// writes the source block and checks that this gives the file exactly).
function pageSource() {
  var src = document.getElementById('lestari-source'), wasm = document.getElementById('lestari-wasm');
  if (!src || !wasm || !ownScript) return null;
  var parts = JSON.parse(src.textContent);
  // The <style> text is in the page once (finish_page.py INNER marks its place).
  var before = parts.before.replace('\u0001style\u0001', function () { return document.querySelector('style').textContent; });
  return before + '<script type="application/json" id="lestari-source">' + src.textContent + '</' + 'script>\n' +
    '<script type="application/octet-stream" id="lestari-wasm" data-bytes="' + wasm.getAttribute('data-bytes') + '">' +
    wasm.textContent + '</' + 'script>\n' + '<script>' + ownScript.textContent + '</' + 'script>' + parts.after;
}
function savePage() {
  var page = pageSource();
  if (page === null) return false;
  saveFile('lestari.html', new TextEncoder().encode(page), 'text/html;charset=utf-8', page);
  return true;
}
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
