import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AddressInput, ResolvedAddress, resolveAddress } from './address';
import { CoordinatesSource } from './data/communes-data';
import { findDepartement } from './departements';
import { parseCommuneQuery } from './rules/commune-query';

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

interface CommuneRecord {
  code: string;
  name: string;
  departement_code: string;
  region_code: string;
  postal_codes: string[];
  epci_code: string | null;
  population: number | null;
  latitude: number;
  longitude: number;
  coordinates_source: CoordinatesSource;
}

const COLUMNS = 'code, name, departement_code, region_code, postal_codes, epci_code, population, latitude, longitude, coordinates_source';
const BY_POPULATION = 'population DESC NULLS LAST, code';

export const AUTOCOMPLETE_MAX_LIMIT = 50;
export const DEFAULT_AUTOCOMPLETE_LIMIT = 10;

/** Communes with their centre points: lookups by code, and the search-as-you-type behind every commune field. */
@Injectable()
export class CommunesService {
  constructor(private readonly dataSource: DataSource) {}

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
    const rows = await this.dataSource.query<CommuneRecord[]>(`SELECT ${COLUMNS} FROM communes WHERE code = ANY($1::text[])`, [[...new Set(codes)]]);
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
        const found = await this.byPostalCode(query.postalCode, n);
        // 69001 is Lyon's postal code and Affoux's INSEE code: the postal code wins.
        if (found.length || !query.inseeCode) return found.map(toCommune);
        return this.findByCodes([query.inseeCode]);
      }
      case 'inseeCode':
        return this.findByCodes([query.inseeCode]);
      case 'name': {
        const found = await this.nameStartsWith(query.text, n);
        // Typing a name usually fills the list here; the trigram searches are for the rest.
        if (found.length === n || !query.fuzzy) return found.map(toCommune);
        found.push(...(await this.nameHasWordOrNearWord(query.text, n - found.length)));
        // The loosest match only when nothing closer exists: "tolouse", "monpelier".
        if (!found.length) found.push(...(await this.nameResembles(query.text, n)));
        return found.map(toCommune);
      }
    }
  }

  /** A complete code through the GIN index on the array; a prefix through the one on every code's prefixes. */
  private byPostalCode(postalCode: string, limit: number): Promise<CommuneRecord[]> {
    const condition = postalCode.length === 5 ? 'postal_codes @> ARRAY[$1]' : 'postal_code_prefixes(postal_codes) @> ARRAY[$1]';
    return this.dataSource.query(`SELECT ${COLUMNS} FROM communes WHERE ${condition} ORDER BY ${BY_POPULATION} LIMIT $2`, [postalCode, limit]);
  }

  private nameStartsWith(text: string, limit: number): Promise<CommuneRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM communes
       WHERE normalized_name LIKE $1
       ORDER BY ${BY_POPULATION}
       LIMIT $2`,
      [`${text}%`, limit],
    );
  }

  /**
   * A word of the name starts with the text ("courcouronnes" finds Évry-Courcouronnes), else part
   * of the name is spelt nearly like it ("marseile" finds Marseille: word similarity ≥ 0.6).
   */
  private nameHasWordOrNearWord(text: string, limit: number): Promise<CommuneRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM (
         SELECT *, 1 AS tier, 1::real AS score FROM communes
         WHERE normalized_name LIKE $2 AND normalized_name NOT LIKE $3
         UNION ALL
         SELECT *, 2, word_similarity($1, normalized_name) FROM communes
         WHERE $1 <% normalized_name AND normalized_name NOT LIKE $2 AND normalized_name NOT LIKE $3
       ) found
       ORDER BY tier, score DESC, ${BY_POPULATION}
       LIMIT $4`,
      [text, `% ${text}%`, `${text}%`, limit],
    );
  }

  /** Whole-name trigram similarity ≥ 0.3; a commune ten times more populous counts as 0.1 closer. */
  private nameResembles(text: string, limit: number): Promise<CommuneRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM communes
       WHERE normalized_name % $1
       ORDER BY similarity(normalized_name, $1) + 0.1 * log(1 + coalesce(population, 0)) DESC, code
       LIMIT $2`,
      [text, limit],
    );
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
