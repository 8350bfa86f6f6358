import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A prescriber organisation's profile and habilitation; its id is its organisation's. */
@Entity({ name: 'prescriber_organizations' })
export class PrescriberOrganization {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  /** France Travail agencies only. */
  @Column({ type: 'text', nullable: true })
  safirCode: string | null;

  @Column({ type: 'text', nullable: true })
  addressLine: string | null;

  @Column({ type: 'text', nullable: true })
  addressComplement: string | null;

  @Column({ type: 'text', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  communeCode: string | null;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Organisation delegated by a conseil départemental to support RSA recipients. */
  @Column({ type: 'boolean' })
  isBrsa: boolean;

  @Column({ type: 'text', nullable: true })
  habilitationBasis: 'law' | 'prefectoral' | null;

  @Column({ type: 'text', nullable: true })
  habilitationDepartementCode: string | null;

  /** Last day of a prefectoral habilitation. */
  @Column({ type: 'date', nullable: true })
  habilitationValidUntil: string | null;

  @Column({ type: 'timestamptz', nullable: true, name: 'habilitation_warned_90_at' })
  habilitationWarned90At: Date | null;

  @Column({ type: 'timestamptz', nullable: true, name: 'habilitation_warned_30_at' })
  habilitationWarned30At: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  authorizationDecidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  authorizationDecidedById: string | null;

  @Column({ type: 'text', nullable: true })
  authorizationReason: string | null;

  /** When the kind last changed, and who changed it (null: the daily job). */
  @Column({ type: 'timestamptz', nullable: true })
  kindChangedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  kindChangedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
