import { MigrationInterface, QueryRunner } from 'typeorm';

const SIAE = `('ACI', 'AI', 'EI', 'ETTI', 'EITI')`;
/** The day an employer stops being active: 30 days of grace for a SIAE (rules card); null while active. */
const ACTIVE_UNTIL = `CASE WHEN e.deactivated_on IS NULL THEN NULL WHEN e.kind IN ${SIAE} THEN e.deactivated_on + 30 ELSE e.deactivated_on END`;
const WORDS = (text: string) => `regexp_split_to_table(lower(immutable_unaccent(${text})), '[^a-z0-9]+')`;

/**
 * The embedded PostgreSQL search engine. The `*_sources` views say what each search document
 * is, read from the live tables of the employers, prescribers, métiers and territory contexts;
 * the indexer copies them into the `search_*` tables, which carry the weighted French text
 * vectors, the earth locations and the indexes a search needs. Being copies, they are filled
 * here for an existing database and kept current by the search queue (`npm run search:reindex`
 * rebuilds them). Activity ends with time (a convention's grace period), so rows keep the
 * `active_until` day and searches compare it with today.
 */
export class Search1763900000500 implements MigrationInterface {
  name = 'Search1763900000500';

  async up(db: QueryRunner): Promise<void> {
    // French stemming on unaccented words, so « maçonne » and « MACON » meet « maçon ».
    await db.query(`CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = pg_catalog.french)`);
    await db.query(`ALTER TEXT SEARCH CONFIGURATION french_unaccent ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem`);

    // Candidatures received by each employer in the last weeks, for fair ranking. The candidatures
    // context redefines this view over its own table (CREATE OR REPLACE, same two columns); until
    // then nobody has received any.
    await db.query(`CREATE VIEW employer_recent_candidatures AS SELECT NULL::uuid AS employer_id, NULL::integer AS candidatures WHERE false`);

    await db.query(`
      CREATE VIEW search_job_offer_sources AS
      SELECT j.id, j.employer_id,
             coalesce(j.custom_title, a.label) AS title,
             a.code AS appellation_code, a.label AS appellation_label,
             r.code::text AS rome_code, r.label AS rome_label, r.domain_letter::text AS domain_letter,
             o.name AS employer_name, e.brand AS employer_brand, e.kind AS employer_kind, ARRAY[e.kind] || e.programmes AS kinds,
             j.contract_type, j.hours_per_week, j.open_positions, j.is_resume_mandatory, e.spontaneous_candidatures_open,
             j.description, e.description AS employer_description,
             c.code AS commune_code, c.name AS commune_name, c.departement_code,
             CASE WHEN j.location_commune_code IS NULL THEN e.latitude ELSE c.latitude END AS latitude,
             CASE WHEN j.location_commune_code IS NULL THEN e.longitude ELSE c.longitude END AS longitude,
             ${ACTIVE_UNTIL} AS active_until,
             j.last_employer_update_at AS updated_at,
             coalesce(rc.candidatures, 0) AS recent_candidatures,
             (SELECT coalesce(sum(x.open_positions), 0)::int FROM job_descriptions x WHERE x.employer_id = e.id AND x.is_active) AS employer_open_positions
        FROM job_descriptions j
        JOIN employers e ON e.id = j.employer_id
        JOIN organizations o ON o.id = e.id
        JOIN appellations a ON a.code = j.appellation_code
        JOIN romes r ON r.code = a.rome_code
        JOIN communes c ON c.code = coalesce(j.location_commune_code, e.commune_code)
        LEFT JOIN employer_recent_candidatures rc ON rc.employer_id = e.id
       WHERE j.is_active AND NOT e.block_candidatures`);

    await db.query(`
      CREATE VIEW search_structure_sources AS
      SELECT e.id, o.name, e.brand, e.kind, ARRAY[e.kind] || e.programmes AS kinds, e.description,
             e.commune_code, c.name AS commune_name, c.departement_code, e.latitude, e.longitude,
             e.spontaneous_candidatures_open, NOT e.block_candidatures AS accepts_candidatures,
             ${ACTIVE_UNTIL} AS active_until,
             coalesce(jobs.open_offers, 0) AS open_offers,
             coalesce(jobs.open_positions, 0) AS open_positions,
             coalesce(jobs.titles, '') AS offer_titles,
             coalesce(jobs.metiers, '') AS offer_metiers,
             coalesce(jobs.contract_types, '{}') AS contract_types,
             coalesce(jobs.rome_codes, '{}') AS rome_codes,
             coalesce(jobs.appellation_codes, '{}') AS appellation_codes,
             coalesce(jobs.domain_letters, '{}') AS domain_letters,
             coalesce(jobs.hours, '{}') AS hours,
             coalesce(jobs.resume_optional, false) AS resume_optional,
             coalesce(jobs.updated_at, greatest(e.updated_at, o.updated_at)) AS updated_at,
             coalesce(rc.candidatures, 0) AS recent_candidatures
        FROM employers e
        JOIN organizations o ON o.id = e.id
        JOIN communes c ON c.code = e.commune_code
        LEFT JOIN LATERAL (
          SELECT count(*)::int AS open_offers, sum(j.open_positions)::int AS open_positions,
                 string_agg(DISTINCT coalesce(j.custom_title, a.label), ' ') AS titles,
                 string_agg(DISTINCT a.label || ' ' || r.label, ' ') AS metiers,
                 array_agg(DISTINCT j.contract_type) AS contract_types,
                 array_agg(DISTINCT r.code::text) AS rome_codes,
                 array_agg(DISTINCT a.code) AS appellation_codes,
                 array_agg(DISTINCT r.domain_letter::text) AS domain_letters,
                 array_agg(DISTINCT j.hours_per_week) FILTER (WHERE j.hours_per_week IS NOT NULL) AS hours,
                 bool_or(NOT j.is_resume_mandatory) AS resume_optional,
                 max(j.last_employer_update_at) AS updated_at
            FROM job_descriptions j
            JOIN appellations a ON a.code = j.appellation_code
            JOIN romes r ON r.code = a.rome_code
           WHERE j.employer_id = e.id AND j.is_active AND NOT e.block_candidatures
        ) jobs ON true
        LEFT JOIN employer_recent_candidatures rc ON rc.employer_id = e.id`);

    await db.query(`
      CREATE VIEW search_prescriber_sources AS
      SELECT p.id, o.name, p.kind, o.authorization_status = 'validated' AS habilitated,
             p.address_line, p.address_complement, p.postal_code, p.commune_code, c.name AS commune_name, c.departement_code,
             p.latitude, p.longitude, p.phone, p.email::text AS email, p.website, p.description
        FROM prescriber_organizations p
        JOIN organizations o ON o.id = p.id
        JOIN communes c ON c.code = p.commune_code`);

    // Text weights: A what the offer is called, B its métier, C who offers it, D the descriptions.
    await db.query(`
      CREATE TABLE search_job_offers (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL,
        title text NOT NULL,
        appellation_code text NOT NULL,
        appellation_label text NOT NULL,
        rome_code text NOT NULL,
        rome_label text NOT NULL,
        domain_letter text NOT NULL,
        employer_name text NOT NULL,
        employer_brand text,
        employer_kind text NOT NULL,
        kinds text[] NOT NULL,
        contract_type text NOT NULL,
        hours_per_week smallint,
        open_positions smallint NOT NULL,
        is_resume_mandatory boolean NOT NULL,
        spontaneous_candidatures_open boolean NOT NULL,
        description text,
        employer_description text,
        commune_code text NOT NULL,
        commune_name text NOT NULL,
        departement_code text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        active_until date,
        updated_at timestamptz NOT NULL,
        recent_candidatures integer NOT NULL,
        employer_open_positions integer NOT NULL,
        location earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
        -- Between equally matched titles, the one with fewer other words is the closer match.
        title_words smallint GENERATED ALWAYS AS (length(to_tsvector('public.french_unaccent', title))) STORED,
        document tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('public.french_unaccent', title), 'A') ||
          setweight(to_tsvector('public.french_unaccent', appellation_label || ' ' || rome_label), 'B') ||
          setweight(to_tsvector('public.french_unaccent', employer_name || ' ' || coalesce(employer_brand, '')), 'C') ||
          setweight(to_tsvector('public.french_unaccent', coalesce(description, '') || ' ' || coalesce(employer_description, '')), 'D')
        ) STORED
      )`);

    await db.query(`
      CREATE TABLE search_structures (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        brand text,
        kind text NOT NULL,
        kinds text[] NOT NULL,
        description text,
        commune_code text NOT NULL,
        commune_name text NOT NULL,
        departement_code text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        spontaneous_candidatures_open boolean NOT NULL,
        accepts_candidatures boolean NOT NULL,
        active_until date,
        open_offers integer NOT NULL,
        open_positions integer NOT NULL,
        offer_titles text NOT NULL,
        offer_metiers text NOT NULL,
        contract_types text[] NOT NULL,
        rome_codes text[] NOT NULL,
        appellation_codes text[] NOT NULL,
        domain_letters text[] NOT NULL,
        hours smallint[] NOT NULL,
        resume_optional boolean NOT NULL,
        updated_at timestamptz NOT NULL,
        recent_candidatures integer NOT NULL,
        location earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
        title_words smallint GENERATED ALWAYS AS (length(to_tsvector('public.french_unaccent', name || ' ' || coalesce(brand, '')))) STORED,
        document tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('public.french_unaccent', name || ' ' || coalesce(brand, '')), 'A') ||
          setweight(to_tsvector('public.french_unaccent', offer_titles), 'B') ||
          setweight(to_tsvector('public.french_unaccent', offer_metiers), 'C') ||
          setweight(to_tsvector('public.french_unaccent', coalesce(description, '')), 'D')
        ) STORED
      )`);

    await db.query(`
      CREATE TABLE search_prescribers (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        habilitated boolean NOT NULL,
        address_line text,
        address_complement text,
        postal_code text,
        commune_code text NOT NULL,
        commune_name text NOT NULL,
        departement_code text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        phone text,
        email text,
        website text,
        description text,
        location earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
        title_words smallint GENERATED ALWAYS AS (length(to_tsvector('public.french_unaccent', name))) STORED,
        document tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('public.french_unaccent', name), 'A') || setweight(to_tsvector('public.french_unaccent', coalesce(description, '')), 'D')
        ) STORED
      )`);

    // The words of titles, métiers and names: what a mistyped query word was meant to be.
    await db.query(`CREATE TABLE search_words (word text PRIMARY KEY)`);

    await this.fill(db);

    await db.query(`CREATE INDEX search_job_offers_document_idx ON search_job_offers USING gin (document)`);
    // A radius search without text filters, counts its facets and picks its page from this index
    // alone (index-only scans): the table is read for the page's rows only.
    await db.query(`
      CREATE INDEX search_job_offers_location_idx ON search_job_offers USING gist (location)
      INCLUDE (id, active_until, employer_kind, kinds, contract_type, departement_code, domain_letter, rome_code, appellation_code,
               hours_per_week, is_resume_mandatory, spontaneous_candidatures_open, updated_at, recent_candidatures, employer_open_positions)`);
    await db.query(`CREATE INDEX search_job_offers_employer_idx ON search_job_offers (employer_id)`);
    await db.query(`CREATE INDEX search_structures_document_idx ON search_structures USING gin (document)`);
    await db.query(`CREATE INDEX search_structures_location_idx ON search_structures USING gist (location)`);
    await db.query(`CREATE INDEX search_prescribers_document_idx ON search_prescribers USING gin (document)`);
    await db.query(`CREATE INDEX search_prescribers_location_idx ON search_prescribers USING gist (location) INCLUDE (habilitated, kind)`);
    await db.query(`CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)`);
    // The indexer rewrites rows all day: vacuum early, so that the visibility map keeps the
    // index-only scans index-only and the text index's pending list stays short.
    for (const table of ['search_job_offers', 'search_structures', 'search_prescribers']) {
      await db.query(
        `ALTER TABLE ${table} SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.05)`,
      );
    }
    await db.query(`ANALYZE search_job_offers, search_structures, search_prescribers, search_words`);
  }

