import { test, expect, notice, stored } from '../fixtures/app';

const ANSWERS = 'shorewise.answers';
const EXAMPLES = ['Harbor & Pine', 'Klinikverbund Rhein-Main', 'Sundaram Tech Services', 'Ledgerly', 'Metalúrgica del Bajío'];

/** Every advice card's process and verdict, in page order. */
async function verdicts(page: import('@playwright/test').Page) {
  return page.locator('.advice-card').evaluateAll((cards) =>
    cards.map((c) => `${c.querySelector('h3')?.textContent}: ${c.querySelector('.verdict')?.textContent?.replace(/\s+/g, ' ').trim()}`),
  );
}

test('every example company opens on the results page', async ({ welcome, results, page }) => {
  for (const name of EXAMPLES) {
    await welcome.goto();
    if (await page.getByRole('button', { name: 'Start over' }).count()) {
      await page.getByRole('button', { name: 'Start over' }).first().click();
    }
    await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await expect(results.heading()).toHaveText(`Your recommendations: ${name}`);
    expect((await verdicts(page)).length).toBeGreaterThanOrEqual(4);
  }
  await welcome.goto();
  await welcome.expectAccessible('welcome with examples');
  await welcome.screenshots('01c-welcome-examples');
});

test('a copied link opens the same advice in a fresh browser', async ({ welcome, results, page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await welcome.goto();
  await page.getByRole('link', { name: /^Ledgerly/ }).click();
  await expect(results.heading()).toHaveText('Your recommendations: Ledgerly');
  // A what-if being tried travels with the link: it opens the advice shown here.
  await results.whatIfTolerance('High');
  await expect(page.getByText('The link, the files and the report include the what-if changes you are trying.', { exact: false })).toBeVisible();
  const before = await verdicts(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.getByLabel('Link to these answers').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(link).toContain('#/open/sw1.');
  expect(link.length).toBeLessThan(2000);
  await results.expectAccessible('results with the share link');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your recommendations: Ledgerly');
  expect(await verdicts(other)).toEqual(before);
  await expect(other.locator('.notice-bar')).toContainText('The assessment you opened');
  await fresh.close();
});

test('a link never replaces saved answers without asking, and undo brings them back', async ({ questionnaire, page }) => {
  await questionnaire.goto('company');
  await questionnaire.setCompanyName('My own company');
  const mine = await stored(page, ANSWERS);
  await page.goto('#/example/uk-fintech');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open a shared assessment');
  await expect(page.getByText(/answers of Ledgerly.*\(My own company\)/)).toBeVisible();
  await questionnaire.expectAccessible('open page asking first');
  await questionnaire.screenshots('08-open-ask');
  await page.getByRole('link', { name: 'Keep my answers' }).click();
  expect(await stored(page, ANSWERS)).toBe(mine);

  await page.goto('#/example/uk-fintech');
  await page.getByRole('button', { name: 'Open it' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendations: Ledgerly');
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await questionnaire.goto('company');
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('My own company');
});

test('broken, hostile and future links say what is wrong and change nothing', async ({ questionnaire, page }) => {
  await questionnaire.goto('company');
  await questionnaire.setCompanyName('Keep me');
  const mine = await stored(page, ANSWERS);
  const good = (await page.evaluate(() => location.href)).split('#')[0];
  const cases: [string, RegExp][] = [
    ['#/open/hello', /does not hold a Shorewise assessment/],
    ['#/open/sw1.@@@@', /damaged or incomplete/],
    ['#/open/sw1.AAAAAAAA', /damaged or incomplete/],
    ['#/open/sw2.AAAA', /newer version/],
    [`#/open/sw1.${'A'.repeat(200_001)}`, /longer than any link/],
    ['#/open/%zz', /does not hold|damaged/],
    ['#/example/no-such-company', /no example company/],
  ];
  for (const [fragment, message] of cases) {
    await page.goto(good + fragment);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be opened');
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('untouched');
    expect(await stored(page, ANSWERS)).toBe(mine);
  }
  await questionnaire.expectAccessible('a link that cannot be opened');
  await questionnaire.screenshots('09-open-failed');
});

test('a prefill link starts the questionnaire half-filled and names what it left out', async ({ questionnaire, page }) => {
  await page.goto('#/start/name=Klinik%20S%C3%BCd&home=DE&industry=healthcare&processes=payroll,it-helpdesk&goal.cost=5&colour=blue&size=huge');
  await expect(questionnaire.heading()).toHaveText('Your company');
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('Klinik Süd');
  await expect(page.getByLabel('Home country')).toHaveValue(await page.getByLabel('Home country').locator('option', { hasText: 'Germany' }).getAttribute('value') ?? '');
  const note = page.locator('.notice-bar');
  await expect(note).toContainText('left out');
  await expect(note).toContainText('“colour” is not a parameter Shorewise knows.');
  await expect(note).toContainText('“size” has a value Shorewise cannot use.');
  await questionnaire.expectAccessible('company step after a prefill link');
  await questionnaire.screenshots('02b-company-prefilled');
  await questionnaire.goto('processes');
  await expect(questionnaire.card('Payroll')).toBeVisible();
  await expect(questionnaire.card('IT helpdesk')).toBeVisible();
});
