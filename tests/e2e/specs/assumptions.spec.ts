import { test, expect } from '../fixtures/app';

test('a user can replace a country wage assumption and the advice follows', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Document processing');
  await questionnaire.goto('results');
  const locations = page.getByRole('table').filter({ hasText: 'Example countries' });
  await expect(locations.getByRole('row', { name: /^Offshore/ })).toContainText('Philippines');

  // Behind a closed disclosure the assumptions and the wage table are not drawn (a
  // what-if would draw them again for nothing); opened, they are.
  await expect(page.locator('.assumption-list, .wages')).toHaveCount(0);
  await page.getByText('Assumptions and sources').click();
  await expect(page.locator('.assumption-list, .wages')).toHaveCount(2);
  const philippines = page.getByRole('row', { name: /^Philippines/ });
  // Each figure says in a word whether it is cited or assumed; the source opens on demand.
  await expect(philippines).toContainText('Wage: cited · Employer on-costs: cited');
  await expect(philippines.getByText('Site Selection Group, contact-centre agent wages').first()).toBeHidden();
  await philippines.getByText('Wage: cited').click();
  await expect(philippines.getByText('Site Selection Group, contact-centre agent wages').first()).toBeVisible();
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

test('dollar figures are also shown in the home currency, with the rate and its date', async ({ page, results }) => {
  await page.goto('#/example/de-hospital-group');
  await expect(results.heading()).toHaveText('Your recommendations: Klinikverbund Rhein-Main');
  await page.getByText('Assumptions and sources').click();
  await expect(page.locator('.assumptions')).toContainText(
    'USD 15,000 – 40,000 (about EUR 13,500 – 36,000 at 0.9 EUR per US dollar, the catalog’s 2024 rate)'.replace('’', "'"),
  );
  await expect(page.getByText('Wages are kept in US dollars, the unit of their sources, and shown in your currency at 0.9 EUR per US dollar')).toBeVisible();
  const germany = page.getByRole('row', { name: /^Germany/ });
  await expect(germany).toContainText('17 – 20');
  await expect(germany).toContainText('15.30 – 18');
  // The wage is an assumption, the on-costs the cited statutory rate (Eurodev).
  await expect(germany).toContainText('20.7%');
  await expect(germany).toContainText('Wage: assumption · Employer on-costs: cited');
  // A rate of the user's own is named as theirs, and the figures follow it.
  await page.getByLabel('Assumption', { exact: true }).selectOption({ label: 'Exchange rate, your currency per US dollar' });
  await page.getByLabel(/^Value/).fill('0.5');
  await page.getByRole('button', { name: 'Use this value' }).click();
  await expect(page.locator('.assumptions')).toContainText('about EUR 7,500 – 20,000 at 0.5 EUR per US dollar, your rate');
  await expect(germany).toContainText('8.50 – 10');
});
