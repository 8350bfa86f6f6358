import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Queues, SCHEDULED_QUEUE, ScheduledJobs, ScheduledJobsProcessor } from '@iae/core';
import { TestApp, createTestApp, createUser, eventually } from '@iae/testing';

const ROOT = join(__dirname, '..', '..', '..');

describe('scheduled jobs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true, now: '2026-11-23T10:00:00Z' });
  });
  afterAll(() => t.close());

  /** A session whose only refresh token expires then. */
  async function insertRefreshToken(userId: string, expiresAt: Date): Promise<void> {
    await t.dataSource.query(
      `WITH s AS (INSERT INTO sessions (user_id, expires_at) VALUES ($1, $2) RETURNING id)
       INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) SELECT $1, s.id, md5(random()::text), $2 FROM s`,
      [userId, expiresAt],
    );
  }

  it('declares the jobs of every context', () => {
    const names = t
      .get(ScheduledJobs)
      .list()
      .map((job) => job.name);
    expect(names).toEqual(expect.arrayContaining(['core.purge-idempotency-keys', 'identity.purge-expired-tokens', 'notifications.purge-relayed-outbox']));
  });

  it('purges what expired more than 7 days before the clock’s today, and dry-runs without writing', async () => {
    const user = await createUser(t.dataSource);
    await insertRefreshToken(user.id, new Date('2026-11-15T09:00:00Z')); // 8 days before: purged
    await insertRefreshToken(user.id, new Date('2026-11-17T09:00:00Z')); // 6 days before: kept
    const jobs = t.get(ScheduledJobs);

    const dry = await jobs.run('identity.purge-expired-tokens', { dryRun: true });
    expect(dry).toMatchObject({ refreshTokens: 1 });
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1`, [user.id]);
    expect(before).toBe(2);

    expect(await jobs.run('identity.purge-expired-tokens')).toMatchObject({ refreshTokens: 1, sessions: 1 });
    // Idempotent: a second run finds nothing more to do.
    expect(await jobs.run('identity.purge-expired-tokens')).toMatchObject({ refreshTokens: 0 });
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1`, [user.id]);
    expect(after).toBe(1);
  });

  it('never runs the same job twice at once', async () => {
    const jobs = t.get(ScheduledJobs);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    jobs.register({
      name: 'test.slow-job',
      description: 'Attend le feu vert du test.',
      cron: '0 0 1 1 *',
      run: async () => {
        runs++;
        await gate;
        return { summary: 'done' };
      },
    });
    const first = jobs.run('test.slow-job');
    await eventually(
      async () => runs,
      (n) => n === 1,
    );
    const second = await jobs.run('test.slow-job');
    expect(second).toEqual({ summary: 'test.slow-job: already running elsewhere, skipped', skipped: true });
    release();
    expect(await first).toEqual({ summary: 'done' });
    expect(runs).toBe(1);
  });

  it('keeps one repeatable BullMQ scheduler per job, in Paris time', async () => {
    await t.get(ScheduledJobsProcessor).syncSchedulers();
    const schedulers = await t.get(Queues).get(SCHEDULED_QUEUE).getJobSchedulers();
    const byName = Object.fromEntries(schedulers.map((s) => [s.key, s]));
    expect(byName['identity.purge-expired-tokens']).toMatchObject({ pattern: '25 3 * * *', tz: 'Europe/Paris' });
    // Syncing again changes nothing (several workers start with the same declarations).
    await t.get(ScheduledJobsProcessor).syncSchedulers();
    expect(await t.get(Queues).get(SCHEDULED_QUEUE).getJobSchedulers()).toHaveLength(schedulers.length);
  });

  it('runs a job handed to the queue by a scheduler tick', async () => {
    const user = await createUser(t.dataSource);
    await insertRefreshToken(user.id, new Date('2026-11-01T00:00:00Z'));
    await t.get(Queues).get(SCHEDULED_QUEUE).add('identity.purge-expired-tokens', {});
    await eventually(
      async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1`, [user.id]))[0].n,
      (n) => n === 0,
    );
  });

  it('purges relayed outbox rows, but keeps a tracked one its consumer has not handled (the only record of its work)', async () => {
    // A queue nobody consumes: a sweep queueing the pending one again changes nothing here.
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO outbox_messages (id, queue, job_name, payload, tracked, relayed_at, handled_at) VALUES
         (gen_random_uuid(), 'test-unconsumed', 'untracked', '{}', false, $1, NULL),
         (gen_random_uuid(), 'test-unconsumed', 'tracked-handled', '{}', true, $1, $1),
         (gen_random_uuid(), 'test-unconsumed', 'tracked-pending', '{}', true, $1, NULL)
       RETURNING id`,
      [new Date('2026-11-15T09:00:00Z')],
    );
    await t.get(ScheduledJobs).run('notifications.purge-relayed-outbox');
    const left = await t.dataSource.query(`SELECT job_name FROM outbox_messages WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    expect(left).toEqual([{ job_name: 'tracked-pending' }]);
  });

  it('runs a job on demand from the command line (npm run job -- <name>)', () => {
    const env = { ...process.env, LOG_LEVEL: 'warn' };
    const list = spawnSync(process.execPath, [join(ROOT, 'dist/apps/worker/src/job.js'), '--list'], { env, encoding: 'utf8' });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('identity.purge-expired-tokens');
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/apps/worker/src/job.js'), 'notifications.purge-relayed-outbox', '--dry-run'], {
      env,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/relayed outbox row\(s\) to purge/);
    const unknown = spawnSync(process.execPath, [join(ROOT, 'dist/apps/worker/src/job.js'), 'no.such-job'], { env, encoding: 'utf8' });
    expect(unknown.status).toBe(64);
  });
});
