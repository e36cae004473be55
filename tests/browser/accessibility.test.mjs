// Screen readers and keyboards: the accessible mirror (web/mirror.js) as
// Chromium's accessibility tree sees it on every screen, axe-core on every
// screen in both languages, a whole assessment made through the mirror only,
// dialogs that keep the focus, 200 % zoom, reduced motion, and the mirror's
// cost (only what changed is touched; nothing while the page is idle).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  LAPTOP, PHONE, launchBrowser, serve, openApp, settle, widget, scrollTo, click, shot, dropFile, dropFiles, swipe,
} from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const demo = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'demo-report.json'), 'utf8'));
const content = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'checklist.json'), 'utf8'));

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const api = (page, fn, arg) => page.evaluate(fn, arg);
const state = (page) => page.evaluate(() => window.lestari.state());
const checklist = (page) => page.evaluate(() => window.lestari.checklist());
async function goTo(page, name) {
  const r = await page.evaluate((n) => window.lestari.goTo(n), name);
  assert.ok(r.ok, `goTo ${name}`);
  await settle(page);
}
async function typeInto(page, id, text) {
  await click(page, id);
  await page.keyboard.type(text, { delay: 5 });
  await settle(page, 120);
}

// Chromium's accessibility tree (what a screen reader is given), through CDP.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const live = nodes.filter((n) => !n.ignored);
  const role = (n) => n.role?.value;
  const name = (n) => n.name?.value ?? '';
  const prop = (n, p) => n.properties?.find((x) => x.name === p)?.value?.value;
  const below = (n, out = []) => {
    for (const id of n.childIds || []) { const c = byId.get(id); if (c) { if (!c.ignored) out.push(c); below(c, out); } }
    return out;
  };
  return {
    live, role, name, prop, below,
    all: (r) => live.filter((n) => role(n) === r),
    texts: () => live.filter((n) => role(n) === 'StaticText').map(name),
    find: (r, nm) => live.find((n) => role(n) === r && (nm instanceof RegExp ? nm.test(name(n)) : name(n) === nm)),
  };
}

// Every control has a name; there is one level-1 heading: what every screen must give.
function assertNamed(ax, where) {
  for (const r of ['button', 'textbox', 'radio', 'checkbox', 'combobox', 'radiogroup', 'navigation', 'dialog', 'progressbar', 'image']) {
    for (const n of ax.all(r)) assert.ok(ax.name(n).trim().length > 0, `${where}: an unnamed ${r}`);
  }
  assert.equal(ax.all('heading').filter((h) => ax.prop(h, 'level') === 1).length, 1, `${where}: one level-1 heading`);
}
const progress = (page) => page.locator('#lestari-a11y [data-key="footer.progress"]').textContent();
const currentStep = (page) => page.locator('#lestari-a11y nav [aria-current="step"]').allTextContents();
const h1 = (ax) => ax.name(ax.all('heading').find((h) => ax.prop(h, 'level') === 1));

// A participant's report for the group screens.
function participant(i) {
  const r = structuredClone(demo);
  r.profile.name = `Inovasi Peserta ${i}`;
  r.actions = [];
  r.answers.forEach((a, k) => { if (!a.notApplicable) a.level = (i * 7 + k * 3) % 5; });
  return JSON.stringify(r);
}

