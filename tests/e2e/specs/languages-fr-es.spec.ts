// French and Spanish: the whole journey in a French and in a Spanish browser, every
// screen checked by axe and for English left behind, with numbers, money, percentages
// and the spreadsheet file in each language's conventions. Labels are looked up in the
// language's own translation file (i18n/<code>.po), so that the journey follows the
// translators' wording.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/app';

/** The plain (not plural) entries of a translation file: English → translation. */
function catalog(code: string): Map<string, string> {
  // Playwright runs from tests/e2e (the test command and its config both do).
  const text = readFileSync(join(process.cwd(), '..', '..', 'i18n', `${code}.po`), 'utf8');
  const entries = new Map<string, string>();
  for (const block of text.split(/\n\s*\n/)) {
    const field = (name: string) => {
      const m = block.match(new RegExp(`^${name} ((?:"(?:[^"\\\\]|\\\\.)*"\\s*)+)`, 'm'));
      if (!m) return undefined;
      return [...m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((q) => JSON.parse(`"${q[1]}"`)).join('');
    };
    const id = field('msgid');
    const str = field('msgstr');
    if (id && str && !/^msgctxt/m.test(block)) entries.set(id, str);
  }
  return entries;
}

// English words that must not be left in the page (whole words outside hyphenated
// terms, and "back office", which Spanish practice borrows; the cited titles are left
// out below, as they are published).
const ENGLISH = /(?<![-\w])(the|and|with|your|months|expected|Keep in-house|Automate|Outsource|Next|Back(?! office))(?![-\w])/;

async function mainText(page: import('@playwright/test').Page) {
  return page.locator('main').evaluate((m) => {
    const copy = m.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.sources, cite').forEach((e) => e.remove());
    return copy.innerText;
  });
}

const LANGUAGES = [
  // French writes 1 200 000 (a no-break space between thousands) and 2,5.
  { code: 'fr', locale: 'fr-FR', home: 'France', cost: '1 200 000', costShown: /1[\u00a0\u202f ]200[\u00a0\u202f ]000/, money: /\d{1,3}([\u00a0\u202f ]\d{3})+ EUR/ },
  { code: 'es', locale: 'es-ES', home: 'Spain', cost: '1.200.000', costShown: /1\.200\.000/, money: /\d{1,3}(\.\d{3})+ EUR/ },
];

for (const language of LANGUAGES) {
  test.describe(`in a ${language.locale} browser`, () => {
    test.use({ locale: language.locale });

    test(`the whole journey is in ${language.code}, with its numbers, money and percentages`, async ({ welcome, page }) => {
      const po = catalog(language.code);
      const t = (english: string) => {
        const found = po.get(english);
        if (!found) throw new Error(`${language.code}.po has no “${english}”`);
        return found;
      };
      const fill = (english: string, values: Record<string, string>) =>
        t(english).replace(/\{(\w+)\}/g, (_, k) => values[k] ?? `{${k}}`);
      // Each screen: no English left, and axe finds nothing.
      const checked = async (screen: string) => {
        expect(await mainText(page)).not.toMatch(ENGLISH);
        await welcome.expectAccessible(`${screen}, ${language.code}`);
      };

      await welcome.goto();
      await expect(page.locator('html')).toHaveAttribute('lang', language.code);
      await expect(page).toHaveTitle(fill('{product}: outsourcing advisor', { product: 'Shorewise' }));
      await checked('welcome');

      await page.getByRole('link', { name: t('Start the assessment') }).click();
      await expect(welcome.heading()).toHaveText(t('Your company'));
      await page.getByLabel(t('Home country')).selectOption({ label: t(language.home) });
      await checked('company step');
      await page.getByRole('button', { name: t('Next') }).click();
      await expect(welcome.heading()).toHaveText(t('Your goals'));
      await checked('goals step');
      await page.getByRole('button', { name: t('Next') }).click();
      await expect(welcome.heading()).toHaveText(t('Your processes'));

      const payroll = t('Payroll');
      await page.getByLabel(t('Filter the catalog')).fill(payroll.toUpperCase());
      await page.getByRole('checkbox', { name: payroll, exact: true }).check();
      await page.getByLabel(t('Filter the catalog')).fill('');
      const card = page.locator('.process-card').filter({ hasText: payroll });
      const edit = card.locator('button[aria-expanded]').first();
      if ((await edit.getAttribute('aria-expanded')) === 'false') await edit.click();
      const fte = card.getByLabel(t('People (full-time equivalents)'));
      const cost = card.getByLabel(t('Current yearly cost'));
      await fte.fill('2,5');
      await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
      await cost.fill(language.cost);
      await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
      await checked('processes step');
      await page.getByRole('button', { name: t('Next') }).click();
      await expect(welcome.heading()).toHaveText(t('Risk and constraints'));
      await checked('risk step');
      await page.getByRole('button', { name: t('Next') }).click();
      await expect(welcome.heading()).toHaveText(t('Review your answers'));
      const row = page.locator('.review-section .row').filter({ hasText: payroll });
      await expect(row).toContainText('2,5');
      await expect(row).toContainText(language.costShown);
      await checked('review');
      await page.getByRole('button', { name: t('See my recommendations') }).click();
      await expect(welcome.heading()).toContainText(t('Your recommendations').split(':')[0]);

      // The advice in the language, with its money and percentages.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const advice = page.locator('.advice-card').first();
      await expect(advice).toContainText(language.money);
      await expect(advice).not.toContainText(/EUR \d/);
      const text = await mainText(page);
      expect(text).toMatch(/\d\u00a0%/);
      expect(text).not.toMatch(ENGLISH);
      // Every cited source in the language: its title as the translation file words it
      // (publishers' and publications' names stay as published, so the check above
      // leaves citations out).
      const translations = [...catalog(language.code)].filter(([en, tr]) => en !== tr).map(([, tr]) => tr);
      const cites = await page.locator('main cite').allTextContents();
      expect(cites.length).toBeGreaterThan(3);
      for (const cite of cites) {
        expect(translations.some((tr) => cite.startsWith(`${tr} (`)), cite).toBe(true);
      }
      await welcome.expectAccessible(`results, ${language.code}`);

      // The spreadsheet file: headings in the language, fields split by semicolons.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: t('Download advice (CSV)') }).click();
      const csv = readFileSync(await (await download).path(), 'utf8');
      const header = csv.replace(/^\ufeff/, '').split('\r\n')[0];
      expect(header.split(';')[0]).toBe(t('Process'));
      expect(header).toContain(t('Top reasons'));
    });
  });
}
