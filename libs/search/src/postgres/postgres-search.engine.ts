import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { PreparedShapes } from '@iae/database';
import { TextTerm, anyTermQuery, termTiers } from '../rules/text-terms';
import {
  FacetValue,
  OfferHit,
  PrescriberHit,
  PrescriberSearchRequest,
  RebuildOptions,
  RebuildProgress,
  RebuildReport,
  SearchEngine,
  SearchFacets,
  SearchFilters,
  SearchPlace,
  SearchRequest,
  SearchResult,
  StructureHit,
} from '../search-engine';
import { OfferStatistics } from './offer-statistics';
import { OfferSearchStart, offerSearchStart, offersWithin, textShare } from './search-start';
import { Params, earthBox, earthChord, earthMetres, earthPoint } from './sql';
import { TextInterpreter } from './text-interpreter';

const OFFER_COLUMNS = `id, employer_id, title, appellation_code, appellation_label, rome_code, rome_label, domain_letter, employer_name,
  employer_brand, employer_kind, kinds, contract_type, hours_per_week, open_positions, is_resume_mandatory, spontaneous_candidatures_open,
  description, employer_description, commune_code, commune_name, departement_code, latitude, longitude, active_until, updated_at,
  recent_candidatures, employer_open_positions`;
const STRUCTURE_COLUMNS = `id, name, brand, kind, kinds, description, commune_code, commune_name, departement_code, latitude, longitude,
  spontaneous_candidatures_open, accepts_candidatures, active_until, open_offers, open_positions, offer_titles, offer_metiers,
  contract_types, rome_codes, appellation_codes, domain_letters, hours, resume_optional, updated_at, recent_candidatures`;
const PRESCRIBER_COLUMNS = `id, name, kind, habilitated, address_line, address_complement, postal_code, commune_code, commune_name,
  departement_code, latitude, longitude, phone, email, website, description`;

/** The vocabulary typos are corrected towards: words of titles, métiers and names (3 letters and more). */
const vocabulary = (texts: string) => `
  INSERT INTO search_words (word)
  SELECT DISTINCT w FROM (${texts}) texts(text), regexp_split_to_table(lower(immutable_unaccent(text)), '[^a-z0-9]+') AS w
  WHERE length(w) >= 3 AND w !~ '^[0-9]+$'
  ON CONFLICT DO NOTHING`;

const SEARCH_TABLES = ['search_job_offers', 'search_offer_places', 'search_structures', 'search_prescribers'];
const LOCK_NOT_AVAILABLE = '55P03';
const EMPTY_PLACES_WAIT_MS = 1_000;

/**
 * The shapes of page prepared per engine, from their third call: the common ones (the 40 searches of the bench's mix
 * make 18 shapes of offers). A shape keeps 100–400 kB of PostgreSQL's memory on each connection that ran it: under
 * 20 MB a connection.
 */
const OFFER_SHAPES_PREPARED = 32;
const STRUCTURE_SHAPES_PREPARED = 16;

/** Concurrent indexing of the same employer (two workers, a rebuild) waits its turn, in a fixed order. */
const LOCK_CLASS = 7_316;
const LOCK_BUCKETS = 1024;

const HIT_PLACE = (alias: string) =>
  `'place', json_build_object('communeCode', ${alias}.commune_code, 'communeName', ${alias}.commune_name, 'departementCode', ${alias}.departement_code,
                              'latitude', ${alias}.latitude, 'longitude', ${alias}.longitude)`;

const OFFER_HIT = `json_build_object(
  'id', o.id, 'employerId', o.employer_id, 'title', o.title, 'appellationCode', o.appellation_code, 'appellationLabel', o.appellation_label,
  'romeCode', o.rome_code, 'romeLabel', o.rome_label, 'domain', o.domain_letter, 'employerName', o.employer_name, 'employerBrand', o.employer_brand,
  'employerKind', o.employer_kind, 'programmes', o.kinds[2:], 'contractType', o.contract_type, 'hoursPerWeek', o.hours_per_week,
  'openPositions', o.open_positions, 'isResumeMandatory', o.is_resume_mandatory, 'spontaneousCandidaturesOpen', o.spontaneous_candidatures_open,
  ${HIT_PLACE('o')}, 'updatedAt', o.updated_at)`;

