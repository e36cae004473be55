// Trust at the edges: nothing freezes the page or loses work, however large
// or strange the input, in two tabs, with damaged or full storage (a plain-http
// intranet: insecure.test.mjs). Every test here failed on the code before these fixes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LAPTOP, launchBrowser, serve, openApp, settle, widget, click, shot, dropFile, copyText, fileUrl, scrollTo,
} from './harness.mjs';

const MB = 1024 * 1024;
const FILE_LIMIT = 5 * MB;
const HEAP_BUDGET = 64 * MB;
const demo = readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'demo-report.json'), 'utf8');

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.lestari.state());
const exported = (page) => page.evaluate(() => window.lestari.exportReport());
const api = (page, fn, ...args) => page.evaluate(([f, a]) => window.lestari[f](...a), [fn, args]);
const storageKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('lestari')).sort());

// A report of exactly n bytes: the current one with a long evidence note.
function sizedReport(baseText, n) {
  const base = JSON.parse(baseText);
  base.answers[0].note = '';
  const pad = n - Buffer.byteLength(JSON.stringify(base));
  base.answers[0].note = 'x'.repeat(pad);
  const text = JSON.stringify(base);
  assert.equal(Buffer.byteLength(text), n);
  return text;
}

// The page still answers real input: a click on a level option changes it.
async function stillAnswers(page, indicator = 'bu_unit_established') {
  await page.evaluate(() => window.lestari.goTo('factor:barrier_unit'));
  await settle(page);
  const was = (await state(page)).answers.find((a) => a.id === indicator).level;
  const target = was === 3 ? 1 : 3;
  await click(page, `level.${indicator}.${target}`);
  assert.equal((await state(page)).answers.find((a) => a.id === indicator).level, target, 'the page stopped answering');
  await api(page, 'setAnswer', indicator, was);
  await page.evaluate(() => window.lestari.goTo('results'));
  await settle(page);
}

async function closeErrors(page) {
  await page.keyboard.press('Escape');
  await settle(page);
  assert.deepEqual((await state(page)).importErrors, []);
}

test('large inputs through the API, the picker, drop and paste are refused before they are copied; the page keeps answering', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: LAPTOP });
  await api(page, 'importReport', demo);
  await page.evaluate(() => window.lestari.goTo('results'));
  await settle(page);
  const before = await exported(page);
  const sizes = [['1.4 MB', 1.4e6, 'string_too_long'], ['just under the limit', FILE_LIMIT - 1, 'string_too_long'],
    ['just over the limit', FILE_LIMIT + 1, 'too_large'], ['12 MB', 12e6, 'too_large']];
  for (const [label, n, code] of sizes) {
    const text = sizedReport(before, Math.round(n));
    // 1. the automation API
    const r = await page.evaluate((t) => window.lestari.importReport(t), text);
    assert.equal(r.ok, false, label);
    assert.equal(r.errors[0].code, code, label);
    assert.equal(await exported(page), before, label);
    // 2. the file picker
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'results.import')]);
    await chooser.setFiles({ name: 'besar.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction(() => window.lestari.state().importErrors.length > 0);
    assert.equal((await state(page)).importErrors[0].code, code, `${label} (picker)`);
    await closeErrors(page);
    // 3. drag and drop
    await dropFile(page, 'besar.json', text);
    await page.waitForFunction(() => window.lestari.state().importErrors.length > 0);
    assert.equal((await state(page)).importErrors[0].code, code, `${label} (drop)`);
    await closeErrors(page);
    assert.equal(await exported(page), before, label);
  }
  // The limit is the limit: a valid report padded to just under it imports.
  const padded = before.replace(/\n$/, '') + ' '.repeat(FILE_LIMIT - 1 - Buffer.byteLength(before)) + '\n';
  assert.deepEqual(await page.evaluate((t) => window.lestari.importReport(t), padded), { ok: true, errors: [] });

  // 4. scoreReports: one huge text does not spoil the rest of the batch.
  const batch = await page.evaluate(([good, mb14]) => window.lestari.scoreReports([good, 'x'.repeat(mb14), good, 'y'.repeat(12e6), good]),
    [before, 1.4e6]);
  assert.deepEqual(batch.map((b) => b.ok), [true, false, true, false, true]);
  assert.equal(batch[3].errors[0].code, 'too_large');
  assert.equal(batch[4].score, JSON.parse(before).overall.score);

  // 5. paste into a note: 1.4 M characters, then text that just does not fit.
  const id = 'ic_team_competence';
  await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
  await settle(page);
  const noteBefore = (await state(page)).answers.find((a) => a.id === id).note;
  // Each text put on the clipboard by a real copy, pasted with Ctrl+V into
  // the note's textarea (a press on the note gives it the focus).
  const pasteInto = async (text, selectAll = false) => {
    await copyText(page, text);
    await click(page, `note.${id}`);
    await page.waitForFunction((k) => document.activeElement?.dataset.key === k, `note.${id}`);
    await page.keyboard.press(selectAll ? 'Control+A' : 'Control+End');
    await page.keyboard.press('Control+v');
    await settle(page);
  };
  await pasteInto('p'.repeat(1.4e6));
  await scrollTo(page, `fieldError.note.${id}`);  // the message, under the field
  assert.equal((await state(page)).answers.find((a) => a.id === id).note, noteBefore);
  await pasteInto('q'.repeat(3990), true);
  assert.equal((await state(page)).answers.find((a) => a.id === id).note, 'q'.repeat(3990));
  await pasteInto('r'.repeat(20));
  await scrollTo(page, `fieldError.note.${id}`);  // under the note, grown to its 3,990 characters
  assert.equal((await state(page)).answers.find((a) => a.id === id).note, 'q'.repeat(3990));
  await pasteInto('r'.repeat(10));  // exactly full
  assert.equal((await state(page)).answers.find((a) => a.id === id).note.length, 4000);
  await shot(page, 'edge-1-paste-refused');

  await stillAnswers(page);
  assert.ok(await page.evaluate(() => window.lestari.memory()) < HEAP_BUDGET, 'memory');
  assert.deepEqual(errors, []);
  await context.close();
});

