import { TestApp, createCandidate, createHabilitatedPrescriber, createSiae, createTestApp } from '@iae/testing';
import { NATIONAL_SCALE, seedNational } from '../../../libs/database/src/seeds/national.seed';

describe('the national seed beside people it did not create (the demo’s)', () => {
  let t: TestApp;
  const OUTSIDER = 'ffffffff-ffff-4fff-bfff-ffffffffffff';

  /** Copies a row under another id, with some columns changed (generated and identity columns are the database's). */
  async function copyRow(table: string, id: string, changes: Record<string, unknown>): Promise<void> {
    const rows: Array<{ column_name: string }> = await t.dataSource.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' AND is_identity = 'NO' ORDER BY ordinal_position`,
      [table],
    );
    const columns = rows.map((r) => r.column_name);
    const values: unknown[] = [id];
    const select = columns.map((c) => (c in changes ? `$${values.push(changes[c])}` : c));
    await t.dataSource.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select.join(', ')} FROM ${table} WHERE id = $1`, values);
  }

  beforeAll(async () => {
    t = await createTestApp();
    // A person of the demo (registered by an organisation, born in France) whose id sorts after every seeded one,
    // with a candidature: the seed once resumed from them and gave candidatures to 39 % of its people only.
    const prescriber = await createHabilitatedPrescriber(t);
    const siae = await createSiae(t, 'ACI');
    const person = await createCandidate(t, prescriber);
    const sent = await t.http
      .post('/api/candidatures')
      .set(prescriber.headers)
      .send({ candidateId: person.id, employerId: siae.organization.id, message: 'Accompagnée depuis 6 mois.' })
      .expect(201);
    await copyRow('candidates', person.id, {
      id: OUTSIDER,
      created_by_user_id: null,
      birth_country: 'FR',
      nir: null,
      nir_missing_reason: 'no_nir',
      email: null,
    });
    await copyRow('candidatures', sent.body.id, { id: '00000000-0000-4000-8000-00000000abcd', candidate_id: OUTSIDER });
    await seedNational(t.dataSource, { factor: 0.002, log: () => undefined });
  });
  afterAll(() => t.close());

  it('gives each of its own people their candidatures, and the others none', async () => {
    const rows: Array<{ seeded: boolean; people: number; without: number; candidatures: number }> = await t.dataSource.query(
      `SELECT seeded, count(*)::int AS people, count(*) FILTER (WHERE n = 0)::int AS without, sum(n)::int AS candidatures
         FROM (SELECT c.created_by_user_id IS NULL AND coalesce(c.birth_country, 'FR') <> 'FR' AS seeded,
                      (SELECT count(*) FROM candidatures x WHERE x.candidate_id = c.id) AS n
                 FROM candidates c) people
        GROUP BY seeded ORDER BY seeded`,
    );
    expect(rows).toEqual([
      { seeded: false, people: 2, without: 0, candidatures: 2 },
      { seeded: true, people: NATIONAL_SCALE.candidates * 0.002, without: 0, candidatures: NATIONAL_SCALE.candidates * 0.002 * 2 },
    ]);
  });

  it('fills a hole behind its cursor on the next run, and then says every one of its people has theirs', async () => {
    // A seeded person whose candidatures are gone (nothing points at a refused one but its transition).
    const [victim] = await t.dataSource.query(
      `SELECT c.id FROM candidates c WHERE c.created_by_user_id IS NULL AND coalesce(c.birth_country, 'FR') <> 'FR'
          AND NOT EXISTS (SELECT 1 FROM candidatures x WHERE x.candidate_id = c.id AND (x.state <> 'refused' OR x.pass_iae_id IS NOT NULL))
        ORDER BY c.id LIMIT 1`,
    );
    await t.dataSource.query(`DELETE FROM candidature_transitions WHERE candidature_id IN (SELECT id FROM candidatures WHERE candidate_id = $1)`, [victim.id]);
    await t.dataSource.query(`DELETE FROM candidatures WHERE candidate_id = $1`, [victim.id]);
    const lines: string[] = [];
    await seedNational(t.dataSource, { factor: 0.002, log: (line) => lines.push(line) });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM candidatures WHERE candidate_id = $1`, [victim.id]);
    expect(n).toBe(2);
    expect(lines.some((l) => l.includes('2 candidatures, every seeded candidate has theirs'))).toBe(true);
  });
});