const STRUCTURE_HIT = `json_build_object(
  'id', s.id, 'name', s.name, 'brand', s.brand, 'kind', s.kind, 'programmes', s.kinds[2:], 'description', s.description, ${HIT_PLACE('s')},
  'openOffers', s.open_offers, 'acceptsCandidatures', s.accepts_candidatures, 'spontaneousCandidaturesOpen', s.spontaneous_candidatures_open,
  'updatedAt', s.updated_at)`;

const PRESCRIBER_HIT = `json_build_object(
  'id', p.id, 'name', p.name, 'kind', p.kind,
  'address', json_build_object('line', p.address_line, 'complement', p.address_complement, 'postalCode', p.postal_code),
  ${HIT_PLACE('p')}, 'phone', p.phone, 'email', p.email, 'website', p.website, 'description', p.description)`;

interface Statement {
  total: number;
  hits: unknown[];
  facets: Array<{ f: keyof SearchFacets; v: string; n: number }> | null;
}

/**
 * The embedded engine: searches its own copies of the sources (`search_*` tables), kept current by
 * the indexer. Text is matched on weighted French vectors (GIN), typos through the vocabulary's
 * trigrams, places through earth cubes (GiST); a page and its facets come from one statement.
 */
@Injectable()
export class PostgresSearchEngine extends SearchEngine {
  readonly name = 'postgres' as const;
  private readonly interpreter: TextInterpreter;
  private readonly offerStatistics: OfferStatistics;
  /**
   * Parsing and planning an offers page took a third of its time in PostgreSQL (0.5 ms of planning for a 1–9 ms
   * statement); the generic plan of each shape, kept per connection, runs as fast or faster: the engine has already
   * chosen where the statement starts reading.
   */
  private readonly offerShapes = new PreparedShapes(OFFER_SHAPES_PREPARED);
  /** The same for the structures, whose table is small enough that no plan reads much of it. */
  private readonly structureShapes = new PreparedShapes(STRUCTURE_SHAPES_PREPARED);

  constructor(private readonly dataSource: DataSource) {
    super();
    this.interpreter = new TextInterpreter(dataSource);
    this.offerStatistics = new OfferStatistics(dataSource);
  }

  async prepare(): Promise<void> {
    // The tables come with the migrations.
  }

  async isEmpty(): Promise<boolean> {
    const [{ empty }] = await this.dataSource.query(`SELECT NOT EXISTS (SELECT 1 FROM search_structures) AS empty`);
    return empty;
  }

  async searchOffers(request: SearchRequest): Promise<SearchResult<OfferHit>> {
    const terms = await this.interpreter.interpret(request.text.words);
    return this.offers(request, terms, await this.startOf(request, terms));
  }

  /** The tests hold the three starts to the same answers. */
  async searchOffersFrom(request: SearchRequest, start: OfferSearchStart): Promise<SearchResult<OfferHit>> {
    return this.offers(request, await this.interpreter.interpret(request.text.words), start);
  }

  private async offers(request: SearchRequest, terms: TextTerm[], start: OfferSearchStart): Promise<SearchResult<OfferHit>> {
    const statement = this.offersStatement(request, terms, start);
    const [row] = await this.offerShapes.query<Statement>(this.dataSource.manager, statement.text, statement.params);
    return { hits: row.hits as OfferHit[], total: row.total, facets: toFacets(row.facets), corrections: corrections(terms) };
  }

  /**
   * The planner cannot count the offers of a circle (it guesses a thousandth of them): with the text index
   * it reads every « agent » of the country to keep the few hundred of a town. The engine counts both sides.
   */
  private async startOf(request: SearchRequest, terms: TextTerm[]): Promise<OfferSearchStart> {
    if (!anyTermQuery(terms)) return 'place';
    const statistics = await this.offerStatistics.current();
    if (!statistics?.stems) return 'both';
    return offerSearchStart({
      inCircle: offersWithin(statistics.places, request.place),
      withText: textShare(statistics.stems, terms) * statistics.offers,
      offers: statistics.offers,
    });
  }

