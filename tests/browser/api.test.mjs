// window.lestari, the automation API of the assessment core: every call
// returns data, bad input gets a clear error and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serve, openApp } from './harness.mjs';

let browser, server, page, context;
before(async () => {
  browser = await launchBrowser();
  server = await serve();
  ({ page, context } = await openApp(browser, server.url));
});
after(async () => { await context?.close(); await browser?.close(); await server?.close(); });

const api = (fn, ...args) => page.evaluate(([f, a]) => window.lestari[f](...a), [fn, args]);

test('checklist(): five factors in order, each with indicators', async () => {
  const c = await api('checklist');
  assert.deepEqual(c.factors.map((f) => f.id),
    ['innovator_capacity', 'barrier_unit', 'risk_management', 'data_knowledge', 'budget_flexibility']);
  for (const f of c.factors) {
    assert.ok(f.indicators.length >= 5 && f.indicators.length <= 8);
    for (const i of f.indicators) assert.match(i.id, /^[a-z][a-z0-9_]*$/);
  }
});

test('answers, not-applicable, notes and profile show up in state() and the report', async () => {
  await api('reset');
  const c = await api('checklist');
  const [a, b, d] = [c.factors[0].indicators[0].id, c.factors[0].indicators[1].id, c.factors[1].indicators[0].id];
  assert.deepEqual(await api('setAnswer', a, 3), { ok: true, errors: [] });
  assert.equal((await api('setNotApplicable', b, true)).ok, true);
  assert.equal((await api('setNote', a, 'SK Kepala Dinas No. 12/2025 — “bukti”')).ok, true);
  assert.equal((await api('setProfile', 'name', 'Si Ikan Nila')).ok, true);
  assert.equal((await api('setProfile', 'startYear', 2021)).ok, true);
  assert.equal((await api('setAnswer', d, 0)).ok, true);
  const s = await api('state');
  const byId = Object.fromEntries(s.answers.map((x) => [x.id, x]));
  assert.equal(byId[a].level, 3);
  assert.equal(byId[a].note, 'SK Kepala Dinas No. 12/2025 — “bukti”');
  assert.equal(byId[b].notApplicable, true);
  assert.equal(byId[b].level, null);
  assert.equal(s.profile.name, 'Si Ikan Nila');
  assert.equal(s.profile.startYear, 2021);
  // factor 1: one answered indicator at level 3 -> 75; factor 2: level 0 -> 0
  assert.equal(s.factors[0].score, 75);
  assert.equal(s.factors[1].score, 0);
  assert.equal(s.overall.weakestFactor, 'barrier_unit');
  assert.equal(s.overall.complete, false);
  const report = JSON.parse(await api('exportReport'));
  assert.equal(report.schema, 'lestari.readiness-report');
  assert.deepEqual(report.answers, s.answers);
});

test('invalid calls are refused with a clear error and change nothing', async () => {
  const before = await api('exportReport');
  const c = await api('checklist');
  const id = c.factors[0].indicators[0].id;
  const cases = [
    ['setAnswer', ['no_such_indicator', 2], 'unknown_indicator'],
    ['setAnswer', [id, 7], 'out_of_range'],
    ['setAnswer', [id, 2.5], 'bad_arguments'],
    ['setAnswer', [id, '3'], 'bad_arguments'],
    ['setNotApplicable', [id, 'yes'], 'bad_arguments'],
    ['setNote', [id, 'x'.repeat(4001)], 'text_too_long'],
    ['setProfile', ['budget', 'x'], 'unknown_field'],
    ['setProfile', ['stage', 'done'], 'unknown_option'],
    ['setProfile', ['startYear', 1200], 'out_of_range'],
    ['setLanguage', ['de'], 'unknown_language'],
  ];
  for (const [fn, args, code] of cases) {
    const r = await api(fn, ...args);
    assert.equal(r.ok, false, `${fn} ${JSON.stringify(args)}`);
    assert.equal(r.errors[0].code, code, `${fn} ${JSON.stringify(args)}`);
    assert.ok(r.errors[0].message.length > 5);
  }
  assert.equal(await api('exportReport'), before);
});