test('every screen in the accessibility tree: headings, each question as a radio group of five described options and N/A, named fields, results as text', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: LAPTOP });
  const list = await checklist(page);
  const seenH1 = new Set();

  let ax = await axTree(page);
  assertNamed(ax, 'start');
  seenH1.add(h1(ax));
  assert.ok(ax.find('button', 'Mulai penilaian baru'));
  assert.equal(ax.all('main').length, 1, 'the mirror is the main landmark');

  await goTo(page, 'profile');
  ax = await axTree(page);
  assertNamed(ax, 'profile');
  seenH1.add(h1(ax));
  // Each field is named by its label (the checklist's), and the label is not
  // read a second time as a paragraph of its own.
  // (A choice is a group of radios: no <select>, whose appearing Orca reads
  // as if the user were on it; tests/screenreader hears that.)
  assert.equal(ax.all('combobox').length, 0, 'no drop-down in the mirror');
  const fields = [...ax.all('textbox'), ...ax.all('radiogroup')];
  assert.equal(fields.length, list.profileFields.length, 'one named field per profile entry');
  const labels = new Set(content.profile.map((f) => f.label.id));
  const shown = new Set(ax.texts());
  for (const f of fields) {
    assert.ok(labels.has(ax.name(f)), `field "${ax.name(f)}" is named by its label`);
    assert.ok(!shown.has(ax.name(f)), `"${ax.name(f)}" is read once, as the field's name`);
  }
  const stage = ax.find('radiogroup', 'Tahap inovasi');
  assert.deepEqual(ax.below(stage).filter((n) => ax.role(n) === 'radio').map(ax.name),
    ['Belum dipilih', ...content.profile.find((f) => f.id === 'stage').options.map((o) => o.label.id)],
    'the stage choice reads its options by their labels');
  // The step bar: navigation, with the current step marked.
  const nav = ax.find('navigation', /.+/);
  const steps = ax.below(nav).filter((n) => ax.role(n) === 'button');
  assert.equal(steps.length, list.factors.length + 3);
  // (CDP does not list aria-current among a node's properties: read from the mirror itself.)
  assert.deepEqual(await currentStep(page), [ax.name(steps[0])], 'step 1 (profile) is the current one');
  assert.equal(await progress(page), '0 dari 25 indikator dijawab');
  assert.equal(ax.all('progressbar').length, 0, 'no progress bar to announce "4 percent" at every answer');

  for (const [fi, factor] of list.factors.entries()) {
    await goTo(page, `factor:${factor.id}`);
    ax = await axTree(page);
    assertNamed(ax, factor.id);
    seenH1.add(h1(ax));
    assert.equal(h1(ax), factor.title);
    const groups = ax.all('radiogroup');
    const boxes = ax.all('checkbox');
    assert.equal(groups.length, factor.indicators.length);
    assert.equal(boxes.length, factor.indicators.length);
    for (const [ii, ind] of factor.indicators.entries()) {
      assert.ok(ax.find('heading', ind.question), `question ${ind.id} is a heading`);
      const g = groups[ii];
      assert.ok(ax.name(g).includes(ind.question), `group ${ii} is named by its question`);
      assert.ok(ax.name(g).includes(`${fi + 1}.${ii + 1}`));
      const radios = ax.below(g).filter((n) => ax.role(n) === 'radio');
      assert.equal(radios.length, 5);
      radios.forEach((r, lv) => {
        assert.match(ax.name(r), new RegExp(`^${lv} · \\S`));
        assert.equal(r.description?.value, ind.levels[lv], 'each option is described by its level descriptor');
        assert.equal(ax.prop(r, 'checked'), 'false');
      });
      assert.equal(ax.name(boxes[ii]), 'Tidak berlaku');
      assert.equal(ax.prop(boxes[ii], 'checked'), 'false');
    }
    assert.equal(ax.all('textbox').length, factor.indicators.length, 'one evidence note per question');
    for (const t of ax.all('textbox')) assert.match(ax.name(t), /^Catatan bukti indikator \d\.\d$/);
  }

  // Results: the figures are text (the chart is an image with a text alternative).
  await api(page, () => {
    const c = window.lestari.checklist();
    c.factors.forEach((f, fi) => f.indicators.forEach((i, ii) => window.lestari.setAnswer(i.id, (fi * 2 + ii) % 5)));
  });
  await goTo(page, 'results');
  const s = await state(page);
  ax = await axTree(page);
  assertNamed(ax, 'results');
  seenH1.add(h1(ax));
  const texts = ax.texts().join('\n');
  // Scores as Indonesian writes them (37,3); the API keeps the number.
  const said = (v) => v.toFixed(1).replace('.', ',');
  assert.ok(texts.includes(`${said(s.overall.score)} dari 100`), 'the overall score as text');
  for (const [i, f] of s.factors.entries()) assert.match(texts, new RegExp(`${i + 1}\\. .+: ${said(f.score)}`));
  const radar = ax.all('image')[0];
  assert.ok(radar, 'the radar chart is an image');
  for (const f of s.factors) assert.ok(ax.name(radar).includes(said(f.score)), 'its text alternative gives every score');
  assert.match(await progress(page), /^25 dari 25/);

  await api(page, () => window.lestari.setAction(window.lestari.state().recommendations[0].indicator, { pic: 'Kabid' }));
  await goTo(page, 'plan');
  ax = await axTree(page);
  assertNamed(ax, 'plan');
  seenH1.add(h1(ax));
  assert.ok(ax.find('textbox', 'Penanggung jawab') || ax.all('textbox').length >= 4, 'the action fields are named text fields');
  assert.ok(ax.all('radiogroup').length >= 1, 'the status is a radio group');

  // The tree changed with each screen: each had its own level-1 heading.
  assert.equal(seenH1.size, list.factors.length + 4);
  assert.deepEqual(errors, []);
  await context.close();
});

