import { test, expect } from '../fixtures/app';

test('the cash flow runs month by month over the contract term the user sets', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Document processing');
  await questionnaire.addProcess('Customer service');
  await questionnaire.goto('results');
  const chart = page.getByRole('img', { name: /Cumulative net effect month by month over 36 months/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/break-even about \d+ months/);
  await page.getByText('Show the figures as a table').click();
  const table = page.getByRole('table', { name: /Cumulative net effect over the 36-month contract term/ });
  await expect(table.getByRole('row')).toHaveCount(13);
  // Transition comes first: the first quarter costs money.
  await expect(table.getByRole('row', { name: /^3 / })).toContainText('−');
  await results.expectAccessible('results with the cash flow as a table');

  await page.getByLabel('Contract term (months)').fill('60');
  await expect(page.getByRole('img', { name: /over 60 months/ })).toBeVisible();
  const longer = page.getByRole('table', { name: /60-month contract term/ });
  await expect(longer.getByRole('row').last()).toContainText('60');
  await expect(page.getByText(/Net effect over the 60-month contract term/)).toBeVisible();

  // The term is the user's: kept with the answers across a reload.
  await page.reload();
  await expect(page.getByLabel('Contract term (months)')).toHaveValue('60');
  await expect(page.getByRole('img', { name: /over 60 months/ })).toBeVisible();
  // Listed with the answers, where the user reviews what the advice rests on.
  await questionnaire.goto('review');
  const own = page.getByRole('region', { name: 'Your own figures' });
  await expect(own).toContainText('Contract term, months');
  await expect(own).toContainText('60 months');
});

test('any assumption of the cost model can be replaced, marked as the user’s and reset', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Document processing');
  await questionnaire.goto('results');
  const total = page.getByRole('table', { name: /Yearly saving once running/ }).getByRole('row', { name: /^Total/ });
  const before = await total.textContent();
  await page.getByText('Assumptions and sources').click();
  const governance = page.locator('.assumptions li', { hasText: 'Governance, yearly' });
  await expect(governance).toContainText('4.5% – 15%');

  await page.getByLabel('Assumption', { exact: true }).selectOption({ label: 'Governance, yearly (share of contract value)' });
  await page.getByLabel('From (%)', { exact: true }).fill('150');
  // Above the largest value the field takes: called too large.
  await expect(page.getByText('That is too large: enter 100 or less.')).toBeVisible();
  await page.getByRole('button', { name: 'Use this value' }).click();
  await expect(governance).not.toContainText('Your figure');

  await page.getByLabel('From (%)', { exact: true }).fill('20');
  await page.getByLabel('To (%)', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Use this value' }).click();
  await expect(governance).toContainText('20% – 30%');
  await expect(governance).toContainText('Your figure');
  await expect(total).not.toHaveText(before ?? '');
  await results.expectAccessible('results with a user assumption');

  await page.reload();
  await page.getByText('Assumptions and sources').click();
  await expect(governance).toContainText('Your figure');
  await page.getByRole('button', { name: 'Back to the default (Governance, yearly (share of contract value))' }).click();
  await expect(governance).toContainText('4.5% – 15%');
  await expect(total).toHaveText(before ?? '');
});

test('savings of work staffed round the clock are read against staffing its hours in-house', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Cybersecurity operations');
  await questionnaire.goto('results');
  const note = page.locator('.coverage-costs');
  await expect(note).toContainText('Savings are measured against doing the work in-house for all the hours it needs');
  await expect(note.getByRole('listitem')).toHaveCount(1);
  await expect(note.getByRole('listitem')).toContainText(/^Cybersecurity operations: USD [\d,]+ – [\d,]+ \(expected [\d,]+\)$/);
  // The yearly effect against today's spend is said too.
  await expect(note).toContainText(/Against today's spend instead, the advice saves USD/);
  // The hand-over's own card names the baseline of its saving, which is not a loss.
  const card = page.getByRole('article', { name: 'Cybersecurity operations' });
  await expect(card).toContainText('The saving is measured against staffing the hours it needs with your own people');
  await expect(card.locator('dd').filter({ hasText: /expected/ }).first()).not.toContainText('−');
  await results.expectAccessible('results with the cost of staffing the hours');
});

test('the cost table totals add up to the rows it shows', async ({ page }) => {
  await page.goto('#/example/us-online-retailer');
  const table = page.getByRole('table', { name: /Yearly saving once running/ });
  await table.scrollIntoViewIfNeeded();
  await expect(table).toBeVisible();
  const number = (s: string) => Number(s.replace(/[^\d−-]/g, '').replace('−', '-'));
  const rows = await table.locator('tbody tr').all();
  expect(rows.length).toBeGreaterThan(0);
  // Columns: current cost, then pessimistic, expected and optimistic saving.
  const sums = [0, 0, 0, 0];
  for (const row of rows) {
    const cells = await row.getByRole('cell').allTextContents();
    for (let c = 0; c < 4; c++) sums[c] += number(cells[c]);
  }
  const total = await table.locator('tfoot tr').getByRole('cell').allTextContents();
  expect(number(total[0])).toBeGreaterThan(0);
  for (let c = 0; c < 4; c++) {
    // Totals are the sums of the rows as shown, to the unit.
    expect(number(total[c])).toBe(sums[c]);
  }
  // Work kept as it is stays out of the table, and the table says so.
  await expect(page.locator('.cost-kept')).toContainText('Application development');
});
