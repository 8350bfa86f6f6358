import { Injectable } from '@nestjs/common';
import { Clock, FieldError, decodeCursor, encodeCursor, validationProblem } from '@iae/core';
import { CONTRACT_TYPES, PROGRAMMES } from '@iae/employers';
import { EMPLOYER_KINDS, PRESCRIBER_KINDS } from '@iae/identity';
import { MetiersService, RomeDomain } from '@iae/metiers';
import { Commune, CommunesService, distanceKm, findDepartement } from '@iae/territory';
import { queryWords } from './rules/query-text';
import { DEFAULT_PRESCRIBER_RADIUS_KM, DEFAULT_RADIUS_KM } from './rules/radius';
import { SuggestionMatch, matchSuggestion } from './rules/suggestion-match';
import {
  FacetValue,
  HitPlace,
  OfferHit,
  SearchEngine,
  SearchFacets,
  SearchFilters,
  SearchPlace,
  SearchResult,
  SearchSort,
  StructureHit,
} from './search-engine';

/** Results a search may page through; past it, a person refines rather than pages. */
export const MAX_RESULTS = 1000;
/** A page of results, as the reference platform shows them (`PAGE_SIZE_SMALL`); up to 100 on request. */
export const DEFAULT_SEARCH_PAGE_SIZE = 10;

export interface SearchInput extends SearchFilters {
  q?: string;
  /** INSEE code of the commune searched around. */
  commune: string;
  radiusKm?: number;
  sort?: SearchSort;
  cursor?: string;
  limit?: number;
}

export interface PrescriberSearchInput {
  q?: string;
  commune: string;
  radiusKm?: number;
  kinds?: string[];
  cursor?: string;
  limit?: number;
}

/** What the candidates context reads of a candidate's diagnostic, to suggest offers. */
export interface SuggestionProfileInput {
  communeCode: string;
  maxDistanceKm: number;
  appellationCodes: string[];
  romeCodes?: string[];
  hoursPerWeek?: { min?: number; max?: number };
}

export interface ResultPlace extends HitPlace {
  /** From the commune searched around, as the crow flies, to 0.1 km. */
  distanceKm: number;
}

export interface JobOfferResult {
  id: string;
  title: string;
  appellation: { code: string; label: string };
  rome: { code: string; label: string };
  domain: { letter: string; label: string };
  contractType: string;
  contractTypeLabel: string;
  hoursPerWeek: number | null;
  openPositions: number;
  isResumeMandatory: boolean;
  employer: { id: string; name: string; brand: string | null; kind: string; kindLabel: string; programmes: string[]; spontaneousCandidaturesOpen: boolean };
  location: ResultPlace;
  updatedAt: string;
}

export interface StructureResult {
  id: string;
  name: string;
  brand: string | null;
  kind: string;
  kindLabel: string;
  programmes: string[];
  description: string | null;
  location: ResultPlace;
  openOffers: number;
  acceptsCandidatures: boolean;
  /** Takes candidatures without a job description (and takes candidatures at all). */
  openToSpontaneousCandidatures: boolean;
}

export interface PrescriberResult {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  address: { line: string | null; complement: string | null; postalCode: string | null };
  location: ResultPlace;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
}

export interface LabelledFacet extends FacetValue {
  label: string;
}

export interface ResultFacets {
  kinds: LabelledFacet[];
  contractTypes: LabelledFacet[];
  departements: LabelledFacet[];
  domains: LabelledFacet[];
}

export interface SearchPage<T> {
  items: T[];
  total: number;
  facets: ResultFacets;
  /** Words read as others (« cuisinnier » → cuisinier). */
  corrections: Record<string, string[]>;
  origin: { communeCode: string; communeName: string; radiusKm: number };
  nextCursor: string | null;
}

export interface Suggestion extends SuggestionMatch {
  offer: JobOfferResult;
}

const SUGGESTION_CANDIDATES = 100;
const KIND_LABELS: Record<string, string> = { ...EMPLOYER_KINDS, ...PROGRAMMES };
const REFERENTIAL_TTL_MS = 10 * 60_000;
const COMMUNES_KEPT = 5_000;

/**
 * Where to apply: job offers, structures and habilitated prescribers around a commune, and
 * the offers that suit a candidate's diagnostic. Checks what is asked, then asks the engine.
 */
