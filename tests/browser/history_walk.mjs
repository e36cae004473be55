// Back twice and Forward twice from a factor page, each arrival awaited:
// one walk for Chromium (Playwright) and Firefox (puppeteer), which both
// have goBack/goForward; arrive(name) is each driver's own wait.
// The walk starts once the factor page has been drawn: the screen's
// history entry is made when it is first shown, so a Back sent between the
// click and that frame would go from the page before (CI saw exactly that).
export async function backAndForth(page, arrive, factor) {
  await arrive(factor);
  await page.goBack();
  await arrive('profile');
  await page.goBack();
  await arrive('start');
  await page.goForward();
  await arrive('profile');
  await page.goForward();
  await arrive(factor);
}