test('states follow clicks: a chosen level, not applicable, the current step, an invalid field', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  const list = await checklist(page);
  const ind = list.factors[0].indicators[1];
  await goTo(page, `factor:${list.factors[0].id}`);
  await click(page, `level.${ind.id}.3`);
  let ax = await axTree(page);
  let radios = ax.below(ax.all('radiogroup')[1]).filter((n) => ax.role(n) === 'radio');
  assert.deepEqual(radios.map((r) => ax.prop(r, 'checked')), ['false', 'false', 'false', 'true', 'false']);
  assert.match((await currentStep(page))[0], /^1\. .+ \(1\/5\)$/, 'the first factor is the current step, with its own number and its count');
  assert.match(await progress(page), /^1 dari 25/);

  await click(page, `na.${ind.id}`);
  ax = await axTree(page);
  assert.equal(ax.prop(ax.all('checkbox')[1], 'checked'), 'true');
  radios = ax.below(ax.all('radiogroup')[1]).filter((n) => ax.role(n) === 'radio');
  assert.ok(radios.every((r) => ax.prop(r, 'checked') === 'false'), 'not applicable clears the level');

  // A refused year: the field is invalid and says why (its description).
  await goTo(page, 'profile');
  await typeInto(page, 'profile.startYear', '1800');
  await click(page, 'profile.name');
  ax = await axTree(page);
  const year = ax.find('textbox', 'Tahun mulai');
  assert.equal(ax.prop(year, 'invalid'), 'true');
  assert.match(year.description?.value || '', /\d{4}/);
  await context.close();
});

