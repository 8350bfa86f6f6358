import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

export type EmailStatus = 'queued' | 'sent' | 'failed';

@Entity({ name: 'email_messages' })
export class EmailMessage extends TimestampedEntity {
  /** `<context>/<name>`, e.g. `identity/invitation`. */
  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'citext' })
  recipient: string;

  /** Template variables; wiped once sent (they may hold one-time links). */
  @Column({ type: 'jsonb', nullable: true })
  context: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  status: EmailStatus;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  providerMessageId: string | null;

  /** Held by the worker sending it (SQL time), so no two attempts send it at once. */
  @Column({ type: 'timestamptz', nullable: true })
  sendingUntil: Date | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  /** The event (outbox row) the notifications listener made it for; null when the change queued it itself. */
  @Column({ type: 'uuid', nullable: true })
  eventId: string | null;
}
