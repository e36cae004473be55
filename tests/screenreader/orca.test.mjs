// What a blind user hears: Orca (Debian's) reading Lestari in Chromium, driven
// only by real key presses, and what it says asserted phrase by phrase.
// Run by CTest through tests/screenreader/run.sh (docs/accessibility.md says
// how to run it by hand and how to listen along).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Orca } from './orca.mjs';
import { startServer } from '../../scripts/static-server.mjs';

const DIST = process.env.LESTARI_DIST || join(import.meta.dirname, '..', '..', 'build', 'web', 'dist');
const ROOT = join(import.meta.dirname, '..', '..');
const checklist = JSON.parse(readFileSync(join(ROOT, 'assets', 'checklist.json'), 'utf8'));
const strings = JSON.parse(readFileSync(join(ROOT, 'assets', 'strings.json'), 'utf8'));
const t = (lang, key, ...args) => args.reduce((s, a, i) => s.replace(`{${i}}`, a), strings[lang][key]);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const factor = checklist.factors[0];
const indicator = factor.indicators[0];

let server, orca;
before(async () => {
  server = await startServer(DIST);
  orca = await Orca.start();
});
after(async () => {
  await orca?.stop();
  await server?.close();
});

const state = () => orca.evaluate('window.lestari.state()');
const levelOf = async (id) => (await state()).answers.find((a) => a.id === id)?.level ?? null;
const log = (what, heard) => { if (process.env.LESTARI_ORCA_LOG) console.log(`${what}: ${heard}`); };

