// From score to change: the follow-up plan with real input (kept after a
// reload), the printable summary printed by Chromium to PDF (page count and
// text), and the comparison with an earlier report by drop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { ARTIFACTS, LAPTOP, PHONE, launchBrowser, serve, openApp, settle, widget, click, tap, shot, dropFile, scrollTo } from './harness.mjs';

const schema = JSON.parse(readFileSync(process.env.LESTARI_SCHEMA || join(import.meta.dirname, '..', '..', 'assets', 'report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
const demo = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'demo-report.json'), 'utf8'));

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.lestari.state());
const today = () => new Date().toLocaleDateString('en-CA');  // YYYY-MM-DD, local
const ddmmyyyy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

// A full assessment with notes but no plan yet.
function assessmentWithoutPlan() {
  const r = structuredClone(demo);
  r.actions = [];
  r.answers.forEach((a, i) => { if (!a.note) a.note = `Bukti ${i + 1}: notulen rapat dan SK terlampir.`; });
  return JSON.stringify(r);
}

test('follow-up plan with real input: three actions, typed and picked dates, status, sorted, overdue; kept after a reload', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: LAPTOP });
  await page.evaluate((t) => window.lestari.importReport(t), assessmentWithoutPlan());
  await page.evaluate(() => window.lestari.goTo('results'));
  await settle(page);
  // Add three recommendations to the plan from the results screen: the cards
  // shown first are in impact order with at most two from one factor (docs/scoring.md).
  const perFactor = {};
  const recs = (await state(page)).recommendations
    .filter((r) => (perFactor[r.factor] = (perFactor[r.factor] || 0) + 1) <= 2).slice(0, 3).map((r) => r.indicator);
  for (let i = 1; i <= 3; i++) await click(page, `rec.${i}.plan`);
  let s = await state(page);
  assert.deepEqual(s.actions.map((a) => a.indicator).sort(), [...recs].sort());
  assert.equal(s.actions.find((a) => a.indicator === recs[0]).action, s.recommendations.find((r) => r.indicator === recs[0]).text);  // prefilled
  await click(page, 'nav.next');
  assert.equal(s.screen === 'results' ? await page.evaluate(() => window.lestari.screen()) : '', 'plan');
  await shot(page, 'followup-1-plan-laptop');

  // First action: person in charge and a date typed as people write it; a date already past.
  const [a, b, c] = recs;
  await click(page, `action.${a}.pic`);
  await page.keyboard.type('Kasubag Perencanaan', { delay: 5 });
  await click(page, `action.${a}.due`);
  await page.keyboard.type('01/02/2026', { delay: 5 });
  await page.keyboard.press('Tab');
  await settle(page);
  // An impossible date is refused with a message and changes nothing.
  await click(page, `action.${b}.due`);
  await page.keyboard.type('30/02/2027', { delay: 5 });
  await page.keyboard.press('Tab');
  await settle(page);
  await widget(page, `fieldError.action.${b}.due`);
  assert.match(await page.locator('#lestari-a11y').innerText(), /30 Februari 2027 tidak ada/, 'the day that does not exist, in words');
  assert.equal((await state(page)).actions.find((x) => x.indicator === b).due, null);
  // What was typed stays in the field to be corrected, not replaced by the stored (empty) date.
  assert.equal(await page.locator(`#lestari-a11y [data-key="action.${b}.due"]`).inputValue(), '30/02/2027');
  // Second action: picked from the calendar (next month, the 15th).
  await click(page, `action.${b}.due.calendar`);
  await shot(page, 'followup-2-calendar');
  await click(page, 'calendar.next');
  await click(page, 'calendar.day.15');
  const next = new Date(); next.setDate(1); next.setMonth(next.getMonth() + 1);
  const picked = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}-15`;
  // Third action: in progress, with a note.
  await click(page, `action.${c}.status.in_progress`);
  await click(page, `action.${c}.note`);
  await page.keyboard.type('Rapat pertama sudah dijadwalkan.', { delay: 5 });
  await settle(page);
  s = await state(page);
  const by = (id) => s.actions.find((x) => x.indicator === id);
  assert.equal(by(a).pic, 'Kasubag Perencanaan');
  assert.equal(by(a).due, '2026-02-01');
  assert.equal(by(b).due, picked);
  assert.equal(by(c).status, 'in_progress');
  assert.equal(by(c).note, 'Rapat pertama sudah dijadwalkan.');
  // Overdue against today: the first one only (its date is past, not done).
  // (The mark as the accessible mirror has it: in view or not.)
  const overdue = (id) => page.evaluate((x) => !!document.querySelector(`#lestari-a11y [data-key="action.${x}.overdue"]`), id);
  assert.equal(await overdue(a), '2026-02-01' < today());
  assert.equal(await overdue(b), false);
  // Sorted by target date: dated first, earliest first.
  await click(page, 'plan.order.due');
  await page.mouse.wheel(0, -5000);
  await settle(page);
  const order = await page.evaluate((ids) => ids.map((id) => [id, window.lestari.widget(`action.${id}`)]), [a, b, c]);
  const shownAt = (id) => { const w = order.find((x) => x[0] === id)[1]; return w ? w.y : Infinity; };
  assert.ok(shownAt(a) < shownAt(b), 'by date: February before next month');
  await shot(page, 'followup-3-plan-filled');

  // The report carries the plan (since schema version 3), and a reload keeps it.
  const report = JSON.parse(await page.evaluate(() => window.lestari.exportReport()));
  assert.equal(report.schemaVersion, 4);
  assert.ok(validate(report), JSON.stringify(validate.errors));
  assert.equal(report.actions.length, 3);
  await page.reload();
  await page.waitForFunction(() => window.lestari && window.lestari.isReady);
  await settle(page);
  assert.deepEqual((await state(page)).actions, s.actions);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the printable summary: downloaded, no script, prints to 2-4 A4 pages with every indicator, note and action', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: LAPTOP });
  const full = JSON.parse(assessmentWithoutPlan());
  full.actions = structuredClone(demo.actions);
  full.actions.push({ indicator: 'bf_budget_line', factor: 'budget_flexibility', action: 'Usulkan pos anggaran pemeliharaan aplikasi dalam RKA 2027.', pic: 'Kasubag Keuangan', due: '2027-03-31', status: 'not_started', note: 'Menunggu rapat TAPD.' });
  assert.equal((await page.evaluate((t) => window.lestari.importReport(t), JSON.stringify(full))).ok, true);
  await page.evaluate(() => window.lestari.goTo('plan'));
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'plan.summary')]);
  assert.match(download.suggestedFilename(), /^lestari-contoh-posyandu-digital-sehati-ilustrasi-\d{4}-\d{2}-\d{2}\.html$/);
  const file = join(ARTIFACTS, 'summary.html');
  await download.saveAs(file);
  const html = readFileSync(file, 'utf8');
  assert.equal(html, await page.evaluate(() => window.lestari.exportSummaryHtml()));
  assert.doesNotMatch(html, /<script|<link|<img|<iframe|https?:\/\//i);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
  const checklist = await page.evaluate(() => window.lestari.checklist());
  await context.close();

  // Print it as Chromium does, with JavaScript off: the policy holds, nothing is requested.
  const printing = await browser.newContext({ javaScriptEnabled: false });
  const doc = await printing.newPage();
  const requests = [], violations = [];
  doc.on('request', (r) => requests.push(r.url()));
  doc.on('console', (m) => violations.push(m.text()));
  await doc.goto(pathToFileURL(file).href);
  assert.equal(await doc.evaluate(() => getComputedStyle(document.querySelector('h1')).color), 'rgb(15, 110, 102)', 'its own style applies');
  await doc.screenshot({ path: join(ARTIFACTS, 'followup-4-summary.png'), fullPage: false });
  const pdf = join(ARTIFACTS, 'summary.pdf');
  await doc.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  assert.deepEqual(requests, [pathToFileURL(file).href]);
  assert.deepEqual(violations, []);
  await printing.close();
  const pages = Number(execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)[1]);
  assert.ok(pages >= 2 && pages <= 4, `${pages} pages`);
  const flat = (t) => t.replace(/\s+/g, ' ').trim();
  // Lines broken after a hyphen ("e-" / "PPGBM") are joined back.
  const text = flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']).toString().replace(/-\n/g, '-'));
  for (const f of checklist.factors) for (const i of f.indicators) assert.ok(text.includes(flat(i.question)), `question ${i.id}`);
  for (const a of full.answers) if (a.note) assert.ok(text.includes(flat(a.note)), `note ${a.id}`);
  for (const a of full.actions) {
    assert.ok(text.includes(flat(a.action)), `action ${a.indicator}`);
    assert.ok(text.includes(flat(a.pic)), `pic ${a.indicator}`);
  }
  assert.ok(text.includes('Disusun oleh') && text.includes('Mengetahui'), 'signature block');
  assert.deepEqual(errors, []);
});