test('the same assessment made through the mirror alone (roles, names, keyboard, fill) gives the same report as through the API', async () => {
  const answer = (fi, ii) => (fi === 2 && ii === 4 ? 'na' : (fi * 3 + ii * 2) % 5);
  const note = (fi, ii) => (ii === 0 ? `Bukti faktor ${fi + 1}: SK dan notulen.` : '');

  // Through the mirror: what a screen-reader user does.
  const a = await openApp(browser, server.url, { viewport: LAPTOP });
  const p = a.page;
  const m = p.locator('#lestari-a11y');
  const press = async (loc, key = 'Enter') => { await loc.focus(); await p.keyboard.press(key); await settle(p, 120); };
  await press(m.getByRole('button', { name: 'Mulai penilaian baru', exact: true }));
  assert.equal(await p.evaluate(() => document.activeElement.tagName), 'H1', 'a new screen puts the focus on its heading');
  await m.getByRole('textbox', { name: 'Nama inovasi', exact: true }).fill('Si Ikan Nila');
  await m.getByRole('textbox', { name: 'Instansi', exact: true }).fill('Dinas Perikanan Kabupatén Malang');
  await m.getByRole('textbox', { name: 'Tahun mulai', exact: true }).fill('2021');
  const stageGroup = m.getByRole('radiogroup', { name: 'Tahap inovasi', exact: true });
  await stageGroup.getByRole('radio').first().focus();
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('ArrowDown');   // Belum dipilih → Penciptaan → Pengembangan
  await p.keyboard.press('Space');
  await settle(p);
  assert.equal(await stageGroup.getByRole('radio', { checked: true }).textContent(), 'Pengembangan');
  const list = await checklist(p);
  for (const [fi, factor] of list.factors.entries()) {
    await press(m.getByRole('button', { name: 'Berikutnya', exact: true }));
    assert.equal(await p.evaluate(() => window.lestari.screen()), `factor:${factor.id}`);
    for (const [ii] of factor.indicators.entries()) {
      const v = answer(fi, ii);
      if (v === 'na') await press(m.getByRole('checkbox', { name: 'Tidak berlaku' }).nth(ii), 'Space');
      else {
        const group = m.getByRole('radiogroup', { name: new RegExp(`^Indikator ${fi + 1}\\.${ii + 1}( · belum dijawab)?:`) });
        await press(group.getByRole('radio', { name: new RegExp(`^${v} · `) }), 'Space');
      }
      if (note(fi, ii)) await m.getByRole('textbox', { name: `Catatan bukti indikator ${fi + 1}.${ii + 1}` }).fill(note(fi, ii));
    }
  }
  await press(m.getByRole('button', { name: 'Lihat hasil', exact: true }));
  assert.equal(await p.evaluate(() => window.lestari.screen()), 'results');
  const unduh = m.getByRole('button', { name: 'Unduh laporan (JSON)' });
  await unduh.focus();
  const [fromMirror] = await Promise.all([p.waitForEvent('download'), p.keyboard.press('Enter')]);
  const mirrorReport = JSON.parse(readFileSync(await fromMirror.path(), 'utf8'));
  assert.deepEqual(a.errors, []);
  await a.context.close();

  // The same answers given through the API (the mouse and keyboard path to
  // them is assessment.test.mjs's laptop test, answer by answer).
  const b = await openApp(browser, server.url, { viewport: LAPTOP });
  const apiReport = await b.page.evaluate(({ factors, answers, notes }) => {
    const l = window.lestari;
    l.setProfile('name', 'Si Ikan Nila');
    l.setProfile('agency', 'Dinas Perikanan Kabupatén Malang');
    l.setProfile('startYear', 2021);
    l.setProfile('stage', 'development');
    factors.forEach((f, fi) => f.indicators.forEach((ind, ii) => {
      const v = answers[fi][ii];
      if (v === 'na') l.setNotApplicable(ind.id, true);
      else l.setAnswer(ind.id, v);
      if (notes[fi][ii]) l.setNote(ind.id, notes[fi][ii]);
    }));
    return JSON.parse(l.exportReport());
  }, { factors: list.factors, answers: list.factors.map((f, fi) => f.indicators.map((_, ii) => answer(fi, ii))),
       notes: list.factors.map((f, fi) => f.indicators.map((_, ii) => note(fi, ii))) });
  await b.context.close();

  const when = (r) => ({ ...r, generatedAt: '' });
  assert.deepEqual(when(mirrorReport), when(apiReport));
  assert.equal(mirrorReport.profile.agency, 'Dinas Perikanan Kabupatén Malang');
  assert.equal(mirrorReport.answers.filter((x) => x.notApplicable).length, 1);
});

test('dialogs: modal and labelled, the focus stays inside, Escape closes and the focus returns', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  const m = page.locator('#lestari-a11y');
  const opener = m.getByRole('button', { name: 'Tampilan', exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  await settle(page);
  // Modal a moment after the focus went in (web/mirror.js says why); the focus is kept inside from the start.
  await page.waitForFunction(() => document.querySelector('#lestari-a11y [role=dialog]')?.getAttribute('aria-modal') === 'true');
  const ax = await axTree(page);
  const dialog = ax.all('dialog')[0];
  assert.ok(dialog, 'the settings are a dialog');
  assert.equal(ax.prop(dialog, 'modal'), true);
  assert.ok(ax.name(dialog).length > 0);
  const inside = () => page.evaluate(() => !!document.activeElement.closest('[role="dialog"]'));
  assert.ok(await inside(), 'the focus moved into the dialog');
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
    await settle(page, 40);
    assert.ok(await inside(), `Tab ${i} left the dialog`);
  }
  // The language choice is a radio group inside it; Space on English switches the whole page.
  await m.getByRole('radio', { name: 'English' }).focus();
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.ok(await m.getByRole('dialog').getByRole('radio', { name: 'English' }).getAttribute('aria-checked'), 'true');
  await page.keyboard.press('Escape');
  await settle(page);
  assert.equal(await m.getByRole('dialog').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.key), 'header.settings', 'back on the button that opened it');
  await context.close();
});

