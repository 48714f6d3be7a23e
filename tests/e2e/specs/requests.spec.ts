import { test, expect } from '../fixtures/app';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Requests for proposals: one draft per group of work going to providers, printable and
// downloadable as a document a buyer edits; none when nothing goes to a provider.
const SECTIONS = [
  '1. Scope and volumes',
  '2. Service levels',
  '3. Data protection, residency and regulation',
  '4. Transition and knowledge transfer',
  '5. Exit and step-in',
  '6. Pricing',
  '7. How proposals are evaluated',
  '8. What to send',
];

test('a buyer prints and downloads a request for proposals per group of work going to providers', async ({ page, results }) => {
  await page.goto('#/example/uk-fintech');
  await expect(results.heading()).toHaveText('Your recommendations: Ledgerly');
  await page.getByRole('link', { name: 'Requests for proposals' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Requests for proposals: Ledgerly');
  const requests = page.locator('section.request');
  await expect(requests).toHaveCount(2);
  await expect(requests.locator('h2')).toHaveText([
    'Request for proposal: Front-office BPO, nearshore',
    'Request for proposal: Back-office BPO, hybrid',
  ]);
  const first = requests.first();
  await expect(first.locator('h3')).toHaveText(SECTIONS);
  await expect(first.getByRole('rowheader', { name: 'Customer service' })).toBeVisible();
  await expect(first).toContainText('Quote in GBP for a 36-month contract');
  await expect(first).toContainText('standard contractual clauses');
  // The weights add up to 100%.
  const weights = await first.locator('table').last().locator('td:last-child').allTextContents();
  expect(weights.reduce((sum, w) => sum + parseInt(w, 10), 0)).toBe(100);
  await results.expectAccessible('requests for proposals');

  // One request as a file to edit: the page's text, in Markdown.
  const [one] = await Promise.all([
    page.waitForEvent('download'),
    first.getByRole('button', { name: /^Download as a document to edit/ }).click(),
  ]);
  expect(one.suggestedFilename()).toBe('shorewise-ledgerly-rfp-front-office-bpo-nearshore.md');
  const md = readFileSync(await one.path(), 'utf8');
  expect(md.startsWith('# Request for proposal: Front-office BPO, nearshore\r\n')).toBe(true);
  for (const s of SECTIONS) expect(md).toContain(`## ${s}\r\n`);
  expect(md).toContain('| Customer service |');
  expect(md).toContain('Please reply by [date] to [name, email].');
  // Both requests in one file.
  const [all] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all in one document' }).click(),
  ]);
  expect(all.suggestedFilename()).toBe('shorewise-ledgerly-rfps.md');
  expect(readFileSync(await all.path(), 'utf8').match(/^# Request for proposal: /gm)).toHaveLength(2);

  // On paper each request starts on a page of its own, without the buttons.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'shorewise-requests-'));
  const file = join(dir, 'requests.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  const starts: number[] = [];
  for (let n = 1; n <= pages; n += 1) {
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']).toString();
    if (text.includes('Request for proposal:')) starts.push(n);
    expect(text).not.toContain('Download as a document to edit');
  }
  expect(starts.length).toBe(2);
  expect(starts[0]).toBe(1);
  await results.screenshots('13-requests');
});

test('the requests read in German, file included, and fit a phone', async ({ page, results }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('?lang=de#/example/uk-fintech');
  await expect(results.heading()).toHaveText('Ihre Empfehlungen: Ledgerly');
  await page.getByRole('link', { name: 'Ausschreibungsentwürfe' }).click();
  const first = page.locator('section.request').first();
  await expect(first.locator('h2')).toHaveText('Ausschreibung: Frontoffice-BPO, Nearshore');
  await expect(first.locator('h3').first()).toHaveText('1. Umfang und Mengen');
  await expect(first).toContainText('Bieten Sie in GBP');
  // The long German compounds wrap: nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await results.expectAccessible('Ausschreibungsentwürfe');
  const [one] = await Promise.all([
    page.waitForEvent('download'),
    first.getByRole('button', { name: /^Als bearbeitbares Dokument herunterladen/ }).click(),
  ]);
  const md = readFileSync(await one.path(), 'utf8');
  expect(md).toContain('## 6. Preisgestaltung');
  for (const english of ['Scope and volumes', 'Quote in', 'Request for proposal']) expect(md).not.toContain(english);
});

test('with nothing going to a provider there is no request, and the page says why', async ({ page, results }) => {
  await page.goto('#/example/de-hospital-group');
  await expect(results.heading()).toHaveText('Your recommendations: Klinikverbund Rhein-Main');
  await expect(page.getByRole('link', { name: 'Requests for proposals' })).toHaveCount(0);
  await page.goto('#/requests');
  await expect(page.getByText('No process goes to a provider in this advice')).toBeVisible();
  await expect(page.locator('section.request')).toHaveCount(0);
  await results.expectAccessible('requests without a provider');
});
