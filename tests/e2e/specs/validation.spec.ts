import { test, expect } from '../fixtures/app';

test('an invalid number shows a message beside the field and blocks moving on until fixed', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.setFte('Payroll', 'lots');
  const card = questionnaire.card('Payroll');
  const fte = card.getByLabel('People (full-time equivalents)');
  await expect(fte).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByText('That is not a number. Enter a number of people between 0.01 and 100,000.')).toBeVisible();
  await questionnaire.expectAccessible('processes with an invalid field');
  await questionnaire.next();
  await expect(page.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields' })).toBeVisible();
  await expect(questionnaire.heading()).toHaveText('Your processes');

  // A decimal comma is read as one, never as ten times the amount.
  await questionnaire.setFte('Payroll', '2,5');
  await expect(fte).not.toHaveAttribute('aria-invalid', 'true');
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Risk and constraints');
});

test('a number above what a field takes is called too large, not refused as too small', async ({ questionnaire }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  const card = await questionnaire.openCard('Payroll');
  const cost = card.getByLabel('Current yearly cost');
  await cost.fill('1e308');
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  await expect(card.getByText('That is too large: enter 10,000,000,000,000 or less.')).toBeVisible();
  await expect(card.getByText('Enter a yearly cost of 0 or more.')).toHaveCount(0);
  await cost.fill('-5');
  await expect(card.getByText('That is negative: enter 0 or more.')).toBeVisible();
  await cost.fill('120000');
  await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
});

test('leaving a step with an invalid field keeps the last confirmed value and blocks nothing', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.setFte('Payroll', '3');
  await page.keyboard.press('Tab');
  await questionnaire.setFte('Payroll', 'oops');
  await questionnaire.progress().getByRole('link', { name: /Company/ }).click();
  await expect(questionnaire.heading()).toHaveText('Your company');
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Your goals');
  await questionnaire.next();
  await expect((await questionnaire.openCard('Payroll')).getByLabel('People (full-time equivalents)')).toHaveValue('3');
});

test('the processes step asks for at least one process', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.next();
  await expect(page.getByRole('alert').filter({ hasText: 'Add at least one process' })).toBeVisible();
  await expect(questionnaire.heading()).toHaveText('Your processes');
});

test('a custom process needs a name and then gets a card of its own', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await page.locator('details.custom summary').click();
  await page.getByRole('button', { name: 'Add custom process' }).click();
  await expect(page.getByText('Give the process a name.')).toBeVisible();
  await questionnaire.addCustomProcess('Warranty claims', 'Back office');
  await expect(questionnaire.card('Warranty claims')).toBeVisible();
  // The focus stays on the button, and the change is said.
  await expect(page.getByRole('button', { name: 'Add custom process' })).toBeFocused();
  await expect(page.locator('details.custom').getByRole('status')).toHaveText('Warranty claims added. 1 process chosen.');
  await questionnaire.filterCatalog('zzzz');
  await expect(page.getByText('No process matches this filter.')).toBeVisible();
});

test('the company step needs a customer language', async ({ questionnaire, page }) => {
  await questionnaire.goto('company');
  await questionnaire.group('Languages your customers are served in').getByRole('checkbox', { name: 'English' }).uncheck();
  await expect(page.getByText('Choose at least one language.').first()).toBeVisible();
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Your company');
});

test('results without processes explain what is missing instead of failing', async ({ questionnaire, page }) => {
  await questionnaire.goto('results');
  await expect(page.getByRole('status')).toContainText('You have not chosen any processes yet.');
  await questionnaire.expectAccessible('results without processes');
  await page.getByRole('link', { name: 'Choose processes' }).click();
  await expect(questionnaire.heading()).toHaveText('Your processes');
});

