import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `outbox_messages.tracked`: the message's consumer marks it handled (`handled_at`) once its work is done. Until then
 * the sweeper queues it again when Redis no longer holds its job, and the purge keeps it. The notifications queue's
 * events were the only ones so followed; account requests (a sign-up's confirmation, a password reset) now are too: a
 * Redis that lost their job lost the e-mail for good; and search indexing, whose lost job left the index stale. E-mails'
 * messages are not tracked: their `email_messages` row is followed instead. Rows relayed before this migration stay
 * untracked (their consumers did not mark them: they would be queued again, an old reset link sent anew).
 */
export class TrackedOutboxMessages1763900002960 implements MigrationInterface {
  name = 'TrackedOutboxMessages1763900002960';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_messages ADD COLUMN tracked boolean NOT NULL DEFAULT false`);
    await db.query(`UPDATE outbox_messages SET tracked = true WHERE queue IN ('notifications', 'account-mail', 'search') AND relayed_at IS NULL`);
    await db.query(`UPDATE outbox_messages SET tracked = true WHERE queue = 'notifications' AND relayed_at IS NOT NULL`);
    await db.query(`DROP INDEX outbox_messages_unhandled_idx`);
    await db.query(`CREATE INDEX outbox_messages_unhandled_idx ON outbox_messages (relayed_at) WHERE tracked AND handled_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_messages_unhandled_idx`);
    await db.query(`CREATE INDEX outbox_messages_unhandled_idx ON outbox_messages (relayed_at) WHERE queue = 'notifications' AND handled_at IS NULL`);
    await db.query(`ALTER TABLE outbox_messages DROP COLUMN tracked`);
  }
}
