// Size budget (deterministic, part of the test command): the files a first visit loads
// (the page, every file it links or preloads and every file its scripts load, with
// config.json) must stay within
// BUDGET bytes gzip -9 in total. Prints each file's raw, gzip and brotli bytes.
//
// The goal is 150 KB with every feature and both languages; the budget is a ratchet
// just above the current build, lowered as the wasm shrinks, so that no change makes
// the first load heavier unnoticed. The screens after the questionnaire are a part of
// their own, fetched once the first screen runs (scripts/split.mjs), and so is a
// language's wording (scripts/languages.mjs): listed apart, and the absence of a later
// part (an unsplit build) fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { links } from './html-links.mjs';

const BUDGET = 274_500;
const GOAL = 150_000;

const dir = process.argv[2] ?? 'dist';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script\s[^>]*\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map(([, a, b]) => a ?? b);
const local = (href) => href && !/^[a-z]+:|^\/\//i.test(href);
const linked = [...links(html).map((l) => l.attrs.href), ...scripts].filter(local).map((href) => href.replace(/^\.\//, ''));
// And what those scripts load themselves (the loader fetches the wasm and imports the glue).
const loaded = scripts
  .filter(local)
  .map((href) => href.replace(/^\.\//, ''))
  .flatMap((name) => [...readFileSync(join(dir, name), 'utf8').matchAll(/['"]\.\/([\w.-]+\.(?:wasm|js))['"]/g)].map((m) => m[1]));
const files = ['index.html', ...new Set([...linked, ...loaded])];
let gz = 0;
let br = 0;
console.log(`${'first load (dist/)'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const name of files) {
  const raw = readFileSync(join(dir, name));
  const g = gzipSync(raw, { level: 9 }).length;
  const b = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  gz += g;
  br += b;
  console.log(`${name.padEnd(44)} ${String(raw.length).padStart(9)} ${String(g).padStart(9)} ${String(b).padStart(9)}`);
}
console.log(`${'TOTAL'.padEnd(44)} ${''.padStart(9)} ${String(gz).padStart(9)} ${String(br).padStart(9)}`);
// Fetched after the first screen runs, not before it can act (scripts/split.mjs), and
// each language's wording, fetched when a page is shown in it (scripts/languages.mjs).
const later = readdirSync(dir).filter((f) => (f.endsWith('.wasm') || f.endsWith('.po')) && !files.includes(f));
if (later.length === 0) {
  console.error('size-budget: no part of the app is loaded on demand (is the wasm split?)');
  process.exit(1);
}
console.log(`\n${'on demand, after the first screen (dist/)'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)}`);
for (const name of later) {
  const raw = readFileSync(join(dir, name));
  const g = gzipSync(raw, { level: 9 }).length;
  const b = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`${name.padEnd(44)} ${String(raw.length).padStart(9)} ${String(g).padStart(9)} ${String(b).padStart(9)}`);
}

// Languages do not weigh on the first load: no translated text is in it, and each
// language adds only the pointer to its file (a <meta> with its name and integrity) to
// the page. Measured against the same page with one language's pointer.
const languages = later.filter((f) => f.endsWith('.po'));
const firstLoad = files.map((name) => readFileSync(join(dir, name)));
for (const name of languages) {
  const po = readFileSync(join(dir, name), 'utf8');
  const translated = [...po.matchAll(/^msgstr(?:\[\d+\])? "((?:[^"\\]|\\.){24,})"$/gm)].map((m) => JSON.parse(`"${m[1]}"`));
  const inFirst = translated.filter((t) => firstLoad.some((bytes) => bytes.includes(Buffer.from(t))));
  // English and the translation may agree (a name, a code); a file whose own wording
  // is in the first load is not.
  if (inFirst.length > translated.length / 20) {
    console.error(`size-budget: ${inFirst.length} texts of ${name} are in the first load, e.g. “${inFirst[0]}”`);
    process.exit(1);
  }
}
const pointers = [...html.matchAll(/<meta name="shorewise-language-[^>]*>/g)].map((m) => m[0]);
const oneLanguage = pointers.slice(1).reduce((page, meta) => page.replace(meta, ''), html);
const perLanguage = pointers.length > 1 ? (gzipSync(Buffer.from(html), { level: 9 }).length - gzipSync(Buffer.from(oneLanguage), { level: 9 }).length) / (pointers.length - 1) : 0;
console.log(`languages: ${languages.length} files on demand; each adds ${perLanguage.toFixed(0)} bytes gzip to the first load (its pointer in index.html), no text`);
if (languages.length === 0 || perLanguage > 120) {
  console.error(`size-budget: a language should add only its pointer to the first load (${perLanguage} bytes gzip each)`);
  process.exit(1);
}
console.log(`budget ${BUDGET} bytes gzip (goal ${GOAL}): ${gz <= BUDGET ? 'within' : 'OVER'} by ${Math.abs(BUDGET - gz)}`);
if (gz > BUDGET) {
  console.error(`size-budget: the first load is ${gz} bytes gzip, over the budget of ${BUDGET}`);
  process.exit(1);
}
