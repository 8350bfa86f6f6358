import { ScheduledJobs } from '@iae/core';
import { ADVANCE_PHASES_JOB } from '@iae/controls';
import { createCandidate, createDdets, createHabilitatedPrescriber, createStaff, login, Member, SmtpCatcher, TEST_FILES, TestApp } from '@iae/testing';
import { CALENDAR, PDF, insertHires, siaeIn, startControlsApp, stopControlsApp } from './controls-helpers';

const TODAY = '2026-11-23';
const PNG = TEST_FILES.png;

type Signed = { user: Member['user']; organization?: Member['organization']; headers: Record<string, string> };
type Criterion = { id: string; key: string; toSend: boolean; reviews: Array<{ phase: number; decision: string }> };
type Evaluation = { id: string; state: string; deadline: string | null; hires: Array<{ criteria: Criterion[] }> };

const criteriaOf = (evaluation: Evaluation): Criterion[] => evaluation.hires.flatMap((h) => h.criteria);

/**
 * A whole campaign of the a-posteriori control in the Nord, on the test clock: the DDETS opens it
 * and confirms the draw (2 of 5 qualifying SIAE at 40 %); the job notifies them, reminds them 7 days
 * before each deadline, refuses for delay the one that sends nothing, opens the adversarial phase and
 * closes the campaign; the diligent SIAE sends proofs, is refused twice and sanctioned with a
 * withdrawal of auto-prescription that eligibility then enforces. Every e-mail arrives over SMTP.
 */
