import {
  SmtpCatcher,
  TestApp,
  createCandidate,
  createCandidateAccount,
  createOwnCandidateFile,
  createHabilitatedPrescriber,
  createOrienteur,
  createSiae,
  createStaff,
  createTestApp,
  login,
} from '@iae/testing';
import { eligibleCandidate, openJob, send, siaeDiagnosis } from './world';

describe('candidatures: each sender, through to a PASS IAE', () => {
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

  it('a habilitated prescriber who validated eligibility: the EI hires, the PASS is issued, everyone is told', async () => {
    const prescriber = await createHabilitatedPrescriber(t, 'FT');
    const ei = await createSiae(t, 'EI');
    const job = await openJob(t, ei.organization.id);
    const email = `nadia.${Date.now()}@example.org`;
    const candidate = await eligibleCandidate(t, prescriber, prescriber, { email, firstName: 'Nadia', lastName: 'Haddad' });

    const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: ei.organization.id, jobDescriptionIds: [job] });
    expect(sent).toMatchObject({
      state: 'new',
      sender: { kind: 'prescriber', organization: { id: prescriber.organization.id } },
      eligibilityValidatedBySender: true,
    });
    expect(sent.jobDescriptions).toHaveLength(1);
    // Staff read it with a reason the person will read; without one, they are told so (it was a 404).
    const staff = await createStaff(t);
    const noReason = await t.http.get(`/api/candidatures/${sent.id}`).set(staff.headers).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'X-Access-Reason', code: 'accessReasonRequired' })]);
    await t.http
      .get(`/api/candidatures/${sent.id}`)
      .set({ ...staff.headers, 'x-access-reason': encodeURIComponent('Ticket support #88') })
      .expect(200);
    const received = await smtp.waitForMailTo(ei.user.email, 'Nouvelle candidature');
    expect(received.text).toContain('Nadia Haddad');
    // Links lead people to the application's pages, never to the API's JSON.
    expect(received.text).toContain(`${t.config.http.publicUrl}/siae/candidatures/${sent.id}`);
    await smtp.waitForMailTo(email, 'est envoyée');

    await t.http.post(`/api/candidatures/${sent.id}/processing`).set(ei.headers).expect(200);
    const studied = await smtp.waitForMailTo(prescriber.user.email, 'À l’étude');
    expect(studied.text).toContain(`${t.config.http.publicUrl}/prescripteur/candidatures`);
    expect(studied.text).not.toContain('/api/');
    const accepted = await t.http
      .post(`/api/candidatures/${sent.id}/acceptance`)
      .set(ei.headers)
      .send({ hiringStart: '2026-12-01', hiringEnd: '2027-05-31', hiredJobDescriptionId: job, answer: 'Bienvenue parmi nous le 1er décembre.' })
      .expect(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', hiring: { start: '2026-12-01', end: '2027-05-31', jobDescriptionId: job } });
    expect(accepted.body.passIae).toMatchObject({ startDate: '2026-12-01', endDate: '2028-11-29' });
    expect(accepted.body.passIae.number).toMatch(/^99999\d{7}$/);

    const toCandidate = await smtp.waitForMailTo(email, 'Embauche acceptée');
    expect(toCandidate.text).toContain('Bienvenue parmi nous');
    await smtp.waitForMailTo(prescriber.user.email, 'Embauche acceptée');
    await smtp.waitForMailTo(ei.user.email, 'PASS');

    // The job description stays in the candidature's history: closed, not deleted.
    const jobUrl = `/api/employers/${ei.organization.id}/job-descriptions/${job}`;
    const kept = await t.http.delete(jobUrl).set(ei.headers).expect(409);
    expect(kept.body).toMatchObject({ type: '/api/problems/job-description-in-use' });
    await t.http.patch(jobUrl).set(ei.headers).send({ isActive: false }).expect(200);
    const seen = await t.http.get(`/api/candidatures/${sent.id}`).set(ei.headers).expect(200);
    expect(seen.body).toMatchObject({ jobDescriptions: [expect.objectContaining({ id: job })], hiring: { jobDescriptionId: job } });
  });

  it('an orienteur: the AI validates eligibility itself at hiring (2 level-2 criteria), then hires', async () => {
    const orienteur = await createOrienteur(t);
    const ai = await createSiae(t, 'AI');
    const candidate = await createCandidate(t, orienteur, { birthDate: '2003-01-10', loneParent: true });
    const sent = await send(t, orienteur, { candidateId: candidate.id, employerId: ai.organization.id });
    expect(sent).toMatchObject({ jobDescriptions: [], eligibilityValidatedBySender: false });

    const missing = await t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(ai.headers).send({ hiringStart: '2026-11-23' }).expect(422);
    expect(missing.body).toMatchObject({ type: '/api/problems/candidature-eligibility-required', requirement: { level1: 1, level2: 2 } });
    expect(missing.body.proposedCriteria.map((c: { key: string }) => c.key)).toEqual(['JEUNE', 'PI']);
    expect((await t.http.get(`/api/candidatures/${sent.id}`).set(ai.headers).expect(200)).body.state).toBe('new');

    await siaeDiagnosis(t, ai, candidate.id, ['JEUNE', 'PI'], '2026-11-20');
    const accepted = await t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(ai.headers).send({ hiringStart: '2026-11-23' }).expect(200);
    expect(accepted.body.passIae).toMatchObject({ startDate: '2026-11-23', endDate: '2028-11-21' });
    await smtp.waitForMailTo(orienteur.user.email, 'Embauche acceptée');
  });

  it('the candidate alone: applies for themself, the ACI auto-prescribes at hiring', async () => {
    const aci = await createSiae(t, 'ACI');
    const self = await createCandidateAccount(t);
    const email = self.user.email;
    const own = await createOwnCandidateFile(t, self, {
      title: 'M',
      firstName: 'Lucas',
      lastName: 'Petit',
      birthDate: '1999-03-14',
      franceTravailIdMissingReason: 'not_registered',
      rsaSince: '2025-01-01',
      email,
    });

    const sent = await send(t, self, { employerId: aci.organization.id });
    expect(sent).toMatchObject({ state: 'new', sender: { kind: 'candidate', organization: null }, candidate: { id: own.id } });
    expect(sent.refusalReason).toBeUndefined();
    const mine = await t.http.get('/api/me/candidatures').set(self.headers).expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toEqual([sent.id]);

    await siaeDiagnosis(t, aci, own.id, ['RSA'], '2026-11-02');
    const accepted = await t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-11-30' }).expect(200);
    expect(accepted.body.passIae.startDate).toBe('2026-11-30');
    await smtp.waitForMailTo(email, 'Embauche acceptée');
  });

  it('auto-prescription: the SIAE diagnoses, sends to itself, and hires; without a diagnosis it is refused', async () => {
    const aci = await createSiae(t, 'ACI');
    const candidate = await createCandidate(t, aci, { rsaSince: '2025-06-01' });
    const refused = await t.http
      .post('/api/candidatures')
      .set(aci.headers)
      .send({ candidateId: candidate.id, employerId: aci.organization.id, message: 'Recrutement direct' })
      .expect(422);
    expect(refused.body.type).toBe('/api/problems/auto-prescription-needs-diagnosis');

    await siaeDiagnosis(t, aci, candidate.id, ['RSA'], '2026-11-02');
    const sent = await send(t, aci, { candidateId: candidate.id, employerId: aci.organization.id });
    expect(sent.sender).toMatchObject({ kind: 'employer', organization: { id: aci.organization.id } });
    // Auto-prescription escapes the 24-hour rule.
    await send(t, aci, { candidateId: candidate.id, employerId: aci.organization.id, message: 'Deuxième poste' });
    const accepted = await t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-11-24' }).expect(200);
    expect(accepted.body.passIae).not.toBeNull();
  });

  it('auto-prescription hired weeks later: a proof too old on the day the PASS is issued is refused, unless the other criteria suffice', async () => {
    const aci = await createSiae(t, 'ACI');
    const ai = await createSiae(t, 'AI');
    const candidate = await createCandidate(t, aci, { rsaSince: '2025-06-01' });
    const other = await createCandidate(t, ai);
    const franceTravail = await createHabilitatedPrescriber(t, 'FT');
    await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(franceTravail.headers).send({ nir: candidate.nir }).expect(201);
    // Both diagnosed on 23 November with proofs of 1 September: recent enough that day (3 months at most).
    await siaeDiagnosis(t, aci, candidate.id, ['RSA'], '2026-09-01');
    await siaeDiagnosis(t, ai, other.id, ['CAP_BEP', 'QPV', 'ZRR'], '2026-09-01');
    const sent = await send(t, aci, { candidateId: candidate.id, employerId: aci.organization.id });
    const sentByAi = await send(t, ai, { candidateId: other.id, employerId: ai.organization.id });
    t.clock.set('2026-12-10T09:00:00Z');
    try {
      // Signed in again on that day (an access token lasts minutes).
      const asAci = { ...aci.headers, authorization: `Bearer ${await login(t.http, aci.user)}` };
      const asAi = { ...ai.headers, authorization: `Bearer ${await login(t.http, ai.user)}` };
      // On 10 December the RSA certificate is over 3 months old, though the diagnosis (92 days) still runs: the answer
      // for a hire today says so (the SIAE is offered to diagnose again), and the hire is refused.
      const answer = await t.http.get(`/api/candidates/${candidate.id}/eligibility?employer=${aci.organization.id}`).set(asAci).expect(200);
      expect(answer.body).toMatchObject({
        eligible: false,
        basis: null,
        reasons: [{ code: 'proofsTooOld', message: expect.stringContaining('Attestation RSA') }],
      });
      // Only that SIAE is told: the reason names its diagnosis's criteria, which a prescriber following the person does not read.
      const asFranceTravail = { ...franceTravail.headers, authorization: `Bearer ${await login(t.http, franceTravail.user)}` };
      const seenByOther = await t.http.get(`/api/candidates/${candidate.id}/eligibility?employer=${aci.organization.id}`).set(asFranceTravail).expect(200);
      expect(seenByOther.body).toMatchObject({ eligible: true, reasons: [] });
      expect(JSON.stringify(seenByOther.body)).not.toContain('Attestation RSA');
      // A new auto-prescription is refused at once (the hire would be).
      const resent = await t.http
        .post('/api/candidatures')
        .set(asAci)
        .send({ candidateId: candidate.id, employerId: aci.organization.id, message: 'Recrutement direct' })
        .expect(422);
      expect(resent.body.type).toBe('/api/problems/eligibility-proofs-too-old');
      const refused = await t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(asAci).send({ hiringStart: '2026-12-11' }).expect(422);
      expect(refused.body).toMatchObject({ type: '/api/problems/eligibility-proofs-too-old', staleCriteria: ['RSA'] });
      expect(refused.body.detail).toContain('Attestation RSA');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM pass_iae WHERE candidate_id = $1`, [candidate.id]);
      expect(n).toBe(0);
      // A new diagnosis with a recent certificate: hired.
      await siaeDiagnosis(t, { headers: asAci }, candidate.id, ['RSA'], '2026-12-01');
      const renewed = await t.http.get(`/api/candidates/${candidate.id}/eligibility?employer=${aci.organization.id}`).set(asAci).expect(200);
      expect(renewed.body).toMatchObject({ eligible: true, basis: { kind: 'employerDiagnosis' } });
      const hired = await t.http.post(`/api/candidatures/${sent.id}/acceptance`).set(asAci).send({ hiringStart: '2026-12-11' }).expect(200);
      expect(hired.body.passIae).not.toBeNull();
      // The AI's sworn statement (3 months) is too old, its two addresses (6 months) are not: two level-2 criteria suffice.
      const byAi = await t.http.post(`/api/candidatures/${sentByAi.id}/acceptance`).set(asAi).send({ hiringStart: '2026-12-11' }).expect(200);
      expect(byAi.body.passIae).not.toBeNull();
    } finally {
      t.clock.set('2026-11-23T09:00:00Z');
    }
  });

  it('auto-prescription after a PASS ended less than 2 years ago: a prescriber’s diagnosis valid on the day the PASS is obtained lifts the waiting period, though it ends before the start', async () => {
    const aci = await createSiae(t, 'ACI');
    const prescriber = await createHabilitatedPrescriber(t, 'FT');
    const candidate = await createCandidate(t, aci, { rsaSince: '2023-06-01' });
    await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(prescriber.headers).send({ nir: candidate.nir }).expect(201);
    const signedIn = async (m: { headers: Record<string, string>; user: { email: string; password: string } }) => ({
      headers: { ...m.headers, authorization: `Bearer ${await login(t.http, m.user)}` },
    });
    try {
      // A first parcours: hired on 11 January 2024, its PASS ended on 9 January 2026; the waiting period runs to 2028.
      t.clock.set('2024-01-10T09:00:00Z');
      const first = await signedIn(aci);
      await siaeDiagnosis(t, first, candidate.id, ['RSA'], '2024-01-02');
      const earlier = await send(t, first, { candidateId: candidate.id, employerId: aci.organization.id });
      await t.http.post(`/api/candidatures/${earlier.id}/acceptance`).set(first.headers).send({ hiringStart: '2024-01-11' }).expect(200);
      // France Travail diagnosed the person on 25 May 2026: valid until 24 November.
      t.clock.set('2026-05-25T09:00:00Z');
      await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set((await signedIn(prescriber)).headers)
        .send({})
        .expect(201);
      // On 23 November the SIAE diagnoses the person itself and hires from 30 November, when France Travail's has ended.
      t.clock.set('2026-11-23T09:00:00Z');
      const now = await signedIn(aci);
      await siaeDiagnosis(t, now, candidate.id, ['RSA'], '2026-11-02');
      const again = await send(t, now, { candidateId: candidate.id, employerId: aci.organization.id });
      const hired = await t.http.post(`/api/candidatures/${again.id}/acceptance`).set(now.headers).send({ hiringStart: '2026-11-30' }).expect(200);
      expect(hired.body.passIae).toMatchObject({ startDate: '2026-11-30' });
    } finally {
      t.clock.set('2026-11-23T09:00:00Z');
    }
  });

  it('a GEIQ hires without eligibility and without PASS; prior-to-hire is its own', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const geiq = await createSiae(t, 'GEIQ');
    const aci = await createSiae(t, 'ACI');
    const candidate = await createCandidate(t, prescriber);
    const toGeiq = await send(t, prescriber, { candidateId: candidate.id, employerId: geiq.organization.id });
    const toAci = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
    await t.http.post(`/api/candidatures/${toGeiq.id}/prior-to-hire`).set(geiq.headers).expect(200);
    const notForAci = await t.http.post(`/api/candidatures/${toAci.id}/prior-to-hire`).set(aci.headers).expect(409);
    expect(notForAci.body.allowedTransitions).not.toContain('move_to_prior_to_hire');
    const hired = await t.http.post(`/api/candidatures/${toGeiq.id}/acceptance`).set(geiq.headers).send({ hiringStart: '2026-12-01' }).expect(200);
    expect(hired.body).toMatchObject({ state: 'accepted', passIae: null });
    // Hired elsewhere: the pending candidature to the ACI is now obsolete, and its sender told.
    expect((await t.http.get(`/api/candidatures/${toAci.id}`).set(aci.headers).expect(200)).body.state).toBe('obsolete');
    await smtp.waitForMailTo(prescriber.user.email, 'Embauché ailleurs');
  });
});
