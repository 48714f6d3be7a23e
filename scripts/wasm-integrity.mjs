// Post-build step (see post-build.mjs): make the loader fetch the wasm with its integrity hash. Trunk
// puts the hash only on a preload link, which browsers ignore for fetch preloads, and
// its loader fetches the wasm without one; a tampered wasm would then run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { links } from './html-links.mjs';

const file = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
const html = readFileSync(file, 'utf8');
const preload = links(html).map((l) => l.attrs).find((l) => l.rel === 'preload' && /^\.\/[^/]+_bg\.wasm$/.test(l.href ?? '') && l.integrity);
if (!preload) {
  console.error('wasm-integrity: no wasm preload with an integrity hash in index.html');
  process.exit(1);
}
const [wasm, integrity] = [preload.href.slice(2), preload.integrity];
const loader = `init({ module_or_path: './${wasm}' })`;
if (!html.includes(loader)) {
  console.error(`wasm-integrity: the loader does not call ${loader}`);
  process.exit(1);
}
const checked = `init({ module_or_path: fetch('./${wasm}', { integrity: '${integrity}' }) })`;
writeFileSync(file, html.replace(loader, checked));
