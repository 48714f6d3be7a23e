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

const BUDGET = 285_500;
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
console.log(`budget ${BUDGET} bytes gzip (goal ${GOAL}): ${gz <= BUDGET ? 'within' : 'OVER'} by ${Math.abs(BUDGET - gz)}`);
if (gz > BUDGET) {
  console.error(`size-budget: the first load is ${gz} bytes gzip, over the budget of ${BUDGET}`);
  process.exit(1);
}
