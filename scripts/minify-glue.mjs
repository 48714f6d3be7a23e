// Post-build step (see post-build.mjs): wasm-bindgen's JavaScript glue, which Trunk does
// not minify, minified with terser (local names only: the names the wasm imports and the
// module exports are kept), and its integrity hash in index.html updated to match.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { links } from './html-links.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const glue = links(html).find((l) => l.attrs.rel === 'modulepreload' && /^\.\/[^/]+\.js$/.test(l.attrs.href ?? ''));
if (!glue || !glue.attrs.integrity) {
  console.error('minify-glue: no module preload of the glue with an integrity hash in index.html');
  process.exit(1);
}
const path = join(dir, glue.attrs.href.slice(2));
const { code } = await minify(readFileSync(path, 'utf8'), { module: true, compress: true, mangle: true });
writeFileSync(path, code);
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
html = html.replace(glue.tag, glue.tag.replace(glue.attrs.integrity, integrity));
writeFileSync(file, html);
