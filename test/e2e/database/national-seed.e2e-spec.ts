import { allowedContractTypes } from '@iae/employers';
import { checkNir } from '@iae/candidates';
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
    for (const row of rows)
      expect({ ...row, allowed: allowedContractTypes(row.kind, ['PHC', 'CONVERGENCE']).includes(row.contract_type as never) }).toMatchObject({ allowed: true });
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

  it('registers candidates with valid NIRs, each followed by a habilitated prescriber, with 2 eligibility diagnoses', async () => {
    const candidates: Array<{ title: 'M' | 'MME'; birth_date: string; nir: string | null; nir_missing_reason: string | null; assignments: number }> =
      await t.dataSource.query(
        `SELECT c.title, c.birth_date::text, c.nir, c.nir_missing_reason, (SELECT count(*)::int FROM candidate_assignments a WHERE a.candidate_id = c.id) AS assignments
           FROM candidates c`,
      );
    expect(candidates).toHaveLength(NATIONAL_SCALE.candidates / 100);
    expect(candidates.filter((c) => c.nir && checkNir(c.nir, { title: c.title, birthDate: c.birth_date }) !== null)).toEqual([]);
    expect(candidates.every((c) => (c.nir === null) !== (c.nir_missing_reason === null) && c.assignments === 1)).toBe(true);

    const [diagnoses] = await t.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE d.author_kind = 'employer')::int AS by_siae,
              count(*) FILTER (WHERE d.author_kind = 'employer' AND d.expires_on - d.created_on <> 92)::int AS wrong_siae_length,
              count(*) FILTER (WHERE d.author_kind = 'prescriber' AND o.authorization_status <> 'validated')::int AS by_orienteur,
              count(*) FILTER (WHERE d.author_kind = 'employer' AND NOT EXISTS (SELECT 1 FROM eligibility_diagnosis_criteria c WHERE c.diagnosis_id = d.id))::int AS siae_without_criteria
         FROM eligibility_diagnoses d JOIN organizations o ON o.id = d.author_organization_id`,
    );
    expect(diagnoses).toMatchObject({ total: (NATIONAL_SCALE.candidates / 100) * 2, wrong_siae_length: 0, by_orienteur: 0, siae_without_criteria: 0 });
    expect(diagnoses.by_siae / diagnoses.total).toBeGreaterThan(0.1);
  });

  it('sends 2 candidatures per candidate, a quarter hired with their PASS IAE, some auto-prescribed', async () => {
    const [c] = await t.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE state = 'accepted')::int AS accepted,
              count(*) FILTER (WHERE state = 'accepted' AND e.kind IN ('ACI', 'AI', 'EI', 'ETTI', 'EITI') AND pass_iae_id IS NULL)::int AS siae_hire_without_pass,
              count(*) FILTER (WHERE sender_kind = 'employer' AND sender_organization_id = employer_id)::int AS auto_prescribed,
              count(*) FILTER (WHERE state <> 'new' AND NOT EXISTS (SELECT 1 FROM candidature_transitions tr WHERE tr.candidature_id = x.id))::int AS answered_without_log
         FROM candidatures x JOIN employers e ON e.id = x.employer_id`,
    );
    expect(c).toMatchObject({ total: (NATIONAL_SCALE.candidates / 100) * 2, siae_hire_without_pass: 0, answered_without_log: 0 });
    expect(c.accepted / c.total).toBeGreaterThan(0.08);
    expect(c.auto_prescribed).toBeGreaterThan(0);
    const [p] = await t.dataSource.query(
      `SELECT count(*)::int AS passes, count(DISTINCT candidate_id)::int AS people,
              count(*) FILTER (WHERE end_date - start_date <> 729)::int AS wrong_length,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM pass_iae_hires h WHERE h.pass_id = p.id AND h.issued_pass))::int AS without_hire
         FROM pass_iae p`,
    );
    expect(p).toMatchObject({ wrong_length: 0, without_hire: 0 });
    expect(p.people).toBe(p.passes);
  });

  it('runs again without adding anything', async () => {
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM employers) AS e, (SELECT count(*) FROM job_descriptions) AS j, (SELECT count(*) FROM prescriber_organizations) AS p, (SELECT count(*) FROM candidates) AS c, (SELECT count(*) FROM eligibility_diagnoses) AS d, (SELECT count(*) FROM candidatures) AS k`,
    );
    await seedNational(t.dataSource, { factor: 0.01, log: () => undefined });
    const after = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM employers) AS e, (SELECT count(*) FROM job_descriptions) AS j, (SELECT count(*) FROM prescriber_organizations) AS p, (SELECT count(*) FROM candidates) AS c, (SELECT count(*) FROM eligibility_diagnoses) AS d, (SELECT count(*) FROM candidatures) AS k`,
    );
    expect(after).toEqual(before);
  });
});
