import { loadConfig } from '../config/app-config';
import { Queues } from './queues';

describe('Queues', () => {
  it('hands out no queue once closed: one asked for during shutdown would keep its Redis connection, and the process, alive', async () => {
    const queues = new Queues(loadConfig({ JWT_SECRET: 'test-secret-test-secret-test-secret-42-xx', REDIS_KEY_PREFIX: `iae-test:queues:${process.pid}` }));
    const mail = queues.get('mail');
    expect(queues.get('mail')).toBe(mail);
    await mail.waitUntilReady();
    await queues.onModuleDestroy();
    expect(() => queues.get('mail')).toThrow(/shutting down/);
    expect(() => queues.get('notifications')).toThrow(/shutting down/);
  });
});
