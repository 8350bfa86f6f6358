import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A prolongation request denied because the IAE no longer fits the person proposes at least one
 * action (rules card). Checked on new denials only: older ones are history.
 */
export class ProlongationDenials1763900002410 implements MigrationInterface {
  name = 'ProlongationDenials1763900002410';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE pass_iae_prolongation_requests ADD CONSTRAINT pass_iae_prolongation_requests_iae_denial_action
        CHECK (deny_reason IS DISTINCT FROM 'IAE' OR cardinality(deny_proposed_actions) >= 1) NOT VALID`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE pass_iae_prolongation_requests DROP CONSTRAINT IF EXISTS pass_iae_prolongation_requests_iae_denial_action`);
  }
}
