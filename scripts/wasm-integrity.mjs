// Post-build step (see post-build.mjs): make the loader fetch the wasm with its integrity hash. Trunk
// puts the hash only on a preload link, which browsers ignore for fetch preloads, and
// its loader fetches the wasm without one; a tampered wasm would then run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
const html = readFileSync(file, 'utf8');
const preload = /<link rel="preload" href="\.\/([^"]+_bg\.wasm)"[^>]*integrity="([^"]+)"/.exec(html);
if (!preload) {
  console.error('wasm-integrity: no wasm preload with an integrity hash in index.html');
  process.exit(1);
}
const [, wasm, integrity] = preload;
const loader = `init({ module_or_path: './${wasm}' })`;
if (!html.includes(loader)) {
  console.error(`wasm-integrity: the loader does not call ${loader}`);
  process.exit(1);
}
const checked = `init({ module_or_path: fetch('./${wasm}', { integrity: '${integrity}' }) })`;
writeFileSync(file, html.replace(loader, checked));
