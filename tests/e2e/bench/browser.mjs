// Browser benchmark (not a test): startup and interaction timings of the release build
// in headless Chromium. Run by scripts/bench.sh after `trunk build --release`.
//
//   startup      navigation start -> first screen interactive (performance mark set by
//                the app once mounted), over LOADS fresh page loads
//   answer       click on an answer -> next paint, on the processes step with 50 processes
//   what-if      click on a what-if goal -> recommendations recomputed and painted, on the
//                results page with 50 processes
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../chromium.mjs';
import { startServer } from '../serve.mjs';

const LOADS = 15;
const CLICKS = 40;
const BASE = '/shorewise/';

const server = await startServer({ dist: '../../dist', port: 0, base: BASE });
const url = `http://127.0.0.1:${server.address().port}${BASE}`;
const browser = await chromium.launch({ ...CHROMIUM, headless: true });

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const at = (q) => v[Math.min(v.length - 1, Math.ceil(q * v.length) - 1)];
  return { n: v.length, min: v[0], p50: at(0.5), p95: at(0.95), max: v[v.length - 1] };
}

function report(name, s) {
  const f = (x) => x.toFixed(1).padStart(7);
  console.log(`${name.padEnd(34)} n=${String(s.n).padStart(3)}  p50 ${f(s.p50)} ms  p95 ${f(s.p95)} ms  min ${f(s.min)} ms  max ${f(s.max)} ms`);
}

// Startup: a fresh context each time, so nothing is reused between loads.
const startup = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('shorewise:interactive').length > 0);
  startup.push(await page.evaluate(() => performance.getEntriesByName('shorewise:interactive')[0].startTime));
  await context.close();
}
report('startup: navigation -> interactive', stats(startup));

// Build a 50-process assessment through the UI.
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await page.goto(`${url}#/processes`);
// The app renders once its settings are read: wait for the catalog before opening it.
await page.locator('details.catalog-group').first().waitFor({ state: 'attached' });
// Every catalog process (the catalog folds by category: open every group), then
// processes of the user's own up to 50.
await page.evaluate(() => document.querySelectorAll('details.catalog-group').forEach((d) => { d.open = true; }));
const unticked = page.locator('.catalog-item input[type=checkbox]:not(:checked)');
while ((await unticked.count()) > 0) {
  await unticked.first().check();
}
let n = await page.locator('article.process-card').count();
await page.locator('details.custom > summary').click();
for (let i = n; i < 50; i++) {
  await page.getByLabel('Process name').fill(`Custom process ${i + 1}`);
  await page.getByRole('button', { name: 'Add custom process' }).click();
}
n = await page.locator('article.process-card').count();
console.log(`(processes in the assessment: ${n})`);
// The first process's row opened, for the answer clicks.
await page.locator('article.process-card').first().locator('button.disclosure').first().click();

/** Clicks `selector` (the i-th match) in the page and resolves after the next paint. */
async function clickToPaint(selector, index) {
  return page.evaluate(
    async ([sel, i]) => {
      const el = document.querySelectorAll(sel)[i];
      const t0 = performance.now();
      el.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - t0;
    },
    [selector, index],
  );
}

// Answer clicks: alternate the strategic role of the first process.
const answer = [];
for (let i = 0; i < CLICKS; i++) {
  const role = i % 2 === 0 ? 1 : 2; // Critical, Supporting
  answer.push(await clickToPaint(`article.process-card:first-of-type fieldset.choice input[type=radio]`, role));
}
report('answer click -> next paint (50)', stats(answer));

// What-if: on the results page, alternate the cost goal's weight.
await page.goto(`${url}#/results`);
await page.locator('.advice-card').first().waitFor();
await page.locator('.whatif details summary').click();
const whatif = [];
for (let i = 0; i < CLICKS; i++) {
  whatif.push(await clickToPaint('.whatif fieldset.scale:first-of-type input[type=radio]', i % 2 === 0 ? 5 : 1));
}
report('what-if recompute + render (50)', stats(whatif));

await browser.close();
server.close();
