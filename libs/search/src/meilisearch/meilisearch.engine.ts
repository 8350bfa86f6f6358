import { Injectable, Logger } from '@nestjs/common';
import { EnqueuedTaskPromise, IndexSwap, Meilisearch, MeilisearchApiError } from 'meilisearch';
import { AppConfig, Problem, Problems } from '@iae/core';
import { candidaturePressure } from '../rules/fairness';
import {
  FacetValue,
  HitPlace,
  OfferHit,
  PrescriberHit,
  PrescriberSearchRequest,
  RebuildProgress,
  RebuildReport,
  SearchEngine,
  SearchRequest,
  SearchResult,
  StructureHit,
} from '../search-engine';
import { OfferSource, PrescriberSource, SearchSources, StructureSource } from '../search-sources.repository';
import { OFFER_FIELDS, STRUCTURE_FIELDS, dayNumber, geoRadius, searchFilter, searchSort } from './filters';
import { INDEX_SETTINGS, IndexKey, indexUid } from './index-settings';

type Geo = { _geo: { lat: number; lng: number } };
export type OfferDocument = Omit<OfferHit, 'place' | 'domain'> &
  Geo &
  Omit<HitPlace, 'latitude' | 'longitude'> & {
    domain: string;
    kinds: string[];
    description: string | null;
    employerDescription: string | null;
    activeUntil: number;
    pressure: number;
  };
export type StructureDocument = Omit<StructureHit, 'place'> &
  Geo &
  Omit<HitPlace, 'latitude' | 'longitude'> & {
    kinds: string[];
    offerTitles: string;
    offerMetiers: string;
    contractTypes: string[];
    romeCodes: string[];
    appellationCodes: string[];
    domains: string[];
    hours: number[];
    resumeOptional: boolean;
    spontaneousOpen: boolean;
    activeUntil: number;
    recentCandidatures: number;
    pressure: number;
  };
export type PrescriberDocument = Omit<PrescriberHit, 'place' | 'address'> &
  Geo &
  Omit<HitPlace, 'latitude' | 'longitude'> & {
    habilitated: boolean;
    addressLine: string | null;
    addressComplement: string | null;
    postalCode: string | null;
  };

const BATCH = 5000;
const TASK_TIMEOUT_MS = 120_000;

/**
 * The Meilisearch adapter: documents read from the same source views, sent through the official
 * client; relevance, typos and French come from the index settings (index-settings.ts).
 */