test('a field focused below the fold is scrolled into view, with the focus ring on it', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  const list = await checklist(page);
  const last = list.factors[4].indicators[4].id;
  await goTo(page, `factor:${list.factors[4].id}`);
  assert.equal(await page.evaluate((id) => window.lestari.widget(`note.${id}`), last), null, 'starts below the fold');
  await page.locator(`#lestari-a11y [data-key="note.${last}"]`).focus();
  await settle(page);
  const w = await widget(page, `note.${last}`);
  assert.ok(w.focused, 'the canvas focus follows the mirror');
  assert.ok(w.y >= 0 && w.y + w.h <= LAPTOP.height, 'in view');
  // The mirror's element covers the field it stands for.
  const box = await page.locator(`#lestari-a11y [data-key="note.${last}"]`).boundingBox();
  assert.ok(Math.abs(box.y - w.y) < 2 && Math.abs(box.x - w.x) < 2, 'the mirror sits over the canvas');
  await context.close();
});

test('axe-core finds no serious or critical violation on any screen, in Bahasa Indonesia and in English', async () => {
  const context = await browser.newContext({ viewport: LAPTOP, bypassCSP: true, acceptDownloads: true });
  const { page } = await openApp(browser, server.url, { context });
  await page.addScriptTag({ content: axeSource });
  const audit = async (where) => {
    const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [], where);
  };
  const list = await checklist(page);
  for (const lang of ['id', 'en']) {
    await api(page, (l) => window.lestari.setLanguage(l), lang);
    await api(page, () => window.lestari.reset());
    await goTo(page, 'start');
    await audit(`${lang} start`);
    await goTo(page, 'profile');
    await audit(`${lang} profile`);
    for (const f of list.factors) { await goTo(page, `factor:${f.id}`); await audit(`${lang} ${f.id}`); }
    await api(page, (t) => window.lestari.importReport(t), JSON.stringify(demo));
    await goTo(page, 'results');
    await audit(`${lang} results`);
    await goTo(page, 'plan');
    await audit(`${lang} plan`);
    await goTo(page, 'compare');
    await dropFile(page, 'lama.json', participant(1));
    await page.waitForFunction(() => window.lestari.widget('compare.overall') !== null);
    await settle(page);
    await audit(`${lang} compare`);
    // Dialogs: settings, a confirmation, a refused file.
    await page.locator('#lestari-a11y [data-key="header.settings"]').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    await audit(`${lang} settings dialog`);
    await page.keyboard.press('Escape');
    await api(page, () => window.lestari.setNote(window.lestari.checklist().factors[0].indicators[0].id, 'belum diunduh'));
    await goTo(page, 'start');
    await page.locator('#lestari-a11y [data-key="start.new"]').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(await page.locator('#lestari-a11y [role="dialog"]').count(), 1, 'starting over asks first');
    await audit(`${lang} confirm dialog`);
    await page.keyboard.press('Escape');
    await settle(page);
    await dropFile(page, 'rusak.json', '{"lestari": ');
    await settle(page);
    await audit(`${lang} import errors`);
    await page.keyboard.press('Escape');
    // A room's reports, and one of them.
    await dropFiles(page, [1, 2, 3].map((i) => [`p${i}.json`, participant(i)]));
    await page.waitForFunction(() => window.lestari.screen() === 'group');
    await settle(page);
    await audit(`${lang} group`);
    await page.locator('#lestari-a11y [data-key="group.row.0"]').focus();
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal(await page.evaluate(() => window.lestari.screen()), 'group:report');
    await audit(`${lang} group report`);
  }
  await context.close();
});