@Injectable()
export class SearchService {
  private domains?: { labels: Map<string, string>; at: number };
  private readonly communesKept = new Map<string, { commune: Commune; at: number }>();

  constructor(
    private readonly engine: SearchEngine,
    private readonly communes: CommunesService,
    private readonly metiers: MetiersService,
    private readonly clock: Clock,
  ) {}

  async searchJobOffers(input: SearchInput): Promise<SearchPage<JobOfferResult>> {
    const { request, commune } = await this.request(input);
    const [result, domains] = await Promise.all([this.engine.searchOffers(request), this.domainLabels()]);
    return this.page(result, request, commune, (hit) => this.offerResult(hit, request.place, domains), domains);
  }

  async searchStructures(input: SearchInput): Promise<SearchPage<StructureResult>> {
    const { request, commune } = await this.request(input);
    const [result, domains] = await Promise.all([this.engine.searchStructures(request), this.domainLabels()]);
    return this.page(result, request, commune, (hit) => structureResult(hit, request.place), domains);
  }

  /** Habilitated prescriber organisations around a commune, nearest first. */
  async searchPrescribers(input: PrescriberSearchInput): Promise<SearchPage<PrescriberResult>> {
    const commune = await this.commune(input.commune);
    const offset = offsetOf(input.cursor);
    const limit = input.limit ?? DEFAULT_SEARCH_PAGE_SIZE;
    const place = { latitude: commune.latitude, longitude: commune.longitude, radiusKm: input.radiusKm ?? DEFAULT_PRESCRIBER_RADIUS_KM };
    const q = input.q?.trim() ?? '';
    const result = await this.engine.searchPrescribers({ text: { raw: q, words: queryWords(q) }, place, kinds: input.kinds, offset, limit });
    return {
      items: result.hits.map((hit) => ({
        id: hit.id,
        name: hit.name,
        kind: hit.kind,
        kindLabel: PRESCRIBER_KINDS[hit.kind as keyof typeof PRESCRIBER_KINDS] ?? hit.kind,
        address: hit.address,
        location: located(hit.place, place),
        phone: hit.phone,
        email: hit.email,
        website: hit.website,
        description: hit.description,
      })),
      total: result.total,
      facets: labelled(result.facets, new Map(), PRESCRIBER_KINDS),
      corrections: result.corrections,
      origin: { communeCode: commune.code, communeName: commune.name, radiusKm: place.radiusKm },
      nextCursor: nextCursor(offset, limit, result.total),
    };
  }

  /**
   * The offers that best suit a candidate's diagnostic, each with the criteria it meets: the métiers
   * aimed at (the same ROME métier counts, lower), within their maximum distance, their hours.
   * The candidates context calls this with the diagnostic it holds.
   */
  async suggest(profile: SuggestionProfileInput, options: { limit?: number } = {}): Promise<{ items: Suggestion[]; origin: SearchPage<never>['origin'] }> {
    const errors: FieldError[] = [];
    const appellations = await this.metiers.getAppellations(profile.appellationCodes);
    const unknown = profile.appellationCodes.filter((code) => !appellations.some((a) => a.code === code));
    if (unknown.length)
      errors.push({ field: 'appellation', code: 'unknownAppellation', message: `Aucun métier (appellation ROME) n’a le code ${unknown.join(', ')}.` });
    errors.push(...(await this.unknownRomes(profile.romeCodes ?? [], 'rome')));
    errors.push(...hoursProblems(profile.hoursPerWeek?.min, profile.hoursPerWeek?.max));
    if (errors.length) throw validationProblem(errors);
    const commune = await this.commune(profile.communeCode);

    const romeCodes = [...new Set([...(profile.romeCodes ?? []), ...appellations.map((a) => a.romeCode)])];
    const place = { latitude: commune.latitude, longitude: commune.longitude, radiusKm: profile.maxDistanceKm };
    const base = { text: { raw: '', words: [] }, place, sort: 'distance' as const, offset: 0, limit: SUGGESTION_CANDIDATES, today: this.clock.today() };
    // The titles aimed at first, so that nearer offers of the same métier cannot crowd them out.
    const [exact, sameRome, domains] = await Promise.all([
      profile.appellationCodes.length ? this.engine.searchOffers({ ...base, filters: { appellationCodes: profile.appellationCodes } }) : null,
      romeCodes.length ? this.engine.searchOffers({ ...base, filters: { romeCodes } }) : null,
      this.domainLabels(),
    ]);
    const offers = new Map<string, OfferHit>();
    for (const hit of [...(exact?.hits ?? []), ...(sameRome?.hits ?? [])]) offers.set(hit.id, hit);

    const matchProfile = { maxDistanceKm: profile.maxDistanceKm, appellationCodes: profile.appellationCodes, romeCodes, hoursPerWeek: profile.hoursPerWeek };
    const items = [...offers.values()]
      .map((hit) => {
        const offer = this.offerResult(hit, place, domains);
        const match = matchSuggestion(matchProfile, {
          appellationCode: hit.appellationCode,
          appellationLabel: hit.appellationLabel,
          romeCode: hit.romeCode,
          romeLabel: hit.romeLabel,
          distanceKm: offer.location.distanceKm,
          hoursPerWeek: hit.hoursPerWeek,
        });
        return match ? { offer, ...match } : null;
      })
      .filter((s): s is Suggestion => s !== null)
      .sort((a, b) => b.score - a.score || a.offer.location.distanceKm - b.offer.location.distanceKm || a.offer.id.localeCompare(b.offer.id))
      .slice(0, options.limit ?? DEFAULT_SEARCH_PAGE_SIZE);
    return { items, origin: { communeCode: commune.code, communeName: commune.name, radiusKm: profile.maxDistanceKm } };
  }

