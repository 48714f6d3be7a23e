import { test, expect } from '../fixtures/app';

test('the results open with a plain summary of what to do, where, what it saves and the biggest risk', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await questionnaire.addProcess('Customer service');
  await questionnaire.addProcess('Application development');
  await questionnaire.goto('results');
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toBeVisible();
  // The summary comes first, before "In short".
  const headings = await page.locator('.report h2').allTextContents();
  expect(headings[0]).toBe('Summary');
  const sentences = summary.locator('p');
  const count = await sentences.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(5);
  // Every process is named in the summary with what happens to it.
  for (const card of await page.locator('.advice-card h3').allTextContents()) {
    await expect(summary).toContainText(card.trim());
  }
  await expect(summary).toContainText(/Once running, the changes are expected to save USD [\d,]+ a year \(USD [\d,]+ – [\d,]+\)|cost USD [\d,]+ a year more than today/);
  await expect(summary).toContainText(/The biggest risk \(.+\): .+\./);
  await results.expectAccessible('results with the summary');

  // A what-if change rewrites the summary with the advice.
  const before = await summary.innerText();
  await page.getByRole('radio', { name: 'Low' }).first().check();
  await expect(summary).not.toHaveText(before);
});

test('a card speaks of alternatives in words and says which half of the advice is the close call', async ({ page, results }) => {
  await page.goto('#/example/us-online-retailer');
  const card = results.card('Customer service');
  await card.getByRole('button', { name: 'Alternatives, risks and KPIs' }).click();
  const other = card.locator('h4', { hasText: 'Other decisions' }).locator('xpath=following-sibling::ul[1]');
  await expect(other.getByRole('listitem')).toHaveCount(3);
  for (const item of await other.getByRole('listitem').allInnerTexts()) {
    expect(item).toMatch(/^(Keep in-house|Automate|Co-source|Outsource)(: (a close second|behind|well behind|level with the advice)| — .+)$/);
  }
  await expect(card.locator('h4', { hasText: 'Other locations' })).toBeVisible();
  // Reasons are sentences about the answers that say what they favour; the first
  // line says how clear the call was, against which option.
  await expect(card.locator('.closeness').first()).toHaveText(/^(Clearly ahead of|Ahead of|A close call against) (keeping it in-house|automating it|co-sourcing|outsourcing)/);
  const reasons = await card.locator('.reasons li').allTextContents();
  expect(reasons.length).toBeGreaterThan(1);
  for (const reason of reasons) {
    expect(reason).toMatch(/(, which favours .+|works out better over the contract term|, which counts against it)\.$/);
    expect(reason).not.toMatch(/point|\d+ ?%/);
  }
  // Keep and automate cards carry no outsourcing type.
  await expect(results.card('Application development').getByText('Type', { exact: true })).toHaveCount(0);
  await expect(card.getByText('Type', { exact: true })).toHaveCount(1);
  // A sure decision with a close location says so instead of "Close call" alone.
  await expect(card.locator('.confidence')).toHaveText(/Confidence: (Clear|Fairly clear|Close call|(clear|fairly clear) on what, (fairly clear|close call) on where)$/);
  await results.expectAccessible('a card with its alternatives in words');
});

test('on a phone every results table fits, with every section opened', async ({ page, results }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const id of ['us-online-retailer', 'in-it-services']) {
    await page.goto(`#/example/${id}`);
    // The second example asks before replacing the first one's answers.
    const open = page.getByRole('button', { name: 'Open it' });
    await page.locator('.advice-card').or(open).first().waitFor();
    if (await open.isVisible()) await open.click();
    // Sections and cards start closed on a phone: open them all.
    for (let round = 0; round < 3; round++) {
      await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('main button[aria-expanded="false"]').forEach((b) => b.click()));
    }
    await expect(page.locator('table.cost')).toBeAttached();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    // Sections lay out only when near the viewport: use one as tall as the page.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 360, height });
    const wide = await page.evaluate(() => [...document.querySelectorAll('table')]
      .filter((t) => t.scrollWidth > (t.parentElement?.clientWidth ?? 0) + 1)
      .map((t) => t.className || t.id));
    expect(wide, id).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 360, height: 740 });
  }
  await results.expectAccessible('results on a phone with stacked tables');
});

test('on a phone the summary comes first, the what-if panel after it, then the advice', async ({ page, results }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('#/example/us-online-retailer');
  await expect(results.heading()).toBeVisible();
  const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
  const summary = await top('.report-lead');
  const whatIf = await top('.whatif');
  const advice = await top('.advice-card');
  expect(summary).toBeLessThan(whatIf);
  expect(whatIf).toBeLessThan(advice);
  // On a wide screen the panel stands beside the summary.
  await page.setViewportSize({ width: 1440, height: 900 });
  const [lead, panel] = [await page.locator('.report-lead').boundingBox(), await page.locator('.whatif').boundingBox()];
  expect(panel!.x + panel!.width).toBeLessThanOrEqual(lead!.x);
  expect(Math.abs(panel!.y - lead!.y)).toBeLessThan(2);
});

test('on a phone the results are a few screens of conclusions, each section a tap from its detail', async ({ page, results }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const id of ['us-online-retailer', 'uk-fintech']) {
    await page.goto(`#/example/${id}`);
    const open = page.getByRole('button', { name: 'Open it' });
    await page.locator('.advice-card').or(open).first().waitFor();
    if (await open.isVisible()) await open.click();
    await expect(page.locator('.advice-card').first()).toBeVisible();
    // Every section says what it concludes; its detail waits behind a button.
    const folds = page.locator('section.fold');
    expect(await folds.count()).toBeGreaterThanOrEqual(5);
    for (const conclusion of await folds.locator('.conclusion').allTextContents()) expect(conclusion.length).toBeGreaterThan(10);
    await expect(page.locator('table.cost')).toHaveCount(0);
    await expect(page.locator('.advice-card .reasons')).toHaveCount(0);
    // Every section laid out, as a reader scrolling through would see it.
    await page.evaluate(async () => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      for (let y = 0; y < document.documentElement.scrollHeight; y += 300) { window.scrollTo(0, y); await frame(); }
    });
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    expect(screens, `${id}: ${screens.toFixed(1)} screens`).toBeLessThanOrEqual(10);
    // A tap opens the detail.
    await page.getByRole('button', { name: 'Show details: Cost impact' }).click();
    await expect(page.locator('table.cost')).toBeVisible();
    await page.getByRole('button', { name: /^Why, and what it costs: / }).first().click();
    await expect(page.locator('.advice-card .reasons').first()).toBeVisible();
  }
  await results.expectAccessible('results on a phone, sections closed');
});
