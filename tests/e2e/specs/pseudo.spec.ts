// A pseudo-locale: every text of the app made about 40% longer, with accented letters
// and long words, served as the German file (its integrity hash rewritten in the page)
// so that the page shows it as it would a real language. No screen may then be wider
// than a 360 px phone: a translation longer than the English must wrap, not overflow.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../fixtures/app';

const ACCENTED: Record<string, string> = { a: 'å', e: 'é', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', s: 'š', y: 'ý', A: 'Å', E: 'É', I: 'Ï', O: 'Ö', U: 'Ü', C: 'Ç', N: 'Ñ', S: 'Š' };

/** A text made longer and accented; its {placeholders} and escapes kept as they are. */
function pseudo(text: string): string {
  return text
    .split(/(\{\w+\}|\\.)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]+/g, (w) => {
      const accented = [...w].map((c) => ACCENTED[c] ?? c).join('');
      // Words grow by 40%, the long ones the most (as in German or Finnish compounds).
      return accented + accented.slice(0, Math.ceil(w.length * 0.4));
    })))
    .join('');
}

/** The German file with every translation replaced by the pseudo-locale's. */
function pseudoFile(): string {
  const po = readFileSync(join(process.cwd(), '..', '..', 'i18n', 'de.po'), 'utf8');
  return po
    .split(/\n\s*\n/)
    .map((block) => {
      const id = block.match(/^msgid "((?:[^"\\]|\\.)*)"$/m)?.[1];
      if (!id) return block;
      const plural = block.match(/^msgid_plural "((?:[^"\\]|\\.)*)"$/m)?.[1];
      const head = block.split('\n').filter((l) => /^(#|msgctxt |msgid |msgid_plural )/.test(l));
      const tail = plural !== undefined
        ? [`msgstr[0] "${pseudo(id)}"`, `msgstr[1] "${pseudo(plural)}"`]
        : [`msgstr "${pseudo(id)}"`];
      return [...head, ...tail].join('\n');
    })
    .join('\n\n');
}

test('no screen overflows a 360 px phone when every text is 40% longer', async ({ page, welcome }) => {
  const file = pseudoFile();
  const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.route('**/de-*.po', (route) => route.fulfill({ body: file, contentType: 'text/plain; charset=utf-8' }));
  await page.route(/\/(index\.html)?(\?[^#]*)?$/, async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<meta name="shorewise-language-de" content="[^ "]+ )sha384-[^"]+/, `$1${integrity}`);
    await route.fulfill({ response, body: html });
  });
  const wide = async (screen: string) => {
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${screen} is ${width} px wide`).toBeLessThanOrEqual(360);
  };
  await page.goto('./?lang=de#/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('link', { name: pseudo('Start the assessment') })).toBeVisible();
  await wide('welcome');
  await page.goto('./?lang=de#/example/uk-fintech');
  await expect(page.locator('.advice-card').first()).toBeVisible();
  await wide('results');
  await page.goto('./?lang=de#/report');
  await expect(welcome.heading()).toBeVisible();
  await wide('report');
  for (const step of ['company', 'goals', 'processes', 'risk', 'review']) {
    await page.goto(`./?lang=de#/${step}`);
    await expect(welcome.heading()).toBeVisible();
    await wide(step);
  }
});