  /**
   * One statement: the matches are read once (from the places and their offers' index alone when nothing is typed,
   * through the text index otherwise), scored and kept aside; the facets are counted from their few hundred
   * combinations (one pass over the matches, instead of one per facet), and the page picked from them is the only
   * part read from the table.
   */
  private offersStatement(request: SearchRequest, terms: TextTerm[], start: OfferSearchStart): { text: string; params: unknown[] } {
    const p = new Params();
    const origin = originOf(request.place, p);
    const any = anyTermQuery(terms);
    // From the place: the circle is decided once per place (offers stand by the dozen at their commune's centre), and
    // each place's offers are read from a b-tree, several times faster per offer than from the location's GiST.
    const fromPlaces = start === 'place';
    const located = fromPlaces ? 'l' : 'o';
    const where = [...this.offerConditions(request, p, 'o'), ...placeConditions(request.place, origin, located, p, { indexed: start !== 'text' })];
    // ts_match_vq is the function behind @@, which no index answers: the places then choose the rows.
    if (any) where.push(fromPlaces ? `ts_match_vq(o.document, ${p.add(any, '::tsquery')})` : `o.document @@ ${p.add(any, '::tsquery')}`);
    const from = fromPlaces ? `search_offer_places l JOIN search_job_offers o ON o.latitude = l.latitude AND o.longitude = l.longitude` : `search_job_offers o`;
    const order = orderBy(request.sort, 'm');
    return {
      text: `
        WITH matched AS MATERIALIZED (
          SELECT o.id, o.employer_kind, 'PHC' = ANY(o.kinds) AS phc, 'CONVERGENCE' = ANY(o.kinds) AS convergence,
                 o.contract_type, o.departement_code, o.domain_letter, o.updated_at,
                 ${scoreExpression(terms, 'o', p)} AS score, ${any ? 'o.title_words' : '0'} AS exactness,
                 o.recent_candidatures::float8 / greatest(o.employer_open_positions, 1) AS pressure,
                 ${located}.location <-> ${origin} AS chord
            FROM ${from}
           WHERE ${where.join(' AND ')}
        ),
        combinations AS (
          SELECT employer_kind, contract_type, departement_code, domain_letter,
                 count(*)::int AS n, count(*) FILTER (WHERE phc)::int AS phc, count(*) FILTER (WHERE convergence)::int AS convergence
            FROM matched
           GROUP BY employer_kind, contract_type, departement_code, domain_letter
        ),
        counts AS (
          SELECT employer_kind, contract_type, departement_code, domain_letter,
                 GROUPING(employer_kind, contract_type, departement_code, domain_letter) AS grouping,
                 sum(n)::int AS n, sum(phc)::int AS phc, sum(convergence)::int AS convergence
            FROM combinations
           GROUP BY GROUPING SETS ((), (employer_kind), (contract_type), (departement_code), (domain_letter))
        ),
        page AS (SELECT m.* FROM matched m ORDER BY ${order} LIMIT ${p.add(request.limit)} OFFSET ${p.add(request.offset)})
        SELECT coalesce((SELECT n FROM counts WHERE grouping = 15), 0) AS total,
               (SELECT coalesce(json_agg(${OFFER_HIT} ORDER BY ${order}), '[]') FROM page m JOIN search_job_offers o ON o.id = m.id) AS hits,
               (SELECT json_agg(facet) FROM (
                  SELECT CASE grouping WHEN 7 THEN 'kinds' WHEN 11 THEN 'contractTypes' WHEN 13 THEN 'departements' ELSE 'domains' END AS f,
                         coalesce(employer_kind, contract_type, departement_code, domain_letter) AS v, n
                    FROM counts WHERE grouping <> 15
                  UNION ALL SELECT 'kinds', 'PHC', phc FROM counts WHERE grouping = 15 AND phc > 0
                  UNION ALL SELECT 'kinds', 'CONVERGENCE', convergence FROM counts WHERE grouping = 15 AND convergence > 0) facet) AS facets`,
      params: p.values,
    };
  }

