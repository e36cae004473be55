// Text fields as on any web page (issue 33): a note wraps, grows and is
// typed into in the page's own textarea (caret, Home/End and Up/Down on the
// lines as drawn, Ctrl+V, a phone's keyboard with a new line); emoji are
// drawn in colour on the canvas, never "?"; a right-press on a text field
// gives the browser's own menu for it, and what it offers (Cut, Copy, Paste,
// Select all) edits the field; no desktop scrollbar on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serve, openApp, settle, click, tap, widget, scrollTo, copyText, shot, LAPTOP, PHONE } from './harness.mjs';

const ID = 'ic_team_competence';  // the first indicator of the first factor
const NOTE = `note.${ID}`;
// About 600 characters, with emoji as a chat has them.
const LONG = ('Tim inti terdiri dari lima orang 👩 yang sudah dilatih sejak 2023 🎉, dengan SK Kepala Dinas nomor 12/2024. ' +
  'Pelatihan ulang dilakukan setiap semester bersama Diskominfo 🙂 dan hasilnya dicatat di buku log. ').repeat(3).slice(0, 600);

let browser, server;
before(async () => { browser = await launchBrowser(); server = await serve(); });
after(async () => { await browser?.close(); await server?.close(); });

const noteOf = (page) => page.evaluate((id) => window.lestari.state().answers.find((a) => a.id === id).note, ID);
const active = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el && { key: el.dataset.key || el.id, tag: el.tagName, start: el.selectionStart, end: el.selectionEnd, length: el.value?.length,
    seen: getComputedStyle(el).opacity, value: el.value };
});
// The focus arrives in the page's element for `key` (a press asked for it).
const editing = (page, key) => page.waitForFunction((k) => document.activeElement?.dataset.key === k && !window.lestari.drawing(), key);
// Pixels of the canvas in a widget's rectangle that are clearly coloured
// (not the greys of text, borders and backgrounds): an emoji drawn.
const colourful = (page, w) => page.evaluate((r) => {
  const c = document.getElementById('canvas'), k = c.width / innerWidth;
  const copy = document.createElement('canvas');
  copy.width = Math.round(r.w * k); copy.height = Math.round(r.h * k);
  copy.getContext('2d').drawImage(c, r.x * k, r.y * k, r.w * k, r.h * k, 0, 0, copy.width, copy.height);
  const d = copy.getContext('2d').getImageData(0, 0, copy.width, copy.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 90) n++;
  return n;
}, w);

