/**
 * The platform survives its dependencies failing: the API and the worker run as separate processes
 * against a private PostgreSQL and Redis that are killed and restarted in the middle of bursts of real
 * API actions; e-mails are counted by Message-ID at an SMTP catcher. Figures are printed at the end.
 */
import { Queue } from 'bullmq';
import { eventually } from '@iae/testing';
import { EmailFigures, WriteFigures, checkEmails, checkWrites, emailIds } from './checks';
import { ProcessHandle, Stack, missingTools } from './stack';
import { Actor, Write, actor, burst, call, candidateWrite, candidatureWrite } from './world';

jest.setTimeout(240_000);

const WORKER_ENV = {
  MAIL_REQUEUE_AFTER_MS: '3000',
  MAIL_SWEEP_INTERVAL_MS: '1000',
  MAIL_SEND_LEASE_MS: '5000',
  MAIL_BACKOFF_MS: '300',
  MAIL_MAX_ATTEMPTS: '10',
  QUEUE_LOCK_DURATION_MS: '3000',
  QUEUE_STALLED_INTERVAL_MS: '1000',
  OUTBOX_POLL_MS: '500',
  SCHEDULES_CHECK_INTERVAL_MS: '1000',
  // One job every 2 seconds, to see each period run once.
  SCHEDULE_CRON_OVERRIDES: 'identity.purge-expired-tokens=*/2 * * * * *',
};
const TICK_JOB = 'identity.purge-expired-tokens';

interface Figures {
  fault: string;
  writes: WriteFigures;
  emails: EmailFigures;
  recoverMs: number;
  notes?: Record<string, unknown>;
}

const why = missingTools();
const describeIf = why ? describe.skip : describe;
if (why) console.warn(`Fault suite skipped: ${why}`);

