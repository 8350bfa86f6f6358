import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Migration 1200 dated the first answer from the log, automatic refusals included: the refusal the
 * system gives after 60 days without an answer is no answer from the employer. Dates again the
 * candidatures it touched (logged as a `refuse` without a user, with the reason's label as comment).
 */
export class FirstAnswers1763900001500 implements MigrationInterface {
  name = 'FirstAnswers1763900001500';

  async up(db: QueryRunner): Promise<void> {
    const automatic = `t.transition = 'refuse' AND t.user_id IS NULL AND t.comment = 'Sans réponse après 60 jours'`;
    await db.query(`
      UPDATE candidatures c SET first_answered_at = (
               SELECT min(t.occurred_at) FROM candidature_transitions t
                WHERE t.candidature_id = c.id
                  AND t.transition IN ('process', 'postpone', 'accept', 'add_to_pool', 'move_to_prior_to_hire', 'refuse', 'transfer')
                  AND NOT (${automatic}))
       WHERE EXISTS (SELECT 1 FROM candidature_transitions t WHERE t.candidature_id = c.id AND ${automatic})`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the dates it corrected were wrong.
  }
}
