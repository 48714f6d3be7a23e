// Post-build step (see post-build.mjs): each language's translation file (i18n/<code>.po,
// copied to dist/ by Trunk) gets a name made from its contents, so that a browser may
// keep it for good, and the page names it with its integrity hash in
// <meta name="shorewise-language-<code>" content="<file> sha384-…">, which the app reads
// before fetching it (src/web/language.rs). English is built in.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const indexFile = join(dir, 'index.html');
let html = readFileSync(indexFile, 'utf8');
const metas = [];
for (const file of readdirSync(dir).filter((f) => /^[a-z]{2,3}\.po$/.test(f))) {
  const bytes = readFileSync(join(dir, file));
  const code = file.slice(0, -3);
  const named = `${code}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.po`;
  renameSync(join(dir, file), join(dir, named));
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  metas.push(`<meta name="shorewise-language-${code}" content="${named} ${integrity}">`);
}
if (metas.length === 0) {
  console.error('languages: no translation file in the build (index.html copies i18n/<code>.po)');
  process.exit(1);
}
if (!html.includes('</head>')) {
  console.error('languages: index.html has no </head>');
  process.exit(1);
}
html = html.replace('</head>', `${metas.join('')}</head>`);
writeFileSync(indexFile, html);
