// The assessor's way to the signed summary with real input (issue "Walk out
// with the signed summary"): "Cetak / simpan PDF" opens the browser's print
// of the summary, and anything the browser prints (Ctrl+P) is the summary,
// never the canvas; every download says what it saved; a year typed wrong
// stays in its field with the reason, on the number keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, LAPTOP, PHONE, launchBrowser, serve, fileUrl, openApp, settle, widget, click, tap } from './harness.mjs';

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.lestari.state());
const flat = (s) => s.replace(/\s+/g, ' ');

// What the browser prints of the page as it is: the PDF of the print media, as text.
async function printed(page, name) {
  const path = join(ARTIFACTS, name);
  writeFileSync(path, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const pages = Number(execFileSync('pdfinfo', [path]).toString().match(/Pages:\s+(\d+)/)[1]);
  return { pages, text: flat(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString()) };
}

// What the print dialog is given once `press` asks for it: recorded when the
// browser asks the page to get ready, white space made plain.
async function printDialogText(page, press) {
  await page.evaluate(() => {
    window.printedText = null;
    addEventListener('beforeprint', () => { window.printedText = document.getElementById('lestari-print')?.innerText ?? ''; });
  });
  await press();
  await page.waitForFunction(() => window.printedText !== null);
  return flat(await page.evaluate(() => window.printedText));
}

for (const [where, url] of [['file://', () => fileUrl()], ['http', () => server.url]]) {
  test(`${where}: "Cetak / simpan PDF" opens the print of the summary; printing any screen prints the summary`, async () => {
    const { page, context, errors } = await openApp(browser, url(), { viewport: LAPTOP });
    await click(page, 'start.demo');
    const name = (await state(page)).profile.name;
    const shown = await printDialogText(page, () => click(page, 'results.print'));
    assert.ok(shown.includes(name), 'the summary names the innovation');
    assert.ok(shown.includes('Disusun oleh'), 'with its signature block');
    assert.equal((await state(page)).screen, 'results', 'the page stays where it was');
    assert.equal(await page.evaluate(() => window.lestari.lastDownload?.name ?? null), null, 'nothing downloaded');
    await context.close();

    // Printing the page itself (what Ctrl+P and the browser's menu do), from a factor screen.
    const again = await openApp(browser, url(), { viewport: LAPTOP });
    await click(again.page, 'start.demo');
    await again.page.evaluate(() => window.lestari.goTo('factor:risk_management'));
    await settle(again.page);
    const { pages, text } = await printed(again.page, `print-${where === 'http' ? 'http' : 'file'}.pdf`);
    assert.ok(pages >= 2 && pages <= 5, `${pages} A4 pages`);
    assert.ok(text.includes(name) && text.includes('Disusun oleh') && text.includes('Rekomendasi'), 'the summary, not a picture of the screen');
    // Afterwards the page is the app again: nothing of the print stays in it.
    assert.equal(await again.page.locator('#lestari-print').count(), 0);
    assert.deepEqual([...errors, ...again.errors], []);
    await again.context.close();
  });
}

test('where the browser cannot print (an Android in-app browser), the summary is saved and the notice says how to print it', async () => {
  const context = await browser.newContext({ viewport: LAPTOP, acceptDownloads: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-A145F Build/TP1A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0 Mobile Safari/537.36' });
  const { page } = await openApp(browser, server.url, { context });
  await click(page, 'start.demo');
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, 'results.print')]);
  assert.match(file.suggestedFilename(), /^lestari-.*\.html$/);
  const notice = (await state(page)).notice;
  assert.ok(notice.includes(file.suggestedFilename()) && notice.includes('Ctrl+P'), notice);
  await context.close();
});

test('every download names its file and says it is the copy to keep; the notice stays in view', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  await click(page, 'start.demo');
  await click(page, 'notice.dismiss');
  const [report] = await Promise.all([page.waitForEvent('download'), click(page, 'results.download')]);
  const notice = (await state(page)).notice;
  assert.ok(notice.includes(report.suggestedFilename()), notice);
  assert.match(notice, /fasilitator/);
  assert.match(notice, /bukan cadangan/);
  // From the footer, far down the page: the notice is in view there too.
  await page.mouse.move(683, 400);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 700);
  await settle(page);
  await click(page, 'nav.next');  // to the plan: its footer downloads the report
  const [again] = await Promise.all([page.waitForEvent('download'), click(page, 'nav.next')]);
  const box = await widget(page, 'notice');
  assert.ok(box.y >= 0 && box.y + box.h <= 768, 'the notice is on screen');
  assert.ok((await state(page)).notice.includes(again.suggestedFilename()));
  await context.close();
});

test('a year typed wrong stays in its field with the reason; the number keyboard opens; a good year replaces it', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: LAPTOP });
  await click(page, 'start.new');
  for (const field of ['startYear', 'kippYear']) {
    await click(page, `profile.${field}`);
    assert.equal(await page.evaluate(() => document.getElementById('lestari-text').inputMode), 'numeric');
    await page.keyboard.type('2O19', { delay: 5 });  // a letter O
    await page.keyboard.press('Tab');
    await settle(page);
    assert.equal((await state(page)).profile[field], null, 'nothing that is not a year is saved');
    const error = await page.locator(`#lestari-a11y [data-key="profile.${field}"]`);
    assert.equal(await error.inputValue(), '2O19', 'what was typed is still in the field');
    assert.equal(await error.getAttribute('aria-invalid'), 'true');
    await widget(page, `fieldError.profile.${field}`);
    const said = await page.evaluate((f) => window.lestari.widgets().find((w) => w.id === `fieldError.profile.${f}`), field);
    assert.ok(said);
    // Corrected in place: the O becomes a zero.
    await click(page, `profile.${field}`);
    await page.keyboard.press('Control+A');
    await settle(page);
    await page.keyboard.type('2019', { delay: 5 });
    await page.keyboard.press('Tab');
    await settle(page);
    assert.equal((await state(page)).profile[field], 2019);
    assert.equal(await page.evaluate((f) => window.lestari.widget(`fieldError.profile.${f}`), field), null);
  }
  // A text field asks for the ordinary keyboard again.
  await click(page, 'profile.name');
  assert.equal(await page.evaluate(() => document.getElementById('lestari-text').inputMode), 'text');
  await context.close();
});

