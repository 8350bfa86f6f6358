import { ScheduledJobs, addDays } from '@iae/core';
import { ADVANCE_PHASES_JOB, ControlPhases } from '@iae/controls';
import { ControlsRepository } from '../../../libs/controls/src/controls.repository';
import { Member, SmtpCatcher, TestApp, createDdets, notificationEventsHandled } from '@iae/testing';
import { PDF, calendarFrom, insertCampaign, insertEvaluation, relogin as memberAgain, siaeIn, startControlsApp, stopControlsApp } from './controls-helpers';

const TODAY = '2026-11-23';

/**
 * The close of a campaign (rules card: only what the DDETS never reviewed is accepted by default; a
 * SIAE that never answered, or whose proofs the DDETS refused, closes refused and awaits its
 * sanctions, the DDETS told), and the state of each drawn hire as its proofs make it.
 */
describe('a-posteriori control: the close, and the state of each hire', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let nord: Member;

  beforeAll(async () => {
    ({ t, smtp } = await startControlsApp(TODAY));
    nord = await createDdets(t, '59');
  });
  afterAll(() => stopControlsApp(t, smtp));

  const advance = () => t.get(ScheduledJobs).run(ADVANCE_PHASES_JOB) as Promise<{ summary: string; steps: Record<string, number> }>;
  const evaluation = async (id: string, who: Member = nord) => (await t.http.get(`/api/control-evaluations/${id}`).set(who.headers).expect(200)).body;

  it('closes refused what the DDETS refused criterion by criterion without deciding, and what was never answered; accepts only what it never reviewed; tells the DDETS which SIAE await sanctions; closing twice changes nothing', async () => {
    // Ended 10 days ago: the close is due.
    const calendar = calendarFrom(addDays(TODAY, -90), '2018-05-01');
    const campaignId = await insertCampaign(t, nord.organization.id, calendar, 'adversarial');
    const siae = {
      refusedAgain: await siaeIn(t, 'ACI', '59350'),
      sentAgainUnreviewed: await siaeIn(t, 'EI', '59350'),
      silent: await siaeIn(t, 'AI', '59599'),
      refusedFirstRound: await siaeIn(t, 'ETTI', '59599'),
      neverReviewed: await siaeIn(t, 'ACI', '59183'),
    };
    const ids = {
      refusedAgain: (await insertEvaluation(t, campaignId, siae.refusedAgain.organization, 'resubmitted', { phase1: 'refused', phase2: 'refused' }))
        .evaluationId,
      sentAgainUnreviewed: (await insertEvaluation(t, campaignId, siae.sentAgainUnreviewed.organization, 'resubmitted', { phase1: 'refused' })).evaluationId,
      silent: (await insertEvaluation(t, campaignId, siae.silent.organization, 'adversarial', { phase1: 'refused' })).evaluationId,
      refusedFirstRound: (await insertEvaluation(t, campaignId, siae.refusedFirstRound.organization, 'submitted', { phase1: 'refused' })).evaluationId,
      neverReviewed: (await insertEvaluation(t, campaignId, siae.neverReviewed.organization, 'submitted')).evaluationId,
    };

    expect((await advance()).steps).toEqual({ close: 1 });
    const final = async (id: string) => (await evaluation(id)).final;
    expect(await final(ids.refusedAgain)).toMatchObject({ state: 'refused', reason: 'invalid_proof', forced: false });
    expect(await final(ids.refusedFirstRound)).toMatchObject({ state: 'refused', reason: 'invalid_proof', forced: false });
    expect(await final(ids.silent)).toMatchObject({ state: 'refused', reason: 'delay' });
    expect(await final(ids.sentAgainUnreviewed)).toMatchObject({ state: 'accepted', forced: true });
    expect(await final(ids.neverReviewed)).toMatchObject({ state: 'accepted', forced: true });

    const toDdets = await smtp.waitForMailTo(nord.user.email, 'en attente de sanctions');
    expect(toDdets.subject).toContain('3 structure(s)');
    for (const refused of [siae.refusedAgain, siae.silent, siae.refusedFirstRound]) expect(toDdets.text).toContain(refused.organization.name);
    for (const accepted of [siae.sentAgainUnreviewed, siae.neverReviewed]) expect(toDdets.text).not.toContain(accepted.organization.name);
    await smtp.waitFor((m) => m.to.includes(siae.refusedAgain.user.email.toLowerCase()) && m.text.includes('Justificatif non conforme'));
    await smtp.waitFor((m) => m.to.includes(siae.neverReviewed.user.email.toLowerCase()) && m.subject.includes('accepté'));

    // The refused one is sanctioned like any final refusal.
    await t.http
      .post(`/api/control-evaluations/${ids.refusedAgain}/sanctions`)
      .set(nord.headers)
      .send({ explanation: 'Justificatifs refusés.', trainingSession: true })
      .expect(201);

    // Closing twice changes nothing and sends nothing (the sanctions' e-mail is queued by the listener first).
    await notificationEventsHandled(t);
    const emails = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM email_messages`))[0].n as number;
    const before = await emails();
    expect((await advance()).steps).toEqual({});
    const again = await t.dataSource.transaction(async (manager) => {
      const campaign = (await t.get(ControlsRepository).findCampaign(campaignId, manager, { lock: 'update' }))!;
      return t.get(ControlPhases).apply(manager, campaign, 'close', null);
    });
    expect(again).toBe(false);
    await notificationEventsHandled(t);
    expect(await emails()).toBe(before);
    expect(await final(ids.sentAgainUnreviewed)).toMatchObject({ state: 'accepted', forced: true });
    const closings = await t.dataSource.query(`SELECT 1 FROM audit_events WHERE subject_id = $1 AND action = 'control_campaign.closed'`, [campaignId]);
    expect(closings).toHaveLength(1);
  });

  it('accepts, as the adversarial phase opens, what was submitted and never refused; a proof refused without a decision gets its second chance', async () => {
    // The SIAE's submission deadline passed 15 days ago, the adversarial phase opened 5 days ago (the job is late).
    const calendar = calendarFrom(addDays(TODAY, -45), '2018-09-01');
    const campaignId = await insertCampaign(t, nord.organization.id, calendar, 'submission');
    const siae = {
      neverReviewed: await siaeIn(t, 'ACI', '59350'),
      reviewedAccepted: await siaeIn(t, 'EI', '59350'),
      reviewedRefused: await siaeIn(t, 'AI', '59599'),
      decidedRefused: await siaeIn(t, 'ETTI', '59599'),
    };
    const ids = {
      neverReviewed: (await insertEvaluation(t, campaignId, siae.neverReviewed.organization, 'submitted')).evaluationId,
      reviewedAccepted: (await insertEvaluation(t, campaignId, siae.reviewedAccepted.organization, 'submitted', { phase1: 'accepted' })).evaluationId,
      reviewedRefused: await insertEvaluation(t, campaignId, siae.reviewedRefused.organization, 'submitted', { phase1: 'refused' }),
      decidedRefused: (await insertEvaluation(t, campaignId, siae.decidedRefused.organization, 'refused', { phase1: 'refused' })).evaluationId,
    };

    // A second proof of the refused one, never reviewed: accepted with the opening, not asked again.
    const [{ id: unreviewedId }] = await t.dataSource.query(
      `INSERT INTO control_criteria (evaluation_id, hire_id, criterion_key) SELECT evaluation_id, hire_id, 'ASS' FROM control_criteria WHERE id = $1 RETURNING id`,
      [ids.reviewedRefused.criterionId],
    );

    expect((await advance()).steps).toEqual({ openAdversarial: 1 });
    expect((await advance()).steps).toEqual({});
    const secondRound = (await evaluation(ids.reviewedRefused.evaluationId, siae.reviewedRefused)).hires.flatMap(
      (h: { criteria: Array<{ id: string; toSend: boolean }> }) => h.criteria,
    );
    expect(Object.fromEntries(secondRound.map((c: { id: string; toSend: boolean }) => [c.id, c.toSend]))).toEqual({
      [ids.reviewedRefused.criterionId]: true,
      [unreviewedId]: false,
    });
    for (const id of [ids.neverReviewed, ids.reviewedAccepted]) {
      expect(await evaluation(id)).toMatchObject({ state: 'closed', final: { state: 'accepted', forced: true } });
    }
    for (const id of [ids.reviewedRefused.evaluationId, ids.decidedRefused]) {
      expect(await evaluation(id)).toMatchObject({ state: 'adversarial', openPhase: 2, deadline: calendar.adversarialDeadline });
    }
    await smtp.waitFor((m) => m.to.includes(siae.neverReviewed.user.email.toLowerCase()) && m.subject.includes('accepté'));
    await smtp.waitFor((m) => m.to.includes(siae.reviewedAccepted.user.email.toLowerCase()) && m.subject.includes('accepté'));
    await smtp.waitForMailTo(siae.reviewedRefused.user.email, 'phase contradictoire ouverte');
    await smtp.waitForMailTo(siae.decidedRefused.user.email, 'phase contradictoire ouverte');

    // Settled, the first round is no longer the DDETS's to review.
    await t.http
      .post(`/api/control-evaluations/${ids.neverReviewed}/decision`)
      .set(nord.headers)
      .send({ decision: 'refused', reason: 'invalid_proof' })
      .expect(409);
    const [opened] = await t.dataSource.query(`SELECT details FROM audit_events WHERE subject_id = $1 AND action = 'control_campaign.adversarial_opened'`, [
      campaignId,
    ]);
    expect(opened.details).toEqual({ evaluations: 2, acceptedUnreviewed: 2 });
  });

  it('opened late, after the SIAE could answer, leaves a refused proof to the close and still accepts what was never refused', async () => {
    // The adversarial phase opened 30 days ago, its deadline passed 4 days ago; the job runs only now.
    const calendar = calendarFrom(addDays(TODAY, -70), '2018-10-01');
    const campaignId = await insertCampaign(t, nord.organization.id, calendar, 'submission');
    const refusedProof = await siaeIn(t, 'ACI', '59350');
    const neverReviewed = await siaeIn(t, 'EI', '59350');
    const refused = (await insertEvaluation(t, campaignId, refusedProof.organization, 'submitted', { phase1: 'refused' })).evaluationId;
    const accepted = (await insertEvaluation(t, campaignId, neverReviewed.organization, 'submitted')).evaluationId;

    expect((await advance()).steps).toEqual({ openAdversarial: 1 });
    expect(await evaluation(refused)).toMatchObject({ state: 'submitted' });
    expect(await evaluation(accepted)).toMatchObject({ state: 'closed', final: { state: 'accepted', forced: true } });
  });

  it('sanctions with a withdrawal of auto-prescription from one month after the decision, ending after it starts, or permanent', async () => {
    const calendar = calendarFrom(addDays(TODAY, -90), '2018-08-01');
    const campaignId = await insertCampaign(t, nord.organization.id, calendar, 'adversarial');
    const siae = await siaeIn(t, 'ACI', '59350');
    const { evaluationId } = await insertEvaluation(t, campaignId, siae.organization, 'adversarial', { phase1: 'refused' });
    expect((await advance()).steps).toEqual({ close: 1 });
    const sanctions = `/api/control-evaluations/${evaluationId}/sanctions`;
    const send = (autoPrescriptionWithdrawal: Record<string, unknown>) =>
      t.http.post(sanctions).set(nord.headers).send({ explanation: 'Aucun justificatif transmis.', autoPrescriptionWithdrawal });
    const dayShort = await send({ from: '2026-12-22', to: '2027-06-30' }).expect(422);
    expect(dayShort.body.errors).toEqual([expect.objectContaining({ field: 'autoPrescriptionWithdrawal.from', code: 'oneMonthAfterDecision' })]);
    const sameDay = await send({ from: '2026-12-23', to: '2026-12-23' }).expect(422);
    expect(sameDay.body.errors).toEqual([expect.objectContaining({ field: 'autoPrescriptionWithdrawal.to', code: 'afterFrom' })]);
    const permanent = await send({ from: '2026-12-23' }).expect(201);
    expect(permanent.body.sanctions).toMatchObject({ autoPrescriptionWithdrawal: { from: '2026-12-23', to: null } });
    const mail = await smtp.waitForMailTo(siae.user.email, 'sanctions décidées');
    expect(mail.text).toContain('à partir du 23 décembre 2026, sans date de fin');

    // Eligibility enforces it from its first day, years later still.
    const [candidateId] = await t.dataSource
      .query(`SELECT candidate_id FROM control_hires h JOIN control_evaluations e ON e.id = h.evaluation_id WHERE e.id = $1`, [evaluationId])
      .then((rows: Array<{ candidate_id: string }>) => rows.map((r) => r.candidate_id));
    const diagnose = async (day: string) => {
      t.clock.set(`${day}T09:00:00Z`);
      const signed = await memberAgain(t, siae);
      const proof = await t.http.post('/api/eligibility-proofs').set(signed.headers).attach('file', PDF, 'rsa.pdf').expect(201);
      return t.http
        .post(`/api/candidates/${candidateId}/eligibility-diagnoses`)
        .set(signed.headers)
        .send({ criteria: [{ key: 'RSA', proofFileId: proof.body.id, proofDate: day }] });
    };
    try {
      expect((await diagnose('2026-12-22')).status).toBe(201);
      const refused = await diagnose('2031-06-01');
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ type: '/api/problems/auto-prescription-withdrawn', withdrawal: { from: '2026-12-23', to: null } });
    } finally {
      t.clock.set(`${TODAY}T09:00:00Z`);
    }
  });

  it('shows each hire pending until every criterion has a proof, then uploaded, submitted, reviewed, refused; the SIAE is not "submittable" before any proof', async () => {
    const campaignId = await insertCampaign(t, nord.organization.id, calendarFrom(addDays(TODAY, -5), '2018-06-01'), 'submission');
    const siae = await siaeIn(t, 'ACI', '59350');
    const { evaluationId, criterionId } = await insertEvaluation(t, campaignId, siae.organization, 'submittable');

    const fresh = await evaluation(evaluationId, siae);
    expect(fresh).toMatchObject({ state: 'pending', openPhase: 1, hires: [{ state: 'pending' }] });
    const board = await t.http.get(`/api/control-campaigns/${campaignId}`).set(nord.headers).expect(200);
    expect(board.body.evaluations).toEqual([expect.objectContaining({ id: evaluationId, state: 'pending' })]);

    await t.http.post(`/api/control-evaluations/${evaluationId}/criteria/${criterionId}/proof`).set(siae.headers).attach('file', PDF, 'rsa.pdf').expect(201);
    expect(await evaluation(evaluationId, siae)).toMatchObject({ state: 'submittable', hires: [{ state: 'uploaded' }] });

    await t.http.post(`/api/control-evaluations/${evaluationId}/submission`).set(siae.headers).expect(200);
    expect(await evaluation(evaluationId, siae)).toMatchObject({ state: 'submitted', hires: [{ state: 'submitted' }] });

    await t.http
      .post(`/api/control-evaluations/${evaluationId}/criteria/${criterionId}/review`)
      .set(nord.headers)
      .send({ decision: 'refused', comment: 'Attestation de 2019.' })
      .expect(200);
    expect((await evaluation(evaluationId)).hires[0].state).toBe('reviewed');
    expect((await evaluation(evaluationId, siae)).hires[0].state).toBe('submitted');

    await t.http.post(`/api/control-evaluations/${evaluationId}/decision`).set(nord.headers).send({ decision: 'refused', reason: 'invalid_proof' }).expect(200);
    expect(await evaluation(evaluationId, siae)).toMatchObject({ state: 'refused', hires: [{ state: 'refused' }] });
  });

  it('shows a hire refused a second time, and one accepted', async () => {
    const campaignId = await insertCampaign(t, nord.organization.id, calendarFrom(addDays(TODAY, -50), '2018-07-01'), 'adversarial');
    const twice = await siaeIn(t, 'EI', '59350');
    const fine = await siaeIn(t, 'AI', '59350');
    const second = await insertEvaluation(t, campaignId, twice.organization, 'resubmitted', { phase1: 'refused', phase2: 'refused' });
    const accepted = await insertEvaluation(t, campaignId, fine.organization, 'submitted', { phase1: 'accepted' });
    await t.http
      .post(`/api/control-evaluations/${second.evaluationId}/decision`)
      .set(nord.headers)
      .send({ decision: 'refused', reason: 'invalid_proof' })
      .expect(200);
    await t.http.post(`/api/control-evaluations/${accepted.evaluationId}/decision`).set(nord.headers).send({ decision: 'accepted' }).expect(200);
    expect((await evaluation(second.evaluationId, twice)).hires[0].state).toBe('refused_2');
    expect((await evaluation(accepted.evaluationId, fine)).hires[0].state).toBe('accepted');
  });
});
