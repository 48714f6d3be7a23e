import { test, expect } from '../fixtures/app';

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(page, matches: (el: { text: string; label: string; role: string; id: string }) => boolean, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      return { text: (a.innerText || '').trim(), label: a.getAttribute('aria-label') || a.querySelector(':scope > title')?.textContent || '', role: a.tagName.toLowerCase(), id: a.id };
    });
    if (matches(el)) return;
  }
  throw new Error('focus never reached the element');
}

test('the whole journey works with the keyboard alone', async ({ welcome, page }) => {
  await welcome.goto();
  await tabTo(page, (el) => el.text === 'Start the assessment');
  await page.keyboard.press('Enter');
  await expect(welcome.heading()).toHaveText('Your company');
  await expect(welcome.heading()).toBeFocused();

  await tabTo(page, (el) => el.text === 'Next');
  await page.keyboard.press('Enter');
  await expect(welcome.heading()).toHaveText('Your goals');
  // Arrow keys move within a radio group.
  await tabTo(page, (el) => el.role === 'input');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('group', { name: 'Cost reduction', exact: true }).getByRole('radio', { name: '4' })).toBeChecked();
  await tabTo(page, (el) => el.text === 'Next');
  await page.keyboard.press('Enter');

  await expect(welcome.heading()).toHaveText('Your processes');
  // The filter opens the catalog's groups; Space ticks a process, and the focus stays.
  await tabTo(page, (el) => el.id === 'catalog-filter');
  await page.keyboard.type('Payroll');
  await tabTo(page, (el) => el.id === 'catalog-payroll');
  await page.keyboard.press('Space');
  await expect(page.getByRole('article', { name: 'Payroll' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Payroll', exact: true })).toBeFocused();
  await expect(page.getByText('Payroll added. 1 process chosen.')).toBeAttached();
  await tabTo(page, (el) => el.text === 'Next');
  await page.keyboard.press('Enter');

  await expect(welcome.heading()).toHaveText('Risk and constraints');
  await tabTo(page, (el) => el.text === 'Next');
  await page.keyboard.press('Enter');
  await expect(welcome.heading()).toHaveText('Review your answers');
  await tabTo(page, (el) => el.text === 'See my recommendations');
  await page.keyboard.press('Enter');
  await expect(welcome.heading()).toHaveText('Your recommendations');
  await expect(page.getByRole('article', { name: 'Payroll' })).toBeVisible();

  // Matrix points are reachable and labelled.
  await tabTo(page, (el) => el.label.startsWith('Payroll:'));
  await expect(page.locator(':focus')).toHaveAccessibleName(/^Payroll: .+ \(dot \d+\); /);
});
