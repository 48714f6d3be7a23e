// Post-build step (see post-build.mjs): the style sheets, written as several files for
// people, are served as one (one request, one integrity hash), in the page's order,
// named by its hash.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { links } from './html-links.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const sheets = links(html).filter((l) => l.attrs.rel === 'stylesheet');
if (sheets.length === 0) {
  console.error('one-stylesheet: no style sheet in index.html');
  process.exit(1);
}
const names = sheets.map((l) => l.attrs.href.replace(/^\.\//, ''));
const css = names.map((name) => readFileSync(join(dir, name), 'utf8').trim()).join('\n') + '\n';
const name = `app-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
writeFileSync(join(dir, name), css);
html = html.replace(sheets[0].tag, `<link rel="stylesheet" href="./${name}" integrity="${integrity}">`);
for (const sheet of sheets.slice(1)) html = html.replace(sheet.tag, '');
writeFileSync(file, html);
for (const old of names) rmSync(join(dir, old));
