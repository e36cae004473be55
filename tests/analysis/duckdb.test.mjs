// docs/analysis.md, as written: its SQL, run by DuckDB on 2,000 reports made
// by Lestari's own exporter, gives the figures lestari.aggregate gives in the
// page for the same files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { launchBrowser, openApp, fileUrl } from '../browser/harness.mjs';

const COUNT = 2000;
const root = join(import.meta.dirname, '..', '..');
let dir, browser;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'lestari-reports-'));
  execFileSync(process.env.GENERATOR, [dir, String(COUNT)], { stdio: 'inherit' });
});
after(async () => { await browser?.close(); if (dir) rmSync(dir, { recursive: true, force: true }); });

// The ```sql blocks of the document, statement by statement, on this folder.
function documentedSql() {
  const doc = readFileSync(join(root, 'docs', 'analysis.md'), 'utf8');
  const blocks = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1].replaceAll("'reports/*.json'", `'${dir}/*.json'`)
    .replaceAll("'checklist.json'", `'${join(root, 'assets', 'checklist.json')}'`));
  return blocks.flatMap((b) => b.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean));
}

test('the documented DuckDB SQL gives the group view\'s figures for 2,000 reports', async () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  assert.equal(files.length, COUNT);

  // 1. DuckDB, running the document's statements in order.
  const db = await DuckDBInstance.create(':memory:');
  const sql = await db.connect();
  const results = [];
  for (const statement of documentedSql()) {
    const reader = await sql.runAndReadAll(statement);
    if (/^SELECT/i.test(statement)) results.push(reader.getRowObjectsJson());
  }
  const [factors, overall, indicators, disagreement, stageCounts, stageFactors] = results;
  assert.equal(results.length, 6, 'six SELECT statements in docs/analysis.md');

  // 2. Lestari, in the page, on the same files.
  browser = await launchBrowser();
  const { page, context } = await openApp(browser, fileUrl(), { offline: true });
  await page.evaluate(() => { window.__texts = []; });
  for (let i = 0; i < files.length; i += 250) {
    const chunk = files.slice(i, i + 250).map((f) => readFileSync(join(dir, f), 'utf8'));
    await page.evaluate((c) => window.__texts.push(...c), chunk);
  }
  const group = await page.evaluate(() => window.lestari.aggregate(window.__texts));
  await context.close();
  assert.equal(group.reports.read, COUNT);
  assert.equal(group.reports.failed, 0);
  assert.ok(group.reports.notCounted > 30, 'resubmissions are in the sample');

  const near = (a, b, what) => assert.ok(Math.abs(Number(a) - Number(b)) <= 0.006, `${what}: DuckDB ${a}, Lestari ${b}`);
  const sameStats = (duck, ours, what) => {
    assert.equal(Number(duck.n), ours.n, `${what} n`);
    for (const k of ['mean', 'median', 'min', 'max', 'sd']) near(duck[k], ours[k], `${what} ${k}`);
  };
  const [duckOverall] = overall;
  sameStats(duckOverall, group.overall, 'overall');
  assert.equal(Number(duckOverall.n), group.reports.counted);
  for (const f of group.factors) sameStats(factors.find((x) => x.factor === f.id), f, f.id);
  assert.equal(factors[0].factor, group.weakestFactor, 'the weakest factor');
  for (const ind of group.indicators) {
    const d = indicators.find((x) => x.indicator === ind.id);
    sameStats(d, ind, ind.id);
    assert.deepEqual([d.level0, d.level1, d.level2, d.level3, d.level4].map(Number), ind.levels, `${ind.id} levels`);
    assert.equal(Number(d.notApplicable), ind.notApplicable, `${ind.id} N/A`);
    assert.equal(Number(d.unanswered), ind.unanswered, `${ind.id} unanswered`);
  }
  assert.deepEqual(disagreement.map((x) => x.indicator), group.disagreement);
  // The room by stage.
  assert.equal(group.stages.length, 3);
  for (const st of group.stages) {
    const count = stageCounts.find((x) => x.stage === st.stage);
    assert.ok(st.reports > 100, `${st.stage}: the sample has innovations at every stage`);
    assert.equal(Number(count.innovations), st.reports, `${st.stage} innovations`);
    for (const f of st.factors) {
      const d = stageFactors.find((x) => x.stage === st.stage && x.factor === f.id);
      const what = `${st.stage} ${f.id}`;
      assert.equal(Number(d.n), f.n, `${what} n`);
      near(d.mean, f.mean, `${what} mean`);
      near(d.expected, f.expected, `${what} expected`);
      assert.equal(Number(d.met), f.met, `${what} met`);
    }
  }
  assert.equal(Number(stageCounts.find((x) => x.stage === null).innovations), group.noStage, 'no stage');
  assert.ok(group.noStage > 50);
});