test('small hostile files: short messages, at most 50 errors then "and N more", memory stays low', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: LAPTOP });
  await api(page, 'importReport', demo);
  const before = await exported(page);
  await dropFile(page, 'kunci.json', `{"${'k'.repeat(1e6)}": 1}`);
  await page.waitForFunction(() => window.lestari.state().importErrors.length > 0);
  let s = await state(page);
  assert.equal(s.importErrors[0].code, 'key_too_long');
  assert.ok(s.importErrors[0].message.length < 300, `message of ${s.importErrors[0].message.length} characters`);
  await shot(page, 'edge-2-hostile-key');
  await closeErrors(page);

  const many = JSON.parse(demo);
  many.answers = Array.from({ length: 2000 }, () => Object.fromEntries(Array.from({ length: 20 }, (_, k) => [`x${k}`, 0])));
  await dropFile(page, 'banyak.json', JSON.stringify(many));
  await page.waitForFunction(() => window.lestari.state().importErrors.length > 0);
  s = await state(page);
  assert.equal(s.importErrors.length, 51);
  assert.equal(s.importErrors[50].code, 'more_errors');
  assert.match(s.importErrors[50].message, /41[.,]?950/);  // 42,000 problems, 50 listed
  await shot(page, 'edge-3-many-errors');
  await closeErrors(page);
  assert.equal(await exported(page), before);
  assert.ok(await page.evaluate(() => window.lestari.memory()) < HEAP_BUDGET, 'memory');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs: work in one tab is taken up by the other, never overwritten by it', async () => {
  const context = await browser.newContext({ viewport: LAPTOP });
  const a = await openApp(browser, server.url, { context });
  const b = await openApp(browser, server.url, { context });
  await a.page.bringToFront();
  await a.page.evaluate(() => window.lestari.goTo('factor:risk_management'));
  await settle(a.page);
  await click(a.page, 'level.rm_register.3');
  await click(a.page, 'level.rm_mitigation.2');
  // The other tab hears of it and shows the same work.
  await b.page.waitForFunction(() => window.lestari.state().answers.find((x) => x.id === 'rm_register').level === 3);
  assert.match((await state(b.page)).notice, /tab lain/);
  await b.page.bringToFront();
  await b.page.evaluate(() => window.lestari.goTo('factor:budget_flexibility'));
  await settle(b.page);
  await click(b.page, 'level.bf_budget_line.4');  // touching the second tab
  await a.page.waitForFunction(() => window.lestari.state().answers.find((x) => x.id === 'bf_budget_line').level === 4);
  const stored = JSON.parse(await a.page.evaluate(() => localStorage.getItem('lestari.autosave'))).report;
  const level = (id) => stored.answers.find((x) => x.id === id).level;
  assert.deepEqual([level('rm_register'), level('rm_mitigation'), level('bf_budget_line')], [3, 2, 4]);
  assert.deepEqual(a.errors, []);
  assert.deepEqual(b.errors, []);
  await context.close();
});

