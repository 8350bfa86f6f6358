import { IsoDate } from '@iae/core';

export type SearchSort = 'relevance' | 'distance' | 'freshness';

/** A commune's centre and how far around it. */
export interface SearchPlace {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** Filters of the offers (and of the structures, through their open offers). */
export interface SearchFilters {
  /** Employer kinds, and the ACI programmes `PHC`, `CONVERGENCE`. */
  kinds?: string[];
  departements?: string[];
  contractTypes?: string[];
  domains?: string[];
  /** Offers of these ROME métiers or of these appellations (either matches). */
  romeCodes?: string[];
  appellationCodes?: string[];
  hoursMin?: number;
  hoursMax?: number;
  /** Only offers that do not ask for a CV. */
  resumeOptional?: boolean;
  /** Only employers open to spontaneous candidatures. */
  spontaneousOpen?: boolean;
}

export interface SearchRequest {
  /** What was typed, and its words as `queryWords` reads them (empty: no text). */
  text: { raw: string; words: string[] };
  place: SearchPlace;
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** Activity ends with time (a convention's grace period): results are active on this day. */
  today: IsoDate;
}

export interface PrescriberSearchRequest {
  text: { raw: string; words: string[] };
  place: SearchPlace;
  kinds?: string[];
  offset: number;
  limit: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchFacets {
  kinds: FacetValue[];
  contractTypes: FacetValue[];
  departements: FacetValue[];
  domains: FacetValue[];
}

export interface SearchResult<Hit> {
  hits: Hit[];
  /** How many match in all (Meilisearch: its estimate). */
  total: number;
  facets: SearchFacets;
  /** Typed words read as others (typos), as the engine understood them. */
  corrections: Record<string, string[]>;
}

export interface HitPlace {
  communeCode: string;
  communeName: string;
  departementCode: string;
  latitude: number;
  longitude: number;
}

export interface OfferHit {
  id: string;
  employerId: string;
  title: string;
  appellationCode: string;
  appellationLabel: string;
  romeCode: string;
  romeLabel: string;
  domain: string;
  employerName: string;
  employerBrand: string | null;
  employerKind: string;
  programmes: string[];
  contractType: string;
  hoursPerWeek: number | null;
  openPositions: number;
  isResumeMandatory: boolean;
  spontaneousCandidaturesOpen: boolean;
  place: HitPlace;
  updatedAt: string;
}

export interface StructureHit {
  id: string;
  name: string;
  brand: string | null;
  kind: string;
  programmes: string[];
  description: string | null;
  place: HitPlace;
  openOffers: number;
  acceptsCandidatures: boolean;
  spontaneousCandidaturesOpen: boolean;
  updatedAt: string;
}

export interface PrescriberHit {
  id: string;
  name: string;
  kind: string;
  address: { line: string | null; complement: string | null; postalCode: string | null };
  place: HitPlace;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
}

export interface RebuildProgress {
  (step: { done: number; total: number; what: string }): void;
}

export interface RebuildReport {
  offers: number;
  structures: number;
  prescribers: number;
  /**
   * The engine's own upkeep after the documents were replaced (PostgreSQL: vacuum and index rebuild). `postponed`
   * when other sessions' transactions kept it waiting longer than allowed: the index is complete and answers.
   */
  maintenance?: 'done' | 'postponed';
}

export interface RebuildOptions {
  /** How long the upkeep may wait behind other sessions' transactions (a seed, a long report) before it gives up. */
  maintenanceWaitMs?: number;
}

/**
 * The search port: the embedded PostgreSQL engine or Meilisearch, chosen by `SEARCH_ENGINE`.
 * Both index the documents of the `search_*_sources` views and answer the same questions; the
 * shared contract suite (test/e2e/search) holds them to the same answers.
 */
export abstract class SearchEngine {
  abstract readonly name: 'postgres' | 'meilisearch';

  abstract searchOffers(request: SearchRequest): Promise<SearchResult<OfferHit>>;

  abstract searchStructures(request: SearchRequest): Promise<SearchResult<StructureHit>>;

  /** Habilitated organisations only, nearest first (best matching first when a name is typed). */
  abstract searchPrescribers(request: PrescriberSearchRequest): Promise<SearchResult<PrescriberHit>>;

  /** Reads these employers (their structure and every offer) again from the sources; gone ones leave the index. */
  abstract indexEmployers(employerIds: string[]): Promise<void>;

  abstract indexPrescribers(organizationIds: string[]): Promise<void>;

  /** Rebuilds everything from the sources while searches go on. */
  abstract rebuild(progress: RebuildProgress, options?: RebuildOptions): Promise<RebuildReport>;

  /** Copies each employer's recent candidatures (fair ranking) where they changed; returns how many employers. */
  abstract refreshCandidatureCounts(options: { dryRun: boolean }): Promise<number>;

  /** No structure indexed at all. */
  abstract isEmpty(): Promise<boolean>;

  /** Prepares the engine (Meilisearch: indexes and their settings); idempotent. */
  abstract prepare(): Promise<void>;
}
