// Pure, so that it has its spec (vite-plugins.ts reads files and the bundler's context).

/**
 * The stylesheet without the rules that only style components absent from the page: a selector naming one of
 * `unused` (`.fr-tile`, `.fr-tile__title`, `.fr-tiles-group`…) can match nothing, and a rule left with no selector
 * goes. Everything else keeps its place, so the cascade is the original's.
 */
export function withoutUnusedComponents(css: string, unused: string[]): string {
  if (unused.length === 0) return css;
  // A component's group is plural (`fr-tiles-group`); `fr-tabs` is not the plural of an `fr-tab`.
  const dead = new RegExp(`\\.fr-(?:${unused.join('|')})(?:s-group)?(?![a-z0-9])`);
  const walk = (text: string): string => {
    let kept = '';
    let at = 0;
    while (at < text.length) {
      const open = text.indexOf('{', at);
      if (open < 0) return kept + text.slice(at);
      let depth = 1;
      let close = open + 1;
      for (; depth > 0; close++) depth += text[close] === '{' ? 1 : text[close] === '}' ? -1 : 0;
      const head = text.slice(at, open);
      const body = text.slice(open + 1, close - 1);
      if (/^\s*@(media|supports|layer)\b/.test(head)) {
        const inner = walk(body);
        if (inner.trim()) kept += `${head}{${inner}}`;
      } else if (head.trim().startsWith('@')) {
        kept += `${head}{${body}}`;
      } else {
        // Commas inside :is(…), :not(…) belong to one selector.
        const selectors = head.split(/,(?![^(]*\))/).filter((selector) => !dead.test(selector));
        if (selectors.length > 0) kept += `${selectors.join(',')}{${body}}`;
      }
      at = close;
    }
    return kept;
  };
  return walk(css);
}
