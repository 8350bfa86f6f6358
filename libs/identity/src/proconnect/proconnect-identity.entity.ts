import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

/** A user's ProConnect identity: the provider's `sub`, how it met the account, and what the last sign-in said. */
@Entity({ name: 'proconnect_identities' })
export class ProConnectIdentity extends TimestampedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  sub: string;

  @Column({ type: 'text' })
  origin: 'created' | 'linked';

  @Column({ type: 'char', length: 14, nullable: true })
  siret: string | null;

  /** The organisation of that SIRET the person asked to join (not invited, not a member). */
  @Column({ type: 'uuid', nullable: true })
  requestedOrganizationId: string | null;

  @Column({ type: 'text', nullable: true })
  acr: string | null;

  @Column({ type: 'text', array: true, nullable: true })
  amr: string[] | null;

  @Column({ type: 'text', nullable: true })
  idpId: string | null;

  @Column({ type: 'timestamptz' })
  lastSignInAt: Date;
}
