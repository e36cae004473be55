// Files from the picker and drops: one report opened, or many read into
// the room in slices; the app says which.
function openFile(file) {
  if (!file) return;
  if (file.size > lim().fileBytes) { call('_fileRefused', [file.name, 'too_large', [String(lim().fileBytes >> 20)]]); return; }
  file.arrayBuffer().then(function (buf) {
    call('_file', [file.name], new Uint8Array(buf));
  }, function () { call('_fileRefused', [file.name, 'file_read_failed', []]); });
}
// Many files (a group's reports), read in slices: up to 256 at once (or
// 16 MB: a file read alone waits on the browser), then handed over one by
// one for at most ~20 ms before the page may draw and answer (the app
// shows how far it is, and may stop it: a file's reply is then false). A
// file too large is listed as refused, never read. A batch dropped while another is still being
// read joins it: every file ends as a row or a listed failure.
var reading = null;  // the files of the batch being read
// A task of its own, at once: setTimeout waits 4 ms once nested, which a
// room of 10,000 files paid a few hundred times over.
var later = [], channel = new MessageChannel();
channel.port1.onmessage = function () { later.shift()(); };
function soon(f) { later.push(f); channel.port2.postMessage(0); }
function openMany(files, append) {
  if (reading) {
    Array.prototype.push.apply(reading, Array.prototype.slice.call(files));
    call('_groupMore', [files.length]);
    return;
  }
  var list = reading = Array.prototype.slice.call(files), queued = 0, ahead = null;
  call('_groupBegin', [append, list.length]);
  var tooLarge = [String(lim().fileBytes >> 20)];
  function read(file) {
    if (file.size > lim().fileBytes) return Promise.resolve({ refused: 'too_large', args: tooLarge });
    return file.arrayBuffer().then(function (buf) { return { bytes: new Uint8Array(buf) }; },
      function () { return { refused: 'file_read_failed', args: [] }; });
  }
  // The next files to read (or none left), their bytes on the way.
  function take() {
    var batch = [], bytes = 0;
    while (queued < list.length && batch.length < 256 && bytes < (16 << 20)) {
      var file = list[queued++];
      batch.push(file);
      bytes += file.size > lim().fileBytes ? 0 : file.size;
    }
    return batch.length ? { batch: batch, got: Promise.all(batch.map(read)) } : null;
  }
  // One batch handed over while the next one is read.
  function slice() {
    var current = ahead || take();
    ahead = null;
    if (!current) {
      var start = performance.now();
      reading = null;
      call('_groupDone');
      measured('lestari-read', start);
      return;
    }
    current.got.then(function (got) {
      // Starting 256 reads is work too: a task of its own, and none once stopped.
      soon(function () { if (reading === list) ahead = ahead || take(); });
      hand(current.batch, got, 0);
    });
  }
  // Each slice of the app's work is a "lestari-read" user-timing measure
  // (the browser's performance panel shows them; the tests read them).
  function measured(name, start) { try { performance.measure(name, { start: start }); } catch (e) { /* an old browser */ } }
  function hand(batch, got, k) {
    var start = performance.now();
    for (; k < batch.length; k++) {
      if (performance.now() - start > 20) {  // a frame may come first
        measured('lestari-read', start);
        soon(function () { hand(batch, got, k); });
        return;
      }
      var r = got[k], reply = r.bytes ? call('_groupFile', [batch[k].name], r.bytes) : call('_groupRefused', [batch[k].name, r.refused, r.args]);
      if (!reply.ok || reply.result !== true) { reading = null; return; }  // stopped in the app
    }
    measured('lestari-read', start);
    soon(slice);
  }
  slice();
}
// The app says where files go (src/ui/app.h, whereFilesGo): the room, or one file alone.
function filesGo(files) { return result('_filesGo', [files.length]) || { room: false, append: false }; }
fileInput.addEventListener('change', function () { openFile(fileInput.files && fileInput.files[0]); });
filesInput.addEventListener('change', function () {
  if (filesInput.files && filesInput.files.length) openMany(filesInput.files, filesGo(filesInput.files).append);
});
window.addEventListener('dragover', function (e) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
window.addEventListener('drop', function (e) {
  e.preventDefault();
  var files = e.dataTransfer && e.dataTransfer.files;
  if (!files || files.length === 0) { call('_fileRefused', ['', 'not_a_file', []]); return; }
  var go = filesGo(files);
  if (go.room || reading) openMany(files, go.append);
  else openFile(files[0]);
});
