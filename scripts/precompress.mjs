// Post-build step (last; see post-build.mjs): a gzip (-9) and a brotli (quality 11) copy
// beside each file a browser downloads, for hosts that serve precompressed files
// (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, many CDNs). Left out:
// config.json, which a site edits after the build (a stale copy would be served), and
// a copy that would not be smaller.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
// Development builds (`trunk serve`) are served by Trunk itself: no copies to write.
const release = process.env.TRUNK_PROFILE !== 'debug';
const TEXT = /\.(wasm|js|css|html|svg|json|po)$/;
for (const name of release ? readdirSync(dir) : []) {
  if (!TEXT.test(name) || name === 'config.json') continue;
  const raw = readFileSync(join(dir, name));
  const copies = {
    gz: gzipSync(raw, { level: 9 }),
    br: brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
  };
  for (const [ext, bytes] of Object.entries(copies)) {
    if (bytes.length < raw.length) writeFileSync(join(dir, `${name}.${ext}`), bytes);
  }
}