test('the interface language is the document language', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
  await api(page, () => window.lestari.setLanguage('en'));
  await settle(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.ok(await page.locator('#lestari-a11y').getByRole('button', { name: 'Start a new assessment' }).count());
  await context.close();
});

test('the mirror costs nothing while the page is idle and touches only what an input changed', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  const list = await checklist(page);
  await goTo(page, `factor:${list.factors[0].id}`);
  await page.evaluate(() => {
    window.__mutated = new Set();
    new MutationObserver((records) => records.forEach((r) => window.__mutated.add(r.target))).observe(
      document.getElementById('lestari-a11y'), { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const frames = await page.evaluate(() => window.lestari.frameCount());
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.__mutated.size), 0, 'idle: not one change');
  assert.equal(await page.evaluate(() => window.lestari.frameCount()), frames, 'idle: no frame');
  const target = `level.${list.factors[0].indicators[2].id}.4`;
  await scrollTo(page, target);  // scrolling moves every element: not counted
  await settle(page);
  await page.evaluate(() => window.__mutated.clear());
  await click(page, target);
  const { touched, total } = await page.evaluate(() => ({
    touched: window.__mutated.size, total: document.querySelectorAll('#lestari-a11y *').length,
  }));
  assert.ok(touched > 0 && touched <= 12, `one answer touched ${touched} of ${total} elements`);
  const stats = await page.evaluate(() => window.lestari.mirrorStats());
  assert.ok(stats.nodes > 50 && stats.updates > 0);
  await context.close();
});

test('zoom 200 %: the interface scales, nothing is cut off at the side, the mirror stays over the canvas', async () => {
  // A 1366x768 laptop at 200 %: 683x384 CSS pixels at 2 device pixels each.
  const context = await browser.newContext({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2, acceptDownloads: true });
  const { page, errors } = await openApp(browser, server.url, { context });
  assert.deepEqual(await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]), [1366, 768]);
  await click(page, 'start.new');
  await typeInto(page, 'profile.name', 'Zoom');
  assert.equal((await state(page)).profile.name, 'Zoom');
  for (const w of await page.evaluate(() => window.lestari.widgets())) {
    assert.ok(w.x >= 0 && w.x + w.w <= 683 + 1, `${w.id} fits the width`);
  }
  const list = await checklist(page);
  await goTo(page, `factor:${list.factors[0].id}`);
  const id = `level.${list.factors[0].indicators[0].id}.2`;
  await click(page, id);
  assert.equal((await state(page)).answers[0].level, 2);
  // After the page moved (the click glides the next open indicator into view), an option is where the mirror is.
  const next = `level.${list.factors[0].indicators[1].id}.0`;
  const w = await scrollTo(page, next);
  await settle(page);
  const box = await page.locator(`#lestari-a11y [data-key="${next}"]`).boundingBox();
  assert.ok(Math.abs(box.x - w.x) < 2 && Math.abs(box.y - w.y) < 2, 'mirror and canvas agree at 200 %');
  await shot(page, 'a11y-zoom-200');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reduced motion: the chart appears whole at once and a fling stops where the finger lifts', async () => {
  const framesForResults = async (reducedMotion) => {
    const context = await browser.newContext({ viewport: LAPTOP, reducedMotion });
    const { page } = await openApp(browser, server.url, { context });
    await api(page, (t) => window.lestari.importReport(t), JSON.stringify(demo));
    await settle(page);
    const before = await page.evaluate(() => window.lestari.frameCount());
    await goTo(page, 'results');
    const n = (await page.evaluate(() => window.lestari.frameCount())) - before;
    await context.close();
    return n;
  };
  const still = await framesForResults('reduce');
  const moving = await framesForResults('no-preference');
  assert.ok(still <= 6, `reduced: ${still} frames`);
  // The animation lasts 0.45 s of frame time and a frame counts at most 0.1 s
  // however slow the machine: at least five frames of growing chart.
  assert.ok(moving >= 5 && moving > still, `animated: ${moving} frames, reduced ${still}`);

  const flingTravel = async (reducedMotion) => {
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 3, hasTouch: true, isMobile: true, reducedMotion });
    const { page } = await openApp(browser, server.url, { context });
    const list = await checklist(page);
    await goTo(page, `factor:${list.factors[0].id}`);
    const probe = `level.${list.factors[0].indicators[0].id}.0`;
    await scrollTo(page, probe, { touch: true });
    // Where the probe is, off screen or not: the mirror places every element.
    const top = () => page.evaluate((id) => document.querySelector(`#lestari-a11y [data-key="${id}"]`).getBoundingClientRect().top, probe);
    // The whole travel, from before the finger went down to where the page
    // came to rest: no time is guessed (on a loaded machine a fling may be
    // over by the first frame after the lift).
    const y0 = await top();
    await swipe(page, -250, { fling: true });
    await settle(page);
    const y1 = await top();
    await context.close();
    return Math.abs(y1 - y0);
  };
  // The finger moves 250 px: reduced, the page moves no further than the finger.
  const reduced = await flingTravel('reduce');
  assert.ok(reduced <= 252, `reduced: no scrolling on after the finger lifted (${reduced} px)`);
  const flung = await flingTravel('no-preference');
  assert.ok(flung > 270 && flung > reduced + 20, `otherwise the fling carries on (${flung} px, reduced ${reduced} px)`);
});

