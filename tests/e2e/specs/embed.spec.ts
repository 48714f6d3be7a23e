// Embedding: a host page on another origin includes embed.js, which frames the app; the
// frame sizes itself, tells the host what happens, and talks only to allowed origins.
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures/app';

const APP = 'http://127.0.0.1:4173/shorewise/';
const ALLOWED = 'http://127.0.0.1:4176';
const FOREIGN = 'http://127.0.0.1:4177';

// The host page, under a strict policy of its own: scripts from itself and the app only,
// frames from the app only.
const HOST_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head>
<body><main><h1>Intranet tools</h1><div id="advisor"></div></main>
<script src="/host.js"></script>
<script src="${APP}embed.js" data-target="#advisor" async></script>
</body></html>`;
// Records every message the page receives and every event embed.js forwards.
const HOST_JS = `window.received = []; window.events = [];
window.addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
for (const type of ['ready', 'resize', 'step', 'completed']) {
  document.addEventListener('shorewise:' + type, (e) => window.events.push(e.detail));
}`;

// The host servers listen on fixed ports: one worker runs this file.
test.describe.configure({ mode: 'serial' });

let servers: Server[] = [];

test.beforeAll(async () => {
  servers = await Promise.all(
    [4176, 4177].map(
      (port) =>
        new Promise<Server>((ok) => {
          const server = createServer((req, res) => {
            const js = req.url === '/host.js';
            res.writeHead(200, {
              'content-type': js ? 'text/javascript' : 'text/html; charset=utf-8',
              'content-security-policy': `default-src 'self'; script-src 'self' ${APP}; frame-src ${APP}`,
            });
            // `/private`: a page that sends no referrer, so the app must wait for hello.
            // `/german`, `/french`: a page that asks for the app in German, in French.
            const html = req.url === '/private'
              ? HOST_HTML.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="referrer" content="no-referrer">')
              : req.url === '/german' || req.url === '/french'
                ? HOST_HTML.replace('data-target="#advisor"', `data-target="#advisor" data-language="${req.url === '/german' ? 'de' : 'fr-CA'}"`)
                : HOST_HTML;
            res.end(js ? HOST_JS : html);
          });
          server.listen(port, '127.0.0.1', () => ok(server));
        }),
    ),
  );
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
});

/** Serves the app a config.json allowing only the first host page. */
async function allowOnly(context: BrowserContext, origins: string[], answers = false) {
  await context.route('**/shorewise/config.json', (route) =>
    route.fulfill({ json: { embed: { origins, answers } } }),
  );
}

async function appFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe.shorewise-frame');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('no frame');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  return frame;
}

function events(page: Page, type: string) {
  return page.evaluate((t) => (window as any).events.filter((e: any) => e.type === t), type);
}

/** The frame shows all of the app: as tall as its content, nothing to scroll. */
async function expectFitted(page: Page, frame: Frame) {
  await expect
    .poll(async () => {
      const [frameHeight, contentHeight] = await Promise.all([
        page.locator('iframe.shorewise-frame').evaluate((f) => f.getBoundingClientRect().height),
        frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)),
      ]);
      return Math.abs(frameHeight - contentHeight);
    })
    .toBeLessThanOrEqual(1);
  const overflow = await frame.evaluate(() => {
    const root = document.documentElement;
    return { y: root.scrollHeight - root.clientHeight, x: root.scrollWidth - root.clientWidth };
  });
  expect(overflow, 'no scrollbars inside the frame').toEqual({ x: 0, y: 0 });
}

for (const width of [360, 1440]) {
  test(`an allowed host page at ${width} px frames the app, sizes it and hears each step`, async ({ page, context }) => {
    await allowOnly(context, [ALLOWED]);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${ALLOWED}/`);
    const frame = await appFrame(page);
    await expect.poll(() => events(page, 'ready')).toHaveLength(1);
    await expect.poll(async () => (await events(page, 'step')).map((e: any) => e.step)).toEqual(['welcome']);
    // Embed mode: no site header or footer, the host's own page around it.
    await expect(frame.locator('.site-header, .site-footer')).toHaveCount(0);
    await expectFitted(page, frame);
    const heights = (await events(page, 'resize')).map((e: any) => e.height);
    expect(heights.length).toBeGreaterThan(0);

    await frame.getByRole('link', { name: 'Start the assessment' }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Your company');
    await expect.poll(async () => (await events(page, 'step')).map((e: any) => e.step)).toEqual(['welcome', 'company']);
    await expectFitted(page, frame);

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id), 'axe, host page with the frame').toEqual([]);

    // The host opens an example company; the advice it gets back has no answers in it.
    await page.locator('iframe.shorewise-frame').evaluate((f: any) => f.shorewise.openExample('us-online-retailer'));
    await expect(frame.getByRole('heading', { level: 1 })).toContainText('ecommendations');
    await expect.poll(async () => (await events(page, 'completed')).length).toBeGreaterThan(0);
    const [completed] = await events(page, 'completed');
    expect(completed.processes.length).toBeGreaterThan(0);
    expect(completed.processes[0]).toEqual(
      expect.objectContaining({ name: expect.any(String), decision: expect.any(String) }),
    );
    expect(completed.answers, 'answers only when the site allows it').toBeUndefined();
    await expectFitted(page, frame);
    // Every message came from the app's origin.
    const origins = await page.evaluate(() => [...new Set((window as any).received.map((m: any) => m.origin))]);
    expect(origins).toEqual(['http://127.0.0.1:4173']);
  });
}

