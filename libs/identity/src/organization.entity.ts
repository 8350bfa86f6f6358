import { Column, Entity } from 'typeorm';
import { OrganizationFamily } from '@iae/core';
import { TimestampedEntity } from '@iae/database';
import { AuthorizationStatus } from './rules/organization-kinds';

/**
 * Employers, prescriber organisations and institutions share this row and one membership
 * model; each family's own profile lives in its context and points here.
 */
@Entity({ name: 'organizations' })
export class Organization extends TimestampedEntity {
  @Column({ type: 'text' })
  family: OrganizationFamily;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'char', length: 14, nullable: true })
  siret: string | null;

  /** Prescribers only. */
  @Column({ type: 'text', nullable: true })
  authorizationStatus: AuthorizationStatus | null;

  /** DDETS: the département it covers. */
  @Column({ type: 'text', nullable: true })
  departmentCode: string | null;

  /** DREETS: the région it covers. */
  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
