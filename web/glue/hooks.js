// The hooks web/library_lestari.js calls (the app's C++ reaches the page
// through them), listed once; and what the page does once the app has started.
function ready(version) {
  api.version = version;
  if (/[?&]present(=|&|$)/.test(window.location.search)) call('setPresentation', [true]);  // for projectors
  // Reduced motion (a system setting): no chart animation, no scrolling on
  // after a fling. The core starts with motion: told only when it is off.
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)');
  if (still) {
    if (still.matches) call('_reducedMotion', [true]);
    still.addEventListener('change', function () { call('_reducedMotion', [still.matches]); });
  }
  api.isReady = true;
  rule('#lestari-loading').style.display = 'none';
  offlineInstall();
  privateWindow();
  listKeptRooms();
  window.dispatchEvent(new Event('lestari-ready'));
}
window.lestariHooks = {
  // Called by the app.
  ready: ready,
  keyTarget: keyTarget,
  textInput: textInput,
  fontFace: fontFace,
  drawGlyph: drawGlyph,
  semantics: mirror.semantics,
  tabFrom: mirror.tabFrom,
  screenShown: screenShown,
  print: printDialog,
  saveWorkbook: saveWorkbook,
  keepRoom: keepRoom,
  forgetRoom: forgetRoom,
  listKeptRooms: listKeptRooms,
  readKeptRoom: readKeptRoom,
  share: share,
  saveFile: saveFile,
  savePage: savePage,
  copy: copy,
  rule: rule,
  toHeap: toHeap,
  wtf8: wtf8,
  // Set by the app: leaving or reloading the page asks first (storage.js).
  leaveGuard: false,
};
