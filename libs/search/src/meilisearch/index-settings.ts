import type { Settings } from 'meilisearch';
import { STOPWORDS } from '../rules/query-text';
import { synonymSetting } from '../rules/synonyms';

export const INDEXES = { offers: 'job_offers', structures: 'structures', prescribers: 'prescribers' } as const;
export type IndexKey = keyof typeof INDEXES;

export function indexUid(prefix: string, key: IndexKey): string {
  return `${prefix}_${INDEXES[key]}`;
}

/** Typos as the reference platform's users make them: one from 4 letters (« macon »), two from 8 (« cuisinnier »). */
const TYPO_TOLERANCE: Settings['typoTolerance'] = { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } };
const FRENCH: Settings['localizedAttributes'] = [{ attributePatterns: ['*'], locales: ['fra'] }];

/**
 * The index settings, as code. `sort` comes first so that a chosen order (distance, freshness)
 * wins over relevance; without one, relevance decides and, among equally relevant results, the
 * least asked structures come first (`pressure:asc`, the fair-ranking score).
 */
export const INDEX_SETTINGS: Record<IndexKey, Settings> = {
  offers: {
    searchableAttributes: ['title', 'appellationLabel', 'romeLabel', 'employerName', 'employerBrand', 'description', 'employerDescription'],
    filterableAttributes: [
      '_geo',
      'activeUntil',
      'appellationCode',
      'contractType',
      'departementCode',
      'domain',
      'employerId',
      'hoursPerWeek',
      'isResumeMandatory',
      'kinds',
      'romeCode',
      'spontaneousCandidaturesOpen',
    ],
    sortableAttributes: ['_geo', 'pressure', 'updatedAt'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'pressure:asc'],
    typoTolerance: TYPO_TOLERANCE,
    localizedAttributes: FRENCH,
    stopWords: [...STOPWORDS],
    synonyms: synonymSetting(),
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 1000 },
  },
  structures: {
    searchableAttributes: ['name', 'brand', 'offerTitles', 'offerMetiers', 'description'],
    filterableAttributes: [
      '_geo',
      'activeUntil',
      'appellationCodes',
      'contractTypes',
      'departementCode',
      'domains',
      'hours',
      'kinds',
      'recentCandidatures',
      'resumeOptional',
      'romeCodes',
      'spontaneousOpen',
    ],
    sortableAttributes: ['_geo', 'pressure', 'updatedAt'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'pressure:asc'],
    typoTolerance: TYPO_TOLERANCE,
    localizedAttributes: FRENCH,
    stopWords: [...STOPWORDS],
    synonyms: synonymSetting(),
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 1000 },
  },
  prescribers: {
    searchableAttributes: ['name', 'description'],
    filterableAttributes: ['_geo', 'habilitated', 'kind', 'departementCode'],
    sortableAttributes: ['_geo'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    typoTolerance: TYPO_TOLERANCE,
    localizedAttributes: FRENCH,
    stopWords: [...STOPWORDS],
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 1000 },
  },
};
