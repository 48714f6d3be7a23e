// A language other than English is a translation file the page fetches when it first
// shows that language (scripts/languages.mjs names it by its hash, with its integrity):
// never for an English visit, once for a German one; a file that does not arrive or does
// not match leaves the page in English and says so.
import { test, expect } from '../fixtures/app';

const PO = '**/de-*.po';

test('an English visit fetches no translation file, and German is fetched once', async ({ page, welcome }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.po')) fetched.push(r.url());
  });
  await welcome.goto();
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  expect(fetched).toEqual([]);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('link', { name: 'Bewertung starten' })).toBeVisible();
  expect(fetched).toHaveLength(1);
  expect(fetched[0]).toMatch(/\/de-[0-9a-f]{16}\.po$/);
  // Back to English and to German again: the wording is still here.
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('link', { name: 'Bewertung starten' })).toBeVisible();
  expect(fetched).toHaveLength(1);
});

test('a German file that does not arrive leaves the page in English and says so', async ({ page, welcome, problems }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.route(PO, (route) => route.abort());
  await welcome.goto();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('alert')).toHaveText('Deutsch could not be loaded. Check the connection and try again.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The list goes back to the language shown.
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  // The message wraps under the header's tools, within a phone's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  problems.splice(0); // the aborted request's own report
  await welcome.expectAccessible('language file missing');
  await page.unroute(PO);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('link', { name: 'Bewertung starten' })).toBeVisible();
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('a tampered German file is refused and the page starts in English', async ({ page, problems }) => {
    await page.route(PO, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 10] ^= 0x01;
      await route.fulfill({ response, body });
    });
    await page.goto('./');
    await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => problems.some((p) => /integrity/i.test(p))).toBeTruthy();
    problems.splice(0); // the refusal's own report
  });
});

test("a site's own wording of a text wins in its language, and a text that drops a placeholder is named", async ({ page, welcome }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        messages: {
          en: { 'Start the assessment': 'Start your free assessment' },
          de: { 'Start the assessment': 'Kostenlose Bewertung starten' },
          fr: { 'Your recommendations: {company}': 'Pour {firm}' },
        },
      },
    }),
  );
  await welcome.goto();
  await expect(page.getByRole('link', { name: 'Start your free assessment' })).toBeVisible();
  await expect(page.locator('.config-problems li')).toHaveText(
    '“messages.fr.Your recommendations: {company}” is not used: the text must keep the placeholders of its English ({company}), and no others.',
  );
  await welcome.expectAccessible('site wording');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('link', { name: 'Kostenlose Bewertung starten' })).toBeVisible();
  // Texts the site did not reword keep the translation.
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toBeVisible();
});
