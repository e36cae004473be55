// The one-file page in Firefox ESR (Debian's firefox-esr), driven over
// WebDriver BiDi with puppeteer-core: opened from file:// with every network
// request sent to a dead proxy, it starts on the start screen (not an error),
// and "Cetak / simpan PDF" prints the summary.
// Headless Firefox has no WebGL on a machine without a GPU, so Firefox runs
// in a virtual X display (Xvfb) with Mesa's software OpenGL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { backAndForth } from './history_walk.mjs';

const DIST = process.env.LESTARI_DIST;
const ARTIFACTS = process.env.LESTARI_ARTIFACTS || join(import.meta.dirname, '..', '..', 'build', 'test-artifacts');
const FIREFOX = '/usr/bin/firefox-esr';

let xvfb, display, browser;
// Printing goes, without a dialog, to this PDF ("Save to PDF" as the printer).
const PRINTED = join(mkdtempSync(join(tmpdir(), 'lestari-ff-print-')), 'printed.pdf');
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (let n = 90 + (process.pid % 50); !display; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    xvfb = spawn('Xvfb', [`:${n}`, '-screen', '0', '1366x768x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 50));
    display = `:${n}`;
  }
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: false,
    env: { ...process.env, DISPLAY: display, MOZ_HEADLESS: '' },
    extraPrefsFirefox: {
      // Network off: anything but file:// would go to a proxy that is not there.
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9, 'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disabled': true,
      'print.always_print_silent': true, 'print.show_print_progress': false, 'print_printer': 'Mozilla Save to PDF',
      'print.printer_Mozilla_Save_to_PDF.print_to_file': true,
      'print.printer_Mozilla_Save_to_PDF.print_to_filename': PRINTED,
    },
  });
});
after(async () => { await browser?.close(); xvfb?.kill(); });

// Opens url (from file://) and checks that it starts on the start screen and
// answers a click, with no request beyond file:// and no error.
async function startsInFirefox(url, shotName) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1366, height: 768 });
  const requests = [], errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => (window.lestari && window.lestari.isReady) || !!document.documentElement.dataset.fatal, { timeout: 60000 });
  const seen = await page.evaluate(() => ({
    screen: window.lestari && window.lestari.screen(),
    fatal: document.documentElement.dataset.fatal || '',
    canvas: [document.getElementById('canvas').width, document.getElementById('canvas').height],
    heading: document.querySelector('#lestari-a11y h1')?.textContent || '',
  }));
  await page.screenshot({ path: join(ARTIFACTS, shotName) });
  assert.equal(seen.fatal, '');
  assert.equal(seen.screen, 'start');
  assert.ok(seen.canvas[0] >= 1366 && seen.canvas[1] >= 700, `canvas ${seen.canvas}`);
  assert.ok(seen.heading.length > 0, 'the accessible mirror has the start screen heading');
  // The first screen answers a click: "Mulai penilaian baru" opens the profile.
  const w = await page.evaluate(() => window.lestari.widget('start.new'));
  await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  await page.waitForFunction(() => window.lestari.screen() === 'profile', { timeout: 10000 });
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(errors, []);
  return page;
}

test('Firefox ESR opens lestari.html from file:// with the network off: the start screen, not an error', async () => {
  const page = await startsInFirefox(pathToFileURL(join(DIST, 'lestari.html')).href, 'firefox-start.png');
  await page.close();
});

test('Firefox ESR opens a copy it saved itself ("Web Page, complete": the DOM as it is after use)', async () => {
  const page = await startsInFirefox(pathToFileURL(join(DIST, 'lestari.html')).href, 'firefox-before-save.png');
  await page.evaluate(() => { window.lestari.setNote('ic_team_competence', 'Dari Firefox'); window.lestari.goTo('factor:innovator_capacity'); });
  await page.waitForFunction(() => document.querySelectorAll('#lestari-a11y [data-key]').length > 20);
  const saved = join(mkdtempSync(join(tmpdir(), 'lestari-ff-')), 'lestari-saved.html');
  writeFileSync(saved, await page.content());
  await page.evaluate(() => window.lestari.reset());  // file:// pages share storage here: start the copy empty
  await page.close();
  const copy = await startsInFirefox(pathToFileURL(saved).href, 'firefox-saved-copy.png');
  await copy.close();
});

