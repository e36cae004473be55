// Lighthouse's mobile preset (its defaults: simulated slow 4G with 150 ms
// round trips and 1.6 Mbit/s down, the CPU slowed 4x) on the page as
// scripts/serve.sh serves it (scripts/static-server.mjs: gzip where the
// browser accepts it). Three runs, the median by score, as Lighthouse's own
// guidance says; a run without a score (Chromium sometimes records no largest
// paint when the loading message is replaced within a frame) is said and not counted.
// Prints the score, first contentful paint, largest contentful paint, total
// blocking time, speed index and bytes transferred; exit code 1 when the
// median score is under target.
// Usage: node lighthouse.mjs <dist-dir> <lighthouse-cli.js> [--json out.json]
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '../static-server.mjs';

const [dist, cli] = process.argv.slice(2);
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : null;
const TARGET = 0.95;
const RUNS = 3;

async function run(url) {
  const dir = mkdtempSync(join(tmpdir(), 'lestari-lh-'));
  const out = join(dir, 'report.json');
  try {
    // Asynchronously: the server answering Lighthouse's Chromium runs in this process.
    await promisify(execFile)(process.execPath, [cli, url, '--only-categories=performance', '--output=json', `--output-path=${out}`,
      '--quiet', `--chrome-flags=--headless=new --no-sandbox --user-data-dir=${join(dir, 'profile')}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' } });
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const server = await startServer(dist);
const scored = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const lhr = await run(`${server.url}index.html`);
    if (lhr.categories.performance.score !== null) { scored.push(lhr); continue; }
    const why = [...new Set(Object.values(lhr.audits).filter((a) => a.errorMessage).map((a) => a.errorMessage))];
    console.log(`      Lighthouse run ${i + 1} gave no score (${why.join('; ').slice(0, 200)})`);
  }
} finally {
  await server.close();
}
if (!scored.length) { console.log('FAIL  Lighthouse mobile performance: no run gave a score'); process.exit(1); }
scored.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
const lhr = scored[Math.floor((scored.length - 1) / 2)];
const audit = (id) => lhr.audits[id];
const score = lhr.categories.performance.score;
console.log(`${score >= TARGET ? 'PASS' : 'FAIL'}  Lighthouse ${lhr.lighthouseVersion} mobile performance (median of ${scored.length}): ${score.toFixed(2)}  [budget >= ${TARGET}]` +
  `  (runs: ${scored.map((r) => r.categories.performance.score.toFixed(2)).join(', ')})`);
for (const [id, name] of [['first-contentful-paint', 'first contentful paint'], ['largest-contentful-paint', 'largest contentful paint'],
  ['total-blocking-time', 'total blocking time'], ['speed-index', 'speed index']]) {
  console.log(`      ${name}: ${audit(id).displayValue} (score ${audit(id).score})`);
}
console.log(`      bytes transferred: ${(audit('total-byte-weight').numericValue / 1024).toFixed(0)} KiB`);
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ score, fcp: audit('first-contentful-paint').numericValue, lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue, si: audit('speed-index').numericValue, bytes: audit('total-byte-weight').numericValue }, null, 2));
}
process.exit(score >= TARGET ? 0 : 1);
