import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TimestampedEntity } from '@iae/database';
import { CandidatureState } from './rules/candidature-states';
import { RefusalReason } from './rules/refusal-reasons';

export type SenderKind = 'candidate' | 'prescriber' | 'employer';

/** A candidature: one candidate, one employer, sent by the candidate, a prescriber or an employer. */
@Entity({ name: 'candidatures' })
export class Candidature extends TimestampedEntity {
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'uuid' }) employerId: string;
  @Column({ type: 'text' }) state: CandidatureState;
  @Column({ type: 'text' }) senderKind: SenderKind;
  @Column({ type: 'uuid', nullable: true }) senderUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) senderOrganizationId: string | null;
  /** The sender was a habilitated prescriber when sending (lifts the waiting period). */
  @Column({ type: 'boolean' }) senderHabilitated: boolean;
  /** The diagnosis the sender validated with it, or the one the hire rests on. */
  @Column({ type: 'uuid', nullable: true }) eligibilityDiagnosisId: string | null;
  @Column({ type: 'text' }) message: string;
  @Column({ type: 'uuid', nullable: true }) resumeFileId: string | null;
  /** The employer's answer to the candidate. */
  @Column({ type: 'text', nullable: true }) answer: string | null;
  /** Private comment to the prescriber: never shown to the candidate. */
  @Column({ type: 'text', nullable: true }) answerToPrescriber: string | null;
  @Column({ type: 'text', nullable: true }) refusalReason: RefusalReason | null;
  @Column({ type: 'date', nullable: true }) hiringStart: string | null;
  @Column({ type: 'date', nullable: true }) hiringEnd: string | null;
  @Column({ type: 'uuid', nullable: true }) hiredJobDescriptionId: string | null;
  @Column({ type: 'uuid', nullable: true }) passIaeId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) processedAt: Date | null;
  /** The employer's first answer (read by the pilotage figures). */
  @Column({ type: 'timestamptz', nullable: true }) firstAnsweredAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) transferredFromEmployerId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) transferredAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) transferredByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) externalTransferOfId: string | null;
  @Column({ type: 'timestamptz' }) stateChangedAt: Date;
  /** Archived by the SIAE (or, with no one, by the daily job): hidden from the lists unless asked. */
  @Column({ type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) archivedById: string | null;
  /** When it was last touched (sent, moved, un-archived): 180 days untouched, the daily job archives it. */
  @Column({ type: 'timestamptz' }) lastActivityAt: Date;
}

@Entity({ name: 'candidature_job_descriptions' })
export class CandidatureJobDescription {
  @PrimaryColumn('uuid') candidatureId: string;
  @PrimaryColumn('uuid') jobDescriptionId: string;
}

/** The log of every transition: from, to, who, when (and the comment a postponement needs). */
@Entity({ name: 'candidature_transitions' })
export class CandidatureTransition {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) candidatureId: string;
  @Column({ type: 'text' }) transition: string;
  @Column({ type: 'text' }) fromState: CandidatureState;
  @Column({ type: 'text' }) toState: CandidatureState;
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'uuid', nullable: true }) targetEmployerId: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @Column({ type: 'timestamptz' }) occurredAt: Date;
}
