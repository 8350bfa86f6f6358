import { CALLS_BEFORE_PREPARED } from '@iae/database';
import { TestApp, createTestApp } from '@iae/testing';

/**
 * An offers or structures page met often is planned once per connection and shape, then runs its generic plan: one connection in the pool, so
 * that the test reads the statements the requests prepared (`pg_prepared_statements` is per connection).
 */
describe('search: the offers and structures pages are not planned again at every search', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { DATABASE_POOL_SIZE: '1' } });
  });
  afterAll(() => t?.close());

  it('keeps one statement per shape, whatever the place, the radius or the page, and settles on its generic plan', async () => {
    const places = ['69123', '75056', '13055', '23096'];
    const rounds = 10;
    for (let i = 0; i < rounds; i++) {
      const commune = places[i % places.length];
      await t.http
        .get('/api/search/job-offers')
        .query({ commune, radius: [5, 10, 25, 50][i % 4] })
        .expect(200);
      await t.http
        .get('/api/search/job-offers')
        .query({ commune, kind: 'ACI', limit: 5 + i })
        .expect(200);
      await t.http
        .get('/api/search/structures')
        .query({ commune, radius: [5, 10, 25, 50][i % 4] })
        .expect(200);
    }
    const statements: Array<{ statement: string; generic_plans: string; custom_plans: string }> = await t.dataSource.query(
      `SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements WHERE statement LIKE '%WITH matched AS MATERIALIZED%'`,
    );
    // The offers without a filter and with one, the structures: three shapes, each run unnamed until prepared, then
    // planned for itself five times (PostgreSQL's rule), then no more.
    expect(statements.filter((s) => s.statement.includes('JOIN search_job_offers o'))).toHaveLength(2);
    expect(statements.filter((s) => s.statement.includes('FROM search_structures s'))).toHaveLength(1);
    expect(statements).toHaveLength(3);
    for (const s of statements) {
      expect(Number(s.custom_plans)).toBe(5);
      expect(Number(s.generic_plans)).toBe(rounds - (CALLS_BEFORE_PREPARED - 1) - 5);
    }
  });
});
