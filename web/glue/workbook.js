// The room's workbook as a file: its parts deflated by the browser, and
// its bytes as base64 (lestari.aggregate's answer, the last download's text).
function toBase64(bytes) {
  var s = '';
  for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
// The app writes the workbook's parts stored (src/core/room/xlsx.cpp: no
// compressor in the page's WebAssembly); the browser deflates each part here
// (CompressionStream 'deflate-raw'), which makes the file about a fifth of
// that. A part that would not shrink stays stored; where the browser cannot
// compress, the stored workbook is the file: it opens as well.
function deflateWorkbook(zip) {
  var v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength), end = zip.length - 22;
  if (typeof CompressionStream === 'undefined' || end < 0 || v.getUint32(end, true) !== 0x06054b50) return Promise.resolve(zip);
  var count = v.getUint16(end + 10, true), dir = v.getUint32(end + 16, true), entries = [];
  for (var i = 0, p = dir; i < count; i++) {  // the central directory: where each part is
    var record = 46 + v.getUint16(p + 28, true) + v.getUint16(p + 30, true) + v.getUint16(p + 32, true);
    var at = v.getUint32(p + 42, true), head = 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    entries.push({ central: zip.subarray(p, p + record), head: zip.subarray(at, at + head),
      data: zip.subarray(at + head, at + head + v.getUint32(p + 20, true)) });
    p += record;
  }
  var deflate = function (data) {
    return new Response(new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
  };
  return Promise.all(entries.map(function (e) { return deflate(e.data); })).then(function (packed) {
    var parts = [], central = [], at = 0;
    entries.forEach(function (e, k) {
      var smaller = packed[k].byteLength < e.data.length, data = smaller ? new Uint8Array(packed[k]) : e.data;
      var head = e.head.slice(), record = e.central.slice(), h = new DataView(head.buffer), c = new DataView(record.buffer);
      h.setUint16(8, smaller ? 8 : 0, true), h.setUint32(18, data.length, true);
      c.setUint16(10, smaller ? 8 : 0, true), c.setUint32(20, data.length, true), c.setUint32(42, at, true);
      parts.push(head, data), central.push(record);
      at += head.length + data.length;
    });
    var tail = zip.slice(end), t = new DataView(tail.buffer);
    t.setUint32(12, central.reduce(function (n, r) { return n + r.length; }, 0), true), t.setUint32(16, at, true);
    return concatBytes(parts.concat(central, [tail]));
  }, function () { return zip; });
}
function concatBytes(list) {
  var out = new Uint8Array(list.reduce(function (n, b) { return n + b.length; }, 0)), at = 0;
  list.forEach(function (b) { out.set(b, at); at += b.length; });
  return out;
}