// Two tabs that save at nearly the same moment (0, 5 and 20 ms apart, and in
// bursts): every edit of each tab ends in storage, or that tab shows the
// conflict question and still holds it. Nothing is dropped silently.
test('two tabs saving at nearly the same moment: no tab loses its edits without being asked', async () => {
  const first = await openApp(browser, server.url);
  const ids = await first.page.evaluate(() => window.lestari.checklist().factors.flatMap((f) => f.indicators.map((i) => i.id)));
  await first.context.close();
  for (const [gap, burst] of [[0, 1], [5, 1], [20, 1], [0, 21], [3, 21]]) {
    const context = await browser.newContext({ viewport: LAPTOP });
    const a = await openApp(browser, server.url, { context });
    const b = await openApp(browser, server.url, { context });
    const start = Date.now() + 300;
    // Tab A answers the first indicators, tab B the last ones, each edit a save.
    const run = (page, list, delay) => page.evaluate(([list, at]) => new Promise((done) => {
      setTimeout(() => { list.forEach(([id, lv]) => window.lestari.setAnswer(id, lv)); done(); }, Math.max(0, at - Date.now()));
    }), [list, start + delay]);
    const mineA = ids.slice(0, burst).map((id, i) => [id, (i % 4) + 1]);
    const mineB = ids.slice(ids.length - burst).map((id, i) => [id, ((i + 2) % 4) + 1]);
    await Promise.all([run(a.page, mineA, 0), run(b.page, mineB, gap)]);
    await settle(a.page);
    await settle(b.page);
    const stored = JSON.parse(await a.page.evaluate(() => localStorage.getItem('lestari.autosave'))).report;
    for (const [tab, mine] of [[a, mineA], [b, mineB]]) {
      const s = await state(tab.page);
      const has = (doc) => mine.every(([id, lv]) => doc.answers.find((x) => x.id === id).level === lv);
      assert.ok(has(stored) || (s.conflict === 'newer' && has(s)),
        `gap ${gap} ms, burst ${burst}: a tab's edits are neither stored nor kept behind a question (conflict: ${s.conflict})`);
    }
    await context.close();
  }
});

// Two tabs of one browser; the second one's storage events never arrive (as
// if still on their way), so it edits on top of an older version.
async function tabsWithLateOne() {
  const context = await browser.newContext({ viewport: LAPTOP });
  const a = await openApp(browser, server.url, { context });
  const late = await context.newPage();
  await late.addInitScript(() => window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true));
  await late.goto(server.url);
  await late.waitForFunction(() => window.lestari && window.lestari.isReady);
  await settle(late);
  await a.page.evaluate(() => { window.lestari.setProfile('name', 'Versi A'); window.lestari.setAnswer('dk_problem_evidence', 4); });
  const storedA = await a.page.evaluate(() => localStorage.getItem('lestari.autosave'));
  await late.bringToFront();
  await late.evaluate(() => window.lestari.goTo('factor:data_knowledge'));
  await settle(late);
  await click(late, 'level.dk_performance_data.1');  // a real click on the older version
  const s = await state(late);
  assert.equal(s.conflict, 'newer');
  await widget(late, 'conflict.mine');
  assert.equal(await late.evaluate(() => localStorage.getItem('lestari.autosave')), storedA, 'newer work overwritten');
  return { context, a, late, storedA };
}

