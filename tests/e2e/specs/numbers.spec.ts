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

// A Dutch visitor on a site that adds Dutch through config.json: the page speaks the
// site's translation file, and numbers follow Dutch (1.234,5) as they follow German.
const DUTCH = `msgid ""
msgstr ""
"Language: nl\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Your processes"
msgstr "Uw processen"

msgid "People (full-time equivalents)"
msgstr "Mensen (voltijdequivalenten)"

msgid "Current yearly cost"
msgstr "Huidige jaarlijkse kosten"

msgid "{role} · {fte} FTE · {cost}"
msgstr "{role} · {fte} fte · {cost}"

msgid "{role} · FTE to correct · {cost}"
msgstr "{role} · fte te corrigeren · {cost}"

msgid "Did you mean {thousands} or {decimal}? Type the one you mean."
msgstr "Bedoelt u {thousands} of {decimal}? Typ het getal dat u bedoelt."

msgid "Language"
msgstr "Taal"
`;

test.describe('a Dutch page, a language the site adds, in an nl-NL browser', () => {
  test.use({ locale: 'nl-NL' });

  test('is listed by its own name, chosen by the browser, and reads Dutch numbers', async ({ questionnaire, page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { languages: { nl: { name: 'Nederlands', file: 'i18n/nl.po' } } } }),
    );
    await page.route('**/i18n/nl.po', (route) => route.fulfill({ body: DUTCH, contentType: 'text/plain' }));
    await page.goto('./#/processes');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(questionnaire.heading()).toHaveText('Uw processen');
    const language = page.getByRole('combobox', { name: 'Taal' });
    await expect(language.locator('option[value=nl]')).toHaveText('Nederlands');
    await expect(language).toHaveValue('nl');
    // Texts the site's file lacks read in English.
    await questionnaire.addProcess('Payroll');
    const card = await questionnaire.openCard('Payroll');
    const fte = card.getByLabel('Mensen (voltijdequivalenten)');
    const cost = card.getByLabel('Huidige jaarlijkse kosten');
    await fte.fill('2,5');
    await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
    await expect(card.locator('.gist')).toContainText('2,50 fte');
    for (const typed of ['1.200.000', '1 200 000', '1,200,000']) {
      await cost.fill(typed);
      await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
      await expect(card.locator('.gist')).toContainText('1.200.000');
    }
    // Dutch reads 1.200 as twelve hundred: no question, as in German.
    await fte.fill('1.200');
    await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
    await expect(card.locator('.gist')).toContainText('1.200 fte');
    await questionnaire.expectAccessible('a language the site adds');
    // Back to English: the switch offers every language, the site's last.
    await language.selectOption('en');
    await expect(questionnaire.heading()).toHaveText('Your processes');
    await expect(page.getByRole('combobox', { name: 'Language' }).locator('option')).toHaveText([
      'English', 'Deutsch', 'Français', 'Español', 'Nederlands',
    ]);
    // An English page in a Dutch browser asks about 1,200, as for French and German.
    await (await questionnaire.openCard('Payroll')).getByLabel(FTE).fill('1,200');
    await expect(card.getByText('Did you mean 1200 or 1.2? Type the one you mean.')).toBeVisible();
  });

  test('a file that cannot be had leaves the page in English and says so', async ({ page, problems }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { languages: { nl: { name: 'Nederlands', file: 'i18n/nl.po' } } } }),
    );
    await page.route('**/i18n/nl.po', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto('./#/processes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your processes');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('nl');
    await expect(page.getByRole('alert')).toHaveText('Nederlands could not be loaded. Check the connection and try again.');
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    problems.splice(0); // the missing file's own reports
  });
});
