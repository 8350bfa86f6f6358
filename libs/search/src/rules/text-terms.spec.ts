import { TERM_POINTS, TextTerm, anyTermQuery, termQuery, termTiers } from './text-terms';

const term = (word: string, lexemes: string[], corrections: TextTerm['corrections'] = [], prefix = false): TextTerm => ({ word, lexemes, corrections, prefix });

describe('tsquery terms built from the words typed', () => {
  it('matches a word by its stem', () => {
    expect(termQuery(term('macon', ['macon']))).toBe(`( 'macon' )`);
  });

  it('matches the word being typed as a prefix, possibly only in some weights', () => {
    expect(termQuery(term('cuisin', ['cuisin'], [], true))).toBe(`( 'cuisin':* )`);
    expect(termQuery(term('cuisin', ['cuisin'], [], true), 'AB')).toBe(`( 'cuisin':*AB )`);
    expect(termQuery(term('macon', ['macon']), 'A')).toBe(`( 'macon':A )`);
  });

  it('adds the words a typo probably meant (« cuisinnier » for « cuisinier »)', () => {
    expect(termQuery(term('cuisinnier', ['cuisinni'], [{ word: 'cuisinier', lexemes: ['cuisini'] }]))).toBe(`( ( 'cuisinni' ) | ( 'cuisini' ) )`);
  });

  it('adds the words used for it (« chauffeur » is also « conducteur »)', () => {
    expect(termQuery({ ...term('chauffeur', ['chauffeur']), synonyms: [{ word: 'conducteur', lexemes: ['conducteur'] }] }, 'A')).toBe(
      `( ( 'chauffeur':A ) | ( 'conducteur':A ) )`,
    );
  });

  it('leaves out a term without any stem, and a query made only of such terms', () => {
    expect(termQuery(term('plus', []))).toBeNull();
    expect(anyTermQuery([term('plus', [])])).toBeNull();
    expect(anyTermQuery([term('plus', []), term('macon', ['macon'])])).toBe(`( 'macon' )`);
  });

  it('matches a document holding any term', () => {
    expect(anyTermQuery([term('magasinier', ['magasini']), term('cariste', ['carist'])])).toBe(`( 'magasini' ) | ( 'carist' )`);
  });

  it('quotes what could break the query syntax', () => {
    expect(termQuery(term('x', ["l'a"]))).toBe(`( 'l''a' )`);
  });
});

describe('relevance tiers of a term', () => {
  it('scores a match in the title above one in the métier, the structure or the descriptions', () => {
    const points = termTiers(term('macon', ['macon'])).map((t) => t.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(points[0] - points[points.length - 1]).toBe(TERM_POINTS.A - TERM_POINTS.D);
  });

  it('prefers the word as typed to a longer word it starts (« cuisine » before « cuisinier »), within the same place', () => {
    const tiers = termTiers(term('cuisine', ['cuisin'], [], true));
    expect(tiers.slice(0, 2)).toEqual([
      { query: `( 'cuisin':A )`, points: TERM_POINTS.matched + TERM_POINTS.A + TERM_POINTS.exact },
      { query: `( 'cuisin':*A )`, points: TERM_POINTS.matched + TERM_POINTS.A },
    ]);
    expect(tiers[1].points).toBeGreaterThan(tiers[2].points);
  });

  it('prefers the word as typed to the words used for it (« ressourcerie » before « recyclerie »)', () => {
    const tiers = termTiers({ ...term('ressourcerie', ['ressourcer']), synonyms: [{ word: 'recyclerie', lexemes: ['recycler'] }] });
    expect(tiers.slice(0, 2)).toEqual([
      { query: `( 'ressourcer':A )`, points: TERM_POINTS.matched + TERM_POINTS.A + TERM_POINTS.exact },
      { query: `( ( 'ressourcer':A ) | ( 'recycler':A ) )`, points: TERM_POINTS.matched + TERM_POINTS.A },
    ]);
  });
});
