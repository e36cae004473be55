// The skeleton: both packagings start, draw, stay idle, make no foreign
// request, follow the language switch and render at laptop and phone sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ARTIFACTS, DIST, LAPTOP, PHONE, launchBrowser, serve, fileUrl, openApp, settle, shot, click } from './harness.mjs';
import { backAndForth } from './history_walk.mjs';

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

function onlyOwnFiles(requests, allowed) {
  const foreign = requests.filter((u) => !allowed(u));
  assert.deepEqual(foreign, [], 'requests beyond the page\'s own files');
}

test('index.html over http: ready, no console errors, only its own files', async () => {
  const { page, errors, requests, context } = await openApp(browser, server.url);
  assert.equal(await page.evaluate(() => window.lestari.isReady), true);
  assert.match(await page.evaluate(() => window.lestari.version), /^\d+\.\d+\.\d+$/);
  assert.equal(await page.title(), 'Lestari');
  onlyOwnFiles(requests, (u) => u.startsWith(server.url));
  assert.deepEqual(requests.map((u) => new URL(u).pathname).sort(), ['/']);  // the one file, nothing else
  assert.deepEqual(errors, []);
  await context.close();
});

test('served compressed to a browser that accepts it (the page in about 70 % of its bytes), as it is to one that does not', async () => {
  const raw = readFileSync(join(DIST, 'index.html'));
  const [packed, plain] = await Promise.all([
    fetch(server.url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }),
    fetch(server.url, { headers: { 'Accept-Encoding': 'identity' } }),
  ]);
  assert.equal(packed.headers.get('content-encoding'), 'gzip');
  assert.equal(packed.headers.get('vary'), 'Accept-Encoding');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.deepEqual(Buffer.from(await plain.arrayBuffer()), raw);
  // fetch decodes what it is sent: the page's bytes either way.
  assert.deepEqual(Buffer.from(await packed.arrayBuffer()), raw);
  // What crosses the network: the compressed body, under 0.75 of the page.
  const { request } = await import('node:http');
  const wire = await new Promise((ok, fail) => request(server.url, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
    const parts = [];
    res.on('data', (d) => parts.push(d)).on('end', () => ok(Buffer.concat(parts))).on('error', fail);
  }).on('error', fail).end());
  assert.ok(wire.length < raw.length * 0.75, `${wire.length} bytes sent for ${raw.length}`);
  assert.deepEqual(gunzipSync(wire), raw);
});

test('lestari.html from file:// with networking off renders on its own', async () => {
  const { page, errors, requests, context } = await openApp(browser, fileUrl(), { offline: true });
  onlyOwnFiles(requests, (u) => u === fileUrl());
  assert.deepEqual(errors, []);
  // Something was drawn: the canvas is not one flat colour.
  const distinct = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    const copy = document.createElement('canvas');
    copy.width = c.width; copy.height = c.height;
    const g = copy.getContext('2d');
    g.drawImage(c, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 97) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  });
  assert.ok(distinct > 20, `only ${distinct} colours drawn`);
  await context.close();
});

test('idle: no frames are drawn while nothing happens', async () => {
  const { page, context } = await openApp(browser, server.url);
  const before = await settle(page);
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => window.lestari.frameCount()), before, 'frames drawn while idle');
  await page.mouse.move(300, 300);
  await page.mouse.move(320, 310);
  // However long the machine takes to draw it, the input brings a frame.
  await page.waitForFunction((n) => window.lestari.frameCount() > n, before);
  await context.close();
});

test('the canvas backing store follows devicePixelRatio and window size', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
  const { page } = await openApp(browser, server.url, { context });
  assert.deepEqual(await page.evaluate(() => [canvas.width, canvas.height]), [1600, 1200]);
  await page.setViewportSize({ width: 700, height: 500 });
  await settle(page);
  assert.deepEqual(await page.evaluate(() => [canvas.width, canvas.height]), [1400, 1000]);
  await context.close();
});