for (const [size, viewport, touch] of [['1366x768', LAPTOP, false], ['390x844', PHONE, true]]) {
  test(`${size}: a note of 600 characters with emoji wraps, grows, is typed into in a textarea, and shows every word in colour after`, async () => {
    const { page, context, errors } = await openApp(browser, server.url, { viewport, touch });
    await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
    await settle(page);
    // The box's whole height (the mirror's element is the box, unclipped).
    const height = () => page.evaluate((k) => document.querySelector(`[data-key="${k}"]`).getBoundingClientRect().height, NOTE);
    await (touch ? tap : click)(page, NOTE);
    await editing(page, NOTE);
    const empty = await height();
    const el = await active(page);
    assert.equal(el.tag, 'TEXTAREA', 'typed into the page\'s own textarea (a phone\'s keyboard offers a new line)');
    assert.equal(el.seen, '1', 'shown over the box while typed into');
    await page.keyboard.insertText(LONG);
    await settle(page);
    assert.equal(await noteOf(page), LONG);
    // The height the browser's own layout needs for the text (the box may
    // stop growing while typed into: the textarea then scrolls).
    const needs = await page.evaluate(() => document.activeElement.scrollHeight);
    const line = await page.evaluate(() => parseFloat(getComputedStyle(document.activeElement).lineHeight));
    // The lines as drawn: Home goes to the start of the last line shown, not of the text; End back.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    const home = (await active(page)).start;
    assert.ok(home > 0 && home < LONG.length, `Home on a wrapped line: ${home}`);
    await page.keyboard.press('End');
    assert.equal((await active(page)).start, LONG.length);
    await page.keyboard.press('ArrowUp');
    const up = (await active(page)).start;
    assert.ok(up < home && up > 0, `Up moves one line as drawn: ${up} (line starts at ${home})`);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');  // a new line, as in any text area
    await page.keyboard.type('Selesai.');
    await settle(page);
    assert.equal(await noteOf(page), LONG + '\nSelesai.');
    await shot(page, `note-600-editing-${size}`);
    // Left: the canvas draws every line, the box grown to them, the emoji in colour.
    await page.evaluate(() => document.activeElement.blur());
    await settle(page);
    const grown = await height();
    assert.ok(grown > empty && grown >= needs - line, `the box grew from ${empty} to ${grown} px, for text needing ${needs} px`);
    assert.ok(await colourful(page, await widget(page, NOTE)) > 30, 'the emoji are drawn in colour, not as "?"');
    // Still one textarea with the whole text, for a screen reader.
    assert.deepEqual(await page.evaluate((k) => [...document.querySelectorAll(`[data-key="${k}"]`)].map((e) => [e.tagName, e.value]), NOTE),
      [['TEXTAREA', LONG + '\nSelesai.']]);
    await shot(page, `note-600-${size}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('Ctrl+V and Shift+Insert paste into a note as one edit, and a paste over its limit is refused with its message', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
  await settle(page);
  const limit = await page.evaluate(() => window.lestari.limits().noteChars);
  await copyText(page, 'dari WhatsApp 🙂');
  await click(page, NOTE);
  await editing(page, NOTE);
  await page.keyboard.type('Catatan ');
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Shift+Insert');
  await settle(page);
  assert.equal(await noteOf(page), 'Catatan dari WhatsApp 🙂dari WhatsApp 🙂');
  await page.keyboard.press('Control+z');  // the browser's undo takes back one paste, whole
  await settle(page);
  assert.equal(await noteOf(page), 'Catatan dari WhatsApp 🙂');
  await copyText(page, 'x'.repeat(limit));
  await click(page, NOTE);
  await editing(page, NOTE);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+v');
  await settle(page);
  assert.equal(await noteOf(page), 'Catatan dari WhatsApp 🙂', 'over the limit: nothing of it');
  assert.equal((await active(page)).value, 'Catatan dari WhatsApp 🙂', 'the textarea shows what the app holds');
  assert.ok(await page.evaluate(() => window.lestari.widgets().some((w) => w.id === 'fieldError.note.ic_team_competence')), 'said under the field');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a right-press on a text field opens the browser\'s own menu for it; its Cut, Copy, Paste and Select all edit the field', async () => {
  const { page, context, errors } = await openApp(browser, server.url);
  await page.evaluate(() => {
    window.__menus = [];
    // Heard last, after the page's own listeners: what the browser then does.
    window.addEventListener('contextmenu', (e) => setTimeout(() => window.__menus.push([e.target.dataset?.key || e.target.id, e.defaultPrevented])));
  });
  await page.evaluate(() => window.lestari.goTo('profile'));
  await settle(page);
  const rightPress = async (key) => {
    const w = await widget(page, key);
    await page.mouse.click(w.x + 30, w.y + w.h / 2, { button: 'right' });
    await settle(page);
    return page.evaluate(() => window.__menus.pop());
  };
  await click(page, 'profile.name');
  await page.keyboard.type('Sapa Warga');
  await page.keyboard.press('Shift+Home');
  await settle(page);
  // The menu is for the field's element, which has the selection the canvas showed.
  assert.deepEqual(await rightPress('profile.name'), ['profile.name', false]);
  let el = await active(page);
  assert.deepEqual([el.key, el.start, el.end], ['profile.name', 0, 10]);
  // Copy (the menu's Copy is the browser's copy of that selection), then Paste into another field.
  await page.keyboard.press('Control+c');
  assert.deepEqual(await rightPress('profile.agency'), ['profile.agency', false]);
  await page.keyboard.press('Control+v');
  await settle(page);
  assert.equal((await page.evaluate(() => window.lestari.state())).profile.agency, 'Sapa Warga');
  // Select all, then Cut: the field is empty, and what was cut pastes back.
  await rightPress('profile.name');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+x');
  await settle(page);
  assert.equal((await page.evaluate(() => window.lestari.state())).profile.name ?? '', '');
  await page.keyboard.press('Control+v');
  await settle(page);
  assert.equal((await page.evaluate(() => window.lestari.state())).profile.name, 'Sapa Warga');
  // A note's menu too; and none anywhere else on the canvas.
  await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
  await settle(page);
  await scrollTo(page, NOTE);
  assert.deepEqual(await rightPress(NOTE), [NOTE, false]);
  el = await active(page);
  assert.equal(el.tag, 'TEXTAREA');
  assert.deepEqual(await rightPress('nav.next'), ['canvas', true]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone no desktop scrollbar is drawn over the content; a mouse brings it back', async () => {
  // The right edge of the page's content, where a desktop scrollbar stands: its colours.
  const edge = (page) => page.evaluate(() => {
    const c = document.getElementById('canvas'), k = c.width / innerWidth;
    const copy = document.createElement('canvas');
    copy.width = Math.round(12 * k); copy.height = Math.round(innerHeight * 0.6 * k);
    copy.getContext('2d').drawImage(c, c.width - copy.width, Math.round(innerHeight * 0.2 * k), copy.width, copy.height, 0, 0, copy.width, copy.height);
    const d = copy.getContext('2d').getImageData(0, 0, copy.width, copy.height).data, seen = new Set();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  });
  const { page, context } = await openApp(browser, server.url, { viewport: PHONE, touch: true });
  await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
  await settle(page);
  assert.equal(await edge(page), 1, 'only the page\'s background at the edge');
  await tap(page, 'nav.next');
  await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
  await settle(page);
  assert.equal(await edge(page), 1, 'after a tap, still none');
  await page.mouse.move(200, 400);  // a mouse on a touch screen: a desktop's scrollbar
  await page.mouse.wheel(0, 100);
  await settle(page);
  assert.ok(await edge(page) > 1, 'a mouse brings the scrollbar back');
  await context.close();
});
