// The trainer's room kept across page loads (src/app/room.h): IndexedDB,
// which holds a room of any size the room allows (localStorage holds 5 MB
// in all, and the assessment lives there). Two stores: the rooms' texts, and
// what the start screen lists of each ({reports, savedAt}), so that listing
// never reads a room. Every answer goes back to the app; a browser without
// IndexedDB (or one that refuses it) is said as "unavailable".
var keptDb = null;
function keptRooms() {
  if (!keptDb) {
    keptDb = new Promise(function (resolve, reject) {
      var open = indexedDB.open('lestari-rooms', 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('rooms'); open.result.createObjectStore('about'); };
      open.onsuccess = function () { resolve(open.result); };
      open.onerror = function () { reject(open.error); };
      open.onblocked = function () { reject(new Error('blocked')); };
    });
    keptDb.catch(function () { keptDb = null; });  // asked again next time
  }
  return keptDb;
}
// work(stores) in one transaction over both stores; a promise of what it
// returns once the transaction is complete.
function keptTransaction(mode, work) {
  return new Promise(function (resolve, reject) {
    if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('unavailable');
    keptRooms().then(function (db) {
      var tx = db.transaction(['rooms', 'about'], mode), out = work(tx.objectStore('rooms'), tx.objectStore('about'));
      tx.oncomplete = function () { resolve(out && 'result' in out ? out.result : out); };
      tx.onerror = tx.onabort = function () { reject(tx.error || new Error('aborted')); };
    }, reject);
  });
}
function keptCode(e) { return e && (e.name === 'QuotaExceededError' || e.code === 22) ? 1 : 2; }
function keepRoom(id, bytes, about, replaces) {
  keptTransaction('readwrite', function (rooms, abouts) {
    rooms.put(bytes, id);
    abouts.put(about, id);
    if (replaces) { rooms.delete(replaces); abouts.delete(replaces); }
  }).then(function () { call('_roomKept', [0]); }, function (e) { call('_roomKept', [keptCode(e)]); });
}
// id null: every kept room.
function forgetRoom(id) {
  keptTransaction('readwrite', function (rooms, abouts) {
    if (id === null) { rooms.clear(); abouts.clear(); } else { rooms.delete(id); abouts.delete(id); }
  }).catch(function () {});
}
function listKeptRooms() {
  var list = [];
  keptTransaction('readonly', function (rooms, abouts) {
    abouts.openCursor().onsuccess = function (e) {
      var c = e.target.result;
      if (!c) return;
      var a = c.value || {};
      if (typeof a.reports === 'number' && typeof a.savedAt === 'string') list.push({ id: String(c.key), reports: a.reports, savedAt: a.savedAt });
      c.continue();
    };
  }).then(function () {
    list.sort(function (a, b) { return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0; });  // newest first
    call('_keptRooms', [list]);
  }, function () { call('_keptRooms', [[]]); });
}
function readKeptRoom(id) {
  var text = null;
  keptTransaction('readonly', function (rooms) {
    rooms.get(id).onsuccess = function (e) { text = e.target.result instanceof Uint8Array ? e.target.result : null; };
  }).then(function () {
    if (text) call('_keptRoomRead', [id], text, text.length);
    else call('_keptRoomRead', [id, false]);
  }, function () { call('_keptRoomRead', [id, false]); });
}