  private offerConditions(request: SearchRequest, p: Params, alias: string): string[] {
    const f: SearchFilters = request.filters;
    const where = [`(${alias}.active_until IS NULL OR ${alias}.active_until > ${p.add(request.today, '::date')})`];
    if (f.kinds?.length) where.push(`${alias}.kinds && ${p.add(f.kinds, '::text[]')}`);
    if (f.departements?.length) where.push(`${alias}.departement_code = ANY(${p.add(f.departements, '::text[]')})`);
    if (f.contractTypes?.length) where.push(`${alias}.contract_type = ANY(${p.add(f.contractTypes, '::text[]')})`);
    if (f.domains?.length) where.push(`${alias}.domain_letter = ANY(${p.add(f.domains, '::text[]')})`);
    const metiers = [
      ...(f.romeCodes?.length ? [`${alias}.rome_code = ANY(${p.add(f.romeCodes, '::text[]')})`] : []),
      ...(f.appellationCodes?.length ? [`${alias}.appellation_code = ANY(${p.add(f.appellationCodes, '::text[]')})`] : []),
    ];
    if (metiers.length) where.push(`(${metiers.join(' OR ')})`);
    if (f.hoursMin !== undefined) where.push(`${alias}.hours_per_week >= ${p.add(f.hoursMin, '::int')}`);
    if (f.hoursMax !== undefined) where.push(`${alias}.hours_per_week <= ${p.add(f.hoursMax, '::int')}`);
    if (f.resumeOptional) where.push(`NOT ${alias}.is_resume_mandatory`);
    if (f.spontaneousOpen) where.push(`${alias}.spontaneous_candidatures_open`);
    return where;
  }

  async searchStructures(request: SearchRequest): Promise<SearchResult<StructureHit>> {
    const terms = await this.interpreter.interpret(request.text.words);
    const any = anyTermQuery(terms);
    const p = new Params();
    const origin = originOf(request.place, p);
    const f = request.filters;
    const where = [`(s.active_until IS NULL OR s.active_until > ${p.add(request.today, '::date')})`, ...placeConditions(request.place, origin, 's', p)];
    if (any) where.push(`s.document @@ ${p.add(any, '::tsquery')}`);
    if (f.kinds?.length) where.push(`s.kinds && ${p.add(f.kinds, '::text[]')}`);
    if (f.departements?.length) where.push(`s.departement_code = ANY(${p.add(f.departements, '::text[]')})`);
    if (f.contractTypes?.length) where.push(`s.contract_types && ${p.add(f.contractTypes, '::text[]')}`);
    if (f.domains?.length) where.push(`s.domain_letters && ${p.add(f.domains, '::text[]')}`);
    const metiers = [
      ...(f.romeCodes?.length ? [`s.rome_codes && ${p.add(f.romeCodes, '::text[]')}`] : []),
      ...(f.appellationCodes?.length ? [`s.appellation_codes && ${p.add(f.appellationCodes, '::text[]')}`] : []),
    ];
    if (metiers.length) where.push(`(${metiers.join(' OR ')})`);
    if (f.hoursMin !== undefined || f.hoursMax !== undefined) {
      // One offer must fit both bounds, not one offer each.
      where.push(`EXISTS (SELECT 1 FROM unnest(s.hours) AS h WHERE h >= ${p.add(f.hoursMin ?? 0, '::int')} AND h <= ${p.add(f.hoursMax ?? 32767, '::int')})`);
    }
    if (f.resumeOptional) where.push(`s.resume_optional`);
    if (f.spontaneousOpen) where.push(`s.spontaneous_candidatures_open AND s.accepts_candidatures`);
    const score = scoreExpression(terms, 's', p);
    const order = orderBy(request.sort, 'm');
    const [row] = await this.structureShapes.query<Statement>(
      this.dataSource.manager,
      `WITH matched AS MATERIALIZED (
           SELECT s.id, s.kinds, s.contract_types, s.departement_code, s.domain_letters, s.updated_at,
                  ${score} AS score, ${any ? 's.title_words' : '0'} AS exactness,
                  s.recent_candidatures::float8 / greatest(s.open_positions, 1) AS pressure,
                  s.location <-> ${origin} AS chord
             FROM search_structures s
            WHERE ${where.join(' AND ')}
         ),
         page AS (SELECT m.* FROM matched m ORDER BY ${order} LIMIT ${p.add(request.limit)} OFFSET ${p.add(request.offset)})
         SELECT (SELECT count(*)::int FROM matched) AS total,
                (SELECT coalesce(json_agg(${STRUCTURE_HIT} ORDER BY ${order}), '[]') FROM page m JOIN search_structures s ON s.id = m.id) AS hits,
                (SELECT json_agg(facet) FROM (
                   SELECT 'kinds' AS f, v, count(*)::int AS n FROM matched, unnest(kinds) AS v GROUP BY v
                   UNION ALL SELECT 'contractTypes', v, count(*)::int FROM matched, unnest(contract_types) AS v GROUP BY v
                   UNION ALL SELECT 'departements', departement_code, count(*)::int FROM matched GROUP BY departement_code
                   UNION ALL SELECT 'domains', v, count(*)::int FROM matched, unnest(domain_letters) AS v GROUP BY v) facet) AS facets`,
      p.values,
    );
    return { hits: row.hits as StructureHit[], total: row.total, facets: toFacets(row.facets), corrections: corrections(terms) };
  }

