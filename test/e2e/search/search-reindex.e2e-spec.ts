import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp, createOrganization, createTestApp } from '@iae/testing';

const ROOT = join(__dirname, '../../..');
const COMMAND = join(ROOT, 'dist/libs/search/src/reindex.js');

/** `npm run search:reindex`: what was written behind the indexer's back is found after it, and what is gone leaves. */
describe('search: npm run search:reindex', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const offers = async () => (await t.http.get('/api/search/job-offers?commune=69123').expect(200)).body;

  /** An offer of a Lyon employer written straight into the index, as a seed would, standing where it is told. */
  const insertOffer = (on: { query: DataSource['query'] }, offer: { employerId: string; title: string; latitude: number; longitude: number }) =>
    on.query(
      `INSERT INTO search_job_offers (id, employer_id, title, appellation_code, appellation_label, rome_code, rome_label, domain_letter, employer_name, employer_kind, kinds,
                                      contract_type, open_positions, is_resume_mandatory, spontaneous_candidatures_open, commune_code, commune_name, departement_code,
                                      latitude, longitude, updated_at, recent_candidatures, employer_open_positions)
       VALUES (gen_random_uuid(), $1, $2, '13861', 'Cuisinier / Cuisinière', 'G1602', 'Personnel de cuisine', 'G', 'Envie Rhône', 'EI', '{EI}',
               'FIXED_TERM_I', 1, false, true, '69123', 'Lyon', '69', $3, $4, $5, 0, 1)`,
      [offer.employerId, offer.title, offer.latitude, offer.longitude, t.clock.now()],
    );

  it('rebuilds the index from the sources, with a progress report, while the API answers', async () => {
    // Written by SQL, as a seed does: nobody told the indexer.
    const employer = await createOrganization(t.dataSource, { family: 'employer', kind: 'EI', name: 'Envie Rhône', communeCode: '69123' });
    const [{ id: jobId }] = await t.dataSource.query(
      `INSERT INTO job_descriptions (employer_id, appellation_code, contract_type, last_employer_update_at) VALUES ($1, '13861', 'FIXED_TERM_I', $2) RETURNING id`,
      [employer.id, t.clock.now()],
    );
    await insertOffer(t.dataSource, { employerId: employer.id, title: 'Offre disparue', latitude: 45.758, longitude: 4.835 });
    // Found from its place, which the offer's writing added.
    expect((await offers()).items.map((i: { title: string }) => i.title)).toEqual(['Offre disparue']);
    const emptyPlaces = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM search_offer_places l
            WHERE NOT EXISTS (SELECT 1 FROM search_job_offers o WHERE o.latitude = l.latitude AND o.longitude = l.longitude)`,
        )
      )[0].n;

    const run = spawnSync(process.execPath, [COMMAND], { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 30_000 });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('Rebuilding the search index (postgres)');
    expect(run.stdout).toContain('structures et offres: 1/1');
    expect(run.stdout).toMatch(/Indexed 1 job offer\(s\), 1 structure\(s\), \d+ prescriber organisation\(s\) in [\d.]+ s/);

    const after = await offers();
    expect(after.items.map((i: { id: string; title: string }) => [i.id, i.title])).toEqual([[jobId, 'Cuisinier / Cuisinière']]);
    // The vanished offer stood apart from Lyon's centre: its place went with it.
    expect(await emptyPlaces()).toBe(0);
    expect(await t.dataSource.query(`SELECT 1 FROM search_offer_places WHERE latitude = 45.758 AND longitude = 4.835`)).toEqual([]);
  });

  it('finds an offer moved by SQL at its new place', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM search_job_offers WHERE commune_code = '69123' LIMIT 1`);
    await t.dataSource.query(`UPDATE search_job_offers SET latitude = 45.7641, longitude = 4.8357 WHERE id = $1`, [id]);
    expect((await offers()).items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('lets a writer of offers hold its transaction: the upkeep goes on without emptying the places, which keep its own', async () => {
    const vacuums = async () => (await t.dataSource.query(`SELECT vacuum_count::int AS n FROM pg_stat_user_tables WHERE relname = 'search_words'`))[0].n;
    const before = await vacuums();
    const [{ id: employerId }] = await t.dataSource.query(`SELECT id FROM search_structures LIMIT 1`);
    const writer = t.dataSource.createQueryRunner();
    await writer.connect();
    try {
      await writer.startTransaction();
      await insertOffer(writer, { employerId, title: 'Offre en cours d’écriture', latitude: 45.7123, longitude: 4.8123 });
      const run = spawnSync(process.execPath, [COMMAND, '--maintenance-wait=0.2'], { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 30_000 });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      // The index rebuilds wait for the writer and are postponed; the vacuum, which does not, ran.
      expect(run.stdout).toContain('Index upkeep (VACUUM, REINDEX) postponed');
      expect(await vacuums()).toBeGreaterThan(before);
      await writer.commitTransaction();
    } finally {
      if (writer.isTransactionActive) await writer.rollbackTransaction();
      await writer.release();
    }
    expect(await t.dataSource.query(`SELECT 1 FROM search_offer_places WHERE latitude = 45.7123 AND longitude = 4.8123`)).toHaveLength(1);
  });

  it('does not wait without bound behind a long transaction: the upkeep is postponed, nothing half-built is left', async () => {
    const invalidIndexes = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE NOT i.indisvalid AND t.relname LIKE 'search_%'`,
        )
      )[0].n;
    // A session holding a snapshot, as a seed's transaction does for minutes.
    const seed = t.dataSource.createQueryRunner();
    await seed.connect();
    try {
      await seed.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await seed.query('SELECT count(*) FROM users');
      const run = spawnSync(process.execPath, [COMMAND, '--maintenance-wait=0.2'], { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 30_000 });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
      expect(run.stdout).toMatch(/Indexed \d+ job offer/);
      expect(run.stdout).toContain('Index upkeep (VACUUM, REINDEX) postponed');
      expect(await invalidIndexes()).toBe(0);
      expect((await offers()).items.length).toBeGreaterThan(0);
    } finally {
      await seed.query('ROLLBACK');
      await seed.release();
    }

    const again = spawnSync(process.execPath, [COMMAND], { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 30_000 });
    expect({ status: again.status, stderr: again.stderr }).toEqual({ status: 0, stderr: '' });
    expect(again.stdout).not.toContain('postponed');
    expect(await invalidIndexes()).toBe(0);
  });

  it('refuses a wait that is not a number of seconds', () => {
    const run = spawnSync(process.execPath, [COMMAND, '--maintenance-wait=bientôt'], { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('--maintenance-wait expects a number of seconds');
  });
});
