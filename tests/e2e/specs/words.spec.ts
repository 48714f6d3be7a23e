import { test, expect } from '../fixtures/app';
import type { Page } from '@playwright/test';

/** Every disclosure of the page opened, then its visible text. */
async function everything(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  for (let round = 0; round < 3; round++) {
    const closed = page.locator('button[aria-expanded="false"]');
    const n = await closed.count();
    if (n === 0) break;
    for (let i = n - 1; i >= 0; i--) await closed.nth(i).click();
  }
  return page.locator('main').innerText();
}

/** Scores and country codes a reader must not meet: "12 points behind", "IN: 14%". */
function scoring(text: string): string[] {
  const points = text.match(/.{0,30}\b(points?|Punkte?)\b.{0,30}/gi) ?? [];
  // A country code used as a label: "IN: 14%; PH: 16%", "IN, PH", "(IN)". Two capitals
  // in running text ("US dollars", "SOC 2", "IT support") are words, not labels.
  const codes = text.match(/.{0,25}\b[A-Z]{2}(: |; |, [A-Z]{2}\b|\)).{0,25}/g) ?? [];
  return [...points, ...codes];
}

for (const lang of ['en', 'de']) {
  test(`the results, the report and the requests speak in words, without points or country codes (${lang})`, async ({ page }) => {
    for (const id of ['us-online-retailer', 'de-hospital-group']) {
      await page.goto(`./?lang=${lang}#/example/${id}`);
      const open = page.getByRole('button', { name: /^(Open it|Öffnen)$/ });
      await page.locator('table.cost').or(open).first().waitFor();
      if (await open.isVisible()) await open.click();
      await expect(page.locator('.advice-card .closeness').first()).toBeVisible();
      expect(scoring(await everything(page)), `${id} results`).toEqual([]);
      await page.goto(`./?lang=${lang}#/report`);
      await expect(page.locator('.print-report .advice-card').first()).toBeVisible();
      expect(scoring(await page.locator('main').innerText()), `${id} report`).toEqual([]);
      await page.goto(`./?lang=${lang}#/requests`);
      await expect(page.locator('section.request').or(page.locator('.notice')).first()).toBeVisible();
      expect(scoring(await page.locator('main').innerText()), `${id} requests`).toEqual([]);
    }
  });
}
