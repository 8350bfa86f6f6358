/**
 * Words people use for one another when they look for these jobs, as the index stores them
 * (no accents). Each group is searched as one word; kept short, since every pair must be true both ways.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['chauffeur', 'conducteur'],
  ['chauffeuse', 'conductrice'],
  ['menage', 'nettoyage', 'proprete'],
  ['recyclerie', 'ressourcerie'],
  ['cuisinier', 'cuistot'],
  ['btp', 'batiment'],
];

const BY_WORD = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)] as const)));

export function synonymsOf(word: string): string[] {
  return [...(BY_WORD.get(word) ?? [])];
}

/** Meilisearch's `synonyms` setting: each word with the others of its group. */
export function synonymSetting(): Record<string, string[]> {
  return Object.fromEntries([...BY_WORD.entries()].map(([word, others]) => [word, [...others]]));
}
