import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IsoDate } from '@iae/core';
import { DiagnosisFact, Withdrawal } from './rules/eligibility-rules';

export interface EligibilityFacts {
  diagnoses: Array<DiagnosisFact & { authorName: string }>;
  passValidUntil: IsoDate | null;
  withdrawal: Withdrawal | null;
}

/**
 * The eligibility context's SQL, one method per query (what the entities' repositories do not say). It reads the
 * PASS IAE periods and organisations' names through the views their owners publish (`pass_iae_validity`,
 * `organization_directory`).
 */
@Injectable()
export class EligibilityRepository {
  /** Everything an eligibility decision rests on, in one round trip: the person's diagnoses, a valid PASS IAE, the employer's withdrawal. */
  async facts(manager: EntityManager, candidateId: string, employerId: string, on: IsoDate): Promise<EligibilityFacts> {
    const [row] = await manager.query(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object(
                   'id', d.id, 'authorKind', d.author_kind, 'authorOrganizationId', d.author_organization_id, 'authorName', o.name,
                   'createdOn', d.created_on, 'expiresOn', d.expires_on,
                   'criteria', (SELECT coalesce(array_agg(c.criterion_key), '{}') FROM eligibility_diagnosis_criteria c WHERE c.diagnosis_id = d.id))), '[]')
            FROM eligibility_diagnoses d JOIN organization_directory o ON o.id = d.author_organization_id
           WHERE d.candidate_id = $1) AS diagnoses,
         (SELECT max(end_date)::text FROM pass_iae_validity WHERE candidate_id = $1 AND start_date <= $2 AND end_date >= $2) AS pass_valid_until,
         (SELECT json_build_object('from', w.from_date, 'to', w.to_date, 'reason', w.reason)
            FROM auto_prescription_withdrawals w WHERE w.employer_id = $3 AND w.from_date <= $2 AND (w.to_date IS NULL OR w.to_date >= $2)
           ORDER BY w.to_date DESC NULLS FIRST LIMIT 1) AS withdrawal`,
      [candidateId, on, employerId],
    );
    return { diagnoses: row.diagnoses, passValidUntil: row.pass_valid_until, withdrawal: row.withdrawal };
  }

  /** The proofs among these files that a diagnosis already uses. */
  async proofFilesInUse(manager: EntityManager, fileIds: string[]): Promise<Set<string>> {
    const rows: Array<{ proof_file_id: string }> = await manager.query(
      `SELECT proof_file_id FROM eligibility_diagnosis_criteria WHERE proof_file_id = ANY($1::uuid[])`,
      [fileIds],
    );
    return new Set(rows.map((r) => r.proof_file_id));
  }

  /** The latest diagnosis of the person made by this organisation and valid on that day, if any. */
  async validDiagnosisBy(manager: EntityManager, candidateId: string, organizationId: string, on: IsoDate): Promise<string | null> {
    const [row]: Array<{ id: string }> = await manager.query(
      `SELECT id FROM eligibility_diagnoses WHERE candidate_id = $1 AND author_organization_id = $2 AND created_on <= $3 AND expires_on > $3 ORDER BY created_on DESC LIMIT 1`,
      [candidateId, organizationId, on],
    );
    return row?.id ?? null;
  }
}
