// The main journeys in Firefox ESR, driven over WebDriver BiDi by puppeteer-core, against
// the release build served on 127.0.0.1 under a sub-path. Any console error, uncaught
// exception or request to another host fails the run. Usage: node firefox/journeys.mjs
import puppeteer from 'puppeteer-core';
import assert from 'node:assert/strict';
import { startServer } from '../serve.mjs';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}/shorewise/`;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const server = await startServer({ dist: '../../dist', port: PORT, base: '/shorewise/' });
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
const problems = [];
let failed = 0;

async function journey(name, run) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`${name}: console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`${name}: uncaught: ${e.message ?? e}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      problems.push(`${name}: request to another host: ${r.url()}`);
    }
  });
  await page.setViewport({ width: 1440, height: 900 });
  try {
    await run(page);
    console.log(`  ✓ ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`  ✘ ${name}\n    ${e.message?.split('\n').join('\n    ')}`);
  } finally {
    await context.close();
  }
}

const heading = (page) => page.$eval('h1', (h) => h.textContent.trim());
const waitHeading = (page, text) => page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() === t, { timeout: 10_000 }, text);
const click = async (page, selector) => { await page.waitForSelector(selector); await page.click(selector); };
const verdicts = (page) => page.$$eval('.advice-card', (cards) => cards.map((c) => `${c.querySelector('h3').textContent}: ${c.querySelector('.verdict').textContent.replace(/\s+/g, ' ').trim()}`));

console.log('Firefox ESR journeys');

await journey('a newcomer walks from the welcome screen to advice', async (page) => {
  await page.goto(BASE);
  await click(page, 'a.button.primary');
  await waitHeading(page, 'Your company');
  await page.type('#company-name', 'Northwind Software');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Your goals');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Your processes');
  // The catalog folds by category: the filter opens what matches.
  await page.type('#catalog-filter', 'Payroll');
  await click(page, '#catalog-payroll');
  await page.waitForSelector('article[aria-labelledby="payroll-name"]');
  await page.$eval('#catalog-filter', (f) => { f.value = ''; f.dispatchEvent(new InputEvent('input', { bubbles: true })); });
  await page.type('#catalog-filter', 'Customer service');
  await click(page, '#catalog-customer-service');
  await page.waitForSelector('article[aria-labelledby="customer-service-name"]');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Risk and constraints');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Review your answers');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Your recommendations: Northwind Software');
  const v = await verdicts(page);
  assert.equal(v.length, 2);
  // Answers survive a reload.
  await page.reload();
  await page.waitForSelector('.notice-bar');
  assert.match(await page.$eval('.notice-bar', (n) => n.textContent), /restored/);
  assert.deepEqual(await verdicts(page), v);
});

await journey('an example company opens on results and its link opens the same advice', async (page) => {
  await page.goto(`${BASE}#/example/uk-fintech`);
  await waitHeading(page, 'Your recommendations: Ledgerly');
  const v = await verdicts(page);
  assert.ok(v.length >= 4);
  const record = await page.evaluate(() => localStorage.getItem('shorewise.answers'));
  const other = await page.browser().createBrowserContext();
  const fresh = await other.newPage();
  await fresh.goto(`${BASE}#/open/${record}`);
  await waitHeading(fresh, 'Your recommendations: Ledgerly');
  assert.deepEqual(await verdicts(fresh), v);
  await other.close();
});

await journey('the assumptions and the wage table are drawn while their disclosure is open', async (page) => {
  await page.goto(`${BASE}#/example/uk-fintech`);
  await waitHeading(page, 'Your recommendations: Ledgerly');
  assert.equal(await page.$$eval('.assumption-list, .wages', (l) => l.length), 0);
  const summary = await page.waitForSelector('xpath///summary[normalize-space()="Assumptions and sources"]');
  await summary.click();
  await page.waitForFunction(() => document.querySelectorAll('.assumption-list, .wages').length === 2, { timeout: 10_000 });
  await summary.click();
  await page.waitForFunction(() => document.querySelectorAll('.assumption-list, .wages').length === 0, { timeout: 10_000 });
});

