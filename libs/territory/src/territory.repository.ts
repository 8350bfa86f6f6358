import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CoordinatesSource } from './data/communes-data';

/** A row of `communes` as the queries below answer it. */
export interface CommuneRecord {
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

/** The territory context's SQL, one method per query: the communes referential and its searches. */
@Injectable()
export class TerritoryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The communes of these INSEE codes (each once), in no particular order. */
  communesByCodes(codes: string[]): Promise<CommuneRecord[]> {
    return this.dataSource.query<CommuneRecord[]>(`SELECT ${COLUMNS} FROM communes WHERE code = ANY($1::text[])`, [codes]);
  }

  /** A complete code through the GIN index on the array; a prefix through the one on every code's prefixes. */
  communesByPostalCode(postalCode: string, limit: number): Promise<CommuneRecord[]> {
    const condition = postalCode.length === 5 ? 'postal_codes @> ARRAY[$1]' : 'postal_code_prefixes(postal_codes) @> ARRAY[$1]';
    return this.dataSource.query(`SELECT ${COLUMNS} FROM communes WHERE ${condition} ORDER BY ${BY_POPULATION} LIMIT $2`, [postalCode, limit]);
  }

  /** Communes whose normalized name starts with the text, the most populous first. */
  communesNameStartsWith(text: string, limit: number): Promise<CommuneRecord[]> {
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
  communesNameHasWordOrNearWord(text: string, limit: number): Promise<CommuneRecord[]> {
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
  communesNameResembles(text: string, limit: number): Promise<CommuneRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM communes
       WHERE normalized_name % $1
       ORDER BY similarity(normalized_name, $1) + 0.1 * log(1 + coalesce(population, 0)) DESC, code
       LIMIT $2`,
      [text, limit],
    );
  }
}
