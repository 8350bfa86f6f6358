import { ScheduledJobs } from '@iae/core';
import { PassIaeService } from '@iae/pass-iae';
import { Member, SmtpCatcher, TestApp, createCandidate, createHabilitatedPrescriber, createOrienteur, createSiae } from '@iae/testing';
import { PDF, PNG, hireBy, insertCandidates, relogin, startPassIaeApp, stopPassIaeApp } from './pass-iae-helpers';

const TODAY = '2026-11-23';
const REMINDERS = 'pass-iae.prolongation-request-reminders';

describe('PASS IAE: suspensions and prolongations', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;

  beforeAll(async () => {
    ({ t, smtp } = await startPassIaeApp(TODAY));
  });
  afterAll(() => stopPassIaeApp(t, smtp));
  afterEach(() => t.clock.set(`${TODAY}T09:00:00Z`));

  const passUrl = (number: string) => `/api/pass-iae/${number}`;

  describe('suspensions', () => {
    /** A person hired by an ACI from 5 January 2026: PASS until 4 January 2028. */
    async function hired(kind = 'ACI'): Promise<{ siae: Member; number: string; candidateId: string }> {
      const siae = await createSiae(t, kind);
      const candidate = await createCandidate(t, siae);
      const pass = await hireBy(t, siae, candidate.id, '2026-01-05');
      expect(pass.endDate).toBe('2028-01-04');
      return { siae, number: pass.number, candidateId: candidate.id };
    }

    it('pushes the end back by their length when made, edited and deleted, in the audit trail', async () => {
      const { siae, number } = await hired();
      const created = await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(siae.headers)
        .send({ startDate: '2026-11-01', endDate: '2026-12-31', reason: 'CONTRACT_SUSPENDED', explanation: 'Arrêt maladie de plus de 15 jours' })
        .expect(201);
      expect(created.body).toMatchObject({ status: 'suspended', endDate: '2028-03-04' }); // + 60 days (D2 − D1, ADR 0004)
      const [suspension] = created.body.suspensions;
      expect(suspension).toMatchObject({ startDate: '2026-11-01', endDate: '2026-12-31', reason: 'CONTRACT_SUSPENDED', madeBy: { id: siae.organization.id } });
      // 730 days less the 300 lived from 5 January to 31 October: a suspension leaves the remaining days as they were.
      expect(created.body.remainingDays).toBe(430);
      // Suspended today, the PASS is not prolonged; the refusal says why (the web page offers no prolongation then).
      const whileSuspended = await t.http
        .post(`${passUrl(number)}/prolongations`)
        .set(siae.headers)
        .send({ reason: 'COMPLETE_TRAINING', endDate: '2028-06-30' });
      expect(whileSuspended.status).toBeGreaterThanOrEqual(400);
      expect(whileSuspended.status).toBeLessThan(500);
      expect(JSON.stringify(whileSuspended.body)).toContain('Le PASS IAE est suspendu aujourd’hui : il se prolonge une fois la suspension terminée.');

      const edited = await t.http
        .patch(`${passUrl(number)}/suspensions/${suspension.id}`)
        .set(siae.headers)
        .send({ endDate: '2026-11-30' })
        .expect(200);
      expect(edited.body).toMatchObject({ endDate: '2028-02-02', suspensions: [{ endDate: '2026-11-30' }] }); // + 29 days

      const moved = await t.http
        .patch(`${passUrl(number)}/suspensions/${suspension.id}`)
        .set(siae.headers)
        .send({ startDate: '2026-10-01', endDate: '2026-10-31' })
        .expect(200);
      expect(moved.body).toMatchObject({ status: 'valid', endDate: '2028-02-03' }); // + 30 days

      const overlapping = await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(siae.headers)
        .send({ startDate: '2026-10-31', endDate: '2026-11-05', reason: 'CONTRACT_BROKEN' })
        .expect(409);
      expect(overlapping.body).toMatchObject({
        type: '/api/problems/pass-iae-suspension-overlap',
        overlaps: { startDate: '2026-10-01', endDate: '2026-10-31' },
      });

      const deleted = await t.http
        .delete(`${passUrl(number)}/suspensions/${suspension.id}`)
        .set(siae.headers)
        .expect(200);
      expect(deleted.body).toMatchObject({ endDate: '2028-01-04', suspensions: [] });

      const actions = await t.dataSource.query(
        `SELECT action FROM audit_events WHERE subject_type = 'pass_iae' AND subject_id = $1 AND action LIKE 'pass_iae.suspen%' ORDER BY occurred_at, created_at`,
        [created.body.id],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual([
        'pass_iae.suspended',
        'pass_iae.suspension_edited',
        'pass_iae.suspension_edited',
        'pass_iae.suspension_deleted',
      ]);
    });

    it('pushes the end back by D2 − D1 (ADR 0004): a one-day suspension moves nothing, an edit that shortens brings it back, a deletion restores it', async () => {
      const { siae, number } = await hired();
      const oneDay = await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(siae.headers)
        .send({ startDate: '2026-11-02', endDate: '2026-11-02', reason: 'CONTRACT_SUSPENDED' })
        .expect(201);
      // 408 days from today to the end; the suspended days (D1 to the eve of D2) are not lived, so they stay to live.
      expect(oneDay.body).toMatchObject({ endDate: '2028-01-04', status: 'valid', remainingDays: 408 });
      const id = oneDay.body.suspensions[0].id;

      const twoDays = await t.http
        .patch(`${passUrl(number)}/suspensions/${id}`)
        .set(siae.headers)
        .send({ endDate: '2026-11-03' })
        .expect(200);
      expect(twoDays.body).toMatchObject({ endDate: '2028-01-05', remainingDays: 409 });
      const longer = await t.http
        .patch(`${passUrl(number)}/suspensions/${id}`)
        .set(siae.headers)
        .send({ endDate: '2027-01-02' })
        .expect(200);
      expect(longer.body).toMatchObject({ endDate: '2028-03-05', status: 'suspended', remainingDays: 429 }); // + 61 days; 730 less the 301 lived
      const shorter = await t.http
        .patch(`${passUrl(number)}/suspensions/${id}`)
        .set(siae.headers)
        .send({ endDate: '2026-11-12' })
        .expect(200);
      expect(shorter.body).toMatchObject({ endDate: '2028-01-14', status: 'valid', remainingDays: 418 }); // + 10 days
      const deleted = await t.http
        .delete(`${passUrl(number)}/suspensions/${id}`)
        .set(siae.headers)
        .expect(200);
      expect(deleted.body).toMatchObject({ endDate: '2028-01-04', suspensions: [], remainingDays: 408 });
    });

    it('starts no later than today, no earlier than 365 days ago, within the PASS; lasts 36 months at most', async () => {
      const { siae, number } = await hired();
      const send = (body: Record<string, unknown>) =>
        t.http
          .post(`${passUrl(number)}/suspensions`)
          .set(siae.headers)
          .send({ reason: 'CONTRACT_BROKEN', ...body });
      const fieldOf = (response: { body: { errors: Array<{ field: string; code: string }> } }) => response.body.errors.map((e) => `${e.field}:${e.code}`);

      // Well-formed dates outside the rules: 422 rule-not-met, naming the field (README, API conventions).
      const tooLate = await send({ startDate: '2026-11-24', endDate: '2026-12-31' }).expect(422);
      expect(tooLate.body.type).toBe('/api/problems/rule-not-met');
      expect(fieldOf(tooLate)).toEqual(['startDate:notInFuture']);
      expect(fieldOf(await send({ startDate: '2025-11-22', endDate: '2026-01-31' }).expect(422))).toEqual(['startDate:tooOld']);
      // 365 days ago is not too old; here it is before the PASS.
      expect(fieldOf(await send({ startDate: '2025-11-23', endDate: '2026-01-31' }).expect(422))).toEqual(['startDate:beforePass']);
      expect(fieldOf(await send({ startDate: '2026-01-04', endDate: '2026-01-31' }).expect(422))).toEqual(['startDate:beforePass']);
      expect(fieldOf(await send({ startDate: '2026-11-01', endDate: '2029-11-01' }).expect(422))).toEqual(['endDate:tooLong']);
      expect(fieldOf(await send({ startDate: '2026-11-01', endDate: '2026-10-31' }).expect(422))).toEqual(['endDate:beforeStart']);
      await send({ startDate: '2026-11-01', endDate: '2026-12-31', reason: 'CONTRAT_PASSERELLE' }).expect(201);

      const blocked = await send({ startDate: TODAY, endDate: '2026-12-31' }).expect(409);
      expect(blocked.body.type).toBe('/api/problems/pass-iae-already-suspended');
      const bad = await send({ startDate: '01/11/2026', endDate: '2026-12-31', reason: 'SICKNESS' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['reason', 'startDate']);
    });

    it('lasts exactly 36 months at most; contrat passerelle for EI and ACI only', async () => {
      const { siae, number } = await hired('AI');
      const passerelle = await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(siae.headers)
        .send({ startDate: '2026-11-01', endDate: '2026-12-31', reason: 'CONTRAT_PASSERELLE' })
        .expect(422);
      expect(passerelle.body.type).toBe('/api/problems/rule-not-met');
      expect(passerelle.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'reasonForEiAndAciOnly' })]);
      const longest = await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(siae.headers)
        .send({ startDate: '2026-11-01', endDate: '2029-10-31', reason: 'FINISHED_CONTRACT' })
        .expect(201);
      expect(longest.body.endDate).toBe('2031-01-03'); // pushed back by 36 months (1,095 days, D2 − D1)
    });

    it('is made by the SIAE of the last hire or a habilitated prescriber (broken or finished contract), edited only by its maker', async () => {
      const { siae, number } = await hired();
      const body = { startDate: '2026-11-01', endDate: '2026-11-15', reason: 'CONTRACT_BROKEN' };
      const otherSiae = await createSiae(t, 'ACI');
      expect(
        (
          await t.http
            .post(`${passUrl(number)}/suspensions`)
            .set(otherSiae.headers)
            .send(body)
            .expect(403)
        ).body.type,
      ).toBe('/api/problems/forbidden');
      await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set((await createOrienteur(t)).headers)
        .send(body)
        .expect(403);

      const prescriber = await createHabilitatedPrescriber(t);
      const refused = await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(prescriber.headers)
        .send({ ...body, reason: 'CONTRACT_SUSPENDED' })
        .expect(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'reasonNotForPrescriber' })]);
      const made = await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(prescriber.headers)
        .send(body)
        .expect(201);
      const id = made.body.suspensions[0].id;
      expect(made.body.suspensions[0].madeBy).toMatchObject({ id: prescriber.organization.id });

      await t.http
        .patch(`${passUrl(number)}/suspensions/${id}`)
        .set(siae.headers)
        .send({ endDate: '2026-11-20' })
        .expect(403);
      await t.http
        .delete(`${passUrl(number)}/suspensions/${id}`)
        .set(siae.headers)
        .expect(403);
      await t.http
        .patch(`${passUrl(number)}/suspensions/${id}`)
        .set(prescriber.headers)
        .send({ endDate: '2026-11-20' })
        .expect(200);
      await t.http
        .delete(`${passUrl(number)}/suspensions/00000000-0000-4000-8000-000000000000`)
        .set(prescriber.headers)
        .expect(404);
    });

    it('ends when a new hire is accepted: the day before it starts, and the new SIAE takes over', async () => {
      const { siae, number, candidateId } = await hired();
      await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(siae.headers)
        .send({ startDate: '2026-11-01', endDate: '2027-03-31', reason: 'FINISHED_CONTRACT' })
        .expect(201);
      const next = await createSiae(t, 'EI');
      const pass = await hireBy(t, next, candidateId, '2026-12-01');
      expect(pass.suspensions).toEqual([expect.objectContaining({ startDate: '2026-11-01', endDate: '2026-11-30' })]);
      expect(pass.endDate).toBe('2028-02-02'); // 30 days suspended push 29 (D2 − D1), no longer 150

      // The first SIAE no longer has a say on the PASS, not even on its own suspension (reference platform).
      const body = { startDate: TODAY, endDate: '2026-11-25', reason: 'CONTRACT_BROKEN' };
      const former = await t.http
        .delete(`${passUrl(number)}/suspensions/${pass.suspensions[0].id}`)
        .set(siae.headers)
        .expect(403);
      expect(former.body.detail).toContain('embauchée depuis par une autre structure');
      await t.http
        .patch(`${passUrl(number)}/suspensions/${pass.suspensions[0].id}`)
        .set(siae.headers)
        .send({ endDate: '2027-03-31' })
        .expect(403);
      await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(siae.headers)
        .send(body)
        .expect(403);
    });

    it('starts no earlier than the last hire, on a PASS still running: an ended PASS is not brought back', async () => {
      const { candidateId, number } = await hired();
      const next = await createSiae(t, 'EI');
      await hireBy(t, next, candidateId, '2026-09-01');
      const body = { endDate: '2026-11-20', reason: 'CONTRACT_BROKEN' };
      const early = await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(next.headers)
        .send({ ...body, startDate: '2026-08-31' })
        .expect(422);
      expect(early.body.errors).toEqual([
        expect.objectContaining({ field: 'startDate', code: 'beforeLastHire', message: expect.stringContaining('1 septembre 2026') }),
      ]);
      await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(next.headers)
        .send({ ...body, startDate: '2026-09-01' })
        .expect(201);

      // Ended on 30 December 2025 (730 days, 2024 a leap year): a suspension from within it would push its end past today.
      const siae = await createSiae(t, 'ACI');
      const person = await createCandidate(t, siae);
      const ended = await hireBy(t, siae, person.id, '2024-01-01');
      const late = await t.http
        .post(`${passUrl(ended.number)}/suspensions`)
        .set(siae.headers)
        .send({ startDate: '2025-12-01', endDate: '2026-06-30', reason: 'CONTRACT_SUSPENDED' })
        .expect(422);
      expect(late.body).toMatchObject({ type: '/api/problems/pass-iae-not-in-progress', passStatus: 'expired' });
      expect(late.body.detail).toContain('30 décembre 2025');
    });

    it('a suspension starting on the hiring start is deleted; a legacy reason blocks the hire', async () => {
      const { siae, number, candidateId } = await hired();
      await t.http
        .post(`${passUrl(number)}/suspensions`)
        .set(siae.headers)
        .send({ startDate: TODAY, endDate: '2026-12-31', reason: 'CONTRACT_SUSPENDED' })
        .expect(201);
      const pass = await hireBy(t, siae, candidateId, TODAY);
      expect(pass).toMatchObject({ suspensions: [], endDate: '2028-01-04' });

      await t.dataSource.query(
        `INSERT INTO pass_iae_suspensions (pass_id, start_date, end_date, reason, author_kind) VALUES ($1, '2026-11-01', '2027-01-31', 'INCARCERATION', 'import')`,
        [pass.id],
      );
      const blockers = await t.get(PassIaeService).hireBlockers(candidateId, { kind: 'ACI', locatedInPrison: false }, TODAY, {
        senderHabilitatedPrescriber: true,
        hasValidPrescriberDiagnosis: true,
        personUnderJustice: false,
      });
      expect(blockers).toEqual([expect.objectContaining({ code: 'passSuspended', until: '2027-01-31' })]);
      await expect(hireBy(t, siae, candidateId, '2026-12-01')).rejects.toMatchObject({ type: { slug: 'pass-iae-suspended' } });
    });
  });

  describe('prolongations', () => {
    /** A person hired by an ACI from 1 March 2025: PASS until 28 February 2027, open to prolongation. */
    async function ending(kind = 'ACI', email: string | null = null): Promise<{ siae: Member; number: string; candidateId: string }> {
      const siae = await createSiae(t, kind);
      const candidate = await createCandidate(t, siae, email ? { email } : {});
      const pass = await hireBy(t, siae, candidate.id, '2025-03-01');
      expect(pass.endDate).toBe('2027-02-28');
      return { siae, number: pass.number, candidateId: candidate.id };
    }

    it('are declared by the SIAE of the last hire for SENIOR_CDI and COMPLETE_TRAINING, from the day after the end', async () => {
      const { siae, number, candidateId } = await ending();
      const url = `${passUrl(number)}/prolongations`;
      const needsPrescriber = await t.http.post(url).set(siae.headers).send({ reason: 'RQTH', endDate: '2027-08-31' }).expect(422);
      expect(needsPrescriber.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'needsPrescriber' })]);
      const tooLong = await t.http.post(url).set(siae.headers).send({ reason: 'COMPLETE_TRAINING', endDate: '2028-03-01' }).expect(422);
      expect(tooLong.body.type).toBe('/api/problems/rule-not-met');
      expect(tooLong.body.errors).toEqual([
        expect.objectContaining({ field: 'endDate', code: 'tooLong', message: expect.stringContaining('28 février 2028') }),
      ]);
      await t.http
        .post(url)
        .set((await createSiae(t, 'ACI')).headers)
        .send({ reason: 'COMPLETE_TRAINING', endDate: '2027-08-31' })
        .expect(403);

      const declared = await t.http
        .post(url)
        .set(siae.headers)
        .send({ reason: 'COMPLETE_TRAINING', endDate: '2027-08-31', explanation: 'Titre professionnel en cours' })
        .expect(201);
      expect(declared.body).toMatchObject({
        endDate: '2027-08-31',
        prolongations: [
          { startDate: '2027-03-01', endDate: '2027-08-31', reason: 'COMPLETE_TRAINING', declaredBy: { id: siae.organization.id }, requestId: null },
        ],
      });
      // A CDI inclusion is for a person of 57 or more (this one is 36).
      const young = await t.http.post(url).set(siae.headers).send({ reason: 'SENIOR_CDI', endDate: '2037-08-28' }).expect(422);
      expect(young.body.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'personTooYoung', message: expect.stringContaining('57 ans') })]);
      await t.dataSource.query(`UPDATE candidates SET birth_date = '1966-04-02' WHERE id = $1`, [candidateId]);
      const senior = await t.http.post(url).set(siae.headers).send({ reason: 'SENIOR_CDI', endDate: '2037-08-28' }).expect(201);
      expect(senior.body.endDate).toBe('2037-08-28'); // 3,650 days
    });

    it('open 12 months before the end and close 6 months after it', async () => {
      const siae = await createSiae(t, 'ACI');
      const [candidateId] = await insertCandidates(t, 1);
      const pass = await hireBy(t, siae, candidateId, TODAY);
      const early = await t.http
        .post(`${passUrl(pass.number)}/prolongations`)
        .set(siae.headers)
        .send({ reason: 'COMPLETE_TRAINING', endDate: '2029-01-31' })
        .expect(422);
      expect(early.body).toMatchObject({ type: '/api/problems/pass-iae-not-prolongable', code: 'windowNotOpen', opensOn: '2027-11-21' });

      t.clock.set('2029-05-22T09:00:00Z'); // 6 months and a day after the end (21 November 2028)
      const late = await t.http
        .post(`${passUrl(pass.number)}/prolongations`)
        .set((await relogin(t, siae)).headers)
        .send({ reason: 'COMPLETE_TRAINING', endDate: '2029-06-30' })
        .expect(422);
      expect(late.body).toMatchObject({ code: 'windowClosed', closedOn: '2029-05-21' });
      t.clock.set('2029-05-21T09:00:00Z');
      await t.http
        .post(`${passUrl(pass.number)}/prolongations`)
        .set((await relogin(t, siae)).headers)
        .send({ reason: 'COMPLETE_TRAINING', endDate: '2029-06-30' })
        .expect(201);
    });

    it('are requested of a habilitated prescriber with a report, reminded on day 10, 20 and 30, and granted: the PASS is extended', async () => {
      const { siae, number } = await ending('ACI', 'josiane.leroy@exemple.fr');
      const prescriber = await createHabilitatedPrescriber(t, 'CAP_EMPLOI');

      const png = await t.http.post('/api/prolongation-reports').set(siae.headers).attach('file', PNG, 'bilan.png').expect(400);
      expect(png.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'fileType' })]);
      const report = await t.http.post('/api/prolongation-reports').set(siae.headers).attach('file', PDF, 'bilan.pdf').expect(201);

      const body = {
        reason: 'RQTH',
        endDate: '2028-02-28',
        prescriberOrganizationId: prescriber.organization.id,
        explanation: 'RQTH renouvelée, adaptation du poste en cours',
        reportFileId: report.body.id,
      };
      const orienteur = await createOrienteur(t);
      const notHabilitated = await t.http
        .post(`${passUrl(number)}/prolongation-requests`)
        .set(siae.headers)
        .send({ ...body, prescriberOrganizationId: orienteur.organization.id })
        .expect(400);
      expect(notHabilitated.body.errors).toEqual([expect.objectContaining({ field: 'prescriberOrganizationId' })]);
      const declaredReason = await t.http
        .post(`${passUrl(number)}/prolongation-requests`)
        .set(siae.headers)
        .send({ ...body, reason: 'COMPLETE_TRAINING' })
        .expect(422);
      expect(declaredReason.body.errors.map((e: { code: string }) => e.code)).toEqual(['declaredBySiae', 'reportNotAllowed']);

      const created = await t.http
        .post(`${passUrl(number)}/prolongation-requests`)
        .set(siae.headers)
        .send(body)
        .expect(201);
      expect(created.body).toMatchObject({
        status: 'pending',
        startDate: '2027-03-01',
        endDate: '2028-02-28',
        hasReport: true,
        employer: { id: siae.organization.id },
      });
      const mail = await smtp.waitForMailTo(prescriber.user.email, 'Demande de prolongation');
      expect(mail.text).toContain('RQTH renouvelée');

      const again = await t.http
        .post(`${passUrl(number)}/prolongation-requests`)
        .set(siae.headers)
        .send({ ...body, reportFileId: undefined })
        .expect(409);
      expect(again.body.type).toBe('/api/problems/prolongation-request-pending');
      await t.http
        .post(`${passUrl(number)}/prolongations`)
        .set(siae.headers)
        .send({ reason: 'COMPLETE_TRAINING', endDate: '2027-08-31' })
        .expect(409);
      const read = await t.http.get(passUrl(number)).set(siae.headers).expect(200);
      expect(read.body.pendingRequest).toMatchObject({ id: created.body.id, status: 'pending' });

      const inbox = await t.http.get('/api/prolongation-requests').query({ status: 'pending' }).set(prescriber.headers).expect(200);
      expect(inbox.body.items.map((r: { id: string }) => r.id)).toEqual([created.body.id]);
      const otherPrescriber = await createHabilitatedPrescriber(t);
      expect((await t.http.get('/api/prolongation-requests').set(otherPrescriber.headers).expect(200)).body.items).toEqual([]);
      await t.http.post(`/api/prolongation-requests/${created.body.id}/grant`).set(otherPrescriber.headers).expect(404);
      await t.http.get(`/api/prolongation-requests/${created.body.id}/report`).set(prescriber.headers).expect(200).expect('content-type', 'application/pdf');
      await t.http.get(`/api/prolongation-requests/${created.body.id}/report`).set(otherPrescriber.headers).expect(403);

      // Reminders: day 9 nothing, day 10, 20 and 30 once each, none after; safe twice at once.
      const jobs = t.get(ScheduledJobs);
      const runAt = async (day: string) => {
        t.clock.set(`${day}T05:15:00Z`);
        return jobs.run(REMINDERS);
      };
      expect(await runAt('2026-12-02')).toMatchObject({ reminded: 0 });
      expect(await jobs.run(REMINDERS, { dryRun: true })).toMatchObject({ reminded: 0 });
      t.clock.set('2026-12-03T05:15:00Z');
      expect(await jobs.run(REMINDERS, { dryRun: true })).toMatchObject({ reminded: 1 });
      const together = await Promise.all([jobs.run(REMINDERS), jobs.run(REMINDERS)]);
      expect(together.map((r) => (r as { reminded?: number }).reminded ?? 0).reduce((a, b) => a + b, 0)).toBe(1);
      expect(await runAt('2026-12-03')).toMatchObject({ reminded: 0 });
      expect(await runAt('2026-12-13')).toMatchObject({ reminded: 1 });
      expect(await runAt('2026-12-23')).toMatchObject({ reminded: 1 });
      expect(await runAt('2026-12-24')).toMatchObject({ reminded: 0 });
      expect(await runAt('2027-01-02')).toMatchObject({ reminded: 0 });
      for (const n of [1, 2, 3]) await smtp.waitFor((m) => m.to.includes(prescriber.user.email) && m.text.includes(`rappel n° ${n}`));
      expect(smtp.messages.filter((m) => m.to.includes(prescriber.user.email) && m.subject.startsWith('Rappel'))).toHaveLength(3);

      t.clock.set('2026-12-24T09:00:00Z');
      const decider = await relogin(t, prescriber);
      const granted = await t.http.post(`/api/prolongation-requests/${created.body.id}/grant`).set(decider.headers).expect(200);
      expect(granted.body).toMatchObject({ status: 'granted', processedAt: expect.any(String) });
      const pass = await t.http.get(passUrl(number)).set(decider.headers).expect(200);
      expect(pass.body).toMatchObject({
        endDate: '2028-02-28',
        pendingRequest: null,
        prolongations: [
          {
            reason: 'RQTH',
            startDate: '2027-03-01',
            endDate: '2028-02-28',
            requestId: created.body.id,
            prescriberOrganization: { id: prescriber.organization.id },
          },
        ],
      });
      const twice = await t.http.post(`/api/prolongation-requests/${created.body.id}/grant`).set(decider.headers).expect(409);
      expect(twice.body).toMatchObject({ type: '/api/problems/prolongation-request-state', status: 409, currentStatus: 'granted' });

      const toEmployer = await smtp.waitForMailTo(siae.user.email, 'Prolongation accordée');
      expect(toEmployer.text).toContain('28 février 2028');
      const toCandidate = await smtp.waitForMailTo('josiane.leroy@exemple.fr', 'Votre PASS IAE est prolongé');
      expect(toCandidate.text).toContain(prescriber.organization.name);
    });

    it('a denial because the IAE no longer fits proposes at least one action; the other reasons need none', async () => {
      const { siae, number } = await ending('ACI');
      const prescriber = await createHabilitatedPrescriber(t);
      const created = await t.http
        .post(`${passUrl(number)}/prolongation-requests`)
        .set(siae.headers)
        .send({ reason: 'RQTH', endDate: '2027-12-31', prescriberOrganizationId: prescriber.organization.id, explanation: 'RQTH' })
        .expect(201);
      const deny = (body: Record<string, unknown>) => t.http.post(`/api/prolongation-requests/${created.body.id}/deny`).set(prescriber.headers).send(body);
      const none = await deny({ reason: 'IAE', explanation: 'Projet hors IAE' }).expect(422);
      expect(none.body).toMatchObject({
        type: '/api/problems/rule-not-met',
        errors: [expect.objectContaining({ field: 'proposedActions', code: 'proposedActionRequired' })],
      });
      await deny({ reason: 'IAE', proposedActions: [] }).expect(422);
      const read = await t.http.get(passUrl(number)).set(siae.headers).expect(200);
      expect(read.body.pendingRequest).toMatchObject({ id: created.body.id, status: 'pending' });
      const denied = await deny({ reason: 'IAE', proposedActions: ['EXIT_IAE'] }).expect(200);
      expect(denied.body).toMatchObject({ status: 'denied', denial: { reason: 'IAE', proposedActions: ['EXIT_IAE'] } });

      const other = await ending('ACI');
      const second = await t.http
        .post(`${passUrl(other.number)}/prolongation-requests`)
        .set(other.siae.headers)
        .send({ reason: 'RQTH', endDate: '2027-12-31', prescriberOrganizationId: prescriber.organization.id, explanation: 'RQTH' })
        .expect(201);
      await t.http.post(`/api/prolongation-requests/${second.body.id}/deny`).set(prescriber.headers).send({ reason: 'DURATION' }).expect(200);
    });

    it('are denied with a reason and proposed actions, told to the SIAE and the person', async () => {
      const { siae, number } = await ending('AI', 'marc.vidal@exemple.fr');
      const prescriber = await createHabilitatedPrescriber(t);
      const created = await t.http
        .post(`${passUrl(number)}/prolongation-requests`)
        .set(siae.headers)
        .send({
          reason: 'PARTICULAR_DIFFICULTIES',
          endDate: '2027-12-31',
          prescriberOrganizationId: prescriber.organization.id,
          explanation: 'Logement précaire',
        })
        .expect(201);
      const bad = await t.http.post(`/api/prolongation-requests/${created.body.id}/deny`).set(prescriber.headers).send({ reason: 'NONE' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      const denied = await t.http
        .post(`/api/prolongation-requests/${created.body.id}/deny`)
        .set(prescriber.headers)
        .send({ reason: 'SIAE', explanation: 'Un chantier d’insertion conviendrait mieux', proposedActions: ['SOCIAL_PARTNER'] })
        .expect(200);
      expect(denied.body).toMatchObject({ status: 'denied', denial: { reason: 'SIAE', proposedActions: ['SOCIAL_PARTNER'] } });
      const pass = await t.http.get(passUrl(number)).set(siae.headers).expect(200);
      expect(pass.body).toMatchObject({ endDate: '2027-02-28', prolongations: [], pendingRequest: null });
      await t.http.post(`/api/prolongation-requests/${created.body.id}/deny`).set(prescriber.headers).send({ reason: 'IAE' }).expect(409);

      const mail = await smtp.waitForMailTo(siae.user.email, 'Prolongation refusée');
      expect(mail.text).toContain('La typologie de SIAE ne correspond plus');
      expect(mail.text).toContain('Orientation vers un partenaire');
      await smtp.waitForMailTo('marc.vidal@exemple.fr', 'La prolongation de votre PASS IAE est refusée');
    });

    it('RQTH (3 years in all) counts every prolongation of the PASS: after 3 years and 10 days of COMPLETE_TRAINING, refused, naming the ceiling, the used and the remaining days', async () => {
      const siae = await createSiae(t, 'ACI');
      const prescriber = await createHabilitatedPrescriber(t);
      const [candidateId] = await insertCandidates(t, 1, '1965-05-17');
      const pass = await hireBy(t, siae, candidateId, '2021-01-01');
      // 2021-01-01 → 2022-12-31, then 365 + 365 + 365 + 10 days of COMPLETE_TRAINING: 1,105 days, to 2026-01-10.
      for (const [start, end] of [
        ['2023-01-01', '2023-12-31'],
        ['2024-01-01', '2024-12-30'],
        ['2024-12-31', '2025-12-30'],
        ['2025-12-31', '2026-01-09'],
      ]) {
        await t.dataSource.query(`INSERT INTO pass_iae_prolongations (pass_id, start_date, end_date, reason) VALUES ($1, $2, $3, 'COMPLETE_TRAINING')`, [
          pass.id,
          start,
          end,
        ]);
      }
      t.clock.set('2026-01-05T09:00:00Z');
      const url = `${passUrl(pass.number)}/prolongation-requests`;
      const refused = await t.http
        .post(url)
        .set((await relogin(t, siae)).headers)
        .send({ reason: 'RQTH', endDate: '2026-06-30', prescriberOrganizationId: prescriber.organization.id, explanation: 'RQTH obtenue' })
        .expect(422);
      expect(refused.body).toMatchObject({
        type: '/api/problems/rule-not-met',
        ceiling: { reason: 'RQTH', ceilingDays: 1095, usedDays: 1105, remainingDays: 0 },
        errors: [
          expect.objectContaining({
            field: 'endDate',
            code: 'totalExceeded',
            message: expect.stringMatching(/plafonné à 1\u202f095 jours .* déjà 1\u202f105 jours, il en reste 0 jour\./),
          }),
        ],
      });
      // SENIOR's 5 years leave 720 days: that one is still possible.
      await t.http
        .post(url)
        .set((await relogin(t, siae)).headers)
        .send({ reason: 'SENIOR', endDate: '2026-06-30', prescriberOrganizationId: prescriber.organization.id, explanation: 'Senior' })
        .expect(201);
    });

    it('SENIOR: 5 years in all, the cap reached exactly; PARTICULAR_DIFFICULTIES for AI and ACI only', async () => {
      const siae = await createSiae(t, 'EI');
      const prescriber = await createHabilitatedPrescriber(t);
      const [candidateId] = await insertCandidates(t, 1, '1965-05-17');
      const pass = await hireBy(t, siae, candidateId, '2021-03-01');
      // Four years of SENIOR prolongations already (one of 366 days): 1,461 days; the end follows them.
      const periods = [
        ['2023-03-01', '2024-02-29'],
        ['2024-03-01', '2025-02-28'],
        ['2025-03-01', '2026-02-28'],
        ['2026-03-01', '2027-02-28'],
      ];
      for (const [start, end] of periods) {
        await t.dataSource.query(`INSERT INTO pass_iae_prolongations (pass_id, start_date, end_date, reason) VALUES ($1, $2, $3, 'SENIOR')`, [
          pass.id,
          start,
          end,
        ]);
      }
      const request = { reason: 'SENIOR', prescriberOrganizationId: prescriber.organization.id, explanation: 'Recherche de CDI en cours' };
      const url = `${passUrl(pass.number)}/prolongation-requests`;
      const over = await t.http
        .post(url)
        .set(siae.headers)
        .send({ ...request, endDate: '2028-02-28' })
        .expect(422);
      expect(over.body.errors).toEqual([
        expect.objectContaining({ field: 'endDate', code: 'totalExceeded', message: expect.stringContaining('27 février 2028') }),
      ]);
      const exact = await t.http
        .post(url)
        .set(siae.headers)
        .send({ ...request, endDate: '2028-02-27' })
        .expect(201);
      expect(exact.body).toMatchObject({ startDate: '2027-03-01', endDate: '2028-02-27' }); // 364 days: 1,825 in all

      const difficulties = await t.http.post(`/api/prolongation-requests/${exact.body.id}/grant`).set(prescriber.headers).expect(200);
      expect(difficulties.body.status).toBe('granted');
      t.clock.set('2027-06-01T09:00:00Z');
      const full = await t.http
        .post(url)
        .set((await relogin(t, siae)).headers)
        .send({ ...request, endDate: '2028-02-28' })
        .expect(422);
      expect(full.body.errors).toEqual([expect.objectContaining({ field: 'endDate', code: 'totalExceeded' })]);
      const notForEi = await t.http
        .post(url)
        .set((await relogin(t, siae)).headers)
        .send({ ...request, reason: 'PARTICULAR_DIFFICULTIES', endDate: '2028-03-31' })
        .expect(422);
      // Not for an EI, and over its 3 years anyway: the 5 years of SENIOR count (every reason adds up).
      expect(notForEi.body.errors).toEqual([
        expect.objectContaining({ field: 'reason', code: 'reasonForAiAndAciOnly' }),
        expect.objectContaining({ field: 'endDate', code: 'totalExceeded' }),
      ]);
    });
  });
});
