import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DeferredTable, deferInsert, findEntityBy, insertEntity, preparedQuery, updateEntityById } from '@iae/database';
import { Candidature, CandidatureJobDescription, CandidatureTransition } from './candidature.entity';
import type { CandidatureRow } from './candidature-views';
import { CandidatureState } from './rules/candidature-states';

/** What stayed untouched since $1 in an archivable state ($2), not archived yet. */
const ARCHIVABLE = `archived_at IS NULL AND state = ANY($2::text[]) AND last_activity_at <= $1`;

/** Written with the transaction's last statement: the log is read once the move is committed. */
const CANDIDATURE_TRANSITIONS: DeferredTable = {
  table: 'candidature_transitions',
  columns: [
    ['candidature_id', 'uuid'],
    ['transition', 'text'],
    ['from_state', 'text'],
    ['to_state', 'text'],
    ['user_id', 'uuid'],
    ['organization_id', 'uuid'],
    ['target_employer_id', 'uuid'],
    ['comment', 'text'],
    ['occurred_at', 'timestamptz'],
  ],
};

export type TransitionEntry = Pick<CandidatureTransition, 'candidatureId' | 'transition' | 'fromState' | 'toState' | 'occurredAt'> &
  Partial<Pick<CandidatureTransition, 'userId' | 'organizationId' | 'targetEmployerId' | 'comment'>>;

/** A candidature as the batches that move many of them read it. */
export interface CandidatureToMove {
  id: string;
  state: CandidatureState;
  employer_id: string;
}

/**
 * One method per query on the candidatures' tables (the read-model's reads stay in candidature-views.ts);
 * every one runs in the caller's transaction when given one.
 */
/**
 * One query shape for a single candidature and for every list, so a list costs one round trip
 * (the inbox is measured with 2 million candidatures). What it reads of the other contexts comes from the
 * views their owners publish (ADR 0007), which PostgreSQL inlines: the plan keeps its indexes.
 */
/** Candidatures (alias `c`) with their person (alias `cand`, which the inbox's name filter reads). */
const WITH_CANDIDATE = 'candidatures c JOIN candidate_identities cand ON cand.id = c.candidate_id';

const SELECT = `
  SELECT c.id, c.state, c.candidate_id, cand.first_name, cand.last_name, cand.birth_date::text,
         c.employer_id, eo.name AS employer_name, e.kind AS employer_kind,
         c.sender_kind, c.sender_user_id, nullif(concat_ws(' ', su.first_name, su.last_name), '') AS sender_user_name,
         c.sender_organization_id, so.name AS sender_organization_name, so.kind AS sender_organization_kind,
         so.authorization_status AS sender_organization_authorization,
         (SELECT json_agg(json_build_object('id', j.id, 'title', coalesce(j.custom_title, a.label), 'contractType', j.contract_type) ORDER BY a.label)
            FROM candidature_job_descriptions cj JOIN job_description_titles j ON j.id = cj.job_description_id JOIN appellation_labels a ON a.code = j.appellation_code
           WHERE cj.candidature_id = c.id) AS jobs,
         c.message, c.resume_file_id IS NOT NULL AS has_resume,
         (c.sender_kind = 'prescriber' AND c.sender_habilitated AND c.eligibility_diagnosis_id IS NOT NULL) AS eligibility_by_sender,
         c.answer, c.answer_to_prescriber, c.refusal_reason, c.hiring_start::text, c.hiring_end::text, c.hired_job_description_id,
         p.number AS pass_number, p.start_date::text AS pass_start, p.end_date::text AS pass_end,
         c.transferred_from_employer_id, c.transferred_at, c.archived_at, c.created_at, c.updated_at, c.processed_at
    FROM ${WITH_CANDIDATE}
    JOIN employer_directory e ON e.id = c.employer_id
    JOIN organization_directory eo ON eo.id = c.employer_id
    LEFT JOIN organization_directory so ON so.id = c.sender_organization_id
    LEFT JOIN user_names su ON su.id = c.sender_user_id
    LEFT JOIN pass_iae_periods p ON p.id = c.pass_iae_id`;

/** The candidatures of `where`, joined to their person only when `where` reads it. */
const fromFor = (where: string) => (where.includes('cand.') ? WITH_CANDIDATE : 'candidatures c');

/** A value of a prepared list is hidden from the planner in a subquery (see CandidaturesService.page), else given as is. */
export const listValue = (n: number, type: string, prepared?: boolean) => (prepared ? `(SELECT $${n}::${type})` : `$${n}::${type}`);