await journey('the printable report lays every section out', async (page) => {
  await page.goto(`${BASE}#/example/de-hospital-group`);
  await waitHeading(page, 'Your recommendations: Klinikverbund Rhein-Main');
  await page.goto(`${BASE}#/report`);
  await waitHeading(page, 'Sourcing recommendations for Klinikverbund Rhein-Main');
  assert.equal(await page.$$eval('.advice-card button.disclosure', (b) => b.length), 0);
  assert.equal(await page.$$eval('.portfolio-table tbody tr', (r) => r.length), 6);
  assert.equal(await page.$$eval('.advice-card .advice-paper', (m) => m.length), 6);
  assert.ok((await page.$$eval('.top-risks li', (l) => l.length)) >= 1);
  assert.match(await page.$eval('.appendix-figures', (a) => a.textContent), /Worldwide Governance Indicators/);
  assert.match(await page.$eval('.appendix:not(.appendix-figures)', (a) => a.textContent), /Data residency/);
});

await journey('broken links and hostile fragments land on a page with a way forward', async (page) => {
  for (const fragment of ['#/open/sw1.@@@', '#/open/sw9.AAAA', '#//', '#//:99999', '#%', '#/%E0%A4%A']) {
    await page.goto(BASE + fragment);
    await page.waitForSelector('h1');
    assert.ok((await heading(page)).length > 0, fragment);
    assert.ok(await page.$('a.brand'), `${fragment}: a way home`);
  }
});

await journey('a prefill link starts the questionnaire half-filled', async (page) => {
  await page.goto(`${BASE}#/start/home=DE&industry=healthcare&processes=payroll&colour=blue`);
  await waitHeading(page, 'Your company');
  assert.match(await page.$eval('.notice-bar', (n) => n.textContent), /“colour” is not a parameter/);
  const home = await page.$eval('#home-country', (s) => s.options[s.selectedIndex].text);
  assert.equal(home, 'Germany');
});

await journey('a German visitor walks to advice in German, and switches to French and back to English', async (page) => {
  await page.goto(`${BASE}?lang=de`);
  assert.equal(await page.$eval('html', (h) => h.lang), 'de');
  await click(page, 'a.button.primary');
  await waitHeading(page, 'Ihr Unternehmen');
  const germany = await page.$eval('#home-country', (s) => [...s.options].find((o) => o.text === 'Deutschland').value);
  await page.select('#home-country', germany);
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Ihre Ziele');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Ihre Prozesse');
  await page.type('#catalog-filter', 'lohn');
  await click(page, '#catalog-payroll');
  await page.waitForSelector('article[aria-labelledby="payroll-name"]');
  assert.equal(await page.$eval('#payroll-name', (h) => h.textContent), 'Lohn- und Gehaltsabrechnung');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Risiko und Vorgaben');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Antworten prüfen');
  await click(page, 'button[type=submit]');
  await waitHeading(page, 'Ihre Empfehlungen');
  const [verdict] = await verdicts(page);
  assert.match(verdict, /^Lohn- und Gehaltsabrechnung: /);
  assert.match(await page.$eval('.advice-card', (c) => c.textContent), /\d{1,3}(\.\d{3})+ EUR/);
  await page.waitForSelector('#language-switch');
  await page.select('#language-switch', 'fr');
  await waitHeading(page, 'Vos recommandations');
  assert.equal(await page.$eval('html', (h) => h.lang), 'fr');
  assert.match(await page.$eval('.advice-card', (c) => c.textContent), /\d{1,3}([\u00a0\u202f ]\d{3})+ EUR/);
  await page.select('#language-switch', 'en');
  await waitHeading(page, 'Your recommendations');
  assert.match((await verdicts(page))[0], /^Payroll: /);
  assert.equal(await page.$eval('html', (h) => h.lang), 'en');
});

await browser.close();
server.close();
if (problems.length) {
  console.log(`\nConsole errors, panics or outside requests:\n  ${problems.join('\n  ')}`);
}
if (failed || problems.length) {
  console.log(`\n${failed} Firefox journey(s) failed.`);
  process.exit(1);
}
console.log('\nAll Firefox journeys passed.');
