import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

/**
 * A PASS IAE: the parcours of one person, numbered, from the first hiring day for two years.
 * `endDate` (inclusive) follows the suspensions and prolongations (database trigger).
 */
@Entity({ name: 'pass_iae' })
export class PassIae extends TimestampedEntity {
  @Column({ type: 'text' }) number: string;
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'date' }) startDate: string;
  @Column({ type: 'date' }) endDate: string;
  @Column({ type: 'text' }) origin: 'default' | 'pe_approval' | 'ai_stock' | 'admin';
  @Column({ type: 'uuid', nullable: true }) eligibilityDiagnosisId: string | null;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) originEmployerId: string | null;
  @Column({ type: 'text', nullable: true }) originEmployerKind: string | null;
  @Column({ type: 'text', nullable: true }) originSenderKind: 'candidate' | 'prescriber' | 'employer' | null;
}

/** A hire that uses a PASS; "the SIAE of the last hire" is the employer of the latest one not cancelled. */
@Entity({ name: 'pass_iae_hires' })
export class PassIaeHire extends TimestampedEntity {
  @Column({ type: 'uuid' }) passId: string;
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'uuid' }) employerId: string;
  @Column({ type: 'uuid' }) candidatureId: string;
  @Column({ type: 'date' }) hiringStart: string;
  @Column({ type: 'date', nullable: true }) hiringEnd: string | null;
  @Column({ type: 'boolean' }) issuedPass: boolean;
  @Column({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
}

/** What suspensions, prolongations and requests share: a period of one PASS, days included, and its reason. */
export abstract class PassPeriodEntity extends TimestampedEntity {
  @Column({ type: 'uuid' }) passId: string;
  @Column({ type: 'date' }) startDate: string;
  @Column({ type: 'date' }) endDate: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text', nullable: true }) reasonExplanation: string | null;
}

@Entity({ name: 'pass_iae_suspensions' })
export class PassIaeSuspension extends PassPeriodEntity {
  @Column({ type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ type: 'text' }) authorKind: 'employer' | 'prescriber' | 'import';
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) updatedByUserId: string | null;
}

@Entity({ name: 'pass_iae_prolongations' })
export class PassIaeProlongation extends PassPeriodEntity {
  @Column({ type: 'uuid', nullable: true }) declaredByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) declaredByEmployerId: string | null;
  @Column({ type: 'uuid', nullable: true }) prescriberOrganizationId: string | null;
  @Column({ type: 'uuid', nullable: true }) validatedByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) requestId: string | null;
  @Column({ type: 'uuid', nullable: true }) reportFileId: string | null;
}

export type ProlongationRequestStatus = 'pending' | 'granted' | 'denied';
export const DENY_REASONS = {
  IAE: 'L’IAE ne correspond plus aux besoins ou à la situation de la personne',
  SIAE: 'La typologie de SIAE ne correspond plus aux besoins ou à la situation de la personne',
  DURATION: 'La durée de prolongation demandée n’est pas adaptée à la situation de la personne',
  REASON: 'Le motif de prolongation demandé n’est pas adapté à la situation de la personne',
} as const;
export type DenyReason = keyof typeof DENY_REASONS;
export const PROPOSED_ACTIONS = {
  EXIT_IAE: 'Accompagnement à la recherche d’emploi hors IAE',
  SOCIAL_PARTNER: 'Orientation vers un partenaire de l’accompagnement social ou professionnel',
  OTHER: 'Autre',
} as const;
export type ProposedAction = keyof typeof PROPOSED_ACTIONS;

/** A prolongation asked of a habilitated prescriber organisation (RQTH, SENIOR, PARTICULAR_DIFFICULTIES). */
@Entity({ name: 'pass_iae_prolongation_requests' })
export class ProlongationRequest extends PassPeriodEntity {
  @Column({ type: 'uuid', nullable: true }) declaredByUserId: string | null;
  @Column({ type: 'uuid' }) declaredByEmployerId: string;
  @Column({ type: 'uuid' }) prescriberOrganizationId: string;
  @Column({ type: 'uuid', nullable: true }) reportFileId: string | null;
  @Column({ type: 'boolean' }) requirePhoneInterview: boolean;
  @Column({ type: 'text', nullable: true }) contactEmail: string | null;
  @Column({ type: 'text', nullable: true }) contactPhone: string | null;
  @Column({ type: 'text' }) status: ProlongationRequestStatus;
  @Column({ type: 'timestamptz', nullable: true }) processedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) processedByUserId: string | null;
  @Column({ type: 'text', nullable: true }) denyReason: DenyReason | null;
  @Column({ type: 'text', nullable: true }) denyReasonExplanation: string | null;
  @Column({ type: 'text', array: true, nullable: true }) denyProposedActions: ProposedAction[] | null;
  @Column({ type: 'text', nullable: true }) denyProposedActionsExplanation: string | null;
  @Column({ type: 'smallint' }) remindersSent: number;
  @Column({ type: 'timestamptz', nullable: true }) reminderSentAt: Date | null;
  /** When the SIAE was told that the organisation asked is no longer habilitated; cleared by a readdress. */
  @Column({ type: 'timestamptz', nullable: true }) strandedNotifiedAt: Date | null;
  @Column({ type: 'date' }) createdOn: string;
}
