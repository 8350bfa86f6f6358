import { ScheduledJobs } from '@iae/core';
import { Member, SmtpCatcher, TestApp, createHabilitatedPrescriber, createSiae, createTestApp, login } from '@iae/testing';
import { eligibleCandidate, send } from './world';

const TODAY = '2026-11-23';

/** Everyday actions of a SIAE: changing the dates of a hire before it starts, archiving what it received. */
describe('candidatures: the dates of a hire, and the archive', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url, LOGIN_RATE_LIMIT: '1000' }, now: `${TODAY}T09:00:00Z` });
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });
  afterEach(() => t.clock.set(`${TODAY}T09:00:00Z`));

  /** Headers with a token issued at the test clock's current time. */
  async function signed(member: Member): Promise<Member> {
    const token = await login(t.http, member.user);
    return { ...member, token, headers: { ...member.headers, authorization: `Bearer ${token}` } };
  }

  async function hired(kind: string, hiringStart: string) {
    const prescriber = await createHabilitatedPrescriber(t);
    const siae = await createSiae(t, kind);
    const candidate = await eligibleCandidate(t, prescriber, prescriber);
    const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: siae.organization.id });
    const accepted = await t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(siae.headers).send({ hiringStart }).expect(200);
    return { prescriber, siae, candidate, id: sent.id as string, accepted: accepted.body };
  }

  describe('changing the dates of an accepted hire before it starts', () => {
    it('postpones the start by 30 days at most, never into the past; the PASS start and end follow', async () => {
      const { prescriber, siae, id, accepted } = await hired('ACI', '2026-12-01');
      const number = accepted.passIae.number;
      expect(accepted.passIae).toMatchObject({ startDate: '2026-12-01', endDate: '2028-11-29' }); // 730 days, 29 February 2028 among them
      const url = `/api/candidatures/${id}/hiring-dates`;

      const thirtyOne = await t.http.post(url).set(siae.headers).send({ hiringStart: '2027-01-01' }).expect(422);
      expect(thirtyOne.body).toMatchObject({
        type: '/api/problems/rule-not-met',
        errors: [expect.objectContaining({ field: 'hiringStart', code: 'postponedTooFar', message: expect.stringContaining('31 décembre 2026') })],
      });
      const past = await t.http.post(url).set(siae.headers).send({ hiringStart: '2026-11-22' }).expect(422);
      expect(past.body.errors).toEqual([expect.objectContaining({ field: 'hiringStart', code: 'startInPast' })]);
      const endBefore = await t.http.post(url).set(siae.headers).send({ hiringStart: '2026-12-10', hiringEnd: '2026-12-09' }).expect(422);
      expect(endBefore.body.errors).toEqual([expect.objectContaining({ field: 'hiringEnd', code: 'endBeforeStart' })]);
      await t.http.post(url).set(siae.headers).send({ hiringStart: '31/12/2026' }).expect(400);
      const noSuchDay = await t.http.post(url).set(siae.headers).send({ hiringStart: '2026-12-32' }).expect(400);
      expect(noSuchDay.body.errors).toEqual([expect.objectContaining({ field: 'hiringStart', code: 'isDate' })]);

      const thirty = await t.http.post(url).set(siae.headers).send({ hiringStart: '2026-12-31', hiringEnd: '2027-06-30' }).expect(200);
      expect(thirty.body).toMatchObject({
        state: 'accepted',
        hiring: { start: '2026-12-31', end: '2027-06-30' },
        passIae: { number, startDate: '2026-12-31', endDate: '2028-12-29' },
      });
      const pass = await t.http.get(`/api/pass-iae/${number}`).set(siae.headers).expect(200);
      expect(pass.body.hires).toEqual([expect.objectContaining({ candidatureId: id, hiringStart: '2026-12-31', hiringEnd: '2027-06-30' })]);

      // Brought forward to today (730 days from today); on its first day it has started: no more changes.
      const today = await t.http.post(url).set(siae.headers).send({ hiringStart: TODAY }).expect(200);
      expect(today.body).toMatchObject({ hiring: { start: TODAY, end: '2027-06-30' }, passIae: { startDate: TODAY, endDate: '2028-11-21' } });
      const started = await t.http.post(url).set(siae.headers).send({ hiringStart: '2026-11-30' }).expect(409);
      expect(started.body.type).toBe('/api/problems/hire-already-started');

      const history = await t.http.get(`/api/candidatures/${id}/history`).set(prescriber.headers).expect(200);
      expect(history.body.map((h: { transition: string }) => h.transition)).toEqual(['accept', 'change_hiring_dates', 'change_hiring_dates']);
      expect(history.body[1].comment).toContain('31 décembre 2026');
      const moves = await t.dataSource.query(`SELECT details FROM audit_events WHERE action = 'pass_iae.hire_moved' AND details->>'candidatureId' = $1`, [id]);
      expect(moves).toHaveLength(2);
      const mail = await smtp.waitFor((m) => m.to.includes(prescriber.user.email.toLowerCase()) && m.text.includes('commence désormais le 31 décembre 2026'));
      expect(mail.subject).toContain('Embauche acceptée');
    });

    it('keeps a PASS another hire holds, and the new start within it; only an accepted hire changes its dates', async () => {
      const first = await hired('ACI', '2026-12-01');
      const ei = await createSiae(t, 'EI');
      const again = await send(t, first.prescriber, { candidateId: first.candidate.id, employerId: ei.organization.id });
      const second = await t.http.post(`/api/candidatures/${again.id}/acceptance`).set(ei.headers).send({ hiringStart: '2026-12-15' }).expect(200);
      expect(second.body.passIae.number).toBe(first.accepted.passIae.number);

      const moved = await t.http.post(`/api/candidatures/${again.id}/hiring-dates`).set(ei.headers).send({ hiringStart: '2026-12-20' }).expect(200);
      expect(moved.body.passIae).toMatchObject({ startDate: '2026-12-01', endDate: '2028-11-29' });
      // The ACI's PASS, now shared, no longer moves: a start before it is refused.
      const before = await t.http.post(`/api/candidatures/${first.id}/hiring-dates`).set(first.siae.headers).send({ hiringStart: '2026-11-25' }).expect(422);
      expect(before.body).toMatchObject({ type: '/api/problems/pass-iae-hiring-after-end', from: '2026-12-01', until: '2028-11-29' });

      const pending = await send(t, first.prescriber, {
        candidateId: (await eligibleCandidate(t, first.prescriber, first.prescriber)).id,
        employerId: ei.organization.id,
      });
      const notHired = await t.http.post(`/api/candidatures/${pending.id}/hiring-dates`).set(ei.headers).send({ hiringStart: '2026-12-20' }).expect(409);
      expect(notHired.body).toMatchObject({ type: '/api/problems/candidature-transition-not-allowed', state: 'new' });
      await t.http.post(`/api/candidatures/${first.id}/hiring-dates`).set(ei.headers).send({ hiringStart: '2026-12-20' }).expect(404);
    });
  });

  describe('archiving', () => {
    it('the SIAE archives and un-archives from its inbox; the lists hide what is archived unless asked; a hire is never archived', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const received = async (query: Record<string, string> = {}) =>
        (await t.http.get('/api/candidatures/received').query(query).set(aci.headers).expect(200)).body.items.map((c: { id: string }) => c.id).sort();
      const a = await send(t, prescriber, { candidateId: (await eligibleCandidate(t, prescriber, prescriber)).id, employerId: aci.organization.id });
      const b = await send(t, prescriber, { candidateId: (await eligibleCandidate(t, prescriber, prescriber)).id, employerId: aci.organization.id });
      const c = await send(t, prescriber, { candidateId: (await eligibleCandidate(t, prescriber, prescriber)).id, employerId: aci.organization.id });
      await t.http.post(`/api/candidatures/${b.id}/refusal`).set(aci.headers).send({ reason: 'no_position' }).expect(200);
      await t.http.post(`/api/candidatures/${c.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-12-01' }).expect(200);

      const archived = await t.http.post(`/api/candidatures/${a.id}/archive`).set(aci.headers).expect(200);
      expect(archived.body).toMatchObject({ id: a.id, state: 'new', archivedAt: `${TODAY}T09:00:00.000Z` });
      await t.http.post(`/api/candidatures/${a.id}/archive`).set(aci.headers).expect(200);
      await t.http.post(`/api/candidatures/${b.id}/archive`).set(aci.headers).expect(200);
      const hire = await t.http.post(`/api/candidatures/${c.id}/archive`).set(aci.headers).expect(409);
      expect(hire.body).toMatchObject({ type: '/api/problems/candidature-not-archivable', state: 'accepted' });
      await t.http.post(`/api/candidatures/${a.id}/archive`).set(prescriber.headers).expect(403);

      expect(await received()).toEqual([c.id]);
      expect(await received({ archived: 'only' })).toEqual([a.id, b.id].sort());
      expect(await received({ archived: 'include' })).toEqual([a.id, b.id, c.id].sort());
      await t.http.get('/api/candidatures/received').query({ archived: 'yes' }).set(aci.headers).expect(400);
      const sent = await t.http.get('/api/candidatures/sent').query({ scope: 'organization' }).set(prescriber.headers).expect(200);
      expect(sent.body.items.map((x: { id: string }) => x.id)).toEqual([c.id]);

      const back = await t.http.delete(`/api/candidatures/${a.id}/archive`).set(aci.headers).expect(200);
      expect(back.body.archivedAt).toBeNull();
      // Any move brings a candidature back from the archive.
      await t.http.post(`/api/candidatures/${b.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-12-02' }).expect(200);
      expect(await received()).toEqual([a.id, b.id, c.id].sort());
      const audit = await t.dataSource.query(
        `SELECT action FROM audit_events WHERE subject_id = $1 AND action LIKE 'candidature.%archived' ORDER BY occurred_at, created_at`,
        [a.id],
      );
      expect(audit.map((r: { action: string }) => r.action)).toEqual(['candidature.archived', 'candidature.unarchived']);
    });

    it('a daily job archives what stayed untouched 180 days, never a hire nor the pool; un-archiving counts as a touch', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const ei = await createSiae(t, 'EI');
      const candidature = async () =>
        send(t, prescriber, { candidateId: (await eligibleCandidate(t, prescriber, prescriber)).id, employerId: ei.organization.id });
      const refused = await candidature();
      const pool = await candidature();
      const hire = await candidature();
      const unarchived = await candidature();
      await t.http.post(`/api/candidatures/${refused.id}/refusal`).set(ei.headers).send({ reason: 'no_position' }).expect(200);
      await t.http.post(`/api/candidatures/${pool.id}/pool`).set(ei.headers).send({}).expect(200);
      await t.http.post(`/api/candidatures/${hire.id}/acceptance`).set(ei.headers).send({ hiringStart: '2026-12-01' }).expect(200);
      await t.http.post(`/api/candidatures/${unarchived.id}/refusal`).set(ei.headers).send({ reason: 'duplicate' }).expect(200);
      await t.http.post(`/api/candidatures/${unarchived.id}/archive`).set(ei.headers).expect(200);
      t.clock.set('2027-01-22T09:00:00Z'); // 60 days later
      await t.http
        .delete(`/api/candidatures/${unarchived.id}/archive`)
        .set((await signed(ei)).headers)
        .expect(200);

      const jobs = t.get(ScheduledJobs);
      const archivedIds = async () =>
        (await t.dataSource.query(`SELECT id FROM candidatures WHERE employer_id = $1 AND archived_at IS NOT NULL`, [ei.organization.id])).map(
          (r: { id: string }) => r.id,
        );
      // Other candidatures of this file are archived too when their day comes: count this employer's.
      t.clock.set('2027-05-22T08:59:59Z'); // 180 days less a second
      await jobs.run('candidatures.auto-archive');
      expect(await archivedIds()).toEqual([]);
      t.clock.set('2027-05-22T09:00:00Z'); // 180 days
      const planned = (await jobs.run('candidatures.auto-archive', { dryRun: true })) as unknown as { archived: number };
      expect(await archivedIds()).toEqual([]);
      expect(await jobs.run('candidatures.auto-archive')).toMatchObject({ archived: planned.archived });
      expect(await archivedIds()).toEqual([refused.id]);
      expect(await jobs.run('candidatures.auto-archive')).toMatchObject({ archived: 0 });
      t.clock.set('2027-07-21T08:59:59Z');
      await jobs.run('candidatures.auto-archive');
      expect(await archivedIds()).toEqual([refused.id]);
      t.clock.set('2027-07-21T09:00:00Z'); // 180 days after the un-archiving
      await jobs.run('candidatures.auto-archive');
      expect((await archivedIds()).sort()).toEqual([refused.id, unarchived.id].sort());
      const [byJob] = await t.dataSource.query(`SELECT archived_by_id FROM candidatures WHERE id = $1`, [refused.id]);
      expect(byJob.archived_by_id).toBeNull();
    });
  });
});
