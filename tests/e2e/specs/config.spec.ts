// The site's config.json: optional, applied where it can be, and a broken one names its
// problems for the administrator without stopping the app or touching saved answers.
import { test, expect, stored } from '../fixtures/app';
import { readFileSync } from 'node:fs';

const ANSWERS = 'shorewise.answers';

test('without a config.json the app runs on its defaults and says nothing', async ({ page, welcome, problems }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await welcome.goto();
  await expect(page.locator('.site-header')).toBeVisible();
  await expect(page.locator('.config-problems')).toHaveCount(0);
  // The browser itself reports the missing file (the preload and the read); nothing else.
  const missing = problems.filter((p) => p.includes('status of 404'));
  expect(missing.length).toBeGreaterThan(0);
  problems.splice(0, problems.length, ...problems.filter((p) => !missing.includes(p)));
});

test('a partly broken config.json applies what it can and names each problem by path', async ({ page, welcome }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: { embed: { always: true, origins: ['https://intranet.example.com', 'intranet.example.com'] }, colour: 'red' },
    }),
  );
  await welcome.goto();
  // `embed.always` applied: embed mode without the flag.
  await expect(page.locator('.site-header')).toHaveCount(0);
  const problems = page.locator('.config-problems li');
  await expect(problems).toHaveText([
    /“embed\.origins\[1\]”: “intranet\.example\.com” is not an origin/,
    /“colour” is not a setting Shorewise has/,
  ]);
  await welcome.expectAccessible('config problems');
});

test('a config.json that is not JSON keeps the defaults and the saved answers', async ({ page, welcome }) => {
  await page.goto('#/example/uk-fintech');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('recommendations');
  await expect.poll(() => stored(page, ANSWERS)).not.toBeNull();
  const before = await stored(page, ANSWERS);

  await page.route('**/config.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{\n  "embed": {\n    "always": tru\n}' }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('recommendations');
  await expect(page.locator('.config-problems li')).toHaveText([
    'The file is not valid JSON (reading stopped at line 3, column 15).',
  ]);
  await expect(page.locator('.site-header'), 'defaults: not embedded').toBeVisible();
  expect(await stored(page, ANSWERS), 'saved answers untouched').toBe(before);
  await welcome.expectAccessible('broken config');
});

test('a configured contact line and call to action sit under the advice', async ({ page, results }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        call_to_action: { text: 'Talk to our sourcing team', url: 'https://www.example.com/contact' },
        contact: 'Questions? sourcing@example.com',
      },
    }),
  );
  await page.goto('#/example/us-online-retailer');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('recommendations');
  const next = page.getByRole('region', { name: 'Next step' });
  await expect(next).toContainText('Questions? sourcing@example.com');
  const link = next.getByRole('link', { name: 'Talk to our sourcing team (opens in a new tab)' });
  await expect(link).toHaveAttribute('href', 'https://www.example.com/contact');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await results.expectAccessible('call to action');
});

test('a call to action that is not https is refused and named', async ({ page, welcome }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { call_to_action: { text: 'Talk', url: 'javascript:alert(1)' } } }),
  );
  await page.goto('#/example/us-online-retailer');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('recommendations');
  await expect(page.locator('.config-problems li')).toHaveText([
    '“call_to_action.url”: “javascript:alert(1)” is not an https:// address.',
  ]);
  await expect(page.getByRole('region', { name: 'Next step' })).toHaveCount(0);
});

