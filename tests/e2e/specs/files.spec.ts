import { test, expect, stored } from '../fixtures/app';
import { readFileSync } from 'node:fs';

async function verdicts(page: import('@playwright/test').Page) {
  return page.locator('.advice-card').evaluateAll((cards) =>
    cards.map((c) => `${c.querySelector('h3')?.textContent}: ${c.querySelector('.verdict')?.textContent?.replace(/\s+/g, ' ').trim()}`),
  );
}

test('exported answers import to the same advice, by picker and by drop', async ({ welcome, results, page, browser }) => {
  await welcome.goto();
  await page.getByRole('link', { name: /^Sundaram Tech Services/ }).click();
  await expect(results.heading()).toHaveText('Your recommendations: Sundaram Tech Services');
  const before = await verdicts(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download answers (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('shorewise-sundaram-tech-services.json');
  const file = await download.path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.version).toBe(1);
  expect(json.company.name).toBe('Sundaram Tech Services');

  for (const how of ['picker', 'drop']) {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(page.url().split('#')[0]);
    // Acting on the app itself, not on the welcome screen from the HTML it replaces.
    await expect(other.locator('#prerendered')).toHaveCount(0);
    if (how === 'picker') {
      await other.getByLabel('Open an assessment file (.json)').setInputFiles(file);
    } else {
      const text = readFileSync(file, 'utf8');
      const transfer = await other.evaluateHandle((t) => {
        const d = new DataTransfer();
        d.items.add(new File([t], 'answers.json', { type: 'application/json' }));
        return d;
      }, text);
      await other.locator('.import').dispatchEvent('drop', { dataTransfer: transfer });
    }
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your recommendations: Sundaram Tech Services');
    expect(await verdicts(other)).toEqual(before);
    await fresh.close();
  }
});

test('the advice downloads as a CSV a spreadsheet can read', async ({ welcome, results, page }) => {
  await welcome.goto();
  await page.getByRole('link', { name: /^Harbor & Pine/ }).click();
  await expect(results.heading()).toHaveText('Your recommendations: Harbor & Pine');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download advice (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('shorewise-harbor-pine-advice.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n').filter((l) => l.length > 0);
  expect(lines.length).toBe(1 + (await page.locator('.advice-card').count()));
  expect(lines[0]).toMatch(/^Process,Decision,Outsourcing type,Location,/);
  expect(lines.some((l) => l.startsWith('Customer service,Outsource,'))).toBeTruthy();
  await results.expectAccessible('results with the hand-over section');
  await results.screenshots('10-results-handover');
});

test('in German the advice CSV is separated by semicolons, as German spreadsheets expect', async ({ page, results }) => {
  await page.goto('./?lang=de#/example/us-online-retailer');
  await expect(results.heading()).toContainText('Ihre Empfehlungen');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Empfehlungen herunterladen (CSV)' }).click(),
  ]);
  const lines = readFileSync(await download.path(), 'utf8').slice(1).split('\r\n');
  expect(lines[0]).toMatch(/^Prozess;Entscheidung;/);
  expect(lines[0].split(';').length).toBe(12);
  expect(lines[1].split(';').length).toBeGreaterThanOrEqual(12);
});

test('a file that cannot be opened lists its problems and changes nothing', async ({ questionnaire, welcome, page }) => {
  await questionnaire.goto('company');
  await questionnaire.setCompanyName('Keep me');
  const mine = await stored(page, 'shorewise.answers');
  await welcome.goto();
  const picker = page.getByLabel('Open an assessment file (.json)');
  const valid = {
    version: 1,
    company: { name: 'X', industry: 'retail', size: 'small', home: 'XX', hours: { start: 9, end: 17 }, customer_languages: ['english'], staff_languages: ['english'] },
    goals: { cost: 7, focus: 3, expertise: 2, scalability: 2, speed: 2, quality: 3, coverage: 1, new_markets: 1 },
    risk: { tolerance: 'medium', residency: 'none', regulations: [], dependency_tolerance: 'medium', vendor_management: 'medium', transition_appetite: 'medium' },
    processes: [{ id: 'payroll', kind: 'back_office', role: 'supporting', fte: -1, annual_cost: 0, demand: 'steady', judgement: 1, rule_based: 5, documentation: 4, sensitivity: 'confidential', customer_facing: false, overlap_hours: 2 }],
  };
  const cases: [string, RegExp[]][] = [
    ['this is not json', [/not an assessment file \(reading stopped at line 1/]],
    ['{"hello": "world"}', [/not in the assessment format \(line 1\): it has a field “hello”/]],
    ['{"version": 1, "company": 3}', [/“company” should be an object/]],
    [JSON.stringify(valid), [/Home country: “XX” is not a country/, /Cost reduction: must be between 0 and 5/, /Process 1 \(Payroll\), “People \(full-time equivalents\)”/]],
  ];
  for (const [contents, messages] of cases) {
    await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('your saved answers are untouched');
    for (const m of messages) await expect(alert).toContainText(m);
    expect(await stored(page, 'shorewise.answers')).toBe(mine);
  }
  // A 10 KB value is quoted shortened, and the message wraps: the page keeps its width.
  const huge = 'X'.repeat(10_000);
  for (const contents of [JSON.stringify({ ...valid, company: { ...valid.company, home: huge } }), `{"${huge}": 1}`]) {
    await picker.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('XXX…');
    expect((await alert.innerText()).length).toBeLessThan(600);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(await stored(page, 'shorewise.answers')).toBe(mine);
  }
  await welcome.expectAccessible('welcome with an import problem');
  await welcome.screenshots('01d-welcome-import-problem');
});