  async searchPrescribers(request: PrescriberSearchRequest): Promise<SearchResult<PrescriberHit>> {
    const terms = await this.interpreter.interpret(request.text.words);
    const any = anyTermQuery(terms);
    const p = new Params();
    const origin = originOf(request.place, p);
    const where = ['p.habilitated', ...placeConditions(request.place, origin, 'p', p)];
    if (any) where.push(`p.document @@ ${p.add(any, '::tsquery')}`);
    if (request.kinds?.length) where.push(`p.kind = ANY(${p.add(request.kinds, '::text[]')})`);
    const score = scoreExpression(terms, 'p', p);
    const order = `m.score DESC, m.exactness, m.chord, m.id`;
    const row: Statement = (
      await this.dataSource.query(
        `WITH matched AS MATERIALIZED (
           SELECT p.id, p.kind, p.departement_code, ${score} AS score, ${any ? 'p.title_words' : '0'} AS exactness, p.location <-> ${origin} AS chord
             FROM search_prescribers p
            WHERE ${where.join(' AND ')}
         ),
         page AS (SELECT m.* FROM matched m ORDER BY ${order} LIMIT ${p.add(request.limit)} OFFSET ${p.add(request.offset)})
         SELECT (SELECT count(*)::int FROM matched) AS total,
                (SELECT coalesce(json_agg(${PRESCRIBER_HIT} ORDER BY ${order}), '[]') FROM page m JOIN search_prescribers p ON p.id = m.id) AS hits,
                (SELECT json_agg(facet) FROM (
                   SELECT 'kinds' AS f, kind AS v, count(*)::int AS n FROM matched GROUP BY kind
                   UNION ALL SELECT 'departements', departement_code, count(*)::int FROM matched GROUP BY departement_code) facet) AS facets`,
        p.values,
      )
    )[0];
    return { hits: row.hits as PrescriberHit[], total: row.total, facets: toFacets(row.facets), corrections: corrections(terms) };
  }

  async indexEmployers(employerIds: string[]): Promise<void> {
    if (!employerIds.length) return;
    await this.dataSource.transaction(async (manager) => {
      await lockBuckets(manager, employerIds);
      await manager.query(`DELETE FROM search_job_offers WHERE employer_id = ANY($1::uuid[])`, [employerIds]);
      await manager.query(`DELETE FROM search_structures WHERE id = ANY($1::uuid[])`, [employerIds]);
      await manager.query(
        `INSERT INTO search_job_offers (${OFFER_COLUMNS}) SELECT ${OFFER_COLUMNS} FROM search_job_offer_sources WHERE employer_id = ANY($1::uuid[])
         ORDER BY departement_code, commune_code`,
        [employerIds],
      );
      await manager.query(
        `INSERT INTO search_structures (${STRUCTURE_COLUMNS}) SELECT ${STRUCTURE_COLUMNS} FROM search_structure_sources WHERE id = ANY($1::uuid[])`,
        [employerIds],
      );
      await manager.query(
        vocabulary(`SELECT DISTINCT title FROM search_job_offers WHERE employer_id = ANY($1::uuid[])
                    UNION SELECT name || ' ' || coalesce(brand, '') FROM search_structures WHERE id = ANY($1::uuid[])`),
        [employerIds],
      );
    });
  }

  async indexPrescribers(organizationIds: string[]): Promise<void> {
    if (!organizationIds.length) return;
    await this.dataSource.transaction(async (manager) => {
      await lockBuckets(manager, organizationIds);
      await manager.query(`DELETE FROM search_prescribers WHERE id = ANY($1::uuid[])`, [organizationIds]);
      await manager.query(
        `INSERT INTO search_prescribers (${PRESCRIBER_COLUMNS}) SELECT ${PRESCRIBER_COLUMNS} FROM search_prescriber_sources WHERE id = ANY($1::uuid[])`,
        [organizationIds],
      );
    });
  }

