import { Queues, SCHEDULED_QUEUE, ScheduledJobs } from '@iae/core';
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
