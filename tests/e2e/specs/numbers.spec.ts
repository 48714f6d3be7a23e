// Numbers as the reader writes them: the page's style, the browser's, and any form that
// can mean only one number are read; a form the reader's styles read two ways is asked
// about; every refusal names its problem; the row's gist never shows a number the field
// no longer holds.
import { test, expect } from '../fixtures/app';

const FTE = 'People (full-time equivalents)';
const COST = 'Current yearly cost';

for (const locale of ['fr-FR', 'nl-NL', 'de-DE']) {
  test.describe(`an English page in a ${locale} browser`, () => {
    test.use({ locale });

    test('reads decimal commas and any thousands, and asks about 1,200', async ({ questionnaire, page }) => {
      await page.goto('./?lang=en#/processes');
      await expect(questionnaire.heading()).toHaveText('Your processes');
      await questionnaire.addProcess('Payroll');
      const card = await questionnaire.openCard('Payroll');
      const fte = card.getByLabel(FTE);
      const cost = card.getByLabel(COST);
      await fte.fill('2,5');
      await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
      await expect(card.locator('.gist')).toContainText('2.50 FTE');
      for (const typed of ['1.200.000', '1 200 000', '1,200,000']) {
        await cost.fill(typed);
        await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
        await expect(card.locator('.gist')).toContainText('1,200,000');
      }
      // English reads 1,200 as twelve hundred, the browser's language as 1.2: asked.
      await fte.fill('1,200');
      await expect(fte).toHaveAttribute('aria-invalid', 'true');
      await expect(card.getByText('Did you mean 1200 or 1.2? Type the one you mean.')).toBeVisible();
      // Meanwhile the gist shows no number the field does not hold.
      await expect(card.locator('.gist')).toContainText('FTE to correct');
      await expect(card.locator('.gist')).not.toContainText('2.50');
      await questionnaire.expectAccessible(`a number read two ways, ${locale}`);
      await fte.fill('1.2');
      await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
      await expect(card.locator('.gist')).toContainText('1.20 FTE');
    });
  });
}

test.describe('an English page in an en-GB browser', () => {
  test.use({ locale: 'en-GB' });

  test('reads 1,200 as twelve hundred and 2,5 as two and a half', async ({ questionnaire }) => {
    await questionnaire.goto('processes');
    await questionnaire.addProcess('Payroll');
    const card = await questionnaire.openCard('Payroll');
    const fte = card.getByLabel(FTE);
    await fte.fill('1,200');
    await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
    await expect(card.locator('.gist')).toContainText('· 1,200 FTE');
    await fte.fill('2,5');
    await expect(card.locator('.gist')).toContainText('2.50 FTE');
  });
});

test.describe('a German page in a de-DE browser', () => {
  test.use({ locale: 'de-DE' });

  test('reads German numbers the German way and any unambiguous form', async ({ page }) => {
    await page.goto('./#/processes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihre Prozesse');
    await page.getByLabel('Katalog filtern').fill('Gehaltsabrechnung');
    await page.getByRole('checkbox', { name: 'Lohn- und Gehaltsabrechnung', exact: true }).check();
    const card = page.getByRole('article', { name: 'Lohn- und Gehaltsabrechnung' });
    const edit = card.getByRole('button', { name: 'Bearbeiten Lohn- und Gehaltsabrechnung' });
    if ((await edit.getAttribute('aria-expanded')) === 'false') await edit.click();
    const fte = card.getByLabel('Personen (Vollzeitäquivalente)');
    for (const [typed, shown] of [['2.5', '2,50 VZÄ'], ['1.200', '· 1.200 VZÄ'], ['1,200', '1,20 VZÄ']]) {
      await fte.fill(typed);
      await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
      await expect(card.locator('.gist')).toContainText(shown);
    }
    await fte.fill('viele');
    await expect(card.getByText('Das ist keine Zahl. Geben Sie eine Personenzahl zwischen 0,01 und 100.000 ein.')).toBeVisible();
    await expect(card.locator('.gist')).toContainText('VZÄ zu korrigieren');
  });
});

test('each refusal names its problem: not a number, negative, too large', async ({ questionnaire }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  const card = await questionnaire.openCard('Payroll');
  const cost = card.getByLabel(COST);
  await cost.fill('lots');
  await expect(card.getByText('That is not a number. Enter a yearly cost of 0 or more.')).toBeVisible();
  await expect(card.locator('.gist')).toContainText('cost to correct');
  await cost.fill('-5');
  await expect(card.getByText('That is negative: enter 0 or more.')).toBeVisible();
  await cost.fill('1e308');
  await expect(card.getByText('That is too large: enter 10,000,000,000,000 or less.')).toBeVisible();
  await cost.fill('120000');
  await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
  await expect(card.locator('.gist')).not.toContainText('to correct');
});

test.describe('a French page in an fr-FR browser', () => {
  test.use({ locale: 'fr-FR' });

  test('reads French numbers the French way, and asks about a point, which French does not use', async ({ page }) => {
    await page.goto('./#/processes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos processus');
    await page.getByLabel('Filtrer le catalogue').fill('Paie');
    await page.getByRole('checkbox', { name: 'Paie', exact: true }).check();
    const card = page.getByRole('article', { name: 'Paie' });
    const edit = card.locator('button[aria-expanded]').first();
    if ((await edit.getAttribute('aria-expanded')) === 'false') await edit.click();
    const fte = card.getByLabel('Effectif (équivalents temps plein)');
    for (const [typed, shown] of [['2,5', '2,50 ETP'], ['1 200', '1\u00a0200 ETP']]) {
      await fte.fill(typed);
      await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
      await expect(card.locator('.gist')).toContainText(shown);
    }
    // A French reader and a French page: "1.200" could be an English 1.2 or a German 1200.
    await fte.fill('1.200');
    await expect(fte).toHaveAttribute('aria-invalid', 'true');
    await expect(card.getByText('Vouliez-vous dire 1200 ou 1,2\u00a0? Saisissez le nombre voulu.')).toBeVisible();
    await expect(card.locator('.gist')).not.toContainText('1\u00a0200 ETP');
  });
});
