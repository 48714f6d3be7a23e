import { test, expect } from '../fixtures/app';

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('numbers are typed and shown the German way, and an English decimal point is flagged', async ({ questionnaire, page }) => {
    await questionnaire.goto('processes');
    await questionnaire.addProcess('Payroll');
    const card = await questionnaire.openCard('Payroll');
    const fte = card.getByLabel('People (full-time equivalents)');
    const cost = card.getByLabel('Current yearly cost');
    // "2.5" is not a German number: flagged with the number it most likely meant.
    await fte.fill('2.5');
    await expect(card.getByText('Use a comma for decimals: 2,5')).toBeVisible();
    await fte.fill('2,5');
    await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
    await cost.fill('1.200.000');
    await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
    await expect(card.locator('.gist')).toContainText('2,50 FTE');
    await questionnaire.goto('review');
    const row = page.locator('.review-section .row').filter({ hasText: 'Payroll' });
    await expect(row).toContainText('2,5 FTE');
    await expect(row).toContainText('1.200.000');
    // The advice's amounts use German separators too.
    await questionnaire.goto('results');
    await expect(page.locator('.advice-card').first()).toContainText(/\d{1,3}(\.\d{3})+/);
    await expect(page.locator('.advice-card').first()).not.toContainText(/\d,\d{3}\b/);
  });
});
