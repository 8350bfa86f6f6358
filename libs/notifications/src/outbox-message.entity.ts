import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

/** A job to hand to a queue, written in the transaction of the change that asks for it. */
@Entity({ name: 'outbox_messages' })
export class OutboxMessage extends TimestampedEntity {
  @Column({ type: 'bigint', insert: false, update: false })
  seq: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** For an event to the notifications listener: when its e-mails were queued (in that same transaction). */
  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;
}
