import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { Outbox, SMTP_CONNECTIONS } from '@iae/notifications';
import { SmtpCatcher, TestApp, createStaff, createTestApp, createUser, eventually, queueResetEmails } from '@iae/testing';

const ROOT = join(__dirname, '..', '..', '..');

async function statuses(t: TestApp, ids: string[]): Promise<Record<string, number>> {
  const rows: Array<{ status: string; n: number }> = await t.dataSource.query(
    `SELECT status, count(*)::int AS n FROM email_messages WHERE id = ANY($1::uuid[]) GROUP BY status`,
    [ids],
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

describe('queued e-mail: retries, failures, nothing lost', () => {
  describe('in-process worker', () => {
    let t: TestApp;
    let smtp: SmtpCatcher;

    beforeAll(async () => {
      smtp = await new SmtpCatcher().start();
      t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url, MAIL_MAX_ATTEMPTS: '3', MAIL_BACKOFF_MS: '50' } });
    });
    afterAll(async () => {
      await t.close();
      await smtp.stop();
    });

    it('carries many messages over a few pooled SMTP connections, not one connection per message', async () => {
      const before = smtp.connections;
      const ids = await queueResetEmails(t, 40, 'lot');
      await eventually(
        () => statuses(t, ids),
        (s) => s.sent === 40,
      );
      expect(smtp.messages.filter((m) => m.to[0]?.startsWith('lot')).length).toBe(40);
      expect(smtp.connections - before).toBeLessThanOrEqual(SMTP_CONNECTIONS);
    });

    it('retries with backoff after a temporary SMTP failure, and records the attempts', async () => {
      smtp.failNext = 2;
      const [id] = await queueResetEmails(t, 1, 'patience');
      await smtp.waitForMailTo('patience0@exemple.fr', undefined, 15_000);
      const staff = await createStaff(t);
      // The status is written just after the server accepted the message.
      const email = await eventually(
        async () => (await t.http.get(`/api/emails/${id}`).set(staff.headers).expect(200)).body,
        (e) => e.status === 'sent',
      );
      expect(email).toMatchObject({ status: 'sent', attempts: 3, lastError: null, subject: 'Réinitialisation de votre mot de passe Plateforme IAE' });
      // One-time links do not outlive the sending.
      const [{ context }] = await t.dataSource.query(`SELECT context FROM email_messages WHERE id = $1`, [id]);
      expect(context).toBeNull();
    });

    it('marks an e-mail failed after the last attempt, and staff can send it again', async () => {
      smtp.failNext = 3;
      const [id] = await queueResetEmails(t, 1, 'echec');
      const staff = await createStaff(t);
      const email = await eventually(
        async () => (await t.http.get(`/api/emails/${id}`).set(staff.headers).expect(200)).body,
        (e) => e.status === 'failed',
      );
      expect(email.attempts).toBe(3);
      expect(email.lastError).toContain('451');

      const failed = await t.http.get('/api/emails?status=failed').set(staff.headers).expect(200);
      expect(failed.body.items.map((e: { id: string }) => e.id)).toContain(id);

      const retried = await t.http.post(`/api/emails/${id}/retry`).set(staff.headers).expect(202);
      expect(retried.body.status).toBe('queued');
      await smtp.waitForMailTo('echec0@exemple.fr');
      await eventually(
        () => statuses(t, [id]),
        (s) => s.sent === 1,
      );
      const again = await t.http.post(`/api/emails/${id}/retry`).set(staff.headers).expect(409);
      expect(again.body.type).toBe('/api/problems/email-not-failed');
    });

    it('queues nothing when the change that asked for the e-mail is rolled back', async () => {
      const user = await createUser(t.dataSource);
      const outbox = t.get(Outbox);
      await expect(
        t.dataSource.transaction(async (manager) => {
          await outbox.queueEmail(manager, {
            to: user.email,
            template: 'identity/password-reset',
            context: { firstName: 'x', link: 'l', token: 't', expiresAt: t.clock.now().toISOString() },
          });
          throw new Error('the change fails after asking for the e-mail');
        }),
      ).rejects.toThrow('the change fails');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM email_messages WHERE recipient = $1`, [user.email]);
      const [{ m }] = await t.dataSource.query(`SELECT count(*)::int AS m FROM outbox_messages WHERE payload::text LIKE '%' || $1 || '%'`, [user.email]);
      expect({ n, m }).toEqual({ n: 0, m: 0 });
    });

    it('refuses an unknown template when the e-mail is asked for, not later', async () => {
      await expect(
        t.dataSource.transaction((manager) => t.get(Outbox).queueEmail(manager, { to: 'x@exemple.fr', template: 'identity/no-such-template', context: {} })),
      ).rejects.toThrow(/no subject part/);
    });

    it('keeps the e-mail list to staff', async () => {
      const user = await createUser(t.dataSource);
      const { body } = await t.http.post('/api/auth/login').send({ email: user.email, password: user.password }).expect(200);
      await t.http.get('/api/emails').set('authorization', `Bearer ${body.accessToken}`).expect(403);
      await t.http.get('/api/emails').expect(401);
    });
  });

  describe('a worker process killed while sending', () => {
    let t: TestApp;
    let smtp: SmtpCatcher;
    const workers: ChildProcess[] = [];

    beforeAll(async () => {
      smtp = await new SmtpCatcher().start();
      // API side only: this process never sends. Its own queue keys, so no earlier worker's
      // stalled-job timer (30 s by default) delays the recovery measured here.
      t = await createTestApp({ env: { REDIS_KEY_PREFIX: `${process.env.REDIS_KEY_PREFIX}:kill` } });
    });
    afterAll(async () => {
      for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
      await t.close();
      await smtp.stop();
    });

    function startWorker(): ChildProcess {
      const worker = spawn(process.execPath, [join(ROOT, 'dist/apps/worker/src/main.js')], {
        cwd: ROOT,
        env: {
          ...process.env,
          SMTP_URL: smtp.url,
          LOG_LEVEL: 'warn',
          QUEUE_LOCK_DURATION_MS: '2000',
          QUEUE_STALLED_INTERVAL_MS: '1000',
          // The dead worker's hold on the messages it was sending ends as soon as BullMQ hands them over.
          MAIL_SEND_LEASE_MS: '2000',
          MAIL_MAX_ATTEMPTS: '5',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      workers.push(worker);
      return worker;
    }

    it('loses no e-mail: another worker sends what the dead one had not', async () => {
      smtp.delayMs = 150; // keep messages in flight when the worker dies
      const ids = await queueResetEmails(t, 24, 'kill');

      const first = startWorker();
      await smtp.waitForCount(6, 30_000);
      first.kill('SIGKILL');
      await once(first, 'exit');
      const atKill = smtp.messages.length;
      const midway = await statuses(t, ids);
      expect(midway.queued).toBeGreaterThan(0); // the kill happened mid-queue

      startWorker();
      const recipients = await eventually(
        async () => new Set(smtp.messages.map((m) => m.to[0])),
        (r) => r.size === 24,
        40_000,
      );
      expect(recipients.size).toBe(24);
      expect(smtp.messages.length).toBeGreaterThan(atKill);
      expect(
        await eventually(
          () => statuses(t, ids),
          (s) => s.sent === 24,
          20_000,
        ),
      ).toEqual({ sent: 24 });
      // At-least-once: only messages in flight at the kill (at most the worker's concurrency) may arrive twice.
      expect(smtp.messages.length - 24).toBeLessThanOrEqual(4);
    }, 90_000);
  });
});
