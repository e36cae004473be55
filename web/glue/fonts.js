// The canvas's font, for a note typed into in the page (web/mirror.js):
// the same letters in the box and in its textarea. Made from the bytes,
// not fetched (the page's CSP has no font source).
function fontFace(bytes) {
  if (typeof FontFace !== 'function' || !document.fonts) return;
  var face = new FontFace('LestariBody', bytes);
  face.load().then(function () { document.fonts.add(face); }, function () { /* the system's sans-serif then */ });
}
var glyphCanvas = null;  // where drawGlyph draws
// A character the app's fonts lack (an emoji), drawn by the system's
// fonts for the canvas's atlas (src/ui/theme.cpp): RGBA rows, in colour
// where the font draws in colour, else white (the app tints it as text).
function drawGlyph(codePoint, px, baseline, em) {
  var ch = String.fromCodePoint(codePoint);
  var c = glyphCanvas || (glyphCanvas = document.createElement('canvas'));
  var g = c.getContext('2d', { willReadFrequently: true });
  if (!g) return null;
  g.font = em + 'px sans-serif';
  var advance = Math.round(g.measureText(ch).width);
  c.width = Math.max(1, advance);
  c.height = px;  // (a new size clears the canvas and its settings)
  g.font = em + 'px sans-serif';
  g.fillStyle = '#000';
  g.fillText(ch, 0, baseline);
  var d = g.getImageData(0, 0, c.width, c.height).data, colour = false;
  for (var i = 0; i < d.length && !colour; i += 4) colour = d[i + 3] > 0 && Math.max(Math.abs(d[i] - d[i + 1]), Math.abs(d[i + 1] - d[i + 2])) > 24;
  if (!colour) for (var j = 0; j < d.length; j += 4) { d[j] = d[j + 1] = d[j + 2] = 255; }
  return { width: c.width, height: c.height, advance: advance, colour: colour, rgba: d };
}