test('two tabs: a tab that missed the other\'s save asks, and can keep its version as a separate copy', async () => {
  const { context, a, late, storedA } = await tabsWithLateOne();
  await shot(late, 'edge-4-two-tabs-conflict');
  await click(late, 'conflict.mine');
  const s = await state(late);
  assert.equal(s.conflict, 'none');
  assert.equal(s.answers.find((x) => x.id === 'dk_performance_data').level, 1);
  assert.equal(s.profile.name, null);  // its own version, not a mix
  assert.equal(await late.evaluate(() => localStorage.getItem('lestari.autosave')), storedA);
  const copies = (await storageKeys(late)).filter((k) => k.startsWith('lestari.copy.'));
  assert.equal(copies.length, 1);
  // Both versions are there after a reload: the other tab's, and the copy on the start screen.
  await a.page.bringToFront();
  await a.page.reload();
  await a.page.waitForFunction(() => window.lestari && window.lestari.isReady);
  await settle(a.page);
  assert.equal((await state(a.page)).profile.name, 'Versi A');
  await widget(a.page, 'others.0.open');
  await shot(a.page, 'edge-5-start-with-copy');
  await click(a.page, 'others.0.open');
  assert.equal((await state(a.page)).answers.find((x) => x.id === 'dk_performance_data').level, 1);
  await context.close();
});

test('two tabs: or it takes the other tab\'s version, and saves on top of it from then on', async () => {
  const { context, late } = await tabsWithLateOne();
  await click(late, 'conflict.theirs');
  let s = await state(late);
  assert.equal(s.conflict, 'none');
  assert.equal(s.profile.name, 'Versi A');
  assert.equal(s.answers.find((x) => x.id === 'dk_performance_data').level, null);
  await click(late, 'level.dk_user_feedback.2');
  const stored = JSON.parse(await late.evaluate(() => localStorage.getItem('lestari.autosave'))).report;
  assert.equal(stored.answers.find((x) => x.id === 'dk_problem_evidence').level, 4);
  assert.equal(stored.answers.find((x) => x.id === 'dk_user_feedback').level, 2);
  s = await state(late);
  assert.equal(s.conflict, 'none');
  await context.close();
});

// Opens the app with localStorage seeded once (not again on reload).
async function openSeeded(seed, { context: given } = {}) {
  const context = given || await browser.newContext({ viewport: LAPTOP, acceptDownloads: true });
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, Object.entries(seed));
  return openApp(browser, server.url, { context });
}

test('a damaged autosave is set aside byte for byte (U+0000, lone surrogate) and the banner downloads exactly it', async () => {
  const damaged = '{"schema": "lestari.readiness-report", "nul": "a\u0000b", "lone": "\ud800", "end": tru';
  const { page, context, errors } = await openSeeded({ 'lestari.autosave': damaged });
  assert.equal((await state(page)).storageProblem, 'storage_corrupt');
  const keys = await storageKeys(page);
  const aside = keys.find((k) => k.startsWith('lestari.autosave.broken.'));
  assert.ok(aside, `set aside: ${keys}`);
  assert.ok(!keys.includes('lestari.autosave'));
  assert.equal(await page.evaluate(([k, v]) => localStorage.getItem(k) === v, [aside, damaged]), true, 'not exact');
  await shot(page, 'edge-6-damaged-autosave');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'banner.download')]);
  const bytes = readFileSync(await download.path());
  // The exact code units: UTF-8, with the lone surrogate as its own three bytes (WTF-8).
  const expected = Buffer.concat([Buffer.from(damaged.slice(0, damaged.indexOf('\ud800'))), Buffer.from([0xED, 0xA0, 0x80]),
    Buffer.from(damaged.slice(damaged.indexOf('\ud800') + 1))]);
  assert.deepEqual(bytes, expected);
  assert.match(download.suggestedFilename(), /^lestari-damaged-data-.*\.txt$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a damaged autosave too large to copy stays where it is; nothing is saved over it; leaving asks first', async () => {
  const damaged = '{"schema": "x", "pad": "' + 'z'.repeat(2.7e6) + '"';  // no room for a second copy in 10 MB of storage
  const { page, context } = await openSeeded({ 'lestari.autosave': damaged });
  let s = await state(page);
  assert.equal(s.storageProblem, 'storage_corrupt_kept');
  assert.deepEqual(await storageKeys(page), ['lestari.autosave']);  // no key named that does not exist
  await page.evaluate(() => window.lestari.goTo('profile'));
  await settle(page);
  await click(page, 'profile.name');
  await page.keyboard.type('Kerja baru', { delay: 5 });
  await settle(page);
  assert.equal(await page.evaluate((v) => localStorage.getItem('lestari.autosave') === v, damaged), true, 'overwritten');
  assert.equal((await state(page)).profile.name, 'Kerja baru');
  // Leaving now would lose the new work: the browser asks first.
  const asked = new Promise((resolve) => page.once('dialog', async (d) => { await d.accept(); resolve(d.type()); }));
  const closed = new Promise((resolve) => page.once('close', resolve));
  await page.close({ runBeforeUnload: true });
  assert.equal(await Promise.race([asked, new Promise((r) => setTimeout(() => r('no dialog'), 5000))]), 'beforeunload');
  await closed;
  await context.close();

  // Downloading it, then removing it, lets the new work be saved.
  const again = await openSeeded({ 'lestari.autosave': damaged });
  await click(again.page, 'banner.remove');
  await click(again.page, 'confirm.replace');
  s = await state(again.page);
  assert.equal(s.storageProblem, null);
  await again.page.evaluate(() => window.lestari.setProfile('name', 'Sesudahnya'));
  assert.equal(JSON.parse(await again.page.evaluate(() => localStorage.getItem('lestari.autosave'))).report.profile.name, 'Sesudahnya');
  await again.context.close();
});

