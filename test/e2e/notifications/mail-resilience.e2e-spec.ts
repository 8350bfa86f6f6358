import { DataSource } from 'typeorm';
import { Queues } from '@iae/core';
import { ACCOUNT_MAIL_QUEUE } from '@iae/identity';
import { MAIL_QUEUE, MailRepository, MailSweeper, Outbox } from '@iae/notifications';
import { SmtpCatcher, TestApp, createStaff, createTestApp, createUser, eventually, queueResetEmails } from '@iae/testing';
import { flushDeferredInserts } from '@iae/database';

/** E-mails as a Redis that restarted without persistence leaves them: recorded, relayed, and no job anywhere. */
const queuedButLost = (t: TestApp, count: number, prefix: string) =>
  queueResetEmails(t, count, prefix, (manager, ids) =>
    manager.query(`UPDATE outbox_messages SET relayed_at = $2 WHERE payload->>'emailMessageId' = ANY($1)`, [ids, t.clock.now()]),
  );

const statusOf = async (dataSource: DataSource, ids: string[]) =>
  Object.fromEntries(
    (await dataSource.query(`SELECT status, count(*)::int AS n FROM email_messages WHERE id = ANY($1::uuid[]) GROUP BY status`, [ids])).map(
      (r: { status: string; n: number }) => [r.status, r.n],
    ),
  );

describe('queued e-mail survives what its dependencies lose', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    t = await createTestApp({
      worker: true,
      env: { SMTP_URL: smtp.url, MAIL_REQUEUE_AFTER_MS: '300', MAIL_SWEEP_INTERVAL_MS: '200', OUTBOX_POLL_MS: '60000' },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });
  const received = (prefix: string) => smtp.messages.filter((m) => m.to[0].startsWith(prefix));

  it('queues again, once, the e-mails whose jobs Redis lost', async () => {
    const ids = await queuedButLost(t, 12, 'perdu');
    await eventually(
      () => statusOf(t.dataSource, ids),
      (s) => s.sent === 12,
    );
    expect(received('perdu')).toHaveLength(12);
    expect(new Set(received('perdu').map((m) => m.messageId)).size).toBe(12);
  });

  it('sends, once, the link of an account request whose job Redis lost (it was lost for good: only the job knew)', async () => {
    const user = await createUser(t.dataSource, { email: 'perdue.reinitialisation@exemple.fr' });
    // The request as a Redis restarted without persistence leaves it: relayed by its row, no job anywhere.
    const id = await t.dataSource.transaction(async (manager) => {
      const published = await t
        .get(Outbox)
        .publish(manager, { queue: ACCOUNT_MAIL_QUEUE, tracked: true, jobName: 'password-reset-requested', payload: { email: user.email } });
      await flushDeferredInserts(manager);
      await manager.query(`UPDATE outbox_messages SET relayed_at = $2 WHERE id = $1`, [published, t.clock.now()]);
      return published;
    });
    await eventually(
      async () => (await t.dataSource.query(`SELECT handled_at IS NOT NULL AS handled FROM outbox_messages WHERE id = $1`, [id]))[0].handled,
      (handled) => handled === true,
    );
    await eventually(
      async () => smtp.messages.filter((m) => m.to[0] === user.email).length,
      (n) => n === 1,
    );
    // Handled: a later sweep queues it no more; delivered again all the same (its job lost after it ran), it sends no
    // second link, which would void the first.
    await t.get(MailSweeper).sweep();
    const queue = t.get(Queues).get(ACCOUNT_MAIL_QUEUE);
    await eventually(
      () => queue.getJobState(id),
      (state) => state === 'completed',
    );
    await (await queue.getJob(id))!.remove();
    await queue.add('password-reset-requested', { email: user.email }, { jobId: id });
    await eventually(
      async () => (await queue.getJob(id))?.returnvalue,
      (value) => value === 'already handled',
    );
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM email_messages WHERE recipient = $1`, [user.email]);
    expect(n).toBe(1);
  });

  it('records a send whose status could not be written, without sending it again', async () => {
    // The database drops the first "sent" update, as during a restart (a sequence is not rolled back).
    await t.dataSource.query(`
      CREATE SEQUENCE mail_fault;
      CREATE FUNCTION mail_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status = 'sent' AND nextval('mail_fault') = 1 THEN RAISE EXCEPTION 'Connection terminated unexpectedly'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER mail_fault BEFORE UPDATE ON email_messages FOR EACH ROW EXECUTE FUNCTION mail_fault()`);
    try {
      const [id] = await queueResetEmails(t, 1, 'blip');
      await t.relayOutbox();
      await eventually(
        () => statusOf(t.dataSource, [id]),
        (s) => s.sent === 1,
      );
      expect(received('blip')).toHaveLength(1);
    } finally {
      await t.dataSource.query(`DROP TRIGGER mail_fault ON email_messages; DROP FUNCTION mail_fault(); DROP SEQUENCE mail_fault`);
    }
  });

  it('lets staff send again an e-mail stuck in the queue', async () => {
    const staff = await createStaff(t);
    const [id] = await queuedButLost(t, 1, 'bloque');
    const retried = await t.http.post(`/api/emails/${id}/retry`).set(staff.headers).expect(202);
    expect(retried.body.status).toBe('queued');
    await eventually(
      () => statusOf(t.dataSource, [id]),
      (s) => s.sent === 1,
    );
    expect(received('bloque')).toHaveLength(1);
    const sent = await t.http.post(`/api/emails/${id}/retry`).set(staff.headers).expect(409);
    expect(sent.body.type).toBe('/api/problems/email-not-failed');
  });

  it('listens again for new outbox rows after its connection is dropped', async () => {
    const listeners = () =>
      t.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE application_name = 'iae-outbox-listener' AND datname = current_database()`);
    const [before] = await eventually(listeners, (rows) => rows.length === 1);
    await t.dataSource.query(`SELECT pg_terminate_backend($1)`, [before.pid]);
    await eventually(listeners, (rows) => rows.length === 1 && rows[0].pid !== before.pid);
    // Polling is off (60 s): only the notification can wake the relay.
    await queueResetEmails(t, 1, 'ecoute');
    await smtp.waitForMailTo('ecoute0@exemple.fr');
  });
});

