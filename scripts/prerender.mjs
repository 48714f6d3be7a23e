// Post-build step (see post-build.mjs): the welcome screen of a first visit, rendered to
// HTML natively by the app's own components (`cargo run --bin prerender`, see
// src/bin/prerender.rs), goes into the page, so the first paint shows it instead of an
// empty page while the wasm loads. The inline-free theme script shows it only where the
// app will draw the same screen (assets/site/theme.js); the app removes it just before
// drawing its own, in the same task, so nothing flashes or moves.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(dir, 'index.html');
const markup = execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'prerender'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 16 * 1024 * 1024,
});
if (!markup.includes('id="page-title"')) {
  console.error('prerender: the welcome screen did not render');
  process.exit(1);
}
const html = readFileSync(file, 'utf8');
if (!/<body>/.test(html)) {
  console.error('prerender: no <body> in index.html');
  process.exit(1);
}
writeFileSync(file, html.replace('<body>', `<body><div id="prerendered">${markup}</div>`));
