import { test, expect, ResultsPage } from '../fixtures/app';
import type { Page } from '@playwright/test';

async function openEverything(page: Page) {
  for (let round = 0; round < 6; round++) {
    const opened = await page.evaluate(() => {
      let n = 0;
      for (const d of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) { d.open = true; n++; }
      for (const b of document.querySelectorAll<HTMLButtonElement>('main button[aria-expanded="false"]')) { b.click(); n++; }
      return n;
    });
    if (!opened) return;
    await page.waitForTimeout(100);
  }
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Axe on the questionnaire, results, report and requests with everything open. */
async function axeEverywhere(page: Page, results: ResultsPage, lang: 'en' | 'de', width: number, theme: string) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`./?lang=${lang}#/example/us-online-retailer`);
  await expect(results.heading()).toHaveText(lang === 'en' ? 'Your recommendations: Harbor & Pine' : 'Ihre Empfehlungen: Harbor & Pine');
  if (theme === 'dark') expect(await background(page)).toBe('rgb(17, 22, 30)');
  if (lang === 'en') await results.whatIfTolerance('High');
  for (const route of ['company', 'processes', 'results', 'report', 'requests']) {
    await page.goto(`#/${route}`);
    await expect(results.heading()).toBeVisible();
    await openEverything(page);
    await results.expectAccessible(`${route}, ${theme}, ${width} px, ${lang}`);
  }
}

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  for (const [lang, width] of [['en', 360], ['en', 1440], ['de', 360], ['de', 1440]] as const) {
    test(`the dark theme passes axe with everything open at ${width} px (${lang})`, async ({ page, results }) => {
      test.slow();
      await axeEverywhere(page, results, lang, width, 'dark');
    });
  }
});

// English in the light theme is every-screen's check (everything.spec.ts).
for (const width of [360, 1440]) {
  test(`the light theme in German passes axe with everything open at ${width} px`, async ({ page, results }) => {
    test.slow();
    await axeEverywhere(page, results, 'de', width, 'light');
  });
}

test('the theme button overrides the system and is remembered; a bad stored value is ignored', async ({ page, welcome }) => {
  await welcome.goto();
  const button = page.getByRole('button', { name: 'Dark theme' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).toBe('rgb(244, 246, 248)');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe('rgb(17, 22, 30)');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe('rgb(17, 22, 30)');
  await welcome.expectAccessible('welcome, dark by choice');
  // Anything else stored is ignored: the system's theme holds.
  await page.evaluate(() => localStorage.setItem('shorewise.theme', '<script>'));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  expect(await background(page)).toBe('rgb(244, 246, 248)');
});

test('a chosen theme holds from the first paint, before the app has loaded', async ({ page, problems }) => {
  // The app never starts here: its WebAssembly is held back, so only the page itself and
  // what runs before the app can set the theme.
  await page.addInitScript(() => localStorage.setItem('shorewise.theme', 'dark'));
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./');
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await background(page)).toBe('rgb(17, 22, 30)');
  // The held-back file is the only thing that went wrong.
  problems.splice(0, problems.length);
});
