/**
 * A typed word as the PostgreSQL engine matches it: its stems (French, unaccented), the
 * vocabulary words it is probably a typo of, the words used for it, and whether it is the word
 * being typed (then matched as a prefix: « cuisin » finds « cuisinier »).
 */
export interface TextTerm {
  word: string;
  lexemes: string[];
  corrections: Array<{ word: string; lexemes: string[] }>;
  synonyms?: Array<{ word: string; lexemes: string[] }>;
  prefix: boolean;
}

/** Weights of the index's text: A title or name, B métier or offers, C structure or métier, D descriptions. */
export type WeightSet = 'A' | 'AB' | 'ABC' | null;

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** One alternative (a word or a correction): all its stems, each restricted to the weights. */
function alternative(lexemes: string[], prefix: boolean, weights: WeightSet): string {
  const suffix = prefix || weights ? `:${prefix ? '*' : ''}${weights ?? ''}` : '';
  return lexemes.map((lexeme) => `${quote(lexeme)}${suffix}`).join(' & ');
}

/** The tsquery text matching a term in any of its forms, or null when it has no stem (a stopword). */
export function termQuery(term: TextTerm, weights: WeightSet = null): string | null {
  const alternatives = [
    term.lexemes.length ? alternative(term.lexemes, term.prefix, weights) : null,
    ...[...term.corrections, ...(term.synonyms ?? [])].filter((c) => c.lexemes.length).map((c) => alternative(c.lexemes, false, weights)),
  ].filter((a): a is string => a !== null);
  if (!alternatives.length) return null;
  return alternatives.length === 1 ? `( ${alternatives[0]} )` : `( ${alternatives.map((a) => `( ${a} )`).join(' | ')} )`;
}

/** A document matches a query when it matches any of its terms; more terms matched rank higher. */
export function anyTermQuery(terms: TextTerm[]): string | null {
  const queries = terms.map((term) => termQuery(term)).filter((q): q is string => q !== null);
  return queries.length ? queries.join(' | ') : null;
}

/**
 * Relevance points per matched term: the matched word count first (Meilisearch's « words » rule),
 * then where it matched (a term in the title outweighs one in a description; two terms outweigh
 * one), then whether it matched as typed rather than as the start of a longer word.
 */
export const TERM_POINTS = { matched: 100, A: 16, B: 8, C: 4, D: 2, exact: 1 } as const;

/** The tiers a term can match in, best first: each a tsquery and its points. */
export function termTiers(term: TextTerm): Array<{ query: string; points: number }> {
  // As typed (or as its typo meant) beats the start of a longer word or a word used for it.
  const broad = term.prefix || !!term.synonyms?.length;
  const asTyped: TextTerm = { ...term, prefix: false, synonyms: [] };
  const tiers: Array<{ weights: WeightSet; points: number }> = [
    { weights: 'A', points: TERM_POINTS.A },
    { weights: 'AB', points: TERM_POINTS.B },
    { weights: 'ABC', points: TERM_POINTS.C },
    { weights: null, points: TERM_POINTS.D },
  ];
  return tiers.flatMap(({ weights, points }) => {
    const base = TERM_POINTS.matched + points;
    const exact = termQuery(asTyped, weights);
    const any = broad ? termQuery(term, weights) : null;
    return [...(exact ? [{ query: exact, points: base + TERM_POINTS.exact }] : []), ...(any ? [{ query: any, points: base }] : [])];
  });
}