  private async request(input: SearchInput) {
    const errors = [...hoursProblems(input.hoursMin, input.hoursMax), ...(await this.unknownRomes(input.romeCodes ?? [], 'rome'))];
    if (errors.length) throw validationProblem(errors);
    const commune = await this.commune(input.commune);
    const q = input.q?.trim() ?? '';
    const words = queryWords(q);
    const request = {
      text: { raw: q, words },
      place: { latitude: commune.latitude, longitude: commune.longitude, radiusKm: input.radiusKm ?? DEFAULT_RADIUS_KM },
      filters: {
        kinds: input.kinds,
        departements: input.departements,
        contractTypes: input.contractTypes,
        domains: input.domains,
        romeCodes: input.romeCodes,
        appellationCodes: input.appellationCodes,
        hoursMin: input.hoursMin,
        hoursMax: input.hoursMax,
        resumeOptional: input.resumeOptional,
        spontaneousOpen: input.spontaneousOpen,
      },
      // Nothing typed: everything near the place, nearest first.
      sort: input.sort ?? (words.length ? 'relevance' : 'distance'),
      offset: offsetOf(input.cursor),
      limit: input.limit ?? DEFAULT_SEARCH_PAGE_SIZE,
      today: this.clock.today(),
    };
    return { request, commune };
  }

  private page<Hit, Item>(
    result: SearchResult<Hit>,
    request: { place: SearchPlace; offset: number; limit: number },
    commune: Commune,
    map: (hit: Hit) => Item,
    domains: Map<string, string>,
  ): SearchPage<Item> {
    return {
      items: result.hits.map(map),
      total: result.total,
      facets: labelled(result.facets, domains, KIND_LABELS),
      corrections: result.corrections,
      origin: { communeCode: commune.code, communeName: commune.name, radiusKm: request.place.radiusKm },
      nextCursor: nextCursor(request.offset, request.limit, result.total),
    };
  }

  private offerResult(hit: OfferHit, origin: SearchPlace, domains: Map<string, string>): JobOfferResult {
    return {
      id: hit.id,
      title: hit.title,
      appellation: { code: hit.appellationCode, label: hit.appellationLabel },
      rome: { code: hit.romeCode, label: hit.romeLabel },
      domain: { letter: hit.domain, label: domains.get(hit.domain) ?? hit.domain },
      contractType: hit.contractType,
      contractTypeLabel: CONTRACT_TYPES[hit.contractType as keyof typeof CONTRACT_TYPES] ?? hit.contractType,
      hoursPerWeek: hit.hoursPerWeek,
      openPositions: hit.openPositions,
      isResumeMandatory: hit.isResumeMandatory,
      employer: {
        id: hit.employerId,
        name: hit.employerName,
        brand: hit.employerBrand,
        kind: hit.employerKind,
        kindLabel: KIND_LABELS[hit.employerKind] ?? hit.employerKind,
        programmes: hit.programmes,
        spontaneousCandidaturesOpen: hit.spontaneousCandidaturesOpen,
      },
      location: located(hit.place, origin),
      updatedAt: new Date(hit.updatedAt).toISOString(),
    };
  }

