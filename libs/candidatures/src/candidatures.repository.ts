import { Injectable } from '@nestjs/common';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Candidature, CandidatureJobDescription, CandidatureTransition } from './candidature.entity';
import { CandidatureState } from './rules/candidature-states';

/** What stayed untouched since $1 in an archivable state ($2), not archived yet. */
const ARCHIVABLE = `archived_at IS NULL AND state = ANY($2::text[]) AND last_activity_at <= $1`;

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
@Injectable()
export class CandidaturesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The candidature, locked for a change (the person's lock, when needed, is taken first). */
  lockById(manager: EntityManager, id: string): Promise<Candidature | null> {
    return manager.getRepository(Candidature).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async candidateOf(id: string): Promise<{ candidate_id: string } | undefined> {
    const [row] = await this.dataSource.query(`SELECT candidate_id FROM candidatures WHERE id = $1`, [id]);
    return row;
  }

  /** What an external transfer copies from the original candidature. */
  async original(id: string): Promise<{ candidate_id: string; employer_id: string; message: string; resume_file_id: string | null } | undefined> {
    const [row] = await this.dataSource.query(`SELECT candidate_id, employer_id, message, resume_file_id FROM candidatures WHERE id = $1`, [id]);
    return row;
  }

  /** When the person last applied to this employer (null: never). */
  async lastSentAt(candidateId: string, employerId: string): Promise<Date | null> {
    const [last] = await this.dataSource.query(`SELECT max(created_at) AS at FROM candidatures WHERE candidate_id = $1 AND employer_id = $2`, [
      candidateId,
      employerId,
    ]);
    return last?.at ?? null;
  }

  /** Writes a candidature; answers it as saved. */
  /** Changes the columns given of one candidature. */
  async update(manager: EntityManager, id: string, values: QueryDeepPartialEntity<Candidature>): Promise<void> {
    await manager.update(Candidature, { id }, values);
  }

  insert(manager: EntityManager, candidature: DeepPartial<Candidature>): Promise<Candidature> {
    const repository = manager.getRepository(Candidature);
    return repository.save(repository.create(candidature));
  }

  async addJobDescriptions(manager: EntityManager, candidatureId: string, jobDescriptionIds: string[]): Promise<void> {
    await manager.getRepository(CandidatureJobDescription).insert(jobDescriptionIds.map((jobDescriptionId) => ({ candidatureId, jobDescriptionId })));
  }

  async removeJobDescriptions(manager: EntityManager, candidatureId: string): Promise<void> {
    await manager.getRepository(CandidatureJobDescription).delete({ candidatureId });
  }

  /** One line of the candidature's log. */
  async logTransition(manager: EntityManager, entry: QueryDeepPartialEntity<CandidatureTransition>): Promise<void> {
    await manager.getRepository(CandidatureTransition).insert(entry);
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
    return manager.query(
      `SELECT id, state, employer_id FROM candidatures WHERE candidate_id = $1 AND id <> $2 AND state = ANY($3::text[]) ORDER BY id FOR UPDATE`,
      [candidateId, acceptedId, states],
    );
  }
}
