import { MAX_QUERY_WORDS, queryWords } from './query-text';

describe('queryWords (what a search box query means to the index)', () => {
  it('forgives accents and case: « Magasiniér CARISTE » is « magasinier cariste »', () => {
    expect(queryWords('Magasiniér CARISTE')).toEqual(['magasinier', 'cariste']);
  });

  it('reads « maçon » and « macon » alike, and ligatures as two letters', () => {
    expect(queryWords('Maçon')).toEqual(['macon']);
    expect(queryWords('Œuvre')).toEqual(['oeuvre']);
  });

  it('drops the words that say nothing about a job', () => {
    expect(queryWords('agent d’entretien des espaces verts')).toEqual(['agent', 'entretien', 'espaces', 'verts']);
  });

  it('keeps each word once, in typing order', () => {
    expect(queryWords('aide aide-ménagère')).toEqual(['aide', 'menagere']);
  });

  it('finds nothing in stopwords or punctuation alone', () => {
    expect(queryWords(' de la ')).toEqual([]);
    expect(queryWords('—/—')).toEqual([]);
  });

  it(`searches at most ${MAX_QUERY_WORDS} words`, () => {
    expect(queryWords('un deux trois quatre cinq six sept huit neuf dix onze')).toHaveLength(MAX_QUERY_WORDS);
  });
});