test('a site that forbids answers in addresses gets no share link, and keeps the files', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { share_links: false } }));
  await page.goto('#/example/us-online-retailer');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('recommendations');
  const keep = page.getByRole('region', { name: 'Keep, share and hand over' });
  await expect(keep.getByRole('button', { name: 'Download answers (JSON)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
});

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 28"><rect width="80" height="28" rx="4" fill="#5b2a86"/></svg>';

test('a brand sets the name, the logo and readable colours in both themes', async ({ page, welcome }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        brand: {
          name: 'Acme Sourcing Advisor',
          logo: 'brand/acme.svg',
          colours: { light: { brand: '#5b2a86', accent: '#e4572e' }, dark: { brand: '#c9a7eb' } },
        },
      },
    }),
  );
  await page.route('**/brand/acme.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: LOGO }));
  await welcome.goto();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme Sourcing Advisor');
  await expect(page).toHaveTitle('Acme Sourcing Advisor: outsourcing advisor');
  const header = page.locator('.site-header');
  await expect(header.locator('.brand')).toHaveText('Acme Sourcing Advisor');
  const logo = header.locator('img.brand-logo');
  await expect(logo).toHaveAttribute('src', 'brand/acme.svg');
  await expect.poll(() => logo.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  await expect(header.locator('svg.brand-mark')).toBeHidden();
  const start = page.getByRole('link', { name: 'Start the assessment' });
  await expect(start).toHaveCSS('background-color', 'rgb(91, 42, 134)');
  await welcome.expectAccessible('branded, light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(start).toHaveCSS('background-color', 'rgb(201, 167, 235)');
  await welcome.expectAccessible('branded, dark');

  // The next screen's title carries the brand too.
  await start.click();
  await expect(page).toHaveTitle(/– Acme Sourcing Advisor$/);
});

test('a brand colour text cannot be read in is refused, and a logo that fails shows the mark', async ({ page, welcome, problems }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { brand: { logo: 'brand/missing.svg', colours: { light: { brand: '#f2d16b' } } } } }),
  );
  await page.route('**/brand/missing.svg', (route) => route.fulfill({ status: 404, body: '' }));
  await welcome.goto();
  await expect(page.locator('.config-problems li')).toHaveText([
    /“brand\.colours\.light\.brand”: text in #f2d16b on #e6f0f2 has a contrast of 1\.\d\d:1; it needs at least 4\.5:1/,
  ]);
  const start = page.getByRole('link', { name: 'Start the assessment' });
  await expect(start, 'the product colour stays').toHaveCSS('background-color', 'rgb(11, 92, 107)');
  await expect(page.locator('.site-header svg.brand-mark')).toBeVisible();
  await expect(page.locator('.site-header img')).toBeHidden();
  // The browser reports the missing image; nothing else.
  problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('status of 404')));
});

test('defaults shape a new assessment and never the saved one', async ({ page, questionnaire, welcome }) => {
  const config = { defaults: { home_country: 'DE', goals: { cost: 5, quality: 1 } } };
  await page.route('**/config.json', (route) => route.fulfill({ json: config }));
  // Saved answers stay as they are.
  await page.goto('#/example/us-online-retailer');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('recommendations');
  await expect.poll(() => stored(page, ANSWERS)).not.toBeNull();
  await page.reload();
  await questionnaire.goto('company');
  await expect(page.getByLabel('Home country').locator('option:checked')).toHaveText('United States');

  // A new assessment starts from the site's defaults.
  await welcome.goto();
  await page.getByRole('button', { name: 'Start over' }).click();
  await questionnaire.goto('company');
  await expect(page.getByLabel('Home country').locator('option:checked')).toHaveText('Germany');
  await questionnaire.goto('goals');
  await expect(questionnaire.group('Cost reduction').getByRole('radio', { name: /^5/ })).toBeChecked();
  await expect(questionnaire.group('Service quality').getByRole('radio', { name: /^1/ })).toBeChecked();
  await questionnaire.goto('risk');
  await expect(page.getByRole('checkbox', { name: /GDPR/ }), 'ticked as for a visitor who picks Germany').toBeChecked();
});

test('a narrowed catalog offers only the named processes', async ({ page, questionnaire }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { processes: { offered: ['payroll', 'it-helpdesk', 'customer-service'] } } }),
  );
  await questionnaire.goto('processes');
  for (const summary of await page.locator('.catalog-group > summary').all()) await summary.click();
  await expect(page.locator('.catalog-item .name')).toHaveText(['Payroll', 'Customer service', 'IT helpdesk']);
  await questionnaire.expectAccessible('narrowed catalog');
});

