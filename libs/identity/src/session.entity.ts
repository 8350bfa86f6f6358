import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

export type SessionEndReason = 'logout' | 'reuse_detected' | 'password_changed' | 'disabled';

/**
 * One login: its refresh tokens rotate within it (their `familyId` is its id) and every access token
 * names it (`sid`). Once revoked, both stop working; a browser's refresh cookie is the same token.
 */
@Entity({ name: 'sessions' })
export class Session extends TimestampedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  /** When its current refresh token expires; moved forward at each refresh. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastRefreshedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason: SessionEndReason | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  /** Opened through ProConnect: its ID token, which the provider's logout asks for (never sent to the web application). */
  @Column({ type: 'text', nullable: true, select: false })
  proconnectIdToken: string | null;
}
