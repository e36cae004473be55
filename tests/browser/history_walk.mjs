// Back twice and Forward twice from a factor page, each arrival awaited:
// one walk for Chromium (Playwright) and Firefox (puppeteer), which both
// have goBack/goForward; arrive(name) is each driver's own wait.
export async function backAndForth(page, arrive, factor) {
  await page.goBack();
  await arrive('profile');
  await page.goBack();
  await arrive('start');
  await page.goForward();
  await arrive('profile');
  await page.goForward();
  await arrive(factor);
}