// Tab (or Shift+Tab) until the page's focus is on the mirror element `key`
// (the page's own truth, asked after each key), then waits for Orca to say
// what re matches. Orca's words are never matched to a Tab they do not
// answer: on a loaded machine Orca's answer to one Tab can come after the next.
async function tabTo(key, re, { back = false, max = 40 } = {}) {
  const focused = () => orca.evaluate('document.activeElement && document.activeElement.dataset.key || ""');
  orca.mark();
  for (let i = 0; i < max && (await focused()) !== key; i++) {
    const before = await focused();
    orca.key(back ? 'shift+Tab' : 'Tab');
    for (let t = 0; t < 100 && (await focused()) === before; t++) await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.equal(await focused(), key, `Tab never reached ${key}`);
  const heard = await orca.waitFor(re);
  log(`tab to ${key}`, heard);
  return heard;
}

// Keys, then what Orca said until it has been quiet a moment.
async function say(keys, expect) {
  orca.key(...[].concat(keys));
  let heard = '';
  try {
    if (expect) heard = await orca.waitFor(expect);
  } catch (e) {
    // What the page was doing, for whoever reads the failure.
    const page = await orca.evaluate(`JSON.stringify({ screen: window.lestari.screen(),
      focus: document.activeElement && (document.activeElement.dataset.key || document.activeElement.tagName) })`);
    throw new Error(`${e.message}; the page: ${page}`);
  }
  return await orca.quiet(300) || heard;
}

test('a blind user walks through Lestari with Orca: start, profile, a question, results, an import error, the settings, in Indonesian and in English', async () => {
  orca.mark();
  await orca.openApp(server.url);
  await orca.quiet(500);

  // The start screen: Tab to the first action; Enter opens the profile, whose heading is what is heard.
  await tabTo('start.new', /Mulai penilaian baru push button/);
  let heard = await say('Return', /Profil inovasi heading level 1/);
  assert.doesNotMatch(heard, /combo box|Focus mode|clickable/, `arriving on the profile: "${heard}"`);

  // Into the first factor: its heading is heard; Tab reaches the first question's levels.
  await tabTo('nav.next', /Berikutnya push button/);
  heard = await say('Return', new RegExp(`${esc(factor.title.id)} heading level 1`));
  assert.doesNotMatch(heard, /Profil inovasi/, `the new screen's heading, not the old one's: "${heard}"`);
  assert.match(heard, new RegExp(`Langkah 2 dari ${checklist.factors.length + 3}`), `the step is heard: "${heard}"`);
  // The first question: Tab reaches its levels, the group says it is not answered yet.
  heard = await tabTo(`level.${indicator.id}.0`, /radio button/);
  assert.match(heard, /Indikator 1\.1 · belum dijawab: /);
  assert.match(heard, new RegExp(`0 · ${esc(checklist.levelNames[0].id)}`));
  // Arrows read the levels with their descriptors and change nothing; Space chooses, Space again keeps it.
  heard = await say('Down', new RegExp(`1 · ${esc(checklist.levelNames[1].id)}`));
  assert.match(heard, new RegExp(esc(indicator.levels[1].id.slice(0, 30))));
  await say('Down', new RegExp(`2 · ${esc(checklist.levelNames[2].id)}`));
  assert.equal(await levelOf(indicator.id), null, 'reading the levels answers nothing');
  await say('space', /selected/);
  assert.equal(await levelOf(indicator.id), 2);
  heard = await say('space');
  assert.doesNotMatch(heard, /not selected/);
  assert.equal(await levelOf(indicator.id), 2, 'Space again keeps the answer');
  // The note field is named with its indicator.
  await tabTo(`note.${indicator.id}`, /Catatan bukti indikator 1\.1 entry/);

  heard = await tabTo('step.6', /Hasil/, { back: true });
  heard = await say('Return', /Hasil kesiapan keberlanjutan heading level 1/);
  // Results: line by line (browse mode), the score and its band.
  heard = '';
  for (let i = 0; i < 6 && !/Skor keseluruhan/.test(heard); i++) heard = await say('Down');
  assert.match(heard, /Skor keseluruhan \d+,\d dari 100, kategori (Rentan|Bertumbuh|Kokoh|Lestari)/);
  // The stage lens: with no stage chosen the results offer the three; the
  // buttons go with the choice, and what it gave is said.
  await tabTo('results.stage.development', /Pengembangan push button/);
  heard = await say('Return', /Untuk tahap pengembangan: \d dari \d faktor sesuai harapan/);
  log('stage chosen', heard);

  // A broken file through the import button: the dialog is heard with its title and the reason.
  const broken = join(orca.dir, 'laporan-rusak.json');
  writeFileSync(broken, '{"schema": "lestari-report", "answers": ');
  await orca.answerFilePickers([broken]);
  await tabTo('results.import', /Impor laporan push button/);
  heard = await say('Return', /Tutup push button/);
  assert.match(heard, /Berkas tidak dapat diimpor dialog/);
  assert.match(heard, /laporan-rusak\.json.*Bukan JSON yang sah/, `the reason: "${heard}"`);
  await say('Escape', /Impor laporan push button/);  // closed: back where it was opened

  // The settings: heard as a dialog on opening; the display size says its new size.
  await tabTo('header.settings', /Tampilan push button/, { back: true });
  heard = await say('Return', /Pengaturan tampilan dialog/);
  await tabTo('settings.scale.up', /Perbesar tampilan push button/);
  heard = await say('space', /Ukuran tampilan 110 persen/);
  await say('Escape', /Tampilan push button/);

  // English: the switch is named "English" and says what it does; pressing it says the change, in English.
  heard = await tabTo('header.language', /English push button/, { back: true });
  assert.match(heard, /Ganti bahasa tampilan ke bahasa Inggris/);
  await say('Return', /Display language: English/);
  heard = await tabTo('header.settings', /Display push button/);
  heard = await tabTo('step.0', /Profile push button/);
  assert.doesNotMatch(heard, /1\. Profile/, "only a factor's step has a number");
  heard = await say('Return', /Innovation profile heading level 1/);
  assert.doesNotMatch(heard, /Profil inovasi/, `English only: "${heard}"`);
  heard = await tabTo('profile.stage.development', /radio button/);  // chosen on the results above
  assert.match(heard, /Innovation stage panel.*Development/, `a choice in English: "${heard}"`);
}, { timeout: 240000 });