describe('a-posteriori control: a campaign from opening to sanctions', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let jobs: ScheduledJobs;
  let nord: Signed;
  let pasDeCalais: Signed;
  let staff: Signed;
  let prescriber: Signed;
  const siaeById = new Map<string, Signed>();
  /** The three SIAE drawn: the one whose proofs are refused, the one that sends nothing, the one in order. */
  let diligent: Signed;
  let silent: Signed;
  let compliant: Signed;
  let other: Signed;
  let campaignId: string;
  let evaluationId: string;
  let silentEvaluationId: string;
  let compliantEvaluationId: string;

  async function signIn(who: Signed): Promise<Signed> {
    const token = await login(t.http, who.user);
    return { ...who, headers: { ...who.headers, authorization: `Bearer ${token}` } };
  }

  /** Moves the clock (9:00 UTC) and signs everyone in again (tokens follow the clock). */
  async function travel(day: string): Promise<void> {
    t.clock.set(`${day}T09:00:00Z`);
    [nord, pasDeCalais, staff, prescriber, diligent, silent, compliant, other] = await Promise.all(
      [nord, pasDeCalais, staff, prescriber, diligent, silent, compliant, other].map((who) => signIn(who)),
    );
  }

  const advance = () => jobs.run(ADVANCE_PHASES_JOB) as Promise<{ summary: string; steps: Record<string, number> }>;
  const mailsTo = (who: Signed) => smtp.messages.filter((m) => m.to.includes(who.user.email.toLowerCase()));

  beforeAll(async () => {
    ({ t, smtp } = await startControlsApp(TODAY));
    jobs = t.get(ScheduledJobs);
    nord = await createDdets(t, '59');
    pasDeCalais = await createDdets(t, '62');
    staff = await createStaff(t);
    prescriber = await createHabilitatedPrescriber(t, 'FT');
    // Seven SIAE of the Nord with 2 auto-prescribed hires each: all qualify.
    for (const [kind, commune] of [
      ['ACI', '59350'],
      ['EI', '59599'],
      ['AI', '59350'],
      ['ETTI', '59599'],
      ['ACI', '59183'],
      ['EI', '59350'],
      ['AI', '59599'],
    ]) {
      const siae = await siaeIn(t, kind, commune);
      await insertHires(t, siae.organization, 2, { from: '2026-04-01', criteria: ['RSA'] });
      siaeById.set(siae.organization.id, siae);
    }
  });
  afterAll(() => stopControlsApp(t, smtp));

  it('lets the DDETS open a campaign for its département, and nobody else read it', async () => {
    const created = await t.http
      .post('/api/control-campaigns')
      .set(nord.headers)
      .set('idempotency-key', 'campagne-nord-2026-ouverture')
      .send({ name: 'Contrôle a posteriori 2026 — Nord', ...CALENDAR, ratioPercent: 40 })
      .expect(201);
    campaignId = created.body.id;
    // Its own opening is in the history it answers, also inside the transaction of an idempotent request.
    expect(created.body.history.map((h: { action: string }) => h.action)).toEqual(['control_campaign.opened']);
    expect(created.body).toMatchObject({ state: 'draft', ratioPercent: 40, right: 'decide', departement: { code: '59' }, readableUntil: '2030-03-15' });
    // The SIAE's last day in the adversarial phase, by default 14 days before the end: the DDETS reviews in between.
    expect(created.body).toMatchObject({ adversarialStart: '2027-02-01', adversarialDeadline: '2027-03-01', endsOn: '2027-03-15' });
    // The seed is drawn with the draw: nobody computes beforehand what a ratio would draw.
    expect(created.body.seed).toBeNull();
    expect((await t.http.get(`/api/control-campaigns/${campaignId}/population`).set(nord.headers).expect(200)).body.seed).toBeNull();

    await t.http.get(`/api/control-campaigns/${campaignId}`).set(pasDeCalais.headers).expect(403);
    await t.http.patch(`/api/control-campaigns/${campaignId}`).set(pasDeCalais.headers).send({ ratioPercent: 20 }).expect(403);
    const [anySiae] = siaeById.values();
    await t.http.get(`/api/control-campaigns/${campaignId}`).set(anySiae.headers).expect(403);
    await t.http
      .post('/api/control-campaigns')
      .set(anySiae.headers)
      .send({ name: 'x', ...CALENDAR })
      .expect(403);
    await t.http
      .post('/api/control-campaigns')
      .set(staff.headers)
      .send({ name: 'x', ...CALENDAR })
      .expect(403);
    expect((await t.http.get(`/api/control-campaigns/${campaignId}`).set(staff.headers).expect(200)).body.right).toBe('read');
  });

  it('shows the population, then draws 3 of the 7 qualifying SIAE (40 %), each with its 2 hires', async () => {
    const population = await t.http.get(`/api/control-campaigns/${campaignId}/population`).set(nord.headers).expect(200);
    expect(population.body).toMatchObject({ hires: 14, siae: 7, qualifyingSiae: 7, siaeToSelect: 3 });

    const selected = await t.http.post(`/api/control-campaigns/${campaignId}/selection`).set(nord.headers).expect(200);
    expect(selected.body).toMatchObject({
      state: 'selected',
      seed: expect.any(Number),
      selection: { populationHires: 14, qualifyingSiae: 7, selectedSiae: 3 },
    });
    const [first, second, third] = selected.body.evaluations as Array<{ id: string; employer: { id: string }; state: string }>;
    expect([first, second, third].map((e) => e.state)).toEqual(['pending', 'pending', 'pending']);
    [evaluationId, silentEvaluationId, compliantEvaluationId] = [first.id, second.id, third.id];
    diligent = siaeById.get(first.employer.id)!;
    silent = siaeById.get(second.employer.id)!;
    compliant = siaeById.get(third.employer.id)!;
    other = [...siaeById.values()].find((s) => ![diligent, silent, compliant].includes(s))!;
    // Confidential until the notification day: nothing for the SIAE yet, no e-mail.
    expect((await t.http.get('/api/control-evaluations').set(diligent.headers).expect(200)).body).toEqual([]);
    await t.http.get(`/api/control-evaluations/${evaluationId}`).set(diligent.headers).expect(404);
    expect((await advance()).steps).toEqual({});
    expect(smtp.messages).toHaveLength(0);
  });

  it('notifies the SIAE drawn on the notification day, once however often the job runs', async () => {
    await travel(CALENDAR.notifyOn);
    expect((await advance()).steps).toEqual({ notify: 1 });
    expect((await advance()).steps).toEqual({});
    const mail = await smtp.waitForMailTo(diligent.user.email, 'sélectionnée');
    expect(mail.subject).toContain('15 janvier 2027');
    expect(mail.text).toContain(`${t.config.http.publicUrl}/siae/controles/${evaluationId}`);
    await smtp.waitForMailTo(silent.user.email, 'sélectionnée');
    await smtp.waitForMailTo(compliant.user.email, 'sélectionnée');
    expect(mailsTo(other)).toHaveLength(0);
    expect(mailsTo(diligent)).toHaveLength(1);

    const mine = await t.http.get('/api/control-evaluations').set(diligent.headers).expect(200);
    expect(mine.body).toHaveLength(1);
    // Asked to send, but not "submittable" before any proof (item 7 of issue 14): pending, each hire too.
    expect(mine.body[0]).toMatchObject({ id: evaluationId, state: 'pending', openPhase: 1, deadline: CALENDAR.submissionDeadline, hiresInPopulation: 2 });
    expect(mine.body[0].hires.map((h: { state: string }) => h.state)).toEqual(['pending', 'pending']);
    expect(mine.body[0].hires).toHaveLength(2);
    expect(criteriaOf(mine.body[0])).toEqual([
      expect.objectContaining({ key: 'RSA', toSend: true, expectedProof: expect.any(String) }),
      expect.objectContaining({ key: 'RSA', toSend: true }),
    ]);
  });

  it('keeps each SIAE to its own control, and the review to the campaign’s DDETS (403 otherwise)', async () => {
    await t.http.get(`/api/control-evaluations/${silentEvaluationId}`).set(diligent.headers).expect(403);
    await t.http.get(`/api/control-evaluations/${evaluationId}`).set(other.headers).expect(403);
    await t.http.get(`/api/control-evaluations/${evaluationId}`).set(pasDeCalais.headers).expect(403);
    await t.http.get(`/api/control-evaluations/${evaluationId}`).set(prescriber.headers).expect(403);
    const [criterion] = criteriaOf((await t.http.get(`/api/control-evaluations/${evaluationId}`).set(nord.headers).expect(200)).body);
    const proof = `/api/control-evaluations/${evaluationId}/criteria/${criterion.id}/proof`;
    await t.http.post(proof).set(other.headers).attach('file', PDF, 'rsa.pdf').expect(403);
    await t.http.post(proof).set(nord.headers).attach('file', PDF, 'rsa.pdf').expect(403);
    await t.http.post(`/api/control-evaluations/${silentEvaluationId}/submission`).set(diligent.headers).expect(403);
    const review = `/api/control-evaluations/${evaluationId}/criteria/${criterion.id}/review`;
    for (const who of [pasDeCalais, staff, diligent, prescriber]) await t.http.post(review).set(who.headers).send({ decision: 'accepted' }).expect(403);
    await t.http.post(`/api/control-evaluations/${evaluationId}/decision`).set(pasDeCalais.headers).send({ decision: 'accepted' }).expect(403);
  });

  it('takes one proof per criterion within the limits, then a submission that freezes them', async () => {
    const criteria = criteriaOf((await t.http.get(`/api/control-evaluations/${evaluationId}`).set(diligent.headers).expect(200)).body);
    const missing = await t.http.post(`/api/control-evaluations/${evaluationId}/submission`).set(diligent.headers).expect(422);
    expect(missing.body).toMatchObject({
      type: '/api/problems/control-proofs-missing',
      missing: expect.arrayContaining([expect.objectContaining({ key: 'RSA' })]),
    });

    const proof = (c: Criterion) => `/api/control-evaluations/${evaluationId}/criteria/${c.id}/proof`;
    await t.http.post(proof(criteria[0])).set(diligent.headers).send({ file: 'attestation' }).expect(415);
    const text = await t.http.post(proof(criteria[0])).set(diligent.headers).attach('file', Buffer.from('pas un justificatif'), 'notes.txt').expect(400);
    expect(text.body.errors[0]).toMatchObject({ field: 'file', code: 'fileType' });
    const big = await t.http
      .post(proof(criteria[0]))
      .set(diligent.headers)
      .attach('file', Buffer.concat([PDF, Buffer.alloc(70_000, 32)]), 'gros.pdf')
      .expect(400);
    expect(big.body.errors[0]).toMatchObject({ field: 'file', code: 'maxFileSize' });
    await t.http.post(proof(criteria[0])).set(diligent.headers).attach('file', PNG, 'brouillon.png').expect(201);
    await t.http.post(proof(criteria[0])).set(diligent.headers).attach('file', PDF, 'attestation-rsa-1.pdf').expect(201); // replaced until submitted
    const uploaded = await t.http.post(proof(criteria[1])).set(diligent.headers).attach('file', PDF, 'attestation-rsa-2.pdf').expect(201);
    expect(criteriaOf(uploaded.body).map((c) => (c as unknown as { proofs: Array<{ fileName: string }> }).proofs.map((p) => p.fileName))).toEqual([
      ['attestation-rsa-1.pdf'],
      ['attestation-rsa-2.pdf'],
    ]);

    const submitted = await t.http.post(`/api/control-evaluations/${evaluationId}/submission`).set(diligent.headers).expect(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', openPhase: null, deadline: null });
    const frozen = await t.http.post(proof(criteria[0])).set(diligent.headers).attach('file', PDF, 'autre.pdf').expect(409);
    expect(frozen.body.type).toBe('/api/problems/control-evaluation-state');
    await t.http.post(`/api/control-evaluations/${evaluationId}/submission`).set(diligent.headers).expect(409);
    const mail = await smtp.waitForMailTo(nord.user.email, 'a transmis ses justificatifs');
    expect(mail.text).toContain(diligent.organization!.name);
    // The DDETS downloads what was sent.
    const file = await t.http.get(proof(criteria[0])).set(nord.headers).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('accepts a SIAE whose proofs are all in order: the control is closed without sanction', async () => {
    const url = `/api/control-evaluations/${compliantEvaluationId}`;
    const criteria = criteriaOf((await t.http.get(url).set(compliant.headers).expect(200)).body);
    for (const c of criteria) await t.http.post(`${url}/criteria/${c.id}/proof`).set(compliant.headers).attach('file', PDF, 'attestation.pdf').expect(201);
    await t.http.post(`${url}/submission`).set(compliant.headers).expect(200);
    for (const c of criteria) await t.http.post(`${url}/criteria/${c.id}/review`).set(nord.headers).send({ decision: 'accepted' }).expect(200);
    await t.http.post(`${url}/decision`).set(nord.headers).send({ decision: 'refused', reason: 'other', comment: 'x' }).expect(422);
    const accepted = await t.http.post(`${url}/decision`).set(nord.headers).send({ decision: 'accepted' }).expect(200);
    expect(accepted.body).toMatchObject({ state: 'closed', final: { state: 'accepted', reason: null, forced: false } });
    const mail = await smtp.waitForMailTo(compliant.user.email, 'sont acceptés');
    expect(mail.text).toContain('DDETS 59');
    const sanction = await t.http.post(`${url}/sanctions`).set(nord.headers).send({ noSanctionReason: 'Conforme' }).expect(409);
    expect(sanction.body.type).toBe('/api/problems/control-sanctions-not-allowed');
  });

  it('reminds the SIAE that has not sent anything 7 days before the deadline, once', async () => {
    await travel('2027-01-08');
    expect((await advance()).steps).toEqual({ remindSubmission: 1 });
    expect((await advance()).steps).toEqual({});
    await smtp.waitForMailTo(silent.user.email, 'Rappel');
    for (const sent of [diligent, compliant]) expect(mailsTo(sent).filter((m) => m.subject.includes('Rappel'))).toHaveLength(0);
  });

  it('lets the DDETS review each criterion, and refuse the SIAE: the adversarial phase will follow', async () => {
    const criteria = criteriaOf((await t.http.get(`/api/control-evaluations/${evaluationId}`).set(nord.headers).expect(200)).body);
    const review = (c: Criterion) => `/api/control-evaluations/${evaluationId}/criteria/${c.id}/review`;
    const decision = `/api/control-evaluations/${evaluationId}/decision`;

    const early = await t.http.post(decision).set(nord.headers).send({ decision: 'accepted' }).expect(422);
    expect(early.body.type).toBe('/api/problems/control-reviews-missing');
    const noComment = await t.http.post(review(criteria[1])).set(nord.headers).send({ decision: 'refused' }).expect(400);
    expect(noComment.body.errors).toEqual([expect.objectContaining({ field: 'comment' })]);
    await t.http.post(review(criteria[0])).set(nord.headers).send({ decision: 'accepted' }).expect(200);
    await t.http.post(review(criteria[1])).set(nord.headers).send({ decision: 'refused', comment: 'L’attestation date de 2024.' }).expect(200);
    // What the SIAE reads before the decision: no review yet.
    const before = await t.http.get(`/api/control-evaluations/${evaluationId}`).set(diligent.headers).expect(200);
    expect(criteriaOf(before.body).flatMap((c) => c.reviews)).toEqual([]);

    const contradicts = await t.http.post(decision).set(nord.headers).send({ decision: 'accepted' }).expect(422);
    expect(contradicts.body.type).toBe('/api/problems/control-decision-contradicts-reviews');
    await t.http.post(decision).set(nord.headers).send({ decision: 'refused' }).expect(400);
    const refused = await t.http
      .post(decision)
      .set(nord.headers)
      .send({ decision: 'refused', reason: 'invalid_proof', comment: 'Un justificatif n’est pas à jour.' })
      .expect(200);
    expect(refused.body).toMatchObject({ state: 'refused', firstPhaseRefusal: { reason: 'invalid_proof', comment: 'Un justificatif n’est pas à jour.' } });
    const mail = await smtp.waitForMailTo(diligent.user.email, 'sont refusés');
    expect(mail.text).toContain('Justificatif non conforme');
    expect(mail.text).toContain('du 1 février 2027 au 1 mars 2027');

    const seen = await t.http.get(`/api/control-evaluations/${evaluationId}`).set(diligent.headers).expect(200);
    expect(criteriaOf(seen.body).map((c) => c.reviews.map((r) => r.decision))).toEqual([['accepted'], ['refused']]);
    expect(seen.body.history).toEqual([]);
  });

  it('refuses for delay, after the deadline, the SIAE that sent nothing', async () => {
    await travel('2027-01-16');
    expect((await advance()).steps).toEqual({ refuseLate: 1 });
    expect((await advance()).steps).toEqual({});
    const mail = await smtp.waitForMailTo(silent.user.email, 'sont refusés');
    expect(mail.text).toContain('Délai non respecté');
    const evaluation = await t.http.get(`/api/control-evaluations/${silentEvaluationId}`).set(silent.headers).expect(200);
    expect(evaluation.body).toMatchObject({ state: 'refused', firstPhaseRefusal: { reason: 'delay' } });
    await t.http.post(`/api/control-evaluations/${silentEvaluationId}/submission`).set(silent.headers).expect(409);
  });

  it('opens the adversarial phase on its date: a second chance, once, for the refused proofs only', async () => {
    await travel(CALENDAR.adversarialStart);
    expect((await advance()).steps).toEqual({ openAdversarial: 1 });
    expect((await advance()).steps).toEqual({});
    expect((await smtp.waitForMailTo(diligent.user.email, 'phase contradictoire ouverte')).subject).toContain('jusqu’au 1 mars 2027');
    await smtp.waitForMailTo(silent.user.email, 'phase contradictoire ouverte');
    expect(mailsTo(compliant).filter((m) => m.subject.includes('phase contradictoire'))).toHaveLength(0);

    const opened = await t.http.get(`/api/control-evaluations/${evaluationId}`).set(diligent.headers).expect(200);
    expect(opened.body).toMatchObject({
      state: 'adversarial',
      openPhase: 2,
      deadline: '2027-03-01',
      campaign: { adversarialDeadline: '2027-03-01', endsOn: CALENDAR.endsOn },
    });
    const [accepted, refused] = criteriaOf(opened.body);
    expect([accepted.toSend, refused.toSend]).toEqual([false, true]);
    const proof = (c: Criterion) => `/api/control-evaluations/${evaluationId}/criteria/${c.id}/proof`;
    await t.http.post(proof(accepted)).set(diligent.headers).attach('file', PDF, 'encore.pdf').expect(409);
    await t.http.post(proof(refused)).set(diligent.headers).attach('file', PDF, 'attestation-rsa-2026.pdf').expect(201);
    await t.http.post(`/api/control-evaluations/${evaluationId}/submission`).set(diligent.headers).expect(200);
    await t.http.post(`/api/control-evaluations/${evaluationId}/submission`).set(diligent.headers).expect(409);
    await smtp.waitForMailTo(nord.user.email, '(phase contradictoire)');
  });

  it('reminds the SIAE still silent 7 days before its adversarial deadline, not before the end of the campaign', async () => {
    await travel('2027-02-21');
    expect((await advance()).steps).toEqual({});
    await travel('2027-02-22');
    expect((await advance()).steps).toEqual({ remindAdversarial: 1 });
    expect((await advance()).steps).toEqual({});
    const mail = await smtp.waitFor((m) => m.to.includes(silent.user.email.toLowerCase()) && m.subject.includes('Rappel') && m.subject.includes('1 mars 2027'));
    expect(mail.text).toContain('phase contradictoire');
    await travel('2027-03-08');
    expect((await advance()).steps).toEqual({});
  });

  it('freezes the SIAE after its adversarial deadline, while the campaign stays open for the DDETS to review', async () => {
    const late = await t.http.post(`/api/control-evaluations/${silentEvaluationId}/submission`).set(silent.headers).expect(409);
    expect(late.body).toMatchObject({ type: '/api/problems/control-evaluation-state', state: 'adversarial', deadline: '2027-03-01' });
    expect(late.body.detail).toContain('2027-03-01');
    const seen = await t.http.get(`/api/control-evaluations/${silentEvaluationId}`).set(silent.headers).expect(200);
    expect(seen.body).toMatchObject({ state: 'adversarial', openPhase: null, deadline: '2027-03-01' });
    expect((await t.http.get(`/api/control-campaigns/${campaignId}`).set(nord.headers).expect(200)).body.state).toBe('adversarial');
  });

  it('refuses the SIAE for good after reviewing what it sent again, before the end, then records its sanctions', async () => {
    const criteria = criteriaOf((await t.http.get(`/api/control-evaluations/${evaluationId}`).set(nord.headers).expect(200)).body);
    const accepted = criteria[0];
    const refused = criteria[1];
    await t.http
      .post(`/api/control-evaluations/${evaluationId}/criteria/${accepted.id}/review`)
      .set(nord.headers)
      .send({ decision: 'refused', comment: 'x' })
      .expect(409);
    await t.http
      .post(`/api/control-evaluations/${evaluationId}/criteria/${refused.id}/review`)
      .set(nord.headers)
      .send({ decision: 'refused', comment: 'Le nouveau justificatif ne couvre pas la date d’embauche.' })
      .expect(200);
    const closed = await t.http
      .post(`/api/control-evaluations/${evaluationId}/decision`)
      .set(nord.headers)
      .send({ decision: 'refused', reason: 'invalid_proof' })
      .expect(200);
    expect(closed.body).toMatchObject({ state: 'closed', final: { state: 'refused', reason: 'invalid_proof', forced: false } });
    await smtp.waitForMailTo(diligent.user.email, 'est refusé');

    const sanctions = `/api/control-evaluations/${evaluationId}/sanctions`;
    await t.http.post(sanctions).set(diligent.headers).send({ noSanctionReason: 'x' }).expect(403);
    const none = await t.http.post(sanctions).set(nord.headers).send({}).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ field: 'noSanctionReason' })]);
    const cut = await t.http
      .post(sanctions)
      .set(nord.headers)
      .send({ explanation: 'x', subsidyCut: { percent: 101, from: '2027-04-01', to: '2027-06-30' } })
      .expect(400);
    expect(cut.body.errors.map((e: { field: string }) => e.field)).toContain('subsidyCut.percent');
    // A withdrawal of auto-prescription starts one month after the decision (8 March) at the earliest.
    const tooSoon = await t.http
      .post(sanctions)
      .set(nord.headers)
      .send({ explanation: 'x', autoPrescriptionWithdrawal: { from: '2027-04-07', to: '2027-06-30' } })
      .expect(422);
    expect(tooSoon.body).toMatchObject({ type: '/api/problems/rule-not-met' });
    expect(tooSoon.body.errors).toEqual([expect.objectContaining({ field: 'autoPrescriptionWithdrawal.from', code: 'oneMonthAfterDecision' })]);

    const decided = await t.http
      .post(sanctions)
      .set(nord.headers)
      .send({
        explanation: 'Les justificatifs de l’éligibilité n’étaient pas conservés.',
        trainingSession: true,
        autoPrescriptionWithdrawal: { from: '2027-04-08', to: '2027-09-30' },
        subsidyCut: { percent: 10, from: '2027-04-01', to: '2027-06-30' },
      })
      .expect(201);
    expect(decided.body.sanctions).toMatchObject({
      trainingSession: true,
      autoPrescriptionWithdrawal: { from: '2027-04-08', to: '2027-09-30' },
      subsidyCut: { percent: 10, from: '2027-04-01', to: '2027-06-30' },
      deactivationProposed: false,
      noSanctionReason: null,
    });
    await t.http.post(sanctions).set(nord.headers).send({ noSanctionReason: 'Erreur' }).expect(409);
    const mail = await smtp.waitForMailTo(diligent.user.email, 'sanctions décidées');
    expect(mail.text).toContain('retrait de l’auto-prescription du 8 avril 2027 au 30 septembre 2027');
    expect(mail.text).toContain('baisse de 10 %');
  });

  it('closes the campaign after its end: the silent SIAE is refused for delay, and not sanctioned, with a reason', async () => {
    await travel('2027-03-16');
    expect((await advance()).steps).toEqual({ close: 1 });
    expect((await advance()).steps).toEqual({});
    await smtp.waitFor((m) => m.to.includes(silent.user.email.toLowerCase()) && m.subject.includes('est refusé') && m.text.includes('Délai non respecté'));
    const evaluation = await t.http.get(`/api/control-evaluations/${silentEvaluationId}`).set(nord.headers).expect(200);
    expect(evaluation.body).toMatchObject({ state: 'closed', final: { state: 'refused', reason: 'delay' } });

    await t.http
      .post(`/api/control-evaluations/${silentEvaluationId}/sanctions`)
      .set(nord.headers)
      .send({ noSanctionReason: 'Première campagne de la structure.' })
      .expect(201);
    const mail = await smtp.waitForMailTo(silent.user.email, 'pas de sanction');
    expect(mail.text).toContain('Première campagne de la structure.');

    const campaign = await t.http.get(`/api/control-campaigns/${campaignId}`).set(nord.headers).expect(200);
    expect(campaign.body.state).toBe('closed');
    // Every step is stamped with the clock's instant (9:00 UTC on each day of the test), the job's included.
    const at = (day: string) => `${day}T09:00:00.000Z`;
    expect(campaign.body).toMatchObject({
      selection: { selectedAt: at(TODAY) },
      notifiedAt: at(CALENDAR.notifyOn),
      adversarialOpenedAt: at(CALENDAR.adversarialStart),
      closedAt: at('2027-03-16'),
    });
    expect(evaluation.body).toMatchObject({ firstPhaseRefusal: { at: at('2027-01-16') }, final: { at: at('2027-03-16') } });
    const [reminders] = await t.dataSource.query(
      `SELECT reminder_sent_at AS "submission", adversarial_reminder_sent_at AS "adversarial" FROM control_evaluations WHERE id = $1`,
      [silentEvaluationId],
    );
    expect(reminders).toEqual({ submission: new Date(at('2027-01-08')), adversarial: new Date(at('2027-02-22')) });
    expect(campaign.body.history.map((h: { action: string }) => h.action)).toEqual([
      'control_campaign.opened',
      'control_campaign.selected',
      'control_campaign.notified',
      'control_campaign.adversarial_opened',
      'control_campaign.closed',
    ]);
    // Who decided what, and when.
    const history = (await t.http.get(`/api/control-evaluations/${evaluationId}`).set(nord.headers).expect(200)).body.history as Array<{
      action: string;
      actorUserId: string | null;
    }>;
    expect(history.filter((h) => h.action === 'control_evaluation.criterion_reviewed').every((h) => h.actorUserId === nord.user.id)).toBe(true);
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['control_evaluation.submitted', 'control_evaluation.refused', 'control_evaluation.closed', 'control_evaluation.sanctioned']),
    );
  });

  it('makes eligibility refuse the sanctioned SIAE’s own diagnoses during the withdrawal, with its reason', async () => {
    await travel('2027-04-08');
    const candidate = await createCandidate(t, diligent as unknown as Member);
    const file = await t.http.post('/api/eligibility-proofs').set(diligent.headers).attach('file', PDF, 'rsa.pdf').expect(201);
    const refused = await t.http
      .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
      .set(diligent.headers)
      .send({ criteria: [{ key: 'RSA', proofFileId: file.body.id, proofDate: '2027-03-25' }] })
      .expect(403);
    expect(refused.body).toMatchObject({ type: '/api/problems/auto-prescription-withdrawn', withdrawal: { from: '2027-04-08', to: '2027-09-30' } });
    expect(refused.body.withdrawal.reason).toContain('Contrôle a posteriori 2026 — Nord');
    // Another SIAE of the campaign, not sanctioned, still auto-prescribes.
    const own = await createCandidate(t, silent as unknown as Member);
    const proof = await t.http.post('/api/eligibility-proofs').set(silent.headers).attach('file', PDF, 'rsa.pdf').expect(201);
    await t.http
      .post(`/api/candidates/${own.id}/eligibility-diagnoses`)
      .set(silent.headers)
      .send({ criteria: [{ key: 'RSA', proofFileId: proof.body.id, proofDate: '2027-03-25' }] })
      .expect(201);
  });

  it('keeps the campaign readable 3 years after its end, not longer', async () => {
    await travel('2030-03-15');
    await t.http.get(`/api/control-campaigns/${campaignId}`).set(nord.headers).expect(200);
    expect((await t.http.get('/api/control-evaluations').set(diligent.headers).expect(200)).body).toHaveLength(1);
    await travel('2030-03-16');
    await t.http.get(`/api/control-campaigns/${campaignId}`).set(nord.headers).expect(404);
    expect((await t.http.get('/api/control-campaigns').set(nord.headers).expect(200)).body).toEqual([]);
    expect((await t.http.get('/api/control-evaluations').set(diligent.headers).expect(200)).body).toEqual([]);
  });
});
