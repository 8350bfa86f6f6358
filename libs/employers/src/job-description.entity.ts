import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';
import { ContractType } from './rules/contract-types';

/** A fiche de poste: a job an employer recruits for. */
@Entity({ name: 'job_descriptions' })
export class JobDescription extends TimestampedEntity {
  @Column({ type: 'uuid' })
  employerId: string;

  @Column({ type: 'text' })
  appellationCode: string;

  @Column({ type: 'text', nullable: true })
  customTitle: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  profileWanted: string | null;

  @Column({ type: 'text' })
  contractType: ContractType;

  @Column({ type: 'text', nullable: true })
  otherContractType: string | null;

  @Column({ type: 'smallint', nullable: true })
  hoursPerWeek: number | null;

  @Column({ type: 'smallint' })
  openPositions: number;

  /** Null: the employer's own commune. */
  @Column({ type: 'text', nullable: true })
  locationCommuneCode: string | null;

  @Column({ type: 'boolean' })
  isResumeMandatory: boolean;

  @Column({ type: 'boolean' })
  isQpvMandatory: boolean;

  /** "Recrutement ouvert". */
  @Column({ type: 'boolean' })
  isActive: boolean;

  @Column({ type: 'timestamptz' })
  lastEmployerUpdateAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  staleWarningSentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  autoDeactivatedAt: Date | null;
}