test('API numbers JSON cannot carry, and other wrong types, are refused and erase nothing', async () => {
  const { page, context } = await openApp(browser, server.url);
  await api(page, 'importReport', demo);
  const before = await exported(page);
  const id = 'ic_team_competence';
  const calls = [
    ['setAnswer', [id, NaN]], ['setAnswer', [id, Infinity]], ['setAnswer', [id, -Infinity]], ['setAnswer', [id, undefined]],
    ['setAnswer', [id, 2.5]], ['setAnswer', [id, '3']], ['setAnswer', [id, [3]]], ['setAnswer', [id, { level: 3 }]],
    ['setProfile', ['startYear', NaN]], ['setProfile', ['startYear', Infinity]], ['setProfile', ['name', { a: 1 }]],
    ['setProfile', ['name', ['Si Ikan Nila']]], ['setProfile', ['startYear', 2021.5]], ['setProfile', ['name', undefined]],
    ['setNotApplicable', [id, 1]], ['setNote', [id, 42]], ['setNote', [id, null]], ['setUiScale', [NaN]],
    ['setUiScale', [Infinity]], ['setHighContrast', ['yes']], ['setLanguage', [NaN]], ['goTo', [{}]],
  ];
  for (const [fn, args] of calls) {
    const r = await page.evaluate(([f, a]) => {
      const parsed = a.map((x) => (x === 'NaN' ? NaN : x === 'Inf' ? Infinity : x === '-Inf' ? -Infinity : x === 'undef' ? undefined : x));
      return window.lestari[f](...parsed);
    }, [fn, args.map((x) => (Number.isNaN(x) ? 'NaN' : x === Infinity ? 'Inf' : x === -Infinity ? '-Inf' : x === undefined ? 'undef' : x))]);
    assert.equal(r.ok, false, `${fn}(${args.map(String)})`);
    assert.ok(r.errors[0].message.length > 5);
  }
  assert.equal(await exported(page), before);
  const set = await page.evaluate(() => window.lestari.settings());
  assert.equal(set.uiScale, 1);
  await context.close();
});

test('hand-edited scores: the file imports on its answers, and the user is told what changed', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  const edited = JSON.parse(demo);
  edited.overall.score = 99.9;
  edited.overall.band = 'kokoh';
  const r = await page.evaluate((t) => window.lestari.importReport(t), JSON.stringify(edited));
  assert.equal(r.ok, true);
  assert.equal(r.warnings[0].code, 'recalculated');
  assert.match(r.warnings[0].message, /99,9 \/ Kokoh.*46,5 \/ Bertumbuh/);
  const scored = await page.evaluate(([a, b]) => window.lestari.scoreReports([a, b]), [JSON.stringify(edited), demo]);
  assert.deepEqual(scored.map((x) => x.recalculated), [true, false]);
  assert.equal(scored[0].score, 46.5);
  // By drop, the notice says it.
  await api(page, 'reset');
  await dropFile(page, 'diubah.json', JSON.stringify(edited));
  await page.waitForFunction(() => window.lestari.screen() === 'results');
  assert.match((await state(page)).notice, /99,9 \/ Kokoh.*46,5 \/ Bertumbuh/);
  await shot(page, 'edge-7-recalculated');
  await context.close();
});

