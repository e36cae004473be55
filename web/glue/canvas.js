// The canvas, and its accessible mirror (web/mirror.js) made with what it
// uses of the rest.
var mirror = makeMirror({ call: call, rule: rule, dropRule: dropRule, chars: chars, wellFormedText: wellFormedText });
// A mouse press on the canvas keeps the mouse until it is released, even
// outside the window: the app listens for the mouse on the canvas only
// (src/platform/web/input.cpp says why).
// A right-press on a text field gives the field's element the focus
// first, and is not captured (the context menu follows the capture): the
// menu is then the browser's own for a text field (web/mirror.js, menuOn).
canvas.addEventListener('pointerdown', function (e) {
  if (e.button === 2 && mirror.menuOn(e.clientX, e.clientY)) return;
  if (e.pointerType === 'mouse') canvas.setPointerCapture(e.pointerId);
});
// The canvas has no menu of its own (a text field's is the browser's: its
// element is under the pointer then, see menuOn in web/mirror.js).
canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
