import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events, not e-mails, in the transaction of a change: the notifications listener turns an event into its e-mails
 * after the commit.
 * - `email_messages.event_id`: the outbox row (the event) an e-mail was made for. One e-mail per event, template and
 *   recipient, so an event delivered twice (a worker killed, Redis restarted empty and the event queued again) never
 *   queues an e-mail twice; e-mails queued directly by a change have none.
 * - `outbox_messages.handled_at`: when the listener queued the e-mails of an event (in the transaction that queued
 *   them). An event relayed a while ago and not handled, whose job Redis no longer holds, is queued again; an event
 *   not handled is never purged.
 */
export class NotificationEvents1763900002730 implements MigrationInterface {
  name = 'NotificationEvents1763900002730';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_messages ADD COLUMN event_id uuid`);
    await db.query(`CREATE UNIQUE INDEX email_messages_event_unique ON email_messages (event_id, template, recipient) WHERE event_id IS NOT NULL`);
    await db.query(`ALTER TABLE outbox_messages ADD COLUMN handled_at timestamptz`);
    await db.query(`CREATE INDEX outbox_messages_unhandled_idx ON outbox_messages (relayed_at) WHERE queue = 'notifications' AND handled_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_messages_unhandled_idx`);
    await db.query(`ALTER TABLE outbox_messages DROP COLUMN handled_at`);
    await db.query(`DROP INDEX email_messages_event_unique`);
    await db.query(`ALTER TABLE email_messages DROP COLUMN event_id`);
  }
}
