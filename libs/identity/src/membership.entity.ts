import { Column, Entity } from 'typeorm';
import { MembershipRole } from '@iae/core';
import { TimestampedEntity } from '@iae/database';

@Entity({ name: 'memberships' })
export class Membership extends TimestampedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  role: MembershipRole;
}
