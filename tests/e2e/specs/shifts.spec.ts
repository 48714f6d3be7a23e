import { test, expect } from '../fixtures/app';

// A West Coast company's round-the-clock helpdesk, without automation skills: the new
// questions are asked, and the advice shows aligned shifts, their night premium and the
// risks they bring.
test('time zone, coverage and automation capability shape the advice, with shifts shown', async ({ welcome, questionnaire, results, page }) => {
  await welcome.goto('company');
  await questionnaire.setHomeCountry('United States');
  const zone = page.getByLabel('Your time zone');
  await expect(zone).toHaveValue('0');
  await zone.selectOption({ label: 'Pacific (Los Angeles, Seattle)' });
  // A country with one time zone asks nothing; coming back starts at the main city.
  await questionnaire.setHomeCountry('Germany');
  await expect(page.getByLabel('Your time zone')).toHaveCount(0);
  await questionnaire.setHomeCountry('United States');
  await expect(zone).toHaveValue('0');
  await zone.selectOption({ label: 'Pacific (Los Angeles, Seattle)' });
  await questionnaire.expectAccessible('company step with a time zone');
  await questionnaire.next();
  await questionnaire.setGoal('Cost reduction', 5);
  await questionnaire.next();

  await questionnaire.addProcess('IT helpdesk');
  const card = await questionnaire.openCard('IT helpdesk');
  await card.getByRole('button', { name: 'Refine answers' }).click();
  const coverage = card.getByRole('group', { name: 'Hours it must be staffed' });
  // The catalog's helpdesk works extended hours by default.
  await expect(coverage.getByRole('radio', { name: 'Extended hours (about 16 × 5)' })).toBeChecked();
  await coverage.getByRole('radio', { name: 'Round the clock (24 × 7)' }).check();
  await card.getByLabel('Hours a day the team must overlap with yours').selectOption({ index: 4 });
  await questionnaire.expectAccessible('processes step with coverage');
  await questionnaire.next();

  await questionnaire.choose('Your own capability to build and run automation (workflow tools, RPA)', 'Low');
  await questionnaire.expectAccessible('risk step with automation capability');
  await questionnaire.next();
  await expect(page.getByText('Pacific (Los Angeles, Seattle)')).toBeVisible();
  await expect(page.getByText(/Round the clock \(24 × 7\)/)).toBeVisible();
  await questionnaire.next();

  // Offshore is not ruled out by the time difference: the comparison shows the shift
  // a provider would run and its premium.
  const table = page.locator('table.locations');
  await expect(table.getByRole('columnheader', { name: 'Shift aligned with your day' })).toBeVisible();
  await expect(table).toContainText(/night hours, \+10% on them/);
  expect(await results.decisionOf('IT helpdesk')).not.toBe('Keep in-house');
  await results.openDetails('IT helpdesk');
  await expect(results.card('IT helpdesk')).toContainText(/night shifts|Night shifts/);
  await results.expectAccessible('results with shifts');

  // The answers survive a reload (stored with the new fields).
  await page.reload();
  await page.goto(page.url().replace(/#.*$/, '#/company'));
  await expect(page.getByLabel('Your time zone')).toHaveValue('4');
});
