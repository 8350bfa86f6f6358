import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

export type RevokedReason = 'logout' | 'rotated' | 'reuse_detected' | 'password_changed' | 'disabled';

/** One link of a rotation chain; every token of a login shares its family. */
@Entity({ name: 'refresh_tokens' })
export class RefreshToken extends TimestampedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'uuid', nullable: true })
  replacedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason: RevokedReason | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