test('compare with an earlier report by drop: changes per factor and indicator, both series, closed recommendations', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: LAPTOP });
  await page.evaluate((t) => window.lestari.importReport(t), JSON.stringify(demo));
  const current = JSON.parse(await page.evaluate(() => window.lestari.exportReport()));
  // The earlier report: same innovation, a year before, three indicators a level lower.
  const older = structuredClone(current);
  older.generatedAt = '2025-11-01T08:00:00Z';
  older.actions = [];
  const lowered = older.answers.filter((x) => x.level > 0).slice(0, 3).map((x) => x.id);
  for (const x of older.answers) if (lowered.includes(x.id)) x.level -= 1;
  await page.evaluate(() => window.lestari.goTo('results'));
  await settle(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'results.compare')]);
  void chooser;  // the picker opened; the user drops the file instead
  assert.equal(await page.evaluate(() => window.lestari.screen()), 'compare');
  await widget(page, 'compare.pick');
  await shot(page, 'followup-5-compare-waiting');
  await dropFile(page, 'laporan-2025.json', JSON.stringify(older));
  await page.waitForFunction(() => window.lestari.widget('compare.overall') !== null);
  assert.deepEqual(await page.evaluate(() => window.lestari.state().importErrors), []);
  assert.equal(await page.evaluate(() => window.lestari.widget('compare.namesDiffer')), null);
  await shot(page, 'followup-6-compare');
  // The same data through the API, in either order, checked against a computation here.
  const api = await page.evaluate(([x, y]) => window.lestari.compare(x, y), [JSON.stringify(current), JSON.stringify(older)]);
  assert.equal(api.ok, true);
  const r = api.result;
  assert.equal(r.before.generatedAt, older.generatedAt);
  const factorScore = (rep, f) => {
    const ls = rep.answers.filter((x) => x.factor === f && x.level !== null).map((x) => x.level);
    return ls.length ? Math.round((ls.reduce((p, q) => p + q, 0) / ls.length / 4) * 1000) / 10 : null;
  };
  for (const f of r.factors) {
    assert.equal(f.before, factorScore(older, f.id), f.id);
    assert.equal(f.after, factorScore(current, f.id), f.id);
    assert.equal(f.direction, Math.sign(f.after - f.before), f.id);
  }
  for (const id of lowered) assert.equal(r.indicators.find((x) => x.id === id).direction, 1, id);
  assert.equal(r.indicators.filter((x) => x.direction === 1).length, 3);
  // Each lowered indicator reached the level its earlier recommendation aimed for.
  assert.deepEqual(r.closedRecommendations.map((x) => x.indicator).sort(), [...lowered].sort());
  for (const id of ['results.radar', `compare.indicator.${lowered[0]}`, 'compare.closed']) await scrollTo(page, id);
  assert.ok(JSON.parse(await page.evaluate(() => window.lestari.exportReport())).answers.every((x, i) => x.level === current.answers[i].level),
    'comparing changes nothing');

  // Another checklist is refused with a clear message; another name only warns.
  const other = structuredClone(older);
  other.checklist.id = 'lain.daftar-periksa';
  await dropFile(page, 'lain.json', JSON.stringify(other));
  await page.waitForFunction(() => window.lestari.state().importErrors.length > 0);
  const refused = (await state(page)).importErrors[0];
  assert.equal(refused.code, 'compare_other_checklist');
  assert.match(refused.messages.en, /another checklist/);
  await page.keyboard.press('Escape');
  await settle(page);
  const renamed = structuredClone(older);
  renamed.profile.name = 'Inovasi lain';
  await dropFile(page, 'nama-lain.json', JSON.stringify(renamed));
  await page.waitForFunction(() => window.lestari.widget('compare.namesDiffer') !== null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone 390x844: plan, calendar and comparison', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: PHONE, touch: true });
  await page.evaluate((t) => window.lestari.importReport(t), JSON.stringify(demo));
  await page.evaluate(() => window.lestari.goTo('plan'));
  await shot(page, 'followup-7-plan-phone');
  const first = (await state(page)).actions[0].indicator;
  await tap(page, `action.${first}.due.calendar`);
  await shot(page, 'followup-8-calendar-phone');
  await tap(page, 'calendar.day.20');
  assert.match((await state(page)).actions.find((a) => a.indicator === first).due, /^\d{4}-\d{2}-20$/);
  const older = structuredClone(demo);
  older.generatedAt = '2025-01-01T00:00:00Z';
  await page.evaluate(() => window.lestari.goTo('compare'));
  await settle(page);
  await dropFile(page, 'lama.json', JSON.stringify(older));
  await page.waitForFunction(() => window.lestari.widget('compare.overall') !== null);
  await shot(page, 'followup-9-compare-phone');
  const widgets = await page.evaluate(() => window.lestari.widgets());
  for (const w of widgets) assert.ok(w.x >= 0 && w.x + w.w <= PHONE.width + 0.5, `${w.id} overflows`);
  writeFileSync(join(ARTIFACTS, 'followup-phone-widgets.json'), JSON.stringify(widgets));
  await context.close();
});

test('a phone\'s number pad types a target date: digits only, the slashes appear as they come, the date is kept', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: PHONE, touch: true });
  await page.evaluate((t) => window.lestari.importReport(t), JSON.stringify(demo));
  await page.evaluate(() => window.lestari.goTo('plan'));
  await settle(page);
  const id = (await state(page)).actions[0].indicator, key = `action.${id}.due`;
  await scrollTo(page, key, { touch: true });
  await tap(page, key);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('3103', { delay: 5 });
  await settle(page);
  assert.equal(await page.locator(`#lestari-a11y [data-key="${key}"]`).inputValue(), '31/03');
  await page.keyboard.type('2027', { delay: 5 });
  await settle(page);
  assert.equal(await page.locator(`#lestari-a11y [data-key="${key}"]`).inputValue(), '31/03/2027');
  await page.keyboard.press('Tab');
  await settle(page);
  assert.equal((await state(page)).actions.find((x) => x.indicator === id).due, '2027-03-31');
  assert.deepEqual(errors, []);
  await context.close();
});
