import { Column, Entity } from 'typeorm';
import { UserKind } from '@iae/core';
import { TimestampedEntity } from '@iae/database';

@Entity({ name: 'users' })
export class User extends TimestampedEntity {
  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  lastName: string;

  @Column({ type: 'text' })
  kind: UserKind;

  /** Platform staff: support and operations, not a member role. */
  @Column({ type: 'boolean' })
  isStaff: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;
}
