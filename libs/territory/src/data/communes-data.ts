import { GeoPoint, distanceKm } from '../rules/distance';
import { normalizeName } from '../rules/normalize-name';

/**
 * Shapes the official communes (COG, through @etalab/decoupage-administratif) and their
 * GeoNames points into the rows of `communes`. Pure: the files are read by territory-sources.ts.
 */

export type CoordinatesSource = 'geonames' | 'postal_code' | 'epci' | 'departement';
export const COORDINATES_SOURCES: readonly CoordinatesSource[] = ['geonames', 'postal_code', 'epci', 'departement'];
const FALLBACKS = ['postal_code', 'epci', 'departement'] as const;
type Fallback = (typeof FALLBACKS)[number];

/** An entry of decoupage-administratif's communes.json (only the fields used here). */
export interface RawCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
  /** Codes this commune had before a merger. */
  anciensCodes?: string[];
  /** Delegated and associated communes: the commune they belong to. */
  chefLieu?: string;
  /** Municipal arrondissements (Paris, Lyon, Marseille): their commune. */
  commune?: string;
}

export interface RawEpci {
  code: string;
  membres: Array<{ code: string }>;
}

/** One row of the GeoNames cities500 dump, for a French territory. */
export interface GeonamesPlace {
  geonameId: number;
  name: string;
  latitude: number;
  longitude: number;
  featureCode: string;
  countryCode: string;
  /** admin1 to admin4, as given (which one holds the INSEE code depends on the territory). */
  adminCodes: [string, string, string, string];
  population: number;
}

export interface CommuneRow {
  code: string;
  name: string;
  normalizedName: string;
  departementCode: string;
  regionCode: string;
  postalCodes: string[];
  epciCode: string | null;
  population: number | null;
  latitude: number;
  longitude: number;
  coordinatesSource: CoordinatesSource;
}

export interface CommunesBuild {
  communes: CommuneRow[];
  /** Communes no source can place: left out rather than given made-up coordinates. */
  unlocated: Array<{ code: string; name: string; departementCode: string }>;
  /** Communes whose GeoNames point lies too far from their postal-code neighbours to be trusted. */
  misplaced: Array<{ code: string; name: string; nearestKm: number }>;
  countsBySource: Record<CoordinatesSource, number>;
}

/**
 * GeoNames files the DROM and COM under their own ISO country codes. Metropolitan France
 * (FR) is every département that is not overseas.
 */
const OVERSEAS_COUNTRIES: Record<string, string> = {
  GP: '971',
  MQ: '972',
  GF: '973',
  RE: '974',
  PM: '975',
  YT: '976',
  BL: '977',
  MF: '978',
  TF: '984',
  WF: '986',
  PF: '987',
  NC: '988',
  CP: '989',
};
const OVERSEAS_DEPARTEMENT = /^9[78]\d$/;

function isFrenchCountry(countryCode: string): boolean {
  return countryCode === 'FR' || Object.hasOwn(OVERSEAS_COUNTRIES, countryCode);
}

function inTerritoryOf(countryCode: string, departementCode: string): boolean {
  return countryCode === 'FR' ? !OVERSEAS_DEPARTEMENT.test(departementCode) : OVERSEAS_COUNTRIES[countryCode] === departementCode;
}

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

/**
 * The INSEE code GeoNames gives a place: admin4 in metropolitan France and the DROM, admin2
 * in New Caledonia, admin1 in Mayotte, Saint-Pierre-et-Miquelon and Wallis-et-Futuna.
 */
export function inseeCodeOf(place: GeonamesPlace): string | null {
  for (const code of [...place.adminCodes].reverse()) if (INSEE_CODE.test(code)) return code;
  return null;
}

/** Columns (1-based) 1 id, 2 name, 5–6 lat/lon, 8 feature code, 9 country, 11–14 admin1–4, 15 population. */
export function parseGeonamesLine(line: string): GeonamesPlace | null {
  const f = line.split('\t');
  if (f.length < 15 || !isFrenchCountry(f[8])) return null;
  const latitude = Number(f[4]);
  const longitude = Number(f[5]);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || f[4] === '' || f[5] === '') return null;
  return {
    geonameId: Number(f[0]),
    name: f[1],
    latitude,
    longitude,
    featureCode: f[7],
    countryCode: f[8],
    adminCodes: [f[10], f[11], f[12], f[13]],
    population: Number(f[14]) || 0,
  };
}

