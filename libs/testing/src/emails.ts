import { EntityManager } from 'typeorm';
import { flushDeferredInserts } from '@iae/database';
import { Outbox } from '@iae/notifications';
import { eventually } from './eventually';
import type { TestApp } from './test-app';

/** Queues `count` password-reset e-mails to `<prefix><i>@exemple.fr` in one transaction; `also` runs in it. */
export async function queueResetEmails(
  t: TestApp,
  count: number,
  prefix: string,
  also?: (manager: EntityManager, ids: string[]) => Promise<void>,
): Promise<string[]> {
  const outbox = t.get(Outbox);
  return t.dataSource.transaction(async (manager) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(
        await outbox.queueEmail(manager, {
          to: `${prefix}${i}@exemple.fr`,
          template: 'identity/password-reset',
          context: { firstName: `Personne ${i}`, link: `http://iae.test/x/${i}`, token: 't', expiresAt: t.clock.now().toISOString() },
        }),
      );
    }
    if (also) {
      // The outbox rows wait for the commit (deferInsert): written now, so that `also` sees them.
      await flushDeferredInserts(manager);
      await also(manager, ids);
    }
    return ids;
  });
}

/** Relays the outbox, then waits until the notifications listener has handled every event: their e-mails are queued. */
export async function notificationEventsHandled(t: TestApp): Promise<void> {
  await t.relayOutbox();
  await eventually(
    () => t.dataSource.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE queue = 'notifications' AND handled_at IS NULL`),
    ([row]: Array<{ n: number }>) => row.n === 0,
  );
}
