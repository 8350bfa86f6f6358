import departementsData from '@etalab/decoupage-administratif/data/departements.json';
import regionsData from '@etalab/decoupage-administratif/data/regions.json';

export interface Departement {
  code: string;
  name: string;
  regionCode: string;
  zone: 'metro' | 'drom' | 'com';
}

export interface Region {
  code: string;
  name: string;
  zone: 'metro' | 'drom' | 'com';
}

type RawEntry = { code: string; nom: string; region?: string; zone: string };

/** The 101 départements of metropolitan France and the DROM, plus the overseas collectivities (COM). */
export const DEPARTEMENTS: readonly Departement[] = (departementsData as RawEntry[]).map((d) => ({
  code: d.code,
  name: d.nom,
  regionCode: d.region as string,
  zone: d.zone as Departement['zone'],
}));

export const REGIONS: readonly Region[] = (regionsData as RawEntry[]).map((r) => ({ code: r.code, name: r.nom, zone: r.zone as Region['zone'] }));

const DEPARTEMENT_BY_CODE = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
const REGION_BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function findDepartement(code: string): Departement | undefined {
  return DEPARTEMENT_BY_CODE.get(code);
}

export function findRegion(code: string): Region | undefined {
  return REGION_BY_CODE.get(code);
}

/** Where the State has a DDETS (metropolitan France and the DROM; not the COM). */
export function hasDdets(departementCode: string): boolean {
  const d = findDepartement(departementCode);
  return !!d && d.zone !== 'com';
}

export function hasDreets(regionCode: string): boolean {
  const r = findRegion(regionCode);
  return !!r && r.zone !== 'com';
}

export function departementsOfRegion(regionCode: string): Departement[] {
  return DEPARTEMENTS.filter((d) => d.regionCode === regionCode);
}