test("a site's own example companies are listed first and open like the product's", async ({ page, browser, welcome }) => {
  // Real answers, as "Download answers (JSON)" saves them.
  await page.goto('#/example/in-it-services');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('recommendations');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download answers (JSON)' }).click(),
  ]);
  const answers = JSON.parse(readFileSync(await download.path(), 'utf8'));
  answers.company.name = 'Acme Retail';
  const broken = structuredClone(answers);
  broken.processes[0].fte = -3;
  const config = {
    examples: {
      builtin: false,
      own: [
        { id: 'acme-retail', name: 'Acme Retail', summary: 'A typical client of ours.', answers },
        { id: 'acme-broken', name: 'Broken', summary: 'Cannot open.', answers: broken },
      ],
    },
  };
  const fresh = await browser.newContext({ baseURL: page.url().split('#')[0] });
  const other = await fresh.newPage();
  await other.route('**/config.json', (route) => route.fulfill({ json: config }));
  await other.goto('./');
  const examples = other.getByRole('region', { name: 'Try an example' });
  await expect(examples.getByRole('link')).toHaveText([/^Acme Retail\s*A typical client of ours\.$/]);
  await expect(other.locator('.config-problems li')).toHaveText([/^“examples\.own\[1\]\.answers” cannot be opened, so the example is left out: /]);
  await examples.getByRole('link', { name: /Acme Retail/ }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Your recommendations: Acme Retail');
  // The product's own are not offered here.
  await other.goto('./#/example/us-online-retailer');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('This link cannot be opened');
  await expect(other.getByText('There is no example company with this name.')).toBeVisible();
  await fresh.close();
});

test("a site's own catalog entries are listed in their category and tick a process of that kind", async ({ page, questionnaire }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: {
        processes: {
          offered: ['payroll', 'data-entry'],
          extra: [
            { name: 'Claims intake', summary: 'Insurance claims logged, checked and routed.', category: 'data', kind: 'back_office' },
            { name: 'Store audits', category: 'operations', kind: 'research' },
            { name: 'payroll', category: 'finance', kind: 'back_office' },
          ],
        },
      },
    }),
  );
  await questionnaire.goto('processes');
  await expect(page.locator('.config-problems li')).toHaveText([/“processes\.extra\[2\]\.name”.*payroll/]);
  for (const summary of await page.locator('.catalog-group > summary').all()) await summary.click();
  // Beside the catalog's own, in the category the site gave.
  await expect(page.locator('.catalog-group')).toHaveText([/^Human resources.*Payroll/s, /^Data.*Data entry and processing.*Claims intake.*Insurance claims logged/s, /^Operations.*Store audits/s]);
  await questionnaire.filterCatalog('insurance');
  await expect(page.locator('.catalog-item .name')).toHaveText(['Claims intake']);
  await questionnaire.addProcess('Claims intake');
  await questionnaire.addProcess('Store audits');
  await expect(questionnaire.card('Store audits').locator('.gist .tag')).toHaveText(/^Research/);
  await expect(questionnaire.card('Claims intake').locator('.gist .tag')).toHaveText(/^Back office/);
  await questionnaire.expectAccessible('site catalog entries');

  // Kept with the answers: still ticked after a reload; unticking removes the process.
  await page.reload();
  await questionnaire.filterCatalog('claims');
  const claims = page.getByRole('checkbox', { name: 'Claims intake', exact: true });
  await expect(claims).toBeChecked();
  await claims.uncheck();
  await expect(questionnaire.card('Claims intake')).toHaveCount(0);
  await expect(questionnaire.card('Store audits')).toBeVisible();
  await expect(page.locator('.chosen h2')).toHaveText('Chosen processes (1)');
});
