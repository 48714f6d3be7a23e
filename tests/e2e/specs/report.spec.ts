import { test, expect } from '../fixtures/app';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('the printable report is a complete PDF without navigation chrome', async ({ welcome, results, page }) => {
  await welcome.goto();
  await page.getByRole('link', { name: /^Klinikverbund Rhein-Main/ }).click();
  await expect(results.heading()).toHaveText('Your recommendations: Klinikverbund Rhein-Main');
  const processes = await page.locator('.advice-card h3').allTextContents();
  await page.getByRole('link', { name: 'Printable report' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sourcing recommendations for Klinikverbund Rhein-Main');
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  // Every card is laid out for paper: no disclosure buttons, its details in lines.
  await expect(page.locator('.advice-card button.disclosure')).toHaveCount(0);
  await expect(page.locator('.advice-paper')).toHaveCount(processes.length);
  await results.expectAccessible('printable report');
  await results.screenshots('11-report');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'shorewise-report-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file]).toString();
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(5);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\s+/g, ' ');
  for (const expected of [
    'Sourcing recommendations for Klinikverbund Rhein-Main',
    'Summary',
    'The biggest risk',
    'Every process at a glance',
    'The most serious risks, and how to handle them',
    'Sourcing matrix',
    'KPIs to agree',
    'Cost impact',
    'Appendix: assumptions, wages and sources',
    'Cumulative net effect over the 36-month contract term',
    'Roadmap',
    'Appendix: the answers',
    'Data residency',
    ...processes,
  ]) {
    expect(text, `the PDF shows “${expected}”`).toContain(expected);
  }
  // Nothing goes to a provider here, so the location options are left off the paper.
  expect(text).not.toContain('Location options from your home country');
  for (const chrome of ['Print or save as PDF', 'Skip to content', 'What if?', 'Copy link', 'Back to results']) {
    expect(text, `no “${chrome}” in print`).not.toContain(chrome);
  }
});
