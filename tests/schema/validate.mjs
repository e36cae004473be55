// Validates every example report against assets/report.schema.json with ajv
// (JSON Schema draft 2020-12): the committed examples in docs/examples, the
// demo report in assets/, and fresh exports written by export_examples.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [exporter, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
execFileSync(exporter, [outDir], { stdio: 'inherit' });

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'assets', 'report.schema.json'), 'utf8')));
const validateGroup = ajv.compile(JSON.parse(readFileSync(join(root, 'assets', 'group.schema.json'), 'utf8')));
const isGroup = (f) => /(^|\/)group-[a-z]+\.json$/.test(f);

const files = [
  join(root, 'assets', 'demo-report.json'),
  ...readdirSync(join(root, 'docs', 'examples')).filter((f) => f.endsWith('.json')).map((f) => join(root, 'docs', 'examples', f)),
  ...readdirSync(outDir).filter((f) => f.endsWith('.json')).map((f) => join(outDir, f)),
];
let passed = 0, failed = 0;
for (const f of files) {
  const doc = JSON.parse(readFileSync(f, 'utf8'));
  const check = isGroup(f) ? validateGroup : validate;
  if (check(doc)) { passed++; continue; }
  failed++;
  console.error(`INVALID ${f}\n${JSON.stringify(check.errors, null, 1)}`);
}
const group = JSON.parse(readFileSync(files.find(isGroup), 'utf8'));
group.indicators[0].levels.push(1);  // six levels: refused
if (validateGroup(group)) { failed++; console.error('group schema accepted six levels'); } else passed++;
// The validator must also refuse: a broken copy proves the schema has teeth.
const broken = JSON.parse(readFileSync(files[0], 'utf8'));
broken.answers[0].level = 7;
if (validate(broken)) { failed++; console.error('schema accepted a level of 7'); } else passed++;
if (files.length < 9) { failed++; console.error(`expected at least 9 example reports, found ${files.length}`); }
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
