// "What matters most": the company-wide answers ranked by how far one step of each
// moves the whole advice, as bars that try their change, with a table alternative.
import { test, expect } from '../fixtures/app';

test('the answers are ranked, said in one sentence, and a bar opens the what-if with its change', async ({ page, results }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('#/example/mx-manufacturer');
  const section = page.getByRole('region', { name: 'What matters most', exact: true });
  // Weighed after the advice has painted: the sentence names the strongest answer.
  await expect(section.locator('.conclusion')).toHaveText(
    /^Data residency decides most of this advice\. If data residency were “Data must stay in our region[^”]*”, the advice would change for 3 of 5 processes and the expected yearly saving would fall by MXN [\d,]+\.$/,
  );
  const rows = section.locator('.tornado-rows li');
  // Answers whose steps change nothing are named in a sentence, not drawn.
  await expect(rows).toHaveCount(6);
  await expect(rows.first().locator('.tornado-name')).toHaveText('Data residency');
  await expect(section.locator('figure .help')).toHaveText(/^One step either way of these answers changes nothing: Weight of “Cost reduction”, .* and Weight of “Reach into new markets”\.$/);
  // Residency starts at "no rule": there is no step lower.
  await expect(rows.first().locator('.bar.lower')).toHaveText('–');
  await expect(rows.first().locator('.bar.higher')).toContainText('3 processes, −MXN');
  await results.expectAccessible('what matters most, 1440');

  // The table says the same, with the one-off cost too.
  await section.getByRole('button', { name: 'What matters most as a table' }).click();
  const table = section.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(14);
  await expect(table.locator('tbody tr').first()).toContainText('Already at the end of the scale');
  await expect(table.locator('tbody tr').first()).toContainText('3 / 5');
  await results.expectAccessible('what matters most as a table');

  // A bar tries its change: the what-if bar lists it, and the advice follows.
  await rows.first().getByRole('button', { name: /^3 processes, −MXN [\d,]+ \(if data residency were “Data must stay in our region[^”]*”: try it\)$/ }).click();
  const trial = page.getByRole('region', { name: 'You are trying a what-if' });
  await expect(trial).toContainText('If data residency were “Data must stay in our region');
  await expect(trial.getByRole('status')).toHaveText(/3 of 5/);
  // Weighed again from the changed answers: a step lower now leads back.
  await expect(rows.first().locator('.bar.lower')).toContainText('3 processes, +MXN');
});

test('on a phone the section opens from its conclusion and fits the screen', async ({ page, results }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('#/example/uk-fintech');
  const section = page.getByRole('region', { name: 'What matters most', exact: true });
  await expect(section.locator('.conclusion')).toContainText('decides most of this advice.');
  await section.getByRole('button', { name: 'Show details: What matters most' }).click();
  await expect(section.locator('.tornado-rows li').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await results.expectAccessible('what matters most, 360');
});

test('the printable report has the ranking, without buttons', async ({ page }) => {
  await page.goto('#/example/mx-manufacturer');
  await expect(page.getByRole('region', { name: 'What matters most', exact: true }).locator('.conclusion')).toContainText('Data residency');
  await page.goto('#/report');
  const section = page.getByRole('region', { name: 'What matters most', exact: true });
  await expect(section.locator('.conclusion')).toContainText('Data residency decides most of this advice.');
  await expect(section.locator('.tornado-rows li')).toHaveCount(6);
  await expect(section.getByRole('button')).toHaveCount(0);
});
