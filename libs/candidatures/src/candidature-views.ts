import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CandidatureState, STATE_LABELS, TransitionName, allowedTransitions } from './rules/candidature-states';
import { REFUSAL_REASONS, RefusalReason, refusalAudience } from './rules/refusal-reasons';
import { SenderKind } from './candidature.entity';
import { CandidaturesRepository } from './candidatures.repository';

/** Who reads a candidature decides what it shows: the candidate never sees the refusal reason nor the private comment. */
export type CandidatureReader = 'employer' | 'sender' | 'candidate' | 'staff';

export interface CandidatureView {
  id: string;
  state: CandidatureState;
  stateLabel: string;
  candidate: { id: string; firstName: string; lastName: string; birthDate: string };
  employer: { id: string; name: string; kind: string };
  sender: { kind: SenderKind; habilitated: boolean; userName: string | null; organization: { id: string; name: string; kind: string } | null };
  jobDescriptions: Array<{ id: string; title: string; contractType: string }>;
  message: string;
  hasResume: boolean;
  eligibilityValidatedBySender: boolean;
  answer: string | null;
  refusalReason?: { key: RefusalReason; label: string } | null;
  answerToPrescriber?: string | null;
  hiring: { start: string; end: string | null; jobDescriptionId: string | null } | null;
  passIae: { number: string; startDate: string; endDate: string } | null;
  transferredFrom: { employerId: string; at: Date } | null;
  allowedTransitions?: TransitionName[];
  /** Archived by the employer (or the daily job): its housekeeping, never shown to the candidate. */
  archivedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
  processedAt: Date | null;
}

export interface CandidatureRow {
  id: string;
  state: CandidatureState;
  candidate_id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  employer_id: string;
  employer_name: string;
  employer_kind: string;
  sender_kind: SenderKind;
  sender_user_id: string | null;
  sender_user_name: string | null;
  sender_organization_id: string | null;
  sender_organization_name: string | null;
  sender_organization_kind: string | null;
  /** The sender organisation's authorisation today (a prescriber habilitated now reads the private comment). */
  sender_organization_authorization: string | null;
  jobs: Array<{ id: string; title: string; contractType: string }> | null;
  message: string;
  has_resume: boolean;
  eligibility_by_sender: boolean;
  answer: string | null;
  answer_to_prescriber: string | null;
  refusal_reason: RefusalReason | null;
  hiring_start: string | null;
  hiring_end: string | null;
  hired_job_description_id: string | null;
  pass_number: string | null;
  pass_start: string | null;
  pass_end: string | null;
  transferred_from_employer_id: string | null;
  transferred_at: Date | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  processed_at: Date | null;
}

@Injectable()
export class CandidatureViews {
  constructor(private readonly repository: CandidaturesRepository) {}

  async one(manager: EntityManager, id: string): Promise<CandidatureRow | null> {
    const [row] = await this.repository.rows(manager, 'c.id = $1', [id], undefined, { prepared: true });
    return row ?? null;
  }

  view(row: CandidatureRow, reader: CandidatureReader): CandidatureView {
    const view: CandidatureView = {
      id: row.id,
      state: row.state,
      stateLabel: STATE_LABELS[row.state],
      candidate: { id: row.candidate_id, firstName: row.first_name, lastName: row.last_name, birthDate: row.birth_date },
      employer: { id: row.employer_id, name: row.employer_name, kind: row.employer_kind },
      sender: {
        kind: row.sender_kind,
        habilitated: senderOf(row).habilitated,
        userName: row.sender_user_name,
        organization: row.sender_organization_id
          ? { id: row.sender_organization_id, name: row.sender_organization_name ?? '', kind: row.sender_organization_kind ?? '' }
          : null,
      },
      jobDescriptions: row.jobs ?? [],
      message: row.message,
      hasResume: row.has_resume,
      eligibilityValidatedBySender: row.eligibility_by_sender,
      answer: row.answer,
      hiring: row.hiring_start ? { start: row.hiring_start, end: row.hiring_end, jobDescriptionId: row.hired_job_description_id } : null,
      passIae: row.pass_number ? { number: row.pass_number, startDate: row.pass_start!, endDate: row.pass_end! } : null,
      transferredFrom: row.transferred_from_employer_id ? { employerId: row.transferred_from_employer_id, at: row.transferred_at! } : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      processedAt: row.processed_at,
    };
    if (reader !== 'candidate') {
      view.archivedAt = row.archived_at;
      view.refusalReason = row.refusal_reason ? { key: row.refusal_reason, label: REFUSAL_REASONS[row.refusal_reason] } : null;
      // The private comment is for habilitated prescribers (and the employer who wrote it, and staff).
      view.answerToPrescriber = reader !== 'sender' || refusalAudience(senderOf(row)).privateComment ? row.answer_to_prescriber : null;
    }
    if (reader === 'employer') view.allowedTransitions = allowedTransitions(row.state, row.employer_kind);
    return view;
  }
}

/** The sender as the refusal rules see it: its kind, and whether its organisation is a habilitated prescriber today. */
export function senderOf(row: CandidatureRow): { kind: SenderKind; habilitated: boolean } {
  return { kind: row.sender_kind, habilitated: row.sender_kind === 'prescriber' && row.sender_organization_authorization === 'validated' };
}