  /**
   * Employer by employer in batches (each its own short transaction, so searches keep answering),
   * near places together; then what no longer exists leaves, and the statistics are refreshed.
   */
  async rebuild(progress: RebuildProgress, options: RebuildOptions = {}): Promise<RebuildReport> {
    const employers: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM search_structure_sources ORDER BY departement_code, commune_code, id`);
    const batch = 250;
    for (let done = 0; done < employers.length; done += batch) {
      await this.indexEmployers(employers.slice(done, done + batch).map((e) => e.id));
      progress({ done: Math.min(done + batch, employers.length), total: employers.length, what: 'structures et offres' });
    }
    await this.dataSource.query(`DELETE FROM search_structures s WHERE NOT EXISTS (SELECT 1 FROM search_structure_sources x WHERE x.id = s.id)`);
    await this.dataSource.query(`DELETE FROM search_job_offers o WHERE NOT EXISTS (SELECT 1 FROM search_structures s WHERE s.id = o.employer_id)`);

    const prescribers: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM search_prescriber_sources ORDER BY departement_code, commune_code, id`,
    );
    for (let done = 0; done < prescribers.length; done += 2000) {
      await this.indexPrescribers(prescribers.slice(done, done + 2000).map((e) => e.id));
      progress({ done: Math.min(done + 2000, prescribers.length), total: prescribers.length, what: 'prescripteurs' });
    }
    await this.dataSource.query(`DELETE FROM search_prescribers p WHERE NOT EXISTS (SELECT 1 FROM search_prescriber_sources x WHERE x.id = p.id)`);
    await this.dataSource.query(vocabulary(`SELECT label || ' ' || rome_label FROM appellation_labels`));
    progress({ done: 0, total: 1, what: 'entretien des index' });
    const maintenance = await this.maintain(options.maintenanceWaitMs ?? 60_000);
    progress({ done: 1, total: 1, what: 'entretien des index' });
    const [counts] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM search_job_offers)::int AS offers, (SELECT count(*) FROM search_structures)::int AS structures,
              (SELECT count(*) FROM search_prescribers)::int AS prescribers`,
    );
    return { ...counts, maintenance };
  }

  /**
   * The lock waits for the writers of offers that added places (a trigger adds them) and holds new ones back: a
   * writer that found its place already there has committed its offers, which the deletion then sees. While it
   * waits, indexers queue behind it: it waits a second at most, and an empty place left costs a probe until the next
   * rebuild.
   */
  private async dropEmptyPlaces(runner: QueryRunner, waitMs: number): Promise<void> {
    await runner.startTransaction();
    try {
      await runner.query(`SELECT set_config('lock_timeout', $1, true)`, [lockTimeout(Math.min(waitMs, EMPTY_PLACES_WAIT_MS))]);
      await runner.query(`LOCK TABLE search_offer_places IN SHARE ROW EXCLUSIVE MODE`);
      await runner.query(
        `DELETE FROM search_offer_places l
          WHERE NOT EXISTS (SELECT 1 FROM search_job_offers o WHERE o.latitude = l.latitude AND o.longitude = l.longitude)`,
      );
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw error;
    }
  }

  /**
   * Outside a transaction: the places left without offers go; VACUUM marks pages all-visible, which the index-only
   * facet counts need; every row was replaced, so the indexes are rebuilt too, without blocking searches. REINDEX
   * CONCURRENTLY waits for every older transaction of the database (a seed can hold one for a quarter of an hour):
   * the wait is bounded, and what it leaves half-built is dropped, the old indexes serving on.
   */
  private async maintain(waitMs: number): Promise<'done' | 'postponed'> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT set_config('lock_timeout', $1, false)`, [lockTimeout(waitMs)]);
      await this.dropHalfBuiltIndexes(runner);
      await this.dropEmptyPlaces(runner, waitMs);
      await runner.query(`VACUUM (ANALYZE) ${SEARCH_TABLES.join(', ')}, search_words`);
      for (const table of SEARCH_TABLES) await runner.query(`REINDEX TABLE CONCURRENTLY ${table}`);
      return 'done';
    } catch (error) {
      if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw error;
      // Left for the next rebuild when even the drop has to wait.
      await this.dropHalfBuiltIndexes(runner).catch(() => undefined);
      return 'postponed';
    } finally {
      await runner.query(`RESET lock_timeout`).catch(() => undefined);
      await runner.release();
    }
  }

  /** An interrupted REINDEX CONCURRENTLY leaves invalid `…_ccnew` copies that every write would still maintain. */
  private async dropHalfBuiltIndexes(runner: QueryRunner): Promise<void> {
    const invalid: Array<{ name: string }> = await runner.query(
      `SELECT quote_ident(c.relname) AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
        WHERE NOT i.indisvalid AND t.relname = ANY($1) AND c.relname ~ '_ccnew[0-9]*$'`,
      [SEARCH_TABLES],
    );
    for (const { name } of invalid) await runner.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
  }

  async refreshCandidatureCounts({ dryRun }: { dryRun: boolean }): Promise<number> {
    const stale: Array<{ id: string }> = await this.dataSource.query(
      `SELECT s.id FROM search_structures s LEFT JOIN employer_recent_candidatures rc ON rc.employer_id = s.id
        WHERE s.recent_candidatures <> coalesce(rc.candidatures, 0)`,
    );
    if (dryRun) return stale.length;
    for (let i = 0; i < stale.length; i += 250) await this.indexEmployers(stale.slice(i, i + 250).map((s) => s.id));
    return stale.length;
  }
}

