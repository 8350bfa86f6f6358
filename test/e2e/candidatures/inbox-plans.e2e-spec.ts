import { TestApp, createHabilitatedPrescriber, createSiae, createTestApp } from '@iae/testing';

/**
 * A prepared inbox page is planned once per connection, whatever the inbox: one connection in the pool, so that the
 * test reads the statements the requests prepared (`pg_prepared_statements` is per connection).
 */
describe('candidatures: the inbox pages of a large SIAE are not planned again at every page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-23T09:00:00Z', env: { DATABASE_POOL_SIZE: '1' } });
  });
  afterAll(() => t?.close());

  it('settles on one plan for every page of every inbox, by state and by cursor, after a few pages', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const large = await createSiae(t, 'ACI');
    const small = [];
    for (let i = 0; i < 12; i++) small.push(await createSiae(t, 'EI'));
    // 3,000 candidatures in one inbox, 10 in each of the others: the large inbox's own estimates differ from the others'.
    const spread = async (employerId: string, n: number) =>
      t.dataSource.query(
        `WITH people AS (
           INSERT INTO candidates (first_name, last_name, birth_date, nir_missing_reason, france_travail_id_missing_reason)
           SELECT 'Plan', 'Personne ' || g, '1990-01-01', 'no_nir', 'not_registered' FROM generate_series(1, $2) g RETURNING id)
         INSERT INTO candidatures (candidate_id, employer_id, state, sender_kind, sender_organization_id, sender_habilitated, message, created_at)
         SELECT id, $1, (ARRAY['new', 'processing', 'new', 'postponed'])[1 + (abs(hashtext(id::text)) % 4)], 'prescriber', $3, true, 'Motivé.',
                timestamptz '2026-11-23 08:00:00+00' - make_interval(mins => abs(hashtext(id::text)) % 100000)
           FROM people`,
        [employerId, n, prescriber.organization.id],
      );
    await spread(large.organization.id, 3000);
    for (const siae of small) await spread(siae.organization.id, 10);
    await t.dataSource.query(`ANALYZE candidatures`);

    for (let i = 0; i < 8; i++) {
      const first = await t.http.get('/api/candidatures/received').set(large.headers).expect(200);
      expect(first.body.items).toHaveLength(20);
      const next = await t.http.get('/api/candidatures/received').query({ cursor: first.body.nextCursor }).set(large.headers).expect(200);
      expect(next.body.items[0].id).not.toBe(first.body.items[0].id);
      await t.http.get('/api/candidatures/received').query({ state: 'postponed' }).set(large.headers).expect(200);
      await t.http
        .get('/api/candidatures/received')
        .set(small[i % small.length].headers)
        .expect(200);
    }

    const statements: Array<{ statement: string; generic_plans: string; custom_plans: string }> = await t.dataSource.query(
      `SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%ORDER BY c.created_at DESC, c.id DESC LIMIT%'`,
    );
    // The first page, the next one (cursor) and the postponed ones: three shapes, each planned for itself a few times, then
    // no more.
    expect(statements).toHaveLength(3);
    for (const s of statements) {
      expect(Number(s.generic_plans)).toBeGreaterThan(0);
      expect(Number(s.custom_plans)).toBeLessThanOrEqual(5);
    }

    // A rare state (a few obsolete ones, the oldest of the inbox, one of them archived): its page, and every page of
    // two states, hold what one reading of the table gives, in its order.
    const employerId = large.organization.id;
    await t.dataSource.query(
      `UPDATE candidatures SET state = 'obsolete' WHERE id IN (SELECT id FROM candidatures WHERE employer_id = $1 ORDER BY created_at, id LIMIT 6)`,
      [employerId],
    );
    await t.dataSource.query(
      `UPDATE candidatures SET archived_at = created_at WHERE id = (SELECT id FROM candidatures WHERE employer_id = $1 AND state = 'obsolete' ORDER BY created_at DESC LIMIT 1)`,
      [employerId],
    );
    const expected = async (states: string[]) =>
      (
        await t.dataSource.query(
          `SELECT id FROM candidatures WHERE employer_id = $1 AND state = ANY($2::text[]) AND archived_at IS NULL ORDER BY created_at DESC, id DESC`,
          [employerId, states],
        )
      ).map((r: { id: string }) => r.id);
    const obsolete = await t.http.get('/api/candidatures/received').query({ state: 'obsolete' }).set(large.headers).expect(200);
    expect(obsolete.body.items.map((c: { id: string }) => c.id)).toEqual(await expected(['obsolete']));
    expect(obsolete.body.items).toHaveLength(5);
    const listed: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await t.http.get('/api/candidatures/received').query({ state: 'obsolete,postponed', limit: 100, cursor }).set(large.headers).expect(200);
      listed.push(...page.body.items.map((c: { id: string }) => c.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(listed).toEqual(await expected(['obsolete', 'postponed']));
    expect(listed.length).toBeGreaterThan(500);

    // Read state by state through the (employer, state, date) index: no row of another state is read and dropped.
    const [byState] = await t.dataSource.query(
      `SELECT name FROM pg_prepared_statements WHERE statement LIKE '%unnest(%' AND statement NOT LIKE '%created_at, c.id) <%'`,
    );
    // EXECUTE takes no bound parameters: the values are ours (a UUID, a state, a number).
    const [{ 'QUERY PLAN': plan }] = await t.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE ${byState.name}('${employerId}', '{obsolete}', 21)`);
    const scans: Array<Record<string, unknown>> = [];
    const walk = (node: Record<string, unknown>) => {
      if (node['Relation Name'] === 'candidatures') scans.push(node);
      for (const child of (node.Plans as Array<Record<string, unknown>>) ?? []) walk(child);
    };
    walk(plan[0].Plan);
    expect(scans.map((n) => n['Index Name'])).toContain('candidatures_employer_state_idx');
    for (const scan of scans) expect(scan['Rows Removed by Filter'] ?? 0).toBeLessThanOrEqual(1);
  });
});