test('activating the chosen level again keeps the answer; "Hapus jawaban" clears it; only controls listen for clicks', async () => {
  // Every listener the page's scripts add, from the first on: [where, type].
  const ctx = await browser.newContext({ viewport: LAPTOP, serviceWorkers: 'block' });
  await ctx.addInitScript(() => {
    window.__listeners = [];
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, ...rest) {
      const where = this === window ? 'window' : this === document ? 'document' : this.id || this.nodeName;
      // The page's own (its scripts are at its address), not the test driver's.
      if ((new Error().stack || '').includes(location.origin)) window.__listeners.push([where, type]);
      return add.call(this, type, ...rest);
    };
  });
  const { page, context } = await openApp(browser, server.url, { context: ctx });
  const list = await checklist(page);
  const ind = list.factors[0].indicators[0].id;
  await goTo(page, `factor:${list.factors[0].id}`);
  const level = page.locator(`#lestari-a11y [data-key="level.${ind}.3"]`);
  // A screen reader's activate command is a click on the element; pressed twice "to make sure".
  for (let i = 0; i < 2; i++) {
    await level.evaluate((el) => el.click());
    await settle(page);
  }
  assert.equal((await state(page)).answers.find((a) => a.id === ind).level, 3);
  assert.equal(await level.getAttribute('aria-checked'), 'true');
  const clear = page.locator(`#lestari-a11y [data-key="clear.${ind}"]`);
  assert.equal(await clear.textContent(), 'Hapus jawaban indikator 1.1');
  await clear.evaluate((el) => el.click());
  await settle(page);
  assert.equal((await state(page)).answers.find((a) => a.id === ind)?.level ?? null, null);
  // A click listener on the mirror's root would make every heading and text "clickable".
  // So would one on the window, the document or the body (Orca said "heading level 1 clickable").
  const registered = await page.evaluate(() => window.__listeners);
  for (const where of ['window', 'document', 'HTML', 'BODY', 'lestari-a11y']) {
    const mouse = registered.filter(([w, type]) => w === where && /^(click|mousedown|mouseup|dblclick)$/.test(type));
    assert.deepEqual(mouse, [], `no mouse-button listener on ${where}`);
  }
  assert.ok(registered.some(([w, type]) => w === 'canvas' && type === 'mouseup'), 'the canvas takes the mouse');
  const cdp = await context.newCDPSession(page);
  const listeners = async (selector) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector(${JSON.stringify(selector)})` });
    return (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.map((l) => l.type);
  };
  assert.ok(!(await listeners('#lestari-a11y')).includes('click'), 'no click listener on the root');
  assert.ok(!(await listeners('#lestari-a11y h1')).includes('click'), 'none on a heading');
  assert.ok((await listeners(`#lestari-a11y [data-key="level.${ind}.3"]`)).includes('click'), 'a level option listens');
  await context.close();
});

