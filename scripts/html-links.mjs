// The <link> tags of a page with their attributes, quoted or not (a minified page drops
// the quotes): [{ tag, attrs: { rel, href, integrity, … } }].
export function links(html) {
  return [...html.matchAll(/<link\s([^>]*)>/g)].map(([tag, attrs]) => ({
    tag,
    attrs: Object.fromEntries(
      [...attrs.replace(/(["'\s])\/$/, '$1').matchAll(/([a-z-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map(
        ([, name, a, b, c]) => [name, a ?? b ?? c ?? ''],
      ),
    ),
  }));
}