test('version 1 reports with wrongly typed answers are refused at their own paths', async () => {
  const { page, context } = await openApp(browser, server.url);
  const v1 = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'report-v1.json'), 'utf8'));
  assert.equal((await api(page, 'importReport', JSON.stringify(v1))).ok, true);
  const before = await exported(page);
  const first = Object.keys(v1.answers)[0];
  for (const bad of ['3', [3], { level: '3' }, { level: [3] }]) {
    const doc = structuredClone(v1);
    doc.answers[first] = bad;
    const r = await api(page, 'importReport', JSON.stringify(doc));
    assert.equal(r.ok, false, JSON.stringify(bad));
    assert.match(r.errors[0].path, new RegExp(`^\\$\\.answers\\.${first}`));
    assert.equal(r.errors[0].code, 'wrong_type');
  }
  assert.equal(await exported(page), before);
  await context.close();
});

test('CSP: no inline script but the page\'s own (by hash); the page, hosted or from disk, connects nowhere', async () => {
  for (const [url, single] of [[server.url, false], [fileUrl(), true]]) {
    const { page, context, errors, requests } = await openApp(browser, url, { offline: single });
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    const directive = (name) => (csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(name + ' ')) || '');
    assert.doesNotMatch(csp, /unsafe-inline/, csp);
    assert.match(directive('script-src'), /^script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'$/);
    assert.equal(directive('connect-src'), "connect-src 'none'");
    assert.equal(directive('worker-src'), "worker-src 'self'");  // a hosted copy's own service worker only
    assert.deepEqual(errors, [], 'the page runs under its policy');
    assert.equal(await page.evaluate(() => document.querySelector('[oncontextmenu]')), null);
    // An injected inline script is blocked.
    const outcome = await page.evaluate(() => new Promise((resolve) => {
      window.__injected = 0;
      document.addEventListener('securitypolicyviolation', (e) => resolve({ blocked: e.violatedDirective, ran: window.__injected }), { once: true });
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.appendChild(s);
      setTimeout(() => resolve({ blocked: null, ran: window.__injected }), 1500);
    }));
    assert.match(String(outcome.blocked), /script-src/);
    assert.equal(outcome.ran, 0);
    assert.deepEqual(requests, [url], 'the page asks for nothing but itself');
    await context.close();
  }
});

test('forget on this device: after a download is offered, nothing with the app\'s prefix remains', async () => {
  const { page, context } = await openSeeded({ 'lestari.copy.2026-01-01T00:00:00Z.x': demo, 'lestari.autosave.broken.2026-01-02T00:00:00Z.y': 'junk', 'other.site': 'kept' });
  await api(page, 'importReport', demo);
  await api(page, 'setLanguage', 'en');
  await page.evaluate(() => window.lestari.goTo('start'));
  await settle(page);
  assert.ok((await storageKeys(page)).length >= 4);
  await click(page, 'header.settings');
  await click(page, 'data.forget');
  await widget(page, 'confirm.download');  // a download is offered first
  await shot(page, 'edge-8-forget-confirm');
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'confirm.download')]);
  assert.match(download.suggestedFilename(), /^lestari-.*\.json$/);
  await click(page, 'confirm.replace');
  assert.deepEqual(await storageKeys(page), []);
  assert.equal(await page.evaluate(() => localStorage.getItem('other.site')), 'kept');
  const s = await state(page);
  assert.equal(s.screen, 'start');
  assert.equal(s.profile.name, null);
  assert.equal(await page.evaluate(() => window.lestari.language()), 'id');
  await page.reload();
  await page.waitForFunction(() => window.lestari && window.lestari.isReady);
  await settle(page);
  assert.equal(await page.evaluate(() => window.lestari.widget('start.continue')), null);
  assert.deepEqual(await storageKeys(page), []);
  await context.close();
});

