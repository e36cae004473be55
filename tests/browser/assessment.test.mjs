// End-to-end: a person fills in an assessment with real mouse, keyboard and
// touch input (the API only locates widgets), downloads the report, imports
// it elsewhere, reloads, and meets a broken file. Screenshots of every screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {
  ARTIFACTS, LAPTOP, PHONE, dropFile, launchBrowser, serve, openApp, settle, widget, scrollTo, click, tap, swipe, shot,
} from './harness.mjs';

const schema = JSON.parse(readFileSync(process.env.LESTARI_SCHEMA || join(import.meta.dirname, '..', '..', 'assets', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.lestari.state());
const checklist = (page) => page.evaluate(() => window.lestari.checklist());

async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.type(text, { delay: 5 });
  await settle(page, 120);
}

let downloaded;  // the report file saved by the first test

test('laptop: fill profile and every indicator with mouse and keyboard, see results, download', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: LAPTOP });
  await shot(page, 'laptop-1-start');
  await click(page, 'start.new');
  assert.equal(await page.evaluate(() => window.lestari.screen()), 'profile');

  await typeInto(page, 'profile.name', 'Si Ikan Nila');
  // Tab moves to the next field: keyboard navigation between fields.
  await page.keyboard.press('Tab');
  await page.keyboard.type('Dinas Perikanan Kabupatén Malang', { delay: 5 });
  await settle(page);
  await typeInto(page, 'profile.startYear', '2021');
  await click(page, 'profile.stage');
  await click(page, 'profile.stage.development');
  let s = await state(page);
  assert.equal(s.profile.name, 'Si Ikan Nila');
  assert.equal(s.profile.agency, 'Dinas Perikanan Kabupatén Malang');
  assert.equal(s.profile.startYear, 2021);
  assert.equal(s.profile.stage, 'development');
  await shot(page, 'laptop-2-profile');

  const c = await checklist(page);
  const levels = {};
  let n = 0;
  for (const [fi, f] of c.factors.entries()) {
    await click(page, 'nav.next');
    assert.equal(await page.evaluate(() => window.lestari.screen()), `factor:${f.id}`);
    for (const ind of f.indicators) {
      if (fi === 2 && n % 5 === 4) {
        await click(page, `na.${ind.id}`);
        levels[ind.id] = 'na';
      } else {
        const lv = (n * 3 + fi) % 5;
        await click(page, `level.${ind.id}.${lv}`);
        levels[ind.id] = lv;
      }
      n++;
    }
    if (fi === 0) {
      await typeInto(page, `note.${f.indicators[0].id}`, 'SK Kepala Dinas No. 7/2024; SOP ada.');
      await shot(page, 'laptop-3-factor');
    }
  }
  s = await state(page);
  for (const a of s.answers) {
    if (levels[a.id] === 'na') assert.equal(a.notApplicable, true, a.id);
    else assert.equal(a.level, levels[a.id], a.id);
  }
  assert.equal(s.answers.find((a) => a.id === c.factors[0].indicators[0].id).note, 'SK Kepala Dinas No. 7/2024; SOP ada.');
  assert.equal(s.overall.complete, true);

  await click(page, 'nav.next');
  assert.equal(await page.evaluate(() => window.lestari.screen()), 'results');
  await widget(page, 'results.score');
  await widget(page, 'results.radar');
  await shot(page, 'laptop-4-results');
  // Expected score computed here from the answers, independently of the app.
  const factorScores = c.factors.map((f) => {
    const ls = f.indicators.map((i) => levels[i.id]).filter((l) => l !== 'na');
    return Math.round((ls.reduce((x, y) => x + y, 0) / ls.length / 4) * 1000) / 10;
  });
  s = await state(page);
  assert.deepEqual(s.factors.map((f) => f.score), factorScores);
  assert.equal(s.overall.score, Math.round((factorScores.reduce((x, y) => x + y, 0) / 5) * 10) / 10);

  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'results.download')]);
  assert.match(download.suggestedFilename(), /^lestari-si-ikan-nila-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(ARTIFACTS, download.suggestedFilename());
  await download.saveAs(path);
  const report = JSON.parse(readFileSync(path, 'utf8'));
  assert.ok(validate(report), JSON.stringify(validate.errors));
  assert.deepEqual(report.answers, s.answers);
  assert.equal(report.profile.name, 'Si Ikan Nila');
  downloaded = path;
  await page.mouse.wheel(0, 900);
  await shot(page, 'laptop-5-recommendations');

  // Reload: the autosave brings everything back.
  await page.reload();
  await page.waitForFunction(() => window.lestari && window.lestari.isReady);
  await settle(page);
  await widget(page, 'start.continue');
  await shot(page, 'laptop-6-continue');
  const restored = await state(page);
  assert.deepEqual(restored.answers, s.answers);
  assert.deepEqual(restored.profile, s.profile);
  assert.deepEqual(errors, []);
  await context.close();
});