describeIf('faults: nothing acknowledged is lost, nothing is done twice', () => {
  const stack = new Stack();
  const figures: Figures[] = [];
  let api: ProcessHandle;
  let prescriber: Actor;
  let employers: Actor[];
  let candidates: string[];
  let run = 0;
  const baseUrl = () => `http://127.0.0.1:${api.port}`;

  beforeAll(async () => {
    await stack.start();
    api = await stack.startApi({ SCHEDULES_ENABLED: 'true' });
    await stack.startWorker(WORKER_ENV);
    prescriber = await actor(stack.db, baseUrl(), { family: 'prescriber', kind: 'ML' });
    employers = [];
    for (const kind of ['ACI', 'EI', 'ACI', 'EI', 'AI', 'ACI']) employers.push(await actor(stack.db, baseUrl(), { family: 'employer', kind }));
    // Candidates the candidatures of the bursts are for (each burst sends each to other employers).
    candidates = [];
    for (let i = 0; i < 30; i++) {
      const write = candidateWrite(prescriber, 'setup');
      const answer = await call(baseUrl(), 'POST', write.path, write.headers, write.body);
      if (answer.status !== 201) throw new Error(`Setting up candidates: ${answer.status} ${JSON.stringify(answer.body)}`);
      candidates.push(answer.body.id);
    }
    await checkEmails(stack, new Set());
  });

  afterAll(async () => {
    // The error lines too: a failed run in CI shows them here when the assertion's diff is cut short.
    console.log(report(figures, [...apiErrors(stack), ...workerErrors(stack)]));
    await stack.stop(!!process.env.FAULTS_KEEP);
  });

  /** Candidates registered and candidatures sent, interleaved; each burst uses another employer per candidate. */
  function writes(count: number): Write[] {
    const tag = `r${++run}`;
    const employer = employers[run % employers.length];
    return Array.from({ length: count }, (_, i) =>
      i % 2 === 0 ? candidateWrite(prescriber, tag) : candidatureWrite(prescriber, candidates[(i >> 1) % candidates.length], employer.organizationId!, tag),
    );
  }

  const untilAnswered = (answered: () => number, n: number, total: number) =>
    eventually(
      async () => answered(),
      (a) => a >= Math.min(n, total),
      120_000,
    );

  it('a Redis restart without persistence: e-mails queued again once, schedules back, 503 meanwhile', async () => {
    const before = await emailIds(stack);
    const batch = writes(40);
    const probes: number[] = [];
    let back = 0;
    await burst(batch, {
      concurrency: 4,
      baseUrl,
      faultAfter: 12,
      fault: async (answered) => {
        await stack.killRedis();
        // Login and the PASS check count attempts in Redis: refused cleanly while it is away.
        probes.push((await call(baseUrl(), 'POST', '/api/auth/login', {}, { email: prescriber.email, password: prescriber.password })).status);
        probes.push((await call(baseUrl(), 'GET', '/api/pass-iae/check?number=999990000001&birthDate=1990-01-01')).status);
        await untilAnswered(answered, 26, batch.length);
        await stack.startRedis();
        back = Date.now();
      },
    });
    const ready = await eventually(
      async () => (await call(baseUrl(), 'GET', '/api/health/ready')).body,
      (body) => body?.status === 'ok',
      60_000,
    );
    const emails = await checkEmails(stack, before);
    const recoverMs = Date.now() - back;
    const schedulers = await new Queue('scheduled', { connection: { host: '127.0.0.1', port: stack.redisPort }, prefix: 'faults:bull' });
    const restored = (await schedulers.getJobSchedulers()).length;
    await schedulers.close();
    const written = await checkWrites(stack, batch, baseUrl);
    figures.push({
      fault: 'Redis killed and restarted empty',
      writes: written,
      emails,
      recoverMs,
      notes: { probesDuringOutage: probes, schedulesRestored: restored },
    });

    expect(probes).toEqual([503, 503]);
    expect(apiErrors(stack)).toEqual([]);
    expect(workerErrors(stack)).toEqual([]);
    expect(ready.checks).toEqual({ database: 'up', redis: 'up', schedules: 'up' });
    expect(restored).toBeGreaterThan(5);
    expectClean(written, emails);
  });

  it('a PostgreSQL crash and restart: 503 meanwhile, acknowledged writes kept, in-flight e-mails sent once', async () => {
    const before = await emailIds(stack);
    const batch = writes(40);
    let back = 0;
    // Sends in flight when the database goes: the SMTP server accepts them, their status cannot be written.
    stack.smtp.delayMs = 200;
    await burst(batch, {
      concurrency: 4,
      baseUrl,
      faultAfter: 12,
      fault: async (answered) => {
        stack.stopPostgres('immediate');
        stack.smtp.delayMs = 0;
        await untilAnswered(answered, 22, batch.length);
        await stack.startPostgres();
        back = Date.now();
      },
    });
    await eventually(
      async () => (await call(baseUrl(), 'GET', '/api/health/ready')).status,
      (status) => status === 200,
      60_000,
    );
    const firstWrite = Date.now() - back;
    const emails = await checkEmails(stack, before);
    const recoverMs = Date.now() - back;
    const listeners = await eventually(
      async () => (await stack.db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'iae-outbox-listener'`)).rows[0].n,
      (n) => n >= stack.running('worker').length,
      30_000,
    );
    const written = await checkWrites(stack, batch, baseUrl);
    // Sends the SMTP server accepted while the database was away: recorded afterwards, not sent again.
    const recordedLate = stack
      .all('worker')
      .flatMap((w) => stack.linesOf(w))
      .filter((l) => l.msg === 'Sent, but the status could not be recorded; retrying the record').length;
    figures.push({
      fault: 'PostgreSQL crashed (immediate stop) and restarted',
      writes: written,
      emails,
      recoverMs,
      notes: { readyAgainMs: firstWrite, listeners, statusRecordRetries: recordedLate },
    });

    expect(written.answers['503'] ?? 0).toBeGreaterThan(0);
    expectClean(written, emails);
    expect(apiErrors(stack)).toEqual([]);
    expect(workerErrors(stack)).toEqual([]);
  });

  it('an API killed mid-burst: every key replays its committed answer or creates once', async () => {
    const before = await emailIds(stack);
    const batch = writes(40);
    let restarting: Promise<void> | undefined;
    let back = 0;
    await burst(batch, {
      concurrency: 6,
      baseUrl,
      faultAfter: 15,
      gate: () => restarting ?? Promise.resolve(),
      fault: async () => {
        restarting = (async () => {
          await stack.kill(api, 'SIGKILL');
          api = await stack.startApi({ SCHEDULES_ENABLED: 'true' });
          back = Date.now();
        })();
        await restarting;
        restarting = undefined;
      },
    });
    const emails = await checkEmails(stack, before);
    const written = await checkWrites(stack, batch, baseUrl);
    figures.push({ fault: 'API killed (SIGKILL) and started again', writes: written, emails, recoverMs: Date.now() - back });
    expectClean(written, emails);
  });

  it('a worker killed while sending: another sends the rest; only messages in flight may arrive twice', async () => {
    const before = await emailIds(stack);
    const batch = writes(30);
    stack.smtp.delayMs = 150; // keeps messages in flight at the kill
    try {
      await burst(batch, { concurrency: 4, baseUrl });
      const [worker] = stack.running('worker');
      await eventually(
        async () => stack.smtp.messages.length,
        (n) => n >= before.size + 8,
        60_000,
      );
      await stack.kill(worker, 'SIGKILL');
      await stack.startWorker(WORKER_ENV);
      const back = Date.now();
      const emails = await checkEmails(stack, before);
      const written = await checkWrites(stack, batch, baseUrl);
      figures.push({ fault: 'Worker killed (SIGKILL) while sending', writes: written, emails, recoverMs: Date.now() - back });
      expect(emails.received).toBe(emails.expected);
      // At-least-once: a message the SMTP server had when the worker died is sent again; at most one per concurrent send.
      expect(emails.duplicated).toBeLessThanOrEqual(4);
      expectClean(written, { ...emails, duplicated: 0 });
    } finally {
      stack.smtp.delayMs = 0;
    }
  });

  it('two APIs and two workers: every e-mail once, each scheduled period once, PASS numbers distinct', async () => {
    const second = await stack.startApi({ SCHEDULES_ENABLED: 'true' });
    await stack.startWorker(WORKER_ENV);
    const urls = [baseUrl(), `http://127.0.0.1:${second.port}`];
    let turn = 0;
    const either = () => urls[turn++ % 2];
    const windowStart = new Date();
    const before = await emailIds(stack);
    const batch = writes(30);

    // Hires: each SIAE member accepts, through either API, candidatures of eligible candidates.
    const siae = employers.filter((e) => e !== employers[0] && e !== employers[4]).slice(0, 3);
    const pending: Array<{ id: string; by: Actor }> = [];
    for (let i = 0; i < 12; i++) {
      const write = candidateWrite(prescriber, 'hire');
      const candidate = await call(either(), 'POST', write.path, write.headers, write.body);
      const diagnosis = await call(either(), 'POST', `/api/candidates/${candidate.body.id}/eligibility-diagnoses`, prescriber.headers, {});
      expect(diagnosis.status).toBe(201);
      const by = siae[i % siae.length];
      const candidature = await call(either(), 'POST', '/api/candidatures', prescriber.headers, {
        candidateId: candidate.body.id,
        employerId: by.organizationId,
        message: 'Prête à commencer.',
      });
      expect(candidature.status).toBe(201);
      pending.push({ id: candidature.body.id, by });
    }
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const [acceptances] = await Promise.all([
      Promise.all(pending.map((p) => call(either(), 'POST', `/api/candidatures/${p.id}/acceptance`, p.by.headers, { hiringStart: today }))),
      burst(batch, { concurrency: 4, baseUrl: either }),
    ]);
    expect(acceptances.map((a) => a.status)).toEqual(Array(pending.length).fill(200));
    const { rows: passes } = await stack.db.query(
      `SELECT p.number FROM pass_iae p JOIN candidatures c ON c.candidate_id = p.candidate_id WHERE c.id = ANY($1::uuid[])`,
      [pending.map((p) => p.id)],
    );
    const emails = await checkEmails(stack, before);
    // Let a few periods pass on both workers.
    const ticks = await eventually(
      async () =>
        (
          await stack.db.query(
            `SELECT scheduled_for FROM scheduled_job_runs WHERE job_name = $1 AND scheduled_for > $2 AND finished_at IS NOT NULL ORDER BY 1`,
            [TICK_JOB, windowStart],
          )
        ).rows.map((r) => new Date(r.scheduled_for).getTime()),
      (list) => list.length >= 6,
      60_000,
    );
    const gaps = ticks.slice(1).map((t, i) => t - ticks[i]);
    // Each recorded run was run once: as many "done" lines in all the workers' logs as runs. A worker logs a run after
    // recording it, and its line reaches us after that: the two are compared once they agree, which a run done twice
    // (two lines, one record) never does, as the periods go on.
    const { recorded, logged } = await eventually(
      async () => {
        const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM scheduled_job_runs WHERE job_name = $1 AND finished_at IS NOT NULL`, [TICK_JOB]);
        const lines = stack
          .all('worker')
          .flatMap((w) => stack.linesOf(w))
          .filter((l) => l.msg === 'Scheduled job done' && l.job === TICK_JOB).length;
        return { recorded: rows[0].n as number, logged: lines };
      },
      (counts) => counts.logged === counts.recorded,
      30_000,
    );
    figures.push({
      fault: 'Two APIs and two workers, no fault',
      writes: await checkWrites(stack, batch, either),
      emails,
      recoverMs: 0,
      notes: {
        passIssued: passes.length,
        passDistinct: new Set(passes.map((p) => p.number)).size,
        ticksSeen: ticks.length,
        gaps,
        runsLogged: logged,
        runsRecorded: recorded,
      },
    });

    expect(passes).toHaveLength(pending.length);
    expect(new Set(passes.map((p) => p.number)).size).toBe(pending.length);
    expect(emails).toEqual({ expected: emails.expected, received: emails.expected, duplicated: 0 });
    expect(gaps.every((gap) => gap === 2000)).toBe(true);
    expect(logged).toBe(recorded);
  });

  function expectClean(written: WriteFigures, emails: EmailFigures): void {
    expect(written.answers['500'] ?? 0).toBe(0);
    expect(written.acknowledgedPresent).toBe(written.acknowledged);
    expect(written.keysStuck).toBe(0);
    expect(written.rowsPerKey.every((n) => n === 1)).toBe(true);
    expect(emails.received).toBe(emails.expected);
    expect(emails.duplicated).toBe(0);
  }
});

/** Level-50 lines: a bug writes those, an outage writes one warning when it starts. */
function errorsOf(stack: Stack, role: 'api' | 'worker'): string[] {
  return stack
    .all(role)
    .flatMap((p) => stack.linesOf(p))
    .filter((l) => l.level >= 50)
    .map((l) => `${l.context ?? ''} ${l.msg} ${l.err?.message ?? l.err ?? ''}`);
}
const apiErrors = (stack: Stack) => errorsOf(stack, 'api');
const workerErrors = (stack: Stack) => errorsOf(stack, 'worker');

function report(figures: Figures[], errors: string[]): string {
  const lines = ['Fault suite figures:'];
  if (errors.length) lines.push(`Error lines (${errors.length}):`, ...errors.slice(0, 20).map((e) => `  ${e}`));
  for (const f of figures) {
    lines.push(
      `- ${f.fault}: writes sent ${f.writes.sent}, acknowledged ${f.writes.acknowledged}, present ${f.writes.acknowledgedPresent}, committed unacknowledged ${f.writes.committedUnacknowledged}, keys stuck ${f.writes.keysStuck}; answers ${JSON.stringify(f.writes.answers)}; e-mails expected ${f.emails.expected}, received ${f.emails.received}, duplicated ${f.emails.duplicated}; recovered in ${(f.recoverMs / 1000).toFixed(1)} s${f.notes ? `; ${JSON.stringify(f.notes)}` : ''}`,
    );
  }
  return lines.join('\n');
}
