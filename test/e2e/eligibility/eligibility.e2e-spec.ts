import { EligibilityService } from '@iae/eligibility';
import {
  createCandidate,
  createHabilitatedPrescriber,
  createOrienteur,
  createSiae,
  createStaff,
  createTestApp,
  login,
  Member,
  TEST_FILES,
  TestApp,
} from '@iae/testing';

const PDF = TEST_FILES.pdf;
const PNG = TEST_FILES.png;
const TODAY = '2026-11-23';

describe('IAE eligibility: who validates, for whom, how long, and the answer for one employer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: `${TODAY}T09:00:00Z` });
  });
  afterAll(async () => {
    await t?.close();
  });
  afterEach(() => t.clock.set(`${TODAY}T09:00:00Z`));

  async function proof(member: Member, content: Buffer = PDF, name = 'attestation.pdf'): Promise<string> {
    const response = await t.http.post('/api/eligibility-proofs').set(member.headers).attach('file', content, name);
    if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
    return response.body.id;
  }

  async function criteria(member: Member, keys: string[], proofDate = '2026-11-02') {
    return Promise.all(keys.map(async (key) => ({ key, proofFileId: await proof(member), proofDate })));
  }

  /** Headers with a token issued at the test clock's current time. */
  async function relogin(member: Member): Promise<Member> {
    const token = await login(t.http, member.user);
    return { ...member, token, headers: { ...member.headers, authorization: `Bearer ${token}` } };
  }

  it('publishes the 18 administrative criteria with their level and proof', async () => {
    const response = await t.http.get('/api/eligibility-criteria').expect(200);
    expect(response.body).toHaveLength(18);
    expect(response.body.filter((c: { level: number }) => c.level === 1).map((c: { key: string }) => c.key)).toEqual(['RSA', 'ASS', 'AAH', 'DETLD']);
    expect(response.body.find((c: { key: string }) => c.key === 'ASE')).toMatchObject({ level: 2, proofValidityMonths: 12 });
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM administrative_criteria`);
    expect(rows[0].n).toBe(18);
  });

  describe('a habilitated prescriber', () => {
    it('validates without criteria, for 6 months and for every SIAE', async () => {
      const prescriber = await createHabilitatedPrescriber(t, 'FT');
      const candidate = await createCandidate(t, prescriber);
      const created = await t.http.post(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(prescriber.headers).send({}).expect(201);
      expect(created.body).toMatchObject({ authorKind: 'prescriber', createdOn: TODAY, validUntil: '2027-05-22', valid: true, criteria: [] });

      for (const kind of ['ACI', 'EI', 'AI', 'ETTI', 'EITI']) {
        const siae = await createSiae(t, kind);
        const answer = await t.http
          .get(`/api/candidates/${candidate.id}/eligibility`)
          .query({ employer: siae.organization.id })
          .set(prescriber.headers)
          .expect(200);
        expect(answer.body).toMatchObject({
          eligible: true,
          required: true,
          validUntil: '2027-05-22',
          basis: { kind: 'prescriberDiagnosis', diagnosisId: created.body.id, authorOrganizationName: prescriber.organization.name },
          reasons: [],
        });
      }

      t.clock.set('2027-05-23T09:00:00Z');
      const siae = await createSiae(t, 'ACI');
      const later = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility`)
        .query({ employer: siae.organization.id })
        .set((await relogin(prescriber)).headers)
        .expect(200);
      expect(later.body).toMatchObject({ eligible: false, basis: null });
      expect(later.body.reasons).toEqual([expect.objectContaining({ code: 'diagnosisExpired', message: expect.stringContaining('23 mai 2027') })]);
    });

    it('replaces its previous diagnosis, which is kept, expired', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const candidate = await createCandidate(t, prescriber);
      const first = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(prescriber.headers)
        .send({ criteria: [{ key: 'JEUNE' }] })
        .expect(201);
      t.clock.set('2026-12-10T09:00:00Z');
      const again = await relogin(prescriber);
      const second = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(again.headers)
        .send({ criteria: [{ key: 'RSA', proofDate: '2026-12-01' }], notes: 'Renouvellement' })
        .expect(201);
      const list = await t.http.get(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(again.headers).expect(200);
      expect(list.body.map((d: { id: string; valid: boolean; replacedById: string | null }) => [d.id, d.valid, d.replacedById])).toEqual([
        [second.body.id, true, null],
        [first.body.id, false, second.body.id],
      ]);
      expect(list.body[1].validUntil).toBe('2026-12-09');
      expect(list.body[0].criteria).toEqual([expect.objectContaining({ key: 'RSA', level: 1, proofDate: '2026-12-01', hasProof: false })]);
    });
  });

  describe('one valid diagnosis at a time (rules card: a new one ends the previous one that day, the link kept)', () => {
    it('a diagnosis by another habilitated prescriber ends the first one today', async () => {
      const franceTravail = await createHabilitatedPrescriber(t, 'FT');
      const missionLocale = await createHabilitatedPrescriber(t, 'ML');
      const candidate = await createCandidate(t, franceTravail);
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(missionLocale.headers).send({ nir: candidate.nir }).expect(201);
      const first = await t.http.post(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(franceTravail.headers).send({}).expect(201);
      t.clock.set('2026-12-01T09:00:00Z');
      const second = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set((await relogin(missionLocale)).headers)
        .send({})
        .expect(201);
      const list = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set((await relogin(missionLocale)).headers)
        .expect(200);
      expect(list.body.map((d: { id: string; valid: boolean; replacedById: string | null }) => [d.id, d.valid, d.replacedById])).toEqual([
        [second.body.id, true, null],
        [first.body.id, false, second.body.id],
      ]);
      const [ended] = await t.dataSource.query(`SELECT expires_on::text FROM eligibility_diagnoses WHERE id = $1`, [first.body.id]);
      expect(ended.expires_on).toBe('2026-12-01');
      const siae = await createSiae(t, 'ACI');
      const answer = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility`)
        .query({ employer: siae.organization.id })
        .set((await relogin(franceTravail)).headers)
        .expect(200);
      expect(answer.body.basis).toMatchObject({ kind: 'prescriberDiagnosis', diagnosisId: second.body.id });
    });

    it('two prescribers diagnosing at once leave one valid diagnosis', async () => {
      const a = await createHabilitatedPrescriber(t, 'FT');
      const b = await createHabilitatedPrescriber(t, 'CAP_EMPLOI');
      const candidate = await createCandidate(t, a);
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(b.headers).send({ nir: candidate.nir }).expect(201);
      const made = await Promise.all([a, b, a, b].map((p) => t.http.post(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(p.headers).send({})));
      expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201]);
      const valid = await t.dataSource.query(`SELECT id FROM eligibility_diagnoses WHERE candidate_id = $1 AND expires_on > $2::date`, [candidate.id, TODAY]);
      expect(valid).toHaveLength(1);
    });

    it('a SIAE’s new diagnosis ends its own previous one, not another SIAE’s nor a prescriber’s', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const ei = await createSiae(t, 'EI');
      const candidate = await createCandidate(t, aci, { birthDate: '1990-04-12' });
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(ei.headers).send({ nir: candidate.nir }).expect(201);
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(prescriber.headers).send({ nir: candidate.nir }).expect(201);
      const ofPrescriber = await t.http.post(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(prescriber.headers).send({}).expect(201);
      const ofEi = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(ei.headers)
        .send({ criteria: await criteria(ei, ['RSA']) })
        .expect(201);
      const firstOfAci = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(aci.headers)
        .send({ criteria: await criteria(aci, ['RSA']) })
        .expect(201);
      const secondOfAci = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(aci.headers)
        .send({ criteria: await criteria(aci, ['ASS']) })
        .expect(201);
      const rows = await t.dataSource.query(
        `SELECT id, expires_on::text AS "expiresOn", replaced_by_id AS "replacedById" FROM eligibility_diagnoses WHERE candidate_id = $1`,
        [candidate.id],
      );
      const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
      expect(byId.get(firstOfAci.body.id)).toMatchObject({ expiresOn: TODAY, replacedById: secondOfAci.body.id });
      expect(byId.get(secondOfAci.body.id)).toMatchObject({ replacedById: null });
      expect(byId.get(ofEi.body.id)).toMatchObject({ replacedById: null, expiresOn: '2027-02-23' });
      expect(byId.get(ofPrescriber.body.id)).toMatchObject({ replacedById: null, expiresOn: '2027-05-23' });
    });
  });

  it('refuses an orienteur with a 403 naming the rule', async () => {
    const orienteur = await createOrienteur(t);
    const candidate = await createCandidate(t, orienteur);
    const response = await t.http.post(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(orienteur.headers).send({}).expect(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ type: '/api/problems/orienteur-cannot-validate', status: 403 });
    expect(response.body.detail).toContain('orienteur');
    expect(await t.dataSource.query(`SELECT 1 FROM eligibility_diagnoses WHERE candidate_id = $1`, [candidate.id])).toHaveLength(0);
  });

  describe('a SIAE that auto-prescribes', () => {
    it('makes an AI with 2 level-2 criteria eligible for itself only, for 92 days', async () => {
      const ai = await createSiae(t, 'AI');
      const candidate = await createCandidate(t, ai, { birthDate: '2003-01-10', loneParent: true });
      const created = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(ai.headers)
        // Proofs of the day: still recent on the diagnosis's last day (a PASS issued then needs them so).
        .send({ criteria: await criteria(ai, ['JEUNE', 'PI'], '2026-11-23') })
        .expect(201);
      expect(created.body).toMatchObject({ authorKind: 'employer', validUntil: '2027-02-22', author: { organizationId: ai.organization.id } });
      expect(created.body.criteria.map((c: { key: string; hasProof: boolean }) => [c.key, c.hasProof])).toEqual([
        ['JEUNE', true],
        ['PI', true],
      ]);

      const answer = await t.http.get(`/api/candidates/${candidate.id}/eligibility`).query({ employer: ai.organization.id }).set(ai.headers).expect(200);
      expect(answer.body).toMatchObject({
        eligible: true,
        basis: { kind: 'employerDiagnosis', diagnosisId: created.body.id },
        validUntil: '2027-02-22',
        requirement: { level1: 1, level2: 2 },
      });

      // Another SIAE following the same person cannot use it.
      const other = await createSiae(t, 'ACI');
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(other.headers).send({ nir: candidate.nir }).expect(201);
      const forOther = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility`)
        .query({ employer: other.organization.id })
        .set(other.headers)
        .expect(200);
      expect(forOther.body).toMatchObject({ eligible: false, requirement: { level1: 1, level2: 3 } });
      expect(forOther.body.reasons.map((r: { code: string }) => r.code)).toEqual(['diagnosisForAnotherSiae', 'noDiagnosis']);
      expect(forOther.body.proposedCriteria.map((c: { key: string }) => c.key)).toEqual(['JEUNE', 'PI']);
      expect(forOther.body.proposedCriteriaMeetRequirement).toBe(false);
      // Nor even see it, or its proofs.
      const seen = await t.http.get(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(other.headers).expect(200);
      expect(seen.body).toEqual([]);
      await t.http.get(`/api/candidates/${candidate.id}/eligibility-diagnoses/${created.body.id}/criteria/JEUNE/proof`).set(other.headers).expect(404);
      const file = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility-diagnoses/${created.body.id}/criteria/JEUNE/proof`)
        .set(ai.headers)
        .expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['cache-control']).toBe('private, no-store');

      // The 92nd day counts; the 93rd does not.
      t.clock.set('2027-02-22T22:30:00Z'); // 23:30 in Paris, still the 22nd
      const lastDay = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility`)
        .query({ employer: ai.organization.id })
        .set((await relogin(ai)).headers)
        .expect(200);
      expect(lastDay.body).toMatchObject({ on: '2027-02-22', eligible: true });
      t.clock.set('2027-02-23T00:30:00Z');
      const expired = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility`)
        .query({ employer: ai.organization.id })
        .set((await relogin(ai)).headers)
        .expect(200);
      expect(expired.body).toMatchObject({ on: '2027-02-23', eligible: false });
      expect(expired.body.reasons).toEqual([expect.objectContaining({ code: 'diagnosisExpired', message: expect.stringContaining('renouveler') })]);
    });

    it('refuses an EI with 2 level-2 criteria, saying it needs 3, and accepts one level-1 criterion', async () => {
      const ei = await createSiae(t, 'EI');
      const candidate = await createCandidate(t, ei, { birthDate: '2003-01-10', loneParent: true, rsaSince: '2025-06-01' });
      const before = await t.http.get(`/api/candidates/${candidate.id}/eligibility`).query({ employer: ei.organization.id }).set(ei.headers).expect(200);
      expect(before.body).toMatchObject({ eligible: false, requirement: { level1: 1, level2: 3 }, proposedCriteriaMeetRequirement: true });
      expect(before.body.reasons).toEqual([{ code: 'noDiagnosis', message: expect.stringContaining('3 critères de niveau 2 (EI)') }]);
      expect(before.body.proposedCriteria.map((c: { key: string }) => c.key)).toEqual(['RSA', 'JEUNE', 'PI']);

      const refused = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(ei.headers)
        .send({ criteria: await criteria(ei, ['JEUNE', 'PI']) })
        .expect(422);
      expect(refused.body).toMatchObject({
        type: '/api/problems/eligibility-criteria-insufficient',
        requirement: { met: false, level1: 0, level2: 2, level2Required: 3 },
      });
      expect(refused.body.detail).toContain('3 critères de niveau 2');
      expect(await t.dataSource.query(`SELECT 1 FROM eligibility_diagnoses WHERE candidate_id = $1`, [candidate.id])).toHaveLength(0);

      await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(ei.headers)
        .send({ criteria: await criteria(ei, ['RSA']) })
        .expect(201);
      const after = await t.http.get(`/api/candidates/${candidate.id}/eligibility`).query({ employer: ei.organization.id }).set(ei.headers).expect(200);
      expect(after.body.eligible).toBe(true);
    });

    it('takes 3 level-2 criteria for an ACI, 2 for an ETTI', async () => {
      for (const [kind, keys, status] of [
        ['ACI', ['JEUNE', 'PI', 'QPV'], 201],
        ['ACI', ['JEUNE', 'PI'], 422],
        ['ETTI', ['JEUNE', 'PI'], 201],
        ['EITI', ['JEUNE', 'PI'], 422],
      ] as const) {
        const siae = await createSiae(t, kind);
        const candidate = await createCandidate(t, siae);
        await t.http
          .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
          .set(siae.headers)
          .send({ criteria: await criteria(siae, [...keys]) })
          .expect(status);
      }
    });

    it('is refused while a withdrawal sanction runs, and its diagnoses stop counting', async () => {
      const aci = await createSiae(t, 'ACI');
      const candidate = await createCandidate(t, aci);
      await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(aci.headers)
        .send({ criteria: await criteria(aci, ['RSA']) })
        .expect(201);

      // What the a-posteriori control will write (issue 7): a period without auto-prescription.
      await t.dataSource.transaction((manager) =>
        t
          .get(EligibilityService)
          .recordWithdrawal(manager, { employerId: aci.organization.id, from: TODAY, to: '2027-05-22', reason: 'contrôle a posteriori 2026 non conforme' }),
      );
      const refused = await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(aci.headers)
        .send({ criteria: await criteria(aci, ['RSA']) })
        .expect(403);
      expect(refused.body).toMatchObject({ type: '/api/problems/auto-prescription-withdrawn', withdrawal: { from: TODAY, to: '2027-05-22' } });
      const answer = await t.http.get(`/api/candidates/${candidate.id}/eligibility`).query({ employer: aci.organization.id }).set(aci.headers).expect(200);
      expect(answer.body).toMatchObject({ eligible: false });
      expect(answer.body.reasons[0]).toMatchObject({ code: 'autoPrescriptionWithdrawn', message: expect.stringContaining('prescripteur habilité') });

      // A habilitated prescriber's diagnosis still opens the way.
      const prescriber = await createHabilitatedPrescriber(t);
      await t.http.post(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(prescriber.headers).send({}).expect(201);
      const withPrescriber = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility`)
        .query({ employer: aci.organization.id })
        .set(aci.headers)
        .expect(200);
      expect(withPrescriber.body).toMatchObject({ eligible: true, basis: { kind: 'prescriberDiagnosis' } });
    });
  });

  it('needs no diagnosis for a GEIQ, an EA, an EATT or an OPCS', async () => {
    for (const kind of ['GEIQ', 'EA', 'EATT', 'OPCS']) {
      const employer = await createSiae(t, kind);
      const candidate = await createCandidate(t, employer);
      const answer = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility`)
        .query({ employer: employer.organization.id })
        .set(employer.headers)
        .expect(200);
      expect(answer.body).toMatchObject({ required: false, eligible: true, basis: { kind: 'notRequired' }, requirement: null });
      const validate = await t.http.post(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(employer.headers).send({}).expect(422);
      expect(validate.body.type).toBe('/api/problems/eligibility-not-required');
    }
  });

  describe('bad input', () => {
    it('names the field of an unknown criterion, a forbidden pair, a missing proof, a proof dated in the future or too old', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const candidate = await createCandidate(t, aci);
      await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(prescriber.headers).send({ nir: candidate.nir }).expect(201);
      const url = `/api/candidates/${candidate.id}/eligibility-diagnoses`;

      const unknown = await t.http
        .post(url)
        .set(prescriber.headers)
        .send({ criteria: [{ key: 'JEUNE' }, { key: 'LICORNE' }] })
        .expect(400);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'criteria[1].key', code: 'unknownCriterion' });
      const pair = await t.http
        .post(url)
        .set(prescriber.headers)
        .send({ criteria: [{ key: 'SENIOR' }, { key: 'JEUNE' }] })
        .expect(400);
      expect(pair.body.errors[0]).toMatchObject({ field: 'criteria', code: 'forbiddenPair' });
      const pair2 = await t.http
        .post(url)
        .set(prescriber.headers)
        .send({ criteria: [{ key: 'DETLD' }, { key: 'DELD' }] })
        .expect(400);
      expect(pair2.body.errors[0].code).toBe('forbiddenPair');

      const missing = await t.http
        .post(url)
        .set(aci.headers)
        .send({ criteria: [{ key: 'RSA' }] })
        .expect(400);
      expect(missing.body.errors[0]).toMatchObject({ field: 'criteria[0].proofFileId', code: 'proofRequired' });
      const future = await t.http
        .post(url)
        .set(aci.headers)
        .send({ criteria: await criteria(aci, ['RSA'], '2026-11-24') })
        .expect(400);
      expect(future.body.errors[0]).toMatchObject({ field: 'criteria[0].proofDate', code: 'notInFuture' });
      const old = await t.http
        .post(url)
        .set(aci.headers)
        .send({ criteria: await criteria(aci, ['RSA'], '2026-08-22') })
        .expect(400);
      expect(old.body.errors[0]).toMatchObject({ field: 'criteria[0].proofDate', code: 'proofTooOld' });
      const notADate = await t.http
        .post(url)
        .set(aci.headers)
        .send({ criteria: [{ key: 'RSA', proofFileId: await proof(aci), proofDate: '23/11/2026' }] })
        .expect(400);
      expect(notADate.body.errors[0].field).toBe('criteria[0].proofDate');
      // Someone else's proof cannot be reused.
      const foreign = await t.http
        .post(url)
        .set(aci.headers)
        .send({ criteria: [{ key: 'RSA', proofFileId: await proof(prescriber), proofDate: '2026-11-02' }] })
        .expect(400);
      expect(foreign.body.errors[0]).toMatchObject({ field: 'criteria[0].proofFileId', code: 'unknownProof' });
      expect(await t.dataSource.query(`SELECT 1 FROM eligibility_diagnoses WHERE candidate_id = $1`, [candidate.id])).toHaveLength(0);
    });

    it('refuses a proof too large or of the wrong type, naming the field', async () => {
      const aci = await createSiae(t, 'ACI');
      const big = await t.http
        .post('/api/eligibility-proofs')
        .set(aci.headers)
        .attach('file', Buffer.concat([PDF, Buffer.alloc(6 * 1024 * 1024)]), 'gros.pdf')
        .expect(400);
      expect(big.body.errors[0]).toMatchObject({ field: 'file', code: 'maxFileSize' });
      const exe = await t.http.post('/api/eligibility-proofs').set(aci.headers).attach('file', Buffer.from('MZ\x90\x00 binary'), 'attestation.pdf').expect(400);
      expect(exe.body.errors[0]).toMatchObject({ field: 'file', code: 'fileType' });
      const png = await t.http.post('/api/eligibility-proofs').set(aci.headers).attach('file', PNG, 'photo.png').expect(201);
      expect(png.body).toMatchObject({ contentType: 'image/png', fileName: 'photo.png' });
    });

    it('answers 400 for a missing or unknown employer, 404 for a candidate the caller does not follow', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const candidate = await createCandidate(t, prescriber);
      const missing = await t.http.get(`/api/candidates/${candidate.id}/eligibility`).set(prescriber.headers).expect(400);
      expect(missing.body.errors[0].field).toBe('employer');
      const unknown = await t.http
        .get(`/api/candidates/${candidate.id}/eligibility`)
        .query({ employer: prescriber.organization.id })
        .set(prescriber.headers)
        .expect(400);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'employer', code: 'unknownEmployer' });
      const stranger = await createSiae(t, 'EI');
      await t.http.get(`/api/candidates/${candidate.id}/eligibility`).query({ employer: stranger.organization.id }).set(stranger.headers).expect(404);
      await t.http
        .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
        .set(stranger.headers)
        .send({ criteria: await criteria(stranger, ['RSA']) })
        .expect(404);
    });
  });

  it('keeps proofs to the diagnosis author, the candidate and staff; a proof serves its sender only', async () => {
    const prescriber = await createHabilitatedPrescriber(t);
    const aci = await createSiae(t, 'ACI');
    const orienteur = await createOrienteur(t);
    const candidate = await createCandidate(t, orienteur);
    await t.http.post(`/api/candidates/${candidate.id}/assignments`).set(aci.headers).send({ nir: candidate.nir }).expect(201);
    const stolen = await t.http
      .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
      .set(prescriber.headers)
      .send({ criteria: [{ key: 'RSA', proofFileId: await proof(aci), proofDate: '2026-11-02' }] })
      .expect(400);
    expect(stolen.body.errors[0]).toMatchObject({ field: 'criteria[0].proofFileId', code: 'unknownProof' });
    const diagnosis = await t.http
      .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
      .set(prescriber.headers)
      .send({ criteria: [{ key: 'JEUNE' }, { key: 'RSA', proofFileId: await proof(prescriber), proofDate: '2026-11-02' }] })
      .expect(201);
    const url = `/api/candidates/${candidate.id}/eligibility-diagnoses/${diagnosis.body.id}/criteria/RSA/proof`;
    await t.http.get(url).set(prescriber.headers).expect(200);
    const seen = await t.http.get(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(orienteur.headers).expect(200);
    expect(seen.body.map((d: { id: string }) => d.id)).toEqual([diagnosis.body.id]);
    const refused = await t.http.get(url).set(orienteur.headers).expect(403);
    expect(refused.body.detail).toContain('justificatifs');
    await t.http.get(url).set(aci.headers).expect(403);
    await t.http.get(`/api/candidates/${candidate.id}/eligibility-diagnoses/${diagnosis.body.id}/criteria/JEUNE/proof`).set(prescriber.headers).expect(404);
  });

  it('lets the candidate and audited staff see every diagnosis, staff not validate', async () => {
    const aci = await createSiae(t, 'ACI');
    const candidate = await createCandidate(t, aci);
    await t.http
      .post(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
      .set(aci.headers)
      .send({ criteria: await criteria(aci, ['RSA']) })
      .expect(201);
    const staff = await createStaff(t);
    const noReason = await t.http.get(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(staff.headers).expect(400);
    expect(noReason.body.type).toBe('/api/problems/audit-reason-required');
    const reason = 'Réclamation n° 2026-114 : vérifier l’éligibilité';
    const list = await t.http
      .get(`/api/candidates/${candidate.id}/eligibility-diagnoses`)
      .set({ ...staff.headers, 'x-access-reason': encodeURIComponent(reason) })
      .expect(200);
    expect(list.body).toHaveLength(1);
    const events = await t.dataSource.query(`SELECT action, reason FROM candidate_access_events WHERE candidate_id = $1 AND user_id = $2`, [
      candidate.id,
      staff.user.id,
    ]);
    expect(events).toEqual([{ action: 'staff_read', reason }]);
    await t.http.post(`/api/candidates/${candidate.id}/eligibility-diagnoses`).set(staff.headers).send({}).expect(403);
  });
});