/** Sections of towns, localities, historical or abandoned places: inside the commune, but not its centre. */
const MINOR_FEATURES = new Set(['PPLX', 'PPLL', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT']);
const SEAT_ORDER = ['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPL'];

/** How a GeoNames place was tied to a commune, best first. */
type Attribution = 'code' | 'former-code' | 'sole-commune';
const ATTRIBUTION_ORDER: Attribution[] = ['code', 'former-code', 'sole-commune'];

export interface Candidate {
  place: GeonamesPlace;
  attribution: Attribution;
}

const seatRank = (featureCode: string) => {
  const rank = SEAT_ORDER.indexOf(featureCode);
  return rank === -1 ? SEAT_ORDER.length : rank;
};

/**
 * The place that stands for a commune when GeoNames has several: a real populated place before
 * a quarter, the one bearing the commune's name (the chef-lieu of a commune nouvelle usually
 * does), one filed under the current code, then the largest population, the highest seat, the oldest id.
 */
export function bestPlace(communeName: string, candidates: readonly Candidate[]): GeonamesPlace | null {
  const name = normalizeName(communeName);
  const key = (c: Candidate) => [
    MINOR_FEATURES.has(c.place.featureCode) ? 1 : 0,
    normalizeName(c.place.name) === name ? 0 : 1,
    ATTRIBUTION_ORDER.indexOf(c.attribution),
    -c.place.population,
    seatRank(c.place.featureCode),
    c.place.geonameId,
  ];
  let best: Candidate | null = null;
  let bestKey: number[] = [];
  for (const candidate of candidates) {
    const k = key(candidate);
    if (!best || compareKeys(k, bestKey) < 0) {
      best = candidate;
      bestKey = k;
    }
  }
  return best?.place ?? null;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Every code a current commune has been known by: its own, former codes, delegated and associated communes, municipal arrondissements. */
export function currentCodes(raw: readonly RawCommune[]): Map<string, string> {
  const current = new Map<string, string>();
  for (const c of raw) if (c.type === 'commune-actuelle') current.set(c.code, c.code);
  const alias = (code: string, target: string | undefined) => {
    if (target && current.get(target) === target && !current.has(code)) current.set(code, target);
  };
  for (const c of raw) {
    if (c.type === 'commune-actuelle') for (const old of c.anciensCodes ?? []) alias(old, c.code);
    else alias(c.code, c.chefLieu ?? c.commune);
  }
  return current;
}

/** Ties each GeoNames place to the current commune it lies in, when it can be told for sure. */
export function candidatesByCommune(raw: readonly RawCommune[], places: readonly GeonamesPlace[]): Map<string, Candidate[]> {
  const codes = currentCodes(raw);
  const departementOf = new Map(raw.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c.departement]));
  // A territory made of one commune (Saint-Barthélemy, Saint-Martin) holds every place GeoNames files under it.
  const soleCommune = new Map<string, string>();
  for (const [country, departement] of Object.entries(OVERSEAS_COUNTRIES)) {
    const communes = [...departementOf].filter(([, d]) => d === departement);
    if (communes.length === 1) soleCommune.set(country, communes[0][0]);
  }

  const result = new Map<string, Candidate[]>();
  for (const place of places) {
    const insee = inseeCodeOf(place);
    const current = insee ? codes.get(insee) : soleCommune.get(place.countryCode);
    if (!current || !inTerritoryOf(place.countryCode, departementOf.get(current) as string)) continue;
    const attribution: Attribution = !insee ? 'sole-commune' : insee === current ? 'code' : 'former-code';
    const list = result.get(current) ?? [];
    list.push({ place, attribution });
    result.set(current, list);
  }
  return result;
}

export function meanCentre(points: readonly GeoPoint[]): GeoPoint {
  const sum = points.reduce((acc, p) => ({ latitude: acc.latitude + p.latitude, longitude: acc.longitude + p.longitude }), { latitude: 0, longitude: 0 });
  return { latitude: round(sum.latitude / points.length), longitude: round(sum.longitude / points.length) };
}

// Five decimals is about a metre: GeoNames gives no more.
const round = (value: number) => Math.round(value * 1e5) / 1e5;

/**
 * The communes to load, each with a centre: its GeoNames place, else the mean of the communes
 * located by GeoNames that share one of its postal codes, else those of its EPCI, else those of
 * its département. Only GeoNames points feed the means, so no estimate is built on another.
 */
export function buildCommunes(raw: readonly RawCommune[], epcis: readonly RawEpci[], places: readonly GeonamesPlace[]): CommunesBuild {
  const communes = raw.filter((c) => c.type === 'commune-actuelle');
  const epciOf = new Map<string, string>();
  for (const epci of epcis) for (const member of epci.membres) epciOf.set(member.code, epci.code);
  const candidates = candidatesByCommune(raw, places);

  const located = new Map<string, GeoPoint>();
  for (const c of communes) {
    const place = bestPlace(c.nom, candidates.get(c.code) ?? []);
    if (place) located.set(c.code, { latitude: place.latitude, longitude: place.longitude });
  }
  const misplaced = findMisplaced(communes, located);
  for (const { code } of misplaced) located.delete(code);

  // For each fallback, in order: the keys a commune has, and the located communes behind each key.
  const keysOf = (c: RawCommune): Record<Fallback, string[]> => ({
    postal_code: c.codesPostaux ?? [],
    epci: epciOf.has(c.code) ? [epciOf.get(c.code) as string] : [],
    departement: [c.departement],
  });
  const groups = Object.fromEntries(FALLBACKS.map((f) => [f, new Map<string, Set<string>>()])) as Record<Fallback, Map<string, Set<string>>>;
  for (const c of communes) {
    if (!located.has(c.code)) continue;
    const keys = keysOf(c);
    for (const fallback of FALLBACKS) {
      for (const key of keys[fallback]) groups[fallback].set(key, (groups[fallback].get(key) ?? new Set()).add(c.code));
    }
  }

  const rows: CommuneRow[] = [];
  const unlocated: CommunesBuild['unlocated'] = [];
  const countsBySource = Object.fromEntries(COORDINATES_SOURCES.map((s) => [s, 0])) as Record<CoordinatesSource, number>;
  for (const c of communes) {
    let point = located.get(c.code);
    let source: CoordinatesSource = 'geonames';
    if (!point) {
      const keys = keysOf(c);
      for (const fallback of FALLBACKS) {
        const neighbours = new Set(keys[fallback].flatMap((key) => [...(groups[fallback].get(key) ?? [])]));
        if (neighbours.size) {
          point = meanCentre([...neighbours].map((code) => located.get(code) as GeoPoint));
          source = fallback;
          break;
        }
      }
    }
    if (!point) {
      unlocated.push({ code: c.code, name: c.nom, departementCode: c.departement });
      continue;
    }
    countsBySource[source]++;
    rows.push({
      code: c.code,
      name: c.nom,
      normalizedName: normalizeName(c.nom),
      departementCode: c.departement,
      regionCode: c.region,
      postalCodes: [...new Set(c.codesPostaux ?? [])].sort(),
      epciCode: epciOf.get(c.code) ?? null,
      population: c.population ?? null,
      latitude: point.latitude,
      longitude: point.longitude,
      coordinatesSource: source,
    });
  }
  return { communes: rows, unlocated, misplaced, countsBySource };
}

/**
 * A GeoNames point farther than this from every other located commune of its postal codes
 * (two at least) is a misfiled place — a namesake, a mistyped longitude — and the commune is
 * better served by the fallback. A located commune lies 4 km from the mean of its postal-code
 * neighbours at the median, 13 km at the 99th percentile.
 */
export const MISPLACED_KM = 30;

export function findMisplaced(communes: readonly RawCommune[], located: ReadonlyMap<string, GeoPoint>): CommunesBuild['misplaced'] {
  const byPostalCode = new Map<string, string[]>();
  for (const c of communes) {
    if (!located.has(c.code)) continue;
    for (const postalCode of c.codesPostaux ?? []) {
      if (!byPostalCode.has(postalCode)) byPostalCode.set(postalCode, []);
      byPostalCode.get(postalCode)?.push(c.code);
    }
  }
  const misplaced: CommunesBuild['misplaced'] = [];
  for (const c of communes) {
    const point = located.get(c.code);
    if (!point) continue;
    const peers = new Set((c.codesPostaux ?? []).flatMap((postalCode) => byPostalCode.get(postalCode) ?? []));
    peers.delete(c.code);
    if (peers.size < 2) continue;
    const nearest = Math.min(...[...peers].map((code) => distanceKm(point, located.get(code) as GeoPoint)));
    if (nearest > MISPLACED_KM) misplaced.push({ code: c.code, name: c.nom, nearestKm: Math.round(nearest) });
  }
  return misplaced;
}
