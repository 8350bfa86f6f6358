import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Programme } from './rules/contract-types';

/** The employer profile; its id is its organisation's (name, SIRET, kind and members live there). */
@Entity({ name: 'employers' })
export class Employer {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', nullable: true })
  brand: string | null;

  @Column({ type: 'text', nullable: true })
  naf: string | null;

  @Column({ type: 'text' })
  addressLine: string;

  @Column({ type: 'text', nullable: true })
  addressComplement: string | null;

  @Column({ type: 'text' })
  postalCode: string;

  @Column({ type: 'text' })
  communeCode: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  providedSupport: string | null;

  @Column({ type: 'text', array: true })
  programmes: Programme[];

  @Column({ type: 'text', nullable: true })
  conventionAspId: string | null;

  /** Convention ended (SIAE) or employer closed by staff on this date. */
  @Column({ type: 'date', nullable: true })
  deactivatedOn: string | null;

  @Column({ type: 'text', nullable: true })
  deactivationReason: string | null;

  /** Out of every listing and search for good, once the grace of its ended convention was over (it kept data). */
  @Column({ type: 'timestamptz', nullable: true })
  unlistedAt: Date | null;

  @Column({ type: 'boolean' })
  blockCandidatures: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  candidaturesBlockedAt: Date | null;

  @Column({ type: 'boolean' })
  spontaneousCandidaturesOpen: boolean;

  /** A SIAE working inside a prison: people under justice supervision it hires get no PASS IAE. */
  @Column({ type: 'boolean' })
  locatedInPrison: boolean;

  /** Set on an antenne: the structure it belongs to. */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'text' })
  source: 'staff' | 'antenne' | 'seed';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
