import {
  Member,
  TestApp,
  createCandidate,
  createCandidateAccount,
  createHabilitatedPrescriber,
  createOrienteur,
  createSiae,
  createTestApp,
  testNir,
} from '@iae/testing';
import { addDays } from '@iae/core';
import { abuseLogFile, databaseLedger, expectLogFree, recordFigures } from './abuse-log';

/**
 * Taking over a person's file by guessing: to follow someone another organisation registered, a
 * professional proves knowing them with what a stranger cannot enumerate (the exact NIR, or names,
 * full birth date and e-mail together), or the person grants it from their own space. Attempts are
 * limited per user and per person, and every claim, refused or granted, shows in the person's access log.
 */
describe('abuse: claiming someone else’s candidate', () => {
  let t: TestApp;
  const logFile = abuseLogFile('candidate-claims');

  beforeAll(async () => {
    t = await createTestApp({ logFile });
  });
  afterAll(() => t.close());

  /** A person registered by a mission locale, without a NIR, with a space of their own. */
  async function personWithoutNir(options: { email?: boolean; lastName?: string } = { email: true }) {
    const registrar = await createHabilitatedPrescriber(t, 'ML');
    const account = await createCandidateAccount(t);
    const candidate = await createCandidate(t, registrar, {
      firstName: 'Inès',
      lastName: options.lastName ?? 'Garnier',
      birthDate: '1994-07-19',
      nir: undefined,
      nirMissingReason: 'no_nir',
      ...(options.email ? { email: account.user.email } : {}),
    });
    await t.dataSource.query(`UPDATE candidates SET user_id = $2 WHERE id = $1`, [candidate.id, account.user.id]);
    return { candidate, account };
  }

  const claim = (by: Member, candidateId: string, proof: Record<string, unknown>) =>
    t.http.post(`/api/candidates/${candidateId}/assignments`).set(by.headers).send(proof);

  const accessLog = async (account: { headers: Record<string, string> }) =>
    (await t.http.get('/api/me/candidate/access-log').set(account.headers).expect(200)).body as Array<{
      action: string;
      organizationName: string;
      count: number;
    }>;

  it('no longer takes a birth date alone as proof, and hands out no birth year with an e-mail lookup', async () => {
    const { candidate, account } = await personWithoutNir();
    const stranger = await createSiae(t, 'ETTI');

    const found = await t.http.post('/api/candidates/lookup').set(stranger.headers).send({ email: account.user.email }).expect(200);
    expect(found.body).toEqual([expect.objectContaining({ candidateId: candidate.id, accessible: false, birthYear: null })]);

    const refused = await claim(stranger, candidate.id, { birthDate: '1994-07-19' }).expect(403);
    expect(refused.body.type).toBe('/api/problems/candidate-claim-refused');
    await t.http.get(`/api/candidates/${candidate.id}`).set(stranger.headers).expect(404);
  });

  it('stops a stranger guessing birth dates after a few tries, whichever organisation they use, and shows each try to the person', async () => {
    const { candidate, account } = await personWithoutNir();
    const attackers = [await createOrienteur(t), await createOrienteur(t), await createOrienteur(t)];
    const statuses: number[] = [];
    let day = '1994-01-01';
    for (let i = 0; i < 12; i++) {
      const attacker = attackers[i % attackers.length];
      statuses.push((await claim(attacker, candidate.id, { firstName: 'Inès', lastName: 'Garnier', birthDate: day, email: account.user.email })).status);
      day = addDays(day, 1);
    }
    // The first tries are refused, then the person's file is closed to claims for a while.
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
    // Even the right answer now waits.
    const late = await claim(attackers[0], candidate.id, { firstName: 'Inès', lastName: 'Garnier', birthDate: '1994-07-19', email: account.user.email });
    expect(late.status).toBe(429);
    expect(late.body.detail).toContain('la personne');

    const log = await accessLog(account);
    // Each try counted: one line per organisation and day, with how many times.
    const refused = log.filter((entry) => entry.action === 'claim_refused');
    expect(refused.reduce((sum, entry) => sum + entry.count, 0)).toBe(5);
    expect(new Set(refused.map((entry) => entry.organizationName)).size).toBe(3);
  });

  it('shows a refused claim to the person when it came with an Idempotency-Key, as the web application sends it', async () => {
    const { candidate, account } = await personWithoutNir();
    const stranger = await createOrienteur(t);
    const proof = { firstName: 'Inès', lastName: 'Garnier', birthDate: '1994-07-20', email: account.user.email };
    // The request's work rolls back with its key on the refusal; the refusal itself is kept.
    const refused = await claim(stranger, candidate.id, proof).set('idempotency-key', 'claim-refused-0001').expect(403);
    expect(refused.body.type).toBe('/api/problems/candidate-claim-refused');
    await claim(stranger, candidate.id, proof).set('idempotency-key', 'claim-refused-0001').expect(403);

    const refusals = (await accessLog(account)).filter((entry) => entry.action === 'claim_refused');
    expect(refusals).toEqual([expect.objectContaining({ organizationName: stranger.organization.name, count: 2 })]);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'candidate.claim_refused' AND subject_id = $1`, [
      candidate.id,
    ]);
    expect(n).toBe(2);
  });

  it('limits one user’s claims across people', async () => {
    const attacker = await createOrienteur(t);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // Twelve people (registered once each: the same identity without e-mail would be one person).
      const { candidate } = await personWithoutNir({ email: false, lastName: `Garnier ${'I'.repeat(i + 1)}` });
      statuses.push((await claim(attacker, candidate.id, { firstName: 'Inès', lastName: 'Garnier', birthDate: '2001-01-01' })).status);
    }
    expect(statuses.filter((status) => status === 403)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('lets a conseillère who met the person follow them, and the person sees it', async () => {
    const conseillere = await createOrienteur(t);
    // With a NIR: the exact NIR.
    const registrar = await createHabilitatedPrescriber(t, 'FT');
    const nir = testNir('M', '1987-03-08');
    const withNir = await createCandidate(t, registrar, { title: 'M', birthDate: '1987-03-08', nir });
    await claim(conseillere, withNir.id, { nir: nir.replace(/(\d{5})/, '$1 ') }).expect(201);
    // Without one: names (accents and case forgiven), full birth date and e-mail together.
    const { candidate, account } = await personWithoutNir();
    await claim(conseillere, candidate.id, { firstName: 'INES', lastName: 'garnier', birthDate: '1994-07-19' }).expect(403);
    await claim(conseillere, candidate.id, { firstName: 'INES', lastName: 'garnier', birthDate: '1994-07-19', email: account.user.email.toUpperCase() }).expect(
      201,
    );
    await t.http.get(`/api/candidates/${candidate.id}`).set(conseillere.headers).expect(200);
    const log = await accessLog(account);
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'claim_refused', organizationName: conseillere.organization.name }),
        expect.objectContaining({ action: 'claimed', organizationName: conseillere.organization.name }),
      ]),
    );
  });

  it('lets the person grant access from their own space', async () => {
    const { candidate, account } = await personWithoutNir();
    const siae = await createSiae(t, 'AI');
    await t.http.get(`/api/candidates/${candidate.id}`).set(siae.headers).expect(404);
    await t.http.post('/api/me/candidate/assignments').set(account.headers).send({ organizationId: siae.organization.id }).expect(201);
    await t.http.get(`/api/candidates/${candidate.id}`).set(siae.headers).expect(200);
    expect(await accessLog(account)).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'access_granted', organizationName: siae.organization.name })]),
    );
  });

  it('keeps the log free of every secret and personal datum it held', async () => {
    recordFigures('candidate-claims', expectLogFree(logFile, await databaseLedger(t.dataSource, [])));
  });
});
