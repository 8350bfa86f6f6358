import { ScheduledJobs, addDays } from '@iae/core';
import { ADVANCE_PHASES_JOB } from '@iae/controls';
import { NOTIFICATIONS_QUEUE, NotificationListener } from '@iae/notifications';
import {
  Member,
  SmtpCatcher,
  TestApp,
  addMember,
  createDdets,
  createSiae,
  createStaff,
  createTestApp,
  createUser,
  login,
  notificationEventsHandled,
  validSiret,
} from '@iae/testing';
import { calendarFrom, insertCampaign, insertEvaluation } from '../controls/controls-helpers';

const TODAY = '2026-11-23';
const NOW = `${TODAY}T09:00:00Z`;

interface EventRow {
  id: string;
  job_name: string;
  payload: Record<string, unknown>;
}

/**
 * Employers, prescribers and controls publish what happened in the transaction of the change; the notifications
 * listener makes their e-mails after the commit (ADR 9), once per event, template and recipient.
 */
describe('notifications: the events of employers, prescribers and controls, turned into e-mails by the listener', () => {
  let api: TestApp;
  let worker: TestApp | undefined;
  let smtp: SmtpCatcher;
  let lastSeq: string;
  let emailIds: string[];
  let events: EventRow[];
  const names: string[] = [];
  const addresses: string[] = [];
  let staffEmail: string;
  let registrantEmail: string;
  let organizationId: string;
  let siae: Member;
  let jobDescriptionId: string;
  let ddets: Member;
  let shared: { email: string };
  let controlled: Member[];
  let evaluationIds: string[];

  const ofEvent = (jobName: string) => events.filter((e) => e.job_name === jobName);
  const emailsOf = (eventIds: string[]) =>
    worker!.dataSource.query(`SELECT template, recipient, context FROM email_messages WHERE event_id = ANY($1::uuid[]) ORDER BY template, recipient`, [
      eventIds,
    ]);

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    // The API alone: nothing relays the outbox nor listens, so what each change's transaction wrote stays to be seen.
    api = await createTestApp({ env: { SMTP_URL: smtp.url, LOGIN_RATE_LIMIT: '1000' }, now: NOW });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp.stop();
  });

  it('each change writes its events, with ids and what cannot be read again, and no e-mail', async () => {
    [{ lastSeq, emailIds }] = await api.dataSource.query(
      `SELECT (SELECT coalesce(max(seq), 0) FROM outbox_messages) AS "lastSeq", (SELECT coalesce(array_agg(id), '{}') FROM email_messages) AS "emailIds"`,
    );

    // Prescribers: a mission locale registers (the team is asked to check it), the team refuses it.
    const staff = await createStaff(api);
    staffEmail = staff.user.email;
    const registrant = await createUser(api.dataSource);
    registrantEmail = registrant.email;
    const registered = await api.http
      .post('/api/prescriber-organizations')
      .set({ authorization: `Bearer ${await login(api.http, registrant)}` })
      .send({ kind: 'ML', name: 'Mission locale des Événements', siret: validSiret() })
      .expect(201);
    organizationId = registered.body.id;
    names.push('Mission locale des Événements');
    await api.http
      .post(`/api/prescriber-organizations/${organizationId}/authorization`)
      .set(staff.headers)
      .send({ status: 'refused', reason: 'Aucune convention avec l’État.' })
      .expect(201);

    // Employers: a job description left untouched for 60 days is warned of, then deleted before the listener runs.
    siae = await createSiae(api, 'ACI');
    const [{ code }] = await api.dataSource.query(`SELECT code FROM appellations WHERE rome_code = 'K2204' ORDER BY code LIMIT 1`);
    const job = await api.http
      .post(`/api/employers/${siae.organization.id}/job-descriptions`)
      .set(siae.headers)
      .send({ appellationCode: code, customTitle: 'Agent·e d’accueil', contractType: 'FIXED_TERM_I' })
      .expect(201);
    jobDescriptionId = job.body.id;
    const sixtyDaysBefore = new Date(api.clock.now().getTime() - 60 * 86_400_000);
    await api.dataSource.query(`UPDATE job_descriptions SET last_employer_update_at = $2 WHERE id = $1`, [jobDescriptionId, sixtyDaysBefore]);
    expect(await api.get(ScheduledJobs).run('employers.job-descriptions-freshness')).toMatchObject({ warned: 1, deactivated: 0 });

    // Controls: two SIAE of one campaign, both silent through the adversarial phase, share a member; the close refuses
    // both and tells the DDETS.
    ddets = await createDdets(api, '59');
    controlled = [await createSiae(api, 'ACI'), await createSiae(api, 'EI')];
    const member = await createUser(api.dataSource);
    shared = { email: member.email };
    for (const s of controlled) await addMember(api.dataSource, member.id, s.organization.id, 'member');
    const campaignId = await insertCampaign(api, ddets.organization.id, calendarFrom(addDays(TODAY, -90), '2018-06-01'), 'adversarial');
    evaluationIds = [];
    for (const s of controlled)
      evaluationIds.push((await insertEvaluation(api, campaignId, s.organization, 'adversarial', { phase1: 'refused' })).evaluationId);
    expect(((await api.get(ScheduledJobs).run(ADVANCE_PHASES_JOB)) as unknown as { steps: Record<string, number> }).steps).toEqual({ close: 1 });

    for (const person of [staff.user, registrant, siae.user, ddets.user, member]) addresses.push(person.email);
    names.push(siae.organization.name, ...controlled.map((s) => s.organization.name));

    const written = await api.dataSource.query(`SELECT template, recipient FROM email_messages WHERE NOT (id = ANY($1::uuid[]))`, [emailIds]);
    expect(written).toEqual([]);
    events = await api.dataSource.query(`SELECT id, job_name, payload FROM outbox_messages WHERE queue = $1 AND seq > $2 ORDER BY seq`, [
      NOTIFICATIONS_QUEUE,
      lastSeq,
    ]);
    expect(events.map((e) => e.job_name).sort()).toEqual([
      'controls.campaign-closed',
      'controls.evaluation-refused',
      'controls.evaluation-refused',
      'employers.job-descriptions-stale',
      'prescribers.authorization-refused',
      'prescribers.organization-to-check',
    ]);
    expect(ofEvent('prescribers.organization-to-check')[0].payload).toEqual({ organizationId, kind: 'ML' });
    expect(ofEvent('prescribers.authorization-refused')[0].payload).toEqual({ organizationId, reason: 'Aucune convention avec l’État.' });
    expect(ofEvent('employers.job-descriptions-stale')[0].payload).toEqual({
      employerId: siae.organization.id,
      jobDescriptions: [{ id: jobDescriptionId, appellationCode: code, customTitle: 'Agent·e d’accueil', deactivationDate: '2026-12-23' }],
    });
    expect(ofEvent('controls.evaluation-refused').map((e) => e.payload.evaluationId)).toEqual(expect.arrayContaining(evaluationIds));
    expect(ofEvent('controls.evaluation-refused')[0].payload).toMatchObject({ campaignId, refusal: { final: true, reason: 'delay', comment: null } });
    expect(ofEvent('controls.campaign-closed')[0].payload).toEqual({ campaignId, awaitingSanctions: expect.arrayContaining(evaluationIds) });
    // Never a name nor an address: they are read when the listener runs.
    for (const event of events) for (const word of [...names, ...addresses]) expect(JSON.stringify(event.payload)).not.toContain(word);
  });

  it('the listener makes the same e-mails after the commit, each once, however often an event is delivered', async () => {
    // Deleted before the listener runs: the warning still names it, as the job found it.
    await api.http.delete(`/api/employers/${siae.organization.id}/job-descriptions/${jobDescriptionId}`).set(siae.headers).expect(204);
    worker = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url }, now: NOW });
    await notificationEventsHandled(worker);

    const ids = (jobName: string) => ofEvent(jobName).map((e) => e.id);
    expect(await emailsOf(ids('prescribers.organization-to-check'))).toEqual([
      {
        template: 'prescribers/organization-to-check',
        recipient: staffEmail,
        context: expect.objectContaining({ organizationName: 'Mission locale des Événements', kindLabel: 'Mission locale' }),
      },
    ]);
    expect(await emailsOf(ids('prescribers.authorization-refused'))).toEqual([
      {
        template: 'prescribers/authorization-decided',
        recipient: registrantEmail,
        context: expect.objectContaining({ organizationName: 'Mission locale des Événements', validated: false, reason: 'Aucune convention avec l’État.' }),
      },
    ]);
    expect(await emailsOf(ids('employers.job-descriptions-stale'))).toEqual([
      {
        template: 'employers/job-descriptions-stale',
        recipient: siae.user.email,
        context: expect.objectContaining({
          employerName: siae.organization.name,
          jobDescriptions: [{ title: 'Agent·e d’accueil', deactivationDate: '2026-12-23' }],
        }),
      },
    ]);
    // One event per evaluation: the member of both SIAE hears of each.
    const refusals = await emailsOf(ids('controls.evaluation-refused'));
    expect(
      refusals
        .filter((e: { recipient: string }) => e.recipient === shared.email)
        .map((e: { context: { employerName: string } }) => e.context.employerName)
        .sort(),
    ).toEqual(controlled.map((s) => s.organization.name).sort());
    expect(refusals.map((e: { recipient: string }) => e.recipient).sort()).toEqual([...controlled.map((s) => s.user.email), shared.email, shared.email].sort());
    const closed = await emailsOf(ids('controls.campaign-closed'));
    expect(closed).toEqual([{ template: 'controls/campaign-closed', recipient: ddets.user.email, context: expect.objectContaining({ count: 2 }) }]);
    await smtp.waitFor((m) => m.to.includes(ddets.user.email.toLowerCase()) && m.subject.includes('en attente de sanctions'));
    await smtp.waitFor((m) => m.to.includes(siae.user.email.toLowerCase()) && m.text.includes('Agent·e d’accueil'));

    // Delivered again (Redis restarted empty, the outbox relayed again): nothing more is queued.
    const all = events.map((e) => e.id);
    const before = (await worker.dataSource.query(`SELECT id FROM email_messages WHERE event_id = ANY($1::uuid[]) ORDER BY id`, [all])).map(
      (r: { id: string }) => r.id,
    );
    expect(before).toHaveLength(8);
    await worker.dataSource.query(`UPDATE outbox_messages SET handled_at = NULL WHERE id = ANY($1::uuid[])`, [all]);
    const listener = worker.get(NotificationListener);
    for (const event of events) {
      expect(await listener.handle({ id: event.id, name: event.job_name, payload: event.payload })).toBe('0 e-mail(s) queued');
    }
    const after = (await worker.dataSource.query(`SELECT id FROM email_messages WHERE event_id = ANY($1::uuid[]) ORDER BY id`, [all])).map(
      (r: { id: string }) => r.id,
    );
    expect(after).toEqual(before);
  });
});
