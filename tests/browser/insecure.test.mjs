// A plain-http intranet host that is not localhost (no secure context, no
// navigator.clipboard, no service worker): the app works as before, copy and
// cut still work and the page never freezes. A file of its own: its browser
// maps a host name to this machine (a host-resolver rule), and CTest gives it
// both browser slots (tests/CMakeLists.txt): three software-GL browsers at
// once on two cores lost a WebGL context.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LAPTOP, launchBrowser, serve, openApp, settle, click } from './harness.mjs';

let server, intranet, origin;
before(async () => {
  server = await serve();
  intranet = await launchBrowser(['--host-resolver-rules=MAP lestari.test 127.0.0.1']);
  origin = `http://lestari.test:${new URL(server.url).port}/`;
});
after(async () => { await intranet?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.lestari.state());

test('plain http (no secure context, no navigator.clipboard): copy and cut work and never freeze the page', async () => {
  const context = await intranet.newContext({ viewport: LAPTOP });
  const { page, errors } = await openApp(intranet, origin, { context });
  assert.equal(await page.evaluate(() => window.isSecureContext), false);
  assert.equal(await page.evaluate(() => 'clipboard' in navigator), false);
  await page.evaluate(() => window.lestari.goTo('profile'));
  await settle(page);
  await click(page, 'profile.name');
  await page.keyboard.type('Salin Teks', { delay: 5 });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await settle(page);
  await page.keyboard.press('Control+X');
  await settle(page);
  assert.equal((await state(page)).profile.name, null, 'cut removed the text');
  await page.keyboard.type('Masih hidup', { delay: 5 });
  await settle(page);
  assert.equal((await state(page)).profile.name, 'Masih hidup', 'the page still takes typing');
  assert.deepEqual(errors, []);
  // What was cut is on the system clipboard: read it from a secure page of the same browser.
  await context.grantPermissions(['clipboard-read'], { origin: server.url });
  const reader = await context.newPage();
  await reader.goto(server.url);
  assert.equal(await reader.evaluate(() => navigator.clipboard.readText()), 'Salin Teks');
  await context.close();
});

test('plain http under an intranet name (no secure context): no service worker, the app works as before', async () => {
  const context = await intranet.newContext({ viewport: LAPTOP, serviceWorkers: 'allow' });
  const { page, errors } = await openApp(intranet, origin, { context });
  const seen = await page.evaluate(async () => ({
    secure: window.isSecureContext,
    workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    manifest: !!document.querySelector('link[rel="manifest"]'),
  }));
  assert.deepEqual(seen, { secure: false, workers: 0, manifest: false });
  assert.deepEqual(errors, []);
  await context.close();
});
