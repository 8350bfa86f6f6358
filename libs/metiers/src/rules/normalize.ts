/**
 * One normalisation for stored labels and typed queries, so that « Maçon / Maçonne »,
 * « MACON » and « maçon » meet: lower case, no accents, punctuation as spaces.
 */
export function normalizeLabel(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Ligatures do not decompose under NFD.
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** Words that carry no meaning in a job title: matching them would rank « agent de … » by its « de ». */
const STOPWORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'ou', 'par', 'pour', 'sur', 'un', 'une', 'h', 'f']);

/** At most this many words of a query are searched; past it, a query is a sentence, not a job title. */
export const MAX_SEARCH_TOKENS = 6;

/** The distinct meaningful words of a query, in typing order; the stopwords only if nothing else is left. */
export function searchTokens(query: string): string[] {
  const words = [...new Set(normalizeLabel(query).split(' ').filter(Boolean))];
  const meaningful = words.filter((word) => !STOPWORDS.has(word));
  return (meaningful.length ? meaningful : words).slice(0, MAX_SEARCH_TOKENS);
}