test('an import error is heard as a dialog with its title and reason; the dialog has a real box', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  await page.locator('#lestari-a11y').getByRole('button', { name: 'Mulai penilaian baru' }).focus();
  await dropFile(page, 'laporan-rusak.json', '{"schema": "lestari-report", "answers": ');
  await settle(page);
  const ax = await axTree(page);
  const dialog = ax.all('dialog')[0];
  assert.ok(dialog, 'a dialog');
  assert.equal(ax.name(dialog), 'Berkas tidak dapat diimpor');
  const described = await page.locator('#lestari-a11y [role="dialog"]').evaluate((d) =>
    (d.getAttribute('aria-describedby') || '').split(' ').map((id) => document.getElementById(id)?.textContent || '').join(' '));
  assert.match(described, /laporan-rusak\.json/, 'which file');
  assert.ok(described.length > 'laporan-rusak.json'.length + 40, `and why: "${described}"`);
  const box = await page.locator('#lestari-a11y [role="dialog"]').boundingBox();
  assert.ok(box && box.width > 100 && box.height > 100, `a real box: ${JSON.stringify(box)}`);
  // The focus is inside it, where the reader announces the dialog and its description.
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('[role="dialog"]')));
  await context.close();
});

test('heard right: the new screen\'s heading takes the focus (never the old one\'s), the language switch is named in both languages and says the change, the display size says its size, a text is one line', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  const m = page.locator('#lestari-a11y');
  await goTo(page, 'profile');
  // "Berikutnya" is drawn after the screen: the frame that moves on still shows the profile.
  await page.evaluate(() => {
    window.__focused = [];
    document.addEventListener('focusin', (e) => window.__focused.push(e.target.textContent), true);
  });
  await m.getByRole('button', { name: 'Berikutnya', exact: true }).focus();
  await page.keyboard.press('Enter');
  await settle(page);
  const title = content.factors[0].title.id;
  assert.deepEqual((await page.evaluate(() => window.__focused)).slice(1), [title], 'only the new heading took the focus');

  // The switch: "English", read as English, described in Indonesian; pressed, it says the change in English.
  const sw = m.locator('[data-key="header.language"]');
  assert.equal(await sw.textContent(), 'English');
  assert.equal(await sw.getAttribute('lang'), 'en');
  const described = await sw.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent);
  assert.equal(described, 'Ganti bahasa tampilan ke bahasa Inggris');
  const live = page.locator('#lestari-live');
  assert.equal(await live.getAttribute('role'), 'status');
  assert.equal(await live.textContent(), '', 'nothing said on opening');
  await sw.focus();
  await page.keyboard.press('Enter');
  await settle(page);
  assert.equal(await live.textContent(), 'Display language: English');
  assert.equal(await live.getAttribute('lang'), 'en');
  assert.equal(await sw.textContent(), 'Bahasa Indonesia');
  assert.equal(await sw.getAttribute('lang'), 'id');

  // The display size, from the settings: its new size is said.
  await m.getByRole('button', { name: 'Display', exact: true }).focus();
  await page.keyboard.press('Enter');
  await settle(page);
  await m.getByRole('button', { name: 'Larger display', exact: true }).focus();
  await page.keyboard.press('Enter');
  await settle(page);
  assert.match(await live.textContent(), /^Display size 110 percent$/);

  // Every text and heading of the mirror is one line: a reader going line by line never breaks a sentence.
  await page.keyboard.press('Escape');
  await settle(page);
  const broken = await page.evaluate(() => [...document.querySelectorAll('#lestari-a11y p, #lestari-a11y h1, #lestari-a11y h2, #lestari-a11y h3')]
    .filter((el) => { const r = document.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1; })
    .map((el) => el.textContent));
  assert.deepEqual(broken, []);
  await context.close();
});
