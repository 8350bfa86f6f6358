import { PreparedShapes, preparedQuery } from '@iae/database';
import { EntityManager, QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { TestApp, createTestApp } from '@iae/testing';

describe('preparedQuery: reads PostgreSQL plans once per connection', () => {
  let t: TestApp;
  const TEXT = `SELECT $1::int + 1 AS n`;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('prepares a named statement on the transaction’s connection, once for every call of the same text', async () => {
    await t.dataSource.transaction(async (manager) => {
      expect(await preparedQuery(manager, TEXT, [1])).toEqual([{ n: 2 }]);
      expect(await preparedQuery(manager, TEXT, [41])).toEqual([{ n: 42 }]);
      const prepared: Array<{ name: string; statement: string }> = await manager.query(
        `SELECT name, statement FROM pg_prepared_statements WHERE statement = $1`,
        [TEXT],
      );
      expect(prepared).toHaveLength(1);
      expect(prepared[0].name).toMatch(/^p_[0-9a-f]{24}$/);
    });
  });

  it('runs outside a transaction on a pooled connection it gives back, and reports the database’s errors', async () => {
    for (let i = 0; i < 20; i++) expect(await preparedQuery(t.dataSource.manager, TEXT, [i])).toEqual([{ n: i + 1 }]);
    // The database's errors come as TypeORM's, which the problem mapping reads (a malformed value is a 400, not a 500).
    const failure = preparedQuery(t.dataSource.manager, `SELECT 1 / $1::int AS n`, [0]);
    await expect(failure).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failure).rejects.toThrow(/division by zero/);
    await expect(preparedQuery(t.dataSource.manager, `SELECT $1::uuid AS id`, ['not-a-uuid'])).rejects.toMatchObject({ driverError: { code: '22P02' } });
    // Twenty calls and a failure later, the pool still answers (every connection was released).
    expect(await t.dataSource.query(`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });

  it('refuses a manager whose transaction has ended instead of running on a connection handed back to the pool', async () => {
    let ended: EntityManager | undefined;
    await t.dataSource.transaction(async (manager) => {
      ended = manager;
    });
    await expect(preparedQuery(ended!, TEXT, [1])).rejects.toBeInstanceOf(QueryRunnerAlreadyReleasedError);
  });

  it('prepares the shapes of a read that follows the request from their third call, up to its limit, and runs the others unnamed', async () => {
    const shapes = new PreparedShapes(2);
    const texts = [1, 2, 3, 4].map((k) => `SELECT $1::int + ${k} AS n /* shape ${k} */`);
    const preparedNow = async (manager: EntityManager) =>
      (await manager.query(`SELECT statement FROM pg_prepared_statements WHERE statement = ANY($1::text[]) ORDER BY statement`, [texts])).map(
        (p: { statement: string }) => p.statement,
      );
    await t.dataSource.transaction(async (manager) => {
      // The fourth shape is called twice only; the third three times, once the first two took the places.
      for (let round = 0; round < 3; round++) {
        for (const [i, text] of texts.entries()) {
          if (i === 3 && round === 2) continue;
          expect(await shapes.query(manager, text, [round])).toEqual([{ n: round + i + 1 }]);
        }
        expect(await preparedNow(manager)).toEqual(round < 2 ? [] : texts.slice(0, 2));
      }
      for (const [i, text] of texts.entries()) expect(await shapes.query(manager, text, [10])).toEqual([{ n: 11 + i }]);
      expect(await preparedNow(manager)).toEqual(texts.slice(0, 2));
    });
  });
});
