// The site's config.json: optional, applied where it can be, and a broken one names its
// problems for the administrator without stopping the app or touching saved answers.
import { test, expect, stored } from '../fixtures/app';

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
