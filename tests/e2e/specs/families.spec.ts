import { test, expect } from '../fixtures/app';

test('each kind of work gets its own places, priced at its own pay, with talent pools marked', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Customer service');
  await questionnaire.addProcess('Contract review');
  await questionnaire.goto('results');

  // One table per job family, named by the family and its processes; the first is open.
  const legalSummary = page.locator('summary', { hasText: 'Legal professionals: Contract review' });
  await expect(page.getByRole('table', { name: 'Contact-centre agents: Customer service' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Legal professionals: Contract review' })).toBeHidden();
  await legalSummary.click();
  const legal = page.getByRole('table', { name: 'Legal professionals: Contract review' });
  await expect(legal).toBeVisible();
  // Legal work goes where the legal talent is (India first, marked as a talent pool
  // for screen readers too), which is not where contact-centre work goes first.
  const offshore = legal.getByRole('row', { name: /^Offshore/ });
  await expect(offshore).toContainText(/India\W*\(talent pool for this work\)/);
  const agentsOffshore = page.getByRole('table', { name: 'Contact-centre agents: Customer service' }).getByRole('row', { name: /^Offshore/ });
  expect(await agentsOffshore.innerText()).not.toEqual(await offshore.innerText());
  await expect(page.getByText(/an established talent pool for this kind of work/)).toBeVisible();
  await results.expectAccessible('results with a location table per job family');

  // The family's pay ladder is an assumption the user can replace; the cost ratio follows.
  const legalCost = async () => (await offshore.getByRole('cell').nth(3).innerText());
  const before = await legalCost();
  await page.getByText('Assumptions and sources').click();
  const pay = page.locator('.assumptions li', { hasText: "Legal professionals' pay where wages are high" });
  await expect(pay).toContainText('1.2×');
  await page.getByLabel('Assumption', { exact: true }).selectOption({ label: "Legal professionals' pay where wages are high, against the low-wage ladder" });
  await page.getByLabel('Value (×)', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Use this value' }).click();
  await expect(pay).toContainText('Your figure');
  await expect(pay).toContainText('2×');
  expect(await legalCost()).not.toEqual(before);
});