test('importReport: a broken report lists errors with paths in the UI language and leaves the assessment as it was', async () => {
  const before = await api('exportReport');
  const bad = JSON.parse(before);
  bad.answers[0].level = 9;
  bad.checklist.id = 'other';
  for (const lang of ['id', 'en']) {
    await api('setLanguage', lang);
    const r = await api('importReport', JSON.stringify(bad));
    assert.equal(r.ok, false);
    const paths = r.errors.map((e) => e.path).sort();
    assert.deepEqual(paths, ['$.answers[0].level', '$.checklist.id']);
    for (const e of r.errors) assert.equal(e.message, e.messages[lang]);
  }
  await api('setLanguage', 'id');
  for (const text of ['', '{', 'null', '[]', '{"schema":"x"}', 42]) {
    const r = await api('importReport', text);
    assert.equal(r.ok, false, String(text));
    assert.ok(r.errors.length > 0);
  }
  assert.equal(await api('exportReport'), before);
});

test('importReport of an exported report restores it exactly; reset() empties', async () => {
  const before = await api('exportReport');
  await api('reset');
  const empty = await api('state');
  assert.equal(empty.overall.score, null);
  assert.equal(empty.answers.filter((a) => a.level !== null).length, 0);
  assert.deepEqual(await api('importReport', before), { ok: true, errors: [] });
  const after = JSON.parse(await api('exportReport'));
  const orig = JSON.parse(before);
  assert.deepEqual(after.answers, orig.answers);
  assert.deepEqual(after.profile, orig.profile);
  assert.deepEqual(after.overall, orig.overall);
});

test('shareCode(): the results as a code a chat keeps whole, which changes with the answers', async () => {
  await api('setProfile', 'name', 'Sapa Warga Kecamatan');
  const code = await api('shareCode');
  assert.match(code, /^LST1[0-9A-HJKMNP-TV-Z]+$/, 'letters and digits only, none to misread');
  assert.ok(code.length <= 300, `${code.length} characters`);
  const first = (await api('checklist')).factors[0].indicators[0].id;
  const level = JSON.parse(await api('exportReport')).answers.find((a) => a.id === first).level;
  await api('setAnswer', first, level === 4 ? 0 : 4);
  assert.notEqual(await api('shareCode'), code);
  await api('setAnswer', first, level);
  // A chat pasted whole into aggregate(): the code is one report, the talk around it nothing.
  const room = await api('aggregate', [`[08.15] Bu Sari: kode kami ${code} terima kasih\n[08.16] Pak Budi: 👍`]);
  assert.equal(room.innovations.length, 1);
  assert.equal(room.innovations[0].name, (await api('state')).profile.name);
  assert.equal(room.innovations[0].score, (await api('state')).overall.score);
  assert.equal(room.innovations[0].file, '#1:1');
});

// aggregate() hands the texts over a batch of about 2 MB at a time: texts
// refused before they cross (not text, too large) end a batch and keep their
// places, and every text is named by its own place.
test('aggregate(): 150 reports cross in batches, each named by its place, refusals where they stood', async () => {
  const room = await page.evaluate(() => {
    const one = JSON.parse(window.lestari.exportReport());
    const fileBytes = window.lestari.limits().fileBytes;
    const texts = [];
    for (let i = 0; i < 150; i++) {
      one.profile.name = 'Inovasi ' + (i + 1);
      texts.push(JSON.stringify(one, null, 2));
    }
    texts[4] = 42;                                  // #5: not a text
    texts[70] = ' '.repeat(fileBytes + 1);          // #71: too large, refused before it crosses
    texts[149] = '{"bukan": "laporan"}';           // #150: crosses, and fails
    return { room: window.lestari.aggregate(texts), bytes: texts.reduce((n, t) => n + (typeof t === 'string' ? t.length : 0), 0) };
  });
  assert.ok(room.bytes > 4 * 1024 * 1024, `${room.bytes} bytes: more than one batch`);
  const g = room.room;
  assert.equal(g.reports.read, 147);
  assert.deepEqual(g.failed.map((f) => [f.file, f.errors[0].code]), [['#5', 'wrong_type'], ['#71', 'too_large'], ['#150', 'missing_field']]);
  const expected = Array.from({ length: 150 }, (_, i) => i + 1).filter((n) => ![5, 71, 150].includes(n));
  assert.deepEqual(g.innovations.map((r) => r.file), expected.map((n) => '#' + n));
  assert.deepEqual(g.innovations.map((r) => r.name), expected.map((n) => 'Inovasi ' + n));
});

test('unknown methods never throw', async () => {
  const r = await page.evaluate(() => {
    try { return window.lestari.setAnswer(undefined, undefined); } catch (e) { return 'threw'; }
  });
  assert.equal(r.ok, false);
});
