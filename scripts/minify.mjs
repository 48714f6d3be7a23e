// Post-build step (see post-build.mjs): release builds are minified here rather than by
// Trunk, whose JavaScript minifier cannot read wasm-bindgen's glue (`export { … as
// default }`) and printed a warning on every good build. The glue and the other scripts
// the page loads with an integrity hash (the theme script, the loader) go through terser
// (local names only: the names the wasm imports and the module exports are kept), the
// one style sheet through Lightning CSS (the minifier Trunk itself uses); each integrity
// hash in index.html is updated to match. Debug builds are left readable.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { minify } from 'terser';
import { links, tags } from './html-links.mjs';

if (process.env.TRUNK_PROFILE === 'debug') process.exit(0);

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

/** Rewrites a file the page loads (at `href`) with `shrink`, and its integrity hash. */
async function rewrite({ tag, attrs }, href, shrink) {
  const path = join(dir, href.replace(/^\.\//, ''));
  const code = await shrink(readFileSync(path, 'utf8'));
  writeFileSync(path, code);
  const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  html = html.replace(tag, tag.replace(attrs.integrity, integrity));
}

const local = (href) => /^\.\/[^/]+$/.test(href ?? '');
const js = async (code) => (await minify(code, { module: true, compress: true, mangle: true })).code;
// The glue and the split loader (scripts/split.mjs), preloaded as modules; the theme script. (The loader is minified where it is
// written, external-loader.mjs.)
const glue = links(html).filter((l) => l.attrs.rel === 'modulepreload' && l.attrs.integrity && local(l.attrs.href));
const scripts = tags(html, 'script').filter(
  (s) => s.attrs.integrity && local(s.attrs.src) && !/^\.\/loader-/.test(s.attrs.src),
);
const sheets = links(html).filter((l) => l.attrs.rel === 'stylesheet' && l.attrs.integrity && local(l.attrs.href));
if (glue.length === 0 || sheets.length === 0) {
  console.error('minify: no module preload of the glue or no style sheet with an integrity hash in index.html');
  process.exit(1);
}
for (const l of glue) await rewrite(l, l.attrs.href, js);
for (const s of scripts) await rewrite(s, s.attrs.src, js);
for (const l of sheets) {
  await rewrite(l, l.attrs.href, (css) =>
    transform({ filename: l.attrs.href, code: Buffer.from(css), minify: true }).code.toString(),
  );
}
writeFileSync(file, html);
