import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { IsoDate } from '@iae/core';
import { preparedQuery } from '@iae/database';
import { AutoPrescriptionWithdrawal, EligibilityDiagnosis, EligibilityDiagnosisCriterion } from './eligibility-diagnosis.entity';
import { DiagnosisFact, Withdrawal } from './rules/eligibility-rules';

export interface EligibilityFacts {
  diagnoses: Array<DiagnosisFact & { authorName: string }>;
  passValidUntil: IsoDate | null;
  withdrawal: Withdrawal | null;
  /** The organisation the employer's id names, from the directory (null when none): the answer needs no other read. */
  employer: { id: string; family: string; kind: string; name: string } | null;
}

/**
 * The eligibility context's SQL, one method per query: diagnoses, their criteria, withdrawals of auto-prescription.
 * A method given an EntityManager runs in the caller's transaction. It reads the PASS IAE periods and organisations'
 * names through the views their owners publish (`pass_iae_validity`, `organization_directory`).
 */
@Injectable()
export class EligibilityRepository {
  constructor(private readonly dataSource: DataSource) {}

  // Diagnoses and their criteria.

  /** All the person's diagnoses. */
  diagnosesOf(manager: EntityManager, candidateId: string): Promise<EligibilityDiagnosis[]> {
    return manager.getRepository(EligibilityDiagnosis).findBy({ candidateId });
  }

  /** The person's diagnoses, the newest first. */
  latestDiagnosesOf(candidateId: string): Promise<EligibilityDiagnosis[]> {
    return this.dataSource.getRepository(EligibilityDiagnosis).find({ where: { candidateId }, order: { createdOn: 'DESC', createdAt: 'DESC' } });
  }

  /** One of the person's diagnoses. */
  diagnosisOf(candidateId: string, diagnosisId: string): Promise<EligibilityDiagnosis | null> {
    return this.dataSource.getRepository(EligibilityDiagnosis).findOneBy({ id: diagnosisId, candidateId });
  }

  insertDiagnosis(manager: EntityManager, values: Partial<EligibilityDiagnosis>): Promise<EligibilityDiagnosis> {
    return manager.getRepository(EligibilityDiagnosis).save(manager.getRepository(EligibilityDiagnosis).create(values));
  }

  /** Ends these diagnoses on `on`, each keeping the link to the one that replaces it. */
  async endDiagnoses(manager: EntityManager, ids: string[], on: IsoDate, replacedById: string): Promise<void> {
    await manager.getRepository(EligibilityDiagnosis).update(ids, { expiresOn: on, replacedById });
  }

  async insertCriteria(
    manager: EntityManager,
    criteria: Array<Pick<EligibilityDiagnosisCriterion, 'diagnosisId' | 'criterionKey' | 'proofFileId' | 'proofDate'>>,
  ): Promise<void> {
    await manager.getRepository(EligibilityDiagnosisCriterion).insert(criteria);
  }

  /** The criteria of these diagnoses. */
  criteriaOf(manager: EntityManager, diagnosisIds: string[]): Promise<EligibilityDiagnosisCriterion[]> {
    return manager.getRepository(EligibilityDiagnosisCriterion).findBy({ diagnosisId: In(diagnosisIds) });
  }

  /** One criterion of a diagnosis. */
  criterionOf(diagnosisId: string, criterionKey: string): Promise<EligibilityDiagnosisCriterion | null> {
    return this.dataSource.getRepository(EligibilityDiagnosisCriterion).findOneBy({ diagnosisId, criterionKey });
  }

  // Withdrawals of auto-prescription.

  async insertWithdrawal(
    manager: EntityManager,
    values: Pick<AutoPrescriptionWithdrawal, 'employerId' | 'fromDate' | 'toDate' | 'reason' | 'sourceId'>,
  ): Promise<void> {
    await manager.getRepository(AutoPrescriptionWithdrawal).insert(values);
  }

  /** The employer's withdrawal in force on `on`, a permanent one first, else the one ending last. */
  withdrawalOn(employerId: string, on: IsoDate): Promise<AutoPrescriptionWithdrawal | null> {
    return this.dataSource.getRepository(AutoPrescriptionWithdrawal).findOne({
      where: [
        { employerId, fromDate: LessThanOrEqual(on), toDate: IsNull() },
        { employerId, fromDate: LessThanOrEqual(on), toDate: MoreThanOrEqual(on) },
      ],
      order: { toDate: { direction: 'DESC', nulls: 'FIRST' } },
    });
  }

  // The decision's facts.

  /** Everything an eligibility decision rests on, in one round trip: the person's diagnoses, a valid PASS IAE, the employer and its withdrawal. */
  async facts(manager: EntityManager, candidateId: string, employerId: string, on: IsoDate): Promise<EligibilityFacts> {
    // Prepared: asked by every candidature sent and every hire, and by the eligibility answer.
    const [row] = await preparedQuery<{
      diagnoses: EligibilityFacts['diagnoses'];
      pass_valid_until: string | null;
      withdrawal: EligibilityFacts['withdrawal'];
      employer: EligibilityFacts['employer'];
    }>(
      manager,
      `SELECT
         (SELECT coalesce(json_agg(json_build_object(
                   'id', d.id, 'authorKind', d.author_kind, 'authorOrganizationId', d.author_organization_id, 'authorName', o.name,
                   'createdOn', d.created_on, 'expiresOn', d.expires_on,
                   'criteria', (SELECT coalesce(array_agg(c.criterion_key), '{}') FROM eligibility_diagnosis_criteria c WHERE c.diagnosis_id = d.id))), '[]')
            FROM eligibility_diagnoses d JOIN organization_directory o ON o.id = d.author_organization_id
           WHERE d.candidate_id = $1) AS diagnoses,
         (SELECT max(end_date)::text FROM pass_iae_validity WHERE candidate_id = $1 AND end_date >= $2) AS pass_valid_until,
         (SELECT json_build_object('from', w.from_date, 'to', w.to_date, 'reason', w.reason)
            FROM auto_prescription_withdrawals w WHERE w.employer_id = $3 AND w.from_date <= $2 AND (w.to_date IS NULL OR w.to_date >= $2)
           ORDER BY w.to_date DESC NULLS FIRST LIMIT 1) AS withdrawal,
         (SELECT json_build_object('id', e.id, 'family', e.family, 'kind', e.kind, 'name', e.name)
            FROM organization_directory e WHERE e.id = $3) AS employer`,
      [candidateId, on, employerId],
    );
    return { diagnoses: row.diagnoses, passValidUntil: row.pass_valid_until, withdrawal: row.withdrawal, employer: row.employer };
  }

  /** The proofs among these files that a diagnosis already uses. */
  async proofFilesInUse(manager: EntityManager, fileIds: string[]): Promise<Set<string>> {
    const rows: Array<{ proof_file_id: string }> = await manager.query(
      `SELECT proof_file_id FROM eligibility_diagnosis_criteria WHERE proof_file_id = ANY($1::uuid[])`,
      [fileIds],
    );
    return new Set(rows.map((r) => r.proof_file_id));
  }
}
