import { test, expect } from '../fixtures/app';
import type { Page } from '@playwright/test';

/** Opens every fold on the page: closed <details>, and buttons that show more. */
async function openEverything(page: Page) {
  for (let round = 0; round < 6; round++) {
    const opened = await page.evaluate(() => {
      let n = 0;
      for (const d of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
        d.open = true;
        n++;
      }
      for (const b of document.querySelectorAll<HTMLButtonElement>('main button[aria-expanded="false"]')) {
        b.click();
        n++;
      }
      return n;
    });
    if (!opened) return;
    await page.waitForTimeout(100);
  }
}

const SCREENS = [
  ['company', 'Your company'],
  ['goals', 'Your goals'],
  ['processes', 'Your processes'],
  ['risk', 'Risk and constraints'],
  ['review', 'Review your answers'],
  ['results', 'Your recommendations: Harbor & Pine'],
  ['report', 'Sourcing recommendations for Harbor & Pine'],
  ['requests', 'Requests for proposals: Harbor & Pine'],
] as const;

// Every screen of an example company's assessment, with every section, table, card and
// what-if control opened: nothing pushes a phone's page sideways, and axe (WCAG 2.2 A
// and AA) finds nothing, at a phone's width and a laptop's.
for (const width of [360, 1440]) {
  test(`every screen, everything opened, at ${width} px: no sideways scroll and no axe violation`, async ({ page, results }) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await page.goto('#/example/us-online-retailer');
    await expect(results.heading()).toHaveText('Your recommendations: Harbor & Pine');
    // A what-if being tried shows its bar too.
    await results.whatIfTolerance('Low');
    for (const [route, title] of SCREENS) {
      await page.goto(`#/${route}`);
      await expect(results.heading()).toHaveText(title);
      await openEverything(page);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, `${route} at ${width} px scrolls sideways`).toBe(0);
      await results.expectAccessible(`${route} at ${width} px, everything opened`);
    }
  });
}
