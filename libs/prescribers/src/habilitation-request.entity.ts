import { Column, Entity } from 'typeorm';
import { TimestampedEntity } from '@iae/database';
import { HabilitationRequestStatus } from './rules/habilitation-rules';

/** A request for (or renewal of) a prefectoral habilitation, instructed by the DDETS of its département. */
@Entity({ name: 'habilitation_requests' })
export class HabilitationRequest extends TimestampedEntity {
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  departementCode: string;

  @Column({ type: 'text' })
  status: HabilitationRequestStatus;

  @Column({ type: 'boolean' })
  isRenewal: boolean;

  @Column({ type: 'text', nullable: true })
  identification: string | null;

  @Column({ type: 'text', nullable: true })
  mission: string | null;

  @Column({ type: 'text', nullable: true })
  staffCompetence: string | null;

  @Column({ type: 'text', nullable: true })
  unmetNeed: string | null;

  /** Renewal: prescriptions made since the habilitation began, counted at submission. */
  @Column({ type: 'int', nullable: true })
  prescriptionsCount: number | null;

  @Column({ type: 'date', nullable: true })
  evaluationSince: string | null;

  /** Renewal: partnerships, participation in local coordination (guide L409). */
  @Column({ type: 'text', nullable: true })
  evaluationNotes: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  cdiaeOpinionOn: string | null;

  @Column({ type: 'text', nullable: true })
  cdiaeOpinion: 'favorable' | 'unfavorable' | 'reserved' | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'text', nullable: true })
  decisionReference: string | null;

  @Column({ type: 'date', nullable: true })
  decisionOn: string | null;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'text', nullable: true })
  refusalReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}

@Entity({ name: 'habilitation_request_documents' })
export class HabilitationRequestDocument extends TimestampedEntity {
  @Column({ type: 'uuid' })
  requestId: string;

  @Column({ type: 'uuid' })
  fileId: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;
}

@Entity({ name: 'habilitation_request_messages' })
export class HabilitationRequestMessage extends TimestampedEntity {
  @Column({ type: 'uuid' })
  requestId: string;

  @Column({ type: 'text' })
  kind: 'information_request' | 'answer';

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;
}
