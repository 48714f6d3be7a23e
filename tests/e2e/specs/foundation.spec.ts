import { test, expect, AppPage } from '../fixtures/app';

test('welcome screen explains the product, promises privacy and starts the questionnaire', async ({ welcome, page }) => {
  await welcome.goto();
  await expect(welcome.heading()).toHaveText('Shorewise');
  await expect(page.getByText('about five minutes')).toBeVisible();
  await expect(page.getByText('Your answers never leave this browser')).toBeVisible();
  await expect(page).toHaveTitle(/Shorewise/);
  await welcome.expectAccessible('welcome');
  await welcome.screenshots('01-welcome');
  await welcome.start();
  await expect(page).toHaveURL(/#\/company$/);
  await expect(welcome.heading()).toBeFocused();
});

test('an unknown address shows the not-found page with a way back', async ({ welcome, page }) => {
  await welcome.goto('no-such-step');
  await expect(welcome.heading()).toHaveText('Page not found');
  await welcome.expectAccessible('not found');
  await welcome.screenshots('99-not-found');
  await page.getByRole('link', { name: 'Back to the start' }).click();
  await expect(welcome.heading()).toHaveText('Shorewise');
});

test('the build runs from a sub-path and loads a favicon from the same origin', async ({ welcome, page }) => {
  await welcome.goto();
  expect(new URL(page.url()).pathname).toBe('/shorewise/');
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute('href', /favicon-[0-9a-f]+\.svg$/);
  const response = await page.request.get(new URL((await icon.getAttribute('href'))!, page.url()).href);
  expect(response.status()).toBe(200);
});

test('assets carry subresource-integrity hashes', async ({ welcome, page }) => {
  await welcome.goto();
  const missing = await page.locator('link[rel="stylesheet"]:not([integrity]), link[rel="modulepreload"]:not([integrity])').count();
  expect(missing).toBe(0);
});

test('the page runs under a strict Content-Security-Policy: no inline script or style', async ({ welcome, page }) => {
  const response = await page.goto('./');
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'; style-src 'self'");
  await expect(welcome.heading()).toBeVisible();
  const html = await (await page.request.get(page.url())).text();
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
  // The loader is a hashed file loaded with its integrity.
  await expect(page.locator('script[type="module"]')).toHaveAttribute('src', /loader-[0-9a-f]{16}\.js$/);
  await expect(page.locator('script[type="module"]')).toHaveAttribute('integrity', /^sha384-/);
  // Nothing in the running app carries a style attribute either (the fixture also
  // fails any test on a policy violation).
  await page.goto('#/example/us-online-retailer');
  await expect(page.locator('.advice-card').first()).toBeVisible();
  expect(await page.locator('[style]').count()).toBe(0);
});

const HOSTILE_FRAGMENTS = ['#//', '#///', '#//:99999', '#/\\\\', '#//%zz', '#\\results', '#/%E0%A4%A', '#%', '#/open/%', '#/results?x=1', '#/company#x', `#/${'x'.repeat(5000)}`];

test('any fragment, however malformed, lands on a page with a way forward', async ({ welcome, page }) => {
  await welcome.goto();
  const base = page.url().split('#')[0];
  for (const fragment of HOSTILE_FRAGMENTS) {
    // Opened as a link …
    await page.goto(base + fragment);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Shorewise' })).toBeVisible();
    // … and typed into the address bar of a running app.
    await welcome.goto();
    await page.evaluate((f) => { window.location.hash = f; }, fragment);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Shorewise' })).toBeVisible();
  }
});

test('the shipped files name no path of the machine that built them', async ({ welcome, page }) => {
  await welcome.goto();
  // The main wasm and the later screens' part, fetched once the app runs.
  await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length >= 2);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')));
  for (const url of wasm) {
    const bytes = await page.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), url);
    const text = Buffer.from(bytes).toString('latin1');
    for (const leak of ['/root/', '/home/', '.cargo/registry', '/work/', '/tmp/']) {
      expect(text.includes(leak), `${url} mentions ${leak}`).toBeFalsy();
    }
  }
});

test('a tampered wasm file is refused, not run', async ({ page, problems }) => {
  await page.route('**/*_bg.wasm', async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length - 10] ^= 0xff;
    await route.fulfill({ response, body });
  });
  await page.goto('./');
  await expect.poll(() => problems.some((p) => /integrity/i.test(p))).toBeTruthy();
  // The welcome screen from the HTML gives way to a message with a way to retry: no
  // screen is left that looks usable but cannot work.
  await expect(page.getByRole('alert')).toContainText('The app could not load');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the assessment' })).toHaveCount(0);
  problems.splice(0); // the refusal's own report
  const welcome = new AppPage(page);
  await welcome.expectAccessible('could not load');
});

test('a wasm file that never arrives leaves the message in the language the page starts in', async ({ page, problems }) => {
  await page.route('**/*_bg.wasm', (route) => route.abort());
  await page.goto('./?lang=de');
  await expect(page.getByRole('alert')).toContainText('Die Anwendung konnte nicht geladen werden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.unroute('**/*_bg.wasm');
  await page.getByRole('button', { name: 'Neu laden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shorewise');
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  problems.splice(0); // the aborted request's own reports
});