test('phone 390x844 by touch: print, download and compare in view on arrival; controls a finger can hit, with words', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: PHONE, touch: true });
  await tap(page, 'start.demo');
  await tap(page, 'notice.dismiss');
  const footer = (await widget(page, 'nav.back')).y;
  for (const id of ['results.score', 'results.print', 'results.download', 'results.compare']) {
    const w = await widget(page, id);
    assert.ok(w.y >= 0 && w.y + w.h <= footer, `${id} in view (${w.y}+${w.h}, footer at ${footer})`);
  }
  await page.evaluate(() => window.lestari.goTo('profile'));
  await settle(page);
  // What shows whole on arrival (every control of every screen: the native screen tests).
  for (const id of ['nav.back', 'nav.next', 'header.language', 'profile.name'])
    assert.ok((await widget(page, id)).h >= 44, `${id} at least 44 px tall`);
  // Back and Next carry words, not an arrow alone (an arrow button was 28 px wide).
  for (const id of ['nav.back', 'nav.next']) assert.ok((await widget(page, id)).w >= 70, `${id} has its word`);
  await context.close();
});


// The stage lens (issue "The stage lens"), on a phone: the results read
// against the stage in words a screen reader reaches, the stage chosen from
// the results screen itself, the report and the printed summary carrying it.
test('the stage lens on a phone: the sentence, each factor against its stage, choosing a stage on the results, the report and the print', async () => {
  const { page, context, errors } = await openApp(browser, server.url, { viewport: PHONE, touch: true });
  await tap(page, 'start.demo');
  const report = () => page.evaluate(() => JSON.parse(window.lestari.exportReport()));
  let r = await report();
  assert.equal(r.profile.stage, 'development');
  // The report's lens, checked against the checklist's own expectations.
  const checklist = await page.evaluate(() => window.lestari.checklist());
  const stageOf = (stage) => {
    let met = 0, below = 0, total = 0;
    for (const f of checklist.factors) {
      const answered = r.answers.filter((a) => a.factor === f.id && a.level !== null);
      if (!answered.length) continue;
      const want = (a) => f.indicators.find((i) => i.id === a.id).expected[stage];
      const score = Math.round(answered.reduce((n, a) => n + a.level, 0) / answered.length * 250) / 10;
      const expected = Math.round(answered.reduce((n, a) => n + want(a), 0) / answered.length * 250) / 10;
      const factor = r.factors.find((x) => x.id === f.id);
      assert.equal(factor.expected, expected, `${f.id} expected`);
      assert.equal(factor.belowStage, answered.filter((a) => a.level < want(a)).length, `${f.id} below`);
      total++;
      met += score >= expected;
      below += factor.belowStage;
    }
    return { stage, factorsMet: met, factorsTotal: total, indicatorsBelow: below };
  };
  assert.deepEqual(r.overall.stage, stageOf('development'));
  assert.equal(r.recommendations[0].belowStage, true, 'what the stage asks for comes first');
  // What a screen reader reaches: the sentence, and each bar's expectation.
  const mirror = page.locator('#lestari-a11y');
  const sentence = `Untuk tahap pengembangan: ${r.overall.stage.factorsMet} dari ${r.overall.stage.factorsTotal} faktor sesuai harapan.`;
  assert.equal(await mirror.getByText(sentence, { exact: true }).count(), 1);
  assert.equal(await mirror.getByText(/^Skor harapan tahap ini: /).count(), 5);
  assert.match(await mirror.locator('[data-key="results.radar"]').getAttribute('aria-label'), /harapan tahap pengembangan/);

  // Without a stage, the results offer the three; one tap reads them by it.
  await page.evaluate(() => window.lestari.setProfile('stage', null));
  await settle(page);
  r = await report();
  assert.equal(r.overall.stage, null);
  assert.equal(r.factors[0].expected, null);
  assert.equal(await mirror.getByText(/^Skor harapan tahap ini: /).count(), 0);
  await tap(page, 'results.stage.institutionalisation');
  await settle(page);
  r = await report();
  assert.equal(r.profile.stage, 'institutionalisation');
  assert.deepEqual(r.overall.stage, stageOf('institutionalisation'));
  assert.equal(await mirror.getByText(/^Untuk tahap pelembagaan: /).count(), 1);

  // The printed summary says the same (the results opened again: at the top, where printing is).
  await page.evaluate(() => window.lestari.goTo('results'));
  await settle(page);
  const printedText = await printDialogText(page, () => tap(page, 'results.print'));
  assert.ok(printedText.includes(`Untuk tahap pelembagaan: ${r.overall.stage.factorsMet} dari 5 faktor sesuai harapan.`), 'the sentence is printed');
  assert.ok(printedText.includes(checklist.factors[0].stageReasons.institutionalisation), 'with each factor\'s reason');
  assert.deepEqual(errors, []);
  await context.close();
});