  /** Copies what already exists, near places together so that a radius reads few pages. */
  private async fill(db: QueryRunner): Promise<void> {
    await db.query(`INSERT INTO search_job_offers SELECT * FROM search_job_offer_sources ORDER BY departement_code, commune_code`);
    await db.query(`INSERT INTO search_structures SELECT * FROM search_structure_sources ORDER BY departement_code, commune_code`);
    await db.query(`INSERT INTO search_prescribers SELECT * FROM search_prescriber_sources ORDER BY departement_code, commune_code`);
    await db.query(`
      INSERT INTO search_words (word)
      SELECT DISTINCT w FROM (
        SELECT a.label || ' ' || r.label AS text FROM appellations a JOIN romes r ON r.code = a.rome_code
        UNION SELECT title FROM search_job_offers
        UNION SELECT name || ' ' || coalesce(brand, '') FROM search_structures
      ) texts, ${WORDS('text')} AS w
      WHERE length(w) >= 3 AND w !~ '^[0-9]+$'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS search_words, search_prescribers, search_structures, search_job_offers`);
    await db.query(`DROP VIEW IF EXISTS search_prescriber_sources, search_structure_sources, search_job_offer_sources`);
    await db.query(`DROP VIEW IF EXISTS employer_recent_candidatures`);
    await db.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS french_unaccent`);
  }
}
