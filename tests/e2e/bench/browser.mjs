// Browser benchmark (not a test): startup and interaction timings of the release build
// in headless Chromium. Run by scripts/bench.sh after `trunk build --release`.
//
//   startup      navigation start -> first screen interactive (performance mark set by
//                the app once mounted), over LOADS fresh page loads
//   answer       click on an answer -> next paint, on the processes step with 50 processes
//   what-if      click on a what-if goal -> recommendations recomputed and painted, on the
//                results page with 50 processes
//   work         the same clicks, from the click to the DOM updated, before the frame (the
//                app's own work: Yew renders in microtasks, so a message posted to the
//                page after the click arrives once they are done)
//   200          the results page opened with 200 processes (navigation to the advice in
//                the DOM) and a what-if change on it
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

/**
 * Clicks `selector` (the i-th match) in the page; resolves with the time until the DOM
 * is updated (`work`) and until after the next paint (`paint`).
 */
async function clickToPaint(on, selector, index) {
  return on.evaluate(
    async ([sel, i]) => {
      const el = document.querySelectorAll(sel)[i];
      const channel = new MessageChannel();
      const t0 = performance.now();
      const work = new Promise((resolve) => {
        channel.port1.onmessage = () => resolve(performance.now() - t0);
      });
      el.click();
      channel.port2.postMessage(0);
      const w = await work;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return { work: w, paint: performance.now() - t0 };
    },
    [selector, index],
  );
}

// Answer clicks: alternate the strategic role of the first process.
const answer = [];
for (let i = 0; i < CLICKS; i++) {
  const role = i % 2 === 0 ? 1 : 2; // Critical, Supporting
  answer.push(await clickToPaint(page, `article.process-card:first-of-type fieldset.choice input[type=radio]`, role));
}
report('answer click -> next paint (50)', stats(answer.map((t) => t.paint)));
report('answer work, click -> DOM (50)', stats(answer.map((t) => t.work)));

// What-if: on the results page, alternate the cost goal's weight.
await page.goto(`${url}#/results`);
await page.locator('.advice-card').first().waitFor();
await page.locator('.whatif details summary').click();
const whatif = [];
for (let i = 0; i < CLICKS; i++) {
  whatif.push(await clickToPaint(page, '.whatif fieldset.scale:first-of-type input[type=radio]', i % 2 === 0 ? 5 : 1));
}
report('what-if recompute + render (50)', stats(whatif.map((t) => t.paint)));
report('what-if work, click -> DOM (50)', stats(whatif.map((t) => t.work)));

// 200 processes: the saved answers with the custom processes repeated up to 200, opened
// from a file as a user would, then the results page.
const [download] = await Promise.all([
  page.waitForEvent('download'),
  page.getByRole('button', { name: 'Download answers (JSON)' }).click(),
]);
const answers = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
const custom = answers.processes.filter((p) => String(p.id).startsWith('custom-'));
for (let i = answers.processes.length; i < 200; i++) {
  const copy = structuredClone(custom[i % custom.length]);
  copy.id = `custom-${1000 + i}`;
  copy.custom_name = `Custom process ${i + 1}`;
  answers.processes.push(copy);
}
// A fresh browser profile, so the file opens without asking to replace saved answers.
const big = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
await big.goto(url);
await big.locator('#import-file').setInputFiles({
  name: 'big.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(answers)),
});
await big.locator('.advice-card').first().waitFor();
await big.goto(`${url}#/processes`);
const chosen = await big.locator('.chosen h2').textContent();
const open200 = [];
for (let i = 0; i < 5; i++) {
  await big.goto(`${url}#/review`);
  await big.locator('h1').first().waitFor();
  open200.push(
    await big.evaluate(async () => {
      const t0 = performance.now();
      location.hash = '#/results';
      await new Promise((resolve) => {
        const check = () => (document.querySelectorAll('.advice-card').length > 0 ? resolve() : setTimeout(check, 0));
        check();
      });
      return performance.now() - t0;
    }),
  );
}
console.log(`(${chosen})`);
report('results page opened (200)', stats(open200));
await big.locator('.whatif details summary').click();
const whatif200 = [];
for (let i = 0; i < 20; i++) {
  whatif200.push(await clickToPaint(big, '.whatif fieldset.scale:first-of-type input[type=radio]', i % 2 === 0 ? 5 : 1));
}
report('what-if work, click -> DOM (200)', stats(whatif200.map((t) => t.work)));
report('what-if recompute + render (200)', stats(whatif200.map((t) => t.paint)));


await browser.close();
server.close();
