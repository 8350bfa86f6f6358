import { randomUUID } from 'node:crypto';
import { ScheduledJobs } from '@iae/core';
import { NotificationListeners } from '@iae/notifications';
import {
  Member,
  SmtpCatcher,
  TestApp,
  addMember,
  createCandidate,
  createUser,
  createDdets,
  createHabilitatedPrescriber,
  createSiae,
  eventually,
} from '@iae/testing';
import { ActorLoader } from '../../../libs/identity/src/auth/actor-loader';
import { hireBy, relogin, startPassIaeApp, stopPassIaeApp } from './pass-iae-helpers';

const TODAY = '2026-11-23';

/**
 * A prolongation request (RQTH, SENIOR, PARTICULAR_DIFFICULTIES) is granted or denied by a habilitated prescriber
 * (rules card; guide L912, L937): an organisation whose habilitation ended or was withdrawn after the request
 * reached it no longer decides it, even when the habilitation ends while its decision is on its way.
 */
describe('PASS IAE: prolongation requests and the habilitation of the organisation asked', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let ddets: Member;

  beforeAll(async () => {
    ({ t, smtp } = await startPassIaeApp(TODAY));
    ddets = await createDdets(t, '69');
  });
  afterAll(() => stopPassIaeApp(t, smtp));
  afterEach(() => {
    jest.restoreAllMocks();
    t.clock.set(`${TODAY}T09:00:00Z`);
  });

  /** An organisation the préfet of the Rhône habilitated until 30 June 2027 (an OHPD). */
  async function prefectorallyHabilitated(): Promise<Member> {
    const prescriber = await createHabilitatedPrescriber(t, 'OHPD');
    await t.dataSource.query(
      `UPDATE prescriber_organizations
          SET habilitation_basis = 'prefectoral', habilitation_departement_code = '69', habilitation_valid_until = '2027-06-30'
        WHERE id = $1`,
      [prescriber.organization.id],
    );
    return prescriber;
  }

  /** A person hired by an ACI from 1 March 2025 (PASS until 28 February 2027), and an RQTH request to `prescriber`. */
  async function requested(prescriber: Member): Promise<{ siae: Member; number: string; requestId: string }> {
    const siae = await createSiae(t, 'ACI');
    const candidate = await createCandidate(t, siae);
    const pass = await hireBy(t, siae, candidate.id, '2025-03-01');
    const created = await t.http
      .post(`/api/pass-iae/${pass.number}/prolongation-requests`)
      .set(siae.headers)
      .send({ reason: 'RQTH', endDate: '2028-02-28', prescriberOrganizationId: prescriber.organization.id, explanation: 'RQTH renouvelée' })
      .expect(201);
    return { siae, number: pass.number, requestId: created.body.id };
  }

  const withdraw = (prescriber: Member) =>
    t.http
      .post(`/api/prescriber-organizations/${prescriber.organization.id}/habilitation-withdrawal`)
      .set(ddets.headers)
      .send({ reason: 'Activité de prescription arrêtée.' })
      .expect(204);

  /**
   * The next request's caller is loaded (the access guard reads the organisation still habilitated), then the DDETS
   * withdraws the habilitation, before the decision's transaction starts: the window a habilitation's end may fall in.
   */
  function withdrawnOnceCallerLoaded(prescriber: Member): void {
    const loader = t.get(ActorLoader);
    const load = loader.load.bind(loader);
    jest.spyOn(loader, 'load').mockImplementationOnce(async (...args) => {
      const actor = await load(...args);
      expect(actor?.organization).toMatchObject({ id: prescriber.organization.id, authorizationStatus: 'validated' });
      await withdraw(prescriber);
      return actor;
    });
  }

  async function stillPending(siae: Member, number: string, requestId: string): Promise<void> {
    const pass = await t.http.get(`/api/pass-iae/${number}`).set(siae.headers).expect(200);
    expect(pass.body).toMatchObject({ endDate: '2027-02-28', prolongations: [], pendingRequest: { id: requestId, status: 'pending' } });
  }

  it('is not granted by an organisation whose habilitation is withdrawn between the access check and the decision', async () => {
    const prescriber = await prefectorallyHabilitated();
    const { siae, number, requestId } = await requested(prescriber);

    withdrawnOnceCallerLoaded(prescriber);
    const refused = await t.http.post(`/api/prolongation-requests/${requestId}/grant`).set(prescriber.headers).expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: '/api/problems/forbidden',
      status: 403,
      detail: expect.stringContaining('n’est plus un prescripteur habilité'),
    });
    await stillPending(siae, number, requestId);
    expect(await t.dataSource.query(`SELECT 1 FROM pass_iae_prolongations p JOIN pass_iae x ON x.id = p.pass_id WHERE x.number = $1`, [number])).toEqual([]);
  });

  it('is not denied by an organisation whose habilitation is withdrawn between the access check and the decision', async () => {
    const prescriber = await prefectorallyHabilitated();
    const { siae, number, requestId } = await requested(prescriber);

    withdrawnOnceCallerLoaded(prescriber);
    const refused = await t.http
      .post(`/api/prolongation-requests/${requestId}/deny`)
      .set(prescriber.headers)
      .send({ reason: 'DURATION', explanation: 'Six mois suffiront' })
      .expect(403);
    expect(refused.body).toMatchObject({ type: '/api/problems/forbidden', detail: expect.stringContaining('n’est plus un prescripteur habilité') });
    await stillPending(siae, number, requestId);
  });

  it('waits for a habilitation’s end being written, then refuses: the decision is never taken after the end', async () => {
    const prescriber = await prefectorallyHabilitated();
    const { siae, number, requestId } = await requested(prescriber);
    // The end is being written (as the expiry job or the withdrawal write it), not committed yet: the access guard
    // still reads the organisation habilitated.
    const ending = t.dataSource.createQueryRunner();
    await ending.connect();
    await ending.startTransaction();
    try {
      await ending.query(`UPDATE organizations SET kind = 'OTHER', authorization_status = 'not_required' WHERE id = $1`, [prescriber.organization.id]);
      let answered = false;
      const grant = t.http
        .post(`/api/prolongation-requests/${requestId}/grant`)
        .set(prescriber.headers)
        .then((response) => {
          answered = true;
          return response;
        });
      const waitingOnLock = async () =>
        answered ||
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n > 0;
      await eventually(waitingOnLock, (waiting) => waiting);
      // The decision waits for the organisation's row instead of granting on what the guard read.
      expect(answered).toBe(false);
      await ending.commitTransaction();
      const refused = await grant;
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ type: '/api/problems/forbidden', detail: expect.stringContaining('n’est plus un prescripteur habilité') });
    } finally {
      if (ending.isTransactionActive) await ending.rollbackTransaction();
      await ending.release();
    }
    await stillPending(siae, number, requestId);
  });

  it('once the habilitation has ended, the organisation neither decides nor lists its requests', async () => {
    const prescriber = await prefectorallyHabilitated();
    const { siae, number, requestId } = await requested(prescriber);
    await withdraw(prescriber);

    const grant = await t.http.post(`/api/prolongation-requests/${requestId}/grant`).set(prescriber.headers).expect(403);
    expect(grant.body).toMatchObject({ type: '/api/problems/forbidden', detail: expect.stringContaining('prescripteurs habilités') });
    await t.http.post(`/api/prolongation-requests/${requestId}/deny`).set(prescriber.headers).send({ reason: 'DURATION' }).expect(403);
    await t.http.get('/api/prolongation-requests').query({ status: 'pending' }).set(prescriber.headers).expect(403);
    await stillPending(siae, number, requestId);
  });

  it('is not left stuck: the SIAE addresses it to another habilitated prescriber, which decides it; not while the first is habilitated', async () => {
    const prescriber = await prefectorallyHabilitated();
    const other = await createHabilitatedPrescriber(t, 'CAP_EMPLOI');
    const { siae, number, requestId } = await requested(prescriber);
    const readdress = (by: Member, prescriberOrganizationId: string) =>
      t.http.post(`/api/prolongation-requests/${requestId}/readdress`).set(by.headers).send({ prescriberOrganizationId });

    const waiting = await readdress(siae, other.organization.id).expect(409);
    expect(waiting.body).toMatchObject({ type: '/api/problems/prolongation-request-prescriber-habilitated', detail: expect.stringContaining('attendez') });
    const pass = async () =>
      (
        await t.http
          .get(`/api/pass-iae/${number}`)
          .set((await relogin(t, siae)).headers)
          .expect(200)
      ).body;
    expect((await pass()).pendingRequest).toMatchObject({
      prescriberOrganization: { id: prescriber.organization.id },
      prescriberOrganizationHabilitated: true,
      addressedOn: TODAY,
    });

    await withdraw(prescriber);
    expect((await pass()).pendingRequest).toMatchObject({ id: requestId, prescriberOrganizationHabilitated: false });
    // The organisation that can no longer decide is not reminded (day 10).
    t.clock.set('2026-12-03T05:15:00Z');
    expect(await t.get(ScheduledJobs).run('pass-iae.prolongation-request-reminders')).toMatchObject({ reminded: 0 });
    t.clock.set(`${TODAY}T09:00:00Z`);

    // Only the SIAE that asked, and only to a habilitated prescriber.
    await readdress(await createSiae(t, 'ACI'), other.organization.id).expect(404);
    await readdress(other, other.organization.id).expect(403);
    const orienteur = await readdress(siae, prescriber.organization.id).expect(400);
    expect(orienteur.body.errors).toEqual([expect.objectContaining({ field: 'prescriberOrganizationId', code: 'habilitatedPrescriber' })]);

    // A week later: the page says when the new prescriber got it.
    t.clock.set('2026-11-30T09:00:00Z');
    const [siaeNow, otherNow] = [await relogin(t, siae), await relogin(t, other)];
    const moved = await readdress(siaeNow, other.organization.id).expect(200);
    expect(moved.body).toMatchObject({
      id: requestId,
      status: 'pending',
      prescriberOrganization: { id: other.organization.id },
      prescriberOrganizationHabilitated: true,
      remindersSent: 0,
      addressedOn: '2026-11-30',
    });
    await smtp.waitForMailTo(other.user.email, 'Demande de prolongation');
    const inbox = await t.http.get('/api/prolongation-requests').query({ status: 'pending' }).set(otherNow.headers).expect(200);
    expect(inbox.body.items.map((r: { id: string }) => r.id)).toEqual([requestId]);
    await t.http.post(`/api/prolongation-requests/${requestId}/grant`).set(otherNow.headers).expect(200);
    expect(await pass()).toMatchObject({
      endDate: '2028-02-28',
      pendingRequest: null,
      prolongations: [{ prescriberOrganization: { id: other.organization.id } }],
    });
    await readdress(siaeNow, other.organization.id).expect(409);
  });

  it('tells the member who asked, once, that the request waits on an organisation whose habilitation ended; again when it ends again', async () => {
    const jobs = t.get(ScheduledJobs);
    const tell = () => jobs.run('pass-iae.stranded-prolongation-requests');
    const [prescriber, other] = [await prefectorallyHabilitated(), await prefectorallyHabilitated()];
    const { siae, number, requestId } = await requested(prescriber);
    const colleague = await createUser(t.dataSource);
    await addMember(t.dataSource, colleague.id, siae.organization.id, 'member');
    // Requests other tests left waiting on organisations that lost their habilitation are told first.
    await tell();
    expect(await tell()).toMatchObject({ told: 0 });
    const toldAt = async () =>
      (await t.dataSource.query(`SELECT stranded_notified_at FROM pass_iae_prolongation_requests WHERE id = $1`, [requestId]))[0].stranded_notified_at;
    const setStatus = (organizationId: string, status: string) =>
      t.dataSource.query(`UPDATE organizations SET authorization_status = $2 WHERE id = $1`, [organizationId, status]);
    const strandedMails = (to: string) =>
      smtp.messages.filter((m) => m.to.includes(to.toLowerCase()) && m.subject.includes('à adresser à un autre prescripteur'));

    // Its kind changed: it waits for the platform's check, and may be habilitated again within the day.
    await setStatus(prescriber.organization.id, 'not_set');
    expect(await tell()).toMatchObject({ told: 0 });
    await setStatus(prescriber.organization.id, 'validated');

    await withdraw(prescriber);
    expect(await jobs.run('pass-iae.stranded-prolongation-requests', { dryRun: true })).toMatchObject({ told: 1 });
    expect(await toldAt()).toBeNull();
    expect(await tell()).toMatchObject({ told: 1 });
    const mail = await smtp.waitForMailTo(siae.user.email, 'à adresser à un autre prescripteur');
    expect(mail.text).toContain(`${prescriber.organization.name}, à qui ${siae.organization.name} a demandé de prolonger le PASS IAE`);
    expect(mail.text).toContain('cette organisation ne peut plus décider de cette demande');
    expect(mail.text).toContain(`/siae/pass-iae/${number}`);
    // The member who asked, not every member.
    const [{ n: toColleague }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM email_messages WHERE recipient = $1 AND template = 'pass-iae/prolongation-request-stranded'`,
      [colleague.email],
    );
    expect(toColleague).toBe(0);
    expect(await tell()).toMatchObject({ told: 0 });

    // Habilitated anew (an OHPD again), then refused: told again.
    await t.dataSource.query(`UPDATE organizations SET kind = 'OHPD', authorization_status = 'validated' WHERE id = $1`, [prescriber.organization.id]);
    expect(await tell()).toMatchObject({ told: 0 });
    expect(await toldAt()).toBeNull();
    await setStatus(prescriber.organization.id, 'refused');
    expect(await tell()).toMatchObject({ told: 1 });
    await eventually(
      async () => strandedMails(siae.user.email),
      (mails) => mails.length === 2,
    );

    // Addressed to another, which loses its habilitation too: told again. A late e-mail about the first one says nothing.
    await t.http
      .post(`/api/prolongation-requests/${requestId}/readdress`)
      .set(siae.headers)
      .send({ prescriberOrganizationId: other.organization.id })
      .expect(200);
    expect(await toldAt()).toBeNull();
    const late = t.get(NotificationListeners).emailsOf('pass-iae.prolongation-request-stranded')!;
    const payload = { requestId, startDate: '2027-03-01', endDate: '2028-02-28', reminder: null, denial: null };
    expect(await late({ id: randomUUID(), payload: { ...payload, prescriberOrganizationId: prescriber.organization.id } })).toEqual([]);
    // Nor one about the organisation it waits on while that one is habilitated (again, since the event).
    expect(await late({ id: randomUUID(), payload: { ...payload, prescriberOrganizationId: other.organization.id } })).toEqual([]);
    expect(await tell()).toMatchObject({ told: 0 });
    await withdraw(other);
    expect(await late({ id: randomUUID(), payload: { ...payload, prescriberOrganizationId: other.organization.id } })).toHaveLength(1);
    expect(await tell()).toMatchObject({ told: 1 });
    await eventually(
      async () => strandedMails(siae.user.email),
      (mails) => mails.length === 3,
    );
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'pass_iae.prolongation_request_stranded' AND details->>'requestId' = $1`,
      [requestId],
    );
    expect(n).toBe(3);
  });
});
