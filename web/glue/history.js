// Back and Forward between the app's screens.
// Each screen the app shows is an entry in the tab's history (the address
// stays as it is, so a saved file works the same): Back shows the screen
// before, Forward the next, Back from the first screen leaves the page as
// on any site. Back while a dialog is open answers it as Esc does, and the
// screen stays (its entry is put back).
var shownRoute = null, arriving = null;  // arriving: the route Back/Forward asked for
function screenShown(route) {
  if (arriving === route) arriving = null;
  else if (shownRoute === null) history.replaceState({ lestari: route }, '');
  else history.pushState({ lestari: route }, '');
  shownRoute = route;
}
window.addEventListener('popstate', function (e) {
  var route = e.state && e.state.lestari;
  if (!route || !api.isReady) return;
  var reply = call('_history', [route]);
  var how = reply.ok ? reply.result : 'refused';
  if (how === 'moved') { if (route !== shownRoute) arriving = route; }
  else history.pushState({ lestari: shownRoute }, '');  // the screen stays: so does its entry
});
