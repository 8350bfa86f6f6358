import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { IsoDate } from '@iae/core';
import { CampaignCalendar, CampaignState, EvaluationState } from './rules/campaign-calendar';
import { ReviewDecision, RefusalReason } from './rules/review-rules';
import { CONTROLLED_KINDS, PopulationHire, Selection } from './rules/selection';

export interface CampaignRow extends CampaignCalendar {
  id: string;
  institutionId: string;
  institutionName: string;
  departementCode: string;
  batchId: string | null;
  name: string;
  ratioPercent: number;
  /** Drawn when the draw is confirmed: null in a draft. */
  seed: number | null;
  state: CampaignState;
  populationHires: number | null;
  qualifyingSiae: number | null;
  selectedAt: Date | null;
  notifiedAt: Date | null;
  adversarialOpenedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
}

export interface EvaluationRow {
  id: string;
  campaignId: string;
  employerId: string;
  employerName: string;
  employerKind: string;
  hiresInPopulation: number;
  state: EvaluationState;
  submittedAt: Date | null;
  resubmittedAt: Date | null;
  reviewedAt: Date | null;
  refusalReason: RefusalReason | null;
  refusalComment: string | null;
  finalState: ReviewDecision | null;
  finalReason: RefusalReason | null;
  finalComment: string | null;
  finalForced: boolean;
  closedAt: Date | null;
  hasSanctions: boolean;
  /** Criteria still without a first proof. */
  proofsMissing: number;
}

export interface CriterionRow {
  id: string;
  hireId: string;
  key: string;
  proofs: Array<{ phase: 1 | 2; fileId: string; fileName: string; uploadedAt: Date; submittedAt: Date | null }>;
  reviews: Array<{ phase: 1 | 2; decision: ReviewDecision; comment: string | null; reviewedAt: Date }>;
}

export interface HireRow {
  id: string;
  candidatureId: string;
  candidateId: string;
  firstName: string;
  lastName: string;
  hiringStart: IsoDate;
  passNumber: string | null;
}

export interface SanctionsRow {
  id: string;
  explanation: string | null;
  trainingSession: boolean;
  withdrawalFrom: IsoDate | null;
  withdrawalTo: IsoDate | null;
  subsidyCutPercent: number | null;
  subsidyCutFrom: IsoDate | null;
  subsidyCutTo: IsoDate | null;
  deactivationProposed: boolean;
  noSanctionReason: string | null;
  decidedAt: Date;
}

export interface PopulationRow extends PopulationHire {
  candidateId: string;
  diagnosisId: string;
  passId: string | null;
  hiringStart: IsoDate;
}

const CAMPAIGN_COLUMNS = `
  c.id, c.institution_id AS "institutionId", o.name AS "institutionName", c.departement_code AS "departementCode", c.batch_id AS "batchId",
  c.name, c.period_start::text AS "periodStart", c.period_end::text AS "periodEnd", c.notify_on::text AS "notifyOn",
  c.submission_deadline::text AS "submissionDeadline", c.adversarial_start::text AS "adversarialStart",
  c.adversarial_deadline::text AS "adversarialDeadline", c.ends_on::text AS "endsOn",
  c.ratio_percent AS "ratioPercent", c.seed, c.state, c.population_hires AS "populationHires", c.qualifying_siae AS "qualifyingSiae",
  c.selected_at AS "selectedAt", c.notified_at AS "notifiedAt", c.adversarial_opened_at AS "adversarialOpenedAt", c.closed_at AS "closedAt",
  c.created_at AS "createdAt"`;

const EVALUATION_COLUMNS = `
  e.id, e.campaign_id AS "campaignId", e.employer_id AS "employerId", o.name AS "employerName", e.employer_kind AS "employerKind",
  e.hires_in_population AS "hiresInPopulation", e.state, e.submitted_at AS "submittedAt", e.resubmitted_at AS "resubmittedAt",
  e.reviewed_at AS "reviewedAt", e.refusal_reason AS "refusalReason", e.refusal_comment AS "refusalComment",
  e.final_state AS "finalState", e.final_reason AS "finalReason", e.final_comment AS "finalComment", e.final_forced AS "finalForced",
  e.closed_at AS "closedAt", EXISTS (SELECT 1 FROM control_sanctions s WHERE s.evaluation_id = e.id) AS "hasSanctions",
  (SELECT count(*)::int FROM control_criteria k
    WHERE k.evaluation_id = e.id AND NOT EXISTS (SELECT 1 FROM control_proofs p WHERE p.criterion_id = k.id AND p.phase = 1)) AS "proofsMissing"`;

