// Side by side with a peer (not a test; run by scripts/bench.sh): the same questionnaire
// built with SurveyJS (bench/peer/), and Shorewise's release build, loaded in one
// Chromium, both served with compression from 127.0.0.1. For each: the first load's
// size, first contentful paint and ready-to-act (Shorewise: the app's
// `shorewise:interactive` mark; the peer: its survey rendered), unthrottled and on an
// emulated phone (4× slower CPU, 1.6 Mbit/s down, 150 ms round trip); and the results
// opened after the last question on the phone, once the on-demand part has arrived.
import { chromium } from '@playwright/test';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROMIUM } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

const LOADS = 9;
const BASE = '/app/';

// The peer's files in a folder of their own, with precompressed copies like the build's.
const peerDir = mkdtempSync(join(tmpdir(), 'shorewise-peer-'));
for (const name of readdirSync('bench/peer')) copyFileSync(join('bench/peer', name), join(peerDir, name));
for (const file of ['survey-core/survey.core.min.js', 'survey-core/survey-core.fontless.min.css', 'survey-js-ui/survey-js-ui.min.js']) {
  copyFileSync(join('node_modules', file), join(peerDir, file.split('/')[1]));
}
let peerGzip = 0;
let peerBrotli = 0;
for (const name of readdirSync(peerDir)) {
  const raw = readFileSync(join(peerDir, name));
  const gz = gzipSync(raw, { level: 9 });
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  writeFileSync(join(peerDir, `${name}.gz`), gz);
  writeFileSync(join(peerDir, `${name}.br`), br);
  peerGzip += gz.length;
  peerBrotli += br.length;
}

const apps = [
  { name: 'Shorewise', dist: '../../dist', mark: 'shorewise:interactive' },
  { name: 'SurveyJS peer', dist: peerDir, mark: 'peer:interactive' },
];
for (const app of apps) {
  app.server = await startServer({ dist: app.dist, port: 0, base: BASE, compress: true });
  app.url = `http://127.0.0.1:${app.server.address().port}${BASE}`;
}

const browser = await chromium.launch({ ...CHROMIUM, headless: true });
const PHONE = { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 };

async function load(app, phone) {
  const context = await browser.newContext({ viewport: phone ? { width: 412, height: 823 } : { width: 1440, height: 900 } });
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  }
  await page.goto(app.url);
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0 && performance.getEntriesByName('first-contentful-paint').length > 0,
    app.mark,
    { timeout: 60_000 },
  );
  const times = await page.evaluate((mark) => {
    const bytes = [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')].reduce((sum, e) => sum + e.transferSize, 0);
    return {
      paint: performance.getEntriesByName('first-contentful-paint')[0].startTime,
      ready: performance.getEntriesByName(mark)[0].startTime,
      bytes,
    };
  }, app.mark);
  await context.close();
  return times;
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
};

console.log(`first load, gzip -9 / brotli: Shorewise see the size table above; SurveyJS peer ${peerGzip} / ${peerBrotli} bytes`);
for (const phone of [false, true]) {
  const results = new Map(apps.map((a) => [a.name, []]));
  // Alternating, so both see the same moments of this machine's load.
  for (let i = 0; i < LOADS; i++) for (const app of apps) results.get(app.name).push(await load(app, phone));
  const row = (name) => {
    const r = results.get(name);
    return { paint: median(r.map((x) => x.paint)), ready: median(r.map((x) => x.ready)), bytes: median(r.map((x) => x.bytes)) };
  };
  const [ours, peer] = apps.map((a) => row(a.name));
  console.log(phone ? `emulated phone (${PHONE.cpu}× CPU, 1.6 Mbit/s, ${PHONE.latency} ms), medians of ${LOADS}` : `unthrottled, medians of ${LOADS}`);
  for (const [name, r] of [['Shorewise', ours], ['SurveyJS peer', peer]]) {
    console.log(`  ${name.padEnd(14)} first paint ${r.paint.toFixed(0).padStart(6)} ms   ready to act ${r.ready.toFixed(0).padStart(6)} ms   transferred ${String(r.bytes).padStart(8)} bytes`);
  }
  console.log(`  ratio          first paint ${(ours.paint / peer.paint).toFixed(2)}× (target ≤ 0.2×)   ready to act ${(ours.ready / peer.ready).toFixed(2)}× (target ≤ 0.5×)`);
}

// Warm: the results after the last question, on the phone profile. The answers are saved
// and the page reloaded on the review step (as after answering every question); once
// the on-demand part has arrived (fetched when the first screen is interactive), the
// click on "See my recommendations" until the first advice card is in the page.
async function warmResults() {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const app = apps[0];
  await page.goto(`${app.url}#/example/uk-fintech`);
  await page.locator('.advice-card').first().waitFor({ timeout: 60_000 });
  await page.goto(`${app.url}#/review`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await page.reload();
  await page.waitForFunction(
    () => performance.getEntriesByName('shorewise:interactive').length > 0
      && performance.getEntriesByType('resource').some((e) => e.name.includes('/later-') && e.responseEnd > 0),
    undefined,
    { timeout: 60_000 },
  );
  // The part's compilation follows its arrival.
  await page.waitForTimeout(1000);
  const ms = await page.evaluate(async () => {
    const button = [...document.querySelectorAll('a, button')].find((b) => b.textContent.trim() === 'See my recommendations');
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector('.advice-card') ? resolve() : setTimeout(check, 0));
      check();
    });
    return performance.now() - t0;
  });
  await context.close();
  return ms;
}
const warm = [];
for (let i = 0; i < 5; i++) warm.push(await warmResults());
warm.sort((a, b) => a - b);
console.log(`emulated phone, results after the last question (warm): median ${median(warm).toFixed(0)} ms, range ${warm[0].toFixed(0)}–${warm[warm.length - 1].toFixed(0)} ms over ${warm.length} (target ≤ 150 ms)`);

await browser.close();
for (const app of apps) app.server.close();
rmSync(peerDir, { recursive: true, force: true });
