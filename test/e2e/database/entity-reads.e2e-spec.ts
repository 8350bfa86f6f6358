import { findEntityBy } from '@iae/database';
import { QueryFailedError } from 'typeorm';
import { TestApp, createTestApp } from '@iae/testing';

// The candidates context does not publish its entity: read by name, as a repository of another table would be.
type Candidate = { id: string; firstName: string; lastName: string; birthDate: string; rsaSince: string | null; loneParent: boolean; nir: string | null };
const Candidate = 'Candidate';

describe('findEntityBy: an entity read with a statement planned once, hydrated as findOne does', () => {
  let t: TestApp;
  let older: string;
  let younger: string;

  const insert = async (firstName: string, birthDate: string, extra: string) =>
    (
      await t.dataSource.query(
        `INSERT INTO candidates (first_name, last_name, birth_date, nir_missing_reason, france_travail_id_missing_reason, ${extra})
         VALUES ($1, 'Entity-Reads', $2, 'no_nir', 'not_registered', ${extra === 'rsa_since' ? `'2024-05-01'` : 'true'}) RETURNING id`,
        [firstName, birthDate],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await createTestApp();
    older = await insert('Aline', '1980-02-29', 'rsa_since');
    younger = await insert('Bruno', '1999-12-31', 'lone_parent');
  });
  afterAll(() => t.close());

  it('answers what TypeORM’s findOne answers: the class, dates as days, booleans, nulls', async () => {
    for (const id of [older, younger]) {
      const read = await findEntityBy<Candidate>(t.dataSource.manager, Candidate, 'id', id);
      expect(read).toBeInstanceOf(t.dataSource.getMetadata(Candidate).target as new () => Candidate);
      expect(read).toEqual(await t.dataSource.getRepository<Candidate>(Candidate).findOneBy({ id }));
    }
    const aline = (await findEntityBy<Candidate>(t.dataSource.manager, Candidate, 'id', older))!;
    expect([aline.birthDate, aline.rsaSince, aline.loneParent, aline.nir]).toEqual(['1980-02-29', '2024-05-01', false, null]);
    expect(await findEntityBy(t.dataSource.manager, Candidate, 'id', '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('takes the first row in the order asked', async () => {
    const latest = await findEntityBy<Candidate>(t.dataSource.manager, Candidate, 'lastName', 'Entity-Reads', {
      orderBy: { property: 'birthDate', direction: 'DESC' },
    });
    const earliest = await findEntityBy<Candidate>(t.dataSource.manager, Candidate, 'lastName', 'Entity-Reads', {
      orderBy: { property: 'birthDate', direction: 'ASC' },
    });
    expect([latest?.firstName, earliest?.firstName]).toEqual(['Bruno', 'Aline']);
  });

  it('locks the row until the transaction ends', async () => {
    await t.dataSource.transaction(async (manager) => {
      await findEntityBy(manager, Candidate, 'id', older, { lock: 'for update' });
      const other = t.dataSource.createQueryRunner();
      try {
        await expect(other.query(`SELECT id FROM candidates WHERE id = $1 FOR UPDATE NOWAIT`, [older])).rejects.toMatchObject({
          driverError: { code: '55P03' },
        });
        // Another row is free.
        expect(await other.query(`SELECT id FROM candidates WHERE id = $1 FOR UPDATE NOWAIT`, [younger])).toHaveLength(1);
      } finally {
        await other.release();
      }
    });
  });

  it('reports a malformed value as the database’s error, and a property that is no column', async () => {
    await expect(findEntityBy(t.dataSource.manager, Candidate, 'id', 'not-a-uuid')).rejects.toBeInstanceOf(QueryFailedError);
    await expect(findEntityBy<Candidate>(t.dataSource.manager, Candidate, 'nope' as keyof Candidate & string, 1)).rejects.toThrow(
      'Candidate has no column nope',
    );
  });
});
