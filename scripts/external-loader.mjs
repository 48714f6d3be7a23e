// Post-build step (after wasm-integrity.mjs; see post-build.mjs): move the inline module script that
// starts the app into a file of its own, named by its hash and loaded with its
// integrity, so that the page runs under a Content-Security-Policy without
// 'unsafe-inline' (script-src 'self'; see docs/deployment.md).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const inline = /<script type=(?:"module"|module)>([\s\S]*?)<\/script>/;
const found = inline.exec(html);
if (!found) {
  console.error('external-loader: no inline module script in index.html');
  process.exit(1);
}
const code = `${found[1].trim()}\n`;
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
writeFileSync(join(dir, name), code);
const tag = `<script type="module" src="./${name}" integrity="${integrity}"></script>`;
const out = html.replace(inline, tag);
// Nothing inline may be left, except the live-reload script `trunk serve` adds for
// development (never in a `trunk build`, the only build that is deployed).
const served = out.replace(/<script>(?:(?!<\/script>)[\s\S])*__TRUNK_ADDRESS__[\s\S]*?<\/script>/, '');
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(served) || /\sstyle=/.test(served) || /\son[a-z]+=/.test(served)) {
  console.error('external-loader: index.html still has an inline script, style or handler');
  process.exit(1);
}
writeFileSync(file, out);
