// Shared set-up for the browser tests: Debian's Chromium through
// playwright-core (never a downloaded browser), a loopback server for
// build/web/dist, and a page that records console errors and requests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const DIST = process.env.LESTARI_DIST || join(import.meta.dirname, '..', '..', 'build', 'web', 'dist');
export const ARTIFACTS = process.env.LESTARI_ARTIFACTS || join(import.meta.dirname, '..', '..', 'build', 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const LAPTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

// extraArgs: more Chromium flags, e.g. a host-resolver rule that serves the
// page under a plain-http name (no secure context).
export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-gl=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
      // Software GL on a busy 2-core machine (two suites side by side) can be
      // slow enough for the GPU watchdog to kill the GPU process: the page then
      // loses its WebGL context, which is not what a test is about.
      '--disable-gpu-watchdog', ...extraArgs],
  });
}

// stand: see scripts/static-server.mjs (a test may answer in the files' place).
export function serve(stand) { return startServer(DIST, 0, '127.0.0.1', stand); }
export function fileUrl() { return pathToFileURL(join(DIST, 'lestari.html')).href; }

// Opens url in a fresh context; resolves once `lestari-ready` has fired.
export async function openApp(browser, url, { viewport = LAPTOP, touch = false, context: ctx, offline = false } = {}) {
  // No service worker unless a test asks for one (tests/browser/offline.test.mjs):
  // the loopback server is a secure origin, where the page would register one.
  const context = ctx || await browser.newContext({
    viewport, deviceScaleFactor: touch ? 3 : 1, hasTouch: touch, isMobile: touch, acceptDownloads: true, serviceWorkers: 'block',
  });
  if (offline) await context.setOffline(true);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => {
    // Chromium's own GL driver diagnostics (SwiftShader) are not the page's.
    // (Nor is Playwright's note that it blocked the service worker, as asked.)
    // Nor is a WebGL context the GPU process lost (software GL on a loaded
    // two-core machine, about one CI run in four), with the warning Chromium
    // reports just before it, when ImGui's renderer restores a blend mode it
    // read from the dying context: the tests read what the app describes,
    // which goes on. (The app does not yet restore its drawing after a lost
    // context: a product issue of its own.)
    const text = m.text();
    if (text.includes('CONTEXT_LOST_WEBGL') || text.includes('WebGL: INVALID_ENUM: blendEquationSeparate: invalid mode')) return;
    if ((m.type() === 'error' || m.type() === 'warning') && !text.includes('GL Driver Message') &&
        !text.includes('blocked by Playwright')) errors.push(`${m.type()}: ${text}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__readyAt = null;
    window.addEventListener('lestari-ready', () => { window.__readyAt = performance.now(); });
  });
  // Waits detect a hang, they do not measure speed: two CTest runs at once on
  // two cores have kept a page from starting for over 30 s.
  page.setDefaultTimeout(120000);
  await page.goto(url);
  await page.waitForFunction(() => window.lestari && window.lestari.isReady === true, null, { timeout: 120000 });
  await settle(page);
  return { context, page, errors, requests };
}

// Waits until the app stops drawing (it draws only after events), on its own
// signal: no frame scheduled (lestari.drawing()), and still none quietMs
// later, checked at every animation frame. Nothing waits longer than it must.
export async function settle(page, quietMs = 30) {
  return page.evaluate(async (quiet) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const start = performance.now();
    let idleSince = null;
    for (;;) {
      await nextFrame();
      const now = performance.now();
      if (window.lestari.drawing()) idleSince = null;
      else if (idleSince === null) idleSince = now;
      else if (now - idleSince >= quiet) return window.lestari.frameCount();
      if (now - start > 20000) throw new Error('the app never stopped drawing');
    }
  }, quietMs);
}

export async function widget(page, id) {
  const w = await page.evaluate((wid) => window.lestari.widget(wid), id);
  if (!w) throw new Error(`widget ${id} not on screen`);
  return w;
}

// Scrolls (wheel or finger) until enough of the widget shows to be used:
// down first, and when the end is reached without finding it, back up.
export async function scrollTo(page, id, { touch = false } = {}) {
  let down = true, last = '', turned = false;
  for (let i = 0; i < 80; i++) {
    const vp = page.viewportSize();
    const all = await page.evaluate(() => window.lestari.widgets());
    const w = all.find((x) => x.id === id);
    // Rectangles are clipped to their window: enough of it showing is clickable.
    if (w && w.h >= 14) return w;
    const now = JSON.stringify(all.map((x) => [x.id, Math.round(x.y)]));
    if (now === last) {
      if (turned) break;
      down = !down;
      turned = true;
    }
    last = now;
    // Big steps (more than half the page, never more than shows): each frame
    // is costly in software GL, above all at phone pixel density.
    const step = Math.round(vp.height * (touch ? 0.55 : 0.7));
    if (touch) await swipe(page, down ? -step : step);
    else {
      await page.mouse.move(vp.width / 2, vp.height / 2);
      await page.mouse.wheel(0, down ? step : -step);
    }
    await settle(page);
  }
  const seen = (await page.evaluate(() => window.lestari.widgets())).map((w) => w.id);
  throw new Error(`could not scroll to ${id} (on screen: ${seen.join(' ')})`);
}

// As a person clicks: the pointer arrives over the widget (a frame is drawn
// with it hovering), then the button goes down and up.
export async function click(page, id) {
  const w = await scrollTo(page, id);
  await page.mouse.move(w.x + Math.min(w.w / 2, 40), w.y + w.h / 2, { steps: 2 });
  await settle(page, 30);
  await page.mouse.down();
  await page.mouse.up();
  await settle(page);
}

export async function tap(page, id) {
  const w = await scrollTo(page, id, { touch: true });
  await page.touchscreen.tap(w.x + Math.min(w.w / 2, 40), w.y + w.h / 2);
  await settle(page);
}

// A finger drag by dy CSS pixels through the Chrome DevTools Protocol. With
// fling, the finger lifts while moving (the page keeps scrolling a moment);
// without, it rests before lifting.
const cdpSessions = new WeakMap();
async function cdpFor(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, await page.context().newCDPSession(page));
  return cdpSessions.get(page);
}

export async function swipe(page, dy, { fling = false } = {}) {
  const cdp = await cdpFor(page);
  const vp = page.viewportSize();
  const x = vp.width / 2, y0 = vp.height / 2 - dy / 2;
  const steps = 5;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  const move = (i) => cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + (dy * i) / steps }] });
  for (let i = 1; i < steps; i++) await move(i);
  if (!fling) { await move(steps); await page.waitForTimeout(100); }
  const end = () => cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // A fling: the finger lifts while it moves (sent together, so that a slow
  // machine's round trip does not make it a slow lift).
  await (fling ? Promise.all([move(steps), end()]) : end());
}

// A screenshot for people to look at (not an assertion): taken when
// LESTARI_SHOTS is set (LESTARI_SHOTS=1 bash scripts/test.sh), as encoding
// phone-density pictures costs the test run more than a minute.
export const SHOTS = Boolean(process.env.LESTARI_SHOTS);
export async function shot(page, name) {
  await settle(page);
  if (SHOTS) await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

// Files dropped onto the page at once, as a browser delivers them: [name,
// content] pairs, content being text or an array of byte values for a file
// that is not UTF-8.
export async function dropFiles(page, files) {
  await page.evaluate((fs) => {
    const dt = new DataTransfer();
    for (const [n, c] of fs) dt.items.add(new File([typeof c === 'string' ? c : new Uint8Array(c)], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

// One file dropped onto the page.
export function dropFile(page, name, content) { return dropFiles(page, [[name, content]]); }

// Text put on the clipboard by a real copy, as a person does it: typed into
// a text area of the page's own (outside the app), selected and copied with
// Ctrl+A, Ctrl+C. The focus is then nowhere; focus the target and press the
// keys that paste (Ctrl+V, Shift+Insert).
export async function copyText(page, text) {
  await page.evaluate((t) => {
    const ta = document.createElement('textarea');
    ta.id = 'test-clipboard-source';
    ta.value = t;
    document.body.appendChild(ta);
    ta.focus();
  }, text);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await page.evaluate(() => { const ta = document.getElementById('test-clipboard-source'); ta.blur(); ta.remove(); });
}
