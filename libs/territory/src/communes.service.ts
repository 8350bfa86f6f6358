import { Injectable } from '@nestjs/common';
import { AddressInput, ResolvedAddress, resolveAddress } from './address';
import { CoordinatesSource } from './data/communes-data';
import { findDepartement } from './departements';
import { parseCommuneQuery } from './rules/commune-query';
import { CommuneRecord, TerritoryRepository } from './territory.repository';

export interface Commune {
  /** INSEE code (COG), e.g. 69123 or 2A004. */
  code: string;
  name: string;
  departementCode: string;
  departementName: string;
  regionCode: string;
  postalCodes: string[];
  epciCode: string | null;
  population: number | null;
  latitude: number;
  longitude: number;
  /** How the centre was obtained: the GeoNames place, or the mean of neighbours sharing a postal code, an EPCI, a département. */
  coordinatesSource: CoordinatesSource;
}

export const AUTOCOMPLETE_MAX_LIMIT = 50;
export const DEFAULT_AUTOCOMPLETE_LIMIT = 10;

/** Communes with their centre points: lookups by code, and the search-as-you-type behind every commune field. */
@Injectable()
export class CommunesService {
  constructor(private readonly repository: TerritoryRepository) {}

  async get(code: string): Promise<Commune | null> {
    const [commune] = await this.findByCodes([code]);
    return commune ?? null;
  }

  /** An address checked against the referential (400 naming the field otherwise), placed at the commune's centre. */
  async resolveAddress(input: AddressInput, field = 'address'): Promise<ResolvedAddress> {
    return resolveAddress(input, await this.get(input.communeCode), field);
  }

  /** The communes found, in no particular order; unknown codes are left out. */
  async findByCodes(codes: readonly string[]): Promise<Commune[]> {
    if (!codes.length) return [];
    const rows = await this.repository.communesByCodes([...new Set(codes)]);
    return rows.map(toCommune);
  }

  /**
   * By postal code (or its first 2 to 4 digits), else by name: names starting with the query,
   * then names with a word starting with it or spelt nearly like it, and only when there are
   * none of those, names that merely resemble it. The most populous first within each group.
   */
  async autocomplete(q: string, limit = DEFAULT_AUTOCOMPLETE_LIMIT): Promise<Commune[]> {
    const query = parseCommuneQuery(q);
    const n = Number.isInteger(limit) ? Math.min(Math.max(limit, 1), AUTOCOMPLETE_MAX_LIMIT) : DEFAULT_AUTOCOMPLETE_LIMIT;
    switch (query.kind) {
      case 'nothing':
        return [];
      case 'postalCode': {
        const found = await this.repository.communesByPostalCode(query.postalCode, n);
        // 69001 is Lyon's postal code and Affoux's INSEE code: the postal code wins.
        if (found.length || !query.inseeCode) return found.map(toCommune);
        return this.findByCodes([query.inseeCode]);
      }
      case 'inseeCode':
        return this.findByCodes([query.inseeCode]);
      case 'name': {
        const found = await this.repository.communesNameStartsWith(query.text, n);
        // Typing a name usually fills the list here; the trigram searches are for the rest.
        if (found.length === n || !query.fuzzy) return found.map(toCommune);
        found.push(...(await this.repository.communesNameHasWordOrNearWord(query.text, n - found.length)));
        // The loosest match only when nothing closer exists: "tolouse", "monpelier".
        if (!found.length) found.push(...(await this.repository.communesNameResembles(query.text, n)));
        return found.map(toCommune);
      }
    }
  }
}

function toCommune(row: CommuneRecord): Commune {
  return {
    code: row.code,
    name: row.name,
    departementCode: row.departement_code,
    departementName: findDepartement(row.departement_code)?.name ?? row.departement_code,
    regionCode: row.region_code,
    postalCodes: row.postal_codes,
    epciCode: row.epci_code,
    population: row.population,
    latitude: row.latitude,
    longitude: row.longitude,
    coordinatesSource: row.coordinates_source,
  };
}
