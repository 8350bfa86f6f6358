import { DeferredTable, deferInsert, flushDeferredInserts } from '@iae/database';
import { EntityManager, QueryFailedError } from 'typeorm';
import { TestApp, createTestApp } from '@iae/testing';

describe('deferInsert: rows a transaction only writes go with its commit, in one statement', () => {
  let t: TestApp;
  const NOTES: DeferredTable = {
    table: 'deferred_probe_notes',
    columns: [
      ['label', 'text'],
      ['details', 'jsonb'],
      ['at', 'timestamptz'],
    ],
  };
  const MARKS: DeferredTable = { table: 'deferred_probe_marks', columns: [['label', 'text']] };
  const FOLLOWS: DeferredTable = {
    table: 'deferred_probe_follows',
    columns: [
      ['person', 'text'],
      ['organization', 'text'],
      ['who', 'text'],
      ['reason', 'text'],
    ],
    onConflict: { key: ['person', 'organization'], update: ['who'], touch: 'touched_at' },
  };
  const follows = async () =>
    (await t.dataSource.query(
      `SELECT person, organization, who, reason, touched_at IS NOT NULL AS touched FROM deferred_probe_follows ORDER BY seq`,
    )) as unknown[];
  const at = new Date('2026-03-02T10:00:00Z');

  const notes = async () =>
    (await t.dataSource.query(`SELECT label, details, at FROM deferred_probe_notes ORDER BY seq`)) as Array<{ label: string; details: unknown; at: Date }>;
  const marks = async () => ((await t.dataSource.query(`SELECT label FROM deferred_probe_marks ORDER BY seq`)) as Array<{ label: string }>).map((r) => r.label);

  /** Runs `body` in a savepoint of `manager`'s transaction that then fails, and checks the failure reached the caller. */
  const inFailingSavepoint = (manager: EntityManager, body: (inner: EntityManager) => Promise<void>) =>
    expect(
      manager.transaction(async (inner) => {
        await body(inner);
        throw new Error('inner failure');
      }),
    ).rejects.toThrow('inner failure');

  beforeAll(async () => {
    t = await createTestApp();
    await t.dataSource.query(`CREATE TABLE deferred_probe_notes (seq bigint GENERATED ALWAYS AS IDENTITY, label text NOT NULL, details jsonb, at timestamptz)`);
    await t.dataSource.query(`CREATE TABLE deferred_probe_marks (seq bigint GENERATED ALWAYS AS IDENTITY, label text NOT NULL)`);
    await t.dataSource.query(
      `CREATE TABLE deferred_probe_follows (seq bigint GENERATED ALWAYS AS IDENTITY, person text, organization text, who text, reason text, touched_at timestamptz,
         PRIMARY KEY (person, organization))`,
    );
  });
  beforeEach(async () => {
    await t.dataSource.query(`TRUNCATE deferred_probe_notes, deferred_probe_marks, deferred_probe_follows`);
  });
  afterAll(async () => {
    await t.dataSource.query(`DROP TABLE deferred_probe_notes, deferred_probe_marks, deferred_probe_follows`);
    await t.close();
  });

  it('writes them at the commit, in the order given, every table in the same statement', async () => {
    const statements: string[] = [];
    await t.dataSource.transaction(async (manager) => {
      await deferInsert(manager, NOTES, ['first', { reason: 'a « quote »', n: 1 }, at]);
      await deferInsert(manager, MARKS, ['m1']);
      await deferInsert(manager, NOTES, ['second', null, null]);
      await deferInsert(manager, MARKS, ['m2']);
      // Nothing yet inside the transaction: they wait for the commit.
      expect(await manager.query(`SELECT count(*)::int AS n FROM deferred_probe_notes`)).toEqual([{ n: 0 }]);
      const query = manager.queryRunner!.query.bind(manager.queryRunner!);
      manager.queryRunner!.query = ((sql: string, ...rest: unknown[]) => {
        statements.push(sql);
        return (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest);
      }) as typeof query;
    });
    expect(await notes()).toEqual([
      { label: 'first', details: { reason: 'a « quote »', n: 1 }, at },
      { label: 'second', details: null, at: null },
    ]);
    expect(await marks()).toEqual(['m1', 'm2']);
    // One statement for both tables, then the commit.
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/^WITH d0 AS \(INSERT INTO deferred_probe_marks .*\) INSERT INTO deferred_probe_notes /);
    expect(statements[1]).toBe('COMMIT');
  });

  it('upserts: rows of one key go as one (the first row, the last update), a row already there is updated', async () => {
    await t.dataSource.query(`INSERT INTO deferred_probe_follows (person, organization, who, reason) VALUES ('p1', 'o1', 'u0', 'created')`);
    await t.dataSource.transaction(async (manager) => {
      await deferInsert(manager, FOLLOWS, ['p1', 'o2', 'u1', 'applied']);
      await deferInsert(manager, FOLLOWS, ['p1', 'o1', 'u2', 'diagnosed']);
      await deferInsert(manager, FOLLOWS, ['p1', 'o2', 'u3', 'diagnosed']);
      await deferInsert(manager, FOLLOWS, ['p1', 'o2', null, 'granted']);
      await deferInsert(manager, NOTES, ['beside', null, null]);
    });
    expect(await follows()).toEqual([
      { person: 'p1', organization: 'o1', who: 'u2', reason: 'created', touched: true },
      { person: 'p1', organization: 'o2', who: null, reason: 'applied', touched: false },
    ]);
    expect((await notes()).map((n) => n.label)).toEqual(['beside']);
    // Without a transaction, at once, the same way.
    await deferInsert(t.dataSource.manager, FOLLOWS, ['p1', 'o2', 'u4', 'claimed']);
    expect(await follows()).toContainEqual({ person: 'p1', organization: 'o2', who: 'u4', reason: 'applied', touched: true });
  });

  it('writes nothing of a transaction rolled back', async () => {
    const failed = t.dataSource.transaction(async (manager) => {
      await deferInsert(manager, NOTES, ['lost', null, null]);
      throw new Error('the change fails after its audit');
    });
    await expect(failed).rejects.toThrow('the change fails after its audit');
    expect(await notes()).toEqual([]);
  });

  it('forgets the rows of a savepoint rolled back, keeps those of a savepoint released', async () => {
    await t.dataSource.transaction(async (manager) => {
      await deferInsert(manager, MARKS, ['outer before']);
      await manager.transaction(async (inner) => {
        await deferInsert(inner, MARKS, ['released']);
      });
      await inFailingSavepoint(manager, async (inner) => {
        await deferInsert(inner, MARKS, ['rolled back']);
      });
      await deferInsert(manager, MARKS, ['outer after']);
    });
    expect(await marks()).toEqual(['outer before', 'released', 'outer after']);
  });

  it('writes them earlier when the transaction reads its own rows (flushDeferredInserts)', async () => {
    await t.dataSource.transaction(async (manager) => {
      await deferInsert(manager, MARKS, ['read back']);
      await flushDeferredInserts(manager);
      expect(await manager.query(`SELECT label FROM deferred_probe_marks`)).toEqual([{ label: 'read back' }]);
      await inFailingSavepoint(manager, async (inner) => {
        await deferInsert(inner, MARKS, ['flushed inside a savepoint rolled back']);
        await flushDeferredInserts(inner);
      });
      await deferInsert(manager, MARKS, ['after']);
    });
    expect(await marks()).toEqual(['read back', 'after']);
  });

  it('writes again at the commit the enclosing level’s rows that a savepoint rolled back had flushed', async () => {
    await t.dataSource.transaction(async (manager) => {
      await deferInsert(manager, MARKS, ['outer']);
      await manager.transaction(async (middle) => {
        await deferInsert(middle, MARKS, ['middle']);
        await inFailingSavepoint(middle, async (inner) => {
          await deferInsert(inner, MARKS, ['inner']);
          await flushDeferredInserts(inner); // writes outer, middle and inner inside the innermost savepoint
        });
        // The rollback undid the three rows: outer and middle wait for the commit again, inner is gone.
        expect(await middle.query(`SELECT count(*)::int AS n FROM deferred_probe_marks`)).toEqual([{ n: 0 }]);
      });
    });
    expect(await marks()).toEqual(['outer', 'middle']);
  });

  it('writes at once without a transaction', async () => {
    await deferInsert(t.dataSource.manager, NOTES, ['alone', { n: 2 }, at]);
    expect(await notes()).toEqual([{ label: 'alone', details: { n: 2 }, at }]);
  });

  it('fails the commit when a row is refused, and the transaction’s other writes with it', async () => {
    const failed = t.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO deferred_probe_marks (label) VALUES ('written at once')`);
      await deferInsert(manager, NOTES, [null, null, null]); // label is NOT NULL
    });
    await expect(failed).rejects.toBeInstanceOf(QueryFailedError);
    await expect(failed).rejects.toMatchObject({ driverError: { code: '23502' } });
    expect(await marks()).toEqual([]);
    expect(await notes()).toEqual([]);
  });

  it('refuses values that do not match the table’s columns', async () => {
    await expect(deferInsert(t.dataSource.manager, MARKS, ['a', 'b'])).rejects.toThrow('deferred_probe_marks: 2 values for 1 columns');
  });
});
