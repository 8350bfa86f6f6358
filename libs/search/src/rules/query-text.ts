import { normalizeLabel } from '@iae/metiers';

/** Longer than this, a query is a paste, not a search (400 naming `q`). */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words are searched; the rest of a sentence adds noise, not precision. */
export const MAX_QUERY_WORDS = 8;

/** Words that say nothing about a job or a structure: « agent de … » must not match on its « de ». */
export const STOPWORDS: readonly string[] = [
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'f',
  'h',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'sur',
  'un',
  'une',
];
const STOPWORD_SET = new Set(STOPWORDS);

/**
 * The words of a query as the index stores them (no accents, no case, no punctuation),
 * once each, in typing order, without stopwords; nothing when only stopwords were typed.
 */
export function queryWords(text: string): string[] {
  const words = normalizeLabel(text)
    .split(' ')
    .filter((word) => word && !STOPWORD_SET.has(word));
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/** Shorter words are too short to tell a typo from another word. */
export const MIN_CORRECTED_LENGTH = 4;
