import { randomUUID } from 'node:crypto';
import { Queues } from '@iae/core';
import { NOTIFICATIONS_QUEUE, NotificationListener } from '@iae/notifications';
import { Member, SmtpCatcher, TestApp, createHabilitatedPrescriber, createSiae, createTestApp, eventually, notificationEventsHandled } from '@iae/testing';
import { eligibleCandidate, send } from '../candidatures/world';

const NOW = '2026-11-23T09:00:00Z';

interface EventRow {
  id: string;
  job_name: string;
  payload: Record<string, unknown>;
}

/**
 * A hire publishes events in its transaction; the notifications listener, in the worker, makes their e-mails after the
 * commit, each once however often the event is delivered.
 */
describe('notifications: the events of a hire, turned into e-mails by the listener', () => {
  let api: TestApp;
  let worker: TestApp | undefined;
  let smtp: SmtpCatcher;
  let prescriber: Member;
  let ei: Member;
  let email: string;
  let events: EventRow[];

  const emailsOf = (eventId: string) =>
    worker!.dataSource.query(`SELECT template, recipient FROM email_messages WHERE event_id = $1 ORDER BY template, recipient`, [eventId]);

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    // The API alone: nothing relays the outbox nor listens, so what the hire's transaction wrote stays to be seen.
    api = await createTestApp({ env: { SMTP_URL: smtp.url }, now: NOW });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await smtp.stop();
  });

  it('the hire’s transaction writes its events, no e-mail; the listener queues them after the commit, even when Redis lost the events', async () => {
    prescriber = await createHabilitatedPrescriber(api, 'FT');
    ei = await createSiae(api, 'EI');
    const aci = await createSiae(api, 'ACI');
    email = `ines.evenements.${randomUUID().slice(0, 8)}@example.org`;
    const candidate = await eligibleCandidate(api, prescriber, prescriber, { email, firstName: 'Inès', lastName: 'Événement' });
    const hired = await send(api, prescriber, { candidateId: candidate.id, employerId: ei.organization.id });
    const elsewhere = await send(api, prescriber, { candidateId: candidate.id, employerId: aci.organization.id });
    // What existed before the hire, told apart without any clock.
    const [{ lastSeq, emailIds }] = await api.dataSource.query(
      `SELECT (SELECT coalesce(max(seq), 0) FROM outbox_messages) AS "lastSeq", (SELECT coalesce(array_agg(id), '{}') FROM email_messages) AS "emailIds"`,
    );

    await api.http
      .post(`/api/candidatures/${hired.id}/acceptance`)
      .set(ei.headers)
      .send({ hiringStart: '2026-12-01', answer: 'Bienvenue le 1er décembre.' })
      .expect(200);

    const written = await api.dataSource.query(`SELECT template, recipient FROM email_messages WHERE NOT (id = ANY($1::uuid[]))`, [emailIds]);
    expect(written).toEqual([]);
    events = await api.dataSource.query(`SELECT id, job_name, payload FROM outbox_messages WHERE queue = $1 AND seq > $2 AND handled_at IS NULL ORDER BY seq`, [
      NOTIFICATIONS_QUEUE,
      lastSeq,
    ]);
    expect(events.map((e) => e.job_name).sort()).toEqual(['candidature.accepted', 'candidature.obsoleted', 'pass-iae.issued']);
    expect(events.find((e) => e.job_name === 'candidature.accepted')!.payload).toMatchObject({
      candidatureId: hired.id,
      toState: 'accepted',
      answer: 'Bienvenue le 1er décembre.',
      audience: 'both',
    });
    expect(events.find((e) => e.job_name === 'candidature.obsoleted')!.payload).toMatchObject({
      candidatureId: elsewhere.id,
      toState: 'obsolete',
      audience: 'sender',
    });

    // Relayed, then lost: Redis restarted empty before the listener took them. The sweep finds them in the database.
    // An hour before the test's clock, which stands in the past: long enough ago for the sweeper, whatever the day.
    const anHourBefore = new Date(api.clock.now().getTime() - 3_600_000);
    await api.dataSource.query(`UPDATE outbox_messages SET relayed_at = $2 WHERE id = ANY($1::uuid[])`, [events.map((e) => e.id), anHourBefore]);
    worker = await createTestApp({
      worker: true,
      env: { SMTP_URL: smtp.url, MAIL_REQUEUE_AFTER_MS: '300', MAIL_SWEEP_INTERVAL_MS: '200' },
      now: NOW,
    });

    const toCandidate = await smtp.waitForMailTo(email, 'Embauche acceptée');
    expect(toCandidate.text).toContain('Bienvenue le 1er décembre.');
    await smtp.waitForMailTo(prescriber.user.email, 'Embauche acceptée');
    await smtp.waitForMailTo(prescriber.user.email, 'Embauché ailleurs');
    await smtp.waitForMailTo(ei.user.email, 'PASS IAE d’Inès');

    const of = (name: string) => events.find((e) => e.job_name === name)!.id;
    expect(await emailsOf(of('candidature.accepted'))).toEqual([
      { template: 'candidatures/updated-for-candidate', recipient: email },
      { template: 'candidatures/updated-for-sender', recipient: prescriber.user.email },
    ]);
    expect(await emailsOf(of('candidature.obsoleted'))).toEqual([{ template: 'candidatures/updated-for-sender', recipient: prescriber.user.email }]);
    expect(await emailsOf(of('pass-iae.issued'))).toEqual([{ template: 'pass-iae/pass-issued', recipient: ei.user.email }]);
    const handled = await worker.dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE id = ANY($1::uuid[]) AND handled_at IS NOT NULL`, [
      events.map((e) => e.id),
    ]);
    expect(handled[0].n).toBe(3);
  });

  it('an event delivered twice (Redis restarted empty, the outbox relayed again; or two deliveries at once) queues each e-mail once', async () => {
    const accepted = events.find((e) => e.job_name === 'candidature.accepted')!;
    const ids = events.map((e) => e.id);
    const emailsOfEvents = async (): Promise<string[]> =>
      (await worker!.dataSource.query(`SELECT id FROM email_messages WHERE event_id = ANY($1::uuid[]) ORDER BY id`, [ids])).map((r: { id: string }) => r.id);
    const before = await emailsOfEvents();
    expect(before).toHaveLength(4);
    // Redis restarted empty, and the outbox relayed again: the same event is a new job.
    const queue = worker!.get(Queues).get(NOTIFICATIONS_QUEUE);
    await queue.obliterate({ force: true });
    await worker!.dataSource.query(`UPDATE outbox_messages SET relayed_at = NULL WHERE id = ANY($1::uuid[])`, [events.map((e) => e.id)]);
    await worker!.relayOutbox();
    await eventually(
      () => Promise.all(events.map((e) => queue.getJobState(e.id))),
      (states) => states.every((s) => s === 'completed'),
    );

    // Two deliveries at once, as if the first had not been recorded as handled: the unique e-mail per event holds.
    await worker!.dataSource.query(`UPDATE outbox_messages SET handled_at = NULL WHERE id = $1`, [accepted.id]);
    const listener = worker!.get(NotificationListener);
    const delivery = { id: accepted.id, name: accepted.job_name, payload: accepted.payload };
    const outcomes = await Promise.all([listener.handle(delivery), listener.handle(delivery)]);
    expect(outcomes.sort()).toEqual(['0 e-mail(s) queued', 'already handled']);
    await worker!.dataSource.query(`UPDATE outbox_messages SET handled_at = NULL WHERE id = $1`, [accepted.id]);
    expect(await listener.handle(delivery)).toBe('0 e-mail(s) queued');

    expect(await emailsOfEvents()).toEqual(before);
    await notificationEventsHandled(worker!);
    // Each e-mail of the events sent, and once.
    await eventually(
      () => worker!.dataSource.query(`SELECT count(*)::int AS n FROM email_messages WHERE id = ANY($1::uuid[]) AND status = 'sent'`, [before]),
      ([row]: Array<{ n: number }>) => row.n === before.length,
    );
    const host = new URL(worker!.config.http.publicUrl).hostname;
    const messageIds = smtp.messages.map((m) => m.messageId).filter((id) => before.some((e) => id === `<${e}@${host}>`));
    expect(messageIds.sort()).toEqual(before.map((e) => `<${e}@${host}>`).sort());
  });
});