/** `lock_timeout` takes whole milliseconds, and 0 would mean no bound. */
function lockTimeout(ms: number): string {
  return `${Math.max(1, Math.round(ms))}ms`;
}

function originOf(place: SearchPlace, p: Params): string {
  return earthPoint(p.add(place.latitude, '::float8'), p.add(place.longitude, '::float8'));
}

/** The cube around the circle, which the location index answers (unless the text index alone is to), then the circle itself. */
function placeConditions(place: SearchPlace, origin: string, alias: string, p: Params, { indexed = true } = {}): string[] {
  const metres = p.add(earthMetres(place.radiusKm), '::float8');
  const chord = earthChord(metres);
  const circle = `cube_distance(${alias}.location, ${origin}) <= ${chord}`;
  return indexed ? [`${earthBox(origin, chord)} @> ${alias}.location`, circle] : [circle];
}

/** Per term, points for the best place it matched (title before métier before name before text). */
function scoreExpression(terms: TextTerm[], alias: string, p: Params): string {
  const parts = terms.flatMap((term) => {
    const tiers = termTiers(term);
    if (!tiers.length) return [];
    return [`CASE ${tiers.map((tier) => `WHEN ${alias}.document @@ ${p.add(tier.query, '::tsquery')} THEN ${tier.points}`).join(' ')} ELSE 0 END`];
  });
  return parts.length ? parts.join(' + ') : '0';
}

/**
 * Relevance is the terms matched and where, then how closely the title matches (fewer other
 * words); equally relevant results: the least asked structures first, then the nearest.
 */
function orderBy(sort: SearchRequest['sort'], alias: string): string {
  switch (sort) {
    case 'distance':
      return `${alias}.chord, ${alias}.score DESC, ${alias}.exactness, ${alias}.pressure, ${alias}.id`;
    case 'freshness':
      return `${alias}.updated_at DESC, ${alias}.score DESC, ${alias}.exactness, ${alias}.id`;
    case 'relevance':
      return `${alias}.score DESC, ${alias}.exactness, ${alias}.pressure, ${alias}.chord, ${alias}.id`;
  }
}

async function lockBuckets(manager: EntityManager, ids: string[]): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock(${LOCK_CLASS}, bucket)
       FROM (SELECT DISTINCT abs(hashtext(id::text)) % ${LOCK_BUCKETS} AS bucket FROM unnest($1::uuid[]) AS id ORDER BY 1) buckets`,
    [ids],
  );
}

function toFacets(rows: Statement['facets']): SearchFacets {
  const facets: SearchFacets = { kinds: [], contractTypes: [], departements: [], domains: [] };
  for (const row of rows ?? []) if (row.v !== null) facets[row.f].push({ value: row.v, count: row.n });
  for (const list of Object.values(facets) as FacetValue[][]) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}

function corrections(terms: TextTerm[]): Record<string, string[]> {
  return Object.fromEntries(terms.filter((t) => t.corrections.length).map((t) => [t.word, t.corrections.map((c) => c.word)]));
}
