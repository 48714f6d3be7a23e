import { test, expect } from '../fixtures/app';
import type { Page, Route } from '@playwright/test';

/** Holds the wasm back until `release` is called, so the page shows what its HTML alone shows. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Every layout shift the page has reported since it started loading, summed. */
async function shifts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer never calls back.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

/** A small assessment file. */
const EARLY_BIRD = {
  version: 1,
  company: { name: 'Early Bird', industry: 'retail', size: 'small', home: 'US', hours: { start: 9, end: 17 }, customer_languages: ['english'], staff_languages: ['english'] },
  goals: { cost: 4, focus: 3, expertise: 2, scalability: 2, speed: 2, quality: 3, coverage: 1, new_markets: 1 },
  risk: { tolerance: 'medium', residency: 'none', regulations: [], dependency_tolerance: 'medium', vendor_management: 'medium', transition_appetite: 'medium' },
  processes: [{ id: 'payroll', kind: 'back_office', role: 'supporting', fte: 2, annual_cost: 0, demand: 'steady', judgement: 1, rule_based: 5, documentation: 4, sensitivity: 'confidential', customer_facing: false, overlap_hours: 2 }],
};
const interactive = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('shorewise:interactive').length > 0);

test('the welcome screen is painted from the HTML before the app loads, and the app takes over without a shift', async ({ welcome, page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  const prerendered = page.locator('#prerendered');
  // Whole once the site's settings are read (the default config.json changes nothing).
  await expect(page.locator('html')).toHaveAttribute('data-prerendered', '');
  await expect(welcome.heading()).toHaveText('Shorewise');
  await expect(prerendered.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  await expect(prerendered.getByRole('link', { name: 'Harbor & Pine' })).toBeVisible();
  await welcome.expectAccessible('welcome from HTML');
  const before = {
    text: await page.locator('body').innerText(),
    start: await prerendered.getByRole('link', { name: 'Start the assessment' }).boundingBox(),
    footer: await page.locator('.site-footer').boundingBox(),
  };
  release();
  await interactive(page);
  await expect(prerendered).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  // The app drew the same screen in the same place: same words, same boxes, no shift.
  expect(await page.locator('body').innerText()).toBe(before.text);
  expect(await page.getByRole('link', { name: 'Start the assessment' }).boundingBox()).toEqual(before.start);
  expect(await page.locator('.site-footer').boundingBox()).toEqual(before.footer);
  // No shift a reader could see: a sub-pixel move of a line's rounding (once measured as
  // 0.00002 on a loaded machine) is not one; a visible shift of even one small element
  // scores above 0.001 (the "good" limit of the layout-shift score is 0.1).
  expect(await shifts(page)).toBeLessThan(0.001);
  await welcome.start();
});

test('a link followed before the app has loaded shows at once that it is starting, and leads where it says', async ({ welcome, page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  const start = page.locator('#prerendered').getByRole('link', { name: 'Start the assessment' });
  await start.click();
  await expect(page).toHaveURL(/#\/company$/);
  // No dead tap: the link is busy and a status says the app is starting.
  await expect(start).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Starting Shorewise…' })).toBeVisible();
  await welcome.expectAccessible('welcome from HTML, starting');
  // A second tap, on an example, moves the note and the busy mark to it; the last one wins.
  const example = page.locator('#prerendered').getByRole('link', { name: /^Ledgerly/ });
  await example.click();
  await expect(example).toHaveAttribute('aria-busy', 'true');
  await expect(start).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.starting-note')).toHaveCount(1);
  release();
  await expect(welcome.heading()).toHaveText('Your recommendations: Ledgerly');
  await expect(page.locator('.starting-note')).toHaveCount(0);
});

test('the start link from the HTML is honoured once the app has loaded', async ({ welcome, page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  await page.locator('#prerendered').getByRole('link', { name: 'Start the assessment' }).click();
  release();
  await expect(welcome.heading()).toHaveText('Your company');
});

test('a file chosen before the app has loaded is opened once it has', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  const file = EARLY_BIRD;

  await page
    .locator('#prerendered')
    .getByLabel('Open an assessment file (.json)')
    .setInputFiles({ name: 'early.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendations: Early Bird');
});

test('a file chosen in a picker opened before the app had loaded is opened too', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('./');
  // The picker's dialog is open while the app takes over: keep hold of that picker.
  await page.evaluate(() => {
    (window as unknown as { picker: Element | null }).picker = document.querySelector('#prerendered #import-file');
  });
  release();
  await interactive(page);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  // The dialog closes with a file chosen, on the picker that is no longer in the page.
  await page.evaluate((text) => {
    const picker = (window as unknown as { picker: HTMLInputElement }).picker;
    const chosen = new DataTransfer();
    chosen.items.add(new File([text], 'late.json', { type: 'application/json' }));
    picker.files = chosen.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  }, JSON.stringify({ ...EARLY_BIRD, company: { ...EARLY_BIRD.company, name: 'Late Owl' } }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your recommendations: Late Owl');
});

for (const [who, setUp, address] of [
  ['a returning visitor (the app will offer to continue)', "localStorage.setItem('shorewise.answers', 'x')", './'],
  ['a visitor who picked German', "localStorage.setItem('shorewise.language', 'de')", './'],
  ['a German address', '', './?lang=de'],
  ['another screen', '', '#/results'],
  ['an embedded page', '', '#embed'],
] as const) {
  test(`${who} waits for the app instead of seeing the English welcome first`, async ({ page }) => {
    const release = await holdWasm(page);
    if (setUp) await page.addInitScript(setUp);
    await page.goto(address);
    await expect(page.locator('#prerendered')).toBeAttached();
    await expect(page.locator('#prerendered')).toBeHidden();
    release();
    await interactive(page);
    await expect(page.locator('#prerendered')).toHaveCount(0);
  });
}

test('until the site\'s settings are read, the welcome from the HTML shows nothing a site may change', async ({ page }) => {
  const release = await holdWasm(page);
  let settings!: () => void;
  const read = new Promise<void>((resolve) => (settings = resolve));
  await page.route('**/config.json', async (route) => {
    await read;
    await route.fulfill({ contentType: 'application/json', body: '{"contact": "Ask Jo in procurement"}' });
  });
  await page.goto('./');
  const prerendered = page.locator('#prerendered');
  await expect(prerendered.getByRole('link', { name: 'Start the assessment' })).toBeVisible();
  for (const part of ['.brand', '#page-title', '.examples']) await expect(prerendered.locator(part)).toBeHidden();
  settings();
  // A contact line changes nothing on this screen: it shows whole.
  await expect(page.locator('html')).toHaveAttribute('data-prerendered', '');
  for (const part of ['.brand', '#page-title', '.examples']) await expect(prerendered.locator(part)).toBeVisible();
  release();
  await interactive(page);
});

for (const [what, config, heading] of [
  ['its own name', { brand: { name: 'Acme Advisory' } }, 'Acme Advisory'],
  ['no built-in examples', { examples: { builtin: false } }, 'Shorewise'],
  ['German as its language', { defaults: { language: 'de' } }, 'Shorewise'],
] as const) {
  test(`a site with ${what} never shows Shorewise's welcome from the HTML first`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
    await page.goto('./');
    await expect(page.locator('html')).not.toHaveAttribute('data-prerendered', /.*/);
    await expect(page.locator('#prerendered')).toBeHidden();
    await expect(page.getByText('Harbor & Pine')).toBeHidden();
    // With nothing to paint first, the wasm is preloaded at once.
    await expect(page.locator('link[rel="preload"][href$=".wasm"]')).toHaveCount(1);
    release();
    await interactive(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  });
}

test('without JavaScript the page says it needs it, with no dead welcome screen', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Shorewise needs JavaScript' })).toBeVisible();
  await expect(page.locator('#prerendered')).toBeHidden();
  await context.close();
});

/** The downloads of the main wasm the page made and when the first one started (ms); and
 * of the screens after the questionnaire (`later-….wasm`), and whether they all started
 * once the app was interactive. */
async function wasmLoads(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/later-[0-9a-f]+\.wasm$/.test(e.name)));
  return page.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm'));
    const main = wasm.filter((e) => e.name.endsWith('_bg.wasm'));
    const later = wasm.filter((e) => !e.name.endsWith('_bg.wasm'));
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    const interactive = performance.getEntriesByName('shorewise:interactive')[0]?.startTime ?? Infinity;
    return {
      count: main.length,
      startedAfterPaint: main.length > 0 && main[0].startTime >= paint,
      later: later.length,
      laterOnceInteractive: later.every((e) => e.startTime >= interactive),
    };
  });
}

test('with the welcome screen from the HTML, the wasm is fetched once, after that screen has painted, and the later screens once it runs', async ({ page }) => {
  await page.goto('./');
  await interactive(page);
  expect(await wasmLoads(page)).toEqual({ count: 1, startedAfterPaint: true, later: 1, laterOnceInteractive: true });
  await expect(page.locator('link[rel="preload"][href$=".wasm"]')).toHaveCount(0);
});

test('without it, the wasm is preloaded from the head at once, and fetched once', async ({ page }) => {
  await page.addInitScript("localStorage.setItem('shorewise.language', 'de')");
  await page.goto('./');
  await interactive(page);
  await expect(page.locator('link[rel="preload"][href$=".wasm"]')).toHaveCount(1);
  await expect(page.locator('link[rel="preload"][href$=".wasm"]')).toHaveAttribute('integrity', /^sha384-/);
  expect((await wasmLoads(page)).count).toBe(1);
});
