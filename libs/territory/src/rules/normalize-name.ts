// Ligatures do not decompose under NFD, and PostgreSQL's unaccent spells them out: do the same.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * The searchable form of a place name: lower case, no accents, every run of punctuation
 * (hyphens, apostrophes, parentheses) and spaces turned into one space.
 * "L'Haÿ-les-Roses" → "l hay les roses". Stored in `communes.normalized_name`; queries
 * go through the same function, so both sides always agree.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (ligature) => LIGATURES[ligature])
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
