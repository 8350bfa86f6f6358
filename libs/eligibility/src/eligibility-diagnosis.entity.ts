import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';
import { AuthorKind } from './rules/eligibility-rules';

/** A validation of a candidate's IAE eligibility: by a habilitated prescriber, or by a SIAE for itself. */
@Entity({ name: 'eligibility_diagnoses' })
export class EligibilityDiagnosis extends TimestampedEntity {
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'text' }) authorKind: AuthorKind;
  @Column({ type: 'uuid', nullable: true }) authorUserId: string | null;
  @Column({ type: 'uuid' }) authorOrganizationId: string;
  /** The SIAE's kind when it auto-prescribes (its requirement depends on it). */
  @Column({ type: 'text', nullable: true }) employerKind: string | null;
  @Column({ type: 'date' }) createdOn: string;
  /** First day it no longer counts. */
  @Column({ type: 'date' }) expiresOn: string;
  @Column({ type: 'uuid', nullable: true }) replacedById: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
}

@Entity({ name: 'eligibility_diagnosis_criteria' })
export class EligibilityDiagnosisCriterion extends TimestampedEntity {
  @Column({ type: 'uuid' }) diagnosisId: string;
  @Column({ type: 'text' }) criterionKey: string;
  @Column({ type: 'uuid', nullable: true }) proofFileId: string | null;
  @Column({ type: 'date', nullable: true }) proofDate: string | null;
}

/** A period when a SIAE may not auto-prescribe (a sanction of the a-posteriori control). */
@Entity({ name: 'auto_prescription_withdrawals' })
export class AutoPrescriptionWithdrawal extends TimestampedEntity {
  @Column({ type: 'uuid' }) employerId: string;
  @Column({ type: 'date' }) fromDate: string;
  /** Null: a permanent withdrawal. */
  @Column({ type: 'date', nullable: true }) toDate: string | null;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'uuid', nullable: true }) sourceId: string | null;
}