test('Firefox ESR: "Cetak / simpan PDF" prints the summary (here to a PDF file, as "Save to PDF" does), not the canvas', async () => {
  const page = await startsInFirefox(pathToFileURL(join(DIST, 'lestari.html')).href, 'firefox-print-start.png');
  await page.evaluate(() => window.lestari.goTo('start'));
  await page.waitForFunction(() => !!window.lestari.widget('start.demo') && !window.lestari.drawing(), { timeout: 10000 });
  const demo = await page.evaluate(() => window.lestari.widget('start.demo'));
  await page.mouse.click(demo.x + demo.w / 2, demo.y + demo.h / 2);
  await page.waitForFunction(() => window.lestari.screen() === 'results' && !!window.lestari.widget('results.print') && !window.lestari.drawing(),
    { timeout: 10000 });
  const name = await page.evaluate(() => window.lestari.state().profile.name);
  // When the browser asks the page to get ready to print: what it is given.
  await page.evaluate(() => {
    window.printedLength = -1;
    addEventListener('beforeprint', () => { window.printedLength = document.getElementById('lestari-print')?.innerText.length ?? 0; });
  });
  const print = await page.evaluate(() => window.lestari.widget('results.print'));
  await page.mouse.click(print.x + print.w / 2, print.y + print.h / 2);
  // The printed file, once whole (pdftotext reads it to its end).
  const read = () => { try { return execFileSync('pdftotext', ['-enc', 'UTF-8', PRINTED, '-'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().replace(/\s+/g, ' '); } catch { return ''; } };
  let text = '';
  for (let i = 0; i < 300 && !text.includes('Disusun oleh'); i++) {
    if (existsSync(PRINTED)) text = read();
    if (!text.includes('Disusun oleh')) await new Promise((r) => setTimeout(r, 100));
  }
  const asked = await page.evaluate(() => window.printedLength);
  assert.ok(asked > 1000, `the page was asked to print and gave the summary (${asked} characters)`);
  assert.ok(text.includes(name), `the printed PDF names the innovation (${existsSync(PRINTED) ? 'a PDF' : 'no PDF'}: "${text.slice(0, 120)}")`);
  assert.ok(text.includes('Disusun oleh'), 'with its signature block');
  assert.equal(await page.evaluate(() => window.lestari.screen()), 'results');
  await page.evaluate(() => window.lestari.reset());
  await page.close();
});


// A private window (Firefox: every window private, as "New private window"
// gives): the page says once that what it keeps goes when the window closes;
// leaving asks first while a change is not downloaded; a reload of the tab
// does not say it again but still asks.
test('Firefox ESR private window: said once that storage ends with the window; leaving asks until the report is downloaded', async () => {
  const downloads = mkdtempSync(join(tmpdir(), 'lestari-ff-private-'));
  const priv = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: false,
    env: { ...process.env, DISPLAY: display, MOZ_HEADLESS: '' },
    extraPrefsFirefox: {
      'browser.privatebrowsing.autostart': true, 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
      'browser.download.folderList': 2, 'browser.download.dir': downloads, 'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    const page = await priv.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    const url = pathToFileURL(join(DIST, 'lestari.html')).href;
    await page.goto(url);
    await page.waitForFunction(() => window.lestari && window.lestari.isReady, { timeout: 60000 });
    await page.waitForFunction(() => window.lestari.state().storageProblem === 'storage_session_only', { timeout: 10000 });
    const banner = await page.evaluate(() => document.querySelector('#lestari-a11y [role="alert"]')?.textContent || '');
    assert.match(banner, /jendela pribadi atau tamu/);
    assert.equal(await page.evaluate(() => window.lestariHooks.leaveGuard), false, 'nothing to lose yet');
    const clickOn = async (key) => {
      await page.waitForFunction((k) => !!window.lestari.widget(k) && !window.lestari.drawing(), { timeout: 10000 }, key);
      const w = await page.evaluate((k) => window.lestari.widget(k), key);
      await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    };
    // A field takes keys once the app has given it the focus (a busy machine may take a while).
    const editOn = async (key) => {
      await clickOn(key);
      await page.waitForFunction((k) => window.lestari.widget(k)?.focused && !window.lestari.drawing(), { timeout: 10000 }, key);
    };
    await clickOn('start.new');
    await page.waitForFunction(() => window.lestari.screen() === 'profile');
    await editOn('profile.name');
    await page.keyboard.type('Inovasi Pribadi');
    await page.waitForFunction(() => window.lestari.state().profile.name === 'Inovasi Pribadi');
    assert.equal(await page.evaluate(() => window.lestariHooks.leaveGuard), true, 'leaving asks: the window will forget it');
    await clickOn('banner.download');
    await page.waitForFunction(() => window.lestariHooks.leaveGuard === false, { timeout: 10000 });
    // The same tab reloaded: the work is there for now, the warning not repeated.
    await page.reload();
    await page.waitForFunction(() => window.lestari && window.lestari.isReady, { timeout: 60000 });
    await page.evaluate(() => window.lestari.goTo('profile'));
    await editOn('profile.name');
    await page.keyboard.press('End');
    await page.keyboard.type(' 2');
    await page.waitForFunction(() => window.lestari.state().profile.name === 'Inovasi Pribadi 2', { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.lestariHooks.leaveGuard), true, 'leaving asks again after a change');
    assert.equal(await page.evaluate(() => window.lestari.state().storageProblem), null, 'said once');
  } finally {
    await priv.close();
  }
});

test('Firefox ESR, from file://: Back and Forward move between screens', async () => {
  const page = await startsInFirefox(pathToFileURL(join(DIST, 'lestari.html')).href, 'firefox-history.png');
  const arrive = (name) => page.waitForFunction((n) => window.lestari.screen() === n && !window.lestari.drawing(), { timeout: 10000 }, name);
  await arrive('profile');  // startsInFirefox ends there with a real click
  const next = await page.evaluate(() => window.lestari.widget('nav.next'));
  await page.mouse.click(next.x + next.w / 2, next.y + next.h / 2);
  await page.waitForFunction(() => /^factor:/.test(window.lestari.screen()), { timeout: 10000 });
  const factor = await page.evaluate(() => window.lestari.screen());
  await backAndForth(page, arrive, factor);
  await page.evaluate(() => window.lestari.reset());
  await page.close();
});

test('Firefox ESR: Ctrl+V pastes into a one-line field and a note; a right-press opens the browser\'s own menu for the field; a note wraps in its textarea', async () => {
  const page = await startsInFirefox(pathToFileURL(join(DIST, 'lestari.html')).href, 'firefox-text.png');
  await page.evaluate(() => {
    window.lestari.reset();
    window.__menus = [];
    window.addEventListener('contextmenu', (e) => setTimeout(() => window.__menus.push([e.target.dataset?.key || e.target.id, e.defaultPrevented])));
  });
  const at = async (key) => {
    await page.waitForFunction((k) => !!window.lestari.widget(k) && !window.lestari.drawing(), { timeout: 10000 }, key);
    const w = await page.evaluate((k) => window.lestari.widget(k), key);
    return { x: w.x + Math.min(w.w / 2, 40), y: w.y + w.h / 2 };
  };
  const press = async (keys) => {  // a shortcut, its modifier held
    const [mod, key] = keys.split('+');
    await page.keyboard.down(mod);
    await page.keyboard.press(key);
    await page.keyboard.up(mod);
  };
  // Put on the clipboard by a real copy, from a text area of the page's own.
  const copy = async (text) => {
    await page.evaluate((t) => { const ta = document.createElement('textarea'); ta.id = 'ff-clip'; ta.value = t; document.body.append(ta); ta.focus(); }, text);
    await press('Control+a');
    await press('Control+c');
    await page.evaluate(() => document.getElementById('ff-clip').remove());
  };
  const quiet = () => page.waitForFunction(() => !window.lestari.drawing(), { timeout: 10000 });
  await page.waitForFunction(() => window.lestari.screen() === 'profile', { timeout: 10000 });
  // Ctrl+V into a one-line field on the canvas.
  await copy('Sapa Warga 🙂');
  let p = await at('profile.name');
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(() => window.lestari.widget('profile.name')?.focused && !window.lestari.drawing(), { timeout: 10000 });
  await press('Control+v');
  await page.waitForFunction(() => window.lestari.state().profile.name === 'Sapa Warga 🙂', { timeout: 10000 });
  // A right-press: the menu is the browser's own, for the field's element, with the selection.
  await press('Shift+Home');
  await quiet();
  p = await at('profile.name');
  await page.mouse.click(p.x, p.y, { button: 'right' });
  await page.waitForFunction(() => window.__menus.length > 0, { timeout: 10000 });
  assert.deepEqual(await page.evaluate(() => window.__menus.pop()), ['profile.name', false]);
  await page.keyboard.press('Escape');  // the menu closes
  assert.deepEqual(await page.evaluate(() => [document.activeElement.dataset.key, document.activeElement.selectionStart,
    document.activeElement.selectionEnd]), ['profile.name', 0, 'Sapa Warga 🙂'.length]);
  // A note: typed into in its textarea, which wraps; Ctrl+V there too.
  await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
  await quiet();
  const note = 'note.ic_team_competence';
  await page.evaluate((k) => document.querySelector(`#lestari-a11y [data-key="${k}"]`).focus(), note);  // brought into view
  await page.evaluate(() => document.activeElement.blur());
  await quiet();
  p = await at(note);
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction((k) => document.activeElement?.dataset.key === k, { timeout: 10000 }, note);
  const long = 'Tim inti terdiri dari lima orang yang sudah dilatih sejak 2023, dengan SK Kepala Dinas. '.repeat(2);
  await page.keyboard.type(long);
  await press('Control+v');
  const want = long + 'Sapa Warga 🙂';
  await page.waitForFunction((w) => window.lestari.state().answers.find((a) => a.id === 'ic_team_competence').note === w, { timeout: 10000 }, want);
  const area = await page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, seen: getComputedStyle(el).opacity, wide: el.scrollWidth <= el.clientWidth + 1, tall: el.scrollHeight >= 2 * parseFloat(getComputedStyle(el).lineHeight) };
  });
  assert.deepEqual(area, { tag: 'TEXTAREA', seen: '1', wide: true, tall: true }, 'shown, wrapped at its width (no line break in the text)');
  await page.evaluate(() => window.lestari.reset());
  await page.close();
});
