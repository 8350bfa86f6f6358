import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TestApp, createTestApp } from '@iae/testing';

/**
 * `npm run import:rome` end to end: the built command, run on France Travail files
 * (ROME 3 and ROME 4.0 extracts) against this worker's database.
 */
const ROOT = resolve(__dirname, '../../..');
const COMMAND = join(ROOT, 'dist/libs/metiers/src/import-rome.js');
const FIXTURES = join(ROOT, 'libs/metiers/src/import/__fixtures__');
const fixture = (name: string) => join(FIXTURES, name);

const ALL_FILES = [
  'unix_referentiel_code_rome_v327_utf8.csv',
  'unix_referentiel_appellation_v346_utf8.csv',
  'unix_referentiel_code_rome_v461_utf8.csv',
  'unix_referentiel_appellation_v461_utf8.csv',
  'unix_cr_gd_dp_v461_utf8.csv',
  'unix_fiche_emploi_metier_v461.json',
].map(fixture);

const NEW_ROMES = ['A1101', 'A1204', 'F1402', 'K2401', 'M1805', 'M1855'];
const NEW_APPELLATIONS = ['11076', '11107', '11909', '15469', '19438', '10200', '14153', '200151', '10944', '15569'];

function importRome(...files: string[]) {
  // The test process's environment: DATABASE_URL is this worker's database.
  return spawnSync(process.execPath, [COMMAND, ...files], { cwd: ROOT, env: process.env, encoding: 'utf8', timeout: 20_000 });
}

