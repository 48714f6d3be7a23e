import { test, expect } from '../fixtures/app';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The page box of styles/components.css: A4 with 14 mm above and 16 mm below the text.
const MM = 72 / 25.4;
const TOP = 14 * MM;
const BOTTOM = 16 * MM;

/** The printable report as Chromium's print makes it: its pages, how full each is (the
 *  share of the text area down to its lowest line), and each page's text. */
async function printed(page: Page) {
  await page.getByRole('link', { name: /^(Printable report|Druckbarer Bericht)$/ }).click();
  await expect(page.locator('.print-report .advice-card').first()).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'shorewise-print-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftotext', ['-bbox', file, join(dir, 'words.html')]);
  const html = readFileSync(join(dir, 'words.html'), 'utf8');
  return html.split('<page ').slice(1).map((p) => {
    const height = Number(/height="([\d.]+)"/.exec(p)![1]);
    const words = [...p.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
      .map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: m[3] }));
    // The running footer sits in the bottom margin.
    const body = words.filter((w) => w.top < height - BOTTOM);
    const footer = words.filter((w) => w.top >= height - BOTTOM).map((w) => w.text).join(' ');
    const lowest = Math.max(TOP, ...body.map((w) => w.bottom));
    return { fill: (lowest - TOP) / (height - TOP - BOTTOM), footer, text: body.map((w) => w.text).join(' ') };
  });
}

/** Every page but the first (the executive summary) and the last is at least a third full. */
function expectNoSparsePages(pages: { fill: number }[], what: string) {
  pages.slice(1, -1).forEach((p, i) => {
    expect(p.fill, `${what}: page ${i + 2} is ${Math.round(p.fill * 100)}% full`).toBeGreaterThanOrEqual(1 / 3);
  });
}

for (const [id, company] of [['de-hospital-group', 'Klinikverbund Rhein-Main'], ['uk-fintech', 'Ledgerly']]) {
  test(`the printed report of six processes fits eight pages, summary first (${id})`, async ({ page, results }) => {
    await page.goto(`#/example/${id}`);
    await expect(results.heading()).toHaveText(`Your recommendations: ${company}`);
    const pages = await printed(page);
    expect(pages.length, `${id}: ${pages.length} pages`).toBeLessThanOrEqual(8);
    expectNoSparsePages(pages, id);
    // Page 1 is the executive summary: the recommendation, every process at a glance
    // and the most serious risks.
    for (const heading of ['Summary', 'Every process at a glance', 'The most serious risks']) {
      expect(pages[0].text, `page 1 shows “${heading}”`).toContain(heading);
    }
    expect(pages[0].text).not.toContain('Advice per process');
    // Every page names the report and says which page it is.
    pages.forEach((p, i) => {
      expect(p.footer, `footer of page ${i + 1}`).toContain(`Sourcing recommendations for ${company}`);
      expect(p.footer).toContain(`${i + 1} / ${pages.length}`);
    });
  });
}

test('the printed report of ten processes fits twelve pages', async ({ page, results, questionnaire }) => {
  await page.goto('#/example/uk-fintech');
  await expect(results.heading()).toHaveText('Your recommendations: Ledgerly');
  await questionnaire.goto('processes');
  for (const name of ['Payroll', 'Recruiting', 'IT helpdesk', 'Accounts payable']) await questionnaire.addProcess(name);
  await questionnaire.goto('results');
  await expect(page.locator('.advice-card')).toHaveCount(10);
  const pages = await printed(page);
  expect(pages.length, `${pages.length} pages`).toBeLessThanOrEqual(12);
  expectNoSparsePages(pages, 'ten processes');
});

test('the printed report in German fits as well', async ({ page }) => {
  await page.goto('./?lang=de#/example/de-hospital-group');
  await expect(page.locator('.advice-card').first()).toBeVisible();
  const pages = await printed(page);
  expect(pages.length, `${pages.length} Seiten`).toBeLessThanOrEqual(8);
  expect(pages[0].text).toContain('Alle Prozesse auf einen Blick');
  expect(pages.at(-1)!.footer).toContain('Sourcing-Empfehlungen für Klinikverbund Rhein-Main');
});
