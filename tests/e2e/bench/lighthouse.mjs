// Lighthouse 12 (mobile, simulated throttling: its defaults) on the release build served
// with compression (the build's precompressed copies), as a production host would serve
// it. Not a test: run by scripts/bench.sh. Lighthouse is fetched by npx on first use
// (from the package registry) and is not part of the test command's installation.
import { spawn } from 'node:child_process';
import { CHROMIUM } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

const VERSION = '12.8.2';
const server = await startServer({ dist: '../../dist', port: 0, base: '/shorewise/', compress: true });
const url = `http://127.0.0.1:${server.address().port}/shorewise/`;
// Asynchronous: the server answers from this process while Lighthouse runs.
const run = await new Promise((done) => {
  const child = spawn(
    'npx',
    [
      '--yes',
      `lighthouse@${VERSION}`,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-path=${CHROMIUM.executablePath}`,
      `--chrome-flags=--headless=new ${CHROMIUM.args.join(' ')}`,
    ],
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.on('close', (status) => done({ status, stdout, stderr }));
});
server.close();
if (run.status !== 0) {
  console.log(`Lighthouse did not run (exit ${run.status}): ${(run.stderr || '').trim().split('\n').slice(-3).join(' ')}`);
  process.exit(0);
}
const report = JSON.parse(run.stdout);
const scores = Object.values(report.categories)
  .map((c) => `${c.title} ${Math.round(c.score * 100)}`)
  .join(', ');
console.log(`Lighthouse ${report.lighthouseVersion} (${report.configSettings.formFactor}, ${report.configSettings.throttlingMethod} throttling): ${scores}`);
for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift', 'interactive']) {
  const audit = report.audits[id];
  if (audit) console.log(`  ${audit.title.padEnd(28)} ${audit.displayValue ?? ''}  (score ${Math.round((audit.score ?? 0) * 100)})`);
}
// Which element the largest paint was, and when in the load its phases fell.
const lcp = report.audits['largest-contentful-paint-element']?.details?.items ?? [];
const node = lcp[0]?.items?.[0]?.node;
if (node) console.log(`  largest paint: ${node.snippet}`);
for (const phase of lcp[1]?.items ?? []) console.log(`    ${phase.phase}: ${Math.round(phase.timing)} ms`);
for (const audit of Object.values(report.audits)) {
  if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode === 'binary') console.log(`  failed: ${audit.title}`);
}