  /** Communes change with the referential's migrations only: the ones searched around are kept a while. */
  private async commune(code: string): Promise<Commune> {
    const kept = this.communesKept.get(code);
    if (kept && kept.at > Date.now() - REFERENTIAL_TTL_MS) return kept.commune;
    const commune = await this.communes.get(code);
    if (!commune) throw validationProblem([{ field: 'commune', code: 'unknownCommune', message: `Aucune commune n’a le code INSEE ${code}.` }]);
    this.communesKept.delete(code);
    this.communesKept.set(code, { commune, at: Date.now() });
    if (this.communesKept.size > COMMUNES_KEPT) this.communesKept.delete(this.communesKept.keys().next().value as string);
    return commune;
  }

  private async unknownRomes(codes: string[], field: string): Promise<FieldError[]> {
    const found = await Promise.all(codes.map((code) => this.metiers.getRome(code)));
    const unknown = codes.filter((_, i) => !found[i]);
    return unknown.length ? [{ field, code: 'unknownRome', message: `Aucun métier ROME n’a le code ${unknown.join(', ')}.` }] : [];
  }

  /** The 14 ROME domains change with the referential, rarely: read again every few minutes. */
  private async domainLabels(): Promise<Map<string, string>> {
    if (!this.domains || Date.now() - this.domains.at > REFERENTIAL_TTL_MS) {
      const domains: RomeDomain[] = await this.metiers.listDomains();
      this.domains = { labels: new Map(domains.map((d) => [d.letter, d.label])), at: Date.now() };
    }
    return this.domains.labels;
  }
}

function structureResult(hit: StructureHit, origin: SearchPlace): StructureResult {
  return {
    id: hit.id,
    name: hit.name,
    brand: hit.brand,
    kind: hit.kind,
    kindLabel: KIND_LABELS[hit.kind] ?? hit.kind,
    programmes: hit.programmes,
    description: hit.description,
    location: located(hit.place, origin),
    openOffers: hit.openOffers,
    acceptsCandidatures: hit.acceptsCandidatures,
    openToSpontaneousCandidatures: hit.acceptsCandidatures && hit.spontaneousCandidaturesOpen,
  };
}

function located(place: HitPlace, origin: SearchPlace): ResultPlace {
  return { ...place, distanceKm: Math.round(distanceKm(origin, place) * 10) / 10 };
}

function labelled(facets: SearchFacets, domains: Map<string, string>, kinds: Record<string, string>): ResultFacets {
  const label = (list: FacetValue[], of: (value: string) => string | undefined) => list.map((f) => ({ ...f, label: of(f.value) ?? f.value }));
  return {
    kinds: label(facets.kinds, (v) => kinds[v]),
    contractTypes: label(facets.contractTypes, (v) => CONTRACT_TYPES[v as keyof typeof CONTRACT_TYPES]),
    departements: label(facets.departements, (v) => findDepartement(v)?.name),
    domains: label(facets.domains, (v) => domains.get(v)),
  };
}

function hoursProblems(min: number | undefined, max: number | undefined): FieldError[] {
  return min !== undefined && max !== undefined && min > max
    ? [{ field: 'hoursMax', code: 'hoursRange', message: 'Le nombre d’heures maximal doit être supérieur ou égal au minimal.' }]
    : [];
}

/** The cursor is the offset of the next page, opaque to clients. */
function offsetOf(cursor: string | undefined): number {
  const key = decodeCursor(cursor, ['offset']);
  if (!key) return 0;
  const [offset] = key;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0 || offset >= MAX_RESULTS) {
    throw validationProblem([{ field: 'cursor', code: 'invalidCursor', message: 'Le curseur de pagination est invalide ; reprenez à la première page.' }]);
  }
  return offset;
}

function nextCursor(offset: number, limit: number, total: number): string | null {
  const next = offset + limit;
  return next < Math.min(total, MAX_RESULTS) ? encodeCursor([next]) : null;
}
