// Every character the app can show exists in the fonts it may be drawn with.
// The page carries subsets of Noto Sans (scripts/build/subset_font.py): the
// regular one to assets/font-ranges.txt, the bold one (bold text, headings,
// titles) to ASCII and the characters of the checklist and translations. A
// character written in the C++ code itself is in neither list unless someone
// adds it, and ImGui draws a missing glyph as "?" ("Skor ?" was the sort
// arrow of the group's table). So: every character of both languages' texts,
// and every non-ASCII character of the UI's string literals, must be in both
// subsets, since a literal may be drawn in either font.
// Usage: node tests/font_coverage.mjs <generated dir of the web build>
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const generated = process.argv[2] || join(ROOT, 'build', 'web', 'generated');

function ranges(file) {
  const set = new Set();
  for (const line of readFileSync(join(generated, file), 'utf8').split('\n')) {
    const m = line.trim().match(/^([0-9A-F]+)-([0-9A-F]+)$/i);
    if (!m) continue;
    for (let c = parseInt(m[1], 16); c <= parseInt(m[2], 16); c++) set.add(c);
  }
  return set;
}
const fonts = { regular: ranges('NotoSans-Regular.ranges.txt'), bold: ranges('NotoSans-Bold.ranges.txt') };

// Where each character comes from, for the message.
const wanted = new Map();
const want = (text, where) => {
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c >= 0x20 && c !== 0x7F && !(c >= 0x80 && c < 0xA0) && !wanted.has(c)) wanted.set(c, where);
  }
};

// The texts, both languages (every string and every checklist text).
const walk = (value, where) => {
  if (typeof value === 'string') want(value, where);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v, where);
};
walk(JSON.parse(readFileSync(join(ROOT, 'assets', 'strings.json'), 'utf8')), 'assets/strings.json');
walk(JSON.parse(readFileSync(join(ROOT, 'assets', 'checklist.json'), 'utf8')), 'assets/checklist.json');

// The UI's string literals (src/ui): "\xE2\x80\xBA" escapes and characters written as they are.
function literals(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { literals(path); continue; }
    if (!/\.(cpp|h)$/.test(name)) continue;
    const source = readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '');  // not what comments say
    for (const m of source.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)) {
      const bytes = [];
      for (let i = 0; i < m[1].length; i++) {
        const x = m[1].slice(i).match(/^\\x([0-9A-Fa-f]{2})/);
        if (x) { bytes.push(parseInt(x[1], 16)); i += 3; continue; }
        if (m[1][i] === '\\') { i++; continue; }  // \n, \", \\: ASCII
        bytes.push(...Buffer.from(m[1][i], 'utf8'));
      }
      const text = Buffer.from(bytes).toString('utf8');
      if (/[^\x00-\x7F]/.test(text)) want(text.replace(/[\x00-\x7F]/g, ''), path.slice(ROOT.length + 1));
    }
  }
}
literals(join(ROOT, 'src', 'ui'));

const missing = [];
for (const [c, where] of wanted) {
  for (const [font, set] of Object.entries(fonts)) {
    if (!set.has(c)) missing.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(c)}" (${where}) is not in the ${font} font`);
  }
}
if (missing.length) {
  console.error(missing.join('\n'));
  console.error(`${missing.length} missing: draw such a mark as a shape, or add the character to the font's subset`);
  process.exit(1);
}
console.log(`ok  ${wanted.size} characters, all in both fonts`);