test('small edges: UTF-8 hints, transliterated file names, one-line paste, app fields, settings that cannot be saved', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  // A UTF-16 file dropped: the byte position and what it looks like.
  const utf16 = [0xFF, 0xFE, ...[...'{"schema": 1}'].flatMap((ch) => [ch.charCodeAt(0), 0])];
  await dropFile(page, 'utf16.json', utf16);
  await page.waitForFunction(() => window.lestari.state().importErrors.length > 0);
  let s = await state(page);
  assert.equal(s.importErrors[0].code, 'invalid_utf8_utf16');
  assert.match(s.importErrors[0].messages.en, /UTF-16.*byte 1\b/);
  await closeErrors(page);
  await dropFile(page, 'latin1.json', [...Buffer.from('{"schema": "caf'), 0xE9, ...Buffer.from('"}')]);
  await page.waitForFunction(() => window.lestari.state().importErrors.length > 0);
  assert.match((await state(page)).importErrors[0].messages.en, /byte 16\b.*UTF-8/);
  await closeErrors(page);
  // Accented names become ASCII letters in the download name, not gaps.
  await api(page, 'setProfile', 'name', 'Ñoño Ğüzel Çay Ángel Ödül');
  assert.match(await api(page, 'download'), /^lestari-nono-guzel-cay-angel-odul-\d{4}-\d{2}-\d{2}\.json$/);
  // Line breaks pasted into a one-line field become spaces; the core refuses them from the API.
  await page.evaluate(() => window.lestari.goTo('profile'));
  await settle(page);
  await copyText(page, 'Dinas\r\nKominfo\u2028Kota\u2029Malang\rJatim');
  await click(page, 'profile.agency');
  await page.keyboard.press('Control+v');
  await settle(page);
  assert.equal((await state(page)).profile.agency, 'Dinas Kominfo Kota Malang Jatim');
  for (const v of ['a\rb', 'a\u2028b', 'a\u2029b']) assert.equal((await api(page, 'setProfile', 'agency', v)).errors[0].code, 'single_line');
  // Unknown fields in "app" are refused, as documented.
  const extra = JSON.parse(demo);
  extra.app.build = 'x';
  const r = await api(page, 'importReport', JSON.stringify(extra));
  assert.equal(r.errors[0].path, '$.app.build');
  await context.close();

  // Settings that cannot be saved are reported like the assessment.
  const full = await browser.newContext({ viewport: LAPTOP });
  await full.addInitScript(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === 'lestari.settings') throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, k, v);
    };
  });
  const f = await openApp(browser, server.url, { context: full });
  await click(f.page, 'header.language');
  s = await state(f.page);
  assert.equal(s.storageProblem, 'storage_full');
  await widget(f.page, 'banner.download');
  await full.close();
});

test('a year typed as "----", "+12", "20-1" or letters is refused with a message (canvas and mirror), never parsed; the page keeps answering', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: LAPTOP });
  await api(page, 'importReport', demo);
  await page.evaluate(() => window.lestari.goTo('profile'));
  await settle(page);
  const was = (await state(page)).profile.startYear;
  for (const typed of ['----', '+12', '20-1']) {
    await click(page, 'profile.startYear');
    await page.keyboard.press('Control+A');
    await settle(page);  // the selection made before typing over it, as a person's next key comes
    await page.keyboard.type(typed, { delay: 5 });
    await settle(page);  // and the text taken before the click that leaves the field
    await click(page, 'profile.name');  // leaving it: the message stays with the field
    await scrollTo(page, 'profile.startYear');
    await widget(page, 'fieldError.profile.startYear');
    assert.equal((await state(page)).profile.startYear, was, `"${typed}" changed the year`);
  }
  // The same through the accessible mirror (a screen reader's typing).
  const year = page.locator('#lestari-a11y').getByRole('textbox', { name: 'Tahun mulai' });
  await year.fill('abcd');
  await year.press('Tab');
  await settle(page);
  assert.equal((await state(page)).profile.startYear, was);
  await stillAnswers(page);
  assert.deepEqual(errors, []);
  await context.close();
});
