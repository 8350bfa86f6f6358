import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

export type UserTokenPurpose = 'email_confirmation' | 'password_reset';

/** A one-time link sent by e-mail; only its hash is kept. */
@Entity({ name: 'user_tokens' })
export class UserToken extends TimestampedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  purpose: UserTokenPurpose;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
