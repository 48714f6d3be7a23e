import { test, expect } from '../fixtures/app';
import type { Page } from '@playwright/test';

// Offline after the first visit: the service worker keeps the app's files; a new
// deployment offers a reload, never taking over by itself; a site can turn it off.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has kept the app's files and controls the page. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit the app works with the network cut', async ({ page, context, results }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shorewise');
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shorewise');
  await page.getByRole('link', { name: /^Ledgerly/ }).click();
  await expect(results.heading()).toHaveText('Your recommendations: Ledgerly');
  // A sub-page address opens offline too.
  await page.goto('#/requests');
  await expect(page.locator('section.request')).toHaveCount(2);
  await context.setOffline(false);
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('after one visit the German wording is kept for offline use too', async ({ page, context }) => {
    await page.goto('./');
    await expect(page.getByRole('link', { name: 'Bewertung starten' })).toBeVisible();
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('link', { name: 'Bewertung starten' })).toBeVisible();
    await context.setOffline(false);
  });
});

test('a new deployment is offered with a reload, and taken only when the visitor asks', async ({ page, context }) => {
  await page.goto('./');
  await controlled(page);
  // The next visit finds a different worker: a new deployment (the test server's cookie).
  await context.addCookies([{ name: 'deployment', value: 'next', url: page.url() }]);
  await page.reload();
  const offer = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await expect(offer).toBeVisible();
  // Nothing is taken over by itself: the answers on screen stay until the visitor reloads.
  await page.getByRole('link', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your company');
  await expect(offer).toBeVisible();
  // Waited for before the click: the reload can finish before a wait begun after it.
  const reloaded = page.waitForEvent('load');
  await offer.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your company');
  await expect(page.getByRole('status').filter({ hasText: 'A new version is available' })).toHaveCount(0);
});

test('a site that turns offline use off has no service worker, and one from before is removed', async ({ page, context }) => {
  await page.goto('./');
  await controlled(page);
  await context.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"offline": false}' }));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shorewise');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length))
    .toBe(0);
});

test('the app can be installed: a manifest with its name, start page, window and icons', async ({ page, request }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="manifest"]').evaluate((l: HTMLLinkElement) => l.href);
  const response = await request.get(href);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = await response.json();
  expect(manifest.short_name).toBe('Shorewise');
  expect(manifest.display).toBe('standalone');
  // Start page and scope relative to the manifest: any sub-path works.
  expect(new URL(manifest.start_url, href).href).toBe(new URL('./', page.url()).href);
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(['192x192', '512x512']);
  for (const icon of manifest.icons) {
    const image = await request.get(new URL(icon.src, href).href);
    expect(image.ok()).toBe(true);
    expect(image.headers()['content-type']).toBe('image/png');
  }
});
