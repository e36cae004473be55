// Text into the app: the hidden input that keyboards, IME and phones type
// into, where keys go, and paste.
var SENTINEL = '\u200b';  // keeps Backspace working on phone keyboards with an "empty" field
function resetText() { text.value = SENTINEL; text.setSelectionRange(1, 1); }
// Where the keys go: the app's canvas (its hidden input, or nothing
// focused), the accessible mirror, or an element that is not the app's
// (a browser extension's box, a test's own text area): the app leaves those keys alone.
function keyTarget() {
  var el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement || el === text || el.id === 'canvas') return CONTRACT.KEY_TARGET.APP;
  return mirror.focused() ? CONTRACT.KEY_TARGET.MIRROR : CONTRACT.KEY_TARGET.OTHER;
}
// The app has a field typed into (text or digits) or none.
function textInput(mode) {
  text.inputMode = mode === CONTRACT.TEXT_INPUT.DIGITS ? 'numeric' : 'text';
  if (mode !== CONTRACT.TEXT_INPUT.NONE) { resetText(); text.focus({ preventScroll: true }); }
  else if (document.activeElement === text) text.blur();
}
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
  if (keyTarget() !== CONTRACT.KEY_TARGET.APP) return;
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