test('import the downloaded report into a fresh page through the file picker', async () => {
  assert.ok(downloaded, 'needs the first test');
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'start.import')]);
  await chooser.setFiles(downloaded);
  await page.waitForFunction(() => window.lestari.screen() === 'results');
  const s = await state(page);
  const report = JSON.parse(readFileSync(downloaded, 'utf8'));
  assert.deepEqual(s.answers, report.answers);
  assert.deepEqual(s.profile, report.profile);
  assert.equal(s.overall.score, report.overall.score);
  await context.close();
});

test('a broken file shows its errors and leaves the assessment exactly as it was', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  await page.evaluate(() => window.lestari.setProfile('name', 'Jarik Ma\'Siti'));
  await page.evaluate(() => window.lestari.setAnswer('bu_coaching', 2));
  await settle(page);
  const before = await page.evaluate(() => window.lestari.exportReport());
  const broken = JSON.parse(before);
  broken.answers[3].level = 11;
  broken.answers[5].id = broken.answers[0].id;
  const brokenPath = join(ARTIFACTS, 'broken-report.json');
  writeFileSync(brokenPath, JSON.stringify(broken));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'start.import')]);
  await chooser.setFiles(brokenPath);
  await page.waitForFunction(() => window.lestari.widget('import.errors') !== null);
  await shot(page, 'laptop-7-import-error');
  assert.equal(await page.evaluate(() => window.lestari.exportReport()), before);
  await click(page, 'import.close');
  assert.equal(await page.evaluate(() => window.lestari.widget('import.errors')), null);

  // Not JSON at all, dropped onto the page.
  await dropFile(page, 'notes.json', '{"schema": tru');
  await page.waitForFunction(() => window.lestari.widget('import.errors') !== null);
  assert.equal(await page.evaluate(() => window.lestari.exportReport()), before);
  await context.close();
});

test('importing over unsaved work asks first', async () => {
  assert.ok(downloaded);
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  await page.evaluate(() => window.lestari.setAnswer('rm_register', 1));
  await settle(page);
  const text = readFileSync(downloaded, 'utf8');
  await dropFile(page, 'report.json', text);
  await page.waitForFunction(() => window.lestari.widget('confirm.replace') !== null);
  await shot(page, 'laptop-8-confirm');
  await click(page, 'confirm.cancel');
  let s = await state(page);
  assert.equal(s.answers.find((a) => a.id === 'rm_register').level, 1);
  assert.equal(s.profile.name, null);
  await dropFile(page, 'report.json', text);
  await page.waitForFunction(() => window.lestari.widget('confirm.replace') !== null);
  await click(page, 'confirm.replace');
  s = await state(page);
  assert.equal(s.profile.name, 'Si Ikan Nila');
  await context.close();
});

