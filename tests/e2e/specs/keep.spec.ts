import { test, expect, notice, stored } from '../fixtures/app';

const ANSWERS = 'shorewise.answers';

test('answers survive a reload and the app says so', async ({ welcome, questionnaire, page }) => {
  await welcome.goto();
  await welcome.start();
  await questionnaire.setCompanyName('Northwind Software');
  await questionnaire.next();
  await questionnaire.next();
  await questionnaire.addProcess('Payroll');
  const before = await stored(page, ANSWERS);
  await questionnaire.setFte('Payroll', '7');
  // Saved as it is typed (after the render that shows it): reload once it is.
  await expect.poll(() => stored(page, ANSWERS)).not.toBe(before);
  await page.reload();
  await expect(questionnaire.heading()).toHaveText('Your processes');
  await expect(notice(page)).toContainText('your answers from last time are restored');
  await expect((await questionnaire.openCard('Payroll')).getByLabel('People (full-time equivalents)')).toHaveValue('7');
  await questionnaire.expectAccessible('processes step with the resume notice');

  // The welcome screen offers the way back.
  await welcome.goto();
  await expect(page.getByRole('heading', { name: 'Your saved answers' })).toBeVisible();
  await welcome.expectAccessible('welcome with saved answers');
  await questionnaire.screenshots('01b-welcome-resume');
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(questionnaire.heading()).toHaveText('Your processes');
});

test('start over clears the answers and undo brings them back', async ({ welcome, questionnaire, page }) => {
  await questionnaire.goto('company');
  await questionnaire.setCompanyName('Rhein Versicherung');
  await welcome.goto();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(notice(page)).toContainText('All answers are cleared.');
  await expect(page.getByRole('heading', { name: 'Your saved answers' })).toHaveCount(0);
  await page.reload();
  await questionnaire.goto('company');
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('');

  await questionnaire.setCompanyName('Second try');
  await welcome.goto();
  await page.getByRole('button', { name: 'Start over' }).click();
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(notice(page)).toHaveCount(0);
  await questionnaire.goto('company');
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('Second try');
});

test('unreadable saved answers are kept aside and the app starts clean with a notice', async ({ welcome, page }) => {
  await welcome.goto();
  const broken = 'sw1.this-is-not-a-valid-record';
  await page.evaluate(([k, v]) => window.localStorage.setItem(k, v), [ANSWERS, broken]);
  await page.reload();
  await expect(notice(page)).toContainText('could not be read');
  expect(await stored(page, 'shorewise.answers.unreadable.0')).toBe(broken);
  await welcome.expectAccessible('welcome with the kept-aside notice');
  // A record from a newer version is treated the same way, in the next free slot.
  await page.evaluate(([k]) => window.localStorage.setItem(k, 'sw9.AAAA'), [ANSWERS]);
  await page.reload();
  await expect(notice(page)).toContainText('could not be read');
  expect(await stored(page, 'shorewise.answers.unreadable.0')).toBe(broken);
  expect(await stored(page, 'shorewise.answers.unreadable.1')).toBe('sw9.AAAA');
});

test('without storage the app still works and says answers are not kept', async ({ welcome, questionnaire, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await welcome.goto();
  await expect(notice(page)).toContainText('not keeping data');
  await welcome.start();
  await questionnaire.setCompanyName('Private visitor');
  await questionnaire.next();
  await expect(questionnaire.heading()).toHaveText('Your goals');
});

test('two open tabs never overwrite each other unseen', async ({ questionnaire, page, context }) => {
  await questionnaire.goto('company');
  await questionnaire.setCompanyName('Tab one');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByLabel('Company name (optional)')).toHaveValue('Tab one');
  await other.getByLabel('Company name (optional)').fill('Tab two');
  // The first tab is told, and keeps its own answers.
  await expect(notice(page)).toContainText('another tab');
  await notice(page).getByRole('button', { name: 'Keep the answers in this tab' }).click();
  await expect.poll(() => stored(page, ANSWERS)).toContain('sw1.');
  // Now the second tab is told, and takes the first tab's answers.
  await expect(notice(other)).toContainText('another tab');
  await notice(other).getByRole('button', { name: "Use the other tab's answers" }).click();
  await expect(other.getByLabel('Company name (optional)')).toHaveValue('Tab one');
  await other.close();
});

test('named scenarios are kept and compared side by side', async ({ welcome, results, page }) => {
  await welcome.goto();
  await page.getByRole('link', { name: /^Harbor & Pine/ }).click();
  await expect(results.heading()).toHaveText('Your recommendations: Harbor & Pine');
  await page.getByLabel('Scenario name').fill('As answered');
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await results.whatIfTolerance('Low');
  await page.getByLabel('Scenario name').fill('Cautious');
  await page.getByRole('button', { name: 'Save as scenario' }).click();
  await page.getByLabel('Compare', { exact: true }).selectOption({ label: 'As answered' });
  await page.getByLabel('with', { exact: true }).selectOption({ label: 'Cautious' });
  const status = page.locator('.compare [role=status]');
  await expect(status).toContainText(/of 6 processes/);
  const differing = await page.locator('.comparison tr.differs').count();
  expect(differing).toBeGreaterThan(0);
  await expect(status).toContainText(`${differing} of 6`);
  await results.expectAccessible('results with scenarios compared');
  await results.screenshots('12-scenarios');
  // On a phone the comparison reflows: every verdict under its scenario's name, no column
  // cut off behind a scroll.
  await page.setViewportSize({ width: 360, height: 800 });
  const region = page.locator('.compare .table-scroll');
  expect(await region.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBeTruthy();
  const firstRow = page.locator('.comparison tbody tr').first();
  await expect(firstRow.locator('td').nth(1)).toBeVisible();
  expect(await firstRow.locator('td').nth(1).evaluate((e) => getComputedStyle(e, '::before').content)).toContain('Cautious');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Scenarios survive a reload, and opening one keeps an undo.
  await page.reload();
  await expect(page.locator('.scenario-list li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Open scenario As answered' }).click();
  await expect(notice(page)).toContainText("scenario's answers");
  await notice(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.scenario-list li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Remove scenario Cautious' }).click();
  await expect(page.locator('.scenario-list li')).toHaveCount(1);
});
