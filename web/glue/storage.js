// Storage: other tabs' changes, a window whose storage ends when it closes,
// and asking before leaving while work is not saved.
window.addEventListener('storage', function (e) {
  if (e.key === null || e.key.indexOf(CONTRACT.STORAGE_PREFIX) === 0) call('_storage', [e.key || '']);
});
// A private or guest window erases storage when it closes. Firefox and
// Safari let the page know: they refuse it the origin's private file
// system. Chromium's incognito gives no sign (docs/privacy.md); on file://
// Chromium refuses that file system in every window, so there only
// Firefox's refusal counts. Said once per tab (sessionStorage, which lasts
// across reloads); the app keeps the leave prompt until the report is downloaded.
function privateWindow() {
  var s = navigator.storage;
  if (!s || typeof s.getDirectory !== 'function') return;
  if (location.protocol === 'file:' && !/Firefox\//.test(navigator.userAgent)) return;
  s.getDirectory().then(function () {}, function () {
    var said = false;
    try { said = sessionStorage.getItem('lestari:private-said') === '1'; sessionStorage.setItem('lestari:private-said', '1'); } catch (e) { /* none: say it */ }
    call('_storageEndsWithWindow', [!said]);
  });
}
window.addEventListener('beforeunload', function (e) {
  if (!window.lestariHooks.leaveGuard) return;
  e.preventDefault();  // work is not saved: the browser asks first
  e.returnValue = '';
});
