// Post-build step (see post-build.mjs): writes into the service worker (assets/site/sw.js,
// copied to dist/) the list of the app's files to keep for offline use and a version
// made from their contents, so that each deployment with any changed file is a new
// worker the browser installs beside the running one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const worker = join(dir, 'sw.js');
const files = readdirSync(dir)
  .filter((f) => f !== 'sw.js' && !/\.(gz|br)$/.test(f))
  .sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const source = readFileSync(worker, 'utf8');
if (!source.includes("'__VERSION__'") || !source.includes("['__FILES__']")) {
  console.error('service-worker: sw.js has no place for the version or the file list');
  process.exit(1);
}
writeFileSync(
  worker,
  source
    .replace("'__VERSION__'", JSON.stringify(version.digest('hex').slice(0, 16)))
    .replace("['__FILES__']", JSON.stringify(['./', ...files.map((f) => `./${f}`)])),
);