@Injectable()
export class MeilisearchEngine extends SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly logger = new Logger(MeilisearchEngine.name);
  private clientInstance?: Meilisearch;

  constructor(
    private readonly config: AppConfig,
    private readonly sources: SearchSources,
  ) {
    super();
  }

  /** Created on first use: with the PostgreSQL engine chosen, Meilisearch is never contacted. */
  private get client(): Meilisearch {
    this.clientInstance ??= new Meilisearch({ host: this.config.search.meiliHost ?? '', apiKey: this.config.search.meiliApiKey ?? undefined });
    return this.clientInstance;
  }

  private uid(key: IndexKey, suffix = ''): string {
    return indexUid(this.config.search.meiliIndexPrefix, key) + suffix;
  }

  private async wait(task: EnqueuedTaskPromise): Promise<void> {
    const done = await task.waitTask({ timeout: TASK_TIMEOUT_MS });
    if (done.status !== 'succeeded') throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`);
  }

  async prepare(): Promise<void> {
    for (const key of Object.keys(INDEX_SETTINGS) as IndexKey[]) await this.prepareIndex(this.uid(key), key);
  }

  private async prepareIndex(uid: string, key: IndexKey): Promise<void> {
    const exists = await this.client
      .getIndex(uid)
      .then(() => true)
      .catch((error: unknown) => {
        if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
        throw error;
      });
    if (!exists) await this.wait(this.client.createIndex(uid, { primaryKey: 'id' }));
    await this.wait(this.client.index(uid).updateSettings(INDEX_SETTINGS[key]));
  }

  async isEmpty(): Promise<boolean> {
    const stats = await this.client.index(this.uid('structures')).getStats();
    return stats.numberOfDocuments === 0;
  }

  async searchOffers(request: SearchRequest): Promise<SearchResult<OfferHit>> {
    const response = await this.search<OfferDocument>('offers', request.text.raw, {
      filter: searchFilter(request, OFFER_FIELDS, 'offers'),
      facets: ['kinds', 'contractType', 'departementCode', 'domain'],
      sort: searchSort(request.sort, request.place),
      limit: request.limit,
      offset: request.offset,
    });
    const distribution = response.facetDistribution ?? {};
    return {
      hits: response.hits.map(offerHit),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets: {
        kinds: facetValues(distribution.kinds),
        contractTypes: facetValues(distribution.contractType),
        departements: facetValues(distribution.departementCode),
        domains: facetValues(distribution.domain),
      },
      corrections: {},
    };
  }

  async searchStructures(request: SearchRequest): Promise<SearchResult<StructureHit>> {
    const response = await this.search<StructureDocument>('structures', request.text.raw, {
      filter: searchFilter(request, STRUCTURE_FIELDS, 'structures'),
      facets: ['kinds', 'contractTypes', 'departementCode', 'domains'],
      sort: searchSort(request.sort, request.place),
      limit: request.limit,
      offset: request.offset,
    });
    const distribution = response.facetDistribution ?? {};
    return {
      hits: response.hits.map(structureHit),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets: {
        kinds: facetValues(distribution.kinds),
        contractTypes: facetValues(distribution.contractTypes),
        departements: facetValues(distribution.departementCode),
        domains: facetValues(distribution.domains),
      },
      corrections: {},
    };
  }

  async searchPrescribers(request: PrescriberSearchRequest): Promise<SearchResult<PrescriberHit>> {
    const filter = [geoRadius(request.place), 'habilitated = true'];
    if (request.kinds?.length) filter.push(`kind IN [${request.kinds.map((k) => JSON.stringify(k)).join(', ')}]`);
    const response = await this.search<PrescriberDocument>('prescribers', request.text.raw, {
      filter,
      facets: ['kind', 'departementCode'],
      // A name typed: best match first; otherwise the nearest.
      sort: request.text.words.length ? undefined : searchSort('distance', request.place),
      limit: request.limit,
      offset: request.offset,
    });
    const distribution = response.facetDistribution ?? {};
    return {
      hits: response.hits.map(prescriberHit),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets: { kinds: facetValues(distribution.kind), contractTypes: [], departements: facetValues(distribution.departementCode), domains: [] },
      corrections: {},
    };
  }

  private async search<D extends Record<string, unknown>>(key: IndexKey, q: string, options: Record<string, unknown>) {
    try {
      return await this.client.index<D>(this.uid(key)).search(q.trim() || null, options);
    } catch (error) {
      this.logger.warn({ err: (error as Error).message, index: this.uid(key) }, 'Meilisearch search failed');
      throw new Problem(Problems.unavailable, 'Le moteur de recherche ne répond pas ; réessayez dans un instant.');
    }
  }

  async indexEmployers(employerIds: string[]): Promise<void> {
    if (!employerIds.length) return;
    const [offers, structures] = await Promise.all([this.sources.offersOf(employerIds), this.sources.structures(employerIds)]);
    // Tasks of one index run in the order they were enqueued: each is enqueued before the next is sent,
    // so the employers' old offers leave before their current ones come.
    const offersIndex = this.client.index(this.uid('offers'));
    const structuresIndex = this.client.index(this.uid('structures'));
    const present = new Set(structures.map((s) => s.id));
    const gone = employerIds.filter((id) => !present.has(id));
    const tasks: EnqueuedTaskPromise[] = [];
    const enqueue = async (task: EnqueuedTaskPromise) => {
      await task;
      tasks.push(task);
    };
    await enqueue(offersIndex.deleteDocuments({ filter: `employerId IN [${employerIds.map((id) => JSON.stringify(id)).join(', ')}]` }));
    if (offers.length) await enqueue(offersIndex.addDocuments(offers.map(offerDocument)));
    if (gone.length) await enqueue(structuresIndex.deleteDocuments(gone));
    if (structures.length) await enqueue(structuresIndex.addDocuments(structures.map(structureDocument)));
    for (const task of tasks) await this.wait(task);
  }

  async indexPrescribers(organizationIds: string[]): Promise<void> {
    if (!organizationIds.length) return;
    const prescribers = await this.sources.prescribers(organizationIds);
    const index = this.client.index(this.uid('prescribers'));
    const present = new Set(prescribers.map((p) => p.id));
    const gone = organizationIds.filter((id) => !present.has(id));
    if (gone.length) await this.wait(index.deleteDocuments(gone));
    if (prescribers.length) await this.wait(index.addDocuments(prescribers.map(prescriberDocument)));
  }

  /**
   * Fills fresh indexes beside the live ones, swaps them in (searches never see a half-built
   * index), then replays what changed meanwhile, since those changes went to the old indexes.
   */
  async rebuild(progress: RebuildProgress): Promise<RebuildReport> {
    const started = new Date();
    const report: RebuildReport = { offers: 0, structures: 0, prescribers: 0 };
    await this.prepare();
    for (const key of Object.keys(INDEX_SETTINGS) as IndexKey[]) {
      await this.client.deleteIndexIfExists(this.uid(key, '_rebuild'));
      await this.prepareIndex(this.uid(key, '_rebuild'), key);
    }
    const employerIds = await this.sources.employerIds();
    for (let done = 0; done < employerIds.length; done += 500) {
      const ids = employerIds.slice(done, done + 500);
      const [offers, structures] = await Promise.all([this.sources.offersOf(ids), this.sources.structures(ids)]);
      for (let i = 0; i < offers.length; i += BATCH) {
        await this.wait(this.client.index(this.uid('offers', '_rebuild')).addDocuments(offers.slice(i, i + BATCH).map(offerDocument)));
      }
      if (structures.length) await this.wait(this.client.index(this.uid('structures', '_rebuild')).addDocuments(structures.map(structureDocument)));
      report.offers += offers.length;
      report.structures += structures.length;
      progress({ done: Math.min(done + 500, employerIds.length), total: employerIds.length, what: 'structures et offres' });
    }
    const prescriberIds = await this.sources.prescriberIds();
    for (let done = 0; done < prescriberIds.length; done += BATCH) {
      const prescribers = await this.sources.prescribers(prescriberIds.slice(done, done + BATCH));
      if (prescribers.length) await this.wait(this.client.index(this.uid('prescribers', '_rebuild')).addDocuments(prescribers.map(prescriberDocument)));
      report.prescribers += prescribers.length;
      progress({ done: Math.min(done + BATCH, prescriberIds.length), total: prescriberIds.length, what: 'prescripteurs' });
    }
    const keys = Object.keys(INDEX_SETTINGS) as IndexKey[];
    // Without `rename` (added in Meilisearch 1.18): older servers refuse the unknown field, newer ones default to a swap.
    const swaps = keys.map((key) => ({ indexes: [this.uid(key), this.uid(key, '_rebuild')] }) as IndexSwap);
    await this.wait(this.client.swapIndexes(swaps));
    for (const key of keys) await this.wait(this.client.deleteIndex(this.uid(key, '_rebuild')));
    await this.indexEmployers(await this.sources.employersChangedSince(started));
    await this.indexPrescribers(await this.sources.prescribersChangedSince(started));
    return report;
  }

  /** The employers whose indexed count differs from the view's, read again. */
  async refreshCandidatureCounts({ dryRun }: { dryRun: boolean }): Promise<number> {
    const counts = await this.sources.candidatureCounts();
    const indexed = new Map<string, number>();
    const index = this.client.index<StructureDocument>(this.uid('structures'));
    for (let offset = 0; ; offset += 1000) {
      const page = await index.getDocuments({ filter: 'recentCandidatures > 0', fields: ['id', 'recentCandidatures'], limit: 1000, offset });
      for (const doc of page.results) indexed.set(doc.id, doc.recentCandidatures);
      if (page.results.length < 1000) break;
    }
    const stale = [...new Set([...counts.keys(), ...indexed.keys()])].filter((id) => (counts.get(id) ?? 0) !== (indexed.get(id) ?? 0));
    if (dryRun) return stale.length;
    for (let i = 0; i < stale.length; i += 250) await this.indexEmployers(stale.slice(i, i + 250));
    return stale.length;
  }
}

function facetValues(distribution: Record<string, number> | undefined): FacetValue[] {
  return Object.entries(distribution ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

const place = (d: Geo & Omit<HitPlace, 'latitude' | 'longitude'>): HitPlace => ({
  communeCode: d.communeCode,
  communeName: d.communeName,
  departementCode: d.departementCode,
  latitude: d._geo.lat,
  longitude: d._geo.lng,
});

const iso = (value: Date) => new Date(value).toISOString();

export function offerDocument(s: OfferSource): OfferDocument {
  return {
    id: s.id,
    employerId: s.employerId,
    title: s.title,
    appellationCode: s.appellationCode,
    appellationLabel: s.appellationLabel,
    romeCode: s.romeCode,
    romeLabel: s.romeLabel,
    domain: s.domainLetter,
    employerName: s.employerName,
    employerBrand: s.employerBrand,
    employerKind: s.employerKind,
    kinds: s.kinds,
    programmes: s.kinds.slice(1),
    contractType: s.contractType,
    hoursPerWeek: s.hoursPerWeek,
    openPositions: s.openPositions,
    isResumeMandatory: s.isResumeMandatory,
    spontaneousCandidaturesOpen: s.spontaneousCandidaturesOpen,
    description: s.description,
    employerDescription: s.employerDescription,
    communeCode: s.communeCode,
    communeName: s.communeName,
    departementCode: s.departementCode,
    _geo: { lat: s.latitude, lng: s.longitude },
    activeUntil: dayNumber(s.activeUntil),
    updatedAt: iso(s.updatedAt),
    pressure: candidaturePressure(s.recentCandidatures, s.employerOpenPositions),
  };
}

export function structureDocument(s: StructureSource): StructureDocument {
  return {
    id: s.id,
    name: s.name,
    brand: s.brand,
    kind: s.kind,
    kinds: s.kinds,
    programmes: s.kinds.slice(1),
    description: s.description,
    communeCode: s.communeCode,
    communeName: s.communeName,
    departementCode: s.departementCode,
    _geo: { lat: s.latitude, lng: s.longitude },
    openOffers: s.openOffers,
    acceptsCandidatures: s.acceptsCandidatures,
    spontaneousCandidaturesOpen: s.spontaneousCandidaturesOpen,
    spontaneousOpen: s.spontaneousCandidaturesOpen && s.acceptsCandidatures,
    offerTitles: s.offerTitles,
    offerMetiers: s.offerMetiers,
    contractTypes: s.contractTypes,
    romeCodes: s.romeCodes,
    appellationCodes: s.appellationCodes,
    domains: s.domainLetters,
    hours: s.hours,
    resumeOptional: s.resumeOptional,
    activeUntil: dayNumber(s.activeUntil),
    updatedAt: iso(s.updatedAt),
    recentCandidatures: s.recentCandidatures,
    pressure: candidaturePressure(s.recentCandidatures, s.openPositions),
  };
}

export function prescriberDocument(s: PrescriberSource): PrescriberDocument {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    habilitated: s.habilitated,
    addressLine: s.addressLine,
    addressComplement: s.addressComplement,
    postalCode: s.postalCode,
    communeCode: s.communeCode,
    communeName: s.communeName,
    departementCode: s.departementCode,
    _geo: { lat: s.latitude, lng: s.longitude },
    phone: s.phone,
    email: s.email,
    website: s.website,
    description: s.description,
  };
}

function offerHit(d: OfferDocument): OfferHit {
  return {
    id: d.id,
    employerId: d.employerId,
    title: d.title,
    appellationCode: d.appellationCode,
    appellationLabel: d.appellationLabel,
    romeCode: d.romeCode,
    romeLabel: d.romeLabel,
    domain: d.domain,
    employerName: d.employerName,
    employerBrand: d.employerBrand,
    employerKind: d.employerKind,
    programmes: d.programmes,
    contractType: d.contractType,
    hoursPerWeek: d.hoursPerWeek,
    openPositions: d.openPositions,
    isResumeMandatory: d.isResumeMandatory,
    spontaneousCandidaturesOpen: d.spontaneousCandidaturesOpen,
    place: place(d),
    updatedAt: d.updatedAt,
  };
}

function structureHit(d: StructureDocument): StructureHit {
  return {
    id: d.id,
    name: d.name,
    brand: d.brand,
    kind: d.kind,
    programmes: d.programmes,
    description: d.description,
    place: place(d),
    openOffers: d.openOffers,
    acceptsCandidatures: d.acceptsCandidatures,
    spontaneousCandidaturesOpen: d.spontaneousCandidaturesOpen,
    updatedAt: d.updatedAt,
  };
}

function prescriberHit(d: PrescriberDocument): PrescriberHit {
  return {
    id: d.id,
    name: d.name,
    kind: d.kind,
    address: { line: d.addressLine, complement: d.addressComplement, postalCode: d.postalCode },
    place: place(d),
    phone: d.phone,
    email: d.email,
    website: d.website,
    description: d.description,
  };
}