test('phone: taps, swipes, on-screen keyboard input, layout within 360 px', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 360, height: 740 }, touch: true });
  await shot(page, 'phone360-1-start');
  await tap(page, 'start.new');
  assert.equal(await page.evaluate(() => window.lestari.screen()), 'profile');
  await tap(page, 'profile.name');
  // The hidden input got the focus inside the tap: that is what opens a phone keyboard.
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'lestari-text');
  await page.keyboard.insertText('Pelayanan Keliling Désa');  // as an on-screen keyboard / IME delivers it
  await settle(page);
  assert.equal((await state(page)).profile.name, 'Pelayanan Keliling Désa');
  await shot(page, 'phone360-2-profile');
  // Nothing is wider than the screen.
  const widgets = await page.evaluate(() => window.lestari.widgets());
  for (const w of widgets) assert.ok(w.x >= 0 && w.x + w.w <= 360.5, `${w.id} overflows: ${w.x}+${w.w}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));

  await tap(page, 'nav.next');
  const c = await checklist(page);
  const first = c.factors[0].indicators[0].id;
  const third = c.factors[0].indicators[2].id;
  await tap(page, `level.${first}.2`);
  // A level picked with a finger brings the next open indicator into view.
  const second = c.factors[0].indicators[1].id;
  const y0 = (await widget(page, `indicator.${second}`)).y;
  assert.ok(y0 < 200, `the next question glided into view (at ${y0})`);
  await swipe(page, -300, { fling: true });  // finger up: content scrolls down, and on a little
  await settle(page);
  const after = await page.evaluate((id) => window.lestari.widget(`indicator.${id}`), second);
  assert.ok(!after || after.y < y0 - 100, 'a swipe scrolls the page');
  await tap(page, `level.${third}.4`);
  const s = await state(page);
  assert.equal(s.answers.find((a) => a.id === first).level, 2);
  assert.equal(s.answers.find((a) => a.id === third).level, 4);
  // A swipe that starts on an option scrolls and does not select it.
  assert.equal(s.answers.filter((a) => a.level !== null).length, 2);
  await shot(page, 'phone360-3-factor');
  await context.close();
});

test('phone 390x844: every screen, demo results', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: PHONE, touch: true });
  await tap(page, 'start.demo');
  assert.equal(await page.evaluate(() => window.lestari.screen()), 'results');
  const s = await state(page);
  assert.match(s.profile.name, /CONTOH/);
  await shot(page, 'phone-1-results');
  await swipe(page, -600);
  await shot(page, 'phone-2-results-chart');
  for (const [i, name] of ['profile', 'factor:innovator_capacity', 'factor:budget_flexibility'].entries()) {
    await page.evaluate((n) => window.lestari.goTo(n), name);
    await shot(page, `phone-${3 + i}-${name.replace(':', '-')}`);
  }
  await context.close();
});

test('display settings: larger text and projector theme, remembered after reload', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  await click(page, 'header.settings');
  await shot(page, 'laptop-9-settings');
  await click(page, 'settings.scale.up');
  await click(page, 'settings.scale.up');
  await click(page, 'settings.theme.contrast');
  await click(page, 'settings.close');
  let set = await page.evaluate(() => window.lestari.settings());
  assert.equal(Math.round(set.uiScale * 100), 120);
  assert.equal(set.highContrast, true);
  await page.evaluate(() => window.lestari.goTo('factor:risk_management'));
  await shot(page, 'laptop-10-projector');
  await page.reload();
  await page.waitForFunction(() => window.lestari && window.lestari.isReady);
  set = await page.evaluate(() => window.lestari.settings());
  assert.equal(Math.round(set.uiScale * 100), 120);
  assert.equal(set.highContrast, true);
  await context.close();
});

test('copy and paste in text fields use the system clipboard', async () => {
  const context = await browser.newContext({ viewport: LAPTOP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page } = await openApp(browser, server.url, { context });
  await page.evaluate(() => window.lestari.goTo('profile'));
  await settle(page);
  await typeInto(page, 'profile.name', 'Emas Hitam');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await settle(page);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Emas Hitam');
  await page.keyboard.press('End');
  // What the browser does on Ctrl+V or a long-press "Paste": a paste event on
  // the focused element (headless Chromium does not run the shortcut itself).
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', ' di Balik Tumpukan Sampah');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await settle(page);
  assert.equal((await state(page)).profile.name, 'Emas Hitam di Balik Tumpukan Sampah');
  await context.close();
});

test('damaged autosave is set aside and reported, never a crash', async () => {
  const context = await browser.newContext({ viewport: LAPTOP });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('lestari.autosave', '{"schema": "lestari.readiness-report", "schemaVersion": 2, oops');
    }
  });
  const { page, errors } = await openApp(browser, server.url, { context });
  await widget(page, 'banner.dismiss');
  await shot(page, 'laptop-11-storage-corrupt');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const aside = keys.find((k) => k.startsWith('lestari.autosave.broken.'));
  assert.ok(aside, `kept under another key: ${keys}`);
  assert.match(await page.evaluate((k) => localStorage.getItem(k), aside), /oops/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('full storage is reported, the assessment stays in memory and can be downloaded', async () => {
  const context = await browser.newContext({ viewport: LAPTOP, acceptDownloads: true });
  await context.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === 'lestari.autosave') throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  const { page } = await openApp(browser, server.url, { context });
  await page.evaluate(() => window.lestari.goTo('profile'));
  await settle(page);
  await typeInto(page, 'profile.name', 'Penuh');
  await widget(page, 'banner.download');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'banner.download')]);
  const report = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(report.profile.name, 'Penuh');
  await context.close();
});

test('phone: when the on-screen keyboard shrinks the window, the field being typed in stays visible', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: PHONE, touch: true });
  await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
  const c = await checklist(page);
  const last = c.factors[0].indicators.at(-1).id;
  // Bring the field to the lower half, where a keyboard would cover it, and tap
  // it. (Reached through the mirror's focus, as a screen reader does: finger
  // scrolling is the subject of the test before.)
  await page.locator(`#lestari-a11y [data-key="note.${last}"]`).focus();
  await page.evaluate(() => document.activeElement.blur());
  await settle(page);
  const at = await widget(page, `note.${last}`);
  await swipe(page, 600 - at.y);
  await settle(page);
  const field = await widget(page, `note.${last}`);
  assert.ok(field.y > 440, `field at ${field.y} before the keyboard`);
  await page.touchscreen.tap(field.x + 40, field.y + 10);
  await settle(page);
  // A note is typed into in its own textarea (a phone's keyboard with a new line).
  assert.deepEqual(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.dataset.key]), ['TEXTAREA', `note.${last}`]);
  // The keyboard takes the lower half of the screen: the page gets shorter.
  await page.setViewportSize({ width: PHONE.width, height: 420 });
  await settle(page);
  const w = await widget(page, `note.${last}`);
  assert.ok(w.y >= 0 && w.y + Math.min(w.h, 40) <= 420, `field at ${w.y}`);
  await page.keyboard.insertText('Masih terlihat');
  await settle(page);
  assert.equal((await state(page)).answers.find((a) => a.id === last).note, 'Masih terlihat');
  await context.close();
});

