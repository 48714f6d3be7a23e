import { test, expect } from '../fixtures/app';

const SIX = ['Payroll', 'Recruiting', 'Customer service', 'Accounts payable', 'IT helpdesk', 'Data entry and processing'];

// Budgets for the processes step with six processes chosen, at a 360 × 740 phone and
// a 1440 px laptop. The step measured 9,405 px on the phone (12.7 screens) when every
// catalog entry and every chosen process was laid out in full; with the catalog folded
// by category and the chosen processes as rows it is about 2,230 px (3 screens). The
// budgets leave room for a notice and a longer name, not for a return to full cards.
const BUDGET = { 360: 2_600, 1440: 1_900 };

for (const width of [360, 1440] as const) {
  test(`six processes fit a few screens at ${width} px, and ticking one moves nothing`, async ({ questionnaire, page }) => {
    await page.setViewportSize({ width, height: 740 });
    await questionnaire.goto('processes');
    // Ticking a process leaves the list where it is under the finger.
    await page.locator('summary', { hasText: 'Human resources' }).click();
    const payroll = page.getByRole('checkbox', { name: 'Payroll', exact: true });
    const before = (await payroll.boundingBox())!.y;
    await payroll.check();
    expect((await payroll.boundingBox())!.y).toBe(before);
    await expect(payroll).toBeFocused();
    await expect(page.getByText('Payroll added. 1 process chosen.')).toBeAttached();
    await page.locator('summary', { hasText: 'Human resources' }).click();
    for (const name of SIX.slice(1)) await questionnaire.addProcess(name);
    await expect(page.locator('#chosen-heading')).toHaveText('Chosen processes (6)');

    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, `the processes step is ${height} px tall`).toBeLessThanOrEqual(BUDGET[width]);
    const next = await page.getByRole('button', { name: 'Next' }).evaluate((b) => b.getBoundingClientRect().bottom + scrollY);
    expect(next).toBeLessThanOrEqual(BUDGET[width]);
    // Nothing pushes the page sideways, with every group and a row opened.
    for (const summary of await page.locator('.catalog-group > summary').all()) await summary.click();
    await questionnaire.openCard('Customer service');
    await (await questionnaire.openCard('Customer service')).getByRole('button', { name: 'Refine answers' }).click();
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways).toBe(0);
    await questionnaire.expectAccessible(`processes step, everything open, at ${width} px`);
  });
}