describe('the e-mail sweep, beside a send', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    // No sweep on a timer: the test runs the one sweep it watches.
    t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url, MAIL_REQUEUE_AFTER_MS: '100', MAIL_SWEEP_INTERVAL_MS: '3600000' } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('does not queue again an e-mail sent after it listed it, whose finished job Redis no longer keeps', async () => {
    const [id] = await queuedButLost(t, 1, 'course');
    const [{ id: jobId }] = await t.dataSource.query(`SELECT id FROM outbox_messages WHERE payload->>'emailMessageId' = $1`, [id]);
    const queue = t.get(Queues).get(MAIL_QUEUE);
    const mail = t.get(MailRepository);
    // Untouched for longer than MAIL_REQUEUE_AFTER_MS by the database's clock: the sweep lists it.
    await eventually(
      () => mail.queuedLongAgo(100, 10, MAIL_QUEUE),
      (rows) => rows.some((row) => row.id === id),
    );
    const list = mail.queuedLongAgo.bind(mail);
    // Between the sweep's list and its look at Redis, the e-mail's job is relayed, sent, and removed once finished.
    jest.spyOn(mail, 'queuedLongAgo').mockImplementationOnce(async (...args) => {
      const listed = await list(...args);
      await t.dataSource.query(`UPDATE outbox_messages SET relayed_at = NULL WHERE id = $1`, [jobId]);
      await t.relayOutbox();
      await eventually(
        async () => [(await statusOf(t.dataSource, [id])).sent, await queue.getJobState(jobId)],
        ([sent, state]) => sent === 1 && state === 'unknown',
      );
      return listed;
    });
    expect(await t.get(MailSweeper).sweep()).toBe(0);
    expect(mail.queuedLongAgo).toHaveBeenCalledTimes(1);
    expect(await queue.getJobState(jobId)).toBe('unknown');
    expect(smtp.messages.filter((m) => m.to[0].startsWith('course'))).toHaveLength(1);
  });
});