test('the completed message carries the answers when the site allows it', async ({ page, context }) => {
  await allowOnly(context, [ALLOWED], true);
  await page.goto(`${ALLOWED}/`);
  await appFrame(page);
  await page.locator('iframe.shorewise-frame').evaluate((f: any) => f.shorewise.openExample('de-hospital-group'));
  await expect.poll(async () => (await events(page, 'completed')).length).toBeGreaterThan(0);
  const [completed] = await events(page, 'completed');
  expect(completed.answers.company.home).toBe('DE');
});

test('a page not on the allow-list hears nothing and is not heard', async ({ page, context }) => {
  await allowOnly(context, [ALLOWED]);
  await page.goto(`${FOREIGN}/`);
  const frame = await appFrame(page);
  await expect(frame.locator('.site-header')).toHaveCount(0);
  // The foreign page asks the app to open an example and to speak German; the app ignores it.
  await page.locator('iframe.shorewise-frame').evaluate((f: any) => f.shorewise.openExample('uk-fintech'));
  await page.locator('iframe.shorewise-frame').evaluate((f: any) => f.shorewise.setLanguage('de'));
  // Let any message that might be sent arrive (messages are tasks; a few turns suffice).
  await frame.evaluate(() => new Promise((ok) => setTimeout(ok, 300)));
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 300)));
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Shorewise');
  await expect(frame.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).received.length)).toBe(0);
});

test('a host page starts the frame in French and switches it to Spanish', async ({ page, context }) => {
  await allowOnly(context, [ALLOWED]);
  await page.goto(`${ALLOWED}/french`);
  const frame = await appFrame(page);
  await expect(page.locator('iframe.shorewise-frame')).toHaveAttribute('title', 'Shorewise, conseiller en externalisation');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(frame.getByRole('link', { name: "Commencer l'évaluation" })).toBeVisible();
  await expect.poll(() => events(page, 'ready')).toHaveLength(1);
  await page.locator('iframe.shorewise-frame').evaluate((f: any) => f.shorewise.setLanguage('es'));
  await expect(frame.locator('html')).toHaveAttribute('lang', 'es');
});

test('a host page picks the language the frame starts in, and switches it for the visit', async ({ page, context }) => {
  await allowOnly(context, [ALLOWED]);
  await page.goto(`${ALLOWED}/german`);
  const frame = await appFrame(page);
  await expect(page.locator('iframe.shorewise-frame')).toHaveAttribute('title', 'Shorewise Outsourcing-Berater');
  await expect(frame.getByRole('link', { name: 'Bewertung starten' })).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
  await frame.getByRole('link', { name: 'Bewertung starten' }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Ihr Unternehmen');
  await expect.poll(() => events(page, 'ready')).toHaveLength(1);
  await page.locator('iframe.shorewise-frame').evaluate((f: any) => f.shorewise.setLanguage('en-GB'));
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Your company');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
  await expectFitted(page, frame);
  // The host's choice is for this visit: nothing is remembered in the browser.
  expect(await frame.evaluate(() => window.localStorage.getItem('shorewise.language'))).toBeNull();
});

test('a host page that sends no referrer is heard once it says hello, and told ready once', async ({ page, context }) => {
  // Two origins allowed and no referrer: the app cannot know its host until hello.
  await allowOnly(context, [ALLOWED, 'https://other.example']);
  await page.goto(`${ALLOWED}/private`);
  const frame = await appFrame(page);
  expect(await frame.evaluate(() => document.referrer)).toBe('');
  await expect.poll(() => events(page, 'ready')).toHaveLength(1);
  // The screen shown before the host was known is told too.
  await expect.poll(async () => (await events(page, 'step')).map((e: any) => e.step)).toEqual(['welcome']);
  await expect.poll(async () => (await events(page, 'resize')).length).toBeGreaterThan(0);
  await expectFitted(page, frame);
  await frame.getByRole('link', { name: 'Start the assessment' }).click();
  await expect.poll(async () => (await events(page, 'step')).map((e: any) => e.step)).toEqual(['welcome', 'company']);
  await frame.evaluate(() => new Promise((ok) => setTimeout(ok, 300)));
  expect(await events(page, 'ready'), 'ready is told once').toHaveLength(1);
});
