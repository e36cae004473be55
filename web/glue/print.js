// "Cetak / simpan PDF": the browser's print dialog, which prints the
// summary (below). An Android web view (an app's in-app browser) has a
// print() that does nothing: the caller saves the file instead.
function printDialog() {
  if (typeof window.print !== 'function' || /; wv\)/.test(navigator.userAgent)) return false;
  setTimeout(function () { window.print(); });  // after the frame that asked
  return true;
}
// Printing, however it is asked for (Ctrl+P, the browser's menu, "Cetak /
// simpan PDF"), prints the summary (src/core/report/summary_html.cpp), never the
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
  var summary = api.isReady && result('_printable');
  if (!summary) return;
  // Its stylesheet and its body come apart: only the body is parsed (a
  // parsed <style> would be checked against this page's Content-Security-Policy).
  var doc = new DOMParser().parseFromString('<body>' + summary.body, 'text/html');
  printSheet.replaceSync('#lestari-print{display:none}@media print{html,body{height:auto;overflow:visible}' +
    'body>:not(#lestari-print){display:none!important}#lestari-print{display:block}' + summary.css + '}');
  var box = document.createElement('div');
  box.id = 'lestari-print';
  box.lang = summary.lang;
  while (doc.body.firstChild) box.appendChild(document.adoptNode(doc.body.firstChild));
  document.body.appendChild(box);
});
window.addEventListener('afterprint', unprint);
