// Offline via a saved page, however it was saved: the DOM as "Webpage,
// Complete" writes it (of the one file and of a hosted copy), the original
// bytes, an MHTML snapshot ("Webpage, Single File", Android's "Download
// page"), the app's own "Save for offline use", and a hosted copy over a
// secure origin that keeps working with no network (service worker). Each
// copy is opened from file:// with the network off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, LAPTOP, launchBrowser, serve, fileUrl, openApp, settle, click, shot } from './harness.mjs';

const ORIGINAL = readFileSync(join(DIST, 'lestari.html'), 'utf8');
let browser, server, dir;
before(async () => {
  browser = await launchBrowser();
  server = await serve();
  dir = mkdtempSync(join(tmpdir(), 'lestari-saved-'));
});
after(async () => { await browser?.close(); await server?.close(); });

// Uses the page a little (a factor screen, a note, a notice), so that the
// saved DOM holds what the runtime adds: the mirror, its styles, messages.
async function used(page) {
  await page.evaluate(() => {
    window.lestari.setProfile('name', 'Salinan');
    window.lestari.setNote('ic_team_competence', 'Catatan 😀');
    window.lestari.goTo('factor:innovator_capacity');
  });
  await settle(page);
  assert.ok(await page.locator('#lestari-a11y [data-key]').count() > 20, 'the mirror is built');
}

// As "Webpage, Complete" saves: the current DOM, serialized.
async function saveDom(page, name) {
  const html = await page.content();
  const path = join(dir, name);
  writeFileSync(path, html);
  return { html, url: pathToFileURL(path).href };
}

// Opens a saved copy from disk with the network off: it starts, with no
// console error (a CSP violation is one), and asks for nothing but itself.
async function opensOffline(url) {
  const opened = await openApp(browser, url, { offline: true });
  const { page, errors, requests, context } = opened;
  assert.deepEqual(errors, [], 'console errors in the saved copy');
  assert.deepEqual(requests, [url], 'requests beyond the saved file');
  assert.equal(await page.evaluate(() => window.lestari.screen()), 'start');
  await click(page, 'start.new');
  assert.equal(await page.evaluate(() => window.lestari.screen()), 'profile');
  return { page, context };
}

test('"Webpage, Complete" of the one file: the saved DOM starts again offline, keeps its CSP, carries no stale mirror', async () => {
  const { page, context } = await openApp(browser, fileUrl(), { offline: true });
  await used(page);
  const { html, url } = await saveDom(page, 'complete.html');
  assert.doesNotMatch(html, /\sstyle="/, 'style attributes in the saved DOM would break its CSP');
  assert.match(html, /id="lestari-wasm"/, 'the WebAssembly stays in the document');
  await context.close();
  const copy = await opensOffline(url);
  // What the last run left (its mirror) was rebuilt, not kept: one element per key.
  const keys = await copy.page.evaluate(() => Array.from(document.querySelectorAll('#lestari-a11y [data-key]'), (e) => e.dataset.key));
  assert.equal(new Set(keys).size, keys.length);
  assert.equal(await copy.page.locator('#lestari-a11y [data-key="step.1"]').count(), 1);
  await shot(copy.page, 'offline-complete-copy');
  await copy.context.close();
});

test('the original bytes ("HTML only", a USB stick) open anywhere offline', async () => {
  const path = join(dir, 'usb-lestari.html');
  copyFileSync(join(DIST, 'lestari.html'), path);
  const { page, context } = await opensOffline(pathToFileURL(path).href);
  // Chromium refuses the origin's private file system to every file:// page:
  // not taken for a private window (no warning, leaving does not ask).
  await click(page, 'profile.name');
  await page.keyboard.type('Dari USB');
  await settle(page);
  assert.equal(await page.evaluate(() => window.lestari.state().profile.name), 'Dari USB');
  assert.equal(await page.evaluate(() => window.lestari.state().storageProblem), null);
  assert.equal(await page.evaluate(() => window.lestariHooks.leaveGuard), false);
  await context.close();
});

test('a hosted copy saved with Ctrl+S is the one file: it needs no index_files/ and runs offline', async () => {
  const { page, context } = await openApp(browser, server.url);
  await used(page);
  const { html, url } = await saveDom(page, 'hosted.html');
  // Nothing the saved copy has to fetch: no src or href to a file but the
  // manifest of a hosted copy (which a copy on disk drops unread).
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:'));
  assert.deepEqual(refs.filter((u) => u !== 'manifest.webmanifest'), []);
  await context.close();
  const copy = await opensOffline(url);
  await copy.context.close();
});

test('an MHTML snapshot (no scripts) shows how to get a working copy, never a dead app; screen readers hear the note only', async () => {
  const { page, context } = await openApp(browser, fileUrl(), { offline: true });
  await used(page);
  const cdp = await context.newCDPSession(page);
  const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
  await context.close();
  const path = join(dir, 'snapshot.mhtml');
  writeFileSync(path, data);
  const ctx = await browser.newContext({ viewport: LAPTOP });
  await ctx.setOffline(true);
  const snap = await ctx.newPage();
  const requests = [];
  snap.on('request', (r) => requests.push(r.url()));
  await snap.goto(pathToFileURL(path).href);
  const seen = await snap.evaluate(() => {
    const shown = (sel) => { const el = document.querySelector(sel); return !!el && getComputedStyle(el).display !== 'none'; };
    return { note: shown('#lestari-copy'), canvas: shown('#canvas'), mirror: shown('#lestari-a11y'), text: document.body.innerText };
  });
  assert.equal(seen.note, true, 'the note is shown');
  assert.equal(seen.canvas, false, 'no still picture of the app');
  assert.equal(seen.mirror, false, 'the stale mirror is out of the accessibility tree');
  assert.match(seen.text, /Simpan untuk dipakai offline/);
  assert.match(seen.text, /Save for offline use/);
  assert.doesNotMatch(seen.text, /Kemampuan dan ruang kreativitas/, 'no text of the saved screen is read');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('cid:')), []);
  await snap.screenshot({ path: join(process.env.LESTARI_ARTIFACTS || join(DIST, '..', '..', 'test-artifacts'), 'offline-mhtml.png') });
  await ctx.close();
});

