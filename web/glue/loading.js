// The WebAssembly is compiled here rather than by Emscripten's loader,
// which would fetch() even the copy embedded in the page (its CSP has
// connect-src 'none'). The page (lestari.html, and index.html, the same
// file) carries it gzip-compressed, in base64 in a data block
// (scripts/build/finish_page.py): decompressed by the browser's own
// DecompressionStream.
function fromBase64(text, n) {
  var bytes = atob(text);
  if (n === undefined) n = bytes.length;
  var out = new Uint8Array(n);
  for (var i = 0; i < n; i++) out[i] = bytes.charCodeAt(i);
  return out;
}
// A gzip-compressed wasm block of the page (this app's, the workbook
// writer's), inflated by the browser: as a stream, and compiled whole.
function inflate(gz) { return new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip')); }
function instantiateGz(gz, imports) {
  return new Response(inflate(gz)).arrayBuffer().then(function (b) { return WebAssembly.instantiate(b, imports); });
}
Module.instantiateWasm = function (imports, receive) {
  // The block stays in the page: a copy saved from the DOM needs it to start.
  var block = document.getElementById('lestari-wasm');
  if (!block) { window.lestariFatal('load'); return {}; }
  if (typeof DecompressionStream === 'undefined') { window.lestariFatal('decompress'); return {}; }
  var gz = fromBase64(block.textContent, +block.getAttribute('data-bytes'));
  // Compiled while it is decompressed (streaming), where the browser can.
  var asBytes = function () { return instantiateGz(gz, imports); };
  var ready = WebAssembly.instantiateStreaming
    ? WebAssembly.instantiateStreaming(new Response(inflate(gz), { headers: { 'Content-Type': 'application/wasm' } }), imports).catch(asBytes)
    : asBytes();
  ready.then(function (r) { receive(r.instance, r.module); }, function () { window.lestariFatal('load'); });
  return {};
};
window.lestariFatal = function (what) {
  var loading = document.getElementById('lestari-loading');
  dropRule('#lestari-loading');
  var messages = {
    webgl2: 'Peramban ini tidak mendukung WebGL2, yang diperlukan Lestari. Perbarui peramban (Chrome, Edge, Firefox atau Safari versi baru). / This browser does not support WebGL2, which Lestari needs. Please update the browser (a recent Chrome, Edge, Firefox or Safari).',
    decompress: 'Peramban ini terlalu lama untuk membuka Lestari (tidak ada DecompressionStream). Perbarui peramban (Chrome 80, Firefox 113, Safari 16.4 atau lebih baru). / This browser is too old to open Lestari (no DecompressionStream). Please update it (Chrome 80, Firefox 113, Safari 16.4 or newer).',
  };
  if (loading) loading.textContent = messages[what] || 'Lestari gagal dimuat. Buka berkas asli lestari.html, atau simpan salinan dengan "Simpan untuk dipakai offline" di Lestari. / Lestari failed to load. Open the original lestari.html file, or keep a copy with "Save for offline use" in Lestari.';
  document.documentElement.dataset.fatal = what;  // for tests and support: why it stopped
};
