import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';

export type NirMissingReason = 'no_nir' | 'nir_of_another_person';
export type FranceTravailMissingReason = 'not_registered' | 'forgotten';

/** A job seeker: identity, contact, and the facts of their situation the eligibility criteria rest on. */
@Entity({ name: 'candidates' })
export class Candidate extends TimestampedEntity {
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'text', nullable: true }) title: 'M' | 'MME' | null;
  @Column({ type: 'text' }) firstName: string;
  @Column({ type: 'text' }) lastName: string;
  @Column({ type: 'text', nullable: true }) birthName: string | null;
  @Column({ type: 'date' }) birthDate: string;
  @Column({ type: 'text', nullable: true }) birthCommuneCode: string | null;
  @Column({ type: 'text', nullable: true }) birthCountry: string | null;
  @Column({ type: 'text', nullable: true }) nir: string | null;
  @Column({ type: 'text', nullable: true }) nirMissingReason: NirMissingReason | null;
  @Column({ type: 'text', nullable: true }) franceTravailId: string | null;
  @Column({ type: 'text', nullable: true }) franceTravailIdMissingReason: FranceTravailMissingReason | null;
  @Column({ type: 'citext', nullable: true }) email: string | null;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ type: 'text', nullable: true }) addressLine: string | null;
  @Column({ type: 'text', nullable: true }) addressComplement: string | null;
  @Column({ type: 'text', nullable: true }) postalCode: string | null;
  @Column({ type: 'text', nullable: true }) communeCode: string | null;
  @Column({ type: 'double precision', nullable: true }) latitude: number | null;
  @Column({ type: 'double precision', nullable: true }) longitude: number | null;
  @Column({ type: 'text', nullable: true }) educationLevel: string | null;
  @Column({ type: 'date', nullable: true }) rsaSince: string | null;
  @Column({ type: 'date', nullable: true }) assSince: string | null;
  @Column({ type: 'date', nullable: true }) aahSince: string | null;
  @Column({ type: 'date', nullable: true }) unemployedSince: string | null;
  @Column({ type: 'date', nullable: true }) rqthUntil: string | null;
  @Column({ type: 'boolean' }) loneParent: boolean;
  @Column({ type: 'text', nullable: true }) housing: string | null;
  @Column({ type: 'text', nullable: true }) refugeeStatus: string | null;
  @Column({ type: 'boolean' }) aseLeaver: boolean;
  @Column({ type: 'text', nullable: true }) justice: string | null;
  @Column({ type: 'text', nullable: true }) frenchLevel: string | null;
  @Column({ type: 'boolean' }) mobilityIssue: boolean;
  @Column({ type: 'boolean', nullable: true }) livesInQpv: boolean | null;
  @Column({ type: 'boolean', nullable: true }) livesInZrr: boolean | null;
  @Column({ type: 'text', insert: false, update: false }) searchName: string;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) createdByOrganizationId: string | null;
}

export type AssignmentReason = 'created' | 'claimed' | 'applied' | 'received_candidature' | 'diagnosed' | 'granted';

@Entity({ name: 'candidate_assignments' })
export class CandidateAssignment extends TimestampedEntity {
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'uuid' }) organizationId: string;
  @Column({ type: 'uuid', nullable: true }) userId: string | null;
  @Column({ type: 'text' }) reason: AssignmentReason;
}

@Entity({ name: 'candidate_consents' })
export class CandidateConsent extends TimestampedEntity {
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'text' }) purpose: 'share_diagnostic' | 'share_sensitive_diagnostic';
  @Column({ type: 'uuid' }) employerId: string;
  @Column({ type: 'text' }) method: 'in_person' | 'by_phone' | 'in_writing' | 'by_candidate';
  @Column({ type: 'timestamptz' }) collectedAt: Date;
  @Column({ type: 'uuid', nullable: true }) collectedByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) collectedByOrganizationId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) revokedByUserId: string | null;
}

@Entity({ name: 'nir_correction_requests' })
export class NirCorrectionRequest extends TimestampedEntity {
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'text', nullable: true }) currentNir: string | null;
  @Column({ type: 'text' }) requestedNir: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ type: 'text' }) status: 'pending' | 'approved' | 'rejected';
  @Column({ type: 'uuid', nullable: true }) requestedByUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) requestedByOrganizationId: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedByUserId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ type: 'text', nullable: true }) decisionNote: string | null;
}

@Entity({ name: 'candidate_account_invitations' })
export class CandidateAccountInvitation extends TimestampedEntity {
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'citext' }) email: string;
  @Column({ type: 'text', select: false }) tokenHash: string;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) createdByUserId: string | null;
}

@Entity({ name: 'diagnostic_versions' })
export class DiagnosticVersion extends TimestampedEntity {
  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'uuid', nullable: true }) authorUserId: string | null;
  @Column({ type: 'uuid', nullable: true }) authorOrganizationId: string | null;
  @Column({ type: 'jsonb' }) grid: Record<string, unknown>;
  @Column({ type: 'jsonb' }) barriers: unknown[];
  @Column({ type: 'jsonb' }) project: Record<string, unknown>;
  @Column({ type: 'text', nullable: true }) orientation: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ type: 'text', nullable: true }) changeSummary: string | null;
}
