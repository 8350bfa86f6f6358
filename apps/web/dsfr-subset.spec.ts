import { describe, expect, it } from '@jest/globals';
import { withoutUnusedComponents } from './dsfr-subset';

describe('withoutUnusedComponents', () => {
  const css =
    '.fr-btn{color:red}.fr-tile,.fr-card{margin:0}.fr-tile__title{font-weight:700}.fr-tiles-group{display:flex}' +
    '@media (min-width:48em){.fr-tile--sm{padding:0}.fr-btn--sm{padding:1px}}@media print{.fr-tile{display:none}}' +
    '@font-face{font-family:Marianne;src:url(a.woff2)}:is(.fr-tile,.fr-card) a{color:blue}.fr-tilex{color:green}';

  it('drops the selectors of the unused components and the rules left without one, keeping the order', () => {
    expect(withoutUnusedComponents(css, ['tile'])).toBe(
      '.fr-btn{color:red}.fr-card{margin:0}@media (min-width:48em){.fr-btn--sm{padding:1px}}' +
        '@font-face{font-family:Marianne;src:url(a.woff2)}.fr-tilex{color:green}',
    );
  });

  it('keeps everything when every component is used', () => {
    expect(withoutUnusedComponents(css, [])).toBe(css);
  });

  it('never takes a component for another whose name starts the same', () => {
    expect(withoutUnusedComponents('.fr-tab{a:b}.fr-tabs__tab{c:d}.fr-table{e:f}', ['tab'])).toBe('.fr-tabs__tab{c:d}.fr-table{e:f}');
  });
});
