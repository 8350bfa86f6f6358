import { Column, Entity } from 'typeorm';
import { MembershipRole } from '@iae/core';
import { TimestampedEntity } from '@iae/database';

@Entity({ name: 'invitations' })
export class Invitation extends TimestampedEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'text', nullable: true })
  firstName: string | null;

  @Column({ type: 'text', nullable: true })
  lastName: string | null;

  @Column({ type: 'text' })
  role: MembershipRole;

  @Column({ type: 'uuid', nullable: true })
  invitedById: string | null;

  @Column({ type: 'text', select: false })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
