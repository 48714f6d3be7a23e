import { test, expect } from '../fixtures/app';

test('the results open with a plain summary of what to do, where, what it saves and the biggest risk', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.addProcess('Customer service');
  await questionnaire.addProcess('Application development');
  await questionnaire.goto('results');
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toBeVisible();
  // The summary comes first, before "In short".
  const headings = await page.locator('.report h2').allTextContents();
  expect(headings[0]).toBe('Summary');
  const sentences = summary.locator('p');
  const count = await sentences.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(5);
  // Every process is named in the summary with what happens to it.
  for (const card of await page.locator('.advice-card h3').allTextContents()) {
    await expect(summary).toContainText(card.trim());
  }
  await expect(summary).toContainText(/Once running, the changes are expected to save USD [\d,]+ a year \(USD [\d,]+ – [\d,]+\)|cost USD [\d,]+ a year more than today/);
  await expect(summary).toContainText(/The biggest risk \(.+\): .+\./);
  await results.expectAccessible('results with the summary');

  // A what-if change rewrites the summary with the advice.
  const before = await summary.innerText();
  await page.getByRole('radio', { name: 'Low' }).first().check();
  await expect(summary).not.toHaveText(before);
});
