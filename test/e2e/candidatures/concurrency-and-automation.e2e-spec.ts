import { FirstAnswers1763900001500 } from '../../../libs/database/src/migrations/1763900001500-first-answers';
import { ScheduledJobs } from '@iae/core';
import { SmtpCatcher, TestApp, addMember, createHabilitatedPrescriber, createOrganization, createSiae, createTestApp, login } from '@iae/testing';
import { eligibleCandidate, send } from './world';

describe('candidatures under concurrency, and the automatic refusal', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url }, now: '2026-11-23T09:00:00Z' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('two employers hiring the same person at once share one PASS IAE', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    const ei = await createSiae(t, 'EI');
    const candidate = await eligibleCandidate(t, prescriber, prescriber);
    const toAci = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
    const toEi = await send(t, prescriber, { candidateId: candidate.id, employerId: ei.organization.id });

    const [a, b] = await Promise.all([
      t.http.post(`/api/candidatures/${toAci.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-12-01' }),
      t.http.post(`/api/candidatures/${toEi.id}/acceptance`).set(ei.headers).send({ hiringStart: '2026-12-01' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.passIae.number).toBe(b.body.passIae.number);
    const passes = await t.dataSource.query(`SELECT number FROM pass_iae WHERE candidate_id = $1`, [candidate.id]);
    expect(passes).toHaveLength(1);
  });

  it('the same person sent to the same employer three times at once: one candidature, the 24-hour rule for the others', async () => {
    t.clock.set('2026-11-23T09:00:00Z');
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    const candidate = await eligibleCandidate(t, prescriber, prescriber);
    const body = { candidateId: candidate.id, employerId: aci.organization.id, message: 'Motivé.' };
    const answers = await Promise.all([1, 2, 3].map(() => t.http.post('/api/candidatures').set(prescriber.headers).send(body)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422, 422]);
    for (const refused of answers.filter((a) => a.status === 422)) expect(refused.body.reason).toBe('appliedWithin24Hours');
    expect(await t.dataSource.query(`SELECT 1 FROM candidatures WHERE candidate_id = $1`, [candidate.id])).toHaveLength(1);
  });

  it('the same candidature accepted twice at once makes one transition', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    const candidate = await eligibleCandidate(t, prescriber, prescriber);
    const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
    const responses = await Promise.all(
      [1, 2, 3].map(() => t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-12-01' })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const log = await t.dataSource.query(`SELECT 1 FROM candidature_transitions WHERE candidature_id = $1 AND transition = 'accept'`, [sent.id]);
    expect(log).toHaveLength(1);
  });

  it('refuses what nobody answered for 60 days, tells the candidate and not the prescriber, once', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    const email = `oublie.${Date.now()}@example.org`;
    const candidate = await eligibleCandidate(t, prescriber, prescriber, { email });
    const stale = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
    const other = await eligibleCandidate(t, prescriber, prescriber);
    const answered = await send(t, prescriber, { candidateId: other.id, employerId: aci.organization.id });

    t.clock.set('2027-01-21T09:00:00Z'); // 59 days
    const jobs = t.get(ScheduledJobs);
    expect(await jobs.run('candidatures.auto-refusal')).toMatchObject({ refused: 0 });
    await t.http
      .post(`/api/candidatures/${answered.id}/postponement`)
      .set({ ...aci.headers, authorization: `Bearer ${await login(t.http, aci.user)}` })
      .send({ comment: 'Rappel prévu' })
      .expect(200);
    t.clock.set('2027-01-22T09:00:01Z'); // 60 days
    const [first, second] = await Promise.all([jobs.run('candidatures.auto-refusal'), jobs.run('candidatures.auto-refusal')]);
    const refusedCount = [first, second].map((r) => ('refused' in r ? (r.refused as number) : 0)).reduce((x, y) => x + y, 0);
    expect(refusedCount).toBeGreaterThanOrEqual(1);
    const [row] = await t.dataSource.query(`SELECT state, refusal_reason FROM candidatures WHERE id = $1`, [stale.id]);
    expect(row).toEqual({ state: 'refused', refusal_reason: 'auto' });
    expect((await t.dataSource.query(`SELECT state FROM candidatures WHERE id = $1`, [answered.id]))[0].state).toBe('postponed');
    expect(await t.dataSource.query(`SELECT 1 FROM candidature_transitions WHERE candidature_id = $1 AND to_state = 'refused'`, [stale.id])).toHaveLength(1);

    // The candidate reads the standard answer of an automatic refusal, by e-mail and in their candidature.
    const told = await smtp.waitForMailTo(email, 'Déclinée');
    expect(told.text).toContain('Faute de réponse de l’employeur dans les 60 jours, votre candidature est close.');
    expect((await t.dataSource.query(`SELECT answer FROM candidatures WHERE id = $1`, [stale.id]))[0].answer).toContain('dans les 60 jours');
    await t.relayOutbox();
    const toPrescriber = await t.dataSource.query(
      `SELECT 1 FROM email_messages WHERE recipient = $1 AND template = 'candidatures/updated-for-sender' AND context->>'state' = 'Déclinée'`,
      [prescriber.user.email],
    );
    expect(toPrescriber).toEqual([]);
    expect(await jobs.run('candidatures.auto-refusal')).toMatchObject({ refused: 0 });

    // The figures' « first answer » is the employer's, never the automatic refusal; migration 1500
    // corrects the dates migration 1200 took from the log with the automatic refusals in.
    const firstAnswers = async () =>
      (await t.dataSource.query(`SELECT id, first_answered_at FROM candidatures WHERE id = ANY($1::uuid[]) ORDER BY id`, [[stale.id, answered.id]])).map(
        (r: { id: string; first_answered_at: Date | null }) => [r.id, r.first_answered_at?.toISOString() ?? null],
      );
    const expected = [
      [stale.id, null],
      [answered.id, '2027-01-21T09:00:00.000Z'],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(await firstAnswers()).toEqual(expected);
    await t.dataSource.query(`UPDATE candidatures SET first_answered_at = state_changed_at WHERE id = $1`, [stale.id]);
    const runner = t.dataSource.createQueryRunner();
    try {
      await new FirstAnswers1763900001500().up(runner);
    } finally {
      await runner.release();
    }
    expect(await firstAnswers()).toEqual(expected);
  });

  it('gives the structure a candidature is transferred to its own 60 days', async () => {
    t.clock.set('2026-11-23T09:00:00Z');
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    const sister = await createOrganization(t.dataSource, { family: 'employer', kind: 'EI' });
    await addMember(t.dataSource, aci.user.id, sister.id, 'admin');
    const candidate = await eligibleCandidate(t, prescriber, prescriber);
    const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });

    t.clock.set('2027-01-21T09:00:00Z'); // 59 days at the first structure, still new: transferred as new
    await t.http
      .post(`/api/candidatures/${sent.id}/transfer`)
      .set({ ...aci.headers, authorization: `Bearer ${await login(t.http, aci.user)}` })
      .send({ employerId: sister.id })
      .expect(200);
    const jobs = t.get(ScheduledJobs);
    t.clock.set('2027-01-22T09:00:01Z');
    await jobs.run('candidatures.auto-refusal');
    expect((await t.dataSource.query(`SELECT state FROM candidatures WHERE id = $1`, [sent.id]))[0].state).toBe('new');
    t.clock.set('2027-03-22T09:00:01Z'); // 60 days after the transfer
    await jobs.run('candidatures.auto-refusal');
    expect((await t.dataSource.query(`SELECT state, refusal_reason FROM candidatures WHERE id = $1`, [sent.id]))[0]).toEqual({
      state: 'refused',
      refusal_reason: 'auto',
    });
  });

  it('200 hires at once get 200 distinct PASS numbers', async () => {
    t.clock.set('2026-11-23T09:00:00Z');
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    // Candidates and diagnoses in bulk: the HTTP part under test is the acceptance.
    const ids: string[] = (
      await t.dataSource.query(
        `INSERT INTO candidates (first_name, last_name, birth_date, nir_missing_reason, france_travail_id_missing_reason)
         SELECT 'Personne', 'Numéro ' || g, '1990-01-01', 'no_nir', 'not_registered' FROM generate_series(1, 200) g RETURNING id`,
      )
    ).map((r: { id: string }) => r.id);
    await t.dataSource.query(
      `INSERT INTO eligibility_diagnoses (candidate_id, author_kind, author_organization_id, created_on, expires_on)
       SELECT unnest($1::uuid[]), 'prescriber', $2, '2026-11-23', '2027-05-23'`,
      [ids, prescriber.organization.id],
    );
    const candidatures: string[] = (
      await t.dataSource.query(
        `INSERT INTO candidatures (candidate_id, employer_id, sender_kind, sender_user_id, sender_organization_id, sender_habilitated, message)
         SELECT unnest($1::uuid[]), $2, 'prescriber', $3, $4, true, 'Candidature' RETURNING id`,
        [ids, aci.organization.id, prescriber.user.id, prescriber.organization.id],
      )
    ).map((r: { id: string }) => r.id);

    const responses = await Promise.all(
      candidatures.map((id) => t.http.post(`/api/candidatures/${id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-11-30' })),
    );
    expect(responses.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    const numbers = new Set(responses.map((r) => r.body.passIae.number as string));
    expect(numbers.size).toBe(200);
    const counters = [...numbers].map((n) => Number(n.slice(5))).sort((x, y) => x - y);
    expect(counters[199] - counters[0]).toBeLessThan(400);
  }, 120_000);
});
