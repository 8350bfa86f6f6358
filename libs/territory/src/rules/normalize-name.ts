import { UNACCENT_LETTERS } from './unaccent-letters';

/**
 * The searchable form of a place or person name: lower case, no accents, every run of punctuation
 * (hyphens, apostrophes, parentheses) and spaces turned into one space.
 * "L'Haÿ-les-Roses" → "l hay les roses", "Wałęsa" → "walesa". Stored in `communes.normalized_name`; the `search_name`
 * columns are made the same way by PostgreSQL's unaccent, whose letters that NFD leaves whole (ligatures, ł, ø…) are
 * spelt out here as it does, so that a name typed finds the name stored.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, (letter) => UNACCENT_LETTERS[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