@Injectable()
export class CandidaturesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The candidature, locked for a change (the person's lock, when needed, is taken first). */
  lockById(manager: EntityManager, id: string): Promise<Candidature | null> {
    return findEntityBy(manager, Candidature, 'id', id, { lock: 'for update' });
  }

  async candidateOf(id: string): Promise<{ candidate_id: string } | undefined> {
    // Prepared, like the other statements of a hire: every decision asks it.
    const [row] = await preparedQuery<{ candidate_id: string }>(this.dataSource.manager, `SELECT candidate_id FROM candidatures WHERE id = $1`, [id]);
    return row;
  }

  /** What an external transfer copies from the original candidature. */
  async original(id: string): Promise<{ candidate_id: string; employer_id: string; message: string; resume_file_id: string | null } | undefined> {
    const [row] = await this.dataSource.query(`SELECT candidate_id, employer_id, message, resume_file_id FROM candidatures WHERE id = $1`, [id]);
    return row;
  }

  /** When the person last applied to this employer (null: never). */
  async lastSentAt(candidateId: string, employerId: string, manager: EntityManager = this.dataSource.manager): Promise<Date | null> {
    const [last] = await preparedQuery<{ at: Date | null }>(
      manager,
      `SELECT max(created_at) AS at FROM candidatures WHERE candidate_id = $1 AND employer_id = $2`,
      [candidateId, employerId],
    );
    return last?.at ?? null;
  }

  /**
   * Until the transaction ends, sends of this person to this employer take turns: the next one reads what this one
   * wrote (a read before the insert alone let two sent at once both pass the 24-hour rule).
   */
  async lockSendingPair(manager: EntityManager, candidateId: string, employerId: string): Promise<void> {
    await preparedQuery(manager, `SELECT pg_advisory_xact_lock(hashtextextended('candidature-sending:' || $1 || ':' || $2, 0))`, [candidateId, employerId]);
  }

  /** Changes the columns given of one candidature. */
  async update(manager: EntityManager, id: string, values: Partial<Candidature>): Promise<void> {
    await updateEntityById(manager, Candidature, id, values);
  }

  /** A new candidature; answers its id (an insert: `save` would first work out whether the row exists). */
  insert(manager: EntityManager, candidature: Partial<Candidature>): Promise<{ id: string }> {
    return insertEntity(manager, Candidature, candidature);
  }

  async addJobDescriptions(manager: EntityManager, candidatureId: string, jobDescriptionIds: string[]): Promise<void> {
    await manager.getRepository(CandidatureJobDescription).insert(jobDescriptionIds.map((jobDescriptionId) => ({ candidatureId, jobDescriptionId })));
  }

  async removeJobDescriptions(manager: EntityManager, candidatureId: string): Promise<void> {
    await manager.getRepository(CandidatureJobDescription).delete({ candidatureId });
  }

  /** One line of the candidature's log. */
  async logTransition(manager: EntityManager, entry: TransitionEntry): Promise<void> {
    await deferInsert(manager, CANDIDATURE_TRANSITIONS, [
      entry.candidatureId,
      entry.transition,
      entry.fromState,
      entry.toState,
      entry.userId ?? null,
      entry.organizationId ?? null,
      entry.targetEmployerId ?? null,
      entry.comment ?? null,
      entry.occurredAt,
    ]);
  }

  /** The candidature's log, oldest first, with who made each move. */
  transitionLog(id: string): Promise<Array<{ transition: string; from: string; to: string; at: Date; by: string | null; comment: string | null }>> {
    return this.dataSource.query(
      `SELECT t.transition, t.from_state AS "from", t.to_state AS "to", t.occurred_at AS at,
              coalesce(o.name, nullif(concat_ws(' ', u.first_name, u.last_name), '')) AS by, t.comment
         FROM candidature_transitions t LEFT JOIN organization_directory o ON o.id = t.organization_id LEFT JOIN user_names u ON u.id = t.user_id
        WHERE t.candidature_id = $1 ORDER BY t.occurred_at, t.seq`,
      [id],
    );
  }

  async countArchivable(limit: Date, states: readonly string[]): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM candidatures WHERE ${ARCHIVABLE}`, [limit, states]);
    return n;
  }

  /** Archives a batch of 500 at most; one being changed right now is skipped. Answers how many. */
  async archiveBatch(limit: Date, states: readonly string[], at: Date): Promise<number> {
    const [{ n: batch }]: Array<{ n: number }> = await this.dataSource.query(
      `WITH archived AS (
           UPDATE candidatures SET archived_at = $3
            WHERE id IN (SELECT id FROM candidatures WHERE ${ARCHIVABLE} ORDER BY last_activity_at LIMIT 500 FOR UPDATE SKIP LOCKED)
           RETURNING 1)
         SELECT count(*)::int AS n FROM archived`,
      [limit, states, at],
    );
    return batch;
  }

  async countAutoRefusable(limit: Date): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM candidatures WHERE state IN ('new', 'processing') AND state_changed_at <= $1`, [
      limit,
    ]);
    return n;
  }

  /** The next 200 to refuse automatically, locked; one being answered right now is skipped. */
  lockAutoRefusable(manager: EntityManager, limit: Date): Promise<CandidatureToMove[]> {
    return manager.query(
      `SELECT id, state, employer_id FROM candidatures WHERE state IN ('new', 'processing') AND state_changed_at <= $1 ORDER BY state_changed_at LIMIT 200 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  /** The person's other candidatures still pending, locked in id order. */
  lockOtherPending(manager: EntityManager, candidateId: string, acceptedId: string, states: readonly string[]): Promise<CandidatureToMove[]> {
    return preparedQuery<CandidatureToMove>(
      manager,
      `SELECT id, state, employer_id FROM candidatures WHERE candidate_id = $1 AND id <> $2 AND state = ANY($3::text[]) ORDER BY id FOR UPDATE`,
      [candidateId, acceptedId, states],
    );
  }

  // The read model: one query shape for a single candidature and for every list.

  /** Rows matching `where` (SQL over alias `c`), newest first. */
  rows(manager: EntityManager, where: string, params: unknown[], limit?: number, options: { prepared?: boolean } = {}): Promise<CandidatureRow[]> {
    const values = limit ? [...params, Number(limit)] : params;
    // A prepared list's limit is hidden from the planner too (see CandidaturesService.page).
    const limitClause = limit ? ` LIMIT ${listValue(values.length, 'int', options.prepared)}` : '';
    const sql = `${SELECT} WHERE ${where} ORDER BY c.created_at DESC, c.id DESC${limitClause}`;
    // Prepared for the few shapes asked all day (one candidature, an inbox or a sent list by state and page): their
    // plan (the published views inlined) costs several times their execution. Others, and a name search (whose best
    // plan depends on the fragment), are planned each time.
    return options.prepared ? preparedQuery(manager, sql, values) : manager.query(sql, values);
  }

  /**
   * A page of an inbox in some states, newest first: each state's newest read through the (employer, state, date) index,
   * then merged. One scan by date filtered by state reads every row of the other states first: 23,000 for the 57 hires
   * of a 60,000-candidature inbox (78 ms, docs/benchmarks.md). `where` must name the employer (`c.employer_id`).
   */
  rowsInStates(
    manager: EntityManager,
    where: string,
    params: unknown[],
    states: readonly string[],
    limit: number,
    options: { prepared?: boolean } = {},
  ): Promise<CandidatureRow[]> {
    const values = [...params, states, Number(limit)];
    const limitValue = listValue(values.length, 'int', options.prepared);
    // ARRAY(…): the page's ids, computed once, then read by primary key (a join would let the planner scan the table).
    const sql = `${SELECT} WHERE c.id = ANY(ARRAY(
        SELECT page.id FROM unnest(${listValue(values.length - 1, 'text[]', options.prepared)}) AS wanted(state)
          CROSS JOIN LATERAL (SELECT c.id, c.created_at FROM ${fromFor(where)} WHERE ${where} AND c.state = wanted.state
                               ORDER BY c.created_at DESC, c.id DESC LIMIT ${limitValue}) page
         ORDER BY page.created_at DESC, page.id DESC LIMIT ${limitValue}))
      ORDER BY c.created_at DESC, c.id DESC`;
    return options.prepared ? preparedQuery(manager, sql, values) : manager.query(sql, values);
  }

  /** How many rows matching `where` are in each state; the person is joined only when `where` reads it. */
  countsByState(manager: EntityManager, where: string, params: unknown[]): Promise<Array<{ state: CandidatureState; count: string }>> {
    return manager.query(`SELECT c.state, count(*) AS count FROM ${fromFor(where)} WHERE ${where} GROUP BY c.state`, params);
  }
}
