// The <link> (or other) tags of a page with their attributes, quoted or not (a minified
// page drops the quotes): [{ tag, attrs: { rel, href, integrity, … } }].
export function tags(html, name) {
  return [...html.matchAll(new RegExp(`<${name}\\s([^>]*)>`, 'g'))].map(([tag, attrs]) => ({
    tag,
    attrs: Object.fromEntries(
      [...attrs.replace(/(["'\s])\/$/, '$1').matchAll(/([a-z-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map(
        ([, name, a, b, c]) => [name, a ?? b ?? c ?? ''],
      ),
    ),
  }));
}

/** The page's <link> tags. */
export const links = (html) => tags(html, 'link');
