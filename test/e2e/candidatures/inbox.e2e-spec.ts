import { TestApp, createHabilitatedPrescriber, createOrienteur, createSiae, createTestApp } from '@iae/testing';
import { RECEIVED_STATES } from '../../../apps/web/src/journeys/siae/labels';
import { eligibleCandidate, openJob, send } from './world';

/** The tabs of a SIAE's inbox: how many candidatures in each state, under the list's other filters. */
describe('candidatures: the inbox of a SIAE, its counts per state, its moves sent twice', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-23T09:00:00Z' });
  });
  afterAll(() => t?.close());

  it('counts each state under the same filters as the list (name, sender kind, job, dates, archives), names every state, refuses a state filter', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const orienteur = await createOrienteur(t);
    const aci = await createSiae(t, 'ACI');
    const other = await createSiae(t, 'EI');
    const job = await openJob(t, aci.organization.id);
    const amina = await eligibleCandidate(t, prescriber, prescriber, { firstName: 'Amina', lastName: 'Diallo' });
    const bruno = await eligibleCandidate(t, prescriber, prescriber, { firstName: 'Bruno', lastName: 'Leroy' });
    const chloe = await eligibleCandidate(t, orienteur, undefined, { firstName: 'Chloé', lastName: 'Martin' });
    const first = await send(t, prescriber, { candidateId: amina.id, employerId: aci.organization.id, jobDescriptionIds: [job] });
    await send(t, prescriber, { candidateId: bruno.id, employerId: aci.organization.id });
    const third = await send(t, orienteur, { candidateId: chloe.id, employerId: aci.organization.id });
    await send(t, prescriber, { candidateId: bruno.id, employerId: other.organization.id });
    await t.http.post(`/api/candidatures/${first.id}/processing`).set(aci.headers).expect(200);

    const counts = async (query: Record<string, string> = {}) => {
      const response = await t.http.get('/api/candidatures/received/counts').query(query).set(aci.headers).expect(200);
      return Object.fromEntries(response.body.filter((c: { count: number }) => c.count > 0).map((c: { state: string; count: number }) => [c.state, c.count]));
    };

    const all = await t.http.get('/api/candidatures/received/counts').set(aci.headers).expect(200);
    expect(all.body.map((c: { state: string }) => c.state)).toEqual([
      'new',
      'processing',
      'postponed',
      'prior_to_hire',
      'accepted',
      'refused',
      'cancelled',
      'obsolete',
      'pool',
    ]);
    expect(all.body[0]).toEqual({ state: 'new', label: 'Nouvelle candidature', count: 2 });
    // The web application shows these states and words before the counts arrive.
    expect(all.body.map((c: { state: string; label: string }) => [c.state, c.label])).toEqual(RECEIVED_STATES.map(([state, label]) => [state, label]));
    expect(await counts()).toEqual({ new: 2, processing: 1 });
    expect(await counts({ q: 'diall' })).toEqual({ processing: 1 });
    expect(await counts({ senderKind: 'prescriber' })).toEqual({ new: 2, processing: 1 });
    expect(await counts({ senderKind: 'employer' })).toEqual({});
    expect(await counts({ senderOrganizationId: orienteur.organization.id })).toEqual({ new: 1 });
    expect(await counts({ jobDescriptionId: job })).toEqual({ processing: 1 });
    expect(await counts({ createdFrom: '2026-11-24' })).toEqual({});
    expect(await counts({ createdFrom: '2026-11-23', createdTo: '2026-11-23' })).toEqual({ new: 2, processing: 1 });

    await t.http.post(`/api/candidatures/${third.id}/archive`).set(aci.headers).expect(200);
    expect(await counts()).toEqual({ new: 1, processing: 1 });
    expect(await counts({ archived: 'only' })).toEqual({ new: 1 });
    expect(await counts({ archived: 'include' })).toEqual({ new: 2, processing: 1 });

    // The list and the counts agree, filter for filter.
    const listed = await t.http
      .get('/api/candidatures/received')
      .query({ senderOrganizationId: prescriber.organization.id, state: 'new' })
      .set(aci.headers)
      .expect(200);
    expect(listed.body.items).toHaveLength(1);

    const bad = await t.http.get('/api/candidatures/received/counts').query({ state: 'new' }).set(aci.headers).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('state');
    const badDate = await t.http.get('/api/candidatures/received/counts').query({ createdFrom: '2026-13-01' }).set(aci.headers).expect(400);
    expect(badDate.body.errors[0].field).toBe('createdFrom');
    // A cursor of the right shape whose values are not a date and an id of ours: refused like any bad cursor.
    for (const forged of [
      ['hier', 'pas-un-id'],
      ['2026-11-23T09:00:00.000Z', 'pas-un-id'],
      [12, null],
    ]) {
      const cursor = Buffer.from(JSON.stringify(forged)).toString('base64url');
      const refused = await t.http.get('/api/candidatures/received').query({ cursor }).set(aci.headers).expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'cursor', code: 'invalidCursor' })]);
    }

    // A prescriber has no inbox.
    await t.http.get('/api/candidatures/received/counts').set(prescriber.headers).expect(403);
  });

  it('replays a move sent twice with the same Idempotency-Key (a double click hires once), and answers 409 to a second move without it', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    const candidate = await eligibleCandidate(t, prescriber, prescriber, { firstName: 'Inès', lastName: 'Robert' });
    const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
    const key = { 'idempotency-key': `accept-${sent.id}` };
    const body = { hiringStart: '2026-11-30', hiringEnd: '2027-05-29' };
    const first = await t.http
      .post(`/api/candidatures/${sent.id}/acceptance`)
      .set({ ...aci.headers, ...key })
      .send(body)
      .expect(200);
    const again = await t.http
      .post(`/api/candidatures/${sent.id}/acceptance`)
      .set({ ...aci.headers, ...key })
      .send(body)
      .expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.passIae.number).toBe(first.body.passIae.number);
    expect(await t.dataSource.query(`SELECT 1 FROM pass_iae WHERE candidate_id = $1`, [candidate.id])).toHaveLength(1);
    const transitions = await t.dataSource.query(`SELECT 1 FROM candidature_transitions WHERE candidature_id = $1 AND transition = 'accept'`, [sent.id]);
    expect(transitions).toHaveLength(1);

    const unkeyed = await t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(aci.headers).send(body).expect(409);
    expect(unkeyed.headers['content-type']).toContain('application/problem+json');
  });
});
