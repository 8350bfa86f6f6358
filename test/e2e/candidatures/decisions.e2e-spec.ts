import {
  SmtpCatcher,
  TestApp,
  addMember,
  createCandidate,
  createCandidateAccount,
  createOwnCandidateFile,
  createHabilitatedPrescriber,
  createOrganization,
  createOrienteur,
  createSiae,
  createTestApp,
  login,
  notificationEventsHandled,
} from '@iae/testing';
import { PDF, eligibleCandidate, openJob, send } from './world';

describe('candidatures: what may be sent, each move and who sees what', () => {
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
  afterEach(() => t.clock.set('2026-11-23T09:00:00Z'));

  describe('sending', () => {
    it('refuses an ended SIAE past its 30 days of grace, a blocked employer, closed spontaneous candidatures, a second one within 24 hours; idempotent', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const ei = await createSiae(t, 'EI');
      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const body = { candidateId: candidate.id, employerId: ei.organization.id, message: 'Motivée' };

      // A SIAE whose convention ended over 30 days ago (the clock is on 2026-11-23) receives nothing; within the 30 days it still does.
      await t.dataSource.query(`UPDATE employers SET deactivated_on = '2026-10-01' WHERE id = $1`, [ei.organization.id]);
      const ended = await t.http.post('/api/candidatures').set(prescriber.headers).send(body).expect(422);
      expect(ended.body).toMatchObject({ type: '/api/problems/candidature-not-accepted-by-employer', reason: 'employerInactive' });
      await t.dataSource.query(`UPDATE employers SET deactivated_on = '2026-10-25', block_candidatures = true WHERE id = $1`, [ei.organization.id]);
      const inGrace = await t.http.post('/api/candidatures').set(prescriber.headers).send(body).expect(422);
      expect(inGrace.body.reason).toBe('candidaturesBlocked');

      await t.dataSource.query(`UPDATE employers SET deactivated_on = NULL, block_candidatures = true WHERE id = $1`, [ei.organization.id]);
      const blocked = await t.http.post('/api/candidatures').set(prescriber.headers).send(body).expect(422);
      expect(blocked.body).toMatchObject({ type: '/api/problems/candidature-not-accepted-by-employer', reason: 'candidaturesBlocked' });

      await t.dataSource.query(`UPDATE employers SET block_candidatures = false, spontaneous_candidatures_open = false WHERE id = $1`, [ei.organization.id]);
      const spontaneous = await t.http.post('/api/candidatures').set(prescriber.headers).send(body).expect(422);
      expect(spontaneous.body.reason).toBe('spontaneousClosed');

      const job = await openJob(t, ei.organization.id);
      const key = { 'idempotency-key': `send-${Date.now()}-abcdef` };
      const first = await t.http
        .post('/api/candidatures')
        .set({ ...prescriber.headers, ...key })
        .send({ ...body, jobDescriptionIds: [job] })
        .expect(201);
      const replay = await t.http
        .post('/api/candidatures')
        .set({ ...prescriber.headers, ...key })
        .send({ ...body, jobDescriptionIds: [job] })
        .expect(201);
      expect(replay.body.id).toBe(first.body.id);
      expect(await t.dataSource.query(`SELECT 1 FROM candidatures WHERE candidate_id = $1`, [candidate.id])).toHaveLength(1);

      const again = await t.http
        .post('/api/candidatures')
        .set(prescriber.headers)
        .send({ ...body, jobDescriptionIds: [job] })
        .expect(422);
      expect(again.body.reason).toBe('appliedWithin24Hours');
      t.clock.set('2026-11-24T09:00:00Z');
      const later = await login(t.http, prescriber.user);
      await t.http
        .post('/api/candidatures')
        .set({ ...prescriber.headers, authorization: `Bearer ${later}` })
        .send({ ...body, jobDescriptionIds: [job] })
        .expect(201);
    });

    it('names the field of a foreign or closed job, a missing CV, an unknown employer', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const ei = await createSiae(t, 'EI');
      const other = await createSiae(t, 'ACI');
      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const foreign = await openJob(t, other.organization.id);
      const closed = await openJob(t, ei.organization.id);
      await t.dataSource.query(`UPDATE job_descriptions SET is_active = false WHERE id = $1`, [closed]);
      const withCv = await openJob(t, ei.organization.id, { resumeMandatory: true });
      const base = { candidateId: candidate.id, employerId: ei.organization.id, message: 'Motivée' };

      const wrong = await t.http
        .post('/api/candidatures')
        .set(prescriber.headers)
        .send({ ...base, jobDescriptionIds: [foreign, closed] })
        .expect(400);
      expect(wrong.body.errors).toEqual([
        expect.objectContaining({ field: 'jobDescriptionIds[0]', code: 'unknownJobDescription' }),
        expect.objectContaining({ field: 'jobDescriptionIds[1]', code: 'closedJobDescription' }),
      ]);
      const noCv = await t.http
        .post('/api/candidatures')
        .set(prescriber.headers)
        .send({ ...base, jobDescriptionIds: [withCv] })
        .expect(400);
      expect(noCv.body.errors[0]).toMatchObject({ field: 'resumeFileId', code: 'resumeRequired' });
      const unknown = await t.http
        .post('/api/candidatures')
        .set(prescriber.headers)
        .send({ ...base, employerId: prescriber.organization.id })
        .expect(400);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'employerId', code: 'unknownEmployer' });
      const noMessage = await t.http
        .post('/api/candidatures')
        .set(prescriber.headers)
        .send({ ...base, message: '  ' })
        .expect(400);
      expect(noMessage.body.errors[0].field).toBe('message');

      const cv = await t.http.post('/api/candidature-resumes').set(prescriber.headers).attach('file', PDF, 'cv.pdf').expect(201);
      const sent = await send(t, prescriber, { ...base, jobDescriptionIds: [withCv], resumeFileId: cv.body.id });
      expect(sent.hasResume).toBe(true);
      const someoneElses = await t.http
        .post('/api/candidatures')
        .set(ei.headers)
        .send({ ...base, employerId: other.organization.id, resumeFileId: cv.body.id })
        .expect(400);
      expect(someoneElses.body.errors[0]).toMatchObject({ field: 'resumeFileId', code: 'unknownResume' });
    });

    it('does not let a professional apply for a candidate it does not follow, nor DDETS or staff send', async () => {
      const orienteur = await createOrienteur(t);
      const prescriber = await createHabilitatedPrescriber(t);
      const ei = await createSiae(t, 'EI');
      const candidate = await createCandidate(t, prescriber);
      await t.http
        .post('/api/candidatures')
        .set(orienteur.headers)
        .send({ candidateId: candidate.id, employerId: ei.organization.id, message: 'x' })
        .expect(404);
      const account = await createCandidateAccount(t);
      await t.http.post('/api/candidatures').set(account.headers).send({ candidateId: candidate.id, employerId: ei.organization.id, message: 'x' }).expect(404);
    });
  });

  describe('moves', () => {
    it('guards each move by state and answers 409 with what is possible', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
      const url = `/api/candidatures/${sent.id}`;

      const noComment = await t.http.post(`${url}/postponement`).set(aci.headers).send({}).expect(400);
      expect(noComment.body.errors[0].field).toBe('comment');
      await t.http.post(`${url}/postponement`).set(aci.headers).send({ comment: 'Entretien à caler en janvier' }).expect(200);
      const process = await t.http.post(`${url}/processing`).set(aci.headers).expect(409);
      expect(process.body).toMatchObject({ type: '/api/problems/candidature-transition-not-allowed', state: 'postponed' });
      expect(process.body.allowedTransitions).toEqual(['accept', 'add_to_pool', 'refuse', 'transfer']);

      const other = await t.http.post(`${url}/refusal`).set(aci.headers).send({ reason: 'other' }).expect(400);
      expect(other.body.errors[0].field).toBe('answer');
      const auto = await t.http.post(`${url}/refusal`).set(aci.headers).send({ reason: 'auto' }).expect(400);
      expect(auto.body.errors[0].field).toBe('reason');
      // A reason of the list that this kind of employer may not give is a rule of the trade (422), like the contrat passerelle.
      const geiq = await createSiae(t, 'GEIQ');
      const toGeiq = await send(t, prescriber, { candidateId: candidate.id, employerId: geiq.organization.id });
      const notForGeiq = await t.http.post(`/api/candidatures/${toGeiq.id}/refusal`).set(geiq.headers).send({ reason: 'prevent_objectives' }).expect(422);
      expect(notForGeiq.body).toMatchObject({
        type: '/api/problems/rule-not-met',
        errors: [expect.objectContaining({ field: 'reason', code: 'reasonNotForThisKind' })],
      });
      await t.http.post(`/api/candidatures/${toGeiq.id}/refusal`).set(geiq.headers).send({ reason: 'no_position' }).expect(200);
      await t.http
        .post(`${url}/refusal`)
        .set(aci.headers)
        .send({
          reason: 'lacking_skills',
          answer: 'Nous gardons votre candidature pour le printemps.',
          answerToPrescriber: 'Pas de permis B, indispensable ici.',
        })
        .expect(200);
      await t.http.post(`${url}/refusal`).set(aci.headers).send({ reason: 'no_position' }).expect(409);
      await t.http.post(`${url}/cancellation`).set(aci.headers).send({}).expect(409);

      const history = await t.http.get(`${url}/history`).set(prescriber.headers).expect(200);
      expect(history.body.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual(['new>postponed', 'postponed>refused']);
      expect(history.body[0]).toMatchObject({ comment: 'Entretien à caler en janvier', by: aci.organization.name });
    });

    it('does not let a page showing an older state override a decision taken meanwhile (two tabs, two colleagues)', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
      const url = `/api/candidatures/${sent.id}`;
      // Both tabs show it new; the first declines it.
      await t.http.post(`${url}/refusal`).set(aci.headers).send({ reason: 'no_position', expectedState: 'new' }).expect(200);
      const stale = await t.http.post(`${url}/acceptance`).set(aci.headers).send({ hiringStart: '2026-12-01', expectedState: 'new' }).expect(409);
      expect(stale.body).toMatchObject({ type: '/api/problems/candidature-changed', state: 'refused', expectedState: 'new' });
      expect(stale.body.detail).toContain('Déclinée');
      expect(await t.dataSource.query(`SELECT 1 FROM pass_iae WHERE candidate_id = $1`, [candidate.id])).toEqual([]);
      const unknown = await t.http.post(`${url}/acceptance`).set(aci.headers).send({ hiringStart: '2026-12-01', expectedState: 'hired' }).expect(400);
      expect(unknown.body.errors[0]).toMatchObject({ field: 'expectedState', code: 'isIn' });
      // Reloaded, the page shows it declined: accepting a declined candidature stays possible.
      await t.http.post(`${url}/acceptance`).set(aci.headers).send({ hiringStart: '2026-12-01', expectedState: 'refused' }).expect(200);
    });

    it('never shows the refusal reason nor the private comment to the candidate', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const account = await createCandidateAccount(t);
      const own = await createOwnCandidateFile(t, account);
      // The prescriber who met her proves it: names, full birth date and e-mail together.
      await t.http
        .post(`/api/candidates/${own.id}/assignments`)
        .set(prescriber.headers)
        .send({ firstName: 'Léa', lastName: 'Roux', birthDate: '1990-01-01', email: account.user.email })
        .expect(201);
      const sent = await send(t, prescriber, { candidateId: own.id, employerId: aci.organization.id });
      await t.http
        .post(`/api/candidatures/${sent.id}/refusal`)
        .set(aci.headers)
        .send({ reason: 'incompatible', answer: 'Merci de votre intérêt.', answerToPrescriber: 'Horaires de nuit incompatibles avec la garde de ses enfants.' })
        .expect(200);

      const bySender = await t.http.get(`/api/candidatures/${sent.id}`).set(prescriber.headers).expect(200);
      expect(bySender.body).toMatchObject({ refusalReason: { key: 'incompatible' }, answerToPrescriber: expect.stringContaining('Horaires') });
      const byCandidate = await t.http.get(`/api/candidatures/${sent.id}`).set(account.headers).expect(200);
      expect(byCandidate.body.answer).toBe('Merci de votre intérêt.');
      expect(byCandidate.body).not.toHaveProperty('refusalReason');
      expect(byCandidate.body).not.toHaveProperty('answerToPrescriber');
      expect(JSON.stringify(byCandidate.body)).not.toContain('Horaires');
      const list = await t.http.get('/api/me/candidatures').set(account.headers).expect(200);
      expect(JSON.stringify(list.body)).not.toContain('incompatible');
      // The SIAE archives it: its housekeeping, so the person still sees it, and never when it was archived.
      await t.http.post(`/api/candidatures/${sent.id}/archive`).set(aci.headers).expect(200);
      const afterArchive = (await t.http.get('/api/me/candidatures').set(account.headers).expect(200)).body.items;
      expect(afterArchive.map((c: { id: string }) => c.id)).toEqual([sent.id]);
      expect(afterArchive[0]).not.toHaveProperty('archivedAt');
      expect((await t.http.get(`/api/candidatures/${sent.id}`).set(account.headers).expect(200)).body).not.toHaveProperty('archivedAt');

      const toCandidate = await smtp.waitForMailTo(account.user.email, 'Déclinée');
      expect(toCandidate.text).toContain('Merci de votre intérêt');
      expect(toCandidate.text + toCandidate.html).not.toContain('Horaires');
      expect(toCandidate.text).not.toContain('freins');
      const toSender = await smtp.waitForMailTo(prescriber.user.email, 'Déclinée');
      expect(toSender.text).toContain('Horaires de nuit');
      expect(toSender.text).toContain('Un des freins');
    });

    it('tells an orienteur of a refusal with the candidate’s initials and without the private comment; every sender reads that the reason was not passed on', async () => {
      const orienteur = await createOrienteur(t);
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const candidate = await createCandidate(t, orienteur, { firstName: 'Thierry', lastName: 'Marchand' });
      const fromOrienteur = await send(t, orienteur, { candidateId: candidate.id, employerId: aci.organization.id });
      const other = await eligibleCandidate(t, prescriber, prescriber, { firstName: 'Sonia', lastName: 'Belkacem' });
      const fromPrescriber = await send(t, prescriber, { candidateId: other.id, employerId: aci.organization.id });
      const refusal = { reason: 'lacking_skills', answer: 'Merci de votre candidature.', answerToPrescriber: 'Aucune expérience en espaces verts.' };
      await t.http.post(`/api/candidatures/${fromOrienteur.id}/refusal`).set(aci.headers).send(refusal).expect(200);
      await t.http.post(`/api/candidatures/${fromPrescriber.id}/refusal`).set(aci.headers).send(refusal).expect(200);

      const toOrienteur = await smtp.waitFor((m) => m.to.includes(orienteur.user.email) && m.subject.endsWith('Déclinée'));
      expect(toOrienteur.subject).toContain('T. M.');
      for (const part of [toOrienteur.subject, toOrienteur.text, toOrienteur.html]) {
        expect(part).not.toContain('Thierry');
        expect(part).not.toContain('Marchand');
        expect(part).not.toContain('espaces verts');
      }
      expect(toOrienteur.text).toContain('Le candidat n’a pas les compétences requises');
      expect(toOrienteur.text).toContain('Ce motif n’a pas été communiqué à la personne.');
      const toPrescriber = await smtp.waitFor((m) => m.to.includes(prescriber.user.email) && m.subject.endsWith('Déclinée'));
      expect(toPrescriber.subject).toContain('Sonia Belkacem');
      expect(toPrescriber.text).toContain('Aucune expérience en espaces verts.');
      expect(toPrescriber.text).toContain('Ce motif n’a pas été communiqué à la personne.');

      const readByOrienteur = await t.http.get(`/api/candidatures/${fromOrienteur.id}`).set(orienteur.headers).expect(200);
      expect(readByOrienteur.body).toMatchObject({ refusalReason: { key: 'lacking_skills' }, answerToPrescriber: null });
      const readByEmployer = await t.http.get(`/api/candidatures/${fromOrienteur.id}`).set(aci.headers).expect(200);
      expect(readByEmployer.body.answerToPrescriber).toBe('Aucune expérience en espaces verts.');
    });

    it('cancelling one of two hires sharing a PASS clears that candidature’s link to it; the PASS stays for the other hire', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const ei = await createSiae(t, 'EI');
      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const toAci = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
      const toEi = await send(t, prescriber, { candidateId: candidate.id, employerId: ei.organization.id });
      const byAci = await t.http.post(`/api/candidatures/${toAci.id}/acceptance`).set(aci.headers).send({ hiringStart: '2026-12-01' }).expect(200);
      // The EI's candidature became obsolete; accepting it anyway reuses the PASS.
      const byEi = await t.http.post(`/api/candidatures/${toEi.id}/acceptance`).set(ei.headers).send({ hiringStart: '2026-12-07' }).expect(200);
      const number = byAci.body.passIae.number;
      expect(byEi.body.passIae.number).toBe(number);

      const cancelled = await t.http.post(`/api/candidatures/${toEi.id}/cancellation`).set(ei.headers).send({}).expect(200);
      expect(cancelled.body).toMatchObject({ state: 'cancelled', passIae: null });
      expect((await t.http.get(`/api/candidatures/${toEi.id}`).set(prescriber.headers).expect(200)).body.passIae).toBeNull();
      expect((await t.http.get(`/api/candidatures/${toAci.id}`).set(aci.headers).expect(200)).body.passIae).toMatchObject({ number });
      const pass = await t.http.get(`/api/pass-iae/${number}`).set(aci.headers).expect(200);
      expect(pass.body.hires).toEqual([
        expect.objectContaining({ candidatureId: toEi.id, cancelled: true }),
        expect.objectContaining({ candidatureId: toAci.id, cancelled: false }),
      ]);

      // The other way round: the hire the PASS was issued for is cancelled while the other one keeps it.
      const again = await t.http.post(`/api/candidatures/${toEi.id}/acceptance`).set(ei.headers).send({ hiringStart: '2026-12-07' }).expect(200);
      expect(again.body.passIae.number).toBe(number);
      const first = await t.http.post(`/api/candidatures/${toAci.id}/cancellation`).set(aci.headers).send({}).expect(200);
      expect(first.body.passIae).toBeNull();
      expect((await t.http.get(`/api/candidatures/${toEi.id}`).set(ei.headers).expect(200)).body.passIae).toMatchObject({ number });
      expect(await t.dataSource.query(`SELECT 1 FROM pass_iae WHERE number = $1`, [number])).toHaveLength(1);
    });

    it('checks hiring dates, cancels a hire before it starts and gives the PASS back, not after', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const ei = await createSiae(t, 'EI');
      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: ei.organization.id });
      const url = `/api/candidatures/${sent.id}`;
      // Dates outside the hiring window break a rule of the trade (422); a date not written as one is malformed (400).
      const past = await t.http.post(`${url}/acceptance`).set(ei.headers).send({ hiringStart: '2026-11-22' }).expect(422);
      expect(past.body).toMatchObject({ type: '/api/problems/rule-not-met', errors: [expect.objectContaining({ field: 'hiringStart', code: 'startInPast' })] });
      const far = await t.http.post(`${url}/acceptance`).set(ei.headers).send({ hiringStart: '2027-05-24' }).expect(422);
      expect(far.body).toMatchObject({ type: '/api/problems/rule-not-met', errors: [expect.objectContaining({ field: 'hiringStart', code: 'startTooFar' })] });
      const end = await t.http.post(`${url}/acceptance`).set(ei.headers).send({ hiringStart: '2026-12-01', hiringEnd: '2026-11-30' }).expect(422);
      expect(end.body).toMatchObject({ type: '/api/problems/rule-not-met', errors: [expect.objectContaining({ field: 'hiringEnd', code: 'endBeforeStart' })] });
      const malformed = await t.http.post(`${url}/acceptance`).set(ei.headers).send({ hiringStart: '01/12/2026' }).expect(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'hiringStart' })]);
      for (const day of ['2026-12-32', '2027-02-29']) {
        const noSuchDay = await t.http.post(`${url}/acceptance`).set(ei.headers).send({ hiringStart: '2026-12-01', hiringEnd: day }).expect(400);
        expect(noSuchDay.body.errors).toEqual([expect.objectContaining({ field: 'hiringEnd', code: 'isDate' })]);
      }

      const accepted = await t.http.post(`${url}/acceptance`).set(ei.headers).send({ hiringStart: '2026-11-25' }).expect(200);
      const number = accepted.body.passIae.number;
      const cancelled = await t.http.post(`${url}/cancellation`).set(ei.headers).send({ comment: 'La personne a trouvé un CDI.' }).expect(200);
      expect(cancelled.body).toMatchObject({ state: 'cancelled', passIae: null });
      expect(await t.dataSource.query(`SELECT 1 FROM pass_iae WHERE number = $1`, [number])).toHaveLength(0);

      const again = await t.http.post(`${url}/acceptance`).set(ei.headers).send({ hiringStart: '2026-11-23' }).expect(200);
      expect(again.body.passIae.number).not.toBe(number);
      t.clock.set('2026-11-24T09:00:00Z');
      const late = await t.http
        .post(`${url}/cancellation`)
        .set({ ...ei.headers, authorization: `Bearer ${await login(t.http, ei.user)}` })
        .send({})
        .expect(409);
      expect(late.body.type).toBe('/api/problems/hire-already-started');
    });

    it('keeps moves to the receiving employer: 403 for prescribers, 404 for another SIAE', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const other = await createSiae(t, 'ACI');
      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
      await t.http.post(`/api/candidatures/${sent.id}/processing`).set(prescriber.headers).expect(403);
      await t.http.post(`/api/candidatures/${sent.id}/processing`).set(other.headers).expect(404);
      await t.http.get(`/api/candidatures/${sent.id}`).set(other.headers).expect(404);
    });

    it('transfers to another structure of the same user, and a refused one to any structure', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const sister = await createOrganization(t.dataSource, { family: 'employer', kind: 'EI' });
      await addMember(t.dataSource, aci.user.id, sister.id, 'admin');
      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
      await t.http.post(`/api/candidatures/${sent.id}/processing`).set(aci.headers).expect(200);

      const stranger = await createSiae(t, 'AI');
      const notMine = await t.http.post(`/api/candidatures/${sent.id}/transfer`).set(aci.headers).send({ employerId: stranger.organization.id }).expect(403);
      expect(notMine.body.detail).toContain('membre');
      const moved = await t.http.post(`/api/candidatures/${sent.id}/transfer`).set(aci.headers).send({ employerId: sister.id }).expect(200);
      expect(moved.body).toMatchObject({ state: 'new', employer: { id: sister.id }, transferredFrom: { employerId: aci.organization.id } });
      // The kinds the pilotage figures count follow the candidature to its new employer.
      const [kinds] = await t.dataSource.query(`SELECT employer_kind, sender_organization_kind FROM candidatures WHERE id = $1`, [sent.id]);
      expect(kinds).toEqual({ employer_kind: 'EI', sender_organization_kind: 'ML' });
      await t.http.get(`/api/candidatures/${sent.id}`).set(aci.headers).expect(404);

      const asSister = { headers: { ...aci.headers, 'x-organization-id': sister.id } };
      await t.http.post(`/api/candidatures/${sent.id}/refusal`).set(asSister.headers).send({ reason: 'no_position' }).expect(200);
      const onward = await t.http
        .post(`/api/candidatures/${sent.id}/external-transfer`)
        .set(asSister.headers)
        .send({ employerId: stranger.organization.id, message: 'Profil adapté à vos missions de services à la personne.' })
        .expect(201);
      expect(onward.body).toMatchObject({
        state: 'new',
        employer: { id: stranger.organization.id },
        sender: { kind: 'employer', organization: { id: sister.id } },
      });
      const log = await t.http.get(`/api/candidatures/${sent.id}/history`).set(asSister.headers).expect(200);
      expect(log.body.map((h: { transition: string }) => h.transition)).toEqual(['process', 'transfer', 'refuse', 'external_transfer']);
      await smtp.waitForMailTo(stranger.user.email, 'Nouvelle candidature');
    });

    it('tells the sender and the candidate of each move, each in their own words', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const sister = await createOrganization(t.dataSource, { family: 'employer', kind: 'EI', name: 'Régie de quartier Bellevue' });
      await addMember(t.dataSource, aci.user.id, sister.id, 'admin');
      const email = `lea.moreau.${Date.now()}@exemple.fr`;
      const candidate = await eligibleCandidate(t, prescriber, prescriber, { email });
      const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
      const url = `/api/candidatures/${sent.id}`;
      const mailTo = (address: string, state: string) => smtp.waitFor((m) => m.to.includes(address) && m.subject.endsWith(state));

      await t.http
        .post(`${url}/postponement`)
        .set(aci.headers)
        .send({ comment: 'Poste ouvert en janvier, je la rappelle.', answer: 'Nous revenons vers vous en janvier.' })
        .expect(200);
      const postponedForSender = await mailTo(prescriber.user.email, 'En attente');
      expect(postponedForSender.text).toContain('Poste ouvert en janvier, je la rappelle.');
      const postponedForCandidate = await mailTo(email, 'En attente');
      expect(postponedForCandidate.text).toContain('Nous revenons vers vous en janvier.');
      expect(postponedForCandidate.text).not.toContain('je la rappelle');

      await t.http.post(`${url}/pool`).set(aci.headers).send({ answer: 'Nous gardons votre profil pour nos prochains chantiers.' }).expect(200);
      await mailTo(prescriber.user.email, 'Vivier');
      expect((await mailTo(email, 'Vivier')).text).toContain('Nous gardons votre profil');

      await t.http.post(`${url}/acceptance`).set(aci.headers).send({ hiringStart: '2026-11-30' }).expect(200);
      await mailTo(email, 'Embauche acceptée');
      await t.http.post(`${url}/cancellation`).set(aci.headers).send({ comment: 'Elle a trouvé un CDI entre-temps.' }).expect(200);
      expect((await mailTo(prescriber.user.email, 'Embauche annulée')).text).toContain('Elle a trouvé un CDI entre-temps.');
      expect((await mailTo(email, 'Embauche annulée')).text).not.toContain('CDI');

      await t.http.post(`${url}/transfer`).set(aci.headers).send({ employerId: sister.id }).expect(200);
      // The same person is a member of both structures: the sister's e-mail is the one telling of a transfer.
      const forSister = await smtp.waitFor(
        (m) => m.to.includes(aci.user.email) && m.subject.startsWith('Nouvelle candidature') && m.text.includes('vous transmet'),
      );
      expect(forSister.text).toContain(`${aci.organization.name} vous transmet la candidature`);
      expect((await mailTo(prescriber.user.email, 'Nouvelle candidature')).text).toContain(
        `transmise par ${aci.organization.name} à Régie de quartier Bellevue`,
      );
      expect((await mailTo(email, 'Nouvelle candidature')).subject).toContain('Régie de quartier Bellevue');
    });

    it('lets a member switch off new-candidature e-mails for one organisation', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const settings = await t.http.get('/api/me/notification-settings').set({ authorization: aci.headers.authorization }).expect(200);
      expect(settings.body[0].notifications).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'candidatures.received', enabled: true })]));
      const bad = await t.http
        .put(`/api/me/notification-settings/${aci.organization.id}`)
        .set(aci.headers)
        .send({ disabled: ['nope'] })
        .expect(400);
      expect(bad.body.errors[0]).toMatchObject({ field: 'disabled[0]', code: 'unknownNotification' });
      await t.http
        .put(`/api/me/notification-settings/${aci.organization.id}`)
        .set(aci.headers)
        .send({ disabled: ['candidatures.received'] })
        .expect(200);

      const candidate = await eligibleCandidate(t, prescriber, prescriber);
      const sent = await send(t, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
      await notificationEventsHandled(t);
      const queued = await t.dataSource.query(`SELECT recipient FROM email_messages WHERE template = 'candidatures/received' AND context->>'link' LIKE $1`, [
        `%${sent.id}`,
      ]);
      expect(queued).toEqual([]);
    });
  });

  describe('lists and export', () => {
    it('filters the inbox, lists what my organisation sent, exports a month as CSV', async () => {
      const prescriber = await createHabilitatedPrescriber(t);
      const aci = await createSiae(t, 'ACI');
      const job = await openJob(t, aci.organization.id);
      const a = await eligibleCandidate(t, prescriber, prescriber, { firstName: 'Amina', lastName: 'Diallo' });
      const b = await eligibleCandidate(t, prescriber, prescriber, { firstName: 'Bruno', lastName: 'Leroy' });
      const first = await send(t, prescriber, { candidateId: a.id, employerId: aci.organization.id, jobDescriptionIds: [job] });
      t.clock.advance(60_000);
      await send(t, prescriber, { candidateId: b.id, employerId: aci.organization.id });
      await t.http.post(`/api/candidatures/${first.id}/processing`).set(aci.headers).expect(200);

      const all = await t.http.get('/api/candidatures/received').set(aci.headers).expect(200);
      expect(all.body.items.map((c: { candidate: { firstName: string } }) => c.candidate.firstName)).toEqual(['Bruno', 'Amina']);
      expect(all.body.items[0].allowedTransitions).toContain('accept');
      const processing = await t.http.get('/api/candidatures/received').query({ state: 'processing' }).set(aci.headers).expect(200);
      expect(processing.body.items.map((c: { id: string }) => c.id)).toEqual([first.id]);
      const byName = await t.http.get('/api/candidatures/received').query({ q: 'dial' }).set(aci.headers).expect(200);
      expect(byName.body.items).toHaveLength(1);
      const byJob = await t.http.get('/api/candidatures/received').query({ jobDescriptionId: job }).set(aci.headers).expect(200);
      expect(byJob.body.items.map((c: { id: string }) => c.id)).toEqual([first.id]);
      const page = await t.http.get('/api/candidatures/received').query({ limit: 1 }).set(aci.headers).expect(200);
      const next = await t.http.get('/api/candidatures/received').query({ limit: 1, cursor: page.body.nextCursor }).set(aci.headers).expect(200);
      expect([page.body.items[0].id, next.body.items[0].id]).toEqual(all.body.items.map((c: { id: string }) => c.id));
      const badState = await t.http.get('/api/candidatures/received').query({ state: 'hired' }).set(aci.headers).expect(400);
      expect(badState.body.errors[0].field).toMatch(/^state/);

      const sent = await t.http.get('/api/candidatures/sent').query({ scope: 'organization' }).set(prescriber.headers).expect(200);
      expect(sent.body.items).toHaveLength(2);

      const csv = await t.http.get('/api/candidatures/export').query({ month: '2026-11' }).set(aci.headers).expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toContain('Candidat;Né(e) le');
      expect(lines).toHaveLength(3);
      expect(csv.text).toContain('Diallo Amina');
      // Every date as a spreadsheet opened in French reads it, birth dates included.
      expect(lines[1]).toMatch(/^\d{2}\/\d{2}\/\d{4};[^;]+;\d{2}\/\d{2}\/\d{4};/);
      expect(csv.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      const empty = await t.http.get('/api/candidatures/export').query({ month: '2026-10' }).set(aci.headers).expect(200);
      expect(empty.text.trim().split('\r\n')).toHaveLength(1);
      await t.http.get('/api/candidatures/export').query({ month: '2026-13' }).set(aci.headers).expect(400);
    });
  });
});
