import { allowedContractTypes } from '@iae/employers';
import { isValidSiret } from '@iae/core';
import { TestApp, createTestApp } from '@iae/testing';
import { NATIONAL_SCALE, seedNational } from '../../../libs/database/src/seeds/national.seed';

describe('the national-scale seed (npm run seed -- --scale=national), at a hundredth of its size', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedNational(t.dataSource, { factor: 0.01, log: () => undefined });
  });
  afterAll(() => t.close());

  it('creates the guide’s mix of SIAE kinds and the other employers', async () => {
    const rows: Array<{ kind: string; n: number }> = await t.dataSource.query(`SELECT kind, count(*)::int AS n FROM employers GROUP BY kind`);
    const counts = Object.fromEntries(rows.map((r) => [r.kind, r.n]));
    for (const [kind, n] of Object.entries({ ...NATIONAL_SCALE.siae, ...NATIONAL_SCALE.otherEmployers })) {
      expect({ kind, n: counts[kind] }).toEqual({ kind, n: Math.max(1, Math.round(n / 100)) });
    }
  });

  it('gives every structure a valid SIRET and a real commune', async () => {
    const rows: Array<{ siret: string; commune: string | null }> = await t.dataSource.query(
      `SELECT o.siret, c.code AS commune FROM employers e JOIN organizations o ON o.id = e.id LEFT JOIN communes c ON c.code = e.commune_code`,
    );
    expect(rows.every((r) => isValidSiret(r.siret) && r.commune)).toBe(true);
  });

  it('publishes job descriptions with contracts their employer kind may offer', async () => {
    const rows: Array<{ kind: string; contract_type: string; n: number }> = await t.dataSource.query(
      `SELECT e.kind, j.contract_type, count(*)::int AS n FROM job_descriptions j JOIN employers e ON e.id = j.employer_id GROUP BY 1, 2`,
    );
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(NATIONAL_SCALE.jobDescriptions / 100);
    for (const row of rows) expect({ ...row, allowed: allowedContractTypes(row.kind, ['PHC', 'CONVERGENCE']).includes(row.contract_type as never) }).toMatchObject({ allowed: true });
  });

  it('registers prescriber organisations, most of them habilitated and listed', async () => {
    const [{ total, habilitated, listed }] = await t.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE o.authorization_status = 'validated')::int AS habilitated,
              count(*) FILTER (WHERE p.description IS NOT NULL)::int AS listed
         FROM prescriber_organizations p JOIN organizations o ON o.id = p.id`,
    );
    expect(total).toBeGreaterThanOrEqual(120);
    expect(habilitated / total).toBeGreaterThan(0.6);
    expect(listed).toBe(total);
  });

  it('runs again without adding anything', async () => {
    const before = await t.dataSource.query(`SELECT (SELECT count(*) FROM employers) AS e, (SELECT count(*) FROM job_descriptions) AS j, (SELECT count(*) FROM prescriber_organizations) AS p`);
    await seedNational(t.dataSource, { factor: 0.01, log: () => undefined });
    const after = await t.dataSource.query(`SELECT (SELECT count(*) FROM employers) AS e, (SELECT count(*) FROM job_descriptions) AS j, (SELECT count(*) FROM prescriber_organizations) AS p`);
    expect(after).toEqual(before);
  });
});
