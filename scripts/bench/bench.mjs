// Measures Lestari against the stock ImGui example in headless Chromium and
// prints every figure with its budget. Exit code 1 when a budget is broken.
// Usage: node bench.mjs <dist-dir> <stock.html> [--json out.json] [--reports dir-of-generated-reports]
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../tests/browser/harness.mjs';
import { startServer } from '../static-server.mjs';

const [dist, stock] = process.argv.slice(2);
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
const reportsDir = process.argv.includes('--reports') ? process.argv[process.argv.indexOf('--reports') + 1] : null;
const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;

const browser = await launchBrowser();
const rows = [];
let failed = 0;
function report(name, value, unit, budget, pass, ratio) {
  rows.push({ name, value, unit, budget, pass, ratio });
  if (!pass) failed++;
  const r = ratio === undefined ? '' : `  (ratio to stock: ${ratio})`;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${value} ${unit}  [budget ${budget}]${r}`);
}

// First frame: the end of the first frame drawn. The stock example draws in
// requestAnimationFrame callbacks; Lestari draws its first frame as soon as it
// has started and says so with the lestari-ready event.
// beforeLoad(cdp): e.g. start a trace before the page is opened.
async function open(url, beforeLoad) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const cdp = beforeLoad ? await context.newCDPSession(page) : null;
  if (beforeLoad) await beforeLoad(cdp);
  await page.addInitScript(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.__firstFrame = null;
    const first = () => { if (window.__firstFrame === null) { window.__firstFrame = performance.now(); performance.mark('lestari-first-frame'); } };
    window.requestAnimationFrame = (cb) => raf((t) => { const r = cb(t); first(); return r; });
    window.addEventListener('lestari-ready', first);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__firstFrame !== null, null, { timeout: 30000 });
  return { context, page, cdp };
}

// The wasm's layout: bytes per section id, the number of imported functions
// (function indices count them first) and each function body's size.
function wasmLayout(wasm) {
  let p = 8;
  const leb = () => { let v = 0, shift = 0, b; do { b = wasm[p++]; v += (b & 0x7F) * 2 ** shift; shift += 7; } while (b & 0x80); return v; };
  const out = { sections: {}, imports: 0, code: [] };
  while (p < wasm.length) {
    const id = wasm[p++];
    const size = leb();
    const end = p + size;
    out.sections[id] = (out.sections[id] || 0) + size;
    if (id === 2) {  // imports: module, name, kind, then the kind's description
      for (let n = leb(); n > 0; n--) {
        p += leb(); p += leb();
        const kind = wasm[p++];
        if (kind === 0) { leb(); out.imports++; }
        else if (kind === 1) { p++; if (leb() & 1) { leb(); } leb(); }
        else if (kind === 2) { if (leb() & 1) { leb(); } leb(); }
        else if (kind === 3) p += 2;
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) { const body = leb(); out.code.push(body); p += body; }
    }
    p = end;
  }
  return out;
}

async function idleTask(url, seconds) {
  const { context, page } = await open(url);
  await page.waitForTimeout(1500);  // let start-up work finish
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])).TaskDuration;
  const t0 = await metric();
  await page.waitForTimeout(seconds * 1000);
  const used = (await metric()) - t0;
  await context.close();
  return used;
}

// Median of 7 runs per page, the two pages alternating so that they share
// whatever else the machine is doing.
// slowdown: the CPU slowed that many times (DevTools' throttling), as on a weak office laptop.
async function startTimes(urls, runs = 7, slowdown = 1) {
  const throttle = slowdown > 1 ? (cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown }) : undefined;
  const times = urls.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (const [k, url] of urls.entries()) {
      const { context, page } = await open(url, throttle);
      times[k].push(await page.evaluate(() => window.__firstFrame));
      await context.close();
    }
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
}

const lestariUrl = pathToFileURL(join(dist, 'lestari.html')).href;

// The WebAssembly the page carries (gzip in base64 in its data block).
function pageWasm() {
  const page = readFileSync(join(dist, 'lestari.html'), 'utf8');
  const block = page.match(/<script type="application\/octet-stream" id="lestari-wasm"[^>]*>([^<]*)<\/script>/);
  return gunzipSync(Buffer.from(block[1], 'base64'));
}
const stockUrl = pathToFileURL(stock).href;

// 1. Size.
const single = gz(join(dist, 'lestari.html'));
const hosted = ['index.html', 'sw.js', 'manifest.webmanifest', 'icon.svg'].reduce((s, f) => s + gz(join(dist, f)), 0);
const stockSize = gz(stock);
report('lestari.html gzip -9', kb(single), '', '<= 343 KB', single <= 343 * 1024, (single / stockSize).toFixed(2));
report('hosted build (index.html = the one file, sw.js, manifest, icon) gzip -9', kb(hosted), '', '<= 345 KB', hosted <= 345 * 1024);
console.log(`      stock example (one file) gzip -9: ${kb(stockSize)}`);

// Where the bytes are: the wasm's code and data, the embedded assets by file
// (as embedded: tables pre-parsed, JSON minified), the JavaScript and the page around them.
{
  const wasm = pageWasm();
  const { sections } = wasmLayout(wasm);
  const zipped = (buf) => gzipSync(buf, { level: 9 }).length;
  const part = (name, buf) => console.log(`      ${name.padEnd(44)} ${kb(buf.length).padStart(9)} raw ${kb(zipped(buf)).padStart(9)} gzip`);
  console.log('      size by part:');
  part('wasm (whole)', wasm);
  console.log(`      ${'  code section'.padEnd(44)} ${kb(sections[10] || 0).padStart(9)} raw`);
  console.log(`      ${'  data section (assets, fonts, tables)'.padEnd(44)} ${kb(sections[11] || 0).padStart(9)} raw`);
  const assets = join(import.meta.dirname, '..', '..', 'assets');
  const generated = join(dist, '..', 'generated');
  for (const f of ['checklist.table', 'strings.table']) part(`  embedded ${f} (pre-parsed)`, readFileSync(join(generated, f)));
  for (const f of ['demo-report.json', 'demo-report.en.json']) {  // as embedded: no derived parts (scripts/build/embed_assets.py)
    const { factors, overall, recommendations, method, ...given } = JSON.parse(readFileSync(join(assets, f), 'utf8'));
    part(`  embedded ${f} (minified, given parts)`, Buffer.from(JSON.stringify(given)));
  }
  for (const f of ['font-ranges.txt', 'summary.css']) part(`  embedded ${f}`, readFileSync(join(assets, f)));
  for (const f of ['NotoSans-Regular.subset.ttf', 'NotoSans-Bold.subset.ttf', 'NotoSans-Bold.ranges.txt']) part(`  embedded ${f}`, readFileSync(join(generated, f)));
  const page = readFileSync(join(dist, 'lestari.html'), 'utf8');
  part('JavaScript (the page\'s script, minified)', Buffer.from(page.match(/<script>([\s\S]*?)<\/script>/)[1]));
  const block = page.match(/<script type="application\/octet-stream"[^>]*>([^<]*)<\/script>/);
  part('lestari.html: compressed wasm block (base64)', Buffer.from(block ? block[1] : ''));
  part('lestari.html: everything else (shell, CSS, JS)', Buffer.from(block ? page.replace(block[0], '') : page));
}
report('lestari.html raw', kb(readFileSync(join(dist, 'lestari.html')).length), '', '<= 492 KB',
  readFileSync(join(dist, 'lestari.html')).length <= 492 * 1024);

// 2. Idle: main-thread task time over 10 s with no input.
const idleL = await idleTask(lestariUrl, 10);
const idleS = await idleTask(stockUrl, 10);
const idleRatio = idleL / idleS;
report('idle main-thread task time over 10 s', (idleL * 1000).toFixed(1), 'ms', '<= 2% of stock', idleRatio <= 0.02,
  `${(idleRatio * 100).toFixed(2)}% (stock ${(idleS * 1000).toFixed(0)} ms)`);

// 3. Start: navigation to the first drawn frame (median of 7), from file://
// (a copy on disk) and over http (both one-file pages, from the same server).
const [startL, startS] = await startTimes([lestariUrl, stockUrl]);
report('navigation to first frame, file:// (median of 7)', startL.toFixed(0), 'ms', '<= 500 ms and <= 0.5 x stock',
  startL <= 500 && startL <= 0.5 * startS, `${(startL / startS).toFixed(2)} (stock ${startS.toFixed(0)} ms)`);
{
  const lestariServer = await startServer(dist);
  const stockServer = await startServer(dirname(stock));
  const [httpL, httpS] = await startTimes([`${lestariServer.url}lestari.html`, `${stockServer.url}${basename(stock)}`]);
  report('navigation to first frame, http (median of 7)', httpL.toFixed(0), 'ms', '<= 500 ms and <= 0.5 x stock',
    httpL <= 500 && httpL <= 0.5 * httpS, `${(httpL / httpS).toFixed(2)} (stock ${httpS.toFixed(0)} ms)`);
  await lestariServer.close();
  await stockServer.close();
}
{
  // The same at 4x CPU slowdown: the ratio to the stock example no worse than unthrottled.
  const [slowL, slowS] = await startTimes([lestariUrl, stockUrl], 5, 4);
  const ratio = slowL / slowS;
  report('navigation to first frame, file://, CPU 4x slower (median of 5)', slowL.toFixed(0), 'ms',
    '<= 0.5 x stock and no worse a ratio than unthrottled', ratio <= 0.5 && ratio <= startL / startS + 0.05,
    `${ratio.toFixed(2)} (stock ${slowS.toFixed(0)} ms)`);
}
// What the start has to compile: the browser compiles each wasm function on
// its first call (a wasm.CompileLazy trace event), so every function run
// before the first frame is also compiled before it. Counted from a trace;
// the sizes are those of index.wasm, the same binary lestari.html carries.
{
  const sizes = wasmLayout(pageWasm());
  const events = [];
  const { context, cdp: tracing } = await open(lestariUrl, async (cdp) => {
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    await cdp.send('Tracing.start', { categories: 'v8.wasm,blink.user_timing', transferMode: 'ReportEvents' });
  });
  await new Promise((done) => { tracing.once('Tracing.tracingComplete', done); tracing.send('Tracing.end'); });
  await context.close();
  const ready = events.find((e) => e.name === 'lestari-first-frame');
  const compiled = events.filter((e) => e.name === 'wasm.CompileLazy' && ready && e.ts < ready.ts);
  const bytes = compiled.reduce((n, e) => n + (sizes.code[e.args.func_index - sizes.imports] || 0), 0);
  report('wasm code compiled before the first frame', kb(bytes), `(${compiled.length} of ${sizes.code.length} functions)`,
    '<= 200 KB', ready !== undefined && compiled.length > 0 && bytes <= 200 * 1024);
}

// 4. Responsiveness: input to the next drawn frame, and the work of 1,000 reports.
{
  const { context, page } = await open(lestariUrl);
  await page.waitForFunction(() => window.lestari && window.lestari.isReady);
  await page.evaluate(() => window.lestari.goTo('factor:innovator_capacity'));
  await page.waitForTimeout(500);
  // Measured inside the page: a pointer event to the end of the frame it causes.
  const pointerToFrame = () => page.evaluate(async () => {
    const out = [];
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const before = window.lestari.frameCount();
      const t0 = performance.now();
      // On the canvas, where the app listens (a window listener for mouse buttons confuses screen readers).
      document.getElementById('canvas').dispatchEvent(new MouseEvent('mousemove', { clientX: 400 + i * 7, clientY: 300 + i * 5, bubbles: true }));
      while (window.lestari.frameCount() === before) await new Promise((r) => requestAnimationFrame(r));
      out.push(performance.now() - t0);
    }
    out.sort((a, b) => a - b);
    return out[Math.floor(out.length / 2)];
  });
  const med = await pointerToFrame();
  report('pointer event to drawn frame (factor screen), median of 20', med.toFixed(1), 'ms', '<= 50 ms', med <= 50);
  // The accessible mirror's update after an answer: describing the frame in
  // wasm (buildMs) plus diffing it into the DOM (applyMs), median of 15 clicks.
  const mirror = [];
  // The options on screen (at least two of one indicator), clicked in turn.
  const shown = await page.evaluate(() => window.lestari.widgets().map((w) => w.id).filter((id) => /^level\./.test(id)));
  const byIndicator = {};
  for (const id of shown) (byIndicator[id.replace(/\.\d$/, '')] ||= []).push(id);
  const options = Object.values(byIndicator).sort((a, b) => b.length - a.length)[0];
  for (let i = 0; mirror.length < 15 && i < 60; i++) {
    const w = await page.evaluate((id) => window.lestari.widget(id), options[i % options.length]);
    if (!w) continue;  // (scrolled out of view by an earlier answer)
    const before = await page.evaluate(() => window.lestari.mirrorStats().updates);
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    await page.waitForFunction((n) => window.lestari.mirrorStats().updates > n, before);
    await page.waitForTimeout(150);
    const st = await page.evaluate(() => window.lestari.mirrorStats());
    mirror.push(st.buildMs + st.applyMs);
  }
  mirror.sort((a, b) => a - b);
  const mirrorMs = mirror[Math.floor(mirror.length / 2)];
  report('accessible mirror update after an answer (factor screen), median of 15', mirrorMs.toFixed(2), 'ms', '< 2 ms', mirrorMs < 2);
  // The results and plan screens with a full plan: every recommendation has an action.
  await page.evaluate(() => {
    window.lestari.reset();
    const c = window.lestari.checklist();
    c.factors.forEach((f, fi) => f.indicators.forEach((ind, k) => {
      window.lestari.setAnswer(ind.id, (fi + k) % 4);
      window.lestari.setNote(ind.id, `Bukti ${fi}.${k}: SK, SOP dan notulen rapat tersedia.`);
    }));
    window.lestari.state().recommendations.forEach((r, k) => window.lestari.setAction(r.indicator,
      { pic: `PIC ${k}`, due: `2027-0${1 + (k % 9)}-15`, status: k % 3 ? 'in_progress' : 'not_started', note: 'Catatan tindak lanjut.' }));
  });
  for (const screen of ['results', 'plan']) {
    await page.evaluate((s) => window.lestari.goTo(s), screen);
    await page.waitForTimeout(800);
    const ms = await pointerToFrame();
    report(`pointer event to drawn frame (${screen} screen, full plan), median of 20`, ms.toFixed(1), 'ms', '<= 50 ms', ms <= 50);
  }

  const work = await page.evaluate(() => {
    const base = JSON.parse(window.lestari.exportReport());
    const texts = [];
    for (let i = 0; i < 1000; i++) {
      base.profile.name = `Inovasi ${i}`;
      base.answers.forEach((a, k) => { a.level = (i + k * 3) % 5; a.notApplicable = false; a.note = k % 4 === 0 ? `Bukti ${i}-${k}: SK dan SOP tersedia.` : ''; });
      texts.push(JSON.stringify(base, null, 2));
    }
    const t0 = performance.now();
    const results = window.lestari.scoreReports(texts);
    const ms = performance.now() - t0;
    return { ms, ok: results.filter((r) => r.ok).length, heap: window.lestari.memory() };
  });
  report('import and score 1,000 reports in the page', work.ms.toFixed(0), 'ms', '< 1000 ms', work.ms < 1000 && work.ok === 1000);
  report('wasm heap after that', (work.heap / 1048576).toFixed(1), 'MB', '< 64 MB', work.heap < 64 * 1048576);

  // A room: 500 reports aggregated in the page (the group view's computation).
  const room = await page.evaluate(() => {
    const base = JSON.parse(window.lestari.exportReport());
    const texts = [];
    for (let i = 0; i < 500; i++) {
      base.profile.name = `Inovasi ${i}`;
      base.answers.forEach((a, k) => { a.level = (i + k * 3) % 5; a.notApplicable = false; a.note = k % 4 === 0 ? `Bukti ${i}-${k}.` : ''; });
      texts.push(JSON.stringify(base, null, 2));
    }
    const t0 = performance.now();
    const g = window.lestari.aggregate(texts);
    return { ms: performance.now() - t0, counted: g.reports.counted, heap: window.lestari.memory() };
  });
  report('aggregate 500 reports in the page', room.ms.toFixed(0), 'ms', '< 1000 ms', room.ms < 1000 && room.counted === 500);
  report('wasm heap after that', (room.heap / 1048576).toFixed(1), 'MB', '< 64 MB', room.heap < 64 * 1048576);
  await context.close();
}

// A room as tests/analysis/generate_reports writes one (16 KB reports,
// recommendations and method included): lestari.aggregate of 1,000 and
// 10,000 (after a first run, as the page would be after its first room),
// the cost a report at each size (linear: about the same), and the heap,
// held (a WebAssembly memory never shrinks) and in use, after a room of
// 10,000 dropped as files is opened and closed.
if (reportsDir) {
  const { readdirSync } = await import('node:fs');
  const texts = readdirSync(reportsDir).filter((f) => f.endsWith('.json')).sort().slice(0, 10000)
    .map((f) => readFileSync(join(reportsDir, f), 'utf8'));
  const { context, page } = await open(lestariUrl);
  await page.evaluate(() => { window.__room = []; });
  for (let i = 0; i < texts.length; i += 500) await page.evaluate((c) => { window.__room.push(...c); }, texts.slice(i, i + 500));
  const heap = () => page.evaluate(() => ({ held: window.lestari.memory(), inUse: window.lestari.heapInUse() }));
  const mb = (b) => (b / 1048576).toFixed(1);
  const before = await heap();
  const aggregate = (n) => page.evaluate((count) => {
    const t0 = performance.now();
    const g = window.lestari.aggregate(window.__room.slice(0, count));
    return { ms: performance.now() - t0, read: g.reports.read };
  }, n);
  const first = await aggregate(1000);
  const median = async (n) => { const r = []; for (let i = 0; i < 3; i++) r.push((await aggregate(n)).ms); return r.sort((a, b) => a - b)[1]; };
  const ms1k = await median(1000), ms10k = await median(10000);
  report('aggregate 1,000 generated reports, first run of the page', first.ms.toFixed(0), 'ms', 'reported', first.read === 1000);
  report('aggregate 1,000 generated reports, median of 3', ms1k.toFixed(0), 'ms', '<= 100 ms', ms1k <= 100);
  report('aggregate 10,000 generated reports, median of 3', ms10k.toFixed(0), 'ms', '<= 1000 ms', ms10k <= 1000);
  report('cost a report at 10,000 against 1,000 (linear: near 1)', (ms10k / 10 / ms1k).toFixed(2), 'x', '< 1.3', ms10k / 10 / ms1k < 1.3);
  const afterApi = await heap();
  report('heap in use after aggregate (before → after)', `${mb(before.inUse)} → ${mb(afterApi.inUse)}`, 'MB', 'within 0.5 MB', afterApi.inUse - before.inUse < 524288);
  // The same 10,000 dropped as files into the room, then closed.
  const t0 = Date.now();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    window.__room.forEach((t, i) => dt.items.add(new File([t], `r${i}.json`, { type: 'application/json' })));
    window.__room = null;
    performance.clearMeasures('lestari-read');
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => window.lestari.screen() === 'group', null, { timeout: 300000, polling: 200 });
  const dropMs = Date.now() - t0;
  // Each slice of the app's work between frames (the "lestari-read" measures):
  // the page keeps answering while a room is read. A time, so measured here,
  // not asserted in a test (tests/browser/room.test.mjs checks the slicing itself).
  const slices = await page.evaluate(() => performance.getEntriesByName('lestari-read').map((e) => e.duration));
  const longest = Math.max(...slices);
  report('longest slice of reading while 10,000 files are dropped', longest.toFixed(0), 'ms', '<= 100 ms', longest <= 100);
  const open10k = await heap();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const close = await page.evaluate(() => window.lestari.widget('group.close'));
  await page.mouse.click(close.x + close.w / 2, close.y + close.h / 2);
  await page.waitForFunction(() => window.lestari.screen() === 'start');
  const closed = await heap();
  report('a room of 10,000 dropped as files: read and shown', (dropMs / 1000).toFixed(1), 's', 'reported', true);
  report('heap in use: before → room of 10,000 open → closed', `${mb(before.inUse)} → ${mb(open10k.inUse)} → ${mb(closed.inUse)}`, 'MB',
    'closed within 0.5 MB of before', closed.inUse - before.inUse < 524288);
  report('wasm memory held after all of it', mb(closed.held), 'MB', '< 64 MB', closed.held < 64 * 1048576);
  await context.close();
}

await browser.close();
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
console.log(failed ? `${failed} budget(s) broken` : 'all budgets met');
process.exit(failed ? 1 : 0);
