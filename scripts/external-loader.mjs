// Post-build step (after wasm-integrity.mjs; see post-build.mjs): move the inline module script that
// starts the app into a file of its own, named by its hash and loaded with its
// integrity, so that the page runs under a Content-Security-Policy without
// 'unsafe-inline' (script-src 'self'; see docs/deployment.md).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { links } from './html-links.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
const inline = /<script type=(?:"module"|module)>([\s\S]*?)<\/script>/;
const found = inline.exec(html);
if (!found) {
  console.error('external-loader: no inline module script in index.html');
  process.exit(1);
}
// Trunk's start-up code, its imports first, then the rest run so that a wasm that does
// not arrive or start (refused for its integrity, a dropped connection) leaves a message
// with a way to retry instead of a blank page or a welcome screen that cannot work.
const lines = found[1].trim().split('\n');
const imports = lines.filter((l) => /^import\s/.test(l));
const rest = lines.filter((l) => !/^import\s/.test(l));
// Where the welcome screen is shown from the HTML (assets/site/theme.js), it paints
// first: the wasm, fetched by the loader rather than preloaded, does not compete with
// the style sheet for the connection, and starts downloading once the browser reports
// the first paint (at once in a tab in the background, which paints nothing).
const source = `${imports.join('\n')}
try {
  if (document.documentElement.hasAttribute('data-prerendered') && document.visibilityState === 'visible') {
    await new Promise((painted) => {
      const observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) done();
      });
      const done = () => {
        observer.disconnect();
        painted();
      };
      observer.observe({ type: 'paint', buffered: true });
      // A browser that reports no paint waits no longer than this.
      setTimeout(done, 1000);
    });
  }
${rest.map((l) => (l ? `  ${l}` : l)).join('\n')}
} catch (error) {
  console.error('Shorewise could not start:', error);
  ${notLoaded()}
}
`;
// Minified like the glue (terser; local names only).
const code = (await minify(source, { module: true, compress: true, mangle: true })).code + '\n';
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
writeFileSync(join(dir, name), code);
const tag = `<script type="module" src="./${name}" integrity="${integrity}"></script>`;
// Trunk's preload of the wasm becomes a note of where it is and its integrity: the
// theme script preloads it at once unless the welcome screen is shown from the HTML, in
// which case the loader fetches it once that screen has painted.
const wasmPreload = links(html).find((l) => l.attrs.rel === 'preload' && /_bg\.wasm$/.test(l.attrs.href ?? ''));
if (!wasmPreload?.attrs.integrity) {
  console.error('external-loader: no wasm preload with an integrity hash in index.html');
  process.exit(1);
}
const note = `<meta name="shorewise-wasm" content="${wasmPreload.attrs.href}" data-integrity="${wasmPreload.attrs.integrity}">`;
// Before the first script, so that the theme script finds it.
const out = html
  .replace(inline, tag)
  .replace(wasmPreload.tag, '')
  .replace(/<script[\s>]/, (first) => `${note}${first}`);
// Nothing inline may be left, except the live-reload script `trunk serve` adds for
// development (never in a `trunk build`, the only build that is deployed).
const served = out.replace(/<script>(?:(?!<\/script>)[\s\S])*__TRUNK_ADDRESS__[\s\S]*?<\/script>/, '');
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(served) || /\sstyle=/.test(served) || /\son[a-z]+=/.test(served)) {
  console.error('external-loader: index.html still has an inline script, style or handler');
  process.exit(1);
}
writeFileSync(file, out);

/** Replaces the page with the "could not load" panel, in the language the page starts
 * in (worked out by assets/site/theme.js). Built with DOM calls: no inline style or
 * handler, as the Content-Security-Policy requires. */
function notLoaded() {
  return `{
    const de = document.documentElement.getAttribute('data-start-language') === 'de';
    const words = de
      ? ['Die Anwendung konnte nicht geladen werden', 'Ihre Programmdatei kam nicht vollständig an und wurde deshalb nicht gestartet. Die in diesem Browser gespeicherten Antworten bleiben unverändert. Prüfen Sie die Verbindung und laden Sie die Seite neu.', 'Neu laden']
      : ['The app could not load', 'Its program file did not arrive intact, so it was not started. The answers saved in this browser are untouched. Check the connection and reload the page.', 'Reload'];
    const main = document.createElement('main');
    main.className = 'crash';
    const alert = document.createElement('div');
    alert.setAttribute('role', 'alert');
    for (const [tag, text] of [['h1', words[0]], ['p', words[1]]]) {
      const node = document.createElement(tag);
      node.textContent = text;
      alert.append(node);
    }
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'button primary';
    reload.textContent = words[2];
    reload.addEventListener('click', () => location.reload());
    alert.append(reload);
    main.append(alert);
    if (de) document.documentElement.lang = 'de';
    document.body.replaceChildren(main);
  }`;
}
