import { test, expect } from '../fixtures/app';

test.describe('three company profiles get the advice their answers call for', () => {
  test('a software company keeps its differentiating core in-house and outsources support work', async ({ welcome, questionnaire, results, page }) => {
    await welcome.goto();
    await welcome.start();
    await questionnaire.setCompanyName('Northwind Software');
    await questionnaire.setHomeCountry('United States');
    await questionnaire.expectAccessible('company step');
    await questionnaire.screenshots('02-company');
    await questionnaire.next();

    await expect(questionnaire.heading()).toHaveText('Your goals');
    await questionnaire.setGoal('Cost reduction', 4);
    await questionnaire.setGoal('Focus on the core business', 4);
    await questionnaire.expectAccessible('goals step');
    await questionnaire.screenshots('03-goals');
    await questionnaire.next();

    await expect(questionnaire.heading()).toHaveText('Your processes');
    await questionnaire.addProcess('Application development');
    await questionnaire.setRole('Application development', 'Core: differentiating');
    await questionnaire.filterCatalog('recruit');
    await questionnaire.addProcess('Recruiting');
    await questionnaire.filterCatalog('');
    await questionnaire.expectAccessible('processes step');
    await questionnaire.screenshots('04-processes');
    await questionnaire.next();

    await expect(questionnaire.heading()).toHaveText('Risk and constraints');
    await questionnaire.expectAccessible('risk step');
    await questionnaire.screenshots('05-risk');
    await questionnaire.next();

    await expect(questionnaire.heading()).toHaveText('Review your answers');
    await expect(page.getByText('Northwind Software')).toBeVisible();
    await questionnaire.expectAccessible('review step');
    await questionnaire.screenshots('06-review');
    await questionnaire.next();

    await expect(results.heading()).toHaveText('Your recommendations: Northwind Software');
    expect(await results.decisionOf('Application development')).toBe('Keep in-house');
    expect(await results.decisionOf('Recruiting')).toBe('Outsource');
    await expect(results.card('Application development')).toContainText('differentiating');
    await expect(page.getByRole('img', { name: /^Recruiting: Outsource/ })).toBeVisible();
    await results.openDetails('Recruiting');
    await expect(results.card('Recruiting')).toContainText('Risks and mitigations');
    await expect(results.card('Recruiting')).toContainText('cost more than planned');
    // The provider's assumed working day is stated once, not twice.
    const note = await page.getByText(/provider's day shift/).textContent();
    expect(note?.match(/9:00/g)).toHaveLength(1);
    await results.expectAccessible('results');
    await results.screenshots('07-results');
  });

  test('a residency constraint keeps work at home, and onshore hand-overs that do not pay off are not advised', async ({ welcome, questionnaire, results, page }) => {
    await welcome.goto('company');
    await questionnaire.setHomeCountry('Germany');
    await questionnaire.next();
    await questionnaire.setGoal('Cost reduction', 5);
    await questionnaire.next();
    await questionnaire.addProcess('Document processing');
    await questionnaire.addProcess('Accounts receivable');
    await questionnaire.next();
    await questionnaire.choose('Data residency', 'Data must stay in our country');
    // GDPR is ticked for a German company; this one's processes hold no personal data,
    // so residency is its only constraint.
    await page.getByRole('checkbox', { name: /GDPR/ }).uncheck();
    await questionnaire.next();
    await questionnaire.next();

    await expect(results.heading()).toHaveText('Your recommendations');
    const verdicts = [await results.verdictOf('Document processing'), await results.verdictOf('Accounts receivable')];
    for (const v of verdicts) {
      expect(v).not.toMatch(/Nearshore|Offshore|Hybrid/);
    }
    // One location table per kind of work, each named by its job family and processes.
    // Sections further down lay themselves out as they come into view
    // (`content-visibility: auto`), which can move the summary between press and release:
    // click until it is open, as a person would.
    const accounting = page.locator('details.family-locations', { hasText: 'Accounting and finance staff' });
    await expect(async () => {
      if (!(await accounting.evaluate((d: HTMLDetailsElement) => d.open))) await accounting.locator('summary').click();
      await expect(accounting).toHaveAttribute('open', '', { timeout: 500 });
    }).toPass();
    const tables = page.getByRole('table').filter({ hasText: 'Example countries' });
    await expect(tables).toHaveCount(2);
    await expect(page.getByRole('table', { name: 'Back-office clerks: Document processing' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Accounting and finance staff: Accounts receivable' })).toBeVisible();
    for (const table of await tables.all()) {
      await expect(table.getByRole('row', { name: /^Offshore/ })).toContainText('Ruled out by your data-residency constraint');
    }
    // Only onshore providers remain, and their saving does not pay back transition and
    // double running within the contract term: the advice says so instead of handing
    // the work over for the cost goal.
    expect(verdicts.every((v) => !v?.startsWith('Outsource'))).toBe(true);
    // Two fifths of the receivables work can be automated: that part comes first, and
    // work one step more rule-based would be mostly automatable.
    await expect(results.card('Accounts receivable')).toContainText('Automate about two fifths of it first, the rule-based part');
    await expect(results.card('Accounts receivable')).toContainText('If how rule-based it is were 5 of 5: Automate.');
    await results.expectAccessible('results with residency');
  });

  test('a rule-based, high-volume process is automated', async ({ welcome, questionnaire, results }) => {
    await welcome.goto('company');
    await questionnaire.setHomeCountry('United Kingdom');
    await questionnaire.next();
    await questionnaire.next();
    await questionnaire.addProcess('Data entry and processing');
    await questionnaire.setFte('Data entry and processing', '12');
    const card = await questionnaire.openCard('Data entry and processing');
    await card.getByText('Refine answers').click();
    await card.getByRole('group', { name: 'How rule-based and repetitive' }).getByRole('radio', { name: '5 Very' }).check();
    await card.getByRole('group', { name: 'Judgement and expertise needed' }).getByRole('radio', { name: '0 None' }).check();
    await questionnaire.next();
    await questionnaire.next();
    await questionnaire.next();
    expect(await results.decisionOf('Data entry and processing')).toBe('Automate');
    await expect(results.card('Data entry and processing')).toContainText('About three fifths of the work can be automated; your people keep the exceptions and the rest.');
    await results.openDetails('Data entry and processing');
    await expect(results.card('Data entry and processing')).toContainText('Straight-through rate');
    await expect(results.card('Data entry and processing')).toContainText('GBP');
  });
});

test('automation is advised as a share of the work: most of it, or a part first', async ({ page, results }) => {
  await page.goto('#/example/de-hospital-group');
  await expect(results.heading()).toHaveText('Your recommendations: Klinikverbund Rhein-Main');
  expect(await results.decisionOf('Payroll')).toBe('Automate');
  await expect(results.card('Payroll')).toContainText('About three fifths of the work can be automated');
  // Customer contacts are never automated whole: a part goes to self-service first.
  expect(await results.decisionOf('Billing queries')).toBe('Keep in-house');
  await expect(results.card('Billing queries')).toContainText(/Move about a quarter of the contacts to self-service first: about EUR [\d,]+ a year once it runs, for a build of about EUR [\d,]+, paid back in about \d+ months\./);
  await expect(results.card('Document processing')).toContainText(/Automate about two fifths of it first, the rule-based part/);
  await results.expectAccessible('results with automation parts');
});

test('a provider that takes work over is asked to automate its part', async ({ page, results }) => {
  await page.goto('#/example/mx-manufacturer');
  expect(await results.decisionOf('Payroll')).toBe('Outsource');
  await expect(results.card('Payroll')).toContainText('About three fifths of it can be automated: choose a provider that automates it and passes the saving on in its price.');
});

test('less than one person\'s work handed over is bought as a service', async ({ welcome, questionnaire, results }) => {
  await welcome.goto('company');
  await questionnaire.setHomeCountry('United Kingdom');
  await questionnaire.next();
  await questionnaire.setGoal('Cost reduction', 4);
  await questionnaire.next();
  await questionnaire.addProcess('Expense audit');
  await questionnaire.setFte('Expense audit', '0.3');
  await questionnaire.next();
  await questionnaire.next();
  await questionnaire.next();
  expect(await results.decisionOf('Expense audit')).toBe('Outsource');
  await expect(results.card('Expense audit')).toContainText('Less than one person\'s work: buy it as a managed service or from a freelance marketplace, or bundle it with related work, rather than run a transition programme.');
  // Co-sourcing a third of a person is not on offer.
  await results.openDetails('Expense audit');
  await expect(results.card('Expense audit')).toContainText('too little to share with a provider');
  await results.expectAccessible('results with work bought as a service');
});

test('an example country that already serves the home market by voice says so on the card', async ({ page, results }) => {
  await page.goto('#/example/uk-fintech');
  expect(await results.decisionOf('Customer service')).toBe('Outsource');
  await expect(results.card('Customer service')).toContainText(/South Africa \([^)]*serves your market by voice\)/);
});

test('the what-if panel updates every recommendation without leaving the page', async ({ welcome, questionnaire, results, page }) => {
  await welcome.goto('company');
  await questionnaire.next();
  await questionnaire.next();
  await questionnaire.addProcess('Document processing');
  await questionnaire.next();
  await questionnaire.next();
  await questionnaire.next();
  const before = await results.verdictOf('Document processing');
  const url = page.url();
  await results.whatIfTolerance('Low');
  await results.whatIfGoal('Cost reduction', 0);
  await results.whatIfGoal('Focus on the core business', 0);
  await expect.poll(() => results.verdictOf('Document processing')).not.toBe(before);
  await expect(page.getByText('Recommendations updated.')).toBeAttached();
  expect(page.url()).toBe(url);
});

test('what-if changes are a scenario on top of the answers: marked, undone or kept', async ({ welcome, questionnaire, results, page }) => {
  await welcome.goto('company');
  await questionnaire.next();
  await questionnaire.next();
  await questionnaire.addProcess('Document processing');
  await questionnaire.next();
  await questionnaire.next();
  await questionnaire.next();
  const before = await results.verdictOf('Document processing');
  const bar = page.getByRole('region', { name: 'You are trying a what-if' });
  await expect(bar).toHaveCount(0);

  await results.whatIfTolerance('Low');
  await results.whatIfGoal('Cost reduction', 0);
  await results.whatIfGoal('Focus on the core business', 0);
  await expect.poll(() => results.verdictOf('Document processing')).not.toBe(before);
  // Each changed control says what the user's own answer is; the bar lists the
  // changes and their effect, and stays in view while the controls are used.
  const tolerance = results.whatIf().getByRole('group', { name: 'Overall risk tolerance' });
  await expect(tolerance).toContainText('Changed: your answer is Medium.');
  await expect(bar.getByRole('listitem')).toHaveCount(3);
  await expect(bar).toContainText('If your risk tolerance were low');
  await expect(bar.getByRole('status')).toHaveText('The advice changes for 1 of 1 processes.');
  await expect(bar).toBeInViewport();
  await results.expectAccessible('results with a what-if being tried');

  // The answers themselves are untouched until the changes are kept.
  await page.goto('#/review');
  await expect(page.locator('.row', { has: page.locator('dt', { hasText: /^Overall risk tolerance$/ }) }).locator('dd')).toHaveText('Medium');
  await page.goBack();
  await expect(bar).toBeVisible();

  await bar.getByRole('button', { name: 'Back to my answers' }).click();
  await expect(bar).toHaveCount(0);
  await expect.poll(() => results.verdictOf('Document processing')).toBe(before);
  await expect(tolerance.getByRole('radio', { name: 'Medium', exact: true })).toBeChecked();
  await expect(tolerance).not.toContainText('Changed');

  // Trying a card's "what would change it" shows the advice it names; keeping it makes
  // it the answers, which survive a reload.
  const card = results.card('Document processing');
  // textContent, not innerText: cards below the fold skip layout (content-visibility).
  const flip = (await card.locator('h4:has-text("What would change it") + p').textContent())!.trim().replace(/\.$/, '');
  expect(flip).toMatch(/^If .+: .+$/);
  await card.getByRole('button', { name: 'Try this change for Document processing' }).click();
  await expect(bar).toBeVisible();
  await expect(bar.getByRole('status')).toHaveText('The advice changes for 1 of 1 processes.');
  const named = async () => (await results.verdictOf('Document processing'))!.split(' · Confidence')[0].replace(' · ', ', ').toLowerCase();
  await expect.poll(async () => flip.toLowerCase().endsWith(await named())).toBe(true);
  await bar.getByRole('button', { name: 'Keep these changes' }).click();
  await expect(bar).toHaveCount(0);
  const kept = await results.verdictOf('Document processing');
  expect(kept).not.toBe(before);
  await page.reload();
  await expect.poll(() => results.verdictOf('Document processing')).toBe(kept);
});