test('the processes step stops at 200 processes and says so', async ({ welcome, questionnaire, page }) => {
  await welcome.goto();
  const processes = Array.from({ length: 200 }, (_, i) => ({
    id: `custom-${i + 1}`, custom_name: `Process ${i + 1}`, kind: 'back_office', role: 'supporting',
    fte: 1, annual_cost: 0, demand: 'steady', judgement: 2, rule_based: 2, documentation: 2,
    sensitivity: 'internal', customer_facing: false, overlap_hours: 3,
  }));
  const file = {
    version: 1,
    company: { name: 'Big', industry: 'retail', size: 'large', home: 'US', hours: { start: 9, end: 17 }, customer_languages: ['english'], staff_languages: ['english'] },
    goals: { cost: 3, focus: 3, expertise: 2, scalability: 2, speed: 2, quality: 3, coverage: 1, new_markets: 1 },
    risk: { tolerance: 'medium', residency: 'none', regulations: [], dependency_tolerance: 'medium', vendor_management: 'medium', transition_appetite: 'medium' },
    processes,
  };
  await page.getByLabel('Open an assessment file (.json)').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendations: Big');
  await questionnaire.goto('processes');
  await expect(page.getByText('An assessment holds at most 200 processes.')).toBeVisible();
  // Nothing more can be ticked.
  await questionnaire.filterCatalog('Payroll');
  await expect(page.getByRole('checkbox', { name: 'Payroll', exact: true })).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'Chosen processes (200)' })).toBeVisible();
});

test('a refused answer is explained in words and a long name does not flood the heading', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.goto('company');
  // Past the field's own limit, as a script or an extension could do.
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#company-name');
    if (!input) return;
    input.removeAttribute('maxlength');
    input.value = 'N'.repeat(10_000);
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  await questionnaire.goto('results');
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  expect(heading!.length).toBeLessThan(100);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Company name (optional): is 10000 characters long; keep it to 120.');
  await expect(alert).not.toContainText('company.name');
});

test('a number typed key by key never leaves a passing value in the answers', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  const fte = (await questionnaire.openCard('Payroll')).getByLabel('People (full-time equivalents)');
  await fte.fill('');
  await fte.pressSequentially('1e308');
  await expect(fte).toHaveAttribute('aria-invalid', 'true');
  // Away by the progress bar rather than Next, which the error blocks.
  await questionnaire.progress().getByRole('link', { name: /Company/ }).click();
  await questionnaire.goto('review');
  const row = page.locator('.review-section .row').filter({ hasText: 'Payroll' });
  await expect(row).toContainText('2 FTE');
  await expect(row).not.toContainText('1000 FTE');
});

test('an implausible cost is questioned but blocks nothing', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.setFte('Payroll', '0.01');
  const card = questionnaire.card('Payroll');
  await card.getByLabel('Current yearly cost').fill('10000000000000');
  await expect(card.getByRole('status')).toContainText('Check this figure');
  await expect(card.getByRole('status')).toContainText('far above');
  await questionnaire.expectAccessible('processes with a cost warning');
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Risk and constraints');
});

test('a refused Next moves focus to an error summary that links to each invalid field', async ({ questionnaire, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.addProcess('Customer service');
  await questionnaire.setFte('Payroll', 'lots');
  await (await questionnaire.openCard('Customer service')).getByLabel('Current yearly cost').fill('-5');
  await questionnaire.next();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  // The summary sits at the top of the step, above the fields.
  const top = (await summary.boundingBox())?.y ?? Infinity;
  expect(top).toBeLessThan((await questionnaire.card('Payroll').boundingBox())?.y ?? 0);
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(2);
  await summary.getByRole('link', { name: 'Payroll: People (full-time equivalents)' }).click();
  await expect(questionnaire.card('Payroll').getByLabel('People (full-time equivalents)')).toBeFocused();
  await expect(questionnaire.heading()).toHaveText('Your processes');
  await questionnaire.expectAccessible('processes with the error summary');
  // Asking again moves focus back to the summary.
  await questionnaire.next();
  await expect(summary).toBeFocused();
});