describe('npm run import:rome', () => {
  let t: TestApp;
  beforeAll(async () => {
    if (!existsSync(COMMAND)) throw new Error(`${COMMAND} is missing: run node scripts/build.mjs first`);
    t = await createTestApp();
  });
  // The referential tables are kept between test files: leave them as the migration made them.
  afterAll(async () => {
    await t.dataSource.query(`DELETE FROM appellations WHERE code = ANY($1)`, [NEW_APPELLATIONS]);
    await t.dataSource.query(`DELETE FROM romes WHERE code = ANY($1)`, [NEW_ROMES]);
    await t.dataSource.query(`REFRESH MATERIALIZED VIEW appellation_words`);
    await t.close();
  });

  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM rome_domains)::int AS domains, (SELECT count(*) FROM romes)::int AS romes, (SELECT count(*) FROM appellations)::int AS appellations`,
      )
    )[0];

  it('refuses appellations whose métier is nowhere, and writes nothing', async () => {
    const before = await counts();
    const run = importRome(fixture('unix_referentiel_appellation_v346_utf8.csv'));
    expect(run.status).toBe(65);
    expect(run.stderr).toContain(
      'Import refused, nothing written: 1 ROME code(s) used by appellations are neither in the files nor in the database: K2401 (appellation 11076)',
    );
    expect(await counts()).toEqual(before);
  });

  it('upserts domains, métiers and appellations from ROME 3 and ROME 4.0 files, and prints the counts', async () => {
    const before = await counts();
    const run = importRome(...ALL_FILES);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    expect(run.stdout).toContain('Read unix_referentiel_code_rome_v327_utf8.csv: 0 domain(s), 7 métier(s), 0 appellation(s)');
    expect(run.stdout).toContain('Read unix_fiche_emploi_metier_v461.json: 0 domain(s), 1 métier(s), 3 appellation(s)');
    expect(run.stdout).toContain('Domains:      0 inserted, 0 updated, 1 unchanged');
    expect(run.stdout).toContain('ROME métiers: 6 inserted, 0 updated, 3 unchanged');
    expect(run.stdout).toContain('Appellations: 10 inserted, 0 updated, 0 unchanged');
    expect(await counts()).toEqual({ domains: 14, romes: before.romes + 6, appellations: before.appellations + 10 });

    const romes = await t.dataSource.query(`SELECT code, label, domain_letter FROM romes WHERE code = ANY($1) ORDER BY code`, [
      ['A1101', 'K2401', 'M1855', 'F1703'],
    ]);
    expect(romes).toEqual([
      // The ROME 4.0 file came after the ROME 3 one: its label wins.
      { code: 'A1101', label: "Conducteur / Conductrice d'engins agricoles", domain_letter: 'A' },
      { code: 'F1703', label: 'Maçonnerie', domain_letter: 'F' },
      { code: 'K2401', label: "Recherche en sciences de l'homme et de la société", domain_letter: 'K' },
      { code: 'M1855', label: 'Développeur / Développeuse web', domain_letter: 'M' },
    ]);
    const appellations = await t.dataSource.query(`SELECT code, label, rome_code, normalized_label FROM appellations WHERE code = ANY($1) ORDER BY code`, [
      ['11909', '15569', '200151'],
    ]);
    expect(appellations).toEqual([
      {
        code: '11909',
        label: "Chargé / Chargée d'études en sciences humaines",
        rome_code: 'K2401',
        normalized_label: 'charge chargee d etudes en sciences humaines',
      },
      {
        code: '15569',
        label: 'Informaticien / Informaticienne de développement',
        rome_code: 'M1805',
        normalized_label: 'informaticien informaticienne de developpement',
      },
      { code: '200151', label: 'Développeur / Développeuse back-end', rome_code: 'M1855', normalized_label: 'developpeur developpeuse back end' },
    ]);
  });

  it('makes the imported appellations searchable at once', async () => {
    const response = await t.http.get('/api/metiers').query({ q: 'developpeur back' }).expect(200);
    expect(response.body.items[0]).toEqual({
      code: '200151',
      label: 'Développeur / Développeuse back-end',
      romeCode: 'M1855',
      romeLabel: 'Développeur / Développeuse web',
      domainLetter: 'M',
    });
    expect((await t.http.get('/api/romes/K2401').expect(200)).body.appellations).toHaveLength(5);
  });

  it('changes nothing when run twice', async () => {
    const stamp = async () =>
      t.dataSource.query(
        `SELECT (SELECT max(updated_at) FROM romes) AS romes, (SELECT max(updated_at) FROM appellations) AS appellations, (SELECT max(updated_at) FROM rome_domains) AS domains`,
      );
    const before = { counts: await counts(), stamp: await stamp() };
    const run = importRome(...ALL_FILES);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ROME métiers: 0 inserted, 0 updated, 9 unchanged');
    expect(run.stdout).toContain('Appellations: 0 inserted, 0 updated, 10 unchanged');
    expect({ counts: await counts(), stamp: await stamp() }).toEqual(before);
  });

  it('updates a label that changed between versions', async () => {
    const run = importRome(fixture('unix_referentiel_code_rome_v327_utf8.csv'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('ROME métiers: 0 inserted, 1 updated, 6 unchanged');
    const [a1101] = await t.dataSource.query(`SELECT label FROM romes WHERE code = 'A1101'`);
    expect(a1101.label).toBe("Conduite d'engins agricoles et forestiers");
  });

  it('refuses a file it does not recognise, with a message and a non-zero exit', async () => {
    const before = await counts();
    const run = importRome(fixture('unix_referentiel_code_rome_v461_utf8.csv'), fixture('communes.csv'));
    expect(run.status).toBe(65);
    expect(run.stderr).toContain('communes.csv: unrecognised CSV columns (code_insee, nom_commune, code_postal)');
    expect(await counts()).toEqual(before);
  });

  it('refuses a row with an invalid code, naming the file and the line', async () => {
    const run = importRome(fixture('unix_referentiel_code_rome_invalid_utf8.csv'));
    expect(run.status).toBe(65);
    expect(run.stderr).toContain('unix_referentiel_code_rome_invalid_utf8.csv, line 3: invalid ROME code « K22O4 »');
  });

  it('says how to use it, and refuses a missing file', () => {
    expect(importRome().status).toBe(64);
    const missing = importRome(fixture('unix_referentiel_code_rome_v999_utf8.csv'));
    expect(missing.status).toBe(66);
    expect(missing.stderr).toContain('Cannot read');
  });
});
