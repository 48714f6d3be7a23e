import { test, expect } from '../fixtures/app';

// The sourcing matrix at a phone's and a laptop's width: numbered dots that never
// overlap, names in a legend, every dot in its advice's quadrant, and no text under 12 px.
for (const width of [360, 1440]) {
  test(`the matrix is readable and agrees with the advice at ${width} px`, async ({ page, results }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('#/example/us-online-retailer');
    // On a phone the section starts closed.
    const fold = page.getByRole('button', { name: 'Show details: Sourcing matrix' });
    await page.locator('.advice-card').first().waitFor();
    // By keyboard, so that the focus ring checked below shows as it does for keyboard users.
    if (await fold.count()) await fold.press('Enter');
    const matrix = page.locator('figure.matrix');
    await matrix.scrollIntoViewIfNeeded();
    const cards = await page.locator('.advice-card h3').allTextContents();
    await expect(matrix.locator('.matrix-legend li')).toHaveCount(cards.length);

    const layout = await matrix.evaluate((figure) => {
      const svg = figure.querySelector('svg')!;
      const [vertical, horizontal] = [...svg.querySelectorAll('line.divider')].map((l) => l.getBoundingClientRect());
      const dots = [...svg.querySelectorAll('g.point')].map((g) => {
        const c = g.querySelector('circle')!.getBoundingClientRect();
        return {
          decision: [...g.classList].find((c) => c.startsWith('decision-'))?.slice('decision-'.length),
          box: { left: c.left, top: c.top, right: c.right, bottom: c.bottom },
          x: c.left + c.width / 2,
          y: c.top + c.height / 2,
        };
      });
      const scale = svg.getScreenCTM()!.a;
      const smallest = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      const legend = Math.min(...[...figure.querySelectorAll('.matrix-legend li')].map((li) => parseFloat(getComputedStyle(li).fontSize)));
      return { dividerX: vertical.left, dividerY: horizontal.top, dots, smallest, legend };
    });
    expect(layout.dots).toHaveLength(cards.length);
    expect(layout.smallest).toBeGreaterThanOrEqual(12);
    expect(layout.legend).toBeGreaterThanOrEqual(12);
    const overlaps = (a: DOMRectInit & { right: number; bottom: number; left: number; top: number }, b: typeof a) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const [i, a] of layout.dots.entries()) {
      for (const b of layout.dots.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
      // Right of the line: a provider does the work; above it: the company keeps control.
      const right = a.x > layout.dividerX;
      const up = a.y < layout.dividerY;
      const quadrant = { keep: [false, true], cosource: [true, true], outsource: [true, false], automate: [false, false] }[a.decision!];
      expect([right, up], `dot ${i + 1} (${a.decision})`).toEqual(quadrant);
    }
    // The legend names each process with its advice, in card order.
    const legend = await matrix.locator('.matrix-legend li .name').allTextContents();
    expect(legend).toEqual(cards.map((c) => c.trim()));
    // Every dot is an image named by its title: process, advice, number and quadrant.
    const dots = matrix.getByRole('img');
    await expect(dots).toHaveCount(cards.length);
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const [i, name] of cards.entries()) {
      await expect(dots.nth(i)).toHaveAccessibleName(new RegExp(`^${escape(name.trim())}: .+ \\(dot ${i + 1}\\); `));
    }
    // Every dot takes the keyboard focus, with a visible ring.
    const first = matrix.locator('g.point').first();
    await first.focus();
    const ring = await first.locator('circle').evaluate((c) => getComputedStyle(c).strokeWidth);
    expect(parseFloat(ring)).toBeGreaterThanOrEqual(3);
    await results.expectAccessible(`the matrix at ${width} px`);
  });
}
