import { test, expect } from '../fixtures/app';

test('back, forward and the progress indicator move between steps without losing answers', async ({ welcome, questionnaire, page }) => {
  await welcome.goto();
  await welcome.start();
  await questionnaire.setCompanyName('Acme Logistics');
  await questionnaire.setHomeCountry('Poland');
  await questionnaire.next();
  await questionnaire.setGoal('Speed', 5);
  await questionnaire.next();
  await expect(page).toHaveURL(/#\/processes$/);

  await page.goBack();
  await expect(questionnaire.heading()).toHaveText('Your goals');
  await expect(questionnaire.heading()).toBeFocused();
  await expect(questionnaire.group('Speed').getByRole('radio', { name: '5 Top priority' })).toBeChecked();
  await page.goBack();
  await expect(questionnaire.heading()).toHaveText('Your company');
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('Acme Logistics');
  await expect(page.getByLabel('Home country')).toHaveValue(/\d+/);
  await expect(page.getByLabel('Home country').locator('option:checked')).toHaveText('Poland');

  await page.goForward();
  await expect(questionnaire.heading()).toHaveText('Your goals');

  // Reached steps are links in the progress indicator; later ones are not.
  const progress = questionnaire.progress();
  await expect(progress.getByRole('link', { name: /Processes/ })).toBeVisible();
  await expect(progress.getByRole('link', { name: /Review/ })).toHaveCount(0);
  await expect(progress.locator('[aria-current="step"]')).toContainText('Goals');
  await progress.getByRole('link', { name: /Company/ }).click();
  await expect(questionnaire.heading()).toHaveText('Your company');
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('Acme Logistics');

  await questionnaire.next();
  await questionnaire.back();
  await expect(questionnaire.heading()).toHaveText('Your company');
});

test('every step has its own address that can be opened directly', async ({ questionnaire }) => {
  for (const [route, title] of [
    ['company', 'Your company'],
    ['goals', 'Your goals'],
    ['processes', 'Your processes'],
    ['risk', 'Risk and constraints'],
    ['review', 'Review your answers'],
    ['results', 'Your recommendations'],
  ]) {
    await questionnaire.goto(route);
    await expect(questionnaire.heading()).toHaveText(title);
  }
});

test('the document title names the step, and on results the company', async ({ welcome, questionnaire, page }) => {
  await welcome.goto();
  await expect(page).toHaveTitle('Shorewise: outsourcing advisor');
  await questionnaire.goto('company');
  await expect(page).toHaveTitle('Your company – Shorewise');
  await questionnaire.setCompanyName('Acme Logistik');
  await questionnaire.goto('goals');
  await expect(page).toHaveTitle(/^.+ – Shorewise$/);
  const goals = await page.title();
  await questionnaire.goto('processes');
  await expect(page).not.toHaveTitle(goals);
  await questionnaire.addProcess('Payroll');
  await questionnaire.goto('results');
  await expect(page).toHaveTitle('Your recommendations: Acme Logistik – Shorewise');
  await page.goto('#/no-such-page');
  await expect(page).toHaveTitle(/– Shorewise$/);
});

test('GDPR is ticked for a company in the EU, with a note the user can act on', async ({ questionnaire, page }) => {
  await questionnaire.goto('company');
  await questionnaire.setHomeCountry('Germany');
  await questionnaire.goto('risk');
  const gdpr = page.getByRole('checkbox', { name: /GDPR/ });
  await expect(gdpr).toBeChecked();
  await expect(page.getByText(/GDPR applies to companies in the EU\/EEA and the UK/)).toBeVisible();
  await gdpr.uncheck();
  await expect(page.getByText(/GDPR applies to companies in the EU\/EEA and the UK/)).toHaveCount(0);
  // Once seen, the answer is the user's: moving home does not tick it again.
  await questionnaire.goto('company');
  await questionnaire.setHomeCountry('France');
  await questionnaire.goto('risk');
  await expect(gdpr).not.toBeChecked();
  await questionnaire.expectAccessible('risk step with GDPR unticked');
});

test('home countries are listed by name', async ({ questionnaire, page }) => {
  await questionnaire.goto('company');
  const names = await page.getByLabel('Home country').locator('option').allTextContents();
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  expect(names.length).toBeGreaterThan(40);
  expect([...names].sort((a, b) => fold(a).localeCompare(fold(b)))).toEqual(names);
  expect(names[0]).toBe('Argentina');
});

test('on a phone the steps fit one line', async ({ questionnaire, page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const step of ['company', 'goals', 'processes', 'risk', 'review'] as const) {
    await questionnaire.goto(step);
    const list = page.locator('.progress ol');
    const box = await list.boundingBox();
    const first = await list.locator('li').first().boundingBox();
    expect(box && first && box.height).toBeLessThan(2 * (first?.height ?? 0));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  }
});

test("the language lists show the likely languages and fold the rest behind a search", async ({ questionnaire, page }) => {
  await questionnaire.goto('company');
  await questionnaire.setHomeCountry('Germany');
  const group = page.getByRole('group', { name: 'Languages your customers are served in' });
  const labels = () => group.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim()));
  // Up front: the home country's languages and English.
  expect(await labels()).toEqual(['German', 'English']);
  await group.getByRole('checkbox', { name: 'German' }).check();
  await expect(group.getByRole('checkbox', { name: 'German' })).toBeChecked();
  // The rest are folded; "Other" is last among them.
  await group.getByText(/^More languages \(\d+\)$/).click();
  const all = await labels();
  expect(all.slice(0, 2)).toEqual(['German', 'English']);
  expect(all[all.length - 1]).toBe('Other');
  expect(all.length).toBeGreaterThan(15);
  // A search narrows the fold; a language ticked there joins the ones up front.
  await group.getByLabel('Find a language').fill('jap');
  expect(await labels()).toEqual(['German', 'English', 'Japanese']);
  await group.getByRole('checkbox', { name: 'Japanese' }).check();
  await group.getByLabel('Find a language').fill('');
  await expect(group.locator('.options').first().getByRole('checkbox', { name: 'Japanese' })).toBeChecked();
  await group.getByLabel('Find a language').fill('klingon');
  await expect(group.getByRole('status')).toHaveText('No language matches. Clear the search and tick “Other” for a language not listed.');
  await questionnaire.expectAccessible('company step with a language search');
});
