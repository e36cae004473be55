// The page's script, joined at build time from web/glue/*.js and web/mirror.js
// into one function (the order: emscripten.cmake). This part: the page's own
// stylesheet, a saved copy cleaned, the elements the rest uses.
//
// window.lestari (docs/automation-api.md) and the browser events that are not
// input callbacks: the hidden text input for keyboards and IME, the file
// picker, drag and drop, other tabs, leaving the page. Runs before the wasm
// module starts.
//
// Every string and file goes to WebAssembly through malloc'd heap memory with
// its length (never on the small wasm stack), and only after it is known to be
// within the limits of docs/limits.md: what is over is refused, with a
// message, before anything is copied.
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
