// Size budget (deterministic, so it runs in CI): the one-file build and the
// hosted build must each stay within 350 KB gzipped (gzip -9).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2];
const BUDGET = 350 * 1024;
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const single = gz('lestari.html');
const hosted = gz('index.html') + gz('index.js') + gz('index.wasm');
let passed = 0, failed = 0;
for (const [name, size] of [['lestari.html', single], ['index.html + index.js + index.wasm', hosted]]) {
  const ok = size <= BUDGET;
  ok ? passed++ : failed++;
  console.log(`${ok ? 'ok' : 'OVER BUDGET'}  ${name}: ${(size / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
