import { Member, TestApp, addMember, createHabilitatedPrescriber, createOrganization, createTestApp, failAnswerRecordOnce, testNir } from '@iae/testing';

describe('Idempotency-Key: one creation, whatever fails or runs twice', () => {
  let t: TestApp;
  let prescriber: Member;
  beforeAll(async () => {
    t = await createTestApp();
    prescriber = await createHabilitatedPrescriber(t);
  });
  afterAll(() => t.close());

  const candidateBody = (lastName: string) => ({
    title: 'MME',
    firstName: 'Nadia',
    lastName,
    birthDate: '1990-04-12',
    nir: testNir('MME', '1990-04-12'),
    franceTravailIdMissingReason: 'not_registered',
  });
  const send = (key: string, body: object) =>
    t.http
      .post('/api/candidates')
      .set({ ...prescriber.headers, 'idempotency-key': key })
      .send(body);
  const count = async (nir: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM candidates WHERE nir = $1`, [nir]))[0].n;

  it('lets retries sent during the first attempt wait for it and replay its answer', async () => {
    const body = candidateBody('Simultanée');
    const answers = await Promise.all(Array.from({ length: 10 }, () => send('parallel-0001-abcdef', body)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(9);
    expect(await count(body.nir)).toBe(1);
  });

  it('records the answer with the work: when recording it fails, nothing is kept and the retry creates once', async () => {
    const body = candidateBody('Panne');
    const repair = await failAnswerRecordOnce(t.dataSource);
    try {
      const failed = await send('failing-0001-abcdef', body);
      expect(failed.status).toBeGreaterThanOrEqual(500);
      const retried = await send('failing-0001-abcdef', body).expect(201);
      expect(retried.body.lastName).toBe('Panne');
      const replayed = await send('failing-0001-abcdef', body).expect(201);
      expect(replayed.body.id).toBe(retried.body.id);
      expect(await count(body.nir)).toBe(1);
    } finally {
      await repair();
    }
  });

  it('takes the same key sent for another of the user’s organisations as another request: refused, not the first answer replayed', async () => {
    const other = await createOrganization(t.dataSource, { family: 'prescriber', kind: 'FT', authorizationStatus: 'validated' });
    await addMember(t.dataSource, prescriber.user.id, other.id, 'member');
    const body = candidateBody('Deux Maisons');
    const first = await send('two-orgs-0001-abcdef', body).expect(201);
    const forOther = await t.http
      .post('/api/candidates')
      .set({ ...prescriber.headers, 'x-organization-id': other.id, 'idempotency-key': 'two-orgs-0001-abcdef' })
      .send(body);
    expect(forOther.status).toBe(409);
    expect(forOther.body.type).toMatch(/idempotency-key-conflict$/);
    // The first organisation's retry still replays its answer.
    const replay = await send('two-orgs-0001-abcdef', body).expect(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
  });

  it('keeps neither the key nor the answer in clear, and still replays the answer', async () => {
    const body = candidateBody('Discrète');
    const first = await send('private-0001-abcdef', body).expect(201);
    expect(first.body.nir).toBe(body.nir);
    const rows = await t.dataSource.query(`SELECT * FROM idempotency_keys`);
    expect(rows.length).toBeGreaterThan(0);
    const stored = JSON.stringify(rows) + rows.map((r: { response_sealed: Buffer }) => r.response_sealed.toString('latin1')).join('');
    for (const secret of [body.nir, 'private-0001-abcdef', 'Discrète', prescriber.user.id]) expect(stored).not.toContain(secret);
    const replay = await send('private-0001-abcdef', body).expect(201);
    expect(replay.body).toEqual(first.body);
    // Another caller's same key is another key.
    const other = await createHabilitatedPrescriber(t);
    const theirs = await t.http
      .post('/api/candidates')
      .set({ ...other.headers, 'idempotency-key': 'private-0001-abcdef' })
      .send({ ...body, nir: testNir('MME', '1990-04-12') })
      .expect(201);
    expect(theirs.body.id).not.toBe(first.body.id);
    const changed = await send('private-0001-abcdef', { ...body, lastName: 'Autre' }).expect(409);
    expect(changed.body.type).toBe('/api/problems/idempotency-key-conflict');
  });
});
