import { test, expect } from '../fixtures/app';

test('a user can replace a country wage assumption and the advice follows', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Document processing');
  await questionnaire.goto('results');
  const locations = page.getByRole('table').filter({ hasText: 'Example countries' });
  await expect(locations.getByRole('row', { name: /^Offshore/ })).toContainText('Philippines');

  await page.getByText('Assumptions and sources').click();
  await expect(page.getByRole('row', { name: /^Philippines/ })).toContainText('Site Selection Group');
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Philippines' });
  await page.getByLabel('Lowest wage (USD per hour)').fill('19');
  await page.getByLabel('Highest wage (USD per hour)').fill('21');
  await page.getByRole('button', { name: 'Use my figure' }).click();

  await expect(locations.getByRole('row', { name: /^Offshore/ })).not.toContainText('Philippines');
  await expect(page.getByRole('row', { name: /^Philippines/ })).toContainText('Your figure');
  await results.expectAccessible('results with the assumptions open');

  await page.getByRole('button', { name: 'Use the catalog figure (Philippines)' }).click();
  await expect(locations.getByRole('row', { name: /^Offshore/ })).toContainText('Philippines');
});

test('a wage range must be in order before it is used', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.goto('results');
  await page.getByText('Assumptions and sources').click();
  await page.getByLabel('Lowest wage (USD per hour)').fill('30');
  await page.getByLabel('Highest wage (USD per hour)').fill('20');
  await expect(page.getByText('The highest wage must not be below the lowest.')).toBeVisible();
  await page.getByLabel('Highest wage (USD per hour)').fill('abc');
  await expect(page.getByText('Enter a wage between 0.01 and 1,000 US dollars per hour.')).toBeVisible();
});

test('each wage field keeps its own error: a figure is used only when both are valid', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.goto('results');
  await page.getByText('Assumptions and sources').click();
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Philippines' });
  await page.getByLabel('Lowest wage (USD per hour)').fill('abc');
  await page.getByLabel('Highest wage (USD per hour)').fill('abc');
  await page.getByLabel('Highest wage (USD per hour)').fill('25');
  await page.getByRole('button', { name: 'Use my figure' }).click();
  await expect(page.getByRole('row', { name: /^Philippines/ })).not.toContainText('Your figure');
  await page.getByLabel('Lowest wage (USD per hour)').fill('20');
  await page.getByRole('button', { name: 'Use my figure' }).click();
  await expect(page.getByRole('row', { name: /^Philippines/ })).toContainText('Your figure');
});
