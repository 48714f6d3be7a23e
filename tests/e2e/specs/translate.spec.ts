import { test, expect } from '../fixtures/app';

/** What Chrome's page translation does: every text node becomes <font><font>text</font></font>. */
async function translate(page: import('@playwright/test').Page) {
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (node.data.trim()) nodes.push(node);
    }
    for (const node of nodes) {
      const outer = document.createElement('font');
      const inner = document.createElement('font');
      inner.textContent = node.data;
      outer.appendChild(inner);
      node.replaceWith(outer);
    }
  });
}

test('counters and the summary stay current on a translated page', async ({ questionnaire, results, page }) => {
  await questionnaire.goto('processes');
  await questionnaire.addProcess('Payroll');
  await translate(page);
  await page.locator('summary', { hasText: 'Human resources' }).click();
  await page.getByRole('checkbox', { name: 'Recruiting', exact: true }).check();
  await expect(page.locator('#chosen-heading')).toHaveText('Chosen processes (2)');

  await questionnaire.goto('results');
  await expect(results.heading()).toBeVisible();
  await translate(page);
  await results.whatIfGoal('Cost reduction', 0);
  await results.whatIfTolerance('Low');
  await results.whatIfGoal('Focus on the core business', 0);
  // Kept, so that the answers drawn afresh below are the ones tried.
  await page.getByRole('button', { name: 'Keep these changes' }).click();
  const translated = await page.locator('.decision-summary').innerText();
  // The same answers drawn afresh, without a translator, must read the same.
  await page.reload();
  await expect(page.locator('.decision-summary')).toHaveText(translated.replace(/\s+/g, ' ').trim(), { useInnerText: true });
});
