// Size budgets (deterministic, so they run in CI; gzip -9, 1 KB = 1024 bytes):
// - lestari.html, the one file passed around on chat groups and USB sticks:
//   at most 492 KB as it is and 343 KB gzipped (docs/performance.md says
//   where the bytes are).
// - the hosted build (index.html, the same one file, with the service worker,
//   manifest and icon that make it installable over https): 345 KB gzipped.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2];
const KB = 1024;
const raw = (f) => readFileSync(join(dist, f)).length;
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const checks = [
  ['lestari.html as it is', raw('lestari.html'), 492 * KB],
  ['lestari.html gzipped', gz('lestari.html'), 343 * KB],
  ['hosted: index.html + sw.js + manifest + icon gzipped',
    ['index.html', 'sw.js', 'manifest.webmanifest', 'icon.svg'].reduce((n, f) => n + gz(f), 0), 345 * KB],
];
let failed = 0;
for (const [name, size, budget] of checks) {
  const ok = size <= budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok' : 'OVER BUDGET'}  ${name}: ${(size / KB).toFixed(1)} KB (budget ${budget / KB} KB)`);
}
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
