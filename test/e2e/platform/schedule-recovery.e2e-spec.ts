import Redis from 'ioredis';
import { Queues, SCHEDULED_QUEUE, ScheduledJobs, ScheduledJobsProcessor } from '@iae/core';
import { TestApp, clearRedisPrefix, createTestApp, eventually } from '@iae/testing';

describe('scheduled jobs survive a Redis that forgets them', () => {
  const prefix = `${process.env.REDIS_KEY_PREFIX}:schedules`;
  const env = { SCHEDULES_ENABLED: 'true', SCHEDULES_CHECK_INTERVAL_MS: '100', REDIS_KEY_PREFIX: prefix };
  let api: TestApp;
  let worker: TestApp | undefined;
  beforeAll(async () => {
    api = await createTestApp({ env });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });
  const readiness = async () => (await api.http.get('/api/health/ready').expect(200)).body;

  it('says in readiness which schedules Redis lacks, and a worker restores them after Redis lost them', async () => {
    const before = await readiness();
    expect(before).toMatchObject({ status: 'degraded', checks: { database: 'up', redis: 'up', schedules: 'down' } });
    expect(before.missingSchedules).toEqual(expect.arrayContaining(['candidatures.auto-refusal', 'core.purge-idempotency-keys']));

    worker = await createTestApp({ worker: true, env });
    await eventually(readiness, (body) => body.status === 'ok');
    const declared = worker.get(ScheduledJobs).list().length;

    // Redis restarts empty (no persistence): the running worker notices and puts every schedule back.
    await clearRedisPrefix(prefix);
    const restored = await eventually(
      async () => (await worker!.get(Queues).get(SCHEDULED_QUEUE).getJobSchedulers()).length,
      (n) => n === declared,
    );
    expect(restored).toBe(declared);
    expect(await readiness()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up', schedules: 'up' } });
  });

  it('restores a schedule whose next tick outlived it in Redis', async () => {
    const queue = worker!.get(Queues).get(SCHEDULED_QUEUE);
    const name = 'candidatures.auto-refusal';
    const next = (await queue.getJobs(['delayed'])).find((job) => job.id?.startsWith(`repeat:${name}:`));
    expect(next).toBeDefined();
    // A partial loss: the scheduler's record is gone, its next tick's job is still there and holds that tick's id.
    const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
    try {
      await redis.multi().zrem(queue.keys.repeat, name).del(`${queue.keys.repeat}:${name}`).exec();
    } finally {
      redis.disconnect();
    }

    expect(await worker!.get(ScheduledJobsProcessor).restoreLost()).toEqual([name]);
    const restored = await queue.getJobScheduler(name);
    expect(restored).toMatchObject({ key: name, next: Number(next!.id!.split(':').pop()) });
    expect(await readiness()).toEqual({ status: 'ok', checks: { database: 'up', redis: 'up', schedules: 'up' } });
  });

  it('runs a tick once, however many workers receive it', async () => {
    const jobs = api.get(ScheduledJobs);
    const tick = new Date('2026-11-23T03:25:00Z');
    const first = await jobs.run('identity.purge-expired-tokens', { scheduledFor: tick });
    const second = await jobs.run('identity.purge-expired-tokens', { scheduledFor: tick });
    expect(first).not.toHaveProperty('skipped');
    expect(second).toMatchObject({ skipped: true });
    const runs = await api.dataSource.query(`SELECT attempts, finished_at IS NOT NULL AS finished, summary FROM scheduled_job_runs WHERE job_name = $1`, [
      'identity.purge-expired-tokens',
    ]);
    expect(runs).toEqual([{ attempts: 1, finished: true, summary: first.summary }]);
  });
});

describe('one refused schedule does not leave the others unscheduled', () => {
  const prefix = `${process.env.REDIS_KEY_PREFIX}:schedules-refused`;
  const refused = 'identity.purge-expired-tokens';
  let worker: TestApp;
  beforeAll(async () => {
    // 99 is no minute: BullMQ refuses the pattern, though the setting's format holds.
    const env = { SCHEDULES_ENABLED: 'true', REDIS_KEY_PREFIX: prefix, SCHEDULE_CRON_OVERRIDES: `${refused}=99 * * * *` };
    worker = await createTestApp({ worker: true, env });
  });
  afterAll(async () => {
    await worker?.close();
    await clearRedisPrefix(prefix);
  });

  it('sets every other declared schedule, and names the refused one', async () => {
    const declared = worker
      .get(ScheduledJobs)
      .list()
      .map((job) => job.name);
    expect(declared.indexOf(refused)).toBeLessThan(declared.length - 1);
    const present = (await worker.get(Queues).get(SCHEDULED_QUEUE).getJobSchedulers()).map((s) => s.key).sort();
    expect(present).toEqual(declared.filter((name) => name !== refused).sort());
    await expect(worker.get(ScheduledJobsProcessor).syncSchedulers()).rejects.toThrow(new RegExp(`^1 schedule\\(s\\) could not be set: ${refused}: `));
  });
});