/** The ids an `UPDATE … RETURNING id` touched (TypeORM answers an UPDATE with `[rows, rowCount]`). */
async function updatedIds(manager: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const result = await manager.query(sql, params);
  const rows: Array<{ id: string }> = Array.isArray(result[0]) ? result[0] : result;
  return rows.map((r) => r.id);
}

/**
 * The control's SQL, one method per query. What it reads of the other contexts comes from the views they
 * publish (the hires of candidatures, the PASS IAE issued for them, the diagnoses' authors and criteria,
 * the employers, organisations, communes, people's names and files' names), joined in the same query.
 */
@Injectable()
export class ControlsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Accepted hires of AI, EI, ACI, ETTI of the département, hiring start in the period, auto-prescribed by the hiring SIAE, PASS issued for the hire, not controlled by another campaign. */
  population(
    campaign: { id: string; departementCode: string; periodStart: IsoDate; periodEnd: IsoDate },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PopulationRow[]> {
    return manager.query(
      `SELECT c.id AS "candidatureId", c.employer_id AS "employerId", e.kind AS "employerKind", c.candidate_id AS "candidateId",
              c.eligibility_diagnosis_id AS "diagnosisId", h.pass_id AS "passId", c.hiring_start::text AS "hiringStart"
         FROM accepted_candidatures c
         JOIN employer_directory e ON e.id = c.employer_id
         JOIN commune_directory m ON m.code = e.commune_code
         JOIN eligibility_diagnosis_authors d ON d.id = c.eligibility_diagnosis_id
         JOIN pass_iae_issued_hires h ON h.candidature_id = c.id
        WHERE e.kind = ANY($4::text[])
          AND m.departement_code = $1
          AND c.hiring_start BETWEEN $2 AND $3
          AND d.author_kind = 'employer' AND d.author_organization_id = c.employer_id
          AND NOT EXISTS (SELECT 1 FROM control_hires x JOIN control_evaluations v ON v.id = x.evaluation_id WHERE x.candidature_id = c.id AND v.campaign_id <> $5)
        ORDER BY c.employer_id, c.id`,
      [campaign.departementCode, campaign.periodStart, campaign.periodEnd, CONTROLLED_KINDS, campaign.id],
    );
  }

  async insertCampaign(
    manager: EntityManager,
    input: CampaignCalendar & {
      institutionId: string;
      departementCode: string;
      name: string;
      ratioPercent: number;
      batchId: string | null;
      createdById: string;
    },
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO control_campaigns (institution_id, departement_code, batch_id, name, period_start, period_end, notify_on, submission_deadline,
                                      adversarial_start, adversarial_deadline, ends_on, ratio_percent, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        input.institutionId,
        input.departementCode,
        input.batchId,
        input.name,
        input.periodStart,
        input.periodEnd,
        input.notifyOn,
        input.submissionDeadline,
        input.adversarialStart,
        input.adversarialDeadline,
        input.endsOn,
        input.ratioPercent,
        input.createdById,
      ],
    );
    return id;
  }

  async updateDraft(manager: EntityManager, id: string, patch: Partial<CampaignCalendar & { name: string; ratioPercent: number }>): Promise<void> {
    const columns: Record<string, string> = {
      name: 'name',
      ratioPercent: 'ratio_percent',
      periodStart: 'period_start',
      periodEnd: 'period_end',
      notifyOn: 'notify_on',
      submissionDeadline: 'submission_deadline',
      adversarialStart: 'adversarial_start',
      adversarialDeadline: 'adversarial_deadline',
      endsOn: 'ends_on',
    };
    const entries = Object.entries(patch).filter(([key, value]) => value !== undefined && columns[key]);
    if (entries.length === 0) return;
    await manager.query(
      `UPDATE control_campaigns SET ${entries.map(([key], i) => `${columns[key]} = $${i + 2}`).join(', ')} WHERE id = $1 AND state = 'draft'`,
      [id, ...entries.map(([, value]) => value)],
    );
  }

  /**
   * The campaign, optionally locked: `update` to move its phase (the daily job, the draw, an edit),
   * `share` to change one of its evaluations (the phase cannot move until that change is committed,
   * and the change reads the phase as it stands). Take it before the evaluation's lock.
   */
  async findCampaign(id: string, manager: EntityManager = this.dataSource.manager, options: { lock?: 'update' | 'share' } = {}): Promise<CampaignRow | null> {
    if (options.lock) await manager.query(`SELECT 1 FROM control_campaigns WHERE id = $1 FOR ${options.lock === 'update' ? 'UPDATE' : 'SHARE'}`, [id]);
    const [row] = await manager.query(
      `SELECT ${CAMPAIGN_COLUMNS} FROM control_campaigns c JOIN organization_directory o ON o.id = c.institution_id WHERE c.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Campaigns of these départements (all when null), readable on `today`, newest first. */
  listCampaigns(filter: {
    departements: string[] | null;
    state?: string;
    departement?: string;
    today: IsoDate;
    readableYears: number;
  }): Promise<CampaignRow[]> {
    return this.dataSource.query(
      `SELECT ${CAMPAIGN_COLUMNS} FROM control_campaigns c JOIN organization_directory o ON o.id = c.institution_id
        WHERE ($1::text[] IS NULL OR c.departement_code = ANY($1))
          AND ($2::text IS NULL OR c.state = $2)
          AND ($3::text IS NULL OR c.departement_code = $3)
          AND (c.ends_on + make_interval(years => $5::int))::date >= $4::date
        ORDER BY c.notify_on DESC, c.departement_code, c.id
        LIMIT 500`,
      [filter.departements, filter.state ?? null, filter.departement ?? null, filter.today, filter.readableYears],
    );
  }

  openCampaignIds(): Promise<Array<{ id: string }>> {
    return this.dataSource.query(`SELECT id FROM control_campaigns WHERE state <> 'closed' ORDER BY notify_on, id`);
  }

  /** Writes the draw: the SIAE (pending), their hires and the criteria of each hire's diagnosis. */
  async insertSelection(manager: EntityManager, campaignId: string, selection: Selection, population: PopulationRow[]): Promise<void> {
    const byCandidature = new Map(population.map((p) => [p.candidatureId, p]));
    for (const siae of selection.siae) {
      const [{ id: evaluationId }] = await manager.query(
        `INSERT INTO control_evaluations (campaign_id, employer_id, employer_kind, hires_in_population) VALUES ($1, $2, $3, $4) RETURNING id`,
        [campaignId, siae.employerId, siae.employerKind, siae.hiresInPopulation],
      );
      const hires = siae.hires.map((h) => byCandidature.get(h.candidatureId)!);
      await manager.query(
        `WITH hires AS (
           INSERT INTO control_hires (evaluation_id, candidature_id, candidate_id, eligibility_diagnosis_id, pass_iae_id, hiring_start)
           SELECT $1, h."candidatureId", h."candidateId", h."diagnosisId", h."passId", h."hiringStart"
             FROM jsonb_to_recordset($2::jsonb) AS h("candidatureId" uuid, "candidateId" uuid, "diagnosisId" uuid, "passId" uuid, "hiringStart" date)
           RETURNING id, eligibility_diagnosis_id)
         INSERT INTO control_criteria (evaluation_id, hire_id, criterion_key)
         SELECT $1, hires.id, k.criterion_key FROM hires JOIN eligibility_diagnosis_criterion_keys k ON k.diagnosis_id = hires.eligibility_diagnosis_id`,
        [evaluationId, JSON.stringify(hires)],
      );
    }
  }

  async markSelected(
    manager: EntityManager,
    campaignId: string,
    figures: { at: Date; seed: number; populationHires: number; qualifyingSiae: number; userId: string | null },
  ): Promise<boolean> {
    const ids = await updatedIds(
      manager,
      `UPDATE control_campaigns SET state = 'selected', seed = $5, selected_at = $6, selected_by_id = $2, population_hires = $3, qualifying_siae = $4
        WHERE id = $1 AND state = 'draft' RETURNING id`,
      [campaignId, figures.userId, figures.populationHires, figures.qualifyingSiae, figures.seed, figures.at],
    );
    return ids.length > 0;
  }

  /** A state-guarded move of the campaign, stamped `at`: true when this call made it (so its side effects happen once). */
  async moveCampaign(
    manager: EntityManager,
    campaignId: string,
    from: CampaignState,
    to: CampaignState,
    stampColumn: 'notified_at' | 'adversarial_opened_at' | 'closed_at',
    at: Date,
  ): Promise<boolean> {
    const ids = await updatedIds(manager, `UPDATE control_campaigns SET state = $3, ${stampColumn} = $4 WHERE id = $1 AND state = $2 RETURNING id`, [
      campaignId,
      from,
      to,
      at,
    ]);
    return ids.length > 0;
  }

  /** Moves every evaluation of the campaign in `from` (`set` may use `params` from $3), returning the ids moved (idempotent: a second call moves none). */
  async moveEvaluations(manager: EntityManager, campaignId: string, from: EvaluationState[], set: string, params: unknown[] = []): Promise<string[]> {
    return updatedIds(manager, `UPDATE control_evaluations SET ${set} WHERE campaign_id = $1 AND state = ANY($2::text[]) RETURNING id`, [
      campaignId,
      from,
      ...params,
    ]);
  }

  /** The evaluations of the campaign not closed yet (the close settles each one). */
  openEvaluations(manager: EntityManager, campaignId: string): Promise<Array<{ id: string; state: EvaluationState }>> {
    return manager.query(`SELECT id, state FROM control_evaluations WHERE campaign_id = $1 AND state <> 'closed' ORDER BY id`, [campaignId]);
  }

  /** Stamps a reminder once per evaluation still expected to send. */
  async stampReminders(manager: EntityManager, campaignId: string, state: 'submittable' | 'adversarial', at: Date): Promise<string[]> {
    const column = state === 'submittable' ? 'reminder_sent_at' : 'adversarial_reminder_sent_at';
    return updatedIds(manager, `UPDATE control_evaluations SET ${column} = $3 WHERE campaign_id = $1 AND state = $2 AND ${column} IS NULL RETURNING id`, [
      campaignId,
      state,
      at,
    ]);
  }

  async campaignIdOf(evaluationId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row] = await manager.query(`SELECT campaign_id AS "campaignId" FROM control_evaluations WHERE id = $1`, [evaluationId]);
    return row?.campaignId ?? null;
  }

  async findEvaluation(id: string, manager: EntityManager = this.dataSource.manager, options: { lock?: boolean } = {}): Promise<EvaluationRow | null> {
    if (options.lock) await manager.query(`SELECT 1 FROM control_evaluations WHERE id = $1 FOR UPDATE`, [id]);
    const [row] = await manager.query(
      `SELECT ${EVALUATION_COLUMNS} FROM control_evaluations e JOIN organization_directory o ON o.id = e.employer_id WHERE e.id = $1`,
      [id],
    );
    return row ?? null;
  }

  evaluationsOfCampaign(campaignId: string, manager: EntityManager = this.dataSource.manager): Promise<EvaluationRow[]> {
    return manager.query(
      `SELECT ${EVALUATION_COLUMNS} FROM control_evaluations e JOIN organization_directory o ON o.id = e.employer_id WHERE e.campaign_id = $1 ORDER BY o.name, e.id`,
      [campaignId],
    );
  }

  /** The evaluations a SIAE was told about, newest campaign first. */
  evaluationsOfEmployer(employerId: string): Promise<Array<EvaluationRow & { campaign: CampaignRow }>> {
    return this.dataSource.query(
      `SELECT ${EVALUATION_COLUMNS}, (SELECT to_jsonb(x) FROM (SELECT ${CAMPAIGN_COLUMNS} FROM control_campaigns c JOIN organization_directory o ON o.id = c.institution_id WHERE c.id = e.campaign_id) x) AS campaign
         FROM control_evaluations e JOIN organization_directory o ON o.id = e.employer_id JOIN control_campaigns k ON k.id = e.campaign_id
        WHERE e.employer_id = $1 AND e.state <> 'pending'
        ORDER BY k.notify_on DESC, e.id`,
      [employerId],
    );
  }

  hires(evaluationId: string, manager: EntityManager = this.dataSource.manager): Promise<HireRow[]> {
    return manager.query(
      `SELECT h.id, h.candidature_id AS "candidatureId", h.candidate_id AS "candidateId", p.first_name AS "firstName", p.last_name AS "lastName",
              h.hiring_start::text AS "hiringStart", pass.number AS "passNumber"
         FROM control_hires h JOIN candidate_names p ON p.id = h.candidate_id LEFT JOIN pass_iae_numbers pass ON pass.id = h.pass_iae_id
        WHERE h.evaluation_id = $1 ORDER BY h.hiring_start, h.id`,
      [evaluationId],
    );
  }

  criteria(evaluationId: string, manager: EntityManager = this.dataSource.manager): Promise<CriterionRow[]> {
    return manager.query(
      `SELECT k.id, k.hire_id AS "hireId", k.criterion_key AS key,
              coalesce((SELECT json_agg(json_build_object('phase', p.phase, 'fileId', p.file_id, 'fileName', f.file_name, 'uploadedAt', p.uploaded_at, 'submittedAt', p.submitted_at) ORDER BY p.phase)
                          FROM control_proofs p JOIN stored_file_names f ON f.id = p.file_id WHERE p.criterion_id = k.id), '[]') AS proofs,
              coalesce((SELECT json_agg(json_build_object('phase', r.phase, 'decision', r.decision, 'comment', r.comment, 'reviewedAt', r.reviewed_at) ORDER BY r.phase)
                          FROM control_reviews r WHERE r.criterion_id = k.id), '[]') AS reviews
         FROM control_criteria k JOIN administrative_criterion_ranks a ON a.key = k.criterion_key
        WHERE k.evaluation_id = $1 ORDER BY k.hire_id, a.rank`,
      [evaluationId],
    );
  }

  async upsertProof(manager: EntityManager, criterionId: string, phase: 1 | 2, fileId: string, userId: string, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO control_proofs (criterion_id, phase, file_id, uploaded_by_id, uploaded_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (criterion_id, phase) DO UPDATE SET file_id = EXCLUDED.file_id, uploaded_by_id = EXCLUDED.uploaded_by_id, uploaded_at = EXCLUDED.uploaded_at
       WHERE control_proofs.submitted_at IS NULL`,
      [criterionId, phase, fileId, userId, at],
    );
  }

  async freezeProofs(manager: EntityManager, evaluationId: string, phase: 1 | 2, at: Date): Promise<void> {
    await manager.query(
      `UPDATE control_proofs p SET submitted_at = $3 FROM control_criteria k WHERE k.id = p.criterion_id AND k.evaluation_id = $1 AND p.phase = $2 AND p.submitted_at IS NULL`,
      [evaluationId, phase, at],
    );
  }

  async upsertReview(
    manager: EntityManager,
    criterionId: string,
    phase: 1 | 2,
    decision: ReviewDecision,
    comment: string | null,
    /** Null: accepted by default, no one reviewed it. */
    userId: string | null,
    at: Date,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO control_reviews (criterion_id, phase, decision, comment, reviewed_by_id, reviewed_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (criterion_id, phase) DO UPDATE SET decision = EXCLUDED.decision, comment = EXCLUDED.comment, reviewed_by_id = EXCLUDED.reviewed_by_id, reviewed_at = EXCLUDED.reviewed_at`,
      [criterionId, phase, decision, comment, userId, at],
    );
  }

  async updateEvaluation(manager: EntityManager, id: string, from: EvaluationState, set: Record<string, unknown>): Promise<boolean> {
    const entries = Object.entries(set);
    const ids = await updatedIds(
      manager,
      `UPDATE control_evaluations SET ${entries.map(([column], i) => `${column} = $${i + 3}`).join(', ')} WHERE id = $1 AND state = $2 RETURNING id`,
      [id, from, ...entries.map(([, value]) => value)],
    );
    return ids.length > 0;
  }

  async insertSanctions(
    manager: EntityManager,
    evaluationId: string,
    input: Omit<SanctionsRow, 'id' | 'decidedAt'> & { decidedById: string; decidedAt: Date },
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO control_sanctions (evaluation_id, explanation, training_session, withdrawal_from, withdrawal_to, subsidy_cut_percent, subsidy_cut_from,
                                      subsidy_cut_to, deactivation_proposed, no_sanction_reason, decided_by_id, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        evaluationId,
        input.explanation,
        input.trainingSession,
        input.withdrawalFrom,
        input.withdrawalTo,
        input.subsidyCutPercent,
        input.subsidyCutFrom,
        input.subsidyCutTo,
        input.deactivationProposed,
        input.noSanctionReason,
        input.decidedById,
        input.decidedAt,
      ],
    );
    return id;
  }

  async sanctions(evaluationId: string, manager: EntityManager = this.dataSource.manager): Promise<SanctionsRow | null> {
    const [row] = await manager.query(
      `SELECT id, explanation, training_session AS "trainingSession", withdrawal_from::text AS "withdrawalFrom", withdrawal_to::text AS "withdrawalTo",
              subsidy_cut_percent AS "subsidyCutPercent", subsidy_cut_from::text AS "subsidyCutFrom", subsidy_cut_to::text AS "subsidyCutTo",
              deactivation_proposed AS "deactivationProposed", no_sanction_reason AS "noSanctionReason", decided_at AS "decidedAt"
         FROM control_sanctions WHERE evaluation_id = $1`,
      [evaluationId],
    );
    return row ?? null;
  }
}
