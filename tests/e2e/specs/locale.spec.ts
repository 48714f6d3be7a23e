// The page's language: German in a German browser, switchable in the header and
// remembered, set by the site's config.json; numbers, money and percentages follow it.
import { test, expect, stored } from '../fixtures/app';

// Words that show an English string left in the German page (whole words outside
// hyphenated terms, so that "Outsourcing" or "Follow-the-Sun" does not count; cited
// titles are left out below).
const ENGLISH = /(?<![-\w])(the|and|with|your|months|expected|Keep in-house|Automate|Outsource|Next|Back)(?![-\w])/;

/** The visible text of the main region without the cited sources (titles stay as published). */
async function mainText(page: import('@playwright/test').Page) {
  return page.locator('main').evaluate((m) => {
    const copy = m.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sources, cite').forEach((e) => e.remove());
    return copy.innerText;
  });
}

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('the whole journey is in German, with German numbers, money and percentages', async ({ welcome, page }) => {
    await welcome.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle(/Outsourcing-Berater/);
    expect(await mainText(page)).not.toMatch(ENGLISH);
    await welcome.expectAccessible('welcome, German');
    await page.getByRole('link', { name: 'Bewertung starten' }).click();
    await expect(welcome.heading()).toHaveText('Ihr Unternehmen');
    await page.getByLabel('Heimatland').selectOption({ label: 'Deutschland' });
    await welcome.expectAccessible('company step, German');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(welcome.heading()).toHaveText('Ihre Ziele');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(welcome.heading()).toHaveText('Ihre Prozesse');

    // The catalog is searched in German; umlauts in any case match.
    await page.getByLabel('Katalog filtern').fill('GEHALTSABRECHNUNG');
    await page.getByRole('checkbox', { name: 'Lohn- und Gehaltsabrechnung', exact: true }).check();
    await page.getByLabel('Katalog filtern').fill('');
    const card = page.locator('.process-card').filter({ hasText: 'Lohn- und Gehaltsabrechnung' });
    const edit = card.getByRole('button', { name: 'Bearbeiten Lohn- und Gehaltsabrechnung' });
    if ((await edit.getAttribute('aria-expanded')) === 'false') await edit.click();
    const fte = card.getByLabel('Personen (Vollzeitäquivalente)');
    const cost = card.getByLabel('Heutige jährliche Kosten');
    await fte.fill('2,5');
    await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
    await cost.fill('1.200.000');
    await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
    await expect(card.locator('.gist')).toContainText('2,50 VZÄ');
    await welcome.expectAccessible('processes step, German');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(welcome.heading()).toHaveText('Risiko und Vorgaben');
    await page.getByRole('button', { name: 'Weiter' }).click();
    await expect(welcome.heading()).toHaveText('Antworten prüfen');
    const row = page.locator('.review-section .row').filter({ hasText: 'Lohn- und Gehaltsabrechnung' });
    await expect(row).toContainText('2,5 VZÄ');
    await expect(row).toContainText('1.200.000');
    await page.getByRole('button', { name: 'Meine Empfehlungen anzeigen' }).click();
    await expect(welcome.heading()).toContainText('Ihre Empfehlungen');

    // The advice: German wording, amounts as 12.300 EUR, percentages as 38 %.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const advice = page.locator('.advice-card').first();
    await expect(advice).toContainText(/\d{1,3}(\.\d{3})+ EUR/);
    await expect(advice).not.toContainText(/\d,\d{3}\b/);
    await expect(advice).not.toContainText(/EUR \d/);
    // The labour-cost table says in German whether each figure is cited or assumed.
    await expect(page.getByRole('row', { name: /^Deutschland/ })).toContainText('Lohn: Annahme · Arbeitgeberabgaben: zitiert');
    const text = await mainText(page);
    expect(text).toMatch(/\d\u00a0%/);
    expect(text).not.toMatch(ENGLISH);
    // Cited sources say in German what they measure (names stay as published).
    expect(await page.locator('main cite').allTextContents()).toContainEqual(
      expect.stringMatching(/^Weltbank, Worldwide Governance Indicators: .* Perzentilrang unter allen Volkswirtschaften/),
    );
    await welcome.expectAccessible('results, German');
  });
});

test('the header switches the language, keeps the answers and remembers the choice', async ({ page, welcome, questionnaire }) => {
  await questionnaire.goto('company');
  await questionnaire.setCompanyName('Acme Mühlen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(welcome.heading()).toHaveText('Ihr Unternehmen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // Focus stays on the list, now labelled in German; each language is named in itself.
  const list = page.getByRole('combobox', { name: 'Sprache' });
  await expect(list).toBeFocused();
  await expect(list).toHaveValue('de');
  await expect(list.locator('option')).toHaveText(['English', 'Deutsch', 'Français', 'Español']);
  await expect(list.locator('option[value="en"]')).toHaveAttribute('lang', 'en');
  await expect(page.getByLabel('Unternehmensname (optional)')).toHaveValue('Acme Mühlen');
  await expect(page.getByLabel('Heimatland')).toHaveValue(/.+/);
  expect(await stored(page, 'shorewise.language')).toBe('de');
  await welcome.expectAccessible('company step after switching to German');

  await page.reload();
  await expect(welcome.heading()).toHaveText('Ihr Unternehmen');
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(welcome.heading()).toHaveText('Your company');
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('Acme Mühlen');
  expect(await stored(page, 'shorewise.language')).toBe('en');
});

test("the site's default language holds until the visitor picks one", async ({ page, welcome }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { defaults: { language: 'de' } } }));
  await welcome.goto();
  await expect(welcome.heading()).toHaveText('Shorewise');
  await expect(page.getByRole('link', { name: 'Bewertung starten' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
});

test('a language Shorewise does not speak is named for the administrator, and English stays', async ({ page, welcome }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { defaults: { language: 'it' } } }));
  await welcome.goto();
  await expect(page.locator('.config-problems li')).toHaveText(
    '“defaults.language”: Shorewise speaks English (“en”), Deutsch (“de”), Français (“fr”) and Español (“es”), not “it”; a site adds a language under “languages”.',
  );
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
});

test('an address with ?lang=de opens in German without remembering it', async ({ page, welcome }) => {
  await page.goto('./?lang=de#/');
  await expect(page.getByRole('link', { name: 'Bewertung starten' })).toBeVisible();
  expect(await stored(page, 'shorewise.language')).toBeNull();
});
