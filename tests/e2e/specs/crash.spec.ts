import { test, expect } from '../fixtures/app';

test('a crash inside the app shows the crash panel, and reloading brings the answers back', async ({ questionnaire, page, problems }) => {
  await questionnaire.goto('company');
  await questionnaire.setCompanyName('Crash test company');
  await questionnaire.goto('processes');
  // What some browser extensions do: move the app's elements into a wrapper of their
  // own. Yew then cannot insert the error summary ("add a process") before the moved
  // element that follows the intro.
  await page.evaluate(() => {
    const moved = document.querySelector('.step-form .intro')?.nextElementSibling;
    const wrapper = document.createElement('div');
    moved?.parentElement?.insertBefore(wrapper, moved);
    if (moved) wrapper.appendChild(moved);
  });
  await page.getByRole('button', { name: 'Next' }).click();
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('Something went wrong');
  await expect(panel).toContainText('the answers saved in this browser come back');
  await questionnaire.expectAccessible('crash panel');
  await questionnaire.screenshots('98-crash');
  expect(problems.some((p) => p.includes('Shorewise crashed'))).toBeTruthy();
  problems.splice(0); // the deliberate crash's own report
  await panel.getByRole('button', { name: 'Reload' }).click();
  await expect(questionnaire.heading()).toHaveText('Your processes');
  await questionnaire.goto('company');
  await expect(page.getByLabel('Company name (optional)')).toHaveValue('Crash test company');
});