test('keyboard only: Tab reaches each question\'s options as one stop, arrows move, Space chooses', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  await page.evaluate(() => window.lestari.goTo('factor:barrier_unit'));
  await settle(page);
  const first = (await checklist(page)).factors[1].indicators[0].id;
  // The canvas's focus (its ring) and the page's focus (in the accessible mirror) are the same element.
  const focused = async () => (await page.evaluate(() => window.lestari.widgets())).find((w) => w.focused)?.id;
  const domFocus = () => page.evaluate(() => document.activeElement?.dataset?.key);
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    await settle(page, 80);
    reached = (await domFocus()) === `level.${first}.0`;
  }
  assert.ok(reached, 'Tab never reached the options');
  assert.equal(await focused(), `level.${first}.0`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await settle(page);
  assert.equal(await focused(), `level.${first}.2`);
  assert.equal((await state(page)).answers.find((a) => a.id === first).level, null, 'arrows only move');
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal((await state(page)).answers.find((a) => a.id === first).level, 2);
  await page.keyboard.press('ArrowDown');
  await settle(page);
  assert.equal(await focused(), `level.${first}.3`);
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal((await state(page)).answers.find((a) => a.id === first).level, 3);
  // One Tab stop per group: the next Tab leaves the options (to "not applicable").
  await page.keyboard.press('Tab');
  await settle(page, 80);
  assert.equal(await domFocus(), `na.${first}`);
  // Shift+Tab comes back to the chosen option.
  await page.keyboard.press('Shift+Tab');
  await settle(page, 80);
  assert.equal(await domFocus(), `level.${first}.3`);
  await shot(page, 'laptop-12-keyboard');
  await context.close();
});