// The button, as a person uses it: the download is the build's own file, byte
// for byte, from the one file, from a hosted copy and from a saved copy.
async function saveForOffline(page, id) {
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, id)]);
  assert.equal(download.suggestedFilename(), 'lestari.html');
  const path = join(dir, `downloaded-${Date.now()}.html`);
  await download.saveAs(path);
  assert.equal(readFileSync(path, 'utf8'), ORIGINAL, 'not the build\'s own lestari.html');
  assert.match((await page.evaluate(() => window.lestari.state())).notice, /lestari\.html/);
  return pathToFileURL(path).href;
}

test('"Simpan untuk dipakai offline" downloads the app itself, identical to the build, from every copy; it opens offline', async () => {
  const hosted = await openApp(browser, server.url);
  const fromHosted = await saveForOffline(hosted.page, 'start.offline');
  await shot(hosted.page, 'offline-saved-notice');
  await hosted.context.close();
  const copy = await opensOffline(fromHosted);
  await copy.page.evaluate(() => window.lestari.goTo('start'));
  await settle(copy.page);
  await used(copy.page);
  const { url } = await saveDom(copy.page, 'complete-of-download.html');
  await copy.context.close();
  const again = await opensOffline(url);
  await again.page.evaluate(() => window.lestari.goTo('start'));
  await settle(again.page);
  // From the settings dialog too, in a copy saved from the DOM.
  await click(again.page, 'header.settings');
  await saveForOffline(again.page, 'settings.offline');
  await again.context.close();
});

test('hosted on a secure origin: after one visit the app opens with no network (service worker), installable (manifest)', async () => {
  const context = await browser.newContext({ viewport: LAPTOP, serviceWorkers: 'allow' });
  const { page } = await openApp(browser, server.url, { context });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => !!document.querySelector('link[rel="manifest"]'));
  const manifest = await (await fetch(new URL('manifest.webmanifest', server.url))).json();
  assert.equal(manifest.short_name, 'Lestari');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.length > 0);
  // The worker keeps only the app's own files.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const out = [];
    for (const n of names) for (const r of await (await caches.open(n)).keys()) out.push(new URL(r.url).pathname);
    return out.sort();
  });
  assert.deepEqual(cached, ['/', '/icon.svg', '/index.html', '/lestari.html', '/manifest.webmanifest']);
  await page.evaluate(() => window.lestari.setProfile('name', 'Tanpa jaringan'));
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.lestari && window.lestari.isReady === true, null, { timeout: 30000 });
  assert.equal((await page.evaluate(() => window.lestari.state())).profile.name, 'Tanpa jaringan');
  await context.close();
});

test('hosted: a captive portal answering in place of the app is never kept; the app still opens; one copy of each file whatever the query', async () => {
  const stand = {};
  const venue = await serve(stand);
  const context = await browser.newContext({ viewport: LAPTOP, serviceWorkers: 'allow' });
  const { page } = await openApp(browser, venue.url, { context });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();  // now through the worker
  await page.waitForFunction(() => window.lestari && window.lestari.isReady === true && navigator.serviceWorker.controller);
  // Links shared with a tracking query: the same files, one entry each.
  for (const q of ['?fbclid=IwAR1', '?fbclid=IwAR2&utm_source=wa', '?present']) {
    await page.goto(venue.url + q);
    await page.waitForFunction(() => window.lestari && window.lestari.isReady === true);
  }
  const entries = () => page.evaluate(async () => {
    const out = [];
    for (const n of await caches.keys()) for (const r of await (await caches.open(n)).keys()) out.push(new URL(r.url).pathname + new URL(r.url).search);
    return out.sort();
  });
  assert.deepEqual(await entries(), ['/', '/icon.svg', '/index.html', '/lestari.html', '/manifest.webmanifest']);
  await page.evaluate(() => window.lestari.setProfile('name', 'Di balik portal'));
  // The venue's Wi-Fi now answers every address with its login page, or sends it there.
  const portal = '<!doctype html><title>Login WiFi</title><p>Masuk untuk memakai WiFi gratis</p>';
  for (const how of ['page', 'redirect']) {
    stand.in = (req, res) => {
      if (how === 'redirect' && !req.url.startsWith('/login')) { res.writeHead(302, { Location: '/login' }).end(); return true; }
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(portal);
      return true;
    };
    for (const q of ['', '?fbclid=IwAR3']) {
      await page.goto(venue.url + q);
      await page.waitForFunction(() => window.lestari && window.lestari.isReady === true, null, { timeout: 30000 });
      assert.equal((await page.evaluate(() => window.lestari.state())).profile.name, 'Di balik portal', `${how}${q}: the app, with its answers`);
    }
    assert.deepEqual(await entries(), ['/', '/icon.svg', '/index.html', '/lestari.html', '/manifest.webmanifest']);
    const kept = await page.evaluate(async () => (await (await caches.match('/index.html')).text()).includes('application-name'));
    assert.equal(kept, true, `${how}: the portal's page was not kept in the app's place`);
  }
  // And with no network at all, the kept copy.
  stand.in = null;
  await context.setOffline(true);
  await page.goto(venue.url);
  await page.waitForFunction(() => window.lestari && window.lestari.isReady === true, null, { timeout: 30000 });
  await context.close();
  await venue.close();
});