test('language: Bahasa Indonesia by default, English on request, remembered', async () => {
  const { page, context } = await openApp(browser, server.url);
  assert.equal(await page.evaluate(() => window.lestari.language()), 'id');
  await click(page, 'header.language');  // a real click on the switch
  assert.equal(await page.evaluate(() => window.lestari.language()), 'en');
  const bad = await page.evaluate(() => window.lestari.setLanguage('fr'));
  assert.equal(bad.ok, false);
  assert.equal(bad.errors[0].code, 'unknown_language');
  await page.reload();
  await page.waitForFunction(() => window.lestari && window.lestari.isReady);
  assert.equal(await page.evaluate(() => window.lestari.language()), 'en');
  await context.close();
});

test('screenshots at laptop and phone size', async () => {
  for (const [name, viewport, touch] of [['start-laptop', LAPTOP, false], ['start-phone', PHONE, true]]) {
    const { page, context } = await openApp(browser, server.url, { viewport, touch });
    await shot(page, name);
    await context.close();
  }
});

test('lestari.html carries its WebAssembly compressed; without DecompressionStream a clear bilingual message shows', async () => {
  const html = readFileSync(join(DIST, 'lestari.html'), 'utf8');
  assert.doesNotMatch(html, /data:application\/octet-stream;base64,[A-Za-z0-9+/=]{100}/, 'no base64 copy of the binary');
  // The data block before the program: base64 of the compressed binary.
  const block = html.match(/<script type="application\/octet-stream" id="lestari-wasm" data-bytes="(\d+)">([A-Za-z0-9+/=]+)<\/script>/);
  assert.ok(block, 'the data block');
  assert.ok(html.indexOf(block[0]) < html.indexOf('<script>'), 'before the program that reads it');
  const embedded = Buffer.from(block[2], 'base64');
  assert.equal(embedded.length, Number(block[1]));
  assert.deepEqual([...embedded.subarray(0, 2)], [0x1F, 0x8B], 'gzip, not the raw binary');
  assert.deepEqual([...gunzipSync(embedded).subarray(0, 4)], [0x00, 0x61, 0x73, 0x6D]);
  const context = await browser.newContext();
  await context.addInitScript(() => { delete window.DecompressionStream; });
  const page = await context.newPage();
  await page.goto(fileUrl());
  await page.waitForFunction(() => /DecompressionStream/.test(document.body.innerText));
  const text = await page.evaluate(() => document.getElementById('lestari-loading').textContent);
  assert.match(text, /Perbarui peramban/);
  assert.match(text, /Please update it/);
  assert.equal(await page.evaluate(() => window.lestari.isReady), false);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.fatal), 'decompress');
  assert.equal(await page.evaluate(() => window.lestari.frameCount()), undefined);  // answers, never throws
  await page.screenshot({ path: join(ARTIFACTS, 'old-browser-message.png') });
  await context.close();
});

test('Back and Forward move between screens; Back answers an open dialog first; Back from the first screen leaves as on any site', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  const screen = () => page.evaluate(() => window.lestari.screen());
  const arrive = (name) => page.waitForFunction((n) => window.lestari.screen() === n && !window.lestari.drawing(), name);
  await click(page, 'start.new');
  await click(page, 'nav.next');
  const factor = await screen();
  assert.match(factor, /^factor:/);
  await backAndForth(page, arrive, factor);
  // A dialog open: Back closes it, the screen stays; the next Back moves on.
  await click(page, 'header.settings');
  await page.waitForFunction(() => !!window.lestari.widget('settings.scale.up'));
  await page.goBack();
  await page.waitForFunction(() => !window.lestari.widget('settings.scale.up') && !window.lestari.drawing());
  assert.equal(await screen(), factor);
  await page.goBack();
  await arrive('profile');
  await page.goBack();
  await arrive('start');
  assert.equal(page.url(), server.url, 'the address stays as it was');
  await page.goBack();  // before the app: the page the tab showed first
  assert.equal(page.url(), 'about:blank');
  assert.deepEqual(errors, []);
  await context.close();
});
