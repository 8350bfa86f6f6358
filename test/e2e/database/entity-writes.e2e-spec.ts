import { CALLS_BEFORE_PREPARED, insertEntity, updateEntityById } from '@iae/database';
import { QueryFailedError } from 'typeorm';
import { TestApp, createTestApp } from '@iae/testing';

// The candidates context does not publish its entity: written by name, as a repository of another table would.
type Candidate = {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  rsaSince: string | null;
  loneParent: boolean;
  nir: string | null;
  nirMissingReason: string | null;
  franceTravailIdMissingReason: string | null;
  createdAt: Date;
  updatedAt: Date;
};
const Candidate = 'Candidate';

describe('insertEntity and updateEntityById: entity writes planned once, as TypeORM’s insert and update write them', () => {
  let t: TestApp;
  const read = (id: string) => t.dataSource.getRepository<Candidate>(Candidate).findOneByOrFail({ id });
  const fresh = (firstName: string): Partial<Candidate> => ({
    firstName,
    lastName: 'Entity-Writes',
    birthDate: '1990-03-31',
    nirMissingReason: 'no_nir',
    franceTravailIdMissingReason: 'not_registered',
  });

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('inserts what TypeORM’s insert inserts, defaults included, and answers the generated key', async () => {
    const ours = await insertEntity<Candidate>(t.dataSource.manager, Candidate, { ...fresh('Aline'), rsaSince: undefined });
    const theirs = (await t.dataSource.getRepository<Candidate>(Candidate).insert(fresh('Aline'))).identifiers[0].id as string;
    expect(ours.id).toMatch(/^[0-9a-f-]{36}$/);
    const [a, b] = [await read(ours.id), await read(theirs)];
    const comparable = (c: Candidate) => ({ ...c, id: undefined, createdAt: undefined, updatedAt: undefined, searchName: undefined });
    expect(comparable(a)).toEqual(comparable(b));
    expect([a.loneParent, a.rsaSince, a.birthDate]).toEqual([false, null, '1990-03-31']);
  });

  it('sets the properties given, leaves those undefined, writes nulls, and moves the update date', async () => {
    const { id } = await insertEntity<Candidate>(t.dataSource.manager, Candidate, fresh('Bruno'));
    const before = await read(id);
    const changed = await updateEntityById<Candidate>(t.dataSource.manager, Candidate, id, {
      firstName: 'Bruna',
      lastName: undefined,
      rsaSince: '2024-05-01',
      loneParent: true,
    });
    expect(changed).toBe(1);
    const after = await read(id);
    expect([after.firstName, after.lastName, after.rsaSince, after.loneParent]).toEqual(['Bruna', 'Entity-Writes', '2024-05-01', true]);
    await updateEntityById<Candidate>(t.dataSource.manager, Candidate, id, { rsaSince: null });
    expect((await read(id)).rsaSince).toBeNull();
    const [{ moved }] = await t.dataSource.query(`SELECT updated_at > $2 AS moved FROM candidates WHERE id = $1`, [id, before.updatedAt]);
    expect(moved).toBe(true);
    expect(await updateEntityById<Candidate>(t.dataSource.manager, Candidate, '00000000-0000-4000-8000-000000000000', { firstName: 'X' })).toBe(0);
  });

  it('is prepared on its connection from the third call, one statement per set of properties', async () => {
    await t.dataSource.transaction(async (manager) => {
      const { id } = await insertEntity<Candidate>(manager, Candidate, fresh('Chloé'));
      for (let i = 0; i < CALLS_BEFORE_PREPARED + 1; i++) await updateEntityById<Candidate>(manager, Candidate, id, { firstName: `Chloé ${i}` });
      await updateEntityById<Candidate>(manager, Candidate, id, { lastName: 'Autre' });
      const prepared: Array<{ statement: string }> = await manager.query(
        `SELECT statement FROM pg_prepared_statements WHERE statement LIKE 'UPDATE "candidates" SET "first_name" = $1, "updated_at" = CURRENT_TIMESTAMP%'`,
      );
      expect(prepared).toHaveLength(1);
      expect((await manager.query(`SELECT first_name FROM candidates WHERE id = $1`, [id]))[0].first_name).toBe(`Chloé ${CALLS_BEFORE_PREPARED}`);
    });
  });

  it('writes in the caller’s transaction: a rollback leaves nothing', async () => {
    let id = '';
    await expect(
      t.dataSource.transaction(async (manager) => {
        id = (await insertEntity<Candidate>(manager, Candidate, fresh('Denis'))).id;
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await t.dataSource.getRepository<Candidate>(Candidate).findOneBy({ id })).toBeNull();
  });

  it('reports a broken constraint as the database’s error, and a property that is no column', async () => {
    await expect(insertEntity<Candidate>(t.dataSource.manager, Candidate, { ...fresh('Émile'), birthDate: 'not a date' })).rejects.toBeInstanceOf(
      QueryFailedError,
    );
    await expect(insertEntity<Candidate>(t.dataSource.manager, Candidate, { ...fresh('Émile'), lastName: null as unknown as string })).rejects.toMatchObject({
      driverError: { code: '23502' },
    });
    await expect(updateEntityById<Candidate>(t.dataSource.manager, Candidate, 'x', { nope: 1 } as Partial<Candidate>)).rejects.toThrow(
      'Candidate has no column nope',
    );
    await expect(updateEntityById<Candidate>(t.dataSource.manager, Candidate, 'x', {})).rejects.toThrow('Candidate: nothing to update');
    // A column the database computes is refused, where TypeORM would leave it out without a word.
    const computed = { searchName: 'x' } as Partial<Candidate>;
    await expect(updateEntityById<Candidate>(t.dataSource.manager, Candidate, 'x', computed)).rejects.toThrow('Candidate.searchName is not written on update');
    await expect(insertEntity<Candidate>(t.dataSource.manager, Candidate, { ...fresh('Émile'), ...computed })).rejects.toThrow(
      'Candidate.searchName is not written on insert',
    );
  });
});
