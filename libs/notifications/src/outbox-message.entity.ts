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

  /** Its consumer marks it handled once its work is done; until then the sweeper queues it again if Redis lost its job. */
  @Column({ type: 'boolean', default: false })
  tracked: boolean;

  /** For a tracked message: when its consumer's work was done (the notifications listener: in the transaction that queued its e-mails). */
  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;
}
